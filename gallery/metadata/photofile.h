#pragma once

#include <QString>

/** A file to read: its path and, when a folder listing already found it, its XMP sidecar. */
struct PhotoFile
{
    QString path;
    QString sidecarPath;        // empty: none (when sidecarKnown) or not yet looked for
    bool sidecarKnown = false;  // the listing already looked, so the reader does not stat again
    bool undecodableName = false; // the name on disk is not valid UTF-8; path shows it with U+FFFD
};
