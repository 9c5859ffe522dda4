#include "exportrequest.h"

#include "exportplan.h"
#include "filenametemplate.h"
#include "namereservations.h"

#include "credits/wirerestrictions.h"
#include "metadata/nativepath.h"

#include <QDir>
#include <QFileInfo>
#include <QJSValue>
#include <QSet>

#include <algorithm>

ExportRequest::ExportRequest(QObject *parent) : QObject(parent)
{
    // The dialog starts from the desk's usual export: originals with a caption sheet.
    m_options.originals = true;
    m_options.nameTemplate = FileNameTemplate::s_default;
}

void ExportRequest::setRecords(const QVariant &records)
{
    // From QML the list arrives as a JS array of wrapped records (QML turns sequences into arrays);
    // from C++ as the QList itself.
    m_records.clear();
    if (records.metaType() == QMetaType::fromType<QList<PhotoRecord>>()) {
        m_records = records.value<QList<PhotoRecord>>();
    } else {
        const QVariantList list = records.metaType() == QMetaType::fromType<QJSValue>()
                                      ? records.value<QJSValue>().toVariant().toList()
                                      : records.toList();
        for (const QVariant &record : list) {
            if (record.metaType() == QMetaType::fromType<PhotoRecord>())
                m_records.append(record.value<PhotoRecord>());
        }
    }
    updateRestricted();
    updateOffenders();
    updatePreview();
}

// The credit gate's offenders, then (when the book is required) the photos whose credit is not in the
// book and not already listed: a photo without a credit is listed once.
void ExportRequest::updateOffenders()
{
    m_offenders = CreditGate::offenders(m_records);
    if (m_requireBookCredit) {
        for (const CreditGate::Offender &offender : CreditGate::bookOffenders(m_records, m_options.houseStyle.book())) {
            if (offender.reason == CreditGate::Offender::Reason::NotInBook)
                m_offenders.append(offender);
        }
    }
    emit recordsChanged();
}

void ExportRequest::setHouseStyle(const QVariant &houseStyle)
{
    m_options.houseStyle = houseStyle.value<HouseStyle>();
    emit houseStyleChanged();
    if (m_requireBookCredit)
        updateOffenders();
    updatePreview(); // `ready` follows the offenders
}

void ExportRequest::setRequireBookCredit(bool require)
{
    if (require == m_requireBookCredit)
        return;
    m_requireBookCredit = require;
    emit optionsChanged();
    updateOffenders();
    updatePreview();
}

int ExportRequest::notInBookCount() const
{
    return int(std::count_if(m_offenders.cbegin(), m_offenders.cend(), [](const CreditGate::Offender &o) {
        return o.reason == CreditGate::Offender::Reason::NotInBook;
    }));
}

template<typename T>
void ExportRequest::update(T &member, const T &value)
{
    if (member == value)
        return;
    member = value;
    emit optionsChanged();
    updatePreview();
}

void ExportRequest::setDestination(const QString &destination)
{
    update(m_options.destination, destination);
}
void ExportRequest::setOriginals(bool originals)
{
    update(m_options.originals, originals);
}
void ExportRequest::setResized(bool resized)
{
    update(m_options.resized, resized);
}
void ExportRequest::setLongEdge(int longEdge)
{
    update(m_options.longEdge, longEdge);
}
void ExportRequest::setQuality(int quality)
{
    update(m_options.quality, quality);
}
void ExportRequest::setSheet(bool sheet)
{
    update(m_options.sheet, sheet);
}
void ExportRequest::setTitle(const QString &title)
{
    update(m_options.title, title);
}
void ExportRequest::setIntro(const QString &intro)
{
    update(m_options.intro, intro);
}
void ExportRequest::setNameTemplate(const QString &nameTemplate)
{
    update(m_options.nameTemplate, nameTemplate);
}

QString ExportRequest::templateError() const
{
    return FileNameTemplate(m_options.nameTemplate).error();
}

int ExportRequest::noCreditCount() const
{
    return int(std::count_if(m_offenders.cbegin(), m_offenders.cend(), [](const CreditGate::Offender &o) {
        return o.reason == CreditGate::Offender::Reason::NoCredit;
    }));
}

int ExportRequest::inferredCount() const
{
    return int(m_offenders.size()) - noCreditCount() - notInBookCount();
}

