#include "creditbookmodel.h"

#include "catalog/catalog.h"
#include "catalog/creditbookfile.h"
#include "credits/droppednames.h"
#include "editing/safefilewriter.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QTimer>

namespace {

CreditLineStyle::Kind kindOf(CreditBookModel::Style style)
{
    return static_cast<CreditLineStyle::Kind>(style);
}

} // namespace

CreditBookModel::CreditBookModel(QObject *parent) : QAbstractListModel(parent)
{
    m_pool.setMaxThreadCount(1);
    // Read once the creator has set the catalog path (tests) and QML its properties.
    QTimer::singleShot(0, this, &CreditBookModel::reload);
    // The desk switches to a terminal, runs byline-cli book add, and comes back: read the book again
    // then, so the flags and the credit lines are never the book as it was before.
    if (qGuiApp)
        connect(qGuiApp, &QGuiApplication::applicationStateChanged, this, &CreditBookModel::onApplicationStateChanged);
    // On a desk catalog, another editor's change is read at once (docs/desk.md).
    connect(&m_desk, &CatalogListener::changed, this, [this](const QString &kind) {
        if (kind.isEmpty() || kind == QLatin1String("book"))
            reload();
    });
}

CreditBookModel::~CreditBookModel()
{
    m_pool.waitForDone(); // the last writes reach the catalog; their answers are dropped with this object
}

int CreditBookModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_book.size());
}

QVariant CreditBookModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CreditBookEntry &entry = m_book.entries().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case CreditRole:
        return entry.credit;
    case HouseLineRole:
        return entry.houseLine;
    case KeyRole:
        return CreditBook::key(entry.credit);
    case LineRole:
        return lineFor(entry.credit);
    case WarningRole:
        return houseLineWarning(entry.credit, entry.houseLine);
    default:
        return {};
    }
}

QHash<int, QByteArray> CreditBookModel::roleNames() const
{
    return {{CreditRole, "credit"},
            {HouseLineRole, "houseLine"},
            {KeyRole, "key"},
            {LineRole, "line"},
            {WarningRole, "warning"}};
}

void CreditBookModel::setStyle(Style style)
{
    if (style == m_style)
        return;
    m_style = style;
    emit styleChanged();
    entriesChanged();
}

void CreditBookModel::setCustomPattern(const QString &pattern)
{
    if (pattern == m_customPattern)
        return;
    m_customPattern = pattern;
    emit styleChanged();
    if (m_style == Style::Custom)
        entriesChanged();
}

QString CreditBookModel::patternError() const
{
    return m_style == Style::Custom ? lineStyle().error() : QString();
}

CreditLineStyle CreditBookModel::lineStyle() const
{
    return CreditLineStyle(kindOf(m_style), m_customPattern);
}

void CreditBookModel::reload()
{
    const quint64 load = ++m_loads;
    const quint64 changes = m_changes;
    setState(LoadingState::Loading);
    m_desk.watch(m_catalogPath.isEmpty() ? CatalogLocation::configured() : m_catalogPath);
    const QString path = m_catalogPath.isEmpty() ? Catalog::defaultLocation() : m_catalogPath;
    m_pool.start([this, load, changes, path] {
        Catalog catalog(path);
        const CreditBook book = catalog.creditBook();
        const QString error = catalog.isOpen() ? QString() : catalog.errorString();
        QMetaObject::invokeMethod(
            this,
            [this, load, changes, book, error] {
                if (load != m_loads)
                    return; // a later read is on its way
                if (changes != m_changes)
                    reload(); // a change was made meanwhile: read again, after its write (one thread)
                else
                    applyLoaded(book, error);
            },
            Qt::QueuedConnection);
    });
}

void CreditBookModel::onApplicationStateChanged(Qt::ApplicationState state)
{
    if (state == Qt::ApplicationActive)
        reload(); // swapped in only when it changed (applyLoaded)
}

