#pragma once

#include "fieldedit.h"

#include "metadata/photorecord.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/** What the credit sweep does with one photo, and why. */
struct SweptPhoto
{
    enum class Reason
    {
        FromCaption,  // the credit was inferred from the caption: it goes into the credit field
        Corrected,    // an accepted alias corrected the credit: the accepted spelling goes into the files
        AlreadyRight, // the credit field already holds the credit as the desk accepts it
        NoCredit,     // no credit in any field nor in the caption: nothing to sweep
        Unreadable,   // the file could not be read: nothing is known of its credit
        LeftAlone,    // a credit the sweep must not settle (stores disagree, the RAW's, not a name): see notes
    };

    QString path;
    Reason reason = Reason::NoCredit;
    EditRequest request; // what MetadataEditor::plan takes; no edits unless FromCaption or Corrected
    QStringList notes;   // what the sweep left alone, and why
    QString credit;      // the credit the photo shows (and, with an edit, the one written)

    [[nodiscard]] bool hasEdit() const { return !request.edits.isEmpty(); }
};

/**
 * The credit sweep (docs/user-guide.md, "Credit sweep"): from records as the scan gives them (corrected by
 * the folder's accepted aliases, CreditCorrection), each photo's edit that puts the credit Byline shows
 * into the files. A credit inferred from the caption is written into the credit field; a credit an alias
 * corrected is written with the accepted spelling, and so is the caption's credit line when the alias
 * respelled it (the caption the window already shows). Captions otherwise keep their text, credit line
 * included, unless stripCaptionCredit asks to remove the line whose credit moves into the field. Pure:
 * reads no file, so a model can count and preview a selection; MetadataEditor::plan then shows exactly
 * what will be written.
 */
class CreditSweep
{
public:
    struct Options
    {
        bool stripCaptionCredit = false; // remove the caption's credit line when its credit moves to the field
        bool toSidecar = false;          // write XMP sidecars even where the photo could take the metadata
    };

    /** How many photos of a sweep fall under each reason. */
    struct Counts
    {
        int fromCaption = 0;
        int corrected = 0;
        int alreadyRight = 0;
        int noCredit = 0;
        int unreadable = 0;
        int leftAlone = 0;

        [[nodiscard]] int toWrite() const { return fromCaption + corrected; }
    };

    CreditSweep() = default;
    explicit CreditSweep(Options options) : m_options(options) {}

    [[nodiscard]] SweptPhoto sweep(const PhotoRecord &record) const;
    [[nodiscard]] QList<SweptPhoto> sweep(const QList<PhotoRecord> &records) const;
    [[nodiscard]] static Counts count(const QList<SweptPhoto> &swept);

private:
    [[nodiscard]] static SweptPhoto::Reason reasonFor(const PhotoRecord &record);
    [[nodiscard]] static QString whyLeftAlone(const PhotoRecord &record, SweptPhoto::Reason reason);
    [[nodiscard]] std::optional<QString> captionFor(const PhotoRecord &record, QStringList &notes) const;

    Options m_options;
};
