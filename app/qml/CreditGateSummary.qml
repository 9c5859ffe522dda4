import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gallery

// The credit gate before an export: the photos about to leave with no credit, or only one inferred
// from the caption, or (when the export requires it) one that is not in the credit book, and the offer
// to take them out of the selection. Hidden when every photo passes.
ColumnLayout {
    id: gate

    required property ExportRequest request

    signal deselectRequested()

    visible: gate.request.offenderPaths.length > 0
    spacing: 4

    Label {
        objectName: "creditGateSummary"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.bold: true
        // Until translations with real plural forms are loaded, spell out the English ones.
        text: {
            const parts = [];
            const none = gate.request.noCreditCount;
            const inferred = gate.request.inferredCount;
            if (none > 0)
                parts.push(qsTr("%n photo(s) have no credit", "", none));
            if (inferred > 0 && none > 0)
                parts.push(qsTr("%1 only an inferred one").arg(inferred));
            else if (inferred > 0)
                parts.push(qsTr("%n photo(s) have only an inferred credit", "", inferred));
            const notInBook = gate.request.notInBookCount;
            if (notInBook > 0)
                parts.push(qsTr("%n photo(s) have a credit not in the credit book", "", notInBook));
            return parts.join(qsTr(", "));
        }
    }
    ScrollView {
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(offenderList.contentHeight, 96)
        clip: true

        ListView {
            id: offenderList
            model: gate.request.offenderLines
            delegate: Label {
                id: line
                required property string modelData
                width: ListView.view ? ListView.view.width : 0
                // Wrapped, never elided: a file name's middle or end may be what tells two photos apart.
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                text: line.modelData
            }
        }
    }
    Button {
        objectName: "deselectOffenders"
        text: qsTr("Deselect these photos")
        Accessible.name: qsTr("Deselect the photos listed")
        onClicked: gate.deselectRequested()
    }
}
