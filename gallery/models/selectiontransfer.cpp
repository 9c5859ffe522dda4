#include "selectiontransfer.h"

#include "credits/attributedcaption.h"
#include "metadata/nativepath.h"

#include <QAbstractProxyModel>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QUrl>

#include <algorithm>

SelectionTransfer::SelectionTransfer(QObject *parent) : QObject(parent) {}

void SelectionTransfer::setPhotos(PhotoModel *photos)
{
    if (photos == m_photos)
        return;
    m_photos = photos;
    emit photosChanged();
}

void SelectionTransfer::setView(QAbstractItemModel *view)
{
    if (view == m_view)
        return;
    m_view = view;
    emit viewChanged();
}

void SelectionTransfer::setBook(CreditBookModel *book)
{
    if (book == m_book)
        return;
    m_book = book;
    emit bookChanged();
}

QStringList SelectionTransfer::shownSelection(const QString &fallback) const
{
    if (!m_photos || !m_view)
        return {};
    // Walk the selection, not the view: a handful of selected photos among 100,000 rows is the common case.
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(m_view.data());
    const auto rowInView = [&](const QString &path) {
        const int sourceRow = m_photos->rowOf(path);
        if (sourceRow < 0)
            return -1;
        return proxy ? proxy->mapFromSource(m_photos->index(sourceRow)).row() : sourceRow;
    };
    QList<std::pair<int, QString>> shown;
    const QStringList selected = m_photos->selection()->paths();
    for (const QString &path : selected) {
        if (const int row = rowInView(path); row >= 0)
            shown.append({row, path});
    }
    if (shown.isEmpty() && !fallback.isEmpty() && rowInView(fallback) >= 0)
        return {fallback};
    std::sort(shown.begin(), shown.end());
    QStringList paths;
    for (const auto &[row, path] : shown)
        paths.append(path);
    return paths;
}

QStringList SelectionTransfer::shownSelectionOrAll() const
{
    if (!m_view || !m_photos || m_photos->selection()->count() > 0)
        return shownSelection();
    QStringList paths;
    paths.reserve(m_view->rowCount());
    for (int row = 0; row < m_view->rowCount(); ++row)
        paths.append(m_view->index(row, 0).data(PhotoModel::PathRole).toString());
    return paths;
}

QStringList SelectionTransfer::paragraphs(const QStringList &paths) const
{
    QStringList result;
    if (!m_photos)
        return result;
    const HouseStyle house = m_book ? m_book->houseStyle() : HouseStyle();
    for (const QString &path : paths) {
        const int row = m_photos->rowOf(path);
        if (row < 0)
            continue;
        const PhotoRow &photo = m_photos->row(row);
        const QString credit = photo.text(PhotoRow::Text::Credit);
        const QString text =
            AttributedCaption::compose(photo.text(PhotoRow::Text::Caption), credit, house.line(credit));
        if (!text.isEmpty())
            result.append(text);
    }
    return result;
}

int SelectionTransfer::contradictions(const QStringList &paths) const
{
    int count = 0;
    for (const QString &path : paths) {
        const int row = m_photos ? m_photos->rowOf(path) : -1;
        if (row < 0)
            continue;
        const PhotoRow &photo = m_photos->row(row);
        if (AttributedCaption::otherCredit(photo.text(PhotoRow::Text::Caption), photo.text(PhotoRow::Text::Credit)))
            ++count;
    }
    return count;
}

QVariant SelectionTransfer::records(const QStringList &paths) const
{
    QList<PhotoRecord> records;
    for (const QString &path : paths) {
        if (const int row = m_photos ? m_photos->rowOf(path) : -1; row >= 0)
            records.append(m_photos->row(row).toRecord());
    }
    return QVariant::fromValue(records);
}

QString SelectionTransfer::attributedText(const QStringList &paths) const
{
    return paragraphs(paths).join(QStringLiteral("\n\n"));
}

int SelectionTransfer::copyToClipboard(const QStringList &paths) const
{
    // Emptied when there is nothing to copy: a paste must never give the caption of the photo copied
    // before (a wrong credit, printed).
    const QStringList texts = paragraphs(paths);
    QGuiApplication::clipboard()->setText(texts.join(QStringLiteral("\n\n")));
    return int(texts.size());
}

QString SelectionTransfer::uriList(const QStringList &paths) const
{
    QString list;
    for (const QString &path : paths)
        list += QString::fromLatin1(NativePath::fileUri(path)) + QStringLiteral("\r\n"); // bytes kept, UTF-8 or not
    return list;
}

QVariantMap SelectionTransfer::dragData(const QStringList &paths) const
{
    if (paths.isEmpty())
        return {};
    return {{QStringLiteral("text/uri-list"), uriList(paths)}, {QStringLiteral("text/plain"), attributedText(paths)}};
}

QMimeData *SelectionTransfer::mimeData(const QStringList &paths) const
{
    auto *data = new QMimeData;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromEncoded(NativePath::fileUri(path), QUrl::StrictMode));
    data->setUrls(urls);
    data->setText(attributedText(paths));
    return data;
}
