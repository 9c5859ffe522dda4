import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gallery

// The current photo: a large preview, the caption in full, the credit line as a publication prints
// it, and the other fields, each telling where it came from.
Pane {
    id: pane

    required property PhotoDetails details

    signal editRequested()
    signal revertRequested()

    padding: 0
    clip: true

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        visible: pane.details.valid

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 10

            PhotoView {
                Layout.fillWidth: true
                Layout.preferredHeight: width * 0.75
                Layout.margins: 8
                path: pane.details.path
                thumbnailSource: pane.details.thumbnailSource
                photoSource: pane.details.photoSource
                error: pane.details.error
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 12
                Layout.rightMargin: 12
                Layout.bottomMargin: 12
                spacing: 10

                RowLayout {
                    Layout.fillWidth: true
                    Button {
                        objectName: "detailEdit"
                        text: qsTr("Edit…")
                        icon.name: "document-edit"
                        enabled: pane.details.error === ""
                        onClicked: pane.editRequested()
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Edit the caption, credit and other fields (Ctrl+I)")
                    }
                    Button {
                        objectName: "detailRevert"
                        text: qsTr("Revert to original")
                        flat: true
                        onClicked: pane.revertRequested()
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Put back the file as it was before Byline first wrote it")
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: pane.details.error !== ""
                    text: qsTr("⚠ This file cannot be shown: %1").arg(pane.details.error)
                    wrapMode: Text.Wrap
                    font.bold: true
                }
                DetailField {
                    objectName: "detailCaption"
                    label: qsTr("Caption")
                    value: pane.details.caption
                    source: pane.details.captionSource
                    conflict: pane.details.captionConflict
                    other: pane.details.disagreements.caption
                }
                DetailField {
                    // What the file says, with where it says it: the desk's house line never stands in for it.
                    objectName: "detailCredit"
                    label: qsTr("Credit")
                    value: pane.details.credit
                    emphasised: true
                    source: pane.details.creditSource
                    conflict: pane.details.creditConflict
                    other: pane.details.disagreements.credit
                    inferred: pane.details.creditInferred
                    note: pane.details.creditNote
                }
                DetailField {
                    // How the desk prints it (Ctrl+C, the lightbox, the caption sheet), only when that is
                    // not the credit as read.
                    objectName: "detailCreditLine"
                    label: qsTr("Credit line")
                    value: pane.details.houseCreditLine
                    description: qsTr("As your desk prints it: the credit book's house line or the credit line style")
                }
                Label {
                    Layout.fillWidth: true
                    visible: pane.details.credit === "" && pane.details.error === ""
                    text: qsTr("No credit: neither the metadata nor the caption names one.")
                    wrapMode: Text.Wrap
                    font.italic: true
                    opacity: 0.7
                }
                // The wire fields a desk checks before it publishes: what may be done with the photo first.
                DetailField {
                    objectName: "detailInstructions"
                    label: qsTr("Special instructions")
                    value: pane.details.instructions
                    source: pane.details.instructionsSource
                    conflict: pane.details.instructionsConflict
                    other: pane.details.disagreements.instructions
                    alert: pane.details.instructionsAlert
                }
                DetailField {
                    objectName: "detailUsageTerms"
                    label: qsTr("Usage terms")
                    value: pane.details.usageTerms
                    source: pane.details.usageTermsSource
                    conflict: pane.details.usageTermsConflict
                    other: pane.details.disagreements.usageTerms
                }
                DetailField {
                    objectName: "detailTitle"
                    label: qsTr("Title")
                    value: pane.details.title
                    source: pane.details.titleSource
                    conflict: pane.details.titleConflict
                    other: pane.details.disagreements.title
                }
                DetailField {
                    label: qsTr("Headline")
                    value: pane.details.headline
                    source: pane.details.headlineSource
                    conflict: pane.details.headlineConflict
                    other: pane.details.disagreements.headline
                }
                DetailField {
                    label: qsTr("Creator")
                    value: pane.details.creator
                    source: pane.details.creatorSource
                    conflict: pane.details.creatorConflict
                    other: pane.details.disagreements.creator
                }
                DetailField {
                    label: qsTr("Copyright")
                    value: pane.details.copyright
                    source: pane.details.copyrightSource
                    conflict: pane.details.copyrightConflict
                    other: pane.details.disagreements.copyright
                }
                DetailField {
                    // The supplier (IPTC Source), such as an agency that passed the photo on.
                    objectName: "detailSource"
                    label: qsTr("Source")
                    value: pane.details.source
                    source: pane.details.sourceSource
                    conflict: pane.details.sourceConflict
                    other: pane.details.disagreements.source
                }
                DetailField {
                    objectName: "detailKeywords"
                    label: qsTr("Keywords")
                    value: pane.details.keywords
                    source: pane.details.keywordsSource
                    conflict: pane.details.keywordsConflict
                    other: pane.details.disagreements.keywords
                }
                DetailField {
                    objectName: "detailLocation"
                    label: qsTr("Location")
                    value: pane.details.location
                    source: pane.details.locationSource
                    conflict: pane.details.locationConflict
                    other: pane.details.locationDisagreement
                }
                DetailField {
                    objectName: "detailRating"
                    label: qsTr("Rating")
                    value: pane.details.rating
                    source: pane.details.ratingSource
                    conflict: pane.details.ratingConflict
                    other: pane.details.disagreements.rating
                }
                DetailField {
                    objectName: "detailLabel"
                    label: qsTr("Label")
                    value: pane.details.labelShown
                    source: pane.details.labelSource
                    conflict: pane.details.labelConflict
                    other: pane.details.disagreements.label
                }
                DetailField {
                    objectName: "detailTag"
                    label: qsTr("Tag")
                    value: pane.details.taggedShown
                    source: pane.details.taggedSource
                }
                DetailField {
                    label: qsTr("Date taken")
                    value: pane.details.dateTaken
                    source: pane.details.dateTakenSource
                    conflict: pane.details.dateTakenConflict
                    other: pane.details.disagreements.dateTaken
                }
                DetailField {
                    label: qsTr("Dimensions")
                    value: pane.details.dimensions
                }
                DetailField {
                    label: qsTr("Format")
                    value: pane.details.format
                }
                DetailField {
                    label: qsTr("File size")
                    value: pane.details.hasCompanion ? "" : pane.details.fileSize // a pair lists both below
                }
                DetailField {
                    // A RAW+JPEG pair is one photo of two files: the JPEG shown, and its RAW.
                    objectName: "detailPairFiles"
                    label: qsTr("Files (RAW+JPEG pair)")
                    value: pane.details.hasCompanion
                           ? qsTr("%1 · %2").arg(pane.details.fileName).arg(pane.details.fileSize) + "\n"
                             + qsTr("%1 · %2").arg(pane.details.companionFileName).arg(pane.details.companionFileSize)
                           : ""
                }
                DetailField {
                    label: qsTr("Path")
                    value: pane.details.shownPath
                }
                DetailField {
                    label: qsTr("Warnings")
                    value: pane.details.warnings
                }
            }
        }
    }

    Label {
        anchors.centerIn: parent
        width: parent.width - 32
        visible: !pane.details.valid
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: qsTr("Select a photo to see its caption and credit.")
        opacity: 0.6
    }
}
