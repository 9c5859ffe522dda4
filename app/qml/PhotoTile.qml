import QtQuick
import QtQuick.Controls
import Gallery
import Byline

// One photo of the grid: its thumbnail (a quick placeholder, then the sharp one), a broken-file tile
// when it cannot be read, and the credit under it. Reports presses; the grid decides what they select.
Item {
    id: tile

    required property int index
    required property string path
    required property string fileName
    required property string credit
    required property bool creditInferred
    required property string caption
    required property string thumbnailSource
    required property bool selected
    required property string error
    required property string subfolder
    // The RAW shown with this JPEG as one photo; "" when the photo is no RAW+JPEG pair.
    required property string companionPath
    required property int rating // -1 rejected, 0 unrated, 1-5 stars
    required property string label // the colour label's name ("Red"), "" for none
    required property string restrictions // "Embargo · No sales", "" for none
    required property bool markPending // the rating, label or tag was set here and is not in the file yet
    required property bool tagged // Photo Mechanic's tag, the desk's pick
    required property int pendingParts // PhotoModel.PendingRating | PendingLabel | PendingTag: not in the file yet
    readonly property bool ratingPending: (tile.pendingParts & PhotoModel.PendingRating) !== 0
    readonly property bool labelPending: (tile.pendingParts & PhotoModel.PendingLabel) !== 0
    readonly property bool tagPending: (tile.pendingParts & PhotoModel.PendingTag) !== 0
    required property string fileWarning // "the image data is truncated …", "" for none
    // What names the photo under the tile: in Subfolders mode, with the folder it is in.
    readonly property string shownName: tile.subfolder === "" ? tile.fileName : tile.subfolder + "/" + tile.fileName
    // The thumbnail's edge: the grid's cell, which follows the size setting (Ctrl +/-) and the width.
    readonly property int edge: (tile.GridView.view as PhotoGrid)?.tileEdge ?? 160
    // Set by the grid when a drag starts (dragStarting): what the drag carries.
    property var dragData: ({})
    // The name tooltip shows only once the pointer has moved over this tile as it is now: a tile that
    // moved under a still pointer (the grid filling, scrolling by keys) or a reused delegate that now
    // shows another photo must never float a tooltip naming a photo that is not under it.
    property bool pointedAt: false
    onShownNameChanged: tile.pointedAt = false
    onXChanged: tile.pointedAt = false
    onYChanged: tile.pointedAt = false

    signal pressedWith(int modifiers)
    signal clickedWith(int modifiers)
    signal doubleClicked()
    // A drag is about to start: the grid sets dragData now, not on every press (a payload of the whole
    // selection is file URLs and captions for every selected photo).
    signal dragStarting()

    width: tile.edge + 16
    height: tile.edge + ((tile.GridView.view as PhotoGrid)?.tileTextHeight ?? 76)
    objectName: "tile:" + tile.fileName
    Accessible.role: Accessible.ListItem
    // Bound to the very values drawn below, so a screen reader reads exactly what the tile shows.
    Accessible.name: tile.credit === "" ? tile.shownName : qsTr("%1, credit %2").arg(tile.shownName).arg(tile.credit)
    Accessible.selected: tile.selected

    SystemPalette {
        id: colours
    }
    FontMetrics {
        id: metrics // the application font, for smaller and larger text
    }

    Rectangle {
        anchors.fill: parent
        anchors.margins: 3
        radius: 4
        color: tile.selected ? colours.highlight : "transparent"
        opacity: tile.selected ? 0.35 : 1
    }
    Rectangle {
        // The keyboard's place in the grid.
        anchors.fill: parent
        anchors.margins: 3
        radius: 4
        color: "transparent"
        border.color: colours.highlight
        border.width: 2
        visible: tile.GridView.isCurrentItem && tile.GridView.view.activeFocus
    }

    Item {
        id: frame
        // The picture as painted: on the frame's bottom, centred. Badges sit inside its corners.
        readonly property real pictureWidth: thumbnail.status === Image.Ready ? thumbnail.paintedWidth
                                             : placeholder.status === Image.Ready ? placeholder.paintedWidth
                                             : width
        readonly property real pictureHeight: thumbnail.status === Image.Ready ? thumbnail.paintedHeight
                                              : placeholder.status === Image.Ready ? placeholder.paintedHeight
                                              : height
        readonly property real pictureLeft: (width - pictureWidth) / 2

        x: 8
        y: 8
        width: tile.edge
        height: tile.edge

        Rectangle {
            // Where the thumbnail will be, until there is a picture.
            anchors.bottom: parent.bottom
            anchors.horizontalCenter: parent.horizontalCenter
            width: parent.width * 0.75
            height: parent.height * 0.56
            color: colours.mid
            opacity: 0.25
            visible: thumbnail.status !== Image.Ready && placeholder.status !== Image.Ready
        }
        Image {
            // At once: a cached thumbnail or the embedded preview (transparent when the file has none).
            id: placeholder
            anchors.fill: parent
            sourceSize: thumbnail.sourceSize
            source: tile.thumbnailSource + "?placeholder"
            asynchronous: true
            fillMode: Image.PreserveAspectFit
            verticalAlignment: Image.AlignBottom
            visible: thumbnail.status !== Image.Ready
        }
        Image {
            id: thumbnail
            // Never larger than the picture itself: a 32 px icon stays 32 px instead of a blur.
            anchors.bottom: parent.bottom
            anchors.horizontalCenter: parent.horizontalCenter
            width: thumbnail.status === Image.Ready ? Math.min(parent.width, thumbnail.implicitWidth) : parent.width
            height: thumbnail.status === Image.Ready ? Math.min(parent.height, thumbnail.implicitHeight) : parent.height
            // The provider makes 256 px thumbnails (freedesktop "large"); 512 on dense screens and big tiles.
            sourceSize.width: tile.edge * Screen.devicePixelRatio > 256 ? 512 : 256
            sourceSize.height: tile.edge * Screen.devicePixelRatio > 256 ? 512 : 256
            source: tile.thumbnailSource
            asynchronous: true
            fillMode: Image.PreserveAspectFit
            // Sit on the credit line, whatever the photo's shape, so each label is read with its photo.
            verticalAlignment: Image.AlignBottom
            smooth: true
            mipmap: true
        }
        Label {
            // A RAW+JPEG pair: one photo, two files (the detail pane names both). Inside the picture's
            // bottom-right corner: the picture sits on the frame's bottom, centred, at its painted width.
            objectName: "pairBadge"
            anchors.bottom: parent.bottom
            anchors.bottomMargin: 4
            x: Math.max(0, frame.pictureLeft + frame.pictureWidth - width - 4)
            visible: tile.companionPath !== ""
            text: qsTr("RAW+JPEG")
            font.pointSize: metrics.font.pointSize * 0.7
            font.bold: true
            color: colours.highlightedText
            leftPadding: 4
            rightPadding: 4
            topPadding: 1
            bottomPadding: 1
            background: Rectangle {
                radius: 3
                color: colours.highlight
                opacity: 0.85
            }
        }
        Label {
            // A file that reads but is not right (cut short, misnamed): marked on the picture, which may
            // look whole, with the reason in the tooltip and the detail pane.
            objectName: "warningBadge"
            x: frame.pictureLeft + 4
            y: frame.height - height - 4
            visible: tile.fileWarning !== "" && tile.error === ""
            text: "⚠"
            font.bold: true
            color: "#3e2723"
            leftPadding: 5
            rightPadding: 5
            background: Rectangle {
                radius: 3
                color: "#ffb74d"
            }
            Accessible.name: qsTr("Warning: %1").arg(tile.fileWarning)
        }
        Label {
            // What the special instructions restrict: on the tile, so no embargoed photo is picked
            // without it being seen.
            objectName: "restrictionBadge"
            x: frame.pictureLeft + 4
            y: frame.height - frame.pictureHeight + 4
            width: Math.min(implicitWidth, frame.pictureWidth - 8 - (marks.visible ? marks.width + 4 : 0))
            visible: tile.restrictions !== ""
            text: "⚑ " + tile.restrictions
            elide: Text.ElideRight
            font.pointSize: metrics.font.pointSize * 0.7
            font.bold: true
            color: "white"
            leftPadding: 4
            rightPadding: 4
            topPadding: 1
            bottomPadding: 1
            background: Rectangle {
                radius: 3
                color: "#c62828"
            }
            Accessible.name: qsTr("Restricted: %1").arg(tile.restrictions)
        }
        Rectangle {
            // The tag, the rating and the colour label, where the eye looks while culling. A mark the file does not
            // hold yet is outlined, and each part not written yet is amber: the catalog has it, the file will once
            // it is written. A mark taken away but not yet from the file shows as such (☆, a struck ✓, a hollow dot).
            id: marks
            objectName: "ratingMarks"
            readonly property string text: tile.rating < 0 ? qsTr("✕ Rejected")
                                           : tile.rating === 0 && tile.ratingPending ? "☆" : "★".repeat(tile.rating)

            x: frame.pictureLeft + frame.pictureWidth - width - 4
            y: frame.height - frame.pictureHeight + 4
            width: marksRow.implicitWidth + 8
            height: marksRow.implicitHeight + 2
            visible: tile.rating !== 0 || tile.label !== "" || tile.tagged || tile.markPending
            radius: 3
            color: tile.rating < 0 ? "#616161" : "#333333"
            border.color: "#ffb300"
            border.width: tile.markPending ? 2 : 0
            Accessible.role: Accessible.StaticText
            Accessible.name: (tile.tagged ? qsTr("Tagged") + ", " : "")
                             + (tile.rating < 0 ? qsTr("Rejected") : qsTr("%n star(s)", "", tile.rating))
                             + (tile.label !== "" ? ", " + LabelColours.displayName(tile.label) : "")
                             + (tile.markPending ? ", " + qsTr("not written to the file yet") : "")

            Row {
                id: marksRow
                anchors.centerIn: parent
                spacing: 4

                Label {
                    objectName: "tileTag"
                    visible: tile.tagged || tile.tagPending
                    text: "✓"
                    font.pointSize: metrics.font.pointSize * 0.9
                    font.bold: true
                    font.strikeout: !tile.tagged // untagged here, still tagged in the file
                    color: tile.tagPending ? "#ffb300" : "#a5d6a7"
                }
                Label {
                    objectName: "tileRating"
                    visible: marks.text !== ""
                    text: marks.text
                    textFormat: Text.PlainText
                    font.pointSize: metrics.font.pointSize * 0.75
                    color: tile.ratingPending ? "#ffb300" : "white"
                }
                Rectangle {
                    // The label's colour; its name is in the detail pane and the facet list.
                    anchors.verticalCenter: parent.verticalCenter
                    visible: tile.label !== "" || tile.labelPending
                    width: 10
                    height: 10
                    radius: 5
                    color: tile.label !== "" ? LabelColours.colourOf(tile.label) : "transparent"
                    border.color: tile.labelPending ? "#ffb300" : "white"
                    border.width: tile.labelPending ? 2 : 1
                }
            }
        }
        Column {
            anchors.centerIn: parent
            width: parent.width - 8
            // The provider draws broken files as an error tile; this is for a request that failed outright.
            visible: thumbnail.status === Image.Error
            spacing: 4

            Label {
                anchors.horizontalCenter: parent.horizontalCenter
                text: "⚠"
                font.pixelSize: tile.edge / 4
                opacity: 0.6
            }
            Label {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: tile.error
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
                font.pointSize: metrics.font.pointSize * 0.85
                opacity: 0.8
            }
        }
    }

    Column {
        anchors.top: frame.bottom
        anchors.topMargin: 4
        x: 8
        width: tile.edge

        Label {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: tile.error !== "" ? "⚠ " + tile.error
                  : tile.credit === "" ? qsTr("No credit") : tile.credit + (tile.creditInferred ? "\u00A0◇" : "") // the mark never wraps alone
            font.italic: tile.credit === "" && tile.error === ""
            opacity: tile.credit === "" && tile.error === "" ? 0.6 : 1
            // Two lines before eliding: "NASA/Tim Kopra" and "NASA/Tim Copra" differ at the end.
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Label {
            id: nameLabel
            objectName: "tileName"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            // Two lines, and only the second loses its middle: names that differ at the end ("…_0001.jpg",
            // "…_0002.jpg") and names that differ in the middle ("…-rollout-baikonur-…", "…-landing-…")
            // both stay told apart. The whole name is in the tooltip.
            text: FileNameElider.elided(tile.shownName, nameLabel.font, nameLabel.width, 2)
            font.pointSize: metrics.font.pointSize * 0.85
            opacity: 0.6
        }
        Label {
            // The caption's first lines, when the grid shows them (View ▸ Captions under tiles).
            objectName: "tileCaption"
            visible: (tile.GridView.view as PhotoGrid)?.captionsUnderTiles ?? false
            width: parent.width
            topPadding: 4
            text: tile.caption === "" ? qsTr("No caption") : tile.caption
            textFormat: Text.PlainText
            font.pointSize: metrics.font.pointSize * 0.85
            font.italic: tile.caption === ""
            opacity: tile.caption === "" ? 0.6 : 0.9
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }
    }

    Item {
        // What the pointer drags out: file URLs for file managers and editors, captions for text fields.
        id: dragProxy
        Drag.supportedActions: Qt.CopyAction
        Drag.mimeData: tile.dragData
    }
    MouseArea {
        id: mouse
        anchors.fill: parent
        hoverEnabled: true
        onPositionChanged: tile.pointedAt = true
        onExited: tile.pointedAt = false
        drag.target: dragProxy
        // startDrag() rather than binding Drag.active to drag.active: the system drag (QDrag::exec)
        // returns inside that binding and resets it, which Qt reports as a binding loop.
        drag.onActiveChanged: {
            if (!mouse.drag.active)
                return;
            tile.dragStarting();
            dragProxy.Drag.active = true;
            dragProxy.Drag.startDrag(); // blocks until the drop
            dragProxy.Drag.active = false;
        }
        onPressed: (event) => tile.pressedWith(event.modifiers & (Qt.ShiftModifier | Qt.ControlModifier))
        onClicked: (event) => tile.clickedWith(event.modifiers & (Qt.ShiftModifier | Qt.ControlModifier))
        onDoubleClicked: tile.doubleClicked()
    }

    // The restriction flag on the tile may be cut short: here it is whole.
    ToolTip.text: tile.shownName + (tile.creditInferred ? "\n" + qsTr("◇ credit inferred from the caption") : "")
                  + (tile.restrictions !== "" ? "\n⚑ " + tile.restrictions : "")
                  + (tile.error !== "" ? "\n" + tile.error : "")
                  + (tile.fileWarning !== "" && tile.error === "" ? "\n⚠ " + tile.fileWarning : "")
    ToolTip.visible: tile.pointedAt && mouse.containsMouse && !mouse.pressed
    ToolTip.delay: 800
}
