import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One value of the detail pane: its name, where it came from (a small mark beside the name), the value
// (selectable), and when the stores disagree about it, what the other store says.
ColumnLayout {
    id: field

    required property string label
    required property string value
    property string source: ""     // "IPTC", "XMP sidecar", ... or "" for what the file itself says
    property bool conflict: false
    // What the other store says when they disagree: {source, value}, or undefined.
    property var other: undefined
    property bool inferred: false
    property bool emphasised: false
    // More provenance: "corrected from 'NASA/Tim Copra' by the desk's alias", or "".
    property string note: ""
    // What the value is, for a value no store holds (the credit line the desk prints); "" for a store's.
    property string description: ""
    // What the value restricts, marked so it cannot be missed: "Embargo · Mandatory credit"; "" for nothing.
    property string alert: ""

    spacing: 1

    FontMetrics {
        id: metrics // the application font, for smaller and larger text
    }
    SystemPalette {
        id: colours
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
            // The store the value came from, always in view: "IPTC", "XMP sidecar", "caption text".
            objectName: "sourceMark"
            visible: field.source !== "" && !field.inferred
            text: field.source
            font.pointSize: metrics.font.pointSize * 0.75
            leftPadding: 4
            rightPadding: 4
            opacity: 0.75
            background: Rectangle {
                radius: 3
                color: "transparent"
                border.color: colours.mid
            }
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
    Label {
        // An embargo or a "no sales" in the special instructions: the desk must not miss it. A line of its
        // own, wrapped, so a narrow pane never cuts it off.
        objectName: "alertMark"
        Layout.fillWidth: true
        visible: field.alert !== ""
        text: qsTr("⚑ %1").arg(field.alert)
        wrapMode: Text.Wrap
        color: "#c62828" // red reads on light and dark backgrounds alike
        font.bold: true
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
        HoverHandler {
            id: hover
            readonly property string toolTip: field.description !== "" ? field.description : field.inferred
                ? qsTr("Inferred: no metadata field holds a credit; the caption ends with this one")
                : (field.source === "" ? qsTr("From the file itself") : qsTr("From %1").arg(field.source))
                  + (field.conflict ? qsTr("; another store holds a different value") : "")
                  + (field.note !== "" ? "; " + field.note : "")
        }
        ToolTip.text: hover.toolTip
        ToolTip.visible: hover.hovered
        ToolTip.delay: 500
    }
    Label {
        // The value the other store holds, so the desk sees the disagreement without another tool.
        objectName: "otherValue"
        Layout.fillWidth: true
        visible: field.conflict && field.other !== undefined
        text: field.other === undefined ? "" : qsTr("%1 says: %2").arg(field.other.source).arg(field.other.value)
        wrapMode: Text.Wrap
        color: "#d08700"
        font.pointSize: metrics.font.pointSize * 0.85
    }
    Label {
        // The spelling the files give, beside the accepted one: a correction never hides what was there.
        objectName: "provenanceNote"
        Layout.fillWidth: true
        visible: field.note !== ""
        text: field.note
        wrapMode: Text.Wrap
        opacity: 0.75
        font.pointSize: metrics.font.pointSize * 0.85
        font.italic: true
    }
}
