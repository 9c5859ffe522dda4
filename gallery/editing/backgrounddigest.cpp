#include "backgrounddigest.h"

#include "backupstore.h"

BackgroundDigest::BackgroundDigest(const QByteArray &bytes)
    // The lambda holds its own reference to the shared bytes, so they outlive a caller that returns early.
    : m_digest(std::async(std::launch::async, [bytes] { return BackupStore::digestOf(bytes); }).share())
{}

QByteArray BackgroundDigest::get()
{
    return m_digest.get();
}
