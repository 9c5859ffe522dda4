#include "photoshopresources.h"

#include "zeropadding.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace {

// Photoshop writes "8BIM"; older tools and plug-ins used these other signatures for the same layout.
bool isResourceSignature(QByteArrayView signature)
{
    return signature == "8BIM" || signature == "MeSa" || signature == "PHUT" || signature == "AgHg" ||
           signature == "DCSR";
}

qsizetype paddedToEven(qsizetype size)
{
    return size + (size & 1);
}

} // namespace

PhotoshopResources PhotoshopResources::parse(QByteArrayView block)
{
    PhotoshopResources result;
    qsizetype pos = 0;
    const qsizetype size = block.size();
    while (pos + 4 <= size) {
        if (!isResourceSignature(block.sliced(pos, 4))) {
            // Trailing zero padding is common; anything else is damage.
            if (!isZeroPadding(block.sliced(pos)))
                result.m_problem = QStringLiteral("unknown resource signature at offset %1").arg(pos);
            break;
        }
        if (pos + 7 > size) {
            result.m_problem = QStringLiteral("resource header truncated at offset %1").arg(pos);
            break;
        }
        PhotoshopResource resource;
        resource.id = qFromBigEndian<quint16>(block.data() + pos + 4);
        const auto nameLength = static_cast<unsigned char>(block[pos + 6]);
        const qsizetype nameField = paddedToEven(1 + nameLength);
        const qsizetype sizeOffset = pos + 6 + nameField;
        if (sizeOffset + 4 > size) {
            result.m_problem = QStringLiteral("resource 0x%1 truncated").arg(resource.id, 4, 16, QChar('0'));
            break;
        }
        const quint32 dataSize = qFromBigEndian<quint32>(block.data() + sizeOffset);
        const qsizetype dataOffset = sizeOffset + 4;
        if (dataSize > quint32(size - dataOffset)) {
            result.m_problem = QStringLiteral("resource 0x%1 claims %2 bytes, only %3 remain")
                                   .arg(resource.id, 4, 16, QChar('0'))
                                   .arg(dataSize)
                                   .arg(size - dataOffset);
            break;
        }
        resource.name = block.sliced(pos + 7, nameLength).toByteArray();
        resource.data = block.sliced(dataOffset, dataSize).toByteArray();
        result.m_resources.append(resource);
        pos = dataOffset + paddedToEven(dataSize);
    }
    return result;
}

QByteArray PhotoshopResources::serialize() const
{
    QByteArray out;
    for (const PhotoshopResource &resource : m_resources) {
        out.append("8BIM");
        char id[2];
        qToBigEndian<quint16>(resource.id, id);
        out.append(id, 2);
        const QByteArray name = resource.name.left(255);
        out.append(char(name.size()));
        out.append(name);
        if ((1 + name.size()) & 1)
            out.append('\0');
        char size[4];
        qToBigEndian<quint32>(quint32(resource.data.size()), size);
        out.append(size, 4);
        out.append(resource.data);
        if (resource.data.size() & 1)
            out.append('\0');
    }
    return out;
}

std::optional<QByteArray> PhotoshopResources::find(quint16 id) const
{
    for (const PhotoshopResource &resource : m_resources) {
        if (resource.id == id)
            return resource.data;
    }
    return std::nullopt;
}

void PhotoshopResources::set(quint16 id, const QByteArray &data)
{
    for (PhotoshopResource &resource : m_resources) {
        if (resource.id == id) {
            resource.data = data;
            return;
        }
    }
    m_resources.append({id, {}, data});
}

void PhotoshopResources::remove(quint16 id)
{
    m_resources.removeIf([id](const PhotoshopResource &resource) { return resource.id == id; });
}

PhotoshopResources::DigestState PhotoshopResources::digestState() const
{
    const std::optional<QByteArray> digest = find(s_iptcDigestId);
    if (!digest)
        return DigestState::Absent;
    const QByteArray iptc = find(s_iptcId).value_or(QByteArray());
    return *digest == iptcDigest(iptc) ? DigestState::Matches : DigestState::Stale;
}

QByteArray PhotoshopResources::iptcDigest(QByteArrayView iptc)
{
    return QCryptographicHash::hash(iptc, QCryptographicHash::Md5);
}
