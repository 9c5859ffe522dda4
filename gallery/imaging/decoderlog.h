#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDecoders)

/**
 * The image libraries' own complaints (libjpeg's and libpng's through Qt's "qt.gui.imageio" categories,
 * libtiff's straight to stderr) are about files, not about Byline, and a folder of damaged files would
 * bury byline-cli's output in them. install() routes them all into the debug category "byline.decoders",
 * off by default: QT_LOGGING_RULES="byline.decoders.debug=true" shows them. What a decoder refused is
 * still reported, as the file's error.
 */
namespace DecoderLog {

/** Call once in main(), before any image is decoded; chains to the message handler installed before. */
void install();

} // namespace DecoderLog
