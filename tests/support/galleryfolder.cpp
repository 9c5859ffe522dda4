#include "galleryfolder.h"

#include "photofixture.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

GalleryFolder::GalleryFolder()
{
    REQUIRE(m_photos.isValid());
    REQUIRE(m_catalog.isValid());
}

QString GalleryFolder::add(const FixturePhoto &photo)
{
    MetadataWrite spec;
    spec.xmp.caption = photo.caption;
    spec.xmp.dateTaken = photo.date.isEmpty() ? QString() : photo.date;
    switch (photo.creditIn) {
    case FixturePhoto::CreditIn::Iptc:
        spec.iptc.credit = photo.credit;
        break;
    case FixturePhoto::CreditIn::Xmp:
        spec.xmp.credit = photo.credit;
        break;
    case FixturePhoto::CreditIn::Caption:
        spec.xmp.caption = photo.caption + QStringLiteral(". Credit: ") + photo.credit;
        break;
    case FixturePhoto::CreditIn::Nowhere:
        break;
    }
    return PhotoFixture::jpegWith(m_photos.filePath(photo.name), spec, {32, 24});
}

void GalleryFolder::open(PhotoModel &model) const
{
    model.setCatalogPath(catalogPath());
    model.setFolder(path());
    waitForScan(model);
}

void waitForScan(PhotoModel &model)
{
    if (model.state() != PhotoModel::LoadingState::Scanning)
        return;
    QSignalSpy finished(&model, &PhotoModel::scanFinished);
    REQUIRE(finished.wait(30000));
}
