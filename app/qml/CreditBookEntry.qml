import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One credit of the credit book: the credit, its house line (edited in place, saved on Enter or when the
// field loses focus), the credit line it prints with the current style, and Remove.
Item {
    id: entry

    required property int index
    required property string credit
    required property string houseLine
    required property string line
    required property string warning

    signal houseLineEdited(string credit, string houseLine)
    signal removeRequested(string credit)

    objectName: "bookEntry:" + entry.credit
    implicitHeight: column.implicitHeight + 8

    function saveHouseLine() {
        if (houseField.text.trim() !== entry.houseLine)
            entry.houseLineEdited(entry.credit, houseField.text);
    }

    ColumnLayout {
        id: column
        x: 4
        y: 4
        width: parent.width - 8
        spacing: 2

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                Layout.preferredWidth: 100
                text: entry.credit
                font.bold: true
                elide: Text.ElideRight
            }
            TextField {
                id: houseField
                objectName: "houseLine:" + entry.credit
                Layout.fillWidth: true
                Layout.preferredWidth: 160
                text: entry.houseLine
                placeholderText: qsTr("House line (optional)")
                Accessible.name: qsTr("House line of %1").arg(entry.credit)
                selectByMouse: true
                onAccepted: entry.saveHouseLine()
                onEditingFinished: entry.saveHouseLine()
            }
            Button {
                objectName: "removeFromBook:" + entry.credit
                text: qsTr("Remove")
                flat: true
                Accessible.name: qsTr("Remove %1 from the credit book").arg(entry.credit)
                onClicked: entry.removeRequested(entry.credit)
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("prints “%1”").arg(entry.line)
            elide: Text.ElideRight
            opacity: 0.7
        }
        Label {
            // A house line that leaves out a name is kept (a desk may shorten), but never unnoticed.
            objectName: "bookWarning:" + entry.credit
            Layout.fillWidth: true
            visible: entry.warning !== ""
            text: qsTr("⚠ %1").arg(entry.warning)
            wrapMode: Text.Wrap
            color: "#d08700" // amber, as the detail pane's warnings
        }
    }
}
