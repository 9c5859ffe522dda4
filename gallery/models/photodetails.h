#pragma once

#include "creditbookmodel.h"
#include "photomodel.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

/**
 * Everything the detail pane and the lightbox show about one photo, as display text: set `photos` and
 * `path`. Values come from the model's row (no file is read on the GUI thread) and follow it when a
 * rescan changes the row. Each metadata value says where it came from (`captionSource`: "IPTC",
 * "XMP sidecar", ...) and whether another store disagreed (`captionConflict`). With `book` set, the credit
 * line is the desk's house line (HouseStyle), as Ctrl+C copies it; the credit stays what the file says.
 */
class PhotoDetails : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(PhotoModel *photos READ photos WRITE setPhotos NOTIFY photosChanged)
    Q_PROPERTY(CreditBookModel *book READ book WRITE setBook NOTIFY bookChanged)
    Q_PROPERTY(QString path READ path WRITE setPath NOTIFY pathChanged)
    Q_PROPERTY(bool valid READ isValid NOTIFY detailsChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY detailsChanged)
    Q_PROPERTY(QString shownPath READ shownPath NOTIFY detailsChanged)
    Q_PROPERTY(QUrl thumbnailSource READ thumbnailSource NOTIFY detailsChanged)
    Q_PROPERTY(QUrl photoSource READ photoSource NOTIFY detailsChanged)
    Q_PROPERTY(QString caption READ caption NOTIFY detailsChanged)
    Q_PROPERTY(QString credit READ credit NOTIFY detailsChanged)
    Q_PROPERTY(bool creditInferred READ creditInferred NOTIFY detailsChanged)
    Q_PROPERTY(QString creditLine READ creditLine NOTIFY detailsChanged)
    Q_PROPERTY(QString houseCreditLine READ houseCreditLine NOTIFY detailsChanged)
    // The spelling the files give a credit an accepted alias corrected, and the provenance note saying so.
    Q_PROPERTY(QString creditCorrectedFrom READ creditCorrectedFrom NOTIFY detailsChanged)
    Q_PROPERTY(QString creditNote READ creditNote NOTIFY detailsChanged)
    Q_PROPERTY(QString attributedCaption READ attributedCaption NOTIFY detailsChanged)
    Q_PROPERTY(QString captionBody READ captionBody NOTIFY detailsChanged)
    Q_PROPERTY(QString creator READ creator NOTIFY detailsChanged)
    Q_PROPERTY(QString copyright READ copyright NOTIFY detailsChanged)
    Q_PROPERTY(QString headline READ headline NOTIFY detailsChanged)
    Q_PROPERTY(QString dateTaken READ dateTaken NOTIFY detailsChanged)
    Q_PROPERTY(QString dimensions READ dimensions NOTIFY detailsChanged)
    Q_PROPERTY(int pixelWidth READ pixelWidth NOTIFY detailsChanged)
    Q_PROPERTY(int pixelHeight READ pixelHeight NOTIFY detailsChanged)
    Q_PROPERTY(QString format READ format NOTIFY detailsChanged)
    Q_PROPERTY(QString fileSize READ fileSize NOTIFY detailsChanged)
    // The RAW shown with this JPEG as one photo (a RAW+JPEG pair): its name and size; "" for no pair.
    Q_PROPERTY(bool hasCompanion READ hasCompanion NOTIFY detailsChanged)
    Q_PROPERTY(QString companionFileName READ companionFileName NOTIFY detailsChanged)
    Q_PROPERTY(QString companionFileSize READ companionFileSize NOTIFY detailsChanged)
    Q_PROPERTY(QString error READ error NOTIFY detailsChanged)
    Q_PROPERTY(QString warnings READ warnings NOTIFY detailsChanged)
    // Where each metadata value came from ("IPTC", "XMP sidecar", ... or "" without a value), and whether
    // another store held a different one. Typed, one per field, so QML bindings and qmllint see them.
    Q_PROPERTY(QString captionSource READ captionSource NOTIFY detailsChanged)
    Q_PROPERTY(QString creditSource READ creditSource NOTIFY detailsChanged)
    Q_PROPERTY(QString creatorSource READ creatorSource NOTIFY detailsChanged)
    Q_PROPERTY(QString copyrightSource READ copyrightSource NOTIFY detailsChanged)
    Q_PROPERTY(QString headlineSource READ headlineSource NOTIFY detailsChanged)
    Q_PROPERTY(QString dateTakenSource READ dateTakenSource NOTIFY detailsChanged)
    // The wire fields a desk checks before publishing (docs/metadata.md, "Stores and fields"), as display
    // text, each with its store and whether the stores disagree: "" when the photo has none. `source` is
    // the IPTC Source field (the supplier), not where a value came from.
    Q_PROPERTY(QString title READ title NOTIFY detailsChanged)
    Q_PROPERTY(QString source READ source NOTIFY detailsChanged)
    Q_PROPERTY(QString instructions READ instructions NOTIFY detailsChanged)
    // What the instructions restrict, "Embargo · No sales · Mandatory credit" (WireRestrictions); "" for nothing.
    Q_PROPERTY(QString instructionsAlert READ instructionsAlert NOTIFY detailsChanged)
    Q_PROPERTY(QString usageTerms READ usageTerms NOTIFY detailsChanged)
    Q_PROPERTY(QString keywords READ keywords NOTIFY detailsChanged)
    Q_PROPERTY(QString location READ location NOTIFY detailsChanged)
    Q_PROPERTY(QString rating READ rating NOTIFY detailsChanged)
    Q_PROPERTY(QString label READ label NOTIFY detailsChanged)
    // Photo Mechanic's tag (photomechanic:Tagged True), the desk's pick.
    Q_PROPERTY(bool tagged READ tagged NOTIFY detailsChanged)
    // The label and the tag as the detail pane shows them: with "No label" and "Untagged" for one taken away
    // here and not yet from the file, which the plain values cannot tell from none.
    Q_PROPERTY(QString labelShown READ labelShown NOTIFY detailsChanged)
    Q_PROPERTY(QString taggedShown READ taggedShown NOTIFY detailsChanged)
    // The desk's marks on one line, as the lightbox and the compare view show them: "✓ Tagged  ·  ★★★☆☆  ·  Red",
    // and which of them are only in the catalog so far: "(not written yet: rating, label)".
    Q_PROPERTY(QString marks READ marks NOTIFY detailsChanged)
    Q_PROPERTY(QString titleSource READ titleSource NOTIFY detailsChanged)
    Q_PROPERTY(QString sourceSource READ sourceSource NOTIFY detailsChanged)
    Q_PROPERTY(QString instructionsSource READ instructionsSource NOTIFY detailsChanged)
    Q_PROPERTY(QString usageTermsSource READ usageTermsSource NOTIFY detailsChanged)
    Q_PROPERTY(QString keywordsSource READ keywordsSource NOTIFY detailsChanged)
    Q_PROPERTY(QString locationSource READ locationSource NOTIFY detailsChanged)
    Q_PROPERTY(QString ratingSource READ ratingSource NOTIFY detailsChanged)
    Q_PROPERTY(QString labelSource READ labelSource NOTIFY detailsChanged)
    Q_PROPERTY(QString taggedSource READ taggedSource NOTIFY detailsChanged)
    Q_PROPERTY(bool titleConflict READ titleConflict NOTIFY detailsChanged)
    Q_PROPERTY(bool sourceConflict READ sourceConflict NOTIFY detailsChanged)
    Q_PROPERTY(bool instructionsConflict READ instructionsConflict NOTIFY detailsChanged)
    Q_PROPERTY(bool usageTermsConflict READ usageTermsConflict NOTIFY detailsChanged)
    Q_PROPERTY(bool keywordsConflict READ keywordsConflict NOTIFY detailsChanged)
    Q_PROPERTY(bool locationConflict READ locationConflict NOTIFY detailsChanged)
    Q_PROPERTY(bool ratingConflict READ ratingConflict NOTIFY detailsChanged)
    Q_PROPERTY(bool labelConflict READ labelConflict NOTIFY detailsChanged)
    // What the other stores say of the location's parts that disagree: {source, value}, or undefined.
    Q_PROPERTY(QVariant locationDisagreement READ locationDisagreement NOTIFY detailsChanged)
    // Per field name ("caption", "credit", ...) that the stores disagree about: {source, value} of the other.
    Q_PROPERTY(QVariant disagreements READ disagreements NOTIFY detailsChanged)
    Q_PROPERTY(bool captionConflict READ captionConflict NOTIFY detailsChanged)
    Q_PROPERTY(bool creditConflict READ creditConflict NOTIFY detailsChanged)
    Q_PROPERTY(bool creatorConflict READ creatorConflict NOTIFY detailsChanged)
    Q_PROPERTY(bool copyrightConflict READ copyrightConflict NOTIFY detailsChanged)
    Q_PROPERTY(bool headlineConflict READ headlineConflict NOTIFY detailsChanged)
    Q_PROPERTY(bool dateTakenConflict READ dateTakenConflict NOTIFY detailsChanged)

