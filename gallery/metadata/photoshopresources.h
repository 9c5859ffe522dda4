#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

/** One Photoshop image resource ("8BIM" block). */
struct PhotoshopResource
{
    quint16 id = 0;
    QByteArray name; // Pascal-string name, usually empty
    QByteArray data;
};

/**
 * The Photoshop image-resource block of JPEG APP13 and TIFF tag 34377. Byline reads it for the IPTC-IIM
 * block (0x0404) and the IPTCDigest (0x0425) that MWG uses to tell whether XMP or IPTC is newer.
 */
class PhotoshopResources
{
public:
    static constexpr quint16 s_iptcId = 0x0404;
    static constexpr quint16 s_iptcDigestId = 0x0425;

    /** How the stored IPTCDigest compares with the IPTC block (docs/metadata.md, "Which value wins", rule 3). */
    enum class DigestState
    {
        Absent,
        Matches,
        Stale
    };

    /** Parses every well-formed resource; a damaged tail is reported in problem(), the rest is kept. */
    [[nodiscard]] static PhotoshopResources parse(QByteArrayView block);

    [[nodiscard]] QByteArray serialize() const;
    [[nodiscard]] std::optional<QByteArray> find(quint16 id) const;
    void set(quint16 id, const QByteArray &data);
    void remove(quint16 id);

    [[nodiscard]] const QList<PhotoshopResource> &resources() const { return m_resources; }
    [[nodiscard]] const QString &problem() const { return m_problem; }

    [[nodiscard]] DigestState digestState() const;
    /** The digest Photoshop stores: the MD5 of the IPTC resource data. */
    [[nodiscard]] static QByteArray iptcDigest(QByteArrayView iptc);

private:
    QList<PhotoshopResource> m_resources;
    QString m_problem;
};
