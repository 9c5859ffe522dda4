#pragma once

#include <atomic>
#include <memory>
#include <mutex>

/**
 * How a QQuickImageResponse run on a pool thread emits finished() while Qt Quick may delete it.
 *
 * Qt 6.4's image reader, right after connecting to a new response, checks whether it has already
 * finished and, if so, deletes it from the reader's thread. That check can see the flag that the
 * emission sets first, while the pool thread is still inside the emission: the response is freed under
 * it (a use-after-free that ASan caught once in CI, at a resize that cancels many requests at once).
 * A response emits through deliver() and keeps a FinishedSignal as a member: its destructor, which runs in
 * the response's destructor, waits for an emission in progress to return.
 */
class FinishedSignal
{
public:
    FinishedSignal() = default;
    FinishedSignal(const FinishedSignal &) = delete;
    FinishedSignal &operator=(const FinishedSignal &) = delete;
    ~FinishedSignal() { const std::lock_guard wait(m_state->emitting); }

    /** Calls @p emitSignal, then marks the response done; touches nothing of the response after. */
    template<typename Emit>
    void deliver(Emit emitSignal)
    {
        const std::shared_ptr<State> state = m_state; // outlives a response deleted as the emission returns
        {
            const std::lock_guard emitting(state->emitting);
            emitSignal();
        }
        state->done.store(true);
    }

    /** Set once finished() has returned: from then on a poller may delete the response. */
    [[nodiscard]] bool isDone() const { return m_state->done.load(); }

private:
    struct State
    {
        // Recursive: a receiver connected directly that deletes the response does so on the emitting thread.
        std::recursive_mutex emitting;
        std::atomic<bool> done{false};
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
};