void CreditBookModel::applyLoaded(const CreditBook &book, const QString &error)
{
    if (error.isEmpty()) {
        m_stored = book;
        m_unsaved.clear();
        show(book);
        setState(LoadingState::Ready);
        return;
    }
    // Nothing says what the catalog holds now: show what it held when last read, with the writes it took
    // since, never a change that failed to reach it.
    show(m_stored);
    setStatus(
        m_unsaved.isEmpty()
            ? tr("Cannot read the credit book: %1").arg(error)
            : tr("The credit book was not saved, and cannot be read: %1; it shows what was saved before").arg(error));
    setState(LoadingState::Error);
}

void CreditBookModel::show(const CreditBook &book)
{
    if (book == m_book)
        return;
    const bool countChanges = book.size() != m_book.size();
    beginResetModel();
    m_book = book;
    endResetModel();
    if (countChanges)
        emit countChanged();
    emit bookChanged();
    emit houseStyleChanged();
}

QString CreditBookModel::add(const QString &credit, const QString &houseLine)
{
    const CreditBookEntry entry{credit, houseLine};
    if (const QString problem = CreditBook::entryProblem(entry); !problem.isEmpty())
        return problem;
    const bool known = m_book.contains(credit);
    put(entry);
    QString what = known ? tr("'%1' is in the credit book (updated)").arg(credit.trimmed())
                         : tr("'%1' is in the credit book").arg(credit.trimmed());
    if (const QString warning = houseLineWarning(credit, houseLine); !warning.isEmpty())
        what = tr("%1. %2").arg(what, warning);
    write(what, {[entry](Catalog &catalog) { return catalog.setBookEntry(entry); },
                 [entry](CreditBook &book) { book.insert(entry); }});
    return {};
}

QString CreditBookModel::houseLineWarning(const QString &credit, const QString &houseLine) const
{
    const QStringList dropped = DroppedNames::of(credit, houseLine);
    if (dropped.isEmpty())
        return {};
    const QString names = QLocale().createSeparatedList(dropped);
    return dropped.size() == 1
               ? tr("The house line leaves out %1: lines printed for this credit will not name it.").arg(names)
               : tr("The house line leaves out %1: lines printed for this credit will not name them.").arg(names);
}

QString CreditBookModel::setHouseLine(const QString &credit, const QString &houseLine)
{
    const CreditBookEntry *entry = m_book.find(credit);
    if (!entry)
        return tr("'%1' is not in the credit book").arg(credit);
    return add(entry->credit, houseLine);
}

bool CreditBookModel::remove(const QString &credit)
{
    const int row = rowOf(credit);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_book.remove(credit);
    endRemoveRows();
    emit countChanged();
    emit bookChanged();
    emit houseStyleChanged();
    write(tr("'%1' is no longer in the credit book").arg(credit.trimmed()),
          {[credit](Catalog &catalog) { return catalog.removeBookEntry(credit); },
           [credit](CreditBook &book) { book.remove(credit); }});
    return true;
}

// An entry in its sorted place: a changed house line in place, a new spelling moved to where it sorts,
// found by binary search (CreditBook::placeOf): a desk's book of thousands is never sorted again here.
void CreditBookModel::put(const CreditBookEntry &entry)
{
    const int old = rowOf(entry.credit);
    if (old >= 0 && m_book.entries().at(old).credit == entry.credit.trimmed()) {
        m_book.insert(entry);
        emit dataChanged(index(old), index(old));
    } else {
        if (old >= 0) {
            beginRemoveRows({}, old, old);
            m_book.remove(entry.credit);
            endRemoveRows();
        }
        const int row = int(m_book.placeOf(entry.credit));
        beginInsertRows({}, row, row);
        m_book.insert(entry);
        endInsertRows();
        if (old < 0)
            emit countChanged();
    }
    emit bookChanged();
    emit houseStyleChanged();
}

int CreditBookModel::rowOf(const QString &credit) const
{
    const CreditBookEntry *entry = m_book.find(credit);
    return entry ? int(entry - m_book.entries().constData()) : -1;
}

