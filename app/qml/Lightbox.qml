import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gallery
import Byline

// The current photo over the whole window, on a dark backdrop, with its caption and, always in view,
// its credit line below, with its marks and any restriction. Left/Right (and Up/Down, Home/End) step through the photos the filter shows;
// the wheel zooms, 1 shows 100 %, 0 fits, Z switches between fitted and 100 %, F11 fills the screen; Esc
// closes. 2-5 and X rate the photo, 6-9 label it, T or P tags it (1 and 0 are the zoom's here), its rating
// always shown.
Popup {
    id: lightbox

    required property PhotoDetails details
    required property PhotoFilterModel filter

    signal stepped(string path)
    // Ctrl+C and F11 here: the window's own shortcuts do not reach past a modal popup.
    signal copyRequested()
    signal fullScreenRequested()
    // A rating (-1 to 5) or label key: the window marks the photo shown.
    signal ratingChosen(int rating)
    signal labelChosen(string label)
    signal tagToggled()

    // The row of the photo shown when it was last in the filter: a rating may take it out (a rating filter),
    // and stepping then goes on from where it was.
    property int lastRow: 0

    function step(delta: int) {
        const found = lightbox.filter.rowOfPath(lightbox.details.path);
        if (found >= 0)
            lightbox.lastRow = found;
        // Out of the filter, the photo that followed it is now at its row.
        const row = found >= 0 ? found : lightbox.lastRow - (delta > 0 ? 1 : 0);
        const next = delta === Infinity ? lightbox.filter.count - 1
                   : delta === -Infinity ? 0 : row + delta;
        if (next < 0 || next >= lightbox.filter.count || next === found)
            return;
        lightbox.stepped(lightbox.filter.pathAt(next));
    }
    function mark(key: int) {
        lightbox.remember();
        if (key === Qt.Key_T || key === Qt.Key_P)
            lightbox.tagToggled();
        else if (key === Qt.Key_X)
            lightbox.ratingChosen(-1);
        else if (key >= Qt.Key_6)
            lightbox.labelChosen(LabelColours.labelOfKey(key - Qt.Key_0));
        else
            lightbox.ratingChosen(key - Qt.Key_0);
    }
    function remember() {
        const found = lightbox.filter.rowOfPath(lightbox.details.path);
        if (found >= 0)
            lightbox.lastRow = found;
    }

    parent: Overlay.overlay
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    modal: true
    focus: true
    padding: 0
    closePolicy: Popup.CloseOnEscape

    FontMetrics {
        id: metrics // the application font, for a larger caption
    }

    background: Rectangle {
        // A dark room in either theme: photos are judged against neutral dark grey, as every viewer does.
        color: "#161616"
    }

    FocusScope {
        anchors.fill: parent
        focus: true
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Lightbox")

        Keys.onPressed: (event) => {
            if (event.matches(StandardKey.Copy)) {
                event.accepted = true;
                lightbox.copyRequested();
                return;
            }
            switch (event.key) {
            case Qt.Key_1: zoom.showActualSize(); break;
            case Qt.Key_0: zoom.fit(); break;
            case Qt.Key_Z: zoom.toggleFit(); break;
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
                // Plain keys only (Ctrl+X is not a rejection), once however long held.
                if (event.modifiers & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier))
                    return;
                if (!event.isAutoRepeat)
                    lightbox.mark(event.key);
                break;
            case Qt.Key_F11: lightbox.fullScreenRequested(); break;
            case Qt.Key_Left:
            case Qt.Key_Up:
            case Qt.Key_PageUp: lightbox.step(-1); break;
            case Qt.Key_Right:
            case Qt.Key_Down:
            case Qt.Key_PageDown: lightbox.step(1); break;
            case Qt.Key_Home: lightbox.step(-Infinity); break;
            case Qt.Key_End: lightbox.step(Infinity); break;
            case Qt.Key_Return:
            case Qt.Key_Enter:
            case Qt.Key_Space: lightbox.close(); break;
            default: return;
            }
            event.accepted = true;
        }

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: 16
            spacing: 12

            ZoomView {
                id: zoom
                objectName: "lightboxZoom"
                Layout.fillWidth: true
                Layout.fillHeight: true
                path: lightbox.details.path
                // Nothing is decoded for the lightbox while it is closed.
                thumbnailSource: lightbox.visible ? lightbox.details.thumbnailSource : ""
                photoSource: lightbox.visible ? lightbox.details.photoSource : ""
                error: lightbox.details.error
                photoWidth: lightbox.details.pixelWidth
                photoHeight: lightbox.details.pixelHeight

                TapHandler {
                    onDoubleTapped: lightbox.close()
                }
            }
            Label {
                objectName: "lightboxCaption"
                Layout.fillWidth: true
                Layout.maximumHeight: lightbox.height / 4
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                elide: Text.ElideRight
                visible: text !== ""
                text: lightbox.details.captionBody
                color: "#eeeeee"
                font.pointSize: metrics.font.pointSize * 1.15
            }
            Label {
                // Never elided with a long caption: the credit is what the desk checks.
                objectName: "lightboxCredit"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                // An unreadable file says why instead: its credit is unknown, not missing.
                text: lightbox.details.error !== "" ? "⚠ " + lightbox.details.error
                      : lightbox.details.creditLine !== "" ? lightbox.details.creditLine : qsTr("⚠ No credit")
                color: lightbox.details.creditLine !== "" && lightbox.details.error === "" ? "#eeeeee" : "#ffb74d"
                font.pointSize: metrics.font.pointSize * 1.15
                font.bold: true
            }
            Label {
                // The desk's rating, label and tag, as culling sets them.
                objectName: "lightboxRating"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                // Always a line, empty or not: the photo must not shrink (and its zoom change) at the first mark.
                text: lightbox.details.marks !== "" ? lightbox.details.marks : " "
                color: "#eeeeee" // neutral: a red label must not read as a warning
                font.pointSize: metrics.font.pointSize * 1.15
            }
            Label {
                // What the desk must not miss before publishing, as the tile and the compare view flag it.
                objectName: "lightboxRestriction"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                visible: lightbox.details.instructionsAlert !== ""
                text: "⚑ " + lightbox.details.instructionsAlert
                color: "#ef5350"
                font.pointSize: metrics.font.pointSize * 1.15
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: {
                    const row = lightbox.filter.rowOfPath(lightbox.details.path);
                    return qsTr("%1 — %2 of %3 · %4 %   ·   ← → step, wheel or 1 / 0 / Z zoom, 2-5 X rate, 6-9 label, T tag, F11 full screen, Esc closes")
                           .arg(lightbox.details.fileName).arg(row + 1).arg(lightbox.filter.count).arg(zoom.percent);
                }
                color: "#eeeeee"
                opacity: 0.6
                elide: Text.ElideRight
            }
        }
        RoundButton {
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: 8
            text: "✕"
            Accessible.name: qsTr("Close the lightbox")
            onClicked: lightbox.close()
        }
    }
}
