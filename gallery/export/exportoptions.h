#pragma once

#include "credits/housestyle.h"

#include <QMetaType>
#include <QString>

/**
 * What an export makes and where: a copyable value the window's dialog and byline-cli fill in alike.
 * At least one of originals and resized must be set for anything to be exported.
 */
struct ExportOptions
{
    /** The long edge and JPEG quality the issue names as the desk's usual web size. */
    static constexpr int s_defaultLongEdge = 2048;
    static constexpr int s_defaultQuality = 90;
    /** Two workers: the machine stays usable while an export runs (and the benchmark's figure). */
    static constexpr int s_defaultThreads = 2;

    QString destination;    // the folder everything is written into; made when missing
    bool originals = false; // byte-for-byte copies, with their XMP sidecars
    bool resized = false;   // JPEG copies carrying the caption and credit fields
    int longEdge = s_defaultLongEdge;
    int quality = s_defaultQuality;
    bool sheet = false;          // index.html plus manifest.csv and manifest.json
    bool embedThumbnails = true; // in the sheet: data: URIs (self-contained) or links to the exported files
    QString title;               // the sheet's heading
    QString intro;               // an optional paragraph under it
    QString nameTemplate;        // FileNameTemplate syntax; empty means FileNameTemplate::s_default
    int threads = s_defaultThreads;
    HouseStyle houseStyle; // how the sheet and the manifests' creditLine print credit lines
};

Q_DECLARE_METATYPE(ExportOptions)
