import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQml.Models
import Gallery
import Byline

// Open folder and recent folders, the search field, the thumbnail size, the sort menu, the selection
// count, Export, and the scan's progress with Cancel.
ToolBar {
    id: bar

    required property PhotoModel photos
    required property PhotoFilterModel filter
    required property FolderHistory history
    required property CatalogSetting catalog
    required property int thumbnailSize
    required property int smallestThumbnail
    required property int largestThumbnail
    required property bool advanceAfterMark
    required property bool listMode
    required property bool captionsUnderTiles

    signal openFolderRequested()
    signal recentFolderChosen(string folder)
    signal thumbnailSizeMoved(int size)
    signal focusGridRequested()
    signal exportRequested()
    signal bookRequested()
    signal catalogRequested()
    signal advanceAfterMarkToggled(bool advance)
    signal listModeChosen(bool list)
    signal captionsUnderTilesToggled(bool shown)
    signal compareRequested()

    function focusSearch() {
        search.forceActiveFocus();
        search.selectAll();
    }

    // Three groups: the folder and the search, how the grid shows it, and (on the right) the scan and
    // the selection. What does not fit on one line (a 1,024 px screen, a narrow window) moves to a line
    // of its own instead of being pushed out of the window.
    // The search field gives up its extra width before anything moves to a second line; and the room
    // kept for the count is that of its longest form ("… · N selected"), so selecting a photo never
    // makes the bar jump to two lines and move the grid under the pointer.
    GridLayout {
        readonly property real folderNeeded: folderGroup.implicitWidth - search.Layout.preferredWidth
                                             + search.Layout.minimumWidth
        readonly property real statusNeeded: longestCount.advanceWidth + exportButton.implicitWidth + 12
                                             + (progress.visible ? progress.implicitWidth + cancelButton.implicitWidth + 12 : 0)
        readonly property real needed: folderNeeded + viewGroup.implicitWidth + statusNeeded + 24
        readonly property real neededLeft: folderNeeded + viewGroup.implicitWidth + 12

        anchors.fill: parent
        anchors.leftMargin: 6
        anchors.rightMargin: 6
        columns: bar.width >= needed ? 3 : bar.width >= neededLeft ? 2 : 1
        rowSpacing: 0
        columnSpacing: 6

        RowLayout {
            id: folderGroup
            Layout.fillWidth: true
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

                FittedMenu {
                    id: recentMenu
                    y: recentButton.height

                    // The folders first, then "Clear": a Repeater's items would land after the static ones.
                    Instantiator {
                        model: bar.history.recentFolders
                        delegate: MenuItem {
                            id: recentItem
                            required property string modelData
                            text: recentItem.modelData
                            onTriggered: () => bar.recentFolderChosen(recentItem.modelData)
                        }
                        onObjectAdded: (index, object) => recentMenu.insertItem(index, object)
                        onObjectRemoved: (index, object) => recentMenu.removeItem(object)
                    }
                    MenuSeparator {}
                    MenuItem {
                        text: qsTr("Clear recent folders")
                        onTriggered: bar.history.clear()
                    }
                }
            }
            ToolButton {
                objectName: "creditBookButton"
                text: qsTr("Credit book…")
                Accessible.name: qsTr("Credit book and credit line style")
                ToolTip.text: qsTr("The desk's credit book and how credit lines are printed")
                ToolTip.visible: hovered
                ToolTip.delay: 600
                onClicked: bar.bookRequested()
            }
            ToolButton {
                // Only on a desk catalog (docs/desk.md): whether the desk's server answers.
                objectName: "deskButton"
                visible: bar.catalog.shared
                text: bar.catalog.connected ? qsTr("● Desk") : qsTr("○ Desk offline")
                Accessible.name: bar.catalog.connected ? qsTr("Desk catalog, connected")
                                                       : qsTr("Desk catalog, cannot be reached")
                ToolTip.text: bar.catalog.connected ? qsTr("The desk catalog %1").arg(bar.catalog.location)
                                                    : qsTr("The desk catalog %1 cannot be reached: %2")
                                                      .arg(bar.catalog.location).arg(bar.catalog.connectionError)
                ToolTip.visible: hovered
                ToolTip.delay: 600
                onClicked: bar.catalogRequested()
            }
            AboutButton {}

            TextField {
                id: search
                objectName: "searchField"
                Layout.preferredWidth: 260
                Layout.minimumWidth: 140
                Layout.maximumWidth: 260
                Layout.fillWidth: true
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

        }

        RowLayout {
            id: viewGroup
            spacing: 6

            ToolButton {
                id: viewButton
                objectName: "viewToolButton"
                text: bar.listMode ? qsTr("List ▾") : qsTr("Grid ▾")
                Accessible.name: qsTr("How the photos are shown")
                ToolTip.text: qsTr("Thumbnail grid or list (Ctrl+L), captions under tiles")
                ToolTip.visible: hovered && !viewMenu.visible // never over the menu's first item
                ToolTip.delay: 600
                onClicked: viewMenu.open()

                FittedMenu {
                    id: viewMenu
                    y: viewButton.height

                    ButtonGroup {
                        id: viewModes
                    }
                    RadioMenuItem {
                        objectName: "gridViewItem"
                        text: qsTr("Thumbnail grid (Ctrl+L)")
                        ButtonGroup.group: viewModes
                        chosen: !bar.listMode
                        onTriggered: bar.listModeChosen(false)
                    }
                    RadioMenuItem {
                        objectName: "listViewItem"
                        text: qsTr("List: time, name, marks, credit, caption (Ctrl+L)")
                        ButtonGroup.group: viewModes
                        chosen: bar.listMode
                        onTriggered: bar.listModeChosen(true)
                    }
                    MenuSeparator {}
                    MenuItem {
                        objectName: "captionsUnderTilesItem"
                        text: qsTr("Captions under tiles")
                        checkable: true
                        checked: bar.captionsUnderTiles
                        enabled: !bar.listMode
                        onTriggered: bar.captionsUnderTilesToggled(checked)
                    }
                    MenuSeparator {}
                    MenuItem {
                        objectName: "compareItem"
                        text: qsTr("Compare the selected photos (C)")
                        enabled: bar.photos.selection.count >= 2 && bar.photos.selection.count <= 4
                        onTriggered: bar.compareRequested()
                    }
                }
            }
            Label {
                text: qsTr("Size")
                enabled: !bar.listMode
            }
            Slider {
                id: sizeSlider
                enabled: !bar.listMode
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

                FittedMenu {
                    id: sortMenu
                    y: sortButton.height

                    function keyName(key: int): string {
                        switch (key) {
                        case PhotoFilterModel.Name: return qsTr("name");
                        case PhotoFilterModel.Credit: return qsTr("credit");
                        case PhotoFilterModel.FileSize: return qsTr("size");
                        case PhotoFilterModel.Rating: return qsTr("rating");
                        case PhotoFilterModel.Caption: return qsTr("caption");
                        default: return qsTr("date taken");
                        }
                    }

                    ButtonGroup {
                        id: sortKeys
                    }
                    ButtonGroup {
                        id: sortOrders
                    }
                    RadioMenuItem {
                        text: sortMenu.keyName(PhotoFilterModel.DateTaken)
                        ButtonGroup.group: sortKeys
                        chosen: bar.filter.sortKey === PhotoFilterModel.DateTaken
                        onTriggered: bar.filter.sortKey = PhotoFilterModel.DateTaken
                    }
                    RadioMenuItem {
                        text: sortMenu.keyName(PhotoFilterModel.Name)
                        ButtonGroup.group: sortKeys
                        chosen: bar.filter.sortKey === PhotoFilterModel.Name
                        onTriggered: bar.filter.sortKey = PhotoFilterModel.Name
                    }
                    RadioMenuItem {
                        text: sortMenu.keyName(PhotoFilterModel.Credit)
                        ButtonGroup.group: sortKeys
                        chosen: bar.filter.sortKey === PhotoFilterModel.Credit
                        onTriggered: bar.filter.sortKey = PhotoFilterModel.Credit
                    }
                    RadioMenuItem {
                        text: sortMenu.keyName(PhotoFilterModel.FileSize)
                        ButtonGroup.group: sortKeys
                        chosen: bar.filter.sortKey === PhotoFilterModel.FileSize
                        onTriggered: bar.filter.sortKey = PhotoFilterModel.FileSize
                    }
                    RadioMenuItem {
                        text: sortMenu.keyName(PhotoFilterModel.Rating)
                        ButtonGroup.group: sortKeys
                        chosen: bar.filter.sortKey === PhotoFilterModel.Rating
                        onTriggered: bar.filter.sortKey = PhotoFilterModel.Rating
                    }
                    RadioMenuItem {
                        text: sortMenu.keyName(PhotoFilterModel.Caption)
                        ButtonGroup.group: sortKeys
                        chosen: bar.filter.sortKey === PhotoFilterModel.Caption
                        onTriggered: bar.filter.sortKey = PhotoFilterModel.Caption
                    }
                    MenuSeparator {}
                    RadioMenuItem {
                        text: qsTr("Ascending")
                        ButtonGroup.group: sortOrders
                        chosen: !bar.filter.descending
                        onTriggered: bar.filter.descending = false
                    }
                    RadioMenuItem {
                        text: qsTr("Descending")
                        ButtonGroup.group: sortOrders
                        chosen: bar.filter.descending
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
            ToolButton {
                objectName: "advanceToolButton"
                text: qsTr("Advance")
                checkable: true
                checked: bar.advanceAfterMark
                Accessible.name: qsTr("Move to the next photo after marking one")
                ToolTip.text: qsTr("After a rating (0-5, X), label (6-9) or tag (T) key, move to the next photo")
                ToolTip.visible: hovered
                ToolTip.delay: 600
                onToggled: {
                    bar.advanceAfterMarkToggled(checked);
                    bar.focusGridRequested(); // the rating keys are the grid's: culling goes on at once
                }
            }

        }

        RowLayout {
            id: status
            Layout.fillWidth: true
            Layout.columnSpan: parent.columns === 2 ? 2 : 1
            spacing: 6

            Item {
                Layout.fillWidth: true
            }

            ProgressBar {
                id: progress
                Layout.preferredWidth: 120
                visible: bar.photos.state === PhotoModel.Scanning
                from: 0
                to: Math.max(1, bar.photos.total)
                value: bar.photos.progress
                indeterminate: bar.photos.total === 0
                Accessible.name: qsTr("Reading the folder")
            }
            ToolButton {
                id: cancelButton
                visible: progress.visible
                text: qsTr("Cancel")
                Accessible.name: qsTr("Stop reading the folder")
                onClicked: bar.photos.cancel()
            }

            Label {
                id: countLabel
                objectName: "selectionCount"
                // "N of M" whenever the grid shows fewer than the folder holds, hidden unreadable files too.
                text: (bar.filter.count !== bar.photos.count ? qsTr("%1 of %n photo(s)", "", bar.photos.count).arg(bar.filter.count)
                                            : qsTr("%n photo(s)", "", bar.photos.count))
                      + (bar.photos.errorCount > 0 ? qsTr(", %1 unreadable").arg(bar.photos.errorCount) : "")
                      + (bar.photos.selection.count > 0 ? qsTr(" · %1 selected").arg(bar.photos.selection.count) : "")

                TextMetrics {
                    id: longestCount
                    font: countLabel.font
                    text: qsTr("%1 of %n photo(s)", "", bar.photos.count).arg(bar.photos.count)
                          + (bar.photos.errorCount > 0 ? qsTr(", %1 unreadable").arg(bar.photos.errorCount) : "")
                          + qsTr(" · %1 selected").arg(bar.photos.count)
                }
            }

            ToolButton {
                id: exportButton
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
}
