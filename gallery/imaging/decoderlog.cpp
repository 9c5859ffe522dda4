#include "decoderlog.h"

#include <QByteArray>

#include <tiffio.h>

#include <cstdarg>
#include <cstdio>

Q_LOGGING_CATEGORY(lcDecoders, "byline.decoders", QtWarningMsg)

namespace {

QtMessageHandler g_previous = nullptr; // Qt's own default when nothing was installed before

bool isDecoderCategory(const char *category)
{
    return category && qstrncmp(category, "qt.gui.imageio", 14) == 0;
}

// Qt's decoders log through qt.gui.imageio*; those messages go out as byline.decoders debug messages,
// handed straight to the previous handler: logging again from inside a handler would bypass it.
void routeMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QtMessageHandler next = g_previous;
    if (!isDecoderCategory(context.category) || type == QtFatalMsg) {
        next(type, context, message);
        return;
    }
    if (!lcDecoders().isDebugEnabled())
        return;
    const QMessageLogContext routed(context.file, context.line, context.function, lcDecoders().categoryName());
    next(QtDebugMsg, routed, QStringLiteral("%1: %2").arg(QLatin1String(context.category), message));
}

void tiffMessage(const char *module, const char *format, va_list arguments)
{
    if (!lcDecoders().isDebugEnabled())
        return;
    char text[512];
    std::vsnprintf(text, sizeof text, format, arguments);
    qCDebug(lcDecoders, "libtiff: %s%s%s", module ? module : "", module ? ": " : "", text);
}

} // namespace

namespace DecoderLog {

void install()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    g_previous = qInstallMessageHandler(routeMessage);
    TIFFSetWarningHandler(tiffMessage);
    TIFFSetErrorHandler(tiffMessage); // a refused file is reported as its error, by the reader
}

} // namespace DecoderLog
