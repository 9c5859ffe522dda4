#include "workerpriority.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace {

// Enough for the GUI thread to win a shared core about three times in four, not so much that the decoders
// starve behind another program's work.
constexpr int s_niceIncrement = 5;

} // namespace

namespace WorkerPriority {

void yieldToWindow()
{
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
#ifdef Q_OS_LINUX
    // On Linux a nice value belongs to the thread (PRIO_PROCESS with a thread id). A failure leaves the
    // thread as it was, which is only slower to yield: nothing to report.
    const id_t thread = id_t(gettid());
    const int current = getpriority(PRIO_PROCESS, thread);
    (void)setpriority(PRIO_PROCESS, thread, qMin(19, current + s_niceIncrement));
#endif
}

} // namespace WorkerPriority
