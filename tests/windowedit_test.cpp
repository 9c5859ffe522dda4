#include <catch2/catch.hpp>

#include "support/galleryfolder.h"
#include "support/photofixture.h"
#include "support/rawfixture.h"
#include "support/waituntil.h"
#include "support/windowsession.h"

#include "editing/metadatatemplate.h"
#include "editing/templatestore.h"
#include "metadata/metadatareader.h"
#include "models/creditfacetmodel.h"
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
    // A desk's broken template is named, with why, not silently left out.
    PhotoFixture::writeAll(templates.filePath(QStringLiteral("broken.json")), "{ \"name\": \"Broken\", ");

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
    clickWhenEnabled(window, "editApplyTemplate");
    CHECK(item(window, QStringLiteral("editTick_caption"))->property("checked").toBool());
    CHECK(editor->templateNames() == QStringList{QStringLiteral("Embargo")});
    QQuickItem *message = visibleItem(window, "editTemplateMessage");
    REQUIRE(waitUntil([&] { return !message->property("text").toString().isEmpty(); }, 5000));
    const QString said = message->property("text").toString();
    CHECK(said.contains(QStringLiteral("broken.json cannot be used: not valid JSON")));
    CHECK_FALSE(said.contains(templates.path())); // the file name is enough; the path pushed the reason away
    // The message pushes the form down; it never draws over the Template row.
    QQuickItem *chooser = item(window, QStringLiteral("editTemplates"));
    CHECK(waitUntil(
        [&] {
            return message->mapToScene({0, 0}).y() >= chooser->mapToScene({0, chooser->height()}).y();
        },
        2000));
    QQuickItem *hint = item(window, QStringLiteral("editHint"));
    CHECK(waitUntil(
        [&] {
            return hint->mapToScene({0, 0}).y() >= message->mapToScene({0, message->height()}).y();
        },
        2000));
    CHECK(item(window, QStringLiteral("editTick_instructions"))->property("checked").toBool());
    // The keyboard alone: Ctrl+Enter previews from the form (Enter there is a new caption line), Enter writes.
    QTest::keyClick(window, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return editor->isPrepared(); }, 10000));
    CHECK(editor->preview()->fileCount() == 2);
    QTest::keyClick(window, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return !editor->busy() && editor->result().contains(QStringLiteral("written")); }, 15000));
    INFO(editor->failures().join(u'\n').toStdString());
    CHECK(MetadataReader::read(first).caption == QStringLiteral("Liftoff. MANDATORY CREDIT: NASA"));
    CHECK(MetadataReader::read(second).caption == QStringLiteral("Separation. MANDATORY CREDIT: Energia"));
    CHECK(filter->rowOfPath(first) >= 0);

    // One photo: the form says the template appends to its caption, as it does for several (new-user finding).
    QTest::keyClick(window, Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return !session.find<QObject>("editDialog")->property("visible").toBool(); }, 3000));
    click(window, tileInView(window, *filter, QStringLiteral("a.jpg")));
    REQUIRE(session.photos()->selection()->count() == 1);
    QTest::keyClick(window, Qt::Key_I, Qt::ControlModifier);
    QQuickItem *captionMode = item(window, QStringLiteral("editMode_caption"));
    REQUIRE(captionMode);
    CHECK_FALSE(captionMode->isVisible());
    clickWhenEnabled(window, "editApplyTemplate");
    CHECK(waitUntil([&] { return captionMode->isVisible(); }, 2000));
    CHECK(captionMode->property("currentIndex").toInt() == 1);
    WindowSession::checkNoWarnings();
}

