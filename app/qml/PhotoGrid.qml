import QtQuick
import QtQuick.Controls
import Gallery
import Byline

// The thumbnail grid over the filtered photos, or with listMode the list view: a row per photo in one
// column, so every key, click and mark below works the same in both. Click, Ctrl+click and Shift+click select; the arrow
// keys, Home/End and PageUp/PageDown move (Shift extends the selection, Ctrl moves without selecting);
// Enter or Space opens the lightbox, Esc clears the selection. Selected tiles drag out as file URLs.
// Culling: 1-5 rate the selected photos (or the current one), 0 unrates, X rejects, 6-9 toggle the
// Red, Yellow, Green and Blue labels, T or P toggles the tag (the pick, as in Photo Mechanic); with
// advanceAfterMark the next photo is then chosen. C compares the selected photos side by side.
GridView {
    id: grid

    objectName: "photoGrid"

    required property PhotoFilterModel filter
    required property PhotoSelection selection
    required property SelectionTransfer transfer
    required property int thumbnailSize
    required property string currentPath
    // Where Shift+click and Shift+arrow ranges start; a path, so it survives filtering and sorting.
    property string anchorPath: ""
    // True from the moment the grid shows the current photo until the user scrolls away from it.
    property bool keepCurrentInView: false
    // Rate-and-advance: after a rating or label key the next photo becomes the current and selected one.
    property bool advanceAfterMark: false
    // A row per photo with its time, name, marks, credit and caption, instead of tiles.
    property bool listMode: false
    // The caption's first lines under each tile, to check captions without the detail pane.
    property bool captionsUnderTiles: false
    // As many columns of the chosen size as fit, then the cells share the width: no empty band at the
    // right, and the largest size never leaves a third of the grid blank.
    readonly property int columns: grid.listMode ? 1 : Math.max(1, Math.floor(grid.width / (grid.thumbnailSize + 16)))
    // The thumbnail's edge in each tile (the cell less its margins), which PhotoTile reads.
    readonly property int tileEdge: grid.cellWidth - 16
    // The room under each thumbnail, which PhotoTile reads: the credit's two lines, the file name's two
    // (at the tile's smaller size for names), the caption's three when shown, and the margins.
    readonly property int tileTextHeight: 60 + Math.ceil(metrics.height * 0.85)
                                          + (grid.captionsUnderTiles ? Math.ceil(metrics.height * 0.85 * 3) + 4 : 0)
    // The list view's columns, which PhotoListRow and PhotoListHeader share. The name and the credit take
    // a share of what the fixed columns leave, within bounds; the caption, what a desk reads, the rest.
    readonly property int listSpacing: 12
    readonly property int listThumbnailWidth: Math.ceil(metrics.height * 3.5)
    readonly property int listTimeWidth: Math.ceil(metrics.advanceWidth("0000-00-00 00:00:00.00")) + 8
    readonly property int listMarksWidth: Math.ceil(metrics.advanceWidth("✓ ★★★★★")) + 30
    readonly property real listFlexibleWidth: grid.width - 16 - 5 * grid.listSpacing - grid.listThumbnailWidth
                                              - grid.listTimeWidth - grid.listMarksWidth
    // Too narrow for six columns (a laptop's window beside the panes): the time goes above the name, and the
    // credit with the marks above the caption, so every column a desk checks stays readable.
    readonly property bool listCompact: grid.listFlexibleWidth < metrics.averageCharacterWidth * 60
    readonly property real listCompactFlexibleWidth: grid.width - 16 - 2 * grid.listSpacing - grid.listThumbnailWidth
    readonly property int listNameWidth: grid.listCompact
        ? Math.round(Math.max(metrics.averageCharacterWidth * 12, Math.min(metrics.averageCharacterWidth * 30,
                                                                           grid.listCompactFlexibleWidth * 0.38)))
        : Math.round(Math.max(metrics.averageCharacterWidth * 16, Math.min(metrics.averageCharacterWidth * 34,
                                                                           grid.listFlexibleWidth * 0.3)))
    readonly property int listCreditWidth: Math.round(Math.max(metrics.averageCharacterWidth * 10,
                                                               Math.min(metrics.averageCharacterWidth * 26,
                                                                        grid.listFlexibleWidth * 0.2)))

    signal currentPathChosen(string path)
    signal activated()
    signal compareRequested()

    // Select @p row as a click with @p modifiers would.
    function choose(row: int, modifiers: int) {
        if (row < 0 || row >= grid.count)
            return;
        const path = grid.filter.pathAt(row);
        const anchorRow = grid.filter.rowOfPath(grid.anchorPath);
        if ((modifiers & Qt.ShiftModifier) && anchorRow >= 0) {
            if (!(modifiers & Qt.ControlModifier))
                grid.selection.clear();
            grid.selection.selectRange(grid.filter, anchorRow, row);
        } else if (modifiers & Qt.ControlModifier) {
            grid.selection.toggle(path);
            grid.anchorPath = path;
        } else {
            grid.selection.selectOnly(path);
            grid.anchorPath = path;
        }
        grid.moveTo(row);
    }
    // A rating, label or tag key: marks the shown selection, or the current photo when none is selected.
    // True when @p key was one.
    function markWith(key: int, repeated: bool): bool {
        const photos = grid.filter.photos;
        let rating = -2;
        let label = "";
        const tag = key === Qt.Key_T || key === Qt.Key_P;
        if (tag)
            ; // toggled below
        else if (key >= Qt.Key_0 && key <= Qt.Key_5)
            rating = key - Qt.Key_0;
        else if (key === Qt.Key_X)
            rating = -1;
        else if (key >= Qt.Key_6 && key <= Qt.Key_9)
            label = LabelColours.labelOfKey(key - Qt.Key_0);
        else
            return false;
        if (repeated)
            return true;
        const targets = grid.transfer.shownSelection(grid.currentPath);
        if (targets.length === 0 || !photos)
            return true;
        // The next photo is found before the mark: a rating filter or sort may move or hide this one. It
        // follows the photo marked, which is not the current one when the filter hides that.
        const from = grid.filter.rowOfPath(targets.length === 1 ? targets[0] : grid.currentPath);
        const next = from >= 0 && from + 1 < grid.count ? grid.filter.pathAt(from + 1) : "";
        if (tag)
            photos.toggleTag(targets);
        else if (rating > -2)
            photos.setRating(targets, rating);
        else
            photos.toggleLabel(targets, label);
        // Advance, or a mark that took the photo out of the filter ("Unrated" checked): the photo that
        // followed it is current, as the desk's place in the take, not nothing.
        const left = grid.filter.rowOfPath(targets[0]) < 0;
        if ((grid.advanceAfterMark || left) && targets.length === 1 && next !== "")
            grid.choose(grid.filter.rowOfPath(next), Qt.NoModifier);
        return true;
    }
    function moveTo(row: int) {
        grid.currentIndex = row;
        grid.positionViewAtIndex(row, GridView.Contain);
        grid.keepCurrentInView = true;
        grid.currentPathChosen(grid.filter.pathAt(row));
    }
    // The current photo's row after the filter or the sort moved it (or -1 when it is hidden). It is
    // scrolled into view when asked, and when it first appears (`byline PHOTO` opens on that photo),
    // but not on every batch of a scan, which would fight the user's scrolling.
    // Once shown, the current photo stays in view while the scan inserts rows around it, until the
    // user scrolls the grid themselves.
    function followCurrent(reveal: bool) {
        const row = grid.filter.rowOfPath(grid.currentPath);
        const appeared = grid.currentIndex < 0 && row >= 0;
        grid.currentIndex = row;
        if (row >= 0 && (reveal || appeared || grid.keepCurrentInView)) {
            grid.positionViewAtIndex(row, GridView.Contain);
            grid.keepCurrentInView = true;
        } else if (row < 0 && reveal && grid.count > 0) {
            grid.positionViewAtBeginning(); // a new sort or filter with no current photo: from its start
        }
    }
    onMovementStarted: grid.keepCurrentInView = false

    cellWidth: grid.listMode ? grid.width : Math.max(grid.thumbnailSize + 16, Math.floor(grid.width / grid.columns))
    // A list row: the caption's two lines and the restriction's above them, the thumbnail beside.
    cellHeight: grid.listMode ? Math.ceil(metrics.height * 4) : grid.tileEdge + grid.tileTextHeight
    clip: true
    model: grid.filter
    focus: true
    activeFocusOnTab: true
    keyNavigationEnabled: false // the handler below also selects
    highlightFollowsCurrentItem: false
    boundsBehavior: Flickable.StopAtBounds
    // Decode a screenful ahead so scrolling meets finished thumbnails.
    cacheBuffer: grid.cellHeight * 3
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Photos")

    ScrollBar.vertical: ScrollBar {
        onPressedChanged: if (pressed) grid.keepCurrentInView = false
    }

    onCurrentPathChanged: grid.followCurrent(true)
    // A new size moves every tile: the current photo stays in view.
    onCellWidthChanged: followLater.after(true)
    FontMetrics {
        id: metrics // the application font, which the tiles' text is sized from
    }
    // After the filter's rows change, later: never from inside the change. The proxy inserts one batch
    // of a scan as many separate ranges, and a view told to move its current item between two of them
    // creates that delegate from rows its delegate model has not been told about yet, so the tile
    // would show one photo while standing for another (issue 16). The timer runs once per burst.
    Timer {
        id: followLater
        // A new sort or filter shows the current photo again; rows coming and going do not scroll.
        property bool reveal: false
        interval: 0
        onTriggered: {
            grid.followCurrent(followLater.reveal);
            followLater.reveal = false;
        }
        function after(reveal: bool) {
            followLater.reveal = followLater.reveal || reveal;
            followLater.restart();
        }
    }
    Connections {
        target: grid.filter
        // The user's sort or filter: show the current photo again. A layout change alone is not
        // enough, the proxy also re-sorts when the scan changes a row's date or credit.
        function onSortKeyChanged() { followLater.after(true); }
        function onSortOrderChanged() { followLater.after(true); }
        function onFilteringChanged() { followLater.after(true); }
        function onLayoutChanged() { followLater.after(false); }
        function onRowsInserted() { followLater.after(false); }
        function onRowsRemoved() { followLater.after(false); }
        function onModelReset() { followLater.after(true); }
    }

    Keys.onPressed: (event) => {
        const perRow = grid.columns;
        const perPage = perRow * Math.max(1, Math.floor(grid.height / grid.cellHeight));
        const from = grid.currentIndex;
        let row;
        switch (event.key) {
        case Qt.Key_Left: row = from - 1; break;
        case Qt.Key_Right: row = from + 1; break;
        case Qt.Key_Up: row = from - perRow; break;
        case Qt.Key_Down: row = from + perRow; break;
        case Qt.Key_PageUp: row = from - perPage; break;
        case Qt.Key_PageDown: row = from + perPage; break;
        case Qt.Key_Home: row = 0; break;
        case Qt.Key_End: row = grid.count - 1; break;
        case Qt.Key_Return:
        case Qt.Key_Enter:
        case Qt.Key_Space:
            event.accepted = true;
            grid.activated();
            return;
        case Qt.Key_Escape:
            event.accepted = grid.selection.count > 0;
            grid.selection.clear();
            return;
        case Qt.Key_C:
            if (event.modifiers & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier))
                return; // Ctrl+C copies
            event.accepted = true;
            if (!event.isAutoRepeat)
                grid.compareRequested();
            return;
        default:
            // Plain keys only: Ctrl+digits and the like stay the window's.
            // A held key marks once: auto-repeat would rate a run of photos with Advance on.
            if (!(event.modifiers & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier)))
                event.accepted = grid.markWith(event.key, event.isAutoRepeat);
            return;
        }
        event.accepted = true;
        if (grid.count === 0)
            return;
        row = Math.max(0, Math.min(grid.count - 1, from < 0 ? 0 : row));
        if (event.modifiers & Qt.ControlModifier)
            grid.moveTo(row); // move without selecting, as file managers do
        else
            grid.choose(row, event.modifiers & Qt.ShiftModifier);
    }

    // A new delegate for the other view: the items are made anew, the current photo stays current.
    delegate: grid.listMode ? listRow : tile
    onListModeChanged: followLater.after(true)
    onCaptionsUnderTilesChanged: followLater.after(true) // taller tiles: the current one stays in view

    Component {
        id: tile
        PhotoTile {
            id: photoTile
            onPressedWith: (modifiers) => {
                // A plain press on a selected tile may start dragging the whole selection: decide on release.
                if (!photoTile.selected || modifiers !== Qt.NoModifier)
                    grid.choose(photoTile.index, modifiers);
                grid.forceActiveFocus();
            }
            onClickedWith: (modifiers) => {
                if (modifiers === Qt.NoModifier && grid.selection.count > 1)
                    grid.choose(photoTile.index, modifiers);
            }
            onDoubleClicked: () => grid.activated()
            onDragStarting: () => photoTile.dragData = grid.transfer.dragData(grid.transfer.shownSelection(photoTile.path))
        }
    }
    Component {
        id: listRow
        PhotoListRow {
            id: photoRow
            onPressedWith: (modifiers) => {
                if (!photoRow.selected || modifiers !== Qt.NoModifier)
                    grid.choose(photoRow.index, modifiers);
                grid.forceActiveFocus();
            }
            onClickedWith: (modifiers) => {
                if (modifiers === Qt.NoModifier && grid.selection.count > 1)
                    grid.choose(photoRow.index, modifiers);
            }
            onDoubleClicked: () => grid.activated()
            onDragStarting: () => photoRow.dragData = grid.transfer.dragData(grid.transfer.shownSelection(photoRow.path))
        }
    }
}
