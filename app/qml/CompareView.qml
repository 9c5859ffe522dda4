import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gallery
import Byline

// Quick compare: two to four selected photos side by side (two in a row, three or four two by two) on the
// lightbox's dark backdrop, each with its credit line, rating and label. One is focused (outlined): the
// arrow keys or a click move the focus, 1-5, 0 and X rate it, 6-9 label it and T or P tags it; Esc or Enter closes, and
// the focused photo becomes the current one. The selection is left as it was.
Popup {
    id: compare

    required property PhotoModel photos
    required property CreditBookModel book
    // The photos compared, in the grid's order.
    property var paths: []
    property int focusedIndex: 0
    readonly property string focusedPath: compare.paths.length > 0 ? compare.paths[compare.focusedIndex] : ""

    // A rating (-1 to 5) or label key on the focused photo.
    signal ratingChosen(string path, int rating)
    signal labelChosen(string path, string label)
    signal tagToggled(string path)

    // Compares @p list, the current photo (@p current) chosen first when it is one of them.
    function show(list: var, current: string) {
        compare.paths = list;
        compare.focusedIndex = Math.max(0, list.indexOf(current));
        compare.open();
    }
    function moveFocus(delta: int) {
        compare.focusedIndex = Math.max(0, Math.min(compare.paths.length - 1, compare.focusedIndex + delta));
    }
    function mark(key: int) {
        if (key === Qt.Key_T || key === Qt.Key_P)
            compare.tagToggled(compare.focusedPath);
        else if (key === Qt.Key_X)
            compare.ratingChosen(compare.focusedPath, -1);
        else if (key >= Qt.Key_6)
            compare.labelChosen(compare.focusedPath, LabelColours.labelOfKey(key - Qt.Key_0));
        else
            compare.ratingChosen(compare.focusedPath, key - Qt.Key_0);
    }

    objectName: "compareView"
    parent: Overlay.overlay
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    modal: true
    focus: true
    padding: 0
    closePolicy: Popup.CloseOnEscape

    background: Rectangle {
        color: "#161616" // the lightbox's dark room
    }

    FocusScope {
        anchors.fill: parent
        focus: true
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Compare %n photo(s)", "", compare.paths.length)

        Keys.onPressed: (event) => {
            const perRow = grid.columns;
            switch (event.key) {
            case Qt.Key_Left: compare.moveFocus(-1); break;
            case Qt.Key_Right:
            case Qt.Key_Tab: compare.moveFocus(1); break;
            case Qt.Key_Backtab: compare.moveFocus(-1); break;
            case Qt.Key_Up: compare.moveFocus(-perRow); break;
            case Qt.Key_Down: compare.moveFocus(perRow); break;
            case Qt.Key_0:
            case Qt.Key_1:
            case Qt.Key_2:
            case Qt.Key_3:
            case Qt.Key_4:
            case Qt.Key_5:
            case Qt.Key_X:
            case Qt.Key_T:
            case Qt.Key_P:
            case Qt.Key_6:
            case Qt.Key_7:
            case Qt.Key_8:
            case Qt.Key_9:
                // Plain keys only, once however long held, as in the grid.
                if (event.modifiers & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier))
                    return;
                if (!event.isAutoRepeat)
                    compare.mark(event.key);
                break;
            case Qt.Key_Return:
            case Qt.Key_Enter:
            case Qt.Key_C: compare.close(); break;
            default: return;
            }
            event.accepted = true;
        }

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: 12
            spacing: 8

            RowLayout {
                // A header row of its own, so the close button never covers the top right photo.
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Compare %n photo(s)", "", compare.paths.length)
                    color: "#eeeeee"
                    font.bold: true
                    elide: Text.ElideRight
                }
                RoundButton {
                    objectName: "compareCloseButton"
                    text: "✕"
                    focusPolicy: Qt.NoFocus
                    Accessible.name: qsTr("Close the compare view")
                    onClicked: compare.close()
                }
            }
            GridLayout {
                id: grid
                Layout.fillWidth: true
                Layout.fillHeight: true
                columns: compare.paths.length <= 2 ? Math.max(1, compare.paths.length) : 2
                rowSpacing: 8
                columnSpacing: 8

                ComparePane {
                    // Equal shares, whatever each photo's shape.
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 100
                    Layout.preferredHeight: 100
                    visible: compare.paths.length > 0
                    path: compare.paths.length > 0 ? compare.paths[0] : ""
                    photos: compare.photos
                    book: compare.book
                    focused: compare.focusedIndex === 0
                    decoding: compare.visible
                    onClicked: compare.focusedIndex = 0
                }
                ComparePane {
                    // Equal shares, whatever each photo's shape.
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 100
                    Layout.preferredHeight: 100
                    visible: compare.paths.length > 1
                    path: compare.paths.length > 1 ? compare.paths[1] : ""
                    photos: compare.photos
                    book: compare.book
                    focused: compare.focusedIndex === 1
                    decoding: compare.visible
                    onClicked: compare.focusedIndex = 1
                }
                ComparePane {
                    // Equal shares, whatever each photo's shape.
                    Layout.fillWidth: true
                    Layout.fillHeight: visible
                    Layout.preferredWidth: 100
                    // Unused, it takes no row: two photos get the whole height.
                    Layout.preferredHeight: visible ? 100 : 0
                    Layout.maximumHeight: visible ? Infinity : 0
                    visible: compare.paths.length > 2
                    path: compare.paths.length > 2 ? compare.paths[2] : ""
                    photos: compare.photos
                    book: compare.book
                    focused: compare.focusedIndex === 2
                    decoding: compare.visible
                    onClicked: compare.focusedIndex = 2
                }
                ComparePane {
                    // Equal shares, whatever each photo's shape.
                    Layout.fillWidth: true
                    Layout.fillHeight: visible
                    Layout.preferredWidth: 100
                    // Unused, it takes no row: two photos get the whole height.
                    Layout.preferredHeight: visible ? 100 : 0
                    Layout.maximumHeight: visible ? Infinity : 0
                    visible: compare.paths.length > 3
                    path: compare.paths.length > 3 ? compare.paths[3] : ""
                    photos: compare.photos
                    book: compare.book
                    focused: compare.focusedIndex === 3
                    decoding: compare.visible
                    onClicked: compare.focusedIndex = 3
                }
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("← → ↑ ↓ choose a photo · 1-5 0 X rate it, 6-9 label it, T tags it · Esc or Enter closes, the chosen photo current")
                color: "#eeeeee"
                opacity: 0.6
                elide: Text.ElideRight
            }
        }
    }
}