TEST_CASE("window: Sweep credits writes inferred and corrected credits, the selection or every photo shown",
          "[window][edit][sweep]")
{
    GalleryFolder folder;
    const QString rollout = folder.add({QStringLiteral("a.jpg"), QStringLiteral("Rollout"), QStringLiteral("Energia"),
                                        FixturePhoto::CreditIn::Caption});
    const QString copra =
        folder.add({QStringLiteral("b.jpg"), QStringLiteral("Docking."), QStringLiteral("NASA/Tim Copra")});
    const QString kopra =
        folder.add({QStringLiteral("c.jpg"), QStringLiteral("Hatch open."), QStringLiteral("NASA/Tim Kopra")});
    folder.add({QStringLiteral("d.jpg"), QStringLiteral("Crew portrait."), QString(), FixturePhoto::CreditIn::Nowhere});
    const QByteArray kopraBytes = PhotoFixture::readAll(kopra);
    QTemporaryDir backups;
    WindowSession session;
    QQuickWindow *window = session.open(folder.path());
    session.waitForScan();
    auto *editor = session.find<EditSession>("editSession");
    editor->setBackupFolder(backups.path());
    QAbstractItemModelTester tester(editor->preview(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    PhotoFilterModel *filter = session.filter();
    // The desk's alias, as the credit list's Group does it (the menus are tested in test_windowcontrols).
    session.find<CreditFacetModel>("facets")->groupUnder(QStringLiteral("nasa/tim copra"),
                                                         QStringLiteral("nasa/tim kopra"));
    REQUIRE(waitUntil([&] { return creditShown(*filter, copra) == QStringLiteral("NASA/Tim Kopra"); }, 10000));
    session.waitForScan();

    // One photo selected: the sweep is that photo's.
    click(window, tileInView(window, *filter, QStringLiteral("a.jpg")));
    REQUIRE(session.photos()->selection()->count() == 1);
    clickWhenEnabled(window, "sweepCreditsButton");
    REQUIRE(waitUntil([&] { return editor->isPrepared(); }, 10000));
    CHECK(editor->preview()->fileCount() == 1);
    CHECK(editor->sweepSummary().startsWith(QStringLiteral("From captions: 1 · corrected by an alias: 0")));
    click(window, visibleItem(window, "editClose"));

    // Nothing selected: every photo shown.
    session.photos()->selection()->clear();
    clickWhenEnabled(window, "sweepCreditsButton");
    REQUIRE(waitUntil([&] { return editor->isPrepared(); }, 10000));
    CHECK(editor->sweepSummary() ==
          QStringLiteral("From captions: 1 · corrected by an alias: 1 · already right: 1 · without a credit: 1"));
    CHECK(item(window, QStringLiteral("sweepSummary"))->property("text").toString() == editor->sweepSummary());
    REQUIRE(editor->preview()->fileCount() == 2);
    REQUIRE(editor->preview()->rowCount() == 2);
    QStringList changes;
    for (int row = 0; row < 2; ++row) {
        const QModelIndex change = editor->preview()->index(row, 0);
        changes.append(change.data(EditPreviewModel::FileNameRole).toString() + u' ' +
                       change.data(EditPreviewModel::FieldRole).toString() + u' ' +
                       change.data(EditPreviewModel::BeforeRole).toString() + u'>' +
                       change.data(EditPreviewModel::AfterRole).toString());
    }
    changes.sort();
    CHECK(changes == QStringList{QStringLiteral("a.jpg Credit (none; inferred from the caption: Energia)>Energia"),
                                 QStringLiteral("b.jpg Credit NASA/Tim Copra>NASA/Tim Kopra")});
    CHECK(MetadataReader::read(rollout).creditSource == CreditSource::Caption); // nothing written yet

    clickWhenEnabled(window, "editWriteButton");
    REQUIRE(waitUntil([&] { return !editor->busy() && editor->result().contains(QStringLiteral("written")); }, 15000));
    INFO(editor->failures().join(u'\n').toStdString());
    CHECK(editor->failures().isEmpty());
    const PhotoRecord swept = MetadataReader::read(rollout);
    CHECK(swept.credit == QStringLiteral("Energia"));
    CHECK(swept.creditSource == CreditSource::Embedded);
    CHECK(swept.caption == QStringLiteral("Rollout. Credit: Energia")); // the caption keeps its line
    CHECK(MetadataReader::read(copra).credit == QStringLiteral("NASA/Tim Kopra"));
    CHECK(PhotoFixture::readAll(kopra) == kopraBytes);
    REQUIRE(waitUntil(
        [&] {
            const int row = filter->rowOfPath(rollout);
            return row >= 0 &&
                   filter->index(row, 0).data(PhotoModel::CreditSourceRole).toString() == QStringLiteral("embedded");
        },
        10000));
    CHECK(editor->undoText().startsWith(QStringLiteral("Credit sweep of 2 photo")));
    click(window, visibleItem(window, "editClose"));

    // Ctrl+Z sets both back: the credit is inferred from the caption again, the alias's spelling the file's.
    REQUIRE(waitUntil([&] { return editor->canUndo(); }, 5000));
    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return !editor->canUndo() && !editor->busy(); }, 15000));
    CHECK(MetadataReader::read(rollout).creditSource == CreditSource::Caption);
    CHECK(MetadataReader::read(copra).credit == QStringLiteral("NASA/Tim Copra"));
    WindowSession::checkNoWarnings();
}

