#include "cullbench.h"

#include "folderhistory.h"
#include "models/photomodel.h"
#include "windowengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QKeyEvent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace {

// Spins the event loop until @p done, or @p timeoutMs passed; whether it is done.
template<typename Done>
bool spinUntil(Done done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    return done();
}

QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems()) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

// Presses and releases @p key on the window, as a keyboard would; returns once both are handled.
void press(QQuickWindow *window, int key, const QString &text)
{
    QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(window, &down);
    QKeyEvent up(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(window, &up);
}

double percentile(QList<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(fraction * double(values.size()))));
}

} // namespace

int benchCull(const QString &folder, int count, int intervalMs)
{
    QTextStream out(stdout);
    // A settings folder and a catalog of the bench's own: the desk's window and catalog are left alone.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    qputenv("XDG_CACHE_HOME", settings.path().toUtf8());
    FolderHistory history;
    WindowEngine engine;
    QQuickWindow *window = engine.openWindow(folder, &history);
    if (!window)
        return 1;
    window->resize(1400, 900);
    auto *photos = window->findChild<PhotoModel *>(QStringLiteral("photos"));
    QQuickItem *grid = findItem(window->contentItem(), QStringLiteral("photoGrid"));
    if (!photos || !grid ||
        !spinUntil([&] { return photos->state() == PhotoModel::LoadingState::Ready && window->isExposed(); }, 600000)) {
        QTextStream(stderr) << "the window did not open " << folder << "\n";
        return 1;
    }
    const int take = qMin(count, photos->rowCount() - 1);
    if (take < 1) {
        QTextStream(stderr) << "cull needs a folder of at least two photos\n";
        return 2;
    }
    grid->setProperty("advanceAfterMark", true);
    QMetaObject::invokeMethod(grid, "choose", Q_ARG(int, 0), Q_ARG(int, 0));
    grid->forceActiveFocus();
    spinUntil([] { return false; }, 500); // thumbnails of the first screen settle

    bool swapped = false;
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&swapped] { swapped = true; });
    QList<double> latencies;
    for (int i = 0; i < take; ++i) {
        if (intervalMs > 0) // the desk looks at the photo before the next key; the window works meanwhile
            spinUntil([] { return false; }, intervalMs);
        const int key = Qt::Key_1 + i % 5; // a take gets every rating
        swapped = false;
        QElapsedTimer timer;
        timer.start();
        press(window, key, QString(QChar(u'1' + i % 5)));
        if (!spinUntil([&] { return swapped; }, 5000)) {
            QTextStream(stderr) << "no frame was drawn after key " << i << "\n";
            return 1;
        }
        latencies.append(double(timer.nsecsElapsed()) / 1e6);
    }
    out << "cull: " << take << " photos of " << photos->rowCount() << " rated and advanced, one key each"
        << (intervalMs > 0 ? QStringLiteral(", %1 ms apart\n").arg(intervalMs) : QStringLiteral(", back to back\n"))
        << "  key to repaint: median " << QString::number(percentile(latencies, 0.5), 'f', 2) << " ms, p99 "
        << QString::number(percentile(latencies, 0.99), 'f', 2) << " ms, worst "
        << QString::number(percentile(latencies, 1.0), 'f', 2) << " ms\n"
        << "  pending marks: " << photos->pendingMarkCount() << "\n";
    return 0;
}
