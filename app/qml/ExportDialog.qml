import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Qt.labs.settings
import Gallery
import Byline

// Export the selected photos the grid shows: the options with a preview of the names and the credit
// gate, then the progress with Cancel (the Exporter works on its own thread, the window stays live),
// then the result with "Open folder". Esc closes, or cancels a running export.
Dialog {
    id: dialog

    required property CreditBookModel book
    required property SelectionTransfer transfer
    required property PhotoSelection selection
    required property FolderHistory history
    property bool showingResult: false

    function exportSelection() {
        dialog.showingResult = false;
        // The book is the desk's: another window or byline-cli may have changed it since it was read.
        dialog.book.reload();
        dialog.takeSelection();
        dialog.open();
    }
    function takeSelection() {
        exportRequest.records = dialog.transfer.records(dialog.transfer.shownSelection());
    }
    function deselectOffenders() {
        dialog.deselect(exportRequest.offenderPaths);
    }
    function deselect(paths: list<string>) {
        for (const path of paths)
            dialog.selection.deselect(path);
        dialog.takeSelection();
    }

    objectName: "exportDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(720, parent ? parent.width - 40 : 720)
    modal: true
    focus: true
    title: qsTr("Export %n photo(s)", "", exportRequest.count)
    // A running export is stopped with Cancel (or Esc, below), never left running behind a closed dialog.
    closePolicy: exporter.running ? Popup.NoAutoClose : Popup.CloseOnEscape

    Exporter {
        id: exporter
        objectName: "exporter"
        onRunningChanged: {
            if (!exporter.running)
                dialog.showingResult = true;
        }
    }
    ExportRequest {
        id: exportRequest
        objectName: "exportRequest"
        houseStyle: dialog.book.houseStyle
    }
    Settings {
        category: "export"
        property alias destination: exportRequest.destination
        property alias originals: exportRequest.originals
        property alias resized: exportRequest.resized
        property alias longEdge: exportRequest.longEdge
        property alias quality: exportRequest.quality
        property alias sheet: exportRequest.sheet
        property alias nameTemplate: exportRequest.nameTemplate
        property alias requireBookCredit: exportRequest.requireBookCredit
    }
    FolderDialog {
        id: destinationDialog
        title: qsTr("Export to")
        currentFolder: dialog.history.localUrl(exportRequest.destination)
        onAccepted: exportRequest.destination = dialog.history.localPath(destinationDialog.selectedFolder)
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: exporter.running ? 1 : (dialog.showingResult ? 2 : 0)

        // Pages are Items holding their own layout: Qt 6.4's StackLayout does not lay a page out again when
        // only its content changes (see EditDialog). Each takes its layout's size, which the dialog fits.
        Item {
            implicitWidth: formPage.implicitWidth
            implicitHeight: formPage.implicitHeight
            ColumnLayout {
                id: formPage
                anchors.fill: parent
                spacing: 12
                ExportForm {
                    Layout.fillWidth: true
                    request: exportRequest
                    onBrowseRequested: destinationDialog.open()
                }
                CreditGateSummary {
                    Layout.fillWidth: true
                    request: exportRequest
                    onDeselectRequested: dialog.deselectOffenders()
                }
                RestrictionGate {
                    Layout.fillWidth: true
                    request: exportRequest
                    onDeselectRequested: dialog.deselect(exportRequest.restrictedPaths)
                }
            }
        }
        Item {
            implicitWidth: progressPage.implicitWidth
            implicitHeight: progressPage.implicitHeight
            ColumnLayout {
                id: progressPage
                anchors.fill: parent
                Label {
                    objectName: "exportProgressLabel"
                    text: qsTr("Exporting %1 of %n photo(s)…", "", exporter.total).arg(exporter.done)
                }
                ProgressBar {
                    Layout.fillWidth: true
                    from: 0
                    to: Math.max(1, exporter.total)
                    value: exporter.done
                    Accessible.name: qsTr("Export progress")
                }
                Shortcut {
                    sequences: ["Esc"]
                    enabled: exporter.running
                    onActivated: exporter.cancel()
                }
            }
        }
        Item {
            implicitWidth: resultPage.implicitWidth
            implicitHeight: resultPage.implicitHeight
            ExportResult {
                id: resultPage
                anchors.fill: parent
                exporter: exporter
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "exportButton"
            text: qsTr("Export")
            visible: !exporter.running && !dialog.showingResult
            enabled: exportRequest.ready
            highlighted: true
            onClicked: exporter.startRequest(exportRequest)
        }
        Button {
            objectName: "openExportFolder"
            text: qsTr("Open folder")
            visible: dialog.showingResult
            onClicked: Qt.openUrlExternally(dialog.history.localUrl(exporter.destination))
        }
        Button {
            objectName: "exportCancel"
            text: exporter.running ? qsTr("Cancel export") : (dialog.showingResult ? qsTr("Close") : qsTr("Cancel"))
            onClicked: exporter.running ? exporter.cancel() : dialog.close()
        }
    }
}
