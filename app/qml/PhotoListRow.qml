import QtQuick
import QtQuick.Controls
import Gallery
import Byline

// One photo of the list view: a small thumbnail, the time taken, the file name, the rating and label,
// the credit and the caption's first lines, in the columns PhotoListHeader names. Reports presses as a
// tile does; the grid decides what they select.
Item {
    id: row

    required property int index
    required property string path
    required property string fileName
    required property string subfolder
    required property string credit
    required property bool creditInferred
    required property string caption
    required property string dateTaken
    required property string thumbnailSource
    required property bool selected
    required property string error
    required property int rating // -1 rejected, 0 unrated, 1-5 stars
    required property string label
    required property string restrictions
    required property bool markPending
    required property bool tagged
    required property int pendingParts // PhotoModel.PendingRating | PendingLabel | PendingTag
    readonly property bool ratingPending: (row.pendingParts & PhotoModel.PendingRating) !== 0
    readonly property bool labelPending: (row.pendingParts & PhotoModel.PendingLabel) !== 0
    readonly property bool tagPending: (row.pendingParts & PhotoModel.PendingTag) !== 0
    required property string fileWarning
    // Not typed PhotoGrid: that type makes its delegates of this one, and QML refuses the cycle.
    readonly property var view: row.GridView.view as PhotoGrid
    readonly property string shownName: row.subfolder === "" ? row.fileName : row.subfolder + "/" + row.fileName
    readonly property bool compact: row.view?.listCompact ?? false
    // As recorded, with the fraction of a second a burst is told apart by, tenths written as hundredths so a
    // column of ".5" and ".45" lines up; the zone is in the detail pane.
    readonly property string shownTime: row.dateTaken === "" ? qsTr("No date")
                                        : row.dateTaken.replace("T", " ").replace(/(Z|[+-]\d\d:\d\d)$/, "")
                                                       .replace(/\.(\d)$/, (match, tenth) => "." + tenth + "0")
    // Set by the grid when a drag starts (dragStarting): what the drag carries.
    property var dragData: ({})

    signal pressedWith(int modifiers)
    signal clickedWith(int modifiers)
    signal doubleClicked()
    signal dragStarting()

    width: row.view?.cellWidth ?? 600
    height: row.view?.cellHeight ?? 64
    objectName: "listRow:" + row.fileName
    Accessible.role: Accessible.ListItem
    Accessible.name: row.shownName + ", " + (row.credit === "" ? qsTr("no credit") : qsTr("credit %1").arg(row.credit))
                     + (row.caption === "" ? "" : ", " + row.caption)
    Accessible.selected: row.selected

    SystemPalette {
        id: colours
    }
    FontMetrics {
        id: metrics
    }

    Rectangle {
        anchors.fill: parent
        color: row.selected ? colours.highlight : (row.index % 2 === 1 ? colours.alternateBase : "transparent")
        opacity: row.selected ? 0.35 : 1
    }
    Rectangle {
        // The keyboard's place in the list.
        anchors.fill: parent
        color: "transparent"
        border.color: colours.highlight
        border.width: 2
        visible: row.GridView.isCurrentItem && row.GridView.view.activeFocus
    }

    Row {
        id: cells
        x: 8
        height: parent.height
        spacing: row.view?.listSpacing ?? 12

        Item {
            width: row.view?.listThumbnailWidth ?? 56
            height: parent.height

            Image {
                anchors.centerIn: parent
                width: parent.width
                height: parent.height - 8
                // The grid's thumbnail, scaled down: the list reuses what the cache holds.
                sourceSize.width: 256
                sourceSize.height: 256
                source: row.thumbnailSource
                asynchronous: true
                fillMode: Image.PreserveAspectFit
                smooth: true
                mipmap: true
            }
        }
        Label {
            objectName: "listTime"
            width: row.view?.listTimeWidth ?? 160
            visible: !row.compact
            anchors.verticalCenter: parent.verticalCenter
            text: row.shownTime
            opacity: row.dateTaken === "" ? 0.6 : 1
            font.italic: row.dateTaken === ""
            elide: Text.ElideRight
        }
        Column {
            width: row.view?.listNameWidth ?? 180
            anchors.verticalCenter: parent.verticalCenter

            Label {
                // Narrow: the time above the name, the date on a line of its own when both do not fit, so the
                // fraction of a second that tells a burst apart is never cut.
                objectName: "listCompactTime"
                visible: row.compact
                width: parent.width
                text: row.shownTime
                wrapMode: Text.Wrap
                maximumLineCount: 2
                opacity: row.dateTaken === "" ? 0.6 : 0.8
                font.italic: row.dateTaken === ""
                font.pointSize: metrics.font.pointSize * 0.85
                elide: Text.ElideRight
            }
            Label {
                id: nameLabel
                objectName: "listName"
                width: parent.width
                // Two lines, the second losing its middle, as under a tile: long names that differ at the end
                // or in the middle stay told apart.
                text: FileNameElider.elided(row.shownName, nameLabel.font, nameLabel.width, 2)
            }
        }
        Item {
            id: marksColumn
            width: row.view?.listMarksWidth ?? 96
            height: parent.height
            visible: !row.compact

            Row {
                id: marks
                // Anchored on both axes: a ParentChange would otherwise keep it where it was on the screen.
                anchors.left: parent.left
                anchors.verticalCenter: parent.verticalCenter
                spacing: 6

                // Each part not written to the file yet in amber; one taken away here but not yet from the file
                // as such (☆, a struck ✓, a hollow dot).
                Label {
                    objectName: "listTag"
                    visible: row.tagged || row.tagPending
                    text: "✓"
                    font.bold: true
                    font.strikeout: !row.tagged
                    color: row.tagPending ? "#e65100" : "#2e7d32"
                    Accessible.name: row.tagged ? qsTr("Tagged") : qsTr("Untagged, not written yet")
                }
                Label {
                    objectName: "listRating"
                    visible: row.rating !== 0 || row.ratingPending
                    text: row.rating < 0 ? qsTr("✕ Rejected") : row.rating === 0 && row.ratingPending ? "☆" : "★".repeat(row.rating)
                    color: row.ratingPending ? "#e65100" : colours.text
                    font.bold: row.ratingPending
                }
                Rectangle {
                    objectName: "listLabel"
                    anchors.verticalCenter: parent.verticalCenter
                    visible: row.label !== "" || row.labelPending
                    width: 12
                    height: 12
                    radius: 6
                    color: row.label !== "" ? LabelColours.colourOf(row.label) : "transparent"
                    border.color: row.labelPending ? "#e65100" : colours.mid
                    border.width: row.labelPending ? 2 : 1
                }
            }
        }
        Label {
            objectName: "listCredit"
            width: row.view?.listCreditWidth ?? 180
            visible: !row.compact
            anchors.verticalCenter: parent.verticalCenter
            text: row.credit === "" ? qsTr("No credit") : row.credit + (row.creditInferred ? "\u00A0◇" : "")
            font.italic: row.credit === ""
            opacity: row.credit === "" ? 0.6 : 1
            wrapMode: Text.Wrap // at words: "Roscosmos" is not cut in two
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Column {
            width: Math.max(80, row.width - x - 16)
            anchors.verticalCenter: parent.verticalCenter
            spacing: 2

            Row {
                // Narrow: the credit, and the marks at its right, above the caption they belong to.
                visible: row.compact
                width: parent.width
                spacing: 6

                Label {
                    objectName: "listCompactCredit"
                    width: Math.max(0, parent.width - compactMarks.width - 6)
                    text: row.credit === "" ? qsTr("No credit") : row.credit + (row.creditInferred ? "\u00A0◇" : "")
                    font.bold: row.credit !== ""
                    font.italic: row.credit === ""
                    opacity: row.credit === "" ? 0.6 : 1
                    elide: Text.ElideRight
                }
                Item {
                    id: compactMarks
                    width: marks.implicitWidth
                    height: marks.implicitHeight
                }
            }
            Label {
                // What the special instructions restrict, above the caption it concerns.
                objectName: "listRestrictions"
                width: parent.width
                elide: Text.ElideRight
                visible: row.restrictions !== ""
                text: "⚑ " + row.restrictions
                color: "#c62828"
                font.bold: true
                font.pointSize: metrics.font.pointSize * 0.85
            }
            Label {
                // A file that reads but is not right (cut short, misnamed), as on the tile.
                objectName: "listWarning"
                width: parent.width
                elide: Text.ElideRight
                visible: row.fileWarning !== "" && row.error === "" && row.restrictions === ""
                text: "⚠ " + row.fileWarning
                color: "#e65100"
                font.pointSize: metrics.font.pointSize * 0.85
            }
            Label {
                objectName: "listCaption"
                width: parent.width
                text: row.error !== "" ? "⚠ " + row.error : row.caption === "" ? qsTr("No caption") : row.caption
                textFormat: Text.PlainText
                font.italic: row.caption === "" && row.error === ""
                opacity: row.caption === "" && row.error === "" ? 0.6 : 1
                wrapMode: Text.Wrap
                maximumLineCount: row.restrictions !== "" || (row.fileWarning !== "" && row.error === "") ? 1 : 2
                elide: Text.ElideRight
            }
        }
    }

    Item {
        id: dragProxy
        Drag.supportedActions: Qt.CopyAction
        Drag.mimeData: row.dragData
    }
    MouseArea {
        id: mouse
        anchors.fill: parent
        drag.target: dragProxy
        drag.onActiveChanged: {
            if (!mouse.drag.active)
                return;
            row.dragStarting();
            dragProxy.Drag.active = true;
            dragProxy.Drag.startDrag(); // blocks until the drop
            dragProxy.Drag.active = false;
        }
        onPressed: (event) => row.pressedWith(event.modifiers & (Qt.ShiftModifier | Qt.ControlModifier))
        onClicked: (event) => row.clickedWith(event.modifiers & (Qt.ShiftModifier | Qt.ControlModifier))
        onDoubleClicked: row.doubleClicked()
    }

    // Narrow, the marks move beside the credit, above the caption (the marks' column is left out).
    states: State {
        when: row.compact
        ParentChange {
            target: marks
            parent: compactMarks
        }
    }
}
