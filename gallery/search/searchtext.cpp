#include "searchtext.h"

#include <cstring>

namespace SearchText {

namespace {

// Most captions are plain ASCII: lower-case and collapse spaces directly, skipping Unicode
// normalisation, which costs several microseconds per caption.
bool foldAscii(const QString &text, QByteArray &out)
{
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80)
            return false;
        if (u == ' ' || (u >= '\t' && u <= '\r')) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out.append(' ');
        pendingSpace = false;
        out.append(char(u >= 'A' && u <= 'Z' ? u + ('a' - 'A') : u));
    }
    return true;
}

} // namespace

QByteArray fold(const QString &text)
{
    QByteArray ascii;
    if (foldAscii(text, ascii))
        return ascii;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of a decomposed "é"
        folded.append(c);
    }
    return folded.toCaseFolded().simplified().toUtf8();
}

QList<QByteArray> terms(const QString &query)
{
    QList<QByteArray> words = fold(query).split(' ');
    words.removeAll(QByteArray());
    return words;
}

bool containsAll(QByteArrayView haystack, const QList<QByteArray> &terms)
{
    for (const QByteArray &term : terms) {
        // glibc's memmem (two-way search) is several times faster than a naive loop on long captions.
        if (!::memmem(haystack.data(), size_t(haystack.size()), term.constData(), size_t(term.size())))
            return false;
    }
    return true;
}

} // namespace SearchText
