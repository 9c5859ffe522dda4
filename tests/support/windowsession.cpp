#include "windowsession.h"

#include "waituntil.h"

#include <QCoreApplication>
#include <QQmlIncubationController>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>

#if defined(__SANITIZE_ADDRESS__)
// LeakSanitizer is off for the window test binaries: Qt 6.4's software scene graph keeps the textures of
// a window destroyed inside a running application (QSGTexture, QPixmap::fromImage and their QImages),
// and they are reported at exit although no Byline code owns them. The byline executable's own start-up
// test (test_appstartup) and every other test still check for leaks.
extern "C" int __lsan_is_turned_off()
{
    return 1;
}
#endif

namespace {

QStringList g_warnings;

// Qt 6.4's GridView, reset by the proxy's relayout when a filter shrinks the rows, cancels a delegate
// it was still creating in its cache buffer by the old index, which the delegate model has already
// dropped with the reset; it warns and returns, and nothing is left behind. Only that message, whole
// up to the numbers, is let through: any other warning still fails the test.
bool isCancelOfDroppedDelegate(const QString &message)
{
    static const QRegularExpression pattern(QStringLiteral("^DelegateModel::cancel: index out range \\d+ \\d+$"));
    return pattern.match(message).hasMatch();
}

// Qt's PostgreSQL driver watches its connection's socket; when a desk catalog's server goes away, libpq
// closes that socket before the driver can be told, and the event loop warns once about the notifier.
// Only the desk tests stop a server.
bool isLostDeskConnection(const QString &message)
{
    static const QRegularExpression pattern(
        QStringLiteral("^QSocketNotifier: Invalid socket \\d+ and type 'Read', disabling\\.\\.\\.$"));
    return pattern.match(message).hasMatch();
}

void collectWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg && !isCancelOfDroppedDelegate(message) &&
        !isLostDeskConnection(message))
        g_warnings.append(message);
}

// Window geometry, recent folders and export settings of this test only, under the names byline uses.
void useSettingsIn(const QString &folder)
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
    QCoreApplication::setOrganizationName(QStringLiteral("Byline"));
    QCoreApplication::setApplicationName(QStringLiteral("byline-test"));
}

} // namespace

QQuickItem *findItem(QQuickItem *root, const QString &objectName)
{
    if (root->objectName() == objectName)
        return root;
    const QList<QQuickItem *> children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, objectName))
            return found;
    }
    return nullptr;
}

QQuickItem *item(QQuickWindow *window, const QString &objectName)
{
    return findItem(window->contentItem(), objectName);
}

void click(QQuickWindow *window, QQuickItem *target, Qt::KeyboardModifiers modifiers)
{
    REQUIRE(target);
    const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, modifiers, centre.toPoint());
}

void typeText(QQuickWindow *window, const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(window, c.toLatin1());
}

QQuickItem *visibleItem(QQuickWindow *window, const QString &objectName)
{
    QQuickItem *found = nullptr;
    REQUIRE(waitUntil([&] { return (found = item(window, objectName)) && found->isVisible(); }, 5000));
    return found;
}

QQuickItem *tileInView(QQuickWindow *window, const PhotoFilterModel &filter, const QString &fileName)
{
    int row = 0;
    while (row < filter.rowCount() && filter.index(row, 0).data(PhotoModel::FileNameRole).toString() != fileName)
        ++row;
    REQUIRE(row < filter.rowCount());
    QQuickItem *grid = item(window, QStringLiteral("photoGrid"));
    REQUIRE(grid);
    QMetaObject::invokeMethod(grid, "positionViewAtIndex", Q_ARG(int, row), Q_ARG(int, 2 /* GridView.Contain */));
    QQuickItem *tile = nullptr;
    REQUIRE(waitUntil(
        [&] {
            tile = item(window, QStringLiteral("tile:") + fileName);
            if (!tile)
                return false;
            const QRectF inWindow = tile->mapRectToScene(QRectF(0, 0, tile->width(), tile->height()));
            return grid->mapRectToScene(QRectF(0, 0, grid->width(), grid->height())).contains(inWindow);
        },
        3000));
    return tile;
}

QStringList shownPaths(const PhotoFilterModel &filter)
{
    QStringList paths;
    for (int row = 0; row < filter.rowCount(); ++row)
        paths.append(filter.pathAt(row));
    return paths;
}

WindowSession::WindowSession()
{
    REQUIRE(m_settings.isValid());
    useSettingsIn(m_settings.path());
    g_warnings.clear();
    m_previous = qInstallMessageHandler(collectWarnings);
    REQUIRE(WindowEngine::installTranslator(m_translator, QLocale()));
    m_history = std::make_unique<FolderHistory>(); // reads the settings just chosen
    m_engine = std::make_unique<WindowEngine>();
}

WindowSession::~WindowSession()
{
    closeWindow();
    QCoreApplication::removeTranslator(&m_translator);
    qInstallMessageHandler(m_previous);
}

QQuickWindow *WindowSession::open(const QString &folder, const QString &photo)
{
    m_window = m_engine->openWindow(folder, m_history.get(), photo);
    REQUIRE(m_window);
    REQUIRE(QTest::qWaitForWindowExposed(m_window));
    return m_window;
}

void WindowSession::waitForScan() const
{
    PhotoModel *model = photos();
    REQUIRE(waitUntil([model] { return model->state() == PhotoModel::LoadingState::Ready; }, 30000));
}

void WindowSession::closeWindow()
{
    // A view still creating a delegate asynchronously when the engine goes warns ("There are still
    // \"1\" items in the process of being created at engine destruction"; seen once on a loaded CI
    // machine after a few hundred tiles): the shown window finishes them first.
    if (QQmlIncubationController *incubation = m_engine ? m_engine->incubationController() : nullptr;
        incubation && m_window)
        waitUntil([incubation] { return incubation->incubatingObjectCount() == 0; }, 5000);
    if (m_window)
        m_window->close();
    m_window = nullptr;
    m_engine.reset();
}

void WindowSession::checkNoWarnings()
{
    INFO(g_warnings.join(QLatin1Char('\n')).toStdString());
    CHECK(g_warnings.isEmpty());
}
