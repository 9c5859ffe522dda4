#pragma once

#include <QString>

/** Start-up pieces shared by the byline, byline-cli and byline-bench executables. */
namespace AppSupport {

/** Application name, version and Exiv2 set-up; call first in main(), before any thread starts. */
void initialize(const QString &programName);
/** Keeps large, short-lived buffers (decodes) out of the heap; initialize() calls it. */
void limitHeapGrowth();

/** The bundled sample gallery: installed beside the program, or the source tree's copy in a build. */
[[nodiscard]] QString sampleGalleryPath();

} // namespace AppSupport
