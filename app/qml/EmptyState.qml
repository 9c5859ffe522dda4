import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gallery

// What the centre says when the grid has nothing to show: no folder yet, a folder that is still
// being read, a folder without photos, a folder that cannot be read, or a filter that matches nothing.
Item {
    id: empty

    required property PhotoModel photos
    required property PhotoFilterModel filter

    signal openFolderRequested()

    readonly property string mode: {
        if (empty.filter.count > 0)
            return "";
        if (empty.photos.folder === "")
            return "noFolder";
        if (empty.photos.state === PhotoModel.Error)
            return "error";
        if (empty.photos.count === 0)
            return empty.photos.state === PhotoModel.Scanning ? "loading" : "emptyFolder";
        return empty.filter.filtering ? "noMatch" : "loading";
    }

    visible: empty.mode !== ""
    // A folder of event folders (a year, say): its photos are one level down.
    readonly property bool offersSubfolders: empty.mode === "emptyFolder" && !empty.photos.recursive
                                             && empty.photos.subfolderCount > 0

    FontMetrics {
        id: metrics // the application font, for smaller and larger text
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 420)
        spacing: 12

        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: empty.mode === "loading"
            running: visible
        }
        Label {
            objectName: "emptyTitle"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.pointSize: metrics.font.pointSize * 1.4
            text: {
                switch (empty.mode) {
                case "noFolder": return qsTr("No folder open");
                case "error": return qsTr("This folder cannot be read");
                case "emptyFolder": return qsTr("No photos in this folder");
                case "noMatch": return qsTr("No photo matches the filter");
                default: return qsTr("Reading the folder…");
                }
            }
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            opacity: 0.7
            text: {
                switch (empty.mode) {
                case "noFolder": return qsTr("Open a folder of photos, or drop one onto this window.");
                case "error": return empty.photos.errorString;
                case "emptyFolder":
                    if (empty.offersSubfolders)
                        return qsTr("%1 holds no photos of its own, but the %n folder(s) inside it may.", "",
                                    empty.photos.subfolderCount).arg(empty.photos.folder);
                    return qsTr("%1 holds no image files. Open another folder, or drop one here.")
                               .arg(empty.photos.folder);
                case "noMatch": return qsTr("Nothing among the %n photo(s) matches the search and the checked credits.",
                                            "", empty.photos.count);
                default: return "";
                }
            }
        }
        Button {
            objectName: "includeSubfoldersButton"
            Layout.alignment: Qt.AlignHCenter
            visible: empty.offersSubfolders
            text: qsTr("Show the photos in its folders")
            onClicked: empty.photos.recursive = true
        }
        Button {
            Layout.alignment: Qt.AlignHCenter
            visible: empty.mode === "noFolder" || empty.mode === "emptyFolder" || empty.mode === "error"
            text: qsTr("Open folder…")
            onClicked: empty.openFolderRequested()
        }
        Button {
            Layout.alignment: Qt.AlignHCenter
            visible: empty.mode === "noMatch"
            text: qsTr("Clear filters")
            onClicked: empty.filter.clearFilters()
        }
    }
}
