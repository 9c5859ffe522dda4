#pragma once

/**
 * The decoders' threads yield the processor to the window: on two cores, a desk rating photos back to back
 * starts a detail-pane decode and thumbnails with every key, and at the same scheduling weight those
 * decoders keep the GUI thread from drawing the key's frame (docs/performance.md, "Culling"). Idle cores
 * still run them at full speed; only under contention does the window go first.
 */
namespace WorkerPriority {

/** Lowers the calling thread's scheduling weight (Linux: nice +5 for this thread alone; Qt's thread
 *  priorities change nothing under SCHED_OTHER). Once per thread; later calls do nothing. */
void yieldToWindow();

} // namespace WorkerPriority
