import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gallery

// The current photo over the whole window with its attributed caption below. Left/Right (and
// Up/Down, Home/End) step through the photos the filter shows; Esc closes.
Popup {
    id: lightbox

    required property PhotoDetails details
    required property PhotoFilterModel filter

    signal stepped(string path)
    // Ctrl+C here: the window's own shortcut does not reach past a modal popup.
    signal copyRequested()

    function step(delta: int) {
        const row = lightbox.filter.rowOfPath(lightbox.details.path);
        const next = delta === Infinity ? lightbox.filter.count - 1
                   : delta === -Infinity ? 0 : row + delta;
        if (row < 0 || next < 0 || next >= lightbox.filter.count || next === row)
            return;
        lightbox.stepped(lightbox.filter.pathAt(next));
    }

    parent: Overlay.overlay
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    modal: true
    focus: true
    padding: 0
    closePolicy: Popup.CloseOnEscape

    SystemPalette {
        id: colours
    }
    FontMetrics {
        id: metrics // the application font, for a larger caption
    }

    background: Rectangle {
        // The window's own colour, a shade darker: a dark room in dark mode, a light table in light mode.
        color: Qt.darker(colours.window, 1.6)
    }

    contentItem: FocusScope {
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

            PhotoView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                path: lightbox.details.path
                // Nothing is decoded for the lightbox while it is closed.
                thumbnailSource: lightbox.visible ? lightbox.details.thumbnailSource : ""
                photoSource: lightbox.visible ? lightbox.details.photoSource : ""
                error: lightbox.details.error

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
                text: lightbox.details.attributedCaption
                color: colours.text
                font.pointSize: metrics.font.pointSize * 1.15
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: {
                    const row = lightbox.filter.rowOfPath(lightbox.details.path);
                    return qsTr("%1 — %2 of %3   ·   ← → step, Esc closes").arg(lightbox.details.fileName)
                           .arg(row + 1).arg(lightbox.filter.count);
                }
                color: colours.text
                opacity: 0.6
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
