#pragma once

#include <QByteArray>

#include <future>

/**
 * A file's BackupStore digest worked out on a second thread while the write goes on: hashing the
 * original and the new bytes of a 12 MP JPEG is a third of a write's time on one core, and nothing
 * else of the write waits for it until the backup entry records it (docs/performance.md, "Writing
 * metadata"). The bytes are shared, never copied; they must not be changed while the digest runs.
 */
class BackgroundDigest
{
public:
    explicit BackgroundDigest(const QByteArray &bytes);

    /** The digest, waiting for it if it is not ready; the same on every call. */
    [[nodiscard]] QByteArray get();

private:
    std::shared_future<QByteArray> m_digest;
};
