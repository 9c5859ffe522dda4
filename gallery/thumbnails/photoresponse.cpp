#include "photoresponse.h"

#include "errortile.h"
#include "imaging/photodecoder.h"
#include "imaging/photosource.h"
#include "metadata/imageformat.h"
#include "metadata/nativepath.h"
#include "photoloadprogress.h"
#include "previewworkers.h"
#include "workerpriority.h"

#include <QBuffer>
#include <QFile>

#include <exception>
#include <new>

PhotoResponse::PhotoResponse(QString path, QSize box, std::shared_ptr<PreviewWorkers> previews)
    : m_path(std::move(path)), m_box(box), m_previews(std::move(previews))
{
    setAutoDelete(false); // the QML engine owns the response
}

QQuickTextureFactory *PhotoResponse::textureFactory() const
{
    return QQuickTextureFactory::textureFactoryForImage(m_image);
}

void PhotoResponse::run()
{
    WorkerPriority::yieldToWindow();
    DecodedPhoto made{{}, QStringLiteral("cancelled"), false, {}};
    // finished() must be emitted on every path, or the Image waits for ever: a failed allocation in a
    // decoder, or anything else thrown, is this photo's error.
    try {
        if (!m_cancelled)
            made = decoded();
    } catch (const std::bad_alloc &) {
        made = {{}, QStringLiteral("not enough memory to decode this photo"), false, {}};
    } catch (const std::exception &error) {
        made = {{}, QStringLiteral("cannot decode the photo: %1").arg(QString::fromLocal8Bit(error.what())), false, {}};
    }
    m_problem = made.error;
    m_image = made.image.isNull() ? ErrorTile::make(qMin(m_box.width(), m_box.height())) : made.image;
    // The engine may delete the response once it has finished(), and a poller once it is done.
    m_finished.deliver([this] { emit finished(); });
}

// Reads the file in chunks, reporting each, then decodes from memory: the read is the part that can be
// slow (a network share, a 100 MP panorama on a card) and the only one whose progress can be told.
DecodedPhoto PhotoResponse::decoded()
{
    QFile file;
    if (const QString error = NativePath::openForReading(file, m_path); !error.isEmpty())
        return {{}, QStringLiteral("cannot open the file: %1").arg(error), false, {}};
    const qint64 size = file.size();
    const ImageFormat format = ImageFormat::identify(file.peek(ImageFormat::s_sniffSize), m_path);
    if (format.isCameraRaw() || format.kind() == ImageFormat::Kind::Psd) {
        // A RAW file's embedded preview, a Photoshop file's composite read row by row (else its thumbnail
        // resource): never the whole file. Previews are looked up in the helper processes.
        PreviewLookup lookup;
        if (m_previews)
            lookup = [previews = m_previews](const QString &path, int minEdge) {
                return previews->lookup(path, minEdge);
            };
        PhotoSource source(m_path);
        if (const QString error = source.open(); !error.isEmpty())
            return {{}, error, false, {}};
        return PhotoDecoder::fitted(source, m_box, &m_cancelled, lookup);
    }
    if (size > s_largestReadWhole)
        return PhotoDecoder::fitted(m_path, m_box);
    QByteArray data;
    data.reserve(qMax<qint64>(0, size));
    PhotoLoadProgress *progress = PhotoLoadProgress::instance();
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(s_chunkBytes);
        if (chunk.isEmpty())
            break; // a read error: decode what there is, as QImageReader would from the file
        data.append(chunk);
        if (m_cancelled)
            return {{}, QStringLiteral("cancelled"), false, {}};
        if (size > s_chunkBytes)
            progress->report(m_path, double(data.size()) / double(size));
    }
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    return PhotoDecoder::fitted(&buffer, m_box);
}
