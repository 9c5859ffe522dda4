import QtQuick
import QtQuick.Controls
import Gallery

// The list view's column titles, aligned with PhotoListRow's cells. A title sorts by its column; the
// sorted one shows the direction, and a second click turns it.
Rectangle {
    id: header

    required property PhotoGrid grid
    required property PhotoFilterModel filter

    implicitHeight: titles.implicitHeight + 8
    color: colours.window
    objectName: "photoListHeader"

    SystemPalette {
        id: colours
    }
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: colours.mid
    }

    // A column's title: sorts by @p key, turning the order when it already is the key; a rating sorts
    // best first.
    component Title: ToolButton {
        id: title
        required property PhotoFilterModel sorting
        required property int key
        required property real columnWidth // < 0: as wide as the title needs
        readonly property bool sorted: title.sorting.sortKey === title.key

        width: title.columnWidth < 0 ? title.implicitWidth : title.columnWidth
        leftPadding: 0 // aligned with the column's text below
        focusPolicy: Qt.NoFocus
        font.bold: title.sorted
        objectName: "listTitle:" + title.key
        contentItem: Label {
            // The arrow first: a narrow column elides the title, never the direction.
            text: (title.sorted ? (title.sorting.descending ? "↓ " : "↑ ") : "") + title.text
            font: title.font
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignLeft
            verticalAlignment: Text.AlignVCenter
        }
        Accessible.name: qsTr("Sort by %1").arg(title.text)
        onClicked: {
            if (title.sorted) {
                title.sorting.descending = !title.sorting.descending;
            } else {
                title.sorting.sortKey = title.key;
                title.sorting.descending = title.key === PhotoFilterModel.Rating;
            }
        }
    }

    Row {
        id: titles
        x: 8
        anchors.verticalCenter: parent.verticalCenter
        spacing: header.grid.listSpacing

        Item {
            width: header.grid.listThumbnailWidth
            height: 1
        }
        // Narrow (PhotoGrid.listCompact): the time is above the name, and the credit and marks above the
        // caption, in each row; their titles share those columns, each as wide as it needs, never cut.
        Title {
            id: takenTitle
            sorting: header.filter
            text: qsTr("Taken")
            key: PhotoFilterModel.DateTaken
            columnWidth: header.grid.listCompact ? -1 : header.grid.listTimeWidth
        }
        Title {
            sorting: header.filter
            text: qsTr("Name")
            key: PhotoFilterModel.Name
            columnWidth: header.grid.listCompact
                         ? Math.max(implicitWidth, header.grid.listNameWidth - takenTitle.width - titles.spacing)
                         : header.grid.listNameWidth
        }
        Title {
            sorting: header.filter
            text: qsTr("Rating")
            key: PhotoFilterModel.Rating
            columnWidth: header.grid.listCompact ? -1 : header.grid.listMarksWidth
        }
        Title {
            sorting: header.filter
            text: qsTr("Credit")
            key: PhotoFilterModel.Credit
            columnWidth: header.grid.listCompact ? -1 : header.grid.listCreditWidth
        }
        Title {
            sorting: header.filter
            text: qsTr("Caption")
            key: PhotoFilterModel.Caption
            columnWidth: Math.max(80, header.width - x - 24)
        }
    }
}
