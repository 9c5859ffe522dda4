import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gallery
import Byline

// One photo of the compare view: the picture fitted to its share of the screen, and under it what a
// desk decides by: the file name, the credit line, the rating and label, and a restriction.
Item {
    id: pane

    required property string path // "" for a pane not in use
    required property PhotoModel photos
    required property CreditBookModel book
    required property bool focused
    required property bool decoding // the compare view is open: only then are photos decoded

    signal clicked()

    objectName: "comparePane:" + details.fileName
    Accessible.role: Accessible.Graphic
    Accessible.name: details.fileName + ", " + (details.creditLine !== "" ? details.creditLine : qsTr("no credit"))

    PhotoDetails {
        id: details
        photos: pane.photos
        book: pane.book
        path: pane.path
    }
    FontMetrics {
        id: metrics
    }

    Rectangle {
        // The photo the keys rate, and the one current when the view closes.
        anchors.fill: parent
        color: "transparent"
        border.color: pane.focused ? "#ffb300" : "#3a3a3a"
        border.width: pane.focused ? 3 : 1
        radius: 4
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 10
        spacing: 4

        PhotoView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            path: details.path
            thumbnailSource: pane.decoding ? details.thumbnailSource : ""
            photoSource: pane.decoding ? details.photoSource : ""
            error: details.error
        }
        Label {
            objectName: "compareName"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: details.fileName
            color: "#eeeeee"
            opacity: 0.7
            elide: Text.ElideMiddle
        }
        Label {
            objectName: "compareCredit"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            text: details.error !== "" ? "⚠ " + details.error
                  : details.creditLine !== "" ? details.creditLine : qsTr("⚠ No credit")
            color: details.creditLine !== "" && details.error === "" ? "#eeeeee" : "#ffb74d"
            font.bold: true
        }
        Label {
            objectName: "compareRating"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            // Always a line, empty or not: the photo above must not shrink when the first mark is given.
            // An unreadable file cannot be marked, and the keys say so here rather than doing nothing.
            text: details.error !== "" ? qsTr("Cannot be marked: the file cannot be read")
                  : details.marks !== "" ? details.marks : " "
            // Neutral: a red label must not read as part of the red restriction flag below it.
            color: details.error !== "" ? "#ffb74d" : "#eeeeee"
            elide: Text.ElideRight
        }
        Label {
            objectName: "compareRestriction"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            visible: details.instructionsAlert !== ""
            text: "⚑ " + details.instructionsAlert
            color: "#ef5350"
            font.bold: true
            elide: Text.ElideRight
        }
    }
    TapHandler {
        onTapped: pane.clicked()
    }
}
