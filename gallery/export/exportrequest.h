#pragma once

#include "creditgate.h"
#include "exportoptions.h"

#include "metadata/photorecord.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariant>

/**
 * What the window's Export dialog is about to export: the photos (records, handed over by
 * SelectionTransfer::records()) and the options the user fills in, with what the dialog shows before
 * anything is written: the first file names as ExportPlan would choose them, and the credit gate's
 * offenders. With `requireBookCredit`, photos whose credit is not in the desk's credit book (from
 * `houseStyle`, a HouseStyle the window's CreditBookModel gives) are offenders too, and the export is not
 * ready until they are deselected. The sheet prints credit lines in that house style. Exporter::startRequest()
 * runs it.
 */
class ExportRequest : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QVariant records READ records WRITE setRecords NOTIFY recordsChanged)
    Q_PROPERTY(int count READ count NOTIFY recordsChanged)
    Q_PROPERTY(QString destination READ destination WRITE setDestination NOTIFY optionsChanged)
    Q_PROPERTY(bool originals READ originals WRITE setOriginals NOTIFY optionsChanged)
    Q_PROPERTY(bool resized READ resized WRITE setResized NOTIFY optionsChanged)
    Q_PROPERTY(int longEdge READ longEdge WRITE setLongEdge NOTIFY optionsChanged)
    Q_PROPERTY(int quality READ quality WRITE setQuality NOTIFY optionsChanged)
    Q_PROPERTY(bool sheet READ sheet WRITE setSheet NOTIFY optionsChanged)
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY optionsChanged)
    Q_PROPERTY(QString intro READ intro WRITE setIntro NOTIFY optionsChanged)
    Q_PROPERTY(QString nameTemplate READ nameTemplate WRITE setNameTemplate NOTIFY optionsChanged)
    Q_PROPERTY(QString templateError READ templateError NOTIFY optionsChanged)
    Q_PROPERTY(QStringList namePreview READ namePreview NOTIFY previewChanged)
    Q_PROPERTY(int noCreditCount READ noCreditCount NOTIFY recordsChanged)
    Q_PROPERTY(int inferredCount READ inferredCount NOTIFY recordsChanged)
    Q_PROPERTY(QStringList offenderPaths READ offenderPaths NOTIFY recordsChanged)
    Q_PROPERTY(QStringList offenderLines READ offenderLines NOTIFY recordsChanged)
    Q_PROPERTY(QVariant houseStyle READ houseStyleValue WRITE setHouseStyle NOTIFY houseStyleChanged)
    Q_PROPERTY(bool requireBookCredit READ requireBookCredit WRITE setRequireBookCredit NOTIFY optionsChanged)
    Q_PROPERTY(int notInBookCount READ notInBookCount NOTIFY recordsChanged)
    Q_PROPERTY(QStringList restrictedPaths READ restrictedPaths NOTIFY recordsChanged)
    Q_PROPERTY(QStringList restrictedLines READ restrictedLines NOTIFY recordsChanged)
    Q_PROPERTY(bool ready READ isReady NOTIFY previewChanged)

public:
    /** Enough names to show the pattern; planning them all would read every sidecar on each keystroke. */
    static constexpr int s_previewCount = 4;

    explicit ExportRequest(QObject *parent = nullptr);

    [[nodiscard]] QVariant records() const { return QVariant::fromValue(m_records); }
    void setRecords(const QVariant &records);
    [[nodiscard]] const QList<PhotoRecord> &recordList() const { return m_records; }
    [[nodiscard]] int count() const { return int(m_records.size()); }

    [[nodiscard]] QString destination() const { return m_options.destination; }
    void setDestination(const QString &destination);
    [[nodiscard]] bool originals() const { return m_options.originals; }
    void setOriginals(bool originals);
    [[nodiscard]] bool resized() const { return m_options.resized; }
    void setResized(bool resized);
    [[nodiscard]] int longEdge() const { return m_options.longEdge; }
    void setLongEdge(int longEdge);
    [[nodiscard]] int quality() const { return m_options.quality; }
    void setQuality(int quality);
    [[nodiscard]] bool sheet() const { return m_options.sheet; }
    void setSheet(bool sheet);
    [[nodiscard]] QString title() const { return m_options.title; }
    void setTitle(const QString &title);
    [[nodiscard]] QString intro() const { return m_options.intro; }
    void setIntro(const QString &intro);
    [[nodiscard]] QString nameTemplate() const { return m_options.nameTemplate; }
    void setNameTemplate(const QString &nameTemplate);
    [[nodiscard]] QString templateError() const;
    [[nodiscard]] QVariant houseStyleValue() const { return QVariant::fromValue(m_options.houseStyle); }
    /** A HouseStyle, as CreditBookModel::houseStyle gives it; anything else is the plain style. */
    void setHouseStyle(const QVariant &houseStyle);
    [[nodiscard]] bool requireBookCredit() const { return m_requireBookCredit; }
    void setRequireBookCredit(bool require);
    /** Photos whose credit is not in the book, counted while requireBookCredit is set (their lines are
     *  among offenderLines, as "name: credit not in the credit book (X)"). */
    [[nodiscard]] int notInBookCount() const;

    [[nodiscard]] QStringList namePreview() const { return m_namePreview; }
    [[nodiscard]] int noCreditCount() const;
    [[nodiscard]] int inferredCount() const;
    [[nodiscard]] QStringList offenderPaths() const;
    [[nodiscard]] QStringList offenderLines() const;
    /** The photos whose special instructions restrict their use (WireRestrictions: an embargo, no sales, a
     *  mandatory credit), in their order: the desk looks at each before it leaves; the export still may. */
    [[nodiscard]] QStringList restrictedPaths() const { return m_restrictedPaths; }
    /** One line per restricted photo: "name: Embargo · No sales (EMBARGOED UNTIL 0001 GMT. NO SALES)". */
    [[nodiscard]] QStringList restrictedLines() const { return m_restrictedLines; }
    /** Something to export, somewhere to put it, something to make and a valid name template. */
    [[nodiscard]] bool isReady() const;

    [[nodiscard]] const ExportOptions &options() const { return m_options; }

signals:
    void recordsChanged();
    void optionsChanged();
    void previewChanged();
    void houseStyleChanged();

private:
    template<typename T>
    void update(T &member, const T &value);
    void updatePreview();
    void updateOffenders();
    void updateRestricted();

    QList<PhotoRecord> m_records;
    QList<CreditGate::Offender> m_offenders;
    ExportOptions m_options;
    bool m_requireBookCredit = false;
    QStringList m_namePreview;
    QStringList m_restrictedPaths;
    QStringList m_restrictedLines;
};
