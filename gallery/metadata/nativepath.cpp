#include "nativepath.h"

#include "textdecoding.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {

constexpr char16_t s_escapeBase = 0xDC00; // byte b >= 0x80 becomes U+DC00 + b
constexpr char16_t s_replacement = 0xFFFD;

// Whether path[i] is an escaped byte: a low surrogate in U+DC80..U+DCFF that is not the second half of a
// pair. One in eight characters above U+FFFF ends in such a unit (📷 is D83D DCF7), and is no escape.
bool isEscapeAt(QStringView path, qsizetype i)
{
    const char16_t unit = path[i].unicode();
    return unit >= 0xDC80 && unit <= 0xDCFF && (i == 0 || !path[i - 1].isHighSurrogate());
}

void appendUtf8(QByteArray &out, char32_t codePoint)
{
    if (codePoint < 0x80) {
        out += char(codePoint);
    } else if (codePoint < 0x800) {
        out += char(0xC0 | (codePoint >> 6));
        out += char(0x80 | (codePoint & 0x3F));
    } else if (codePoint < 0x10000) {
        out += char(0xE0 | (codePoint >> 12));
        out += char(0x80 | ((codePoint >> 6) & 0x3F));
        out += char(0x80 | (codePoint & 0x3F));
    } else {
        out += char(0xF0 | (codePoint >> 18));
        out += char(0x80 | ((codePoint >> 12) & 0x3F));
        out += char(0x80 | ((codePoint >> 6) & 0x3F));
        out += char(0x80 | (codePoint & 0x3F));
    }
}

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

template<typename Replace>
QString mapEscapes(const QString &path, Replace replace)
{
    if (!NativePath::hasEscapes(path))
        return path;
    QString mapped = path;
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (isEscapeAt(path, i))
            mapped[i] = replace(path[i].unicode());
    }
    return mapped;
}

} // namespace

namespace NativePath {

QString decode(QByteArrayView native)
{
    // Qt's decoder is the fast path; it marks every invalid byte with U+FFFD, and so would a valid name
    // that really holds U+FFFD: only then is the name decoded again, byte by byte.
    // Not when the name starts with a byte-order mark, which fromUtf8() drops.
    QString path = QString::fromUtf8(native);
    if (!path.contains(QChar(s_replacement)) && !native.startsWith("\xEF\xBB\xBF"))
        return path;
    const auto *data = reinterpret_cast<const unsigned char *>(native.data());
    const qsizetype size = native.size();
    path.clear();
    path.reserve(size);
    for (qsizetype i = 0; i < size;) {
        char32_t codePoint = 0;
        const int length = TextDecoding::utf8SequenceAt(native, i, codePoint);
        if (length == 0) {
            path += QChar(char16_t(s_escapeBase + data[i])); // one byte at a time, as surrogateescape does
            ++i;
            continue;
        }
        // By hand: fromUcs4() would drop a U+FEFF here as a byte-order mark.
        if (QChar::requiresSurrogates(codePoint)) {
            path += QChar(QChar::highSurrogate(codePoint));
            path += QChar(QChar::lowSurrogate(codePoint));
        } else {
            path += QChar(char16_t(codePoint));
        }
        i += length;
    }
    return path;
}

QByteArray encode(QStringView path)
{
    if (!hasEscapes(path))
        return path.toUtf8();
    QByteArray native;
    native.reserve(path.size() * 3);
    for (qsizetype i = 0; i < path.size(); ++i) {
        const char16_t unit = path[i].unicode();
        if (isEscapeAt(path, i)) {
            native += char(unit - s_escapeBase);
        } else if (QChar::isHighSurrogate(unit) && i + 1 < path.size() && path[i + 1].isLowSurrogate()) {
            appendUtf8(native, QChar::surrogateToUcs4(unit, path[i + 1].unicode()));
            ++i;
        } else if (QChar::isSurrogate(unit)) {
            appendUtf8(native, s_replacement); // decode() never makes one; a caller's string might
        } else {
            appendUtf8(native, unit);
        }
    }
    return native;
}

bool hasEscapes(QStringView path)
{
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (isEscapeAt(path, i))
            return true;
    }
    return false;
}

QString display(const QString &path)
{
    return mapEscapes(path, [](char16_t) { return QChar(s_replacement); });
}

QString safeFileName(const QString &name)
{
    return mapEscapes(name, [](char16_t) { return QChar(u'_'); });
}

QString toStorage(const QString &path)
{
    if (!hasEscapes(path) && !path.contains(QChar(s_replacement)))
        return path;
    QString stored;
    stored.reserve(path.size() + 8);
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path[i];
        if (isEscapeAt(path, i))
            stored += QChar(s_replacement) + QString::number(c.unicode() - s_escapeBase, 16).toUpper();
        else if (c.unicode() == s_replacement)
            stored += QString(2, QChar(s_replacement));
        else
            stored += c;
    }
    return stored;
}

QString fromStorage(const QString &stored)
{
    if (!stored.contains(QChar(s_replacement)))
        return stored;
    QString path;
    path.reserve(stored.size());
    for (qsizetype i = 0; i < stored.size(); ++i) {
        if (stored[i].unicode() != s_replacement) {
            path += stored[i];
        } else if (i + 1 < stored.size() && stored[i + 1].unicode() == s_replacement) {
            path += QChar(s_replacement);
            ++i;
        } else if (i + 2 < stored.size() && hexValue(stored[i + 1].unicode()) >= 8 &&
                   hexValue(stored[i + 2].unicode()) >= 0) {
            path += QChar(
                char16_t(s_escapeBase + hexValue(stored[i + 1].unicode()) * 16 + hexValue(stored[i + 2].unicode())));
            i += 2;
        } else {
            path += stored[i]; // not written by toStorage(); kept as it is
        }
    }
    return path;
}

QString absolute(const QString &path)
{
    if (path.startsWith(u'/'))
        return QDir::cleanPath(path);
    QByteArray working(4096, Qt::Uninitialized);
    while (!::getcwd(working.data(), size_t(working.size()))) {
        if (errno != ERANGE || working.size() > 1024 * 1024)
            return QDir::cleanPath(QDir(path).absolutePath()); // no working folder to name: Qt's best
        working.resize(working.size() * 2);
    }
    return QDir::cleanPath(decode(working.constData()) + u'/' + path);
}

QByteArray fileUri(const QString &absolutePath)
{
    // What GLib's g_filename_to_uri() leaves as it is (besides the unreserved characters, which
    // toPercentEncoding() keeps anyway), so other thumbnailers key the same file on the same URI.
    return QByteArrayLiteral("file://") + encode(absolutePath).toPercentEncoding("!$&'()*+,=:@/");
}

QString openForReading(QFile &file, const QString &path)
{
    if (!hasEscapes(path)) {
        file.setFileName(path);
        return file.open(QIODevice::ReadOnly) ? QString() : file.errorString();
    }
    const int fd = ::open(encode(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return file.errorString();
    }
    return {};
}

} // namespace NativePath
