#pragma once

#include "catalog/cataloglistener.h"
#include "credits/housestyle.h"

#include <QAbstractListModel>
#include <QThreadPool>
#include <QtQml/qqmlregistration.h>

#include <functional>

class Catalog;

/**
 * The desk's credit book for the window (docs/metadata.md, "Credit book and credit line style"): its
 * entries as rows for the Credit book dialog, the credit line style the desk chose, and the HouseStyle
 * they make, which Ctrl+C, the detail pane, the facet list and the Export dialog use. The book lives in
 * the catalog, shared with byline-cli: it is read and written on a thread of its own, changes show at
 * once and are written in the order made; a write that fails says so in `status` and the book is read
 * again, so the rows show what the catalog holds, or when it cannot be read either, what was last
 * stored: never an entry that is not. It is read again each time the application becomes active, so a
 * change byline-cli made meanwhile shows in the flags and the credit lines.
 */
class CreditBookModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(LoadingState state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    Q_PROPERTY(Style style READ style WRITE setStyle NOTIFY styleChanged)
    Q_PROPERTY(QString customPattern READ customPattern WRITE setCustomPattern NOTIFY styleChanged)
    Q_PROPERTY(QString patternError READ patternError NOTIFY styleChanged)
    Q_PROPERTY(QVariant houseStyle READ houseStyleValue NOTIFY houseStyleChanged)

public:
    enum class LoadingState
    {
        Idle,
        Loading,
        Ready,
        Error
    };
    Q_ENUM(LoadingState)

    /** CreditLineStyle::Kind, for QML and the settings. */
    enum class Style
    {
        AsWritten,
        OrganisationPerson,
        PersonOrganisation,
        PhotoPersonOrganisation,
        Custom
    };
    Q_ENUM(Style)

    enum Role
    {
        CreditRole = Qt::UserRole + 1, // the credit as the desk accepted it
        HouseLineRole,                 // its house line, or ""
        KeyRole,                       // the grouping key it is found by
        LineRole,                      // the credit line printed for it with the current style
        WarningRole,                   // why its house line may be a mistake (a name it leaves out), or ""
    };
    Q_ENUM(Role)

    explicit CreditBookModel(QObject *parent = nullptr);
    ~CreditBookModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return int(m_book.size()); }
    [[nodiscard]] LoadingState state() const { return m_state; }
    /** What the last change, import or export did, or why it failed; "" before any. */
    [[nodiscard]] QString status() const { return m_status; }
    [[nodiscard]] Style style() const { return m_style; }
    void setStyle(Style style);
    [[nodiscard]] QString customPattern() const { return m_customPattern; }
    void setCustomPattern(const QString &pattern);
    /** Why the custom pattern is not valid (the style then prints as written); "" when it is. */
    [[nodiscard]] QString patternError() const;

    [[nodiscard]] const CreditBook &book() const { return m_book; }
    [[nodiscard]] CreditLineStyle lineStyle() const;
    [[nodiscard]] HouseStyle houseStyle() const { return HouseStyle(lineStyle(), m_book); }
    [[nodiscard]] QVariant houseStyleValue() const { return QVariant::fromValue(houseStyle()); }

    /** The catalog database (default: Catalog::defaultLocation()); set before the first turn of the event loop. */
    void setCatalogPath(const QString &path) { m_catalogPath = path; }

    /** Reads the book from the catalog again (another window or byline-cli may have changed it). */
    Q_INVOKABLE void reload();
    /** Adds @p credit (or changes its entry); "" when done, else why not (nothing changes). */
    Q_INVOKABLE QString add(const QString &credit, const QString &houseLine = {});
    /** Gives @p credit's entry @p houseLine ("" for none); "" when done, else why not. */
    Q_INVOKABLE QString setHouseLine(const QString &credit, const QString &houseLine);
    /** Why @p houseLine for @p credit may be a mistake: the names of the credit it leaves out, said as a
     *  sentence; "" when it names them all. A house line that does is still kept: a desk may shorten. */
    Q_INVOKABLE [[nodiscard]] QString houseLineWarning(const QString &credit, const QString &houseLine) const;
    /** Takes @p credit out of the book; false when it was not in it. */
    Q_INVOKABLE bool remove(const QString &credit);
    Q_INVOKABLE [[nodiscard]] bool contains(const QString &credit) const { return m_book.contains(credit); }
    /** The credit line printed for @p credit with the book and the current style (the dialog's example). */
    Q_INVOKABLE [[nodiscard]] QString lineFor(const QString &credit) const { return houseStyle().line(credit); }
    /** Reads the book file @p path on the model's thread and adds its credits (or makes the book exactly
     *  it, @p replace): all or nothing. imported() gives the file's problems, one a line; none when it was
     *  imported (`status` says so). */
    Q_INVOKABLE void importFile(const QString &path, bool replace);
    /** Writes the book to @p path as a book file, on the model's thread; exported() says how it went. */
    Q_INVOKABLE void exportFile(const QString &path);
    /** Writes the book as a new file in @p folder, "credit-book.txt" or, when that is taken,
     *  "credit-book (2).txt" and so on: never over another file. exported() says how it went. */
    Q_INVOKABLE void exportToFolder(const QString &folder);

signals:
    void countChanged();
    void stateChanged();
    void statusChanged();
    void styleChanged();
    /** The entries changed: what is in the book, or an entry's house line. */
    void bookChanged();
    /** The book or the style changed: every credit line may print otherwise. */
    void houseStyleChanged();
    /** An importFile() is done: the file's problems, or none when its credits are in the book. */
    void imported(const QStringList &problems);
    /** An exportFile() is done: why it failed, or "". */
    void exported(const QString &error);

private:
    /** What a write does to the catalog, and the same change to the book as last stored. */
    struct Change
    {
        std::function<bool(Catalog &)> write;
        std::function<void(CreditBook &)> apply;
    };

    void applyLoaded(const CreditBook &book, const QString &error);
    /** Shows @p book, when it is not what the rows show already. */
    void show(const CreditBook &book);
    void applyImport(const QList<CreditBookEntry> &entries, bool replace);
    void put(const CreditBookEntry &entry);
    [[nodiscard]] int rowOf(const QString &credit) const;
    void setStatus(const QString &status);
    void setState(LoadingState state);
    void entriesChanged();
    void onApplicationStateChanged(Qt::ApplicationState state);
    /** Runs @p change on the catalog on the book's thread; a failure is shown and the book read again. */
    void write(const QString &what, const Change &change);
    void writeFailed(const QString &error);

    CreditBook m_book;
    // The book as the catalog held it when last read, with the writes it confirmed since: what the rows
    // fall back to when a write fails and the catalog cannot be read to say what it holds.
    CreditBook m_stored;
    QString m_unsaved; // why the last write failed, until the book is read again
    Style m_style = Style::AsWritten;
    QString m_customPattern;
    LoadingState m_state = LoadingState::Idle;
    QString m_status;
    QString m_catalogPath;
    quint64 m_loads = 0;    // the latest read; an older one's answer is dropped
    quint64 m_changes = 0;  // changes made; a read started before one must not undo it
    QThreadPool m_pool;     // one thread: writes reach the catalog in the order they were made
    CatalogListener m_desk; // a desk catalog: another editor's change to the book
};
