#include "agencynames.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <initializer_list>

namespace {

// A set of words from one space-separated list, which stays readable where a braced list of
// literals would be formatted one word to a line.
QSet<QString> wordSet(const char *words)
{
    const QStringList list = QString::fromUtf8(words).split(u' ', Qt::SkipEmptyParts);
    return QSet<QString>(list.cbegin(), list.cend());
}

struct Agency
{
    const char *canonical;
    std::initializer_list<const char *> otherSpellings;
};

// The spelling each organisation is shown under, and the others it is written as in credit lines: the
// wire and photo agencies first, then space agencies, observatories and their institutes, then the
// companies that launch. An organisation missing here is still an organisation (by its words, or as a
// lone word), only not merged with its other spellings.
const std::initializer_list<Agency> s_agencies = {
    {"AP", {"Associated Press", "The Associated Press", "AP Images"}},
    {"AFP", {"Agence France-Presse", "Agence France Presse"}},
    {"Reuters", {"Thomson Reuters", "Reuters Pictures"}},
    {"Getty Images", {"Getty", "GettyImages", "Getty Images News"}},
    {"EPA", {"EPA-EFE", "European Pressphoto Agency", "EPA Images"}},
    {"Xinhua", {"Xinhua News Agency"}},
    {"TASS", {"ITAR-TASS", "TASS News Agency"}},
    {"RIA Novosti", {"RIA"}},
    {"Sputnik", {}},
    {"Kyodo", {"Kyodo News"}},
    {"Yonhap", {"Yonhap News Agency"}},
    {"dpa", {"Deutsche Presse-Agentur", "dpa picture alliance"}},
    {"ANSA", {}},
    {"Anadolu", {"Anadolu Agency", "Anadolu Ajansi"}},
    {"UPI", {"United Press International"}},
    {"Shutterstock", {}},
    {"REX", {"Rex Features"}},
    {"Alamy", {"Alamy Stock Photo", "Alamy Live News"}},
    {"Sipa", {"Sipa Press"}},
    {"Sipa USA", {}},
    {"ZUMA Press", {"ZUMA", "ZUMA Wire", "ZUMA Press Wire"}},
    {"SOPA Images", {"SOPA"}},
    {"VCG", {"Visual China Group"}},
    {"The New York Times", {"New York Times", "NYT"}},
    {"The Washington Post", {"Washington Post"}},
    {"USA Today", {}},
    {"Florida Today", {}},
    {"Spaceflight Now", {}},
    {"Unsplash", {}},
    {"Flickr", {}},
    {"Pexels", {}},
    {"Pixabay", {}},
    {"Wikimedia Commons", {}},
    {"NASA", {"National Aeronautics and Space Administration", "NASA HQ"}},
    {"ESA", {"European Space Agency", "Agence spatiale européenne"}},
    {"JAXA", {"Japan Aerospace Exploration Agency"}},
    {"Roscosmos",
     {"Roskosmos", "Роскосмос", "Roscosmos Space Agency", "Roscosmos State Corporation",
      "State Space Corporation Roscosmos"}},
    {"Energia",
     {"RSC Energia", "Rocket and Space Corporation Energia", "S.P. Korolev Rocket and Space Corporation Energia"}},
    {"GCTC", {"Gagarin Cosmonaut Training Center", "Yuri Gagarin Cosmonaut Training Center"}},
    {"CSA", {"Canadian Space Agency", "Agence spatiale canadienne"}},
    {"CNES", {"Centre national d'études spatiales"}},
    {"DLR", {"German Aerospace Center", "Deutsches Zentrum für Luft- und Raumfahrt"}},
    {"ISRO", {"Indian Space Research Organisation", "Indian Space Research Organization"}},
    {"CNSA", {"China National Space Administration"}},
    {"ESO", {"European Southern Observatory"}},
    {"STScI", {"Space Telescope Science Institute"}},
    {"JPL", {"Jet Propulsion Laboratory"}},
    {"JPL-Caltech", {}},
    {"Caltech", {"California Institute of Technology"}},
    {"MSSS", {"Malin Space Science Systems"}},
    {"JHUAPL", {"Johns Hopkins APL", "JHU-APL", "Johns Hopkins University Applied Physics Laboratory"}},
    {"SwRI", {"Southwest Research Institute"}},
    {"AURA", {"Association of Universities for Research in Astronomy"}},
    {"NOIRLab", {}},
    {"NSF", {"National Science Foundation", "U.S. National Science Foundation"}},
    {"NOAA", {"National Oceanic and Atmospheric Administration"}},
    {"USGS", {"U.S. Geological Survey", "United States Geological Survey"}},
    {"FU Berlin", {"Freie Universität Berlin"}},
    {"Hubble", {"Hubble Space Telescope"}},
    {"Webb", {"JWST", "James Webb Space Telescope"}},
    {"Copernicus Sentinel", {}},
    {"SpaceX", {"Space Exploration Technologies", "Space Exploration Technologies Corp"}},
    {"Blue Origin", {}},
    {"Boeing", {}},
    {"Lockheed Martin", {}},
    {"Northrop Grumman", {}},
    {"ULA", {"United Launch Alliance"}},
    {"Arianespace", {}},
    {"Rocket Lab", {}},
    {"Virgin Galactic", {}},
    {"Airbus", {}},
    {"Maxar", {"Maxar Technologies"}},
    {"Planet Labs", {"Planet Labs PBC"}},
};

// Nouns that make a name an organisation's ("Jupiter Impact Team", "Stockholm University"), compared in
// lookupForm. They are chosen to be rare as family names; a photographer called "Press" would be read
// as an organisation, which is the cheaper mistake.
const QSet<QString> &organisationNouns()
{
    static const QSet<QString> s_nouns =
        wordSet("academy administration aerospace agence agency alliance archive archives army association authority "
                "bureau center centre club co collaboration collection college command commission committee company "
                "consortium corp corporation council crew data department federation force foundation fund gazette "
                "gmbh government group guard herald hospital images inc industries institut institute instituto "
                "international journal lab laboratories laboratory labs library llc ltd magazine marines media "
                "medialab ministry mission museum navy network news observatory office organisation organization "
                "partners photo photography photos pictures plc police post press presse program programme project "
                "radio research school science sciences service services society space station studio studios survey "
                "systems team technologies technology telescope television times today tribune trust tv union "
                "universidad universität université universities university video vidéo wire");
    return s_nouns;
}

// Known agencies whose short name makes a longer name an organisation too ("NASA Goddard", "Reuters
// TV"). Not every known name: "Getty", "Webb", "Hubble" and "Rex" are also people's names.
const QSet<QString> &agencyMarkers()
{
    static const QSet<QString> s_markers =
        wordSet("nasa esa jaxa roscosmos cnes dlr isro cnsa eso jpl noaa usgs nsf ap afp reuters epa xinhua tass upi "
                "dpa spacex caltech");
    return s_markers;
}

// Words after which "for" continues a name: "Center for Astrophysics", "Institute for Advanced Study".
const QSet<QString> &nounsTakingFor()
{
    static const QSet<QString> s_nouns =
        wordSet("academy administration agency alliance association authority bureau campaign center centre coalition "
                "college commission committee council department federation foundation fund institute laboratory "
                "ministry museum network office organisation organization program programme school service society "
                "trust union universities");
    return s_nouns;
}

const QHash<QString, QString> &canonicalByLookupForm()
{
    static const QHash<QString, QString> s_table = [] {
        QHash<QString, QString> table;
        for (const Agency &agency : s_agencies) {
            const QString canonical = QString::fromUtf8(agency.canonical);
            table.insert(AgencyNames::lookupForm(canonical), canonical);
            for (const char *spelling : agency.otherSpellings)
                table.insert(AgencyNames::lookupForm(QString::fromUtf8(spelling)), canonical);
        }
        return table;
    }();
    return s_table;
}

} // namespace

QString AgencyNames::lookupForm(const QString &name)
{
    QString form = name.toCaseFolded();
    form.remove(u'.');
    // "Agence France-Presse" and "Agence France Presse", "JPL-Caltech" and "JPL Caltech", "U.S." and "US".
    form.replace(u'-', u' ').replace(u'\u2010', u' ').replace(u'\u2019', u'\'');
    return form.simplified();
}

std::optional<QString> AgencyNames::canonical(const QString &name)
{
    const auto it = canonicalByLookupForm().constFind(lookupForm(name));
    if (it == canonicalByLookupForm().constEnd())
        return std::nullopt;
    return *it;
}

bool AgencyNames::isOrganisationWord(const QString &word)
{
    const QString form = lookupForm(word);
    return organisationNouns().contains(form) || agencyMarkers().contains(form);
}

bool AgencyNames::takesFor(const QString &word)
{
    return nounsTakingFor().contains(lookupForm(word));
}
