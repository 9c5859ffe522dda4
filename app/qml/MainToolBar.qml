import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gallery
import Byline

// Open folder and recent folders, the search field, the thumbnail size, the sort menu, the selection
// count, Export, and the scan's progress with Cancel.
ToolBar {
    id: bar

    required property PhotoModel photos
    required property PhotoFilterModel filter
    required property FolderHistory history
    required property int thumbnailSize
    required property int smallestThumbnail
    required property int largestThumbnail

    signal openFolderRequested()
    signal recentFolderChosen(string folder)
    signal thumbnailSizeMoved(int size)
    signal focusGridRequested()
    signal exportRequested()

    function focusSearch() {
        search.forceActiveFocus();
        search.selectAll();
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 6
        anchors.rightMargin: 6
        spacing: 6

        ToolButton {
            text: qsTr("Open folder…")
            Accessible.name: qsTr("Open folder")
            ToolTip.text: qsTr("Open a folder of photos (Ctrl+O)")
            ToolTip.visible: hovered
            ToolTip.delay: 600
            onClicked: bar.openFolderRequested()
        }
        ToolButton {
            id: recentButton
            text: qsTr("Recent ▾")
            Accessible.name: qsTr("Recent folders")
            enabled: bar.history.recentFolders.length > 0
            onClicked: recentMenu.open()

            Menu {
                id: recentMenu
                y: recentButton.height

                Repeater {
                    model: bar.history.recentFolders
                    delegate: MenuItem {
                        id: recentItem
                        required property string modelData
                        text: recentItem.modelData
                        onTriggered: () => bar.recentFolderChosen(recentItem.modelData)
                    }
                }
                MenuSeparator {}
                MenuItem {
                    text: qsTr("Clear recent folders")
                    onTriggered: bar.history.clear()
                }
            }
        }
        AboutButton {}

        TextField {
            id: search
            objectName: "searchField"
            Layout.preferredWidth: 260
            Layout.minimumWidth: 120
            placeholderText: qsTr("Search captions, credits, names (Ctrl+F)")
            Accessible.name: qsTr("Search")
            selectByMouse: true
            // Typing refilters after a pause, so 100,000 photos are not filtered once per keystroke.
            onTextEdited: debounce.restart()
            onAccepted: {
                debounce.stop();
                bar.filter.searchText = search.text;
                bar.focusGridRequested();
            }
            Keys.onEscapePressed: {
                search.clear();
                debounce.stop();
                bar.filter.searchText = "";
                bar.focusGridRequested();
            }

            Timer {
                id: debounce
                interval: 200
                onTriggered: bar.filter.searchText = search.text
            }
            Connections {
                // "Clear filters" elsewhere empties the field too.
                target: bar.filter
                function onSearchTextChanged() {
                    if (bar.filter.searchText !== search.text && !debounce.running)
                        search.text = bar.filter.searchText;
                }
            }
        }

        Label {
            text: qsTr("Size")
        }
        Slider {
            id: sizeSlider
            Layout.preferredWidth: 120
            from: bar.smallestThumbnail
            to: bar.largestThumbnail
            stepSize: 16
            value: bar.thumbnailSize
            Accessible.name: qsTr("Thumbnail size")
            ToolTip.text: qsTr("Thumbnail size (Ctrl++ / Ctrl+-)")
            ToolTip.visible: hovered
            ToolTip.delay: 600
            onMoved: bar.thumbnailSizeMoved(sizeSlider.value)
        }

        ToolButton {
            id: sortButton
            text: qsTr("Sort: %1 %2").arg(sortMenu.keyName(bar.filter.sortKey))
                                    .arg(bar.filter.descending ? "↓" : "↑")
            Accessible.name: qsTr("Sort order")
            onClicked: sortMenu.open()

            Menu {
                id: sortMenu
                y: sortButton.height

                function keyName(key: int): string {
                    switch (key) {
                    case PhotoFilterModel.Name: return qsTr("name");
                    case PhotoFilterModel.Credit: return qsTr("credit");
                    case PhotoFilterModel.FileSize: return qsTr("size");
                    default: return qsTr("date taken");
                    }
                }

                MenuItem {
                    text: sortMenu.keyName(PhotoFilterModel.DateTaken)
                    checkable: true
                    checked: bar.filter.sortKey === PhotoFilterModel.DateTaken
                    onTriggered: bar.filter.sortKey = PhotoFilterModel.DateTaken
                }
                MenuItem {
                    text: sortMenu.keyName(PhotoFilterModel.Name)
                    checkable: true
                    checked: bar.filter.sortKey === PhotoFilterModel.Name
                    onTriggered: bar.filter.sortKey = PhotoFilterModel.Name
                }
                MenuItem {
                    text: sortMenu.keyName(PhotoFilterModel.Credit)
                    checkable: true
                    checked: bar.filter.sortKey === PhotoFilterModel.Credit
                    onTriggered: bar.filter.sortKey = PhotoFilterModel.Credit
                }
                MenuItem {
                    text: sortMenu.keyName(PhotoFilterModel.FileSize)
                    checkable: true
                    checked: bar.filter.sortKey === PhotoFilterModel.FileSize
                    onTriggered: bar.filter.sortKey = PhotoFilterModel.FileSize
                }
                MenuSeparator {}
                MenuItem {
                    text: qsTr("Ascending")
                    checkable: true
                    checked: !bar.filter.descending
                    onTriggered: bar.filter.descending = false
                }
                MenuItem {
                    text: qsTr("Descending")
                    checkable: true
                    checked: bar.filter.descending
                    onTriggered: bar.filter.descending = true
                }
            }
        }

        ToolButton {
            objectName: "subfoldersToolButton"
            text: qsTr("Subfolders")
            checkable: true
            checked: bar.photos.recursive
            Accessible.name: qsTr("Include the photos of subfolders")
            ToolTip.text: qsTr("Include the photos of every folder inside this one")
            ToolTip.visible: hovered
            ToolTip.delay: 600
            onToggled: bar.photos.recursive = checked
        }

        Item {
            Layout.fillWidth: true
        }

        ProgressBar {
            id: progress
            Layout.preferredWidth: 160
            visible: bar.photos.state === PhotoModel.Scanning
            from: 0
            to: Math.max(1, bar.photos.total)
            value: bar.photos.progress
            indeterminate: bar.photos.total === 0
            Accessible.name: qsTr("Reading the folder")
        }
        ToolButton {
            visible: progress.visible
            text: qsTr("Cancel")
            Accessible.name: qsTr("Stop reading the folder")
            onClicked: bar.photos.cancel()
        }

        Label {
            objectName: "selectionCount"
            // Until translations (with real plural forms) are loaded, spell out the English ones.
            text: (bar.filter.filtering ? qsTr("%1 of %2 photos").arg(bar.filter.count).arg(bar.photos.count)
                                        : (bar.photos.count === 1 ? qsTr("1 photo")
                                                                   : qsTr("%1 photos").arg(bar.photos.count)))
                  + (bar.photos.errorCount > 0 ? qsTr(", %1 unreadable").arg(bar.photos.errorCount) : "")
                  + (bar.photos.selection.count > 0 ? qsTr(" · %1 selected").arg(bar.photos.selection.count) : "")
        }

        ToolButton {
            text: qsTr("Export…")
            objectName: "exportToolButton"
            Accessible.name: qsTr("Export the selected photos")
            // The selection, not the filtered set: exporting means choosing, and a stray click on
            // Export should not send 100,000 photos out.
            enabled: bar.photos.selection.count > 0
            ToolTip.text: enabled ? qsTr("Export the selected photos the grid shows (Ctrl+E)")
                                  : qsTr("Select the photos to export first (Ctrl+E)")
            ToolTip.visible: hovered
            ToolTip.delay: 600
            onClicked: bar.exportRequested()
        }
    }
}
