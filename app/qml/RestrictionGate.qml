import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gallery

// Before an export: the photos whose special instructions restrict their use (an embargo, no sales, a
// mandatory credit), each with what its instructions say, and the offer to take them out of the
// selection. A warning, not a refusal: the desk may be sending them where the terms allow. Hidden when
// no photo is restricted.
ColumnLayout {
    id: gate

    required property ExportRequest request

    signal deselectRequested()

    objectName: "restrictionGate"
    visible: gate.request.restrictedPaths.length > 0
    spacing: 4

    Label {
        objectName: "restrictionGateSummary"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.bold: true
        color: "#c62828"
        text: qsTr("⚑ %n photo(s) carry restrictions in their special instructions", "",
                   gate.request.restrictedPaths.length)
    }
    ScrollView {
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(restrictedList.contentHeight, 96)
        clip: true

        ListView {
            id: restrictedList
            model: gate.request.restrictedLines
            delegate: Label {
                id: line
                required property string modelData
                width: ListView.view ? ListView.view.width : 0
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                text: line.modelData
            }
        }
    }
    Button {
        objectName: "deselectRestricted"
        text: qsTr("Deselect these photos")
        Accessible.name: qsTr("Deselect the restricted photos listed")
        onClicked: gate.deselectRequested()
    }
}