TEST_CASE("window: Ctrl+Z after a sweep into a RAW's sidecar removes the sidecar the sweep made",
          "[window][edit][sweep][undo]")
{
    // New-user finding: the undo set the credit back but left the sidecar, which Byline had made.
    GalleryFolder folder;
    RawFixture::Spec spec;
    spec.preview = QImage(160, 120, QImage::Format_RGB32);
    spec.preview.fill(Qt::darkGreen);
    spec.caption = QStringLiteral("Rollout to the pad. Credit: Energia");
    const QString raw = RawFixture::tiffRaw(folder.filePath(QStringLiteral("DSC_0001.NEF")), spec);
    const QByteArray rawBytes = PhotoFixture::readAll(raw);
    const QString sidecar = folder.filePath(QStringLiteral("DSC_0001.xmp"));
    REQUIRE(MetadataReader::read(raw).creditSource == CreditSource::Caption);
    QTemporaryDir backups;
    WindowSession session;
    QQuickWindow *window = session.open(folder.path());
    session.waitForScan();
    auto *editor = session.find<EditSession>("editSession");
    editor->setBackupFolder(backups.path());

    editor->prepareSweep({raw});
    REQUIRE(waitUntil([&] { return editor->isPrepared(); }, 10000));
    REQUIRE(editor->preview()->fileCount() == 1);
    editor->write();
    REQUIRE(waitUntil([&] { return !editor->busy() && editor->result().contains(QStringLiteral("written")); }, 15000));
    INFO(editor->failureText().toStdString());
    REQUIRE(QFile::exists(sidecar));
    REQUIRE(MetadataReader::read(raw).creditSource == CreditSource::Embedded);

    REQUIRE(waitUntil([&] { return editor->canUndo(); }, 5000));
    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return !editor->canUndo() && !editor->busy(); }, 15000));
    CHECK(editor->result().startsWith(QStringLiteral("Undone: 1 photo")));
    CHECK(editor->failureText().contains(QStringLiteral("removed the sidecar")));
    CHECK_FALSE(QFile::exists(sidecar));
    CHECK(PhotoFixture::readAll(raw) == rawBytes);
    CHECK(MetadataReader::read(raw).creditSource == CreditSource::Caption);
    WindowSession::checkNoWarnings();
}

TEST_CASE("window: Revert to original asks first for many photos, then puts every byte back", "[window][edit][revert]")
{
    GalleryFolder folder;
    const QString first = folder.add({QStringLiteral("a.jpg"), QStringLiteral("Liftoff."), QStringLiteral("NASA")});
    const QString second =
        folder.add({QStringLiteral("b.jpg"), QStringLiteral("Separation."), QStringLiteral("Energia")});
    const QByteArray firstBytes = PhotoFixture::readAll(first);
    const QByteArray secondBytes = PhotoFixture::readAll(second);
    QTemporaryDir backups;

    WindowSession session;
    QQuickWindow *window = session.open(folder.path());
    session.waitForScan();
    auto *editor = session.find<EditSession>("editSession");
    editor->setBackupFolder(backups.path());
    PhotoFilterModel *filter = session.filter();
    editor->prepare({first, second}, {QVariantMap{{QStringLiteral("field"), QStringLiteral("credit")},
                                                  {QStringLiteral("mode"), QStringLiteral("replace")},
                                                  {QStringLiteral("value"), QStringLiteral("Roscosmos")}}});
    REQUIRE(waitUntil([&] { return editor->isPrepared(); }, 10000));
    editor->write();
    REQUIRE(waitUntil([&] { return !editor->busy() && editor->result().contains(QStringLiteral("written")); }, 15000));
    REQUIRE(PhotoFixture::readAll(first) != firstBytes);

    click(window, tileInView(window, *filter, QStringLiteral("a.jpg")));
    QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
    REQUIRE(session.photos()->selection()->count() == 2);
    click(window, visibleItem(window, "detailRevert"));
    // Nothing is reverted until the user says so.
    auto *confirm = session.find<QObject>("revertConfirm");
    REQUIRE(waitUntil([&] { return confirm->property("opened").toBool(); }, 5000));
    CHECK(PhotoFixture::readAll(first) != firstBytes);
    clickWhenEnabled(window, "revertConfirmButton");
    REQUIRE(waitUntil([&] { return PhotoFixture::readAll(second) == secondBytes; }, 15000));
    CHECK(PhotoFixture::readAll(first) == firstBytes);
    WindowSession::checkNoWarnings();
}
