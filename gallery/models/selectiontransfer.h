#pragma once

#include "creditbookmodel.h"
#include "photomodel.h"

#include <QAbstractItemModel>
#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QMimeData;

/**
 * What leaves the window with the selected photos: their attributed captions as text for the clipboard
 * ("caption. Credit: X", one paragraph each) and their file URLs for a drag to a file manager or an
 * editor. `photos` supplies captions and credits, `view` (a proxy of it) the order the user sees, and
 * `book` the desk's house style for the credit lines (without it, Byline's "Credit: X").
 */
class SelectionTransfer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(PhotoModel *photos READ photos WRITE setPhotos NOTIFY photosChanged)
    Q_PROPERTY(QAbstractItemModel *view READ view WRITE setView NOTIFY viewChanged)
    Q_PROPERTY(CreditBookModel *book READ book WRITE setBook NOTIFY bookChanged)

public:
    explicit SelectionTransfer(QObject *parent = nullptr);

    [[nodiscard]] PhotoModel *photos() const { return m_photos; }
    void setPhotos(PhotoModel *photos);
    [[nodiscard]] QAbstractItemModel *view() const { return m_view; }
    void setView(QAbstractItemModel *view);
    [[nodiscard]] CreditBookModel *book() const { return m_book; }
    void setBook(CreditBookModel *book);

    /** The selected photos the view shows, in its order; else @p fallback (the current photo) when the
     *  view shows it. What you see is what you copy or drag: selected photos a filter hides stay out. */
    Q_INVOKABLE [[nodiscard]] QStringList shownSelection(const QString &fallback = {}) const;
    /** The selected photos the view shows, in its order, or every photo it shows when none is: what a
     *  folder-wide command (the credit sweep) acts on. */
    Q_INVOKABLE [[nodiscard]] QStringList shownSelectionOrAll() const;
    /** The attributed captions of @p paths, one paragraph each; photos without caption or credit are
     *  skipped (an empty paragraph helps nobody). */
    Q_INVOKABLE [[nodiscard]] QString attributedText(const QStringList &paths) const;
    /** Puts attributedText() on the clipboard as plain text, emptying it when that is empty; returns how
     *  many photos it holds. */
    Q_INVOKABLE int copyToClipboard(const QStringList &paths) const;
    /** How many of @p paths have a caption whose own credit line names another credit than the photo's
     *  (both are printed, the author's words kept): the notice after a copy asks to check them. */
    Q_INVOKABLE [[nodiscard]] int contradictions(const QStringList &paths) const;
    /** The full records of @p paths as a QList<PhotoRecord>, for the Export dialog's ExportRequest
     *  (export takes records, not models); paths not in the model are left out. */
    Q_INVOKABLE [[nodiscard]] QVariant records(const QStringList &paths) const;
    /** For QML's Drag.mimeData: "text/uri-list" (file URLs, RFC 2483 CRLF lines) and "text/plain". */
    Q_INVOKABLE [[nodiscard]] QVariantMap dragData(const QStringList &paths) const;
    /** The same as a QMimeData (owned by the caller), for a QDrag or the clipboard. */
    [[nodiscard]] QMimeData *mimeData(const QStringList &paths) const;

signals:
    void photosChanged();
    void viewChanged();
    void bookChanged();

private:
    [[nodiscard]] QStringList paragraphs(const QStringList &paths) const;
    [[nodiscard]] QString uriList(const QStringList &paths) const;

    QPointer<PhotoModel> m_photos;
    QPointer<QAbstractItemModel> m_view;
    QPointer<CreditBookModel> m_book;
};
