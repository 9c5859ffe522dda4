#pragma once

#include "rawjpegpairing.h"

#include "metadata/creditcorrection.h"
#include "metadata/photorecord.h"
#include "search/photorow.h"

#include <QHash>
#include <QList>

#include <optional>

/**
 * Turns a scan's records, arriving one file at a time in any order (from the catalog or read), into the
 * rows to show: a file that is no pair's passes through; each half of a RAW+JPEG pair waits until the
 * other has arrived, then both become the pair's one row (RawCompanionMerge), keyed by the rendition's
 * path and versioned by the rendition's stamp, so the tile and the thumbnail caches stay those of the
 * file shown. A pair's row changes whenever either file does, since the merged record does. Every row
 * is corrected by the folder's accepted aliases (CreditCorrection) as it is made, a pair's after merging,
 * so the merged credit is corrected whichever file gave it.
 */
class PairAssembler
{
public:
    explicit PairAssembler(RawJpegPairing pairing = {}, CreditCorrection correction = {})
        : m_pairing(std::move(pairing)), m_correction(std::move(correction))
    {}

    /** The row @p record makes now, if any; @p stamp is its file's change stamp (PhotoFile::metadataStamp()). */
    [[nodiscard]] std::optional<PhotoRow> add(const PhotoRecord &record, qint64 stamp);
    /** The rows of halves whose other half never came (it vanished between listing and reading), alone. */
    [[nodiscard]] QList<PhotoRow> takeUnmatched();
    /** The paths that have rows: every listed path but the paired RAWs. */
    [[nodiscard]] QStringList shownPaths(const QList<PhotoFile> &files) const;
    [[nodiscard]] const RawJpegPairing &pairing() const { return m_pairing; }

private:
    struct Half
    {
        PhotoRecord record;
        qint64 stamp = 0;
    };

    [[nodiscard]] PhotoRow rowOf(const PhotoRecord &record, qint64 stamp) const;

    RawJpegPairing m_pairing;
    CreditCorrection m_correction;
    QHash<QString, Half> m_waiting; // by path: halves whose other half has not arrived yet
};
