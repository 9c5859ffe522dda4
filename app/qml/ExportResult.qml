import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gallery

// What the last export did: how many photos were written, and for each one that was not, why.
ColumnLayout {
    id: result

    required property Exporter exporter

    spacing: 6

    Label {
        objectName: "exportResultSummary"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.bold: true
        text: qsTr("Exported %1 of %n photo(s) to %2", "", result.exporter.total).arg(result.exporter.exportedCount)
                                                                                .arg(result.exporter.destination)
              + (result.exporter.failedCount > 0 ? qsTr(", %1 failed").arg(result.exporter.failedCount) : "")
              + (result.exporter.notExportedCount > 0
                 ? qsTr(", %1 not exported (cancelled)").arg(result.exporter.notExportedCount) : "")
    }
    ScrollView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredHeight: 160
        visible: result.exporter.failures.length > 0
        clip: true

        ListView {
            model: result.exporter.failures
            delegate: Label {
                id: line
                required property string modelData
                width: ListView.view ? ListView.view.width : 0
                wrapMode: Text.Wrap
                text: line.modelData
            }
        }
    }
}
