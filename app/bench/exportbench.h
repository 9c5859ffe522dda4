#pragma once

#include <QString>

/**
 * `byline-bench export DIR [--threads N] [--count C] [--repeat R]`: the first C readable JPEGs of DIR (by
 * path, default 100) exported as resized copies, 2048 px long edge at quality 90 with every caption and
 * credit field and the round-trip check, on N workers (default 2); prints photos/s (median of R runs).
 */
int benchExport(const QString &folder, int threads, int count, int repeat);
