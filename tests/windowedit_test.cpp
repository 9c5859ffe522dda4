#include <catch2/catch.hpp>

#include "support/galleryfolder.h"
#include "support/waituntil.h"
#include "support/windowsession.h"

#include "editing/metadatatemplate.h"
#include "editing/templatestore.h"
#include "metadata/metadatareader.h"
#include "models/editsession.h"
#include "models/photodetails.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(GalleryPlugin)
Q_IMPORT_QML_PLUGIN(BylinePlugin)

// Issue 19: captions and credits are fixed in the window: Ctrl+I edits the selected photos, the preview
// lists every change before anything is written, the grid and the detail pane follow the written files,
// Ctrl+Z sets them back, and a template fills the form.

namespace {

QString creditShown(const PhotoFilterModel &filter, const QString &path)
{
    const int row = filter.rowOfPath(path);
    return row < 0 ? QString() : filter.index(row, 0).data(PhotoModel::CreditRole).toString();
}

QQuickItem *visibleItem(QQuickWindow *window, const char *name)
{
    QQuickItem *found = nullptr;
    REQUIRE(waitUntil([&] { return (found = item(window, QLatin1String(name))) && found->isVisible(); }, 5000));
    return found;
}

void clickWhenEnabled(QQuickWindow *window, const char *name)
{
    QQuickItem *button = visibleItem(window, name);
    REQUIRE(waitUntil([&] { return button->isEnabled(); }, 10000));
    click(window, button);
}

} // namespace

TEST_CASE("window: Ctrl+I edits a credit, the preview lists it, the grid and detail pane follow, Ctrl+Z undoes",
          "[window][edit]")
{
    GalleryFolder folder;
    const QString first =
        folder.add({QStringLiteral("a.jpg"), QStringLiteral("Liftoff."), QStringLiteral("NASA/Tim Copra")});
    const QString second =
        folder.add({QStringLiteral("b.jpg"), QStringLiteral("Stage separation."), QStringLiteral("Energia")});
    QTemporaryDir backups;
    WindowSession session;
    QQuickWindow *window = session.open(folder.path());
    session.waitForScan();
    auto *editor = session.find<EditSession>("editSession");
    editor->setBackupFolder(backups.path());
    QAbstractItemModelTester tester(editor->preview(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    PhotoFilterModel *filter = session.filter();
    auto *details = session.find<PhotoDetails>("details");

    click(window, tileInView(window, *filter, QStringLiteral("a.jpg")));
    QTest::keyClick(window, Qt::Key_I, Qt::ControlModifier);
    QQuickItem *credit = visibleItem(window, "editLine_credit");
    // One photo: the form shows what it holds.
    REQUIRE(waitUntil([&] { return credit->property("text").toString() == QStringLiteral("NASA/Tim Copra"); }, 5000));
    credit->forceActiveFocus();
    QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
    typeText(window, QStringLiteral("NASA/Tim Kopra"));
    CHECK(item(window, QStringLiteral("editTick_credit"))->property("checked").toBool());
    CHECK_FALSE(item(window, QStringLiteral("editTick_caption"))->property("checked").toBool());

    clickWhenEnabled(window, "editPreviewButton");
    REQUIRE(waitUntil([&] { return editor->isPrepared(); }, 10000));
    REQUIRE(editor->preview()->rowCount() == 1);
    const QModelIndex change = editor->preview()->index(0, 0);
    CHECK(change.data(EditPreviewModel::FieldRole).toString() == QStringLiteral("Credit"));
    CHECK(change.data(EditPreviewModel::BeforeRole).toString() == QStringLiteral("NASA/Tim Copra"));
    CHECK(change.data(EditPreviewModel::AfterRole).toString() == QStringLiteral("NASA/Tim Kopra"));
    CHECK(MetadataReader::read(first).credit == QStringLiteral("NASA/Tim Copra")); // nothing written yet

    clickWhenEnabled(window, "editWriteButton");
    REQUIRE(waitUntil([&] { return !editor->busy() && editor->result().contains(QStringLiteral("written")); }, 15000));
    CHECK(editor->failures().isEmpty());
    CHECK(MetadataReader::read(first).credit == QStringLiteral("NASA/Tim Kopra"));
    REQUIRE(waitUntil([&] { return creditShown(*filter, first) == QStringLiteral("NASA/Tim Kopra"); }, 10000));
    REQUIRE(waitUntil([&] { return details->credit() == QStringLiteral("NASA/Tim Kopra"); }, 10000));
    CHECK(creditShown(*filter, second) == QStringLiteral("Energia"));
    click(window, visibleItem(window, "editClose"));

    // Ctrl+Z sets the credit back, through the same checks.
    REQUIRE(waitUntil([&] { return editor->canUndo(); }, 5000));
    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return !editor->canUndo() && !editor->busy(); }, 15000));
    CHECK(MetadataReader::read(first).credit == QStringLiteral("NASA/Tim Copra"));
    REQUIRE(waitUntil([&] { return creditShown(*filter, first) == QStringLiteral("NASA/Tim Copra"); }, 10000));
    WindowSession::checkNoWarnings();
}

TEST_CASE("window: a template fills the form for several photos, with its variables per photo", "[window][edit]")
{
    GalleryFolder folder;
    const QString first = folder.add({QStringLiteral("a.jpg"), QStringLiteral("Liftoff."), QStringLiteral("NASA")});
    const QString second =
        folder.add({QStringLiteral("b.jpg"), QStringLiteral("Separation."), QStringLiteral("Energia")});
    QTemporaryDir backups, templates;
    MetadataTemplate embargo;
    embargo.name = QStringLiteral("Embargo");
    embargo.fields = {{EditField::Caption, FieldEdit::Mode::Append, {QStringLiteral("MANDATORY CREDIT: {credit}")}},
                      {EditField::Instructions, FieldEdit::Mode::Replace, {QStringLiteral("Embargoed until launch")}}};
    REQUIRE(TemplateStore(templates.path()).save(embargo).isEmpty());

    WindowSession session;
    QQuickWindow *window = session.open(folder.path());
    session.waitForScan();
    auto *editor = session.find<EditSession>("editSession");
    editor->setBackupFolder(backups.path());
    editor->setTemplateFolder(templates.path());
    PhotoFilterModel *filter = session.filter();

    click(window, tileInView(window, *filter, QStringLiteral("a.jpg")));
    QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
    REQUIRE(session.photos()->selection()->count() == 2);
    QTest::keyClick(window, Qt::Key_I, Qt::ControlModifier);
    click(window, visibleItem(window, "editApplyTemplate"));
    CHECK(item(window, QStringLiteral("editTick_caption"))->property("checked").toBool());
    CHECK(item(window, QStringLiteral("editTick_instructions"))->property("checked").toBool());
    clickWhenEnabled(window, "editPreviewButton");
    REQUIRE(waitUntil([&] { return editor->isPrepared(); }, 10000));
    CHECK(editor->preview()->fileCount() == 2);
    clickWhenEnabled(window, "editWriteButton");
    REQUIRE(waitUntil([&] { return !editor->busy() && editor->result().contains(QStringLiteral("written")); }, 15000));
    INFO(editor->failures().join(u'\n').toStdString());
    CHECK(MetadataReader::read(first).caption == QStringLiteral("Liftoff. MANDATORY CREDIT: NASA"));
    CHECK(MetadataReader::read(second).caption == QStringLiteral("Separation. MANDATORY CREDIT: Energia"));
    CHECK(filter->rowOfPath(first) >= 0);
    WindowSession::checkNoWarnings();
}
