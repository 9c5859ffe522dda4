#include "samplephoto.h"

namespace {

constexpr const char *s_kopra = "Tim Kopra";
constexpr const char *s_nasaPublicDomain = "Public domain (NASA)";
constexpr const char *s_energiaCopyright = "© RSC Energia";
constexpr const char *s_energia = "Energia";

const SamplePhoto s_photos[] = {
    // The crew's photos carry the words of their tweets. The news page credits the second one to
    // "Tim Copra", a misspelling kept because a credit read from a caption is taken as written.
    {.fileName = "iss-progress-63p-over-western-asia.jpg",
     .scene = Scene::Orbit,
     .style = {.flight = 0.85, .darkness = 0.4, .across = 0.3, .tilt = -0.4, .glow = 0xffffd890},
     .caption = "#Progress 63P flying (way) over a city in western Asia.",
     .creator = s_kopra,
     .copyright = s_nasaPublicDomain,
     .credit = "NASA/Tim Kopra",
     .headline = "Progress 63P seen from the space station",
     .dateTaken = "2016-03-31T16:32:05+00:00",
     .exifCaption = true},
    {.fileName = "iss-progress-63p-launch-from-baikonur.jpg",
     .scene = Scene::Orbit,
     .style = {.flight = 0.35, .darkness = 0.8, .across = 0.62, .tilt = 0.3, .glow = 0xffffb060},
     .caption = "Amazing to watch Progress 63P launch from #Baikonur #Kazakhstan – supplies to #ISS. "
                "Credit: NASA/Tim Copra",
     .creator = s_kopra,
     .copyright = s_nasaPublicDomain,
     .dateTaken = "2016-03-31T16:25:40+00:00"},
    {.fileName = "iss-progress-ride-into-orbit.jpg",
     .scene = Scene::Orbit,
     .style = {.flight = 0.6, .darkness = 1, .across = 0.45, .tilt = 0.1, .glow = 0xfffff0c0},
     .caption = "So cool to watch #Progress ride into orbit today…right beneath us! Docking Sat night to #ISS.",
     .creator = "Tim Peake",
     .copyright = "© ESA/NASA",
     .credit = "NASA/ESA/Tim Peake",
     .dateTaken = "2016-03-31T16:27:12+00:00"},

    // RSC Energia's stills, in launch order. The page credits each only with "Photo credit: Energia";
    // six embed that credit as an agency would, four keep it only at the end of the caption.
    {.fileName = "energia-progress-ms02-01-rocket-on-the-pad.jpg",
     .scene = Scene::Launch,
     .style = {.flight = 0, .darkness = 0.3, .across = 0.42, .tilt = 0.5, .glow = 0xffffc070},
     .caption = "The Soyuz rocket with the Progress MS-02 cargo ship stands on its launch pad at the "
                "Baikonur Cosmodrome in Kazakhstan before launch on 31 March 2016.",
     .copyright = s_energiaCopyright,
     .credit = s_energia,
     .headline = "Progress MS-02 on the pad",
     .dateTaken = "2016-03-31T15:40:12+00:00",
     .exifCaption = true},
    {.fileName = "energia-progress-ms02-02-floodlit-before-launch.jpg",
     .scene = Scene::Launch,
     .style = {.flight = 0, .darkness = 0.75, .across = 0.58, .tilt = 0.5, .glow = 0xffffc070},
     .caption = "Floodlights shine on the Soyuz rocket and Progress MS-02 at Baikonur shortly before "
                "launch. Photo credit: Energia",
     .copyright = s_energiaCopyright,
     .dateTaken = "2016-03-31T16:05:30+00:00"},
    {.fileName = "energia-progress-ms02-03-liftoff.jpg",
     .scene = Scene::Launch,
     .style = {.flight = 0.03, .darkness = 0.85, .across = 0.5, .tilt = 0.4, .glow = 0xffffd080},
     .portrait = true,
     .caption = "The Soyuz rocket lifts off from the Baikonur Cosmodrome in Kazakhstan at 16:23:57 GMT "
                "on 31 March 2016.",
     .copyright = s_energiaCopyright,
     .credit = s_energia,
     .headline = "Lift-off of Progress MS-02",
     .dateTaken = "2016-03-31T16:23:57+00:00"},
    {.fileName = "energia-progress-ms02-04-clearing-the-tower.jpg",
     .scene = Scene::Launch,
     .style = {.flight = 0.1, .darkness = 0.8, .across = 0.4, .tilt = 0.6, .glow = 0xffffc878},
     .caption = "The Soyuz rocket clears the launch tower seconds after lift-off at 16:23:57 GMT. "
                "Photo credit: Energia",
     .copyright = s_energiaCopyright,
     .dateTaken = "2016-03-31T16:24:01+00:00"},
    {.fileName = "energia-progress-ms02-05-climbing-away.jpg",
     .scene = Scene::Launch,
     .style = {.flight = 0.28, .darkness = 0.9, .across = 0.35, .tilt = 0.7, .glow = 0xffffb868},
     .caption = "The Soyuz rocket climbs away from the Baikonur Cosmodrome with nearly 3 tons of supplies "
                "for the International Space Station.",
     .copyright = s_energiaCopyright,
     .credit = s_energia,
     .dateTaken = "2016-03-31T16:24:09+00:00",
     .exifCaption = true},
    {.fileName = "energia-progress-ms02-06-plume-over-the-steppe.jpg",
     .scene = Scene::Launch,
     .style = {.flight = 0.45, .darkness = 0.7, .across = 0.3, .tilt = 0.8, .glow = 0xffffa858},
     .caption = "The exhaust plume of the Soyuz rocket lights up the steppe around the Baikonur Cosmodrome. "
                "Photo credit: Energia",
     .copyright = s_energiaCopyright,
     .dateTaken = "2016-03-31T16:24:20+00:00"},
    {.fileName = "energia-progress-ms02-07-heading-downrange.jpg",
     .scene = Scene::Launch,
     .style = {.flight = 0.62, .darkness = 0.95, .across = 0.25, .tilt = 0.9, .glow = 0xffffd898},
     .caption = "The Soyuz rocket heads downrange over Kazakhstan, taking Progress MS-02 towards a "
                "Saturday docking with the space station's Zvezda module.",
     .copyright = s_energiaCopyright,
     .credit = s_energia,
     .dateTaken = "2016-03-31T16:24:38+00:00"},
    {.fileName = "energia-progress-ms02-08-trail-into-the-night.jpg",
     .scene = Scene::Launch,
     .style = {.flight = 0.8, .darkness = 1, .across = 0.6, .tilt = -0.7, .glow = 0xffffe0a8},
     .caption = "The Soyuz rocket's trail arcs into the night sky over Baikonur as Progress MS-02 speeds "
                "towards orbit. Photo credit: Energia",
     .copyright = s_energiaCopyright,
     .dateTaken = "2016-03-31T16:25:02+00:00"},
    {.fileName = "energia-progress-ms02-09-a-point-of-light.jpg",
     .scene = Scene::Launch,
     .style = {.flight = 0.97, .darkness = 0.9, .across = 0.2, .tilt = 1, .glow = 0xfffff0d0},
     .caption = "The Soyuz rocket is a point of light minutes after launch; Progress MS-02 will separate "
                "from its third stage about 8 minutes, 45 seconds after lift-off.",
     .copyright = s_energiaCopyright,
     .credit = s_energia,
     .dateTaken = "2016-03-31T16:25:40+00:00",
     .exifCaption = true},
    {.fileName = "energia-progress-ms02-10-smoke-over-the-pad.jpg",
     .scene = Scene::Launch,
     .style = {.flight = 1.3, .darkness = 0.95, .across = 0.55, .tilt = 0.6, .glow = 0xffffc070},
     .caption = "Smoke drifts over the empty launch pad at Baikonur after the launch of Progress MS-02 to "
                "the International Space Station.",
     .copyright = s_energiaCopyright,
     .credit = s_energia,
     .dateTaken = "2016-03-31T16:26:20+00:00",
     .exifCaption = true},
};

} // namespace

std::span<const SamplePhoto> samplePhotos()
{
    return s_photos;
}
