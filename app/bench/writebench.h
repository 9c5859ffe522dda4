#pragma once

#include <QString>

/**
 * `byline-bench write DIR [--count C] [--repeat R]`: the first C JPEGs of DIR (by path, default 100) get
 * a new credit in IPTC and XMP, on copies in a scratch folder beside nothing of the user's: Byline's
 * MetadataEditor (plan, write, every check, the backup of the original, flush and rename) next to
 * `exiftool -overwrite_original -IPTC:Credit=... -XMP-photoshop:Credit=...` on other copies, and the floor,
 * copying the files. One thread each; prints files/s (median of R runs) and the ratios.
 */
int benchWrite(const QString &folder, int count, int repeat);
