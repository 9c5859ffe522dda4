#include "exiftool.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <catch2/catch.hpp>

namespace {

const QString s_exiftool = QStringLiteral("/usr/bin/exiftool");

} // namespace

namespace ExifTool {

bool available()
{
    return QFile::exists(s_exiftool);
}

void write(const QString &path, const QStringList &arguments)
{
    QProcess process;
    process.start(s_exiftool, QStringList{QStringLiteral("-q"), QStringLiteral("-overwrite_original")} + arguments +
                                  QStringList{path});
    REQUIRE(process.waitForFinished(30000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
}

QJsonObject read(const QString &path)
{
    QProcess process;
    process.start(s_exiftool, {QStringLiteral("-json"), QStringLiteral("-a"), QStringLiteral("-G1"), path});
    REQUIRE(process.waitForFinished(30000));
    const QJsonArray tags = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    REQUIRE(tags.size() == 1);
    return tags.first().toObject();
}

} // namespace ExifTool
