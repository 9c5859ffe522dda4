pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Gallery
import Byline

// The desk's credit book: its credits with their house lines (add, edit, remove, import and export the
// shared file), and the credit line style Ctrl+C, the detail pane and the caption sheet print with.
// Every change is kept at once, in the catalog byline-cli shares.
Dialog {
    id: dialog

    required property CreditBookModel book
    required property FolderHistory history
    required property CatalogSetting catalog
    property string exampleCredit: ""
    property var problems: [] // the bad lines of the last import

    signal catalogRequested()

    function openBook(credit: string) {
        dialog.exampleCredit = credit;
        dialog.problems = [];
        dialog.book.reload(); // byline-cli or another window may have changed it
        dialog.open();
    }
    function addEntry() {
        const why = dialog.book.add(newCredit.text, newHouseLine.text);
        if (why === "") {
            newCredit.clear();
            newHouseLine.clear();
            newCredit.forceActiveFocus();
        }
        addError.text = why;
    }

    objectName: "creditBookDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(760, parent ? parent.width - 40 : 760)
    height: Math.min(720, parent ? parent.height - 40 : 720)
    modal: true
    focus: true
    title: qsTr("Credit book (%n credit(s))", "", dialog.book.count)
    standardButtons: Dialog.Close

    Connections {
        target: dialog.book
        function onImported(problems: var) { dialog.problems = problems; }
    }
    FileDialog {
        id: importDialog
        title: qsTr("Import a credit book")
        nameFilters: [qsTr("Credit books (*.txt *.tsv)"), qsTr("All files (*)")]
        onAccepted: dialog.book.importFile(dialog.history.localPath(importDialog.selectedFile), replaceCheck.checked)
    }
    // A folder, not a file name: Qt 6.4's own save dialog (used without a platform theme) hands back no
    // typed name. The book goes into a new file there, never over another (CreditBookModel).
    FolderDialog {
        id: exportDialog
        title: qsTr("Export the credit book to")
        onAccepted: dialog.book.exportToFolder(dialog.history.localPath(exportDialog.selectedFolder))
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("The credits your desk accepts. While the book is not empty, credits not in it are flagged in the credit list, and an export can require credits from it. A house line is printed in place of its credit.")
            opacity: 0.8
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "bookCatalog"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                opacity: 0.8
                text: dialog.catalog.shared ? qsTr("Kept in the desk catalog %1, shared with every editor.").arg(dialog.catalog.location)
                                            : qsTr("Kept in this computer's catalog. A desk can share one book in a desk catalog.")
            }
            Button {
                objectName: "bookCatalogButton"
                text: qsTr("Catalog…")
                flat: true
                onClicked: dialog.catalogRequested()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: newCredit
                objectName: "newBookCredit"
                Layout.fillWidth: true
                Layout.preferredWidth: 100
                placeholderText: qsTr("Credit, as files write it")
                Accessible.name: qsTr("Credit to add")
                selectByMouse: true
                onAccepted: dialog.addEntry()
            }
            TextField {
                id: newHouseLine
                objectName: "newBookHouseLine"
                Layout.fillWidth: true
                Layout.preferredWidth: 160
                placeholderText: qsTr("House line (optional)")
                Accessible.name: qsTr("House line of the credit to add")
                selectByMouse: true
                onAccepted: dialog.addEntry()
            }
            Button {
                objectName: "addToBook"
                text: qsTr("Add")
                enabled: newCredit.text.trim() !== ""
                onClicked: dialog.addEntry()
            }
        }
        Label {
            id: addError
            objectName: "bookAddError"
            visible: addError.text !== ""
            color: "#c62828"
        }
        Label {
            // Said before Add, as typed: the line is kept if added, but the desk sees what it drops.
            id: addWarning
            objectName: "bookAddWarning"
            Layout.fillWidth: true
            visible: addWarning.text !== ""
            text: dialog.book.houseLineWarning(newCredit.text, newHouseLine.text)
            wrapMode: Text.Wrap
            color: "#d08700"
        }
        Frame {
            Layout.fillWidth: true
            Layout.fillHeight: true
            padding: 0

            ListView {
                id: entries
                objectName: "bookEntries"
                anchors.fill: parent
                clip: true
                model: dialog.book
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                delegate: CreditBookEntry {
                    width: ListView.view.width
                    onHouseLineEdited: (credit, houseLine) => dialog.book.setHouseLine(credit, houseLine)
                    onRemoveRequested: (credit) => dialog.book.remove(credit)
                }
                Label {
                    anchors.centerIn: parent
                    width: parent.width - 40
                    visible: entries.count === 0
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    text: qsTr("The book is empty: nothing is flagged. Add credits here, import a desk's file, or right-click a credit in the credit list.")
                    opacity: 0.6
                }
            }
        }
        RowLayout {
            Button {
                objectName: "importBook"
                text: qsTr("Import…")
                onClicked: importDialog.open()
            }
            CheckBox {
                id: replaceCheck
                objectName: "replaceBook"
                text: qsTr("Replace the book")
                ToolTip.text: qsTr("Make the book exactly the file; otherwise its credits are added")
                ToolTip.visible: hovered
                ToolTip.delay: 600
            }
            Button {
                objectName: "exportBook"
                text: qsTr("Export…")
                enabled: dialog.book.count > 0
                onClicked: exportDialog.open()
            }
            Label {
                objectName: "bookStatus"
                Layout.fillWidth: true
                text: dialog.book.status
                wrapMode: Text.Wrap // an import's summary is long, and all of it matters
                opacity: 0.8
            }
        }
        Label {
            objectName: "bookImportProblems"
            Layout.fillWidth: true
            visible: dialog.problems.length > 0
            text: dialog.problems.join("\n")
            color: "#c62828"
            wrapMode: Text.Wrap
            maximumLineCount: 6
            elide: Text.ElideRight
        }
        MenuSeparator {
            Layout.fillWidth: true
        }
        CreditLineStyleForm {
            Layout.fillWidth: true
            book: dialog.book
            exampleCredit: dialog.exampleCredit
        }
    }
}
