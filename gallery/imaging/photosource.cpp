#include "photosource.h"

#include "metadata/nativepath.h"

thread_local QByteArray PhotoSource::t_buffer;
thread_local bool PhotoSource::t_bufferInUse = false;

PhotoSource::~PhotoSource()
{
    m_buffer.close();
    if (m_bytes == &t_buffer) {
        if (t_buffer.capacity() > s_keptBufferBytes)
            t_buffer = QByteArray();
        t_bufferInUse = false;
    }
}

QString PhotoSource::open()
{
    const QString error = NativePath::openForReading(m_file, m_path);
    return error.isEmpty() ? QString() : QStringLiteral("cannot open the file: %1").arg(error);
}

QString PhotoSource::load()
{
    const qint64 size = m_file.size();
    if (m_bytes || size > s_maxInMemoryBytes)
        return {};
    // Each pool thread reuses its buffer: a fresh 3 MB allocation is a fresh mmap (see
    // AppSupport::limitHeapGrowth), and faulting its pages in again cost about 3 % of a thumbnail.
    // A second PhotoSource on the same thread (none today) gets a buffer of its own.
    m_bytes = t_bufferInUse ? &m_ownBytes : &t_buffer;
    t_bufferInUse = true;
    m_bytes->resize(qsizetype(size));
    const qint64 read = m_file.seek(0) ? m_file.read(m_bytes->data(), size) : -1;
    if (read < 0)
        return QStringLiteral("cannot read the file: %1").arg(m_file.errorString());
    m_bytes->resize(qsizetype(read)); // shorter when the file shrank meanwhile; the decoder reports it
    m_file.close();
    m_buffer.setBuffer(m_bytes);
    m_buffer.open(QIODevice::ReadOnly);
    return {};
}

QIODevice *PhotoSource::rewound()
{
    QIODevice *device = m_bytes ? static_cast<QIODevice *>(&m_buffer) : &m_file;
    device->seek(0);
    return device;
}

const ImageFormat &PhotoSource::format()
{
    if (!m_format)
        m_format = ImageFormat::identify(readAt(0, ImageFormat::s_sniffSize), m_path);
    return *m_format;
}

QByteArray PhotoSource::readAt(qint64 offset, qint64 length)
{
    if (m_bytes)
        return offset >= 0 && offset < m_bytes->size() ? m_bytes->mid(offset, length) : QByteArray();
    return m_file.seek(offset) ? m_file.read(length) : QByteArray();
}
