import QtQuick
import QtQuick.Controls

// A short message at the bottom of the window that goes away by itself: what Ctrl+C copied, or why
// Ctrl+C or Ctrl+E did nothing.
Label {
    id: notice

    function show(message: string) {
        notice.text = message;
        notice.opacity = 1;
        hide.restart();
    }

    objectName: "notice"
    padding: 8
    leftPadding: 14
    rightPadding: 14
    opacity: 0
    visible: opacity > 0
    color: colours.highlightedText
    Accessible.role: Accessible.AlertMessage
    Accessible.name: notice.text

    background: Rectangle {
        radius: 6
        color: colours.highlight
        opacity: 0.92
    }
    Behavior on opacity {
        NumberAnimation {
            duration: 200
        }
    }

    SystemPalette {
        id: colours
    }
    Timer {
        id: hide
        interval: 2500
        onTriggered: notice.opacity = 0
    }
}
