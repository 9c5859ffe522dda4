#pragma once

#include <QString>

/**
 * The ids of Byline's image providers: image://thumb/<version>/<percent-encoded path>[?placeholder]
 * and image://photo/<version>/<percent-encoded path>, built and read here only.
 *
 * The version is the file's change stamp and size as the scan last saw them. It changes
 * whenever the file does, so a QML Image showing the file asks again, and Qt's pixmap cache, keyed by
 * URL, never hands out the picture of what the file used to hold (issue 16: a file replaced or renamed
 * over another kept the old picture under the new name). The providers ignore it and check the file
 * itself; an id without one (a bare percent-encoded path) is read the same way.
 */
namespace ImageId {

struct Request
{
    QString path;
    bool placeholder = false; // the instant picture a tile shows first (ThumbnailProvider)
};

/** "image://<provider>/<version>-<size>/<path>"; @p version is anything that changes with the file. */
[[nodiscard]] QString url(QStringView provider, const QString &path, quint64 version, qint64 size);
/** What a provider was asked for, from the id Qt hands it (the URL after "image://<provider>/"). */
[[nodiscard]] Request parse(QStringView id);

inline constexpr QStringView s_placeholderSuffix = u"?placeholder";

} // namespace ImageId
