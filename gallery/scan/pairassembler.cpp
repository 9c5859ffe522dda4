#include "pairassembler.h"

#include "metadata/rawcompanionmerge.h"

PhotoRow PairAssembler::rowOf(const PhotoRecord &record, qint64 stamp) const
{
    // Most folders have no alias: no copy of the record for them.
    PhotoRow row = PhotoRow::fromRecord(m_correction.isEmpty() ? record : m_correction.applied(record));
    row.setStamp(stamp);
    return row;
}

std::optional<PhotoRow> PairAssembler::add(const PhotoRecord &record, qint64 stamp)
{
    const QString rendition = m_pairing.renditionOf(record.path);
    const QString other = rendition.isEmpty() ? m_pairing.companionOf(record.path) : rendition;
    if (other.isEmpty())
        return rowOf(record, stamp);
    const auto waiting = m_waiting.constFind(other);
    if (waiting == m_waiting.cend()) {
        m_waiting.insert(record.path, {record, stamp});
        return std::nullopt;
    }
    const Half half = *waiting;
    m_waiting.erase(waiting);
    if (rendition.isEmpty()) // @p record is the rendition
        return rowOf(RawCompanionMerge::merge(record, half.record), stamp);
    return rowOf(RawCompanionMerge::merge(half.record, record), half.stamp);
}

QList<PhotoRow> PairAssembler::takeUnmatched()
{
    QList<PhotoRow> rows;
    for (const Half &half : std::as_const(m_waiting))
        rows.append(rowOf(half.record, half.stamp));
    m_waiting.clear();
    return rows;
}

QStringList PairAssembler::shownPaths(const QList<PhotoFile> &files) const
{
    QStringList paths;
    paths.reserve(files.size());
    for (const PhotoFile &file : files) {
        if (!m_pairing.isCompanion(file.path))
            paths.append(file.path);
    }
    return paths;
}
