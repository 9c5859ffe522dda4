pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gallery

// Edit the captions and credits of one photo or many (Ctrl+I): the fields to change, ticked, each
// replacing or appended to; a template to fill them; then the preview of every change (file, field,
// old → new) before anything is written; then the progress and the result, with Undo. The files are
// written by the EditSession on its own thread, every write checked and its original kept. The credit
// sweep opens on the preview: what it writes, and what it leaves alone, counted.
Dialog {
    id: dialog

    required property EditSession session
    property var paths: []
    property int page: 0 // 0 the form, 1 the preview, 2 the result
    property int ticked: 0 // how many fields are ticked: nothing to preview without one
    property bool sweeping: false // the credit sweep, not the form
    property bool writingMarks: false // the desk's pending ratings and labels, not the form
    property string templateError: "" // why the last save failed

    function countTicked() {
        let count = 0;
        for (let i = 0; i < fieldRows.count; ++i) {
            const row = fieldRows.itemAt(i) as EditField;
            if (row && row.checked)
                ++count;
        }
        dialog.ticked = count;
    }

    function editPhotos(chosen: var) {
        dialog.paths = chosen;
        dialog.sweeping = false;
        dialog.writingMarks = false;
        dialog.page = 0;
        dialog.session.discard();
        dialog.templateError = "";
        dialog.session.refreshTemplates();
        for (let i = 0; i < fieldRows.count; ++i) {
            const row = fieldRows.itemAt(i) as EditField;
            row.checked = false;
            row.mode = "replace";
            row.setValue("");
        }
        if (chosen.length === 1)
            dialog.session.loadValues(chosen[0]);
        dialog.open();
    }
    function sweepPhotos(chosen: var) {
        dialog.paths = chosen;
        dialog.sweeping = true;
        dialog.writingMarks = false;
        dialog.page = 1;
        // A form edit left prepared must never show, or be written, under the sweep's title.
        dialog.session.discard();
        stripCaptionCredit.checked = false;
        dialog.open();
        dialog.sweep();
    }
    function writeMarks(chosen: var) {
        dialog.paths = chosen;
        dialog.sweeping = false;
        dialog.writingMarks = true;
        dialog.page = 1;
        dialog.session.discard();
        dialog.open();
        dialog.session.prepareMarks(dialog.paths);
    }
    // Enter presses the page's main button (Ctrl+Enter on the form, where Enter starts a new caption line).
    function defaultAction(): bool {
        if (dialog.page === 0 && previewButton.enabled)
            dialog.preview();
        else if (dialog.page === 1 && writeButton.enabled)
            writeButton.clicked();
        else if (dialog.page === 2 && !dialog.session.busy)
            closeButton.clicked();
        else
            return false;
        return true;
    }
    function sweep() {
        dialog.session.prepareSweep(dialog.paths, stripCaptionCredit.checked);
    }
    function edits(): var {
        const chosen = [];
        for (let i = 0; i < fieldRows.count; ++i) {
            const row = fieldRows.itemAt(i) as EditField;
            if (row.checked)
                chosen.push(row.edit());
        }
        return chosen;
    }
    function fill(templateEdits: var) {
        for (const edit of templateEdits) {
            for (let i = 0; i < fieldRows.count; ++i) {
                const row = fieldRows.itemAt(i) as EditField;
                if (row.name === edit.field) {
                    row.setValue(edit.value);
                    row.mode = edit.mode;
                    row.checked = true;
                }
            }
        }
    }
    function preview() {
        dialog.session.prepare(dialog.paths, dialog.edits());
        dialog.page = 1;
    }

    objectName: "editDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(760, parent ? parent.width - 40 : 760)
    height: Math.min(720, parent ? parent.height - 40 : 720)
    modal: true
    focus: true
    title: dialog.sweeping ? qsTr("Sweep the credits of %n photo(s)", "", dialog.paths.length)
           : dialog.writingMarks ? qsTr("Write the ratings and labels of %n photo(s)", "", dialog.paths.length)
           : qsTr("Edit %n photo(s)", "", dialog.paths.length)
    closePolicy: dialog.session.busy ? Popup.NoAutoClose : Popup.CloseOnEscape

    Connections {
        target: dialog.session
        function onValuesLoaded(path: string, values: var) {
            if (dialog.paths.length !== 1 || dialog.paths[0] !== path)
                return;
            for (let i = 0; i < fieldRows.count; ++i) {
                const row = fieldRows.itemAt(i) as EditField;
                if (!row.checked)
                    row.setValue(values[row.name] ?? "");
            }
        }
        function onFinished() { dialog.page = 2; }
        function onTemplateSaved(error: string) {
            dialog.templateError = error;
            if (error === "")
                templateName.text = "";
        }
    }

    // The preview and the result have no text to type: their page takes the keys, so Enter writes or closes.
    onPageChanged: if (dialog.page > 0) pages.forceActiveFocus()

    StackLayout {
        id: pages
        anchors.fill: parent
        currentIndex: dialog.page
        Keys.onReturnPressed: (event) => {
            event.accepted = (dialog.page !== 0 || (event.modifiers & Qt.ControlModifier)) && dialog.defaultAction();
        }
        Keys.onEnterPressed: (event) => {
            event.accepted = (dialog.page !== 0 || (event.modifiers & Qt.ControlModifier)) && dialog.defaultAction();
        }

        // Each page is an Item holding its own ColumnLayout: Qt 6.4's StackLayout does not lay a page out
        // again when only the page's content changes (a template's error message, arriving after the dialog
        // opened, was drawn over the Template row). Only the field list shrinks when the page is short.
        Item {
            ColumnLayout {
                anchors.fill: parent
                spacing: 8
                RowLayout {
                    Layout.fillWidth: true
                    Layout.minimumHeight: implicitHeight
                    Label { text: qsTr("Template") }
                    ComboBox {
                        id: templates
                        objectName: "editTemplates"
                        Layout.fillWidth: true
                        model: dialog.session.templateNames
                        enabled: count > 0
                        displayText: count > 0 ? currentText : qsTr("No templates yet")
                        Accessible.name: qsTr("Template")
                    }
                    Button {
                        objectName: "editApplyTemplate"
                        text: qsTr("Fill in")
                        enabled: templates.count > 0
                        onClicked: dialog.fill(dialog.session.templateEdits(templates.currentText))
                    }
                }
                Label {
                    objectName: "editTemplateMessage"
                    Layout.fillWidth: true
                    Layout.minimumHeight: implicitHeight
                    visible: text !== ""
                    wrapMode: Text.Wrap
                    color: "#b3261e"
                    text: dialog.templateError
                          + (dialog.templateError !== "" && dialog.session.templateMessage !== "" ? "\n" : "")
                          + dialog.session.templateMessage
                }
                Label {
                    objectName: "editHint"
                    Layout.fillWidth: true
                    Layout.minimumHeight: implicitHeight
                    wrapMode: Text.Wrap
                    opacity: 0.7
                    text: qsTr("Tick the fields to change. Values may hold =codes= from the desk's code list and "
                               + "{filename}, {date}, {date:%d %B %Y}, {credit}, {creator}, {seq} or {folder}.")
                }
                ScrollView {
                    id: form
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    contentWidth: availableWidth
                    ColumnLayout {
                        width: form.availableWidth - 12
                        spacing: 6
                        Repeater {
                            id: fieldRows
                            model: dialog.session.fields
                            EditField {
                                required property var modelData
                                Layout.fillWidth: true
                                name: modelData.name
                                label: modelData.label
                                list: modelData.list
                                multiline: modelData.multiline
                                several: dialog.paths.length > 1
                                onCheckedChanged: dialog.countTicked()
                            }
                        }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    Layout.minimumHeight: implicitHeight
                    CheckBox {
                        objectName: "editToSidecar"
                        text: qsTr("Write XMP sidecars, never the photos")
                        checked: dialog.session.toSidecar
                        onToggled: dialog.session.toSidecar = checked
                    }
                    Item { Layout.fillWidth: true }
                    TextField {
                        id: templateName
                        objectName: "editTemplateName"
                        placeholderText: qsTr("Template name")
                        Accessible.name: qsTr("Template name")
                    }
                    Button {
                        text: qsTr("Save as template")
                        enabled: templateName.text.trim() !== "" && dialog.ticked > 0
                        onClicked: dialog.session.saveTemplate(templateName.text, dialog.edits())
                    }
                }
            }
        }

        Item {
            ColumnLayout {
                anchors.fill: parent
                spacing: 8
                Label {
                    objectName: "editPreviewSummary"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: dialog.session.busy
                          ? qsTr("Reading %1 of %n photo(s)…", "", dialog.session.total).arg(dialog.session.progress)
                          : qsTr("%n photo(s) will change.", "", dialog.session.preview.fileCount)
                            + (dialog.session.preview.unchangedCount > 0
                               ? " " + qsTr("%n already as asked.", "", dialog.session.preview.unchangedCount) : "")
                            + (dialog.session.preview.problemCount > 0
                               ? " " + qsTr("%n cannot be written.", "", dialog.session.preview.problemCount) : "")
                }
                Label {
                    objectName: "sweepSummary"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    visible: dialog.sweeping && dialog.session.sweepSummary !== ""
                    opacity: 0.7
                    text: dialog.session.sweepSummary
                }
                ProgressBar {
                    Layout.fillWidth: true
                    visible: dialog.session.busy
                    from: 0
                    to: Math.max(1, dialog.session.total)
                    value: dialog.session.progress
                    Accessible.name: qsTr("Progress")
                }
                // The sweep's two choices; each previews again. Captions keep their credit line by default.
                CheckBox {
                    id: stripCaptionCredit
                    objectName: "sweepStripCaptionCredit"
                    visible: dialog.sweeping
                    enabled: !dialog.session.busy
                    text: qsTr("Remove the credit line from captions whose credit moves into the credit field")
                    onToggled: dialog.sweep()
                }
                CheckBox {
                    objectName: "sweepToSidecar"
                    visible: dialog.sweeping || dialog.writingMarks
                    enabled: !dialog.session.busy
                    text: qsTr("Write XMP sidecars, never the photos")
                    checked: dialog.session.toSidecar
                    onToggled: {
                        dialog.session.toSidecar = checked;
                        if (dialog.sweeping)
                            dialog.sweep();
                        else
                            dialog.session.prepareMarks(dialog.paths);
                    }
                }
                ListView {
                    id: changes
                    objectName: "editPreview"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: dialog.session.preview
                    ScrollBar.vertical: ScrollBar {}
                    delegate: Label {
                        required property string fileName
                        required property string field
                        required property string before
                        required property string after
                        required property string problem
                        required property string destination
                        width: ListView.view ? ListView.view.width : 0
                        wrapMode: Text.Wrap
                        color: problem !== "" && field === "" ? "#c62828" : palette.windowText
                        // Where it goes, when that is not simply the photo: a sidecar, and why.
                        text: fileName + " — " + (problem !== ""
                               ? "⚠ " + problem
                               : qsTr("%1: “%2” → “%3”").arg(field).arg(before === "" ? qsTr("(none)") : before)
                                     .arg(after === "" ? qsTr("(cleared)") : after))
                              + (destination !== "" && field !== "" ? "\n    " + qsTr("written to %1").arg(destination) : "")
                    }
                }
            }
        }

        Item {
            ColumnLayout {
                anchors.fill: parent
                spacing: 8
                Label {
                    objectName: "editResult"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.bold: true
                    text: dialog.session.busy
                          ? qsTr("Writing %1 of %n photo(s)…", "", dialog.session.total).arg(dialog.session.progress)
                          : dialog.session.result
                }
                ProgressBar {
                    Layout.fillWidth: true
                    visible: dialog.session.busy
                    from: 0
                    to: Math.max(1, dialog.session.total)
                    value: dialog.session.progress
                    Accessible.name: qsTr("Progress")
                }
                ScrollView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    // Wrapped text scrolls down only: the view's width is the text's, never the other way round
                    // (a binding loop on the TextArea's implicitWidth while the dialog is closed, when an undo
                    // by Ctrl+Z brings notes such as "removed the sidecar …").
                    contentWidth: availableWidth
                    TextArea {
                        readOnly: true
                        wrapMode: TextEdit.Wrap
                        text: dialog.session.failureText
                        visible: dialog.session.failureText !== ""
                    }
                }
            }
        }
    }

    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        enabled: dialog.opened
        onActivated: dialog.defaultAction()
    }

    footer: DialogButtonBox {
        Button {
            id: previewButton
            objectName: "editPreviewButton"
            text: qsTr("Preview changes")
            visible: dialog.page === 0
            highlighted: true
            enabled: dialog.paths.length > 0 && dialog.ticked > 0
            onClicked: dialog.preview()
        }
        Button {
            text: qsTr("Back")
            visible: dialog.page === 1 && !dialog.session.busy && !dialog.sweeping && !dialog.writingMarks
            onClicked: { dialog.session.discard(); dialog.page = 0; }
        }
        Button {
            id: writeButton
            objectName: "editWriteButton"
            text: qsTr("Write %n photo(s)", "", dialog.session.preview.fileCount)
            visible: dialog.page === 1
            enabled: dialog.session.prepared && dialog.session.preview.fileCount > 0
            highlighted: true
            onClicked: { dialog.page = 2; dialog.session.write(); }
        }
        Button {
            objectName: "editUndoButton"
            text: qsTr("Undo")
            visible: dialog.page === 2
            enabled: dialog.session.canUndo
            onClicked: dialog.session.undo()
        }
        Button {
            id: closeButton
            objectName: "editClose"
            text: dialog.page === 2 ? qsTr("Close") : qsTr("Cancel")
            enabled: !dialog.session.busy
            onClicked: { dialog.session.discard(); dialog.close(); }
        }
    }
}
