#pragma once

#include "models/photomodel.h"

#include <QString>
#include <QTemporaryDir>

/** One photo of a generated test folder: file name, caption, credit and where the credit is written. */
struct FixturePhoto
{
    enum class CreditIn
    {
        Iptc,
        Xmp,
        Caption,
        Nowhere
    };

    FixturePhoto(QString name, QString caption, QString credit, CreditIn creditIn = CreditIn::Xmp, QString date = {})
        : name(std::move(name)), caption(std::move(caption)), credit(std::move(credit)), creditIn(creditIn),
          date(std::move(date))
    {}

    QString name;
    QString caption;
    QString credit;
    CreditIn creditIn = CreditIn::Xmp;
    QString date; // ISO 8601, optional
};

/**
 * A folder of real JPEGs made for model tests, and a catalog of its own, so a test never shares
 * cached records with another.
 */
class GalleryFolder
{
public:
    GalleryFolder();
    /** Writes @p photo into the folder; returns its path. */
    QString add(const FixturePhoto &photo);
    [[nodiscard]] QString path() const { return m_photos.path(); }
    [[nodiscard]] QString filePath(const QString &name) const { return m_photos.filePath(name); }
    [[nodiscard]] QString catalogPath() const { return m_catalog.filePath(QStringLiteral("catalog.sqlite")); }

    /** Points @p model at this folder's catalog, opens the folder and waits for the scan to finish. */
    void open(PhotoModel &model) const;

private:
    QTemporaryDir m_photos;
    QTemporaryDir m_catalog;
};

/** Waits (spinning the event loop) until @p model's scan finished; REQUIREs that it did. */
void waitForScan(PhotoModel &model);
