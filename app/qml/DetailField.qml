import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One value of the detail pane: its name, the value (selectable), where it came from on hover, and a
// mark when the stores disagree about it or when it was inferred from the caption.
ColumnLayout {
    id: field

    required property string label
    required property string value
    property string source: ""     // "IPTC", "XMP sidecar", ... or "" for what the file itself says
    property bool conflict: false
    property bool inferred: false
    property bool emphasised: false

    spacing: 1

    FontMetrics {
        id: metrics // the application font, for smaller and larger text
    }
    visible: field.value !== ""
    Layout.fillWidth: true

    RowLayout {
        spacing: 6

        Label {
            text: field.label
            font.pointSize: metrics.font.pointSize * 0.85
            opacity: 0.65
        }
        Label {
            objectName: "conflictMark"
            visible: field.conflict
            text: qsTr("⚠ stores disagree")
            color: "#d08700" // amber reads on light and dark backgrounds alike
            font.pointSize: metrics.font.pointSize * 0.85
        }
        Label {
            visible: field.inferred
            text: qsTr("◇ inferred from the caption")
            font.pointSize: metrics.font.pointSize * 0.85
            font.italic: true
        }
    }
    TextEdit {
        id: text
        Layout.fillWidth: true
        text: field.value
        readOnly: true
        selectByMouse: true
        wrapMode: TextEdit.Wrap
        color: colours.text
        selectionColor: colours.highlight
        selectedTextColor: colours.highlightedText
        font.bold: field.emphasised
        Accessible.name: field.label
        Accessible.description: hover.toolTip

        SystemPalette {
            id: colours
        }
        HoverHandler {
            id: hover
            readonly property string toolTip: field.inferred
                ? qsTr("Inferred: no metadata field holds a credit; the caption ends with this one")
                : (field.source === "" ? qsTr("From the file itself") : qsTr("From %1").arg(field.source))
                  + (field.conflict ? qsTr("; another store holds a different value") : "")
        }
        ToolTip.text: hover.toolTip
        ToolTip.visible: hover.hovered
        ToolTip.delay: 500
    }
}