// Files are read and written on the model's thread, never the GUI's: a desk's book may be megabytes on
// a network share.
void CreditBookModel::importFile(const QString &path, bool replace)
{
    m_pool.start([this, path, replace] {
        const CreditBookFile::Load load = CreditBookFile::load(path);
        QMetaObject::invokeMethod(
            this,
            [this, load, replace] {
                if (!load.error.isEmpty()) {
                    setStatus(load.error);
                    emit imported({load.error});
                } else if (!load.problems.isEmpty()) {
                    setStatus(tr("Nothing imported: %n bad line(s)", "", int(load.problems.size())));
                    emit imported(load.problems);
                } else {
                    applyImport(load.entries, replace);
                    emit imported({});
                }
            },
            Qt::QueuedConnection);
    });
}

void CreditBookModel::applyImport(const QList<CreditBookEntry> &imported, bool replace)
{
    CreditBook next = replace ? CreditBook(imported) : m_book;
    const CreditBookMerge merge = replace ? CreditBookMerge() : next.merge(imported);
    show(next);
    const int count = int(imported.size());
    const QString what =
        replace ? tr("%n credit(s) imported; the book is now the file", "", count)
                : tr("%n credit(s) imported: %1 new, %2, %3", "", count)
                      .arg(merge.added)
                      .arg(tr("%n house line(s) changed", "", int(merge.houseLinesChanged)),
                           tr("%n house line(s) kept (the file gives none)", "", int(merge.houseLinesKept)));
    write(what, {[imported, replace](Catalog &catalog) { return catalog.storeBook(imported, replace).has_value(); },
                 [imported, replace](CreditBook &book) {
                     if (replace)
                         book = CreditBook(imported);
                     else
                         book.merge(imported);
                 }});
}

void CreditBookModel::exportFile(const QString &path)
{
    m_pool.start([this, path, book = m_book] {
        const QString error = CreditBookFile::save(path, book);
        QMetaObject::invokeMethod(
            this,
            [this, path, error, count = int(book.size())] {
                setStatus(error.isEmpty() ? tr("%n credit(s) written to %1", "", count).arg(path) : error);
                emit exported(error);
            },
            Qt::QueuedConnection);
    });
}

void CreditBookModel::exportToFolder(const QString &folder)
{
    m_pool.start([this, folder, book = m_book] {
        const QByteArray bytes = CreditBookFile::format(book);
        QString path, error;
        for (int n = 1; n <= 999; ++n) {
            path =
                folder + (n == 1 ? QStringLiteral("/credit-book.txt") : QStringLiteral("/credit-book (%1).txt").arg(n));
            if (QFileInfo::exists(path))
                continue;
            error = SafeFileWriter::create(path, bytes);
            if (error.isEmpty() || !QFileInfo::exists(path))
                break; // written, or failed for a reason another name would not help
        }
        QMetaObject::invokeMethod(
            this,
            [this, path, error, count = int(book.size())] {
                setStatus(error.isEmpty() ? tr("%n credit(s) written to %1", "", count).arg(path)
                                          : tr("cannot write %1: %2").arg(path, error));
                emit exported(error);
            },
            Qt::QueuedConnection);
    });
}

void CreditBookModel::write(const QString &what, const Change &change)
{
    ++m_changes; // a read already on its way predates this change
    setStatus(what);
    const QString path = m_catalogPath.isEmpty() ? Catalog::defaultLocation() : m_catalogPath;
    m_pool.start([this, path, write = change.write, apply = change.apply] {
        Catalog catalog(path);
        const bool written = catalog.isOpen() && write(catalog);
        const QString error = written            ? QString()
                              : catalog.isOpen() ? tr("cannot write the catalog")
                                                 : catalog.errorString();
        // Answers come back in the order the writes were made (one thread, queued calls).
        QMetaObject::invokeMethod(
            this,
            [this, error, apply] {
                if (error.isEmpty())
                    apply(m_stored);
                else
                    writeFailed(error);
            },
            Qt::QueuedConnection);
    });
}

void CreditBookModel::writeFailed(const QString &error)
{
    m_unsaved = error;
    setStatus(tr("The credit book was not saved: %1").arg(error));
    reload(); // show what the catalog holds, not what failed to reach it
}

void CreditBookModel::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged();
}

void CreditBookModel::setState(LoadingState state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged();
}

void CreditBookModel::entriesChanged()
{
    if (!m_book.isEmpty())
        emit dataChanged(index(0), index(count() - 1), {LineRole});
    emit houseStyleChanged();
}
