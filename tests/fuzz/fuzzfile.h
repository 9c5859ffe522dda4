#pragma once

#include <QByteArray>
#include <QString>

#include <sys/mman.h>
#include <unistd.h>

/**
 * The fuzzer's input as a file, for code that reads paths (MetadataReader, Thumbnailer): an in-memory
 * file (memfd) named through /proc/self/fd, so no input ever touches the disk and nothing is left over.
 */
class FuzzFile
{
public:
    FuzzFile(const uint8_t *data, size_t size) : m_fd(memfd_create("byline-fuzz", MFD_CLOEXEC))
    {
        if (m_fd < 0)
            return;
        size_t done = 0;
        while (done < size) {
            const ssize_t n = ::write(m_fd, data + done, size - done);
            if (n <= 0)
                break;
            done += size_t(n);
        }
    }
    ~FuzzFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FuzzFile(const FuzzFile &) = delete;
    FuzzFile &operator=(const FuzzFile &) = delete;

    [[nodiscard]] bool isValid() const { return m_fd >= 0; }
    [[nodiscard]] QString path() const { return QStringLiteral("/proc/self/fd/%1").arg(m_fd); }

private:
    int m_fd;
};
