import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import Qt.labs.settings
import Gallery
import Byline

// The Byline window: the toolbar, the credit facets, the thumbnail grid and the detail pane, and the
// lightbox over them. State lives in the Gallery types; this file wires them together.
ApplicationWindow {
    id: window

    required property string initialFolder
    required property FolderHistory history
    // The photo the detail pane and the lightbox show: the last one clicked or stepped to.
    property string currentPath: ""
    property int thumbnailSize: 160
    // How the window was shown before F11 made it fill the screen.
    property int visibilityBeforeFullScreen: Window.Windowed

    readonly property int smallestThumbnail: 96
    readonly property int largestThumbnail: 320

    function openFolder(folder: string) {
        if (folder === "")
            return;
        window.currentPath = "";
        photoFilter.clearFilters();
        photos.folder = folder;
        window.history.remember(photos.folder);
    }
    function zoom(steps: int) {
        window.thumbnailSize = Math.max(window.smallestThumbnail,
                                        Math.min(window.largestThumbnail, window.thumbnailSize + steps * 32));
    }
    function copySelection() {
        const paths = transfer.shownSelection(window.currentPath);
        if (paths.length === 0) {
            notice.show(qsTr("Nothing to copy: select a photo first"));
            return;
        }
        const copied = transfer.copyToClipboard(paths);
        // Two credits in one pasted caption must not go unnoticed: the author's words are kept, so say so.
        const contradicting = transfer.contradictions(paths);
        notice.show(copied === 0 ? qsTr("Nothing to copy: no caption or credit (the clipboard is now empty)")
                                 : qsTr("Copied the attributed caption of %n photo(s)", "", copied)
                                   + (contradicting > 0
                                      ? " · " + qsTr("%n caption(s) name another credit than the photo's: "
                                                     + "both are in the text, check before publishing", "",
                                                     contradicting)
                                      : ""));
    }
    // Ctrl+I: the selected photos the grid shows, else the current one.
    function editSelection() {
        const paths = transfer.shownSelection(window.currentPath);
        if (paths.length === 0)
            notice.show(qsTr("Select the photos to edit first"));
        else
            editDialog.editPhotos(paths);
    }
    function revertSelection() {
        const paths = transfer.shownSelection(window.currentPath);
        if (paths.length > 1) {
            revertConfirm.paths = paths;
            revertConfirm.open();
        } else if (paths.length === 1) {
            editSession.revertToOriginal(paths);
        }
    }
    // The credit sweep: the selected photos the grid shows, or every photo it shows when none is selected.
    function sweepCredits() {
        const paths = transfer.shownSelectionOrAll();
        if (paths.length === 0)
            notice.show(qsTr("No photos to sweep"));
        else
            editDialog.sweepPhotos(paths);
    }
    // Every pending mark of the folder, whatever the selection and the filter: the count on the button is
    // what is written, and culling with Advance leaves one photo selected.
    function writeMarks() {
        const paths = photos.pendingMarkPaths();
        if (paths.length === 0)
            notice.show(qsTr("No photos to write"));
        else
            editDialog.writeMarks(paths);
    }
    function undoEdit() {
        if (!editSession.canUndo) {
            notice.show(qsTr("Nothing to undo"));
            return;
        }
        notice.show(qsTr("Undoing: %1").arg(editSession.undoText));
        editSession.undo();
    }
    function exportSelection() {
        if (photos.selection.count === 0)
            notice.show(qsTr("Select the photos to export first"));
        else
            exportDialog.exportSelection();
    }
    // What is shown is what is current and selected: photos the filter hides let go of both, so the
    // detail pane, "N selected", Ctrl+C and Export never act on a photo the grid does not show.
    function letGoOfHidden() {
        photos.selection.keepShown(photoFilter);
        if (photoFilter.hides(window.currentPath))
            window.currentPath = "";
    }
    // F11: the whole screen for the window, and back to how it was.
    function toggleFullScreen() {
        if (window.visibility === Window.FullScreen) {
            window.visibility = window.visibilityBeforeFullScreen;
        } else {
            window.visibilityBeforeFullScreen = window.visibility;
            window.visibility = Window.FullScreen;
        }
    }
    // C: two to four selected photos side by side.
    function compareSelection() {
        const paths = transfer.shownSelection(window.currentPath);
        if (paths.length < 2 || paths.length > 4)
            notice.show(qsTr("Select two to four photos to compare (%n selected)", "", paths.length));
        else
            compareView.show(paths, window.currentPath);
    }
    function openLightbox() {
        if (window.currentPath !== "")
            lightbox.open();
    }

    // Never larger than the screen: a laptop's would hide the toolbar's right end and the panes.
    width: Math.min(1280, Screen.desktopAvailableWidth)
    height: Math.min(800, Screen.desktopAvailableHeight)
    minimumWidth: 760
    minimumHeight: 480
    visible: true
    title: photos.folder === "" ? "Byline" : qsTr("%1 — Byline").arg(photos.folder)

    PhotoModel {
        id: photos
        objectName: "photos"
    }
    PhotoFilterModel {
        id: photoFilter
        objectName: "photoFilter"
        photos: photos
    }
    CreditBookModel {
        id: creditBook
        objectName: "creditBook"
    }
    CatalogSetting {
        id: catalogSetting
        objectName: "catalogSetting"
        // A desk catalog going away or coming back is said at once; the window keeps what it shows.
        onConnectedChanged: {
            if (!catalogSetting.shared)
                return;
            notice.show(catalogSetting.connected
                        ? qsTr("The desk catalog is back")
                        : qsTr("The desk catalog cannot be reached: showing what this window has, reconnecting"));
        }
    }
    CreditFacetModel {
        id: facets
        objectName: "facets"
        filter: photoFilter
        book: creditBook
    }
    PhotoDetails {
        id: details
        objectName: "details"
        photos: photos
        book: creditBook
        path: window.currentPath
    }
    EditSession {
        id: editSession
        objectName: "editSession"
        photos: photos
        onFinished: {
            // Outside the dialog (Ctrl+Z, Revert) the notice is all there is: it names the first failure.
            if (!editDialog.visible)
                notice.show(editSession.failures.length === 0
                            ? editSession.result
                            : qsTr("%1 — %2").arg(editSession.result).arg(editSession.failures[0]));
        }
    }
    SelectionTransfer {
        id: transfer
        photos: photos
        view: photoFilter
        book: creditBook
    }

    Timer {
        id: letGoLater // once the filter's change is over, never inside it
        interval: 0
        onTriggered: window.letGoOfHidden()
    }
    Connections {
        target: photoFilter
        function onFilteringChanged() { letGoLater.restart(); }
        function onRowsRemoved() { letGoLater.restart(); }
    }

    Settings {
        id: settings
        category: "window"
        property alias x: window.x
        property alias y: window.y
        property alias width: window.width
        property alias height: window.height
        property alias thumbnailSize: window.thumbnailSize
        property alias sortKey: photoFilter.sortKey
        property alias descending: photoFilter.descending
        property alias hideUnreadable: photoFilter.hideUnreadable
        property alias pairRawJpeg: photos.pairRawJpeg
        property alias advanceAfterMark: grid.advanceAfterMark
        property alias listView: grid.listMode
        property alias captionsUnderTiles: grid.captionsUnderTiles
        property alias editToSidecar: editSession.toSidecar
        property alias creditLineStyle: creditBook.style
        property alias creditLinePattern: creditBook.customPattern
        property real facetPaneWidth: 240
        property real detailPaneWidth: 360
    }

    Shortcut {
        sequences: ["Ctrl+O"]
        onActivated: folderDialog.open()
    }
    Shortcut {
        sequences: ["Ctrl+F"]
        onActivated: toolBar.focusSearch()
    }
    Shortcut {
        sequences: ["Ctrl++", "Ctrl+="]
        onActivated: window.zoom(1)
    }
    Shortcut {
        sequences: ["Ctrl+-"]
        onActivated: window.zoom(-1)
    }
    Shortcut {
        // A focused text field keeps Ctrl+A and Ctrl+C for its own text (it overrides shortcuts).
        sequences: ["Ctrl+A"]
        onActivated: photos.selection.selectAll(photoFilter)
    }
    Shortcut {
        sequences: ["Ctrl+L"]
        onActivated: {
            grid.listMode = !grid.listMode;
            grid.forceActiveFocus();
        }
    }
    Shortcut {
        sequences: ["F11"]
        onActivated: window.toggleFullScreen()
    }
    Shortcut {
        sequences: ["Ctrl+C"]
        onActivated: window.copySelection()
    }
    Shortcut {
        sequences: ["Ctrl+I"]
        onActivated: window.editSelection()
    }
    Shortcut {
        sequences: ["Ctrl+Z"]
        onActivated: window.undoEdit()
    }
    Shortcut {
        sequences: ["Ctrl+E"]
        onActivated: window.exportSelection()
    }
    Shortcut {
        // Ctrl+Q, as every desktop app quits: through close(), so the window's state is saved as on the
        // title bar's button. Application-wide, so a dialog that has the focus does not swallow it.
        sequences: ["Ctrl+Q"]
        context: Qt.ApplicationShortcut
        onActivated: window.close()
    }

    header: MainToolBar {
        id: toolBar
        objectName: "mainToolBar"
        photos: photos
        catalog: catalogSetting
        filter: photoFilter
        history: window.history
        thumbnailSize: window.thumbnailSize
        smallestThumbnail: window.smallestThumbnail
        largestThumbnail: window.largestThumbnail
        advanceAfterMark: grid.advanceAfterMark
        onAdvanceAfterMarkToggled: (advance) => grid.advanceAfterMark = advance
        listMode: grid.listMode
        captionsUnderTiles: grid.captionsUnderTiles
        onListModeChosen: (list) => {
            grid.listMode = list;
            grid.forceActiveFocus();
        }
        onCaptionsUnderTilesToggled: (shown) => grid.captionsUnderTiles = shown
        onCompareRequested: window.compareSelection()
        onOpenFolderRequested: folderDialog.open()
        onRecentFolderChosen: (folder) => window.openFolder(folder)
        onThumbnailSizeMoved: (size) => window.thumbnailSize = size
        onFocusGridRequested: grid.forceActiveFocus()
        onExportRequested: exportDialog.exportSelection()
        onBookRequested: creditBookDialog.openBook(details.credit)
        onCatalogRequested: catalogDialog.openSetting()
    }

    SplitView {
        id: split
        anchors.fill: parent

        FacetPane {
            id: facetPane
            // A narrow window keeps room for the photos: the panes give up width first.
            SplitView.preferredWidth: Math.min(settings.facetPaneWidth, window.width * 0.22)
            SplitView.minimumWidth: 160
            facets: facets
            filter: photoFilter
            photos: photos
            editing: editSession.busy
            onSweepRequested: window.sweepCredits()
            onMarksWriteRequested: window.writeMarks()
            onBookRequested: creditBookDialog.openBook(details.credit)
        }

        Item {
            SplitView.fillWidth: true
            SplitView.minimumWidth: 240

            PhotoListHeader {
                id: listHeader
                anchors.top: parent.top
                width: parent.width
                grid: grid
                filter: photoFilter
                visible: grid.listMode && grid.visible
            }
            PhotoGrid {
                id: grid
                anchors.top: listHeader.visible ? listHeader.bottom : parent.top
                anchors.bottom: parent.bottom
                width: parent.width
                filter: photoFilter
                selection: photos.selection
                transfer: transfer
                thumbnailSize: window.thumbnailSize
                currentPath: window.currentPath
                visible: photoFilter.count > 0
                onCurrentPathChosen: (path) => window.currentPath = path
                onActivated: window.openLightbox()
                onCompareRequested: window.compareSelection()
            }
            EmptyState {
                anchors.fill: parent
                photos: photos
                filter: photoFilter
                onOpenFolderRequested: folderDialog.open()
            }
        }

        DetailPane {
            id: detailPane
            SplitView.preferredWidth: Math.min(settings.detailPaneWidth, window.width * 0.28)
            SplitView.minimumWidth: 240
            details: details
            onEditRequested: window.editSelection()
            onRevertRequested: window.revertSelection()
        }
    }

    Notice {
        id: notice
        // Above the lightbox too, which lives in the overlay.
        parent: Overlay.overlay
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 24
        z: 1000
    }

    Lightbox {
        id: lightbox
        details: details
        filter: photoFilter
        // Stepping is moving in the grid: the photo shown becomes the current and only selected one.
        onStepped: (path) => grid.choose(photoFilter.rowOfPath(path), Qt.NoModifier)
        onCopyRequested: window.copySelection()
        onFullScreenRequested: window.toggleFullScreen()
        // With Advance on, a mark moves on to the photo that followed, as in the grid (the lightbox steps
        // from where the photo was when the mark took it out of the filter).
        onRatingChosen: (rating) => {
            photos.setRating([lightbox.details.path], rating);
            if (grid.advanceAfterMark)
                lightbox.step(1);
        }
        onLabelChosen: (label) => {
            photos.toggleLabel([lightbox.details.path], label);
            if (grid.advanceAfterMark)
                lightbox.step(1);
        }
        onTagToggled: {
            photos.toggleTag([lightbox.details.path]);
            if (grid.advanceAfterMark)
                lightbox.step(1);
        }
        onClosed: grid.forceActiveFocus()
    }

    CompareView {
        id: compareView
        photos: photos
        book: creditBook
        // With Advance on, a mark moves the choice on to the next photo compared.
        onRatingChosen: (path, rating) => {
            photos.setRating([path], rating);
            if (grid.advanceAfterMark)
                compareView.moveFocus(1);
        }
        onLabelChosen: (path, label) => {
            photos.toggleLabel([path], label);
            if (grid.advanceAfterMark)
                compareView.moveFocus(1);
        }
        onTagToggled: (path) => {
            photos.toggleTag([path]);
            if (grid.advanceAfterMark)
                compareView.moveFocus(1);
        }
        // The photo chosen last is the current one; the selection stays, to export or copy the compared set.
        onClosed: {
            if (compareView.focusedPath !== "")
                window.currentPath = compareView.focusedPath;
            grid.forceActiveFocus();
        }
    }

    ExportDialog {
        id: exportDialog
        book: creditBook
        transfer: transfer
        selection: photos.selection
        history: window.history
        onClosed: grid.forceActiveFocus()
    }

    // Reverting many photos undoes a desk's work at once: it is asked first. One photo is reverted at once.
    Dialog {
        id: revertConfirm
        objectName: "revertConfirm"
        property var paths: []
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(480, window.width - 40)
        modal: true
        title: qsTr("Revert %n photo(s) to the original?", "", revertConfirm.paths.length)
        Label {
            width: parent.width
            wrapMode: Text.Wrap
            text: qsTr("Every change Byline wrote into these files goes back to what they were before Byline "
                       + "first wrote them. A file changed since by another program is left as it is.")
        }
        footer: DialogButtonBox {
            Button {
                objectName: "revertConfirmButton"
                text: qsTr("Revert %n photo(s)", "", revertConfirm.paths.length)
                highlighted: true
                onClicked: revertConfirm.accept()
            }
            Button {
                text: qsTr("Cancel")
                onClicked: revertConfirm.reject()
            }
        }
        onAccepted: editSession.revertToOriginal(revertConfirm.paths)
    }

    CreditBookDialog {
        id: creditBookDialog
        book: creditBook
        history: window.history
        catalog: catalogSetting
        onClosed: grid.forceActiveFocus()
        onCatalogRequested: catalogDialog.openSetting()
    }

    CatalogDialog {
        id: catalogDialog
        setting: catalogSetting
        onClosed: grid.forceActiveFocus()
        onSwitched: {
            photos.rescan();
            creditBook.reload();
        }
    }

    EditDialog {
        id: editDialog
        session: editSession
        onClosed: grid.forceActiveFocus()
    }

    FolderDialog {
        id: folderDialog
        objectName: "folderDialog"
        title: qsTr("Open a folder of photos")
        currentFolder: window.history.localUrl(photos.folder)
        onAccepted: window.openFolder(window.history.localPath(folderDialog.selectedFolder))
    }

    DropArea {
        // Drop a folder from a file manager onto the window to open it.
        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: (drop) => {
            const folder = window.history.droppedFolder(drop.urls);
            if (folder !== "") {
                drop.acceptProposedAction();
                window.openFolder(folder);
            }
        }
    }

    onClosing: {
        settings.facetPaneWidth = facetPane.width;
        settings.detailPaneWidth = detailPane.width;
    }

    // A size and place remembered on a larger screen (or another one, now gone) would put the toolbar's end
    // and the panes off this one: the window comes back within the screen.
    function fitScreen() {
        const available = Qt.rect(Screen.virtualX, Screen.virtualY, Screen.desktopAvailableWidth,
                                  Screen.desktopAvailableHeight);
        if (available.width <= 0 || available.height <= 0)
            return;
        window.width = Math.min(window.width, available.width);
        window.height = Math.min(window.height, available.height);
        window.x = Math.max(available.x, Math.min(window.x, available.x + available.width - window.width));
        window.y = Math.max(available.y, Math.min(window.y, available.y + available.height - window.height));
    }

    Component.onCompleted: {
        window.fitScreen(); // Settings has put back what it remembers (as it completed, before this)
        window.openFolder(window.initialFolder);
        grid.forceActiveFocus();
    }
}