QStringList ExportRequest::offenderPaths() const
{
    QStringList paths;
    for (const CreditGate::Offender &offender : m_offenders)
        paths.append(offender.path);
    return paths;
}

QStringList ExportRequest::offenderLines() const
{
    QStringList lines;
    for (const CreditGate::Offender &offender : m_offenders) {
        const QString name = NativePath::display(QFileInfo(offender.path).fileName());
        switch (offender.reason) {
        case CreditGate::Offender::Reason::NoCredit:
            lines.append(tr("%1: no credit").arg(name));
            break;
        case CreditGate::Offender::Reason::InferredOnly:
            lines.append(tr("%1: credit only inferred from the caption (%2)").arg(name, offender.credit));
            break;
        case CreditGate::Offender::Reason::NotInBook:
            lines.append(tr("%1: credit not in the credit book (%2)").arg(name, offender.credit));
            break;
        }
    }
    return lines;
}

// Each photo's instructions are matched once, when the photos are handed over: the dialog reads both
// lists in several bindings.
void ExportRequest::updateRestricted()
{
    // The instructions in full say until when and on what terms; a very long one is cut, not wrapped on.
    constexpr qsizetype s_longest = 160;
    m_restrictedPaths.clear();
    m_restrictedLines.clear();
    for (const PhotoRecord &record : std::as_const(m_records)) {
        const auto provenance = record.provenanceOf(MetadataField::Instructions);
        const QString other = provenance && provenance->conflict ? provenance->otherValue : QString();
        const WireRestrictions found = WireRestrictions::of(record.instructions, other);
        if (!found.any())
            continue;
        // Both stores' words when they disagree: the desk confirms what each says.
        QString instructions =
            (other.isEmpty() ? record.instructions : record.instructions + QStringLiteral(" / ") + other).simplified();
        if (instructions.size() > s_longest)
            instructions = instructions.left(s_longest - 1) + QChar(0x2026);
        m_restrictedPaths.append(record.path);
        m_restrictedLines.append(tr("%1: %2 (%3)")
                                     .arg(NativePath::display(QFileInfo(record.path).fileName()),
                                          found.summaryAgainst(record.credit), instructions));
    }
}

bool ExportRequest::isReady() const
{
    // Requiring the book refuses the export while a photo's credit is not in it (or it has none); the
    // plain gate only warns, as it always has.
    const bool bookGate =
        !m_requireBookCredit || CreditGate::bookOffenders(m_records, m_options.houseStyle.book()).isEmpty();
    return !m_records.isEmpty() && !m_options.destination.isEmpty() && (m_options.originals || m_options.resized) &&
           templateError().isEmpty() && bookGate;
}

// The names ExportPlan will choose, so the preview shows the " (2)" a name taken in the destination
// gets; without a destination yet, the template's names as they are.
void ExportRequest::updatePreview()
{
    QStringList names;
    const QList<PhotoRecord> first = m_records.first(std::min<qsizetype>(m_records.size(), s_previewCount));
    const FileNameTemplate nameTemplate(m_options.nameTemplate);
    if (nameTemplate.isValid() && (m_options.originals || m_options.resized)) {
        if (m_options.destination.isEmpty() || !QFileInfo(m_options.destination).isDir()) {
            // No folder to look in yet: the names only collide with each other ("caf_.jpg" twice, from two
            // Latin-1 names), and take " (2)" as ExportPlan will give them.
            QSet<QString> taken;
            int number = 0;
            for (const PhotoRecord &record : first) {
                const QString extension = m_options.originals ? QFileInfo(record.path).suffix() : QStringLiteral("jpg");
                const QString wanted = nameTemplate.render(record, ++number, extension);
                QString name = wanted;
                for (int n = 2; taken.contains(name.toLower()); ++n)
                    name = NameReservations::numbered(wanted, n);
                taken.insert(name.toLower());
                names.append(name);
            }
        } else {
            const QDir destination(m_options.destination);
            const ExportPlan plan = ExportPlan::make(first, m_options);
            for (const ExportPlan::Item &item : plan.items()) {
                for (const QString &target : {item.originalTarget, item.resizedTarget}) {
                    if (!target.isEmpty())
                        names.append(destination.relativeFilePath(target));
                }
            }
        }
    }
    // Emitted even when the names stay: `ready` shares the signal and may have changed.
    m_namePreview = names;
    emit previewChanged();
}