public:
    explicit PhotoDetails(QObject *parent = nullptr);

    [[nodiscard]] PhotoModel *photos() const { return m_photos; }
    void setPhotos(PhotoModel *photos);
    [[nodiscard]] CreditBookModel *book() const { return m_book; }
    void setBook(CreditBookModel *book);
    [[nodiscard]] QString path() const { return m_path; }
    void setPath(const QString &path);

    /** The path is a row of the model. */
    [[nodiscard]] bool isValid() const { return m_valid; }
    [[nodiscard]] QString fileName() const;
    /** The path for people: a byte of the name that is not UTF-8 shows as U+FFFD (NativePath). */
    [[nodiscard]] QString shownPath() const;
    /** image://thumb/... : the grid's thumbnail, the quick placeholder of a large view. */
    [[nodiscard]] QUrl thumbnailSource() const { return imageUrl(QStringLiteral("thumb")); }
    /** image://photo/... : the whole photo (PhotoProvider), decoded at the Image's sourceSize. */
    [[nodiscard]] QUrl photoSource() const { return imageUrl(QStringLiteral("photo")); }
    [[nodiscard]] QString caption() const { return text(PhotoRow::Text::Caption); }
    [[nodiscard]] QString credit() const { return text(PhotoRow::Text::Credit); }
    [[nodiscard]] bool creditInferred() const { return m_valid && m_row.creditSource() == CreditSource::Caption; }
    /** "Credit: NASA/ESA/Tim Peake", as a publication prints it: in the desk's house style with a book. */
    [[nodiscard]] QString creditLine() const;
    /** The credit line when the desk prints the credit otherwise than Byline's own line ("Credit: " and
     *  the credit): a house line, or a style that rearranged it; "" when it does not. The detail pane shows
     *  the credit as read, and this apart, labelled, so the file's word is never hidden by the desk's. */
    [[nodiscard]] QString houseCreditLine() const;
    /** "NASA/Tim Copra" when the desk's alias corrected the credit to "NASA/Tim Kopra"; else "". */
    [[nodiscard]] QString creditCorrectedFrom() const { return text(PhotoRow::Text::CreditCorrectedFrom); }
    /** "corrected from 'NASA/Tim Copra' by the desk's alias", or "" when the credit is as the files say. */
    [[nodiscard]] QString creditNote() const;
    /** "caption. Credit: X" (AttributedCaption). */
    [[nodiscard]] QString attributedCaption() const;
    /** The attributed caption without its credit line: the lightbox prints the credit line apart. */
    [[nodiscard]] QString captionBody() const;
    [[nodiscard]] QString creator() const { return text(PhotoRow::Text::Creator); }
    [[nodiscard]] QString copyright() const { return text(PhotoRow::Text::Copyright); }
    [[nodiscard]] QString headline() const { return text(PhotoRow::Text::Headline); }
    [[nodiscard]] QString dateTaken() const;
    /** "4000 × 3000" as displayed, "" when unknown. */
    [[nodiscard]] QString dimensions() const;
    /** The photo's pixels as displayed (orientation applied); 0 when unknown. */
    [[nodiscard]] int pixelWidth() const { return m_valid ? m_row.width() : 0; }
    [[nodiscard]] int pixelHeight() const { return m_valid ? m_row.height() : 0; }
    /** "JPEG", "PNG", ... */
    [[nodiscard]] QString format() const;
    /** "1.2 MB" (IEC units, as file managers show them). */
    [[nodiscard]] QString fileSize() const;
    [[nodiscard]] QString error() const { return text(PhotoRow::Text::Error); }
    [[nodiscard]] bool hasCompanion() const { return m_valid && m_row.hasCompanion(); }
    /** "IMG_0001.CR2", the pair's RAW; "" when the photo is no RAW+JPEG pair. */
    [[nodiscard]] QString companionFileName() const;
    /** "24.1 MB", the pair's RAW; "" when the photo is no RAW+JPEG pair. */
    [[nodiscard]] QString companionFileSize() const;
    /** Damaged metadata in a file that still decodes, one warning per line. */
    [[nodiscard]] QString warnings() const { return m_valid ? m_row.warnings().join(u'\n') : QString(); }

    /** Where @p field's value came from, for people: "Exif", "IPTC", "XMP", "XMP sidecar", "caption
     *  text", "PNG text", "RAW companion"; "" when the field has no value. */
    [[nodiscard]] QString sourceOf(MetadataField field) const;
    /** Another store held a different value for @p field. */
    [[nodiscard]] bool conflictOf(MetadataField field) const;
    [[nodiscard]] QString captionSource() const { return sourceOf(MetadataField::Caption); }
    [[nodiscard]] QString creditSource() const { return sourceOf(MetadataField::Credit); }
    [[nodiscard]] QString creatorSource() const { return sourceOf(MetadataField::Creator); }
    [[nodiscard]] QString copyrightSource() const { return sourceOf(MetadataField::Copyright); }
    [[nodiscard]] QString headlineSource() const { return sourceOf(MetadataField::Headline); }
    [[nodiscard]] QString dateTakenSource() const { return sourceOf(MetadataField::DateTaken); }
    [[nodiscard]] bool captionConflict() const { return conflictOf(MetadataField::Caption); }
    [[nodiscard]] bool creditConflict() const { return conflictOf(MetadataField::Credit); }
    [[nodiscard]] bool creatorConflict() const { return conflictOf(MetadataField::Creator); }
    [[nodiscard]] bool copyrightConflict() const { return conflictOf(MetadataField::Copyright); }
    [[nodiscard]] bool headlineConflict() const { return conflictOf(MetadataField::Headline); }
    [[nodiscard]] bool dateTakenConflict() const { return conflictOf(MetadataField::DateTaken); }

    [[nodiscard]] QString title() const { return text(PhotoRow::Text::Title); }
    [[nodiscard]] QString source() const { return text(PhotoRow::Text::Source); }
    [[nodiscard]] QString instructions() const { return text(PhotoRow::Text::Instructions); }
    /** What the special instructions restrict, for the mark beside them; "" when nothing. */
    [[nodiscard]] QString instructionsAlert() const;
    [[nodiscard]] QString usageTerms() const { return text(PhotoRow::Text::UsageTerms); }
    /** "Soyuz; Baikonur", joined as the edit form shows a list. */
    [[nodiscard]] QString keywords() const;
    /** "Site 31, Baikonur, Kyzylorda, Kazakhstan (KAZ)": the parts the photo has, smallest first. */
    [[nodiscard]] QString location() const;
    /** "★★★☆☆", "Rejected" (-1), "Unrated" (0); "" without a rating. */
    [[nodiscard]] QString rating() const;
    [[nodiscard]] QString label() const { return text(PhotoRow::Text::Label); }
    [[nodiscard]] bool tagged() const { return m_valid && m_row.tagged(); }
    [[nodiscard]] QString labelShown() const;
    [[nodiscard]] QString taggedShown() const;
    [[nodiscard]] QString marks() const;
    [[nodiscard]] QString titleSource() const { return sourceOf(MetadataField::Title); }
    [[nodiscard]] QString sourceSource() const { return sourceOf(MetadataField::Source); }
    [[nodiscard]] QString instructionsSource() const { return sourceOf(MetadataField::Instructions); }
    [[nodiscard]] QString usageTermsSource() const { return sourceOf(MetadataField::UsageTerms); }
    [[nodiscard]] QString keywordsSource() const { return sourceOf(MetadataField::Keywords); }
    /** The stores of the location's parts, "IPTC" or "IPTC, XMP" when they come from several. */
    [[nodiscard]] QString locationSource() const;
    /** The store, or "set here, not written yet" for the desk's pending rating (PendingMarks). */
    [[nodiscard]] QString ratingSource() const;
    [[nodiscard]] QString labelSource() const;
    [[nodiscard]] QString taggedSource() const;
    [[nodiscard]] bool titleConflict() const { return conflictOf(MetadataField::Title); }
    [[nodiscard]] bool sourceConflict() const { return conflictOf(MetadataField::Source); }
    [[nodiscard]] bool instructionsConflict() const { return conflictOf(MetadataField::Instructions); }
    [[nodiscard]] bool usageTermsConflict() const { return conflictOf(MetadataField::UsageTerms); }
    [[nodiscard]] bool keywordsConflict() const { return conflictOf(MetadataField::Keywords); }
    [[nodiscard]] bool locationConflict() const;
    [[nodiscard]] bool ratingConflict() const { return conflictOf(MetadataField::Rating); }
    [[nodiscard]] bool labelConflict() const { return conflictOf(MetadataField::Label); }
    [[nodiscard]] QVariant locationDisagreement() const;

    /** The name of @p store as the interface shows it. */
    [[nodiscard]] static QString storeLabel(MetadataStore store);
    /** "city", "country code": a part of the location, as the location's disagreement names it. */
    [[nodiscard]] static QString locationPartName(MetadataField field);
    /** What the other store says of each field the stores disagree about, keyed by field name. */
    [[nodiscard]] QVariant disagreements() const;

signals:
    void photosChanged();
    void bookChanged();
    void pathChanged();
    void detailsChanged();

private:
    void refresh();
    [[nodiscard]] QUrl imageUrl(const QString &provider) const;
    [[nodiscard]] QString text(PhotoRow::Text field) const { return m_valid ? m_row.text(field) : QString(); }

    QPointer<PhotoModel> m_photos;
    QPointer<CreditBookModel> m_book;
    QString m_path;
    PhotoRow m_row; // a copy: the model's list may reallocate while we show it
    bool m_valid = false;
};
