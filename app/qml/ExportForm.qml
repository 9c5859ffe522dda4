import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gallery

// The Export dialog's options: where to, what to produce, the name template with the first names as
// ExportRequest plans them. Every control writes straight into the request.
GridLayout {
    id: form

    required property ExportRequest request

    signal browseRequested()

    columns: 2
    columnSpacing: 12
    rowSpacing: 6

    Label {
        text: qsTr("Destination")
    }
    RowLayout {
        Layout.fillWidth: true
        TextField {
            id: destination
            objectName: "exportDestination"
            Layout.fillWidth: true
            text: form.request.destination
            placeholderText: qsTr("A folder; made when missing")
            Accessible.name: qsTr("Destination folder")
            selectByMouse: true
            focus: true
            onTextEdited: form.request.destination = destination.text
        }
        Button {
            text: qsTr("Choose…")
            Accessible.name: qsTr("Choose the destination folder")
            onClicked: form.browseRequested()
        }
    }

    Label {
        text: qsTr("Produce")
        Layout.alignment: Qt.AlignTop
    }
    ColumnLayout {
        spacing: 2
        CheckBox {
            id: originalsCheck
            text: qsTr("Originals (byte-for-byte, with their XMP sidecars)")
            checked: form.request.originals
            onToggled: form.request.originals = originalsCheck.checked
        }
        RowLayout {
            CheckBox {
                id: resizedCheck
                objectName: "exportResized"
                text: qsTr("Resized JPEG copies, long edge")
                checked: form.request.resized
                onToggled: form.request.resized = resizedCheck.checked
            }
            SpinBox {
                id: longEdge
                enabled: resizedCheck.checked
                from: 256
                to: 8192
                stepSize: 128
                editable: true
                value: form.request.longEdge
                Accessible.name: qsTr("Long edge in pixels")
                onValueModified: form.request.longEdge = longEdge.value
            }
            Label {
                text: qsTr("px, quality")
                enabled: resizedCheck.checked
            }
            SpinBox {
                id: quality
                enabled: resizedCheck.checked
                from: 10
                to: 100
                stepSize: 5
                editable: true
                value: form.request.quality
                Accessible.name: qsTr("JPEG quality")
                onValueModified: form.request.quality = quality.value
            }
        }
        CheckBox {
            id: requireBookCheck
            objectName: "exportRequireBook"
            text: qsTr("Require credits from the credit book")
            checked: form.request.requireBookCredit
            ToolTip.text: qsTr("Export only when every photo's credit is in the credit book")
            ToolTip.visible: hovered
            ToolTip.delay: 600
            onToggled: form.request.requireBookCredit = requireBookCheck.checked
        }
        CheckBox {
            id: sheetCheck
            objectName: "exportSheet"
            text: qsTr("Caption sheet (index.html with manifest.csv and manifest.json)")
            checked: form.request.sheet
            onToggled: form.request.sheet = sheetCheck.checked
        }
    }

    Label {
        text: qsTr("Sheet title")
        enabled: sheetCheck.checked
    }
    TextField {
        id: sheetTitle
        Layout.fillWidth: true
        enabled: sheetCheck.checked
        text: form.request.title
        placeholderText: qsTr("The heading of the caption sheet")
        Accessible.name: qsTr("Sheet title")
        selectByMouse: true
        onTextEdited: form.request.title = sheetTitle.text
    }
    Label {
        text: qsTr("Introduction")
        enabled: sheetCheck.checked
    }
    TextField {
        id: intro
        Layout.fillWidth: true
        enabled: sheetCheck.checked
        text: form.request.intro
        placeholderText: qsTr("An optional paragraph under the title")
        Accessible.name: qsTr("Sheet introduction")
        selectByMouse: true
        onTextEdited: form.request.intro = intro.text
    }

    Label {
        text: qsTr("File names")
    }
    TextField {
        id: nameTemplate
        objectName: "exportTemplate"
        Layout.fillWidth: true
        text: form.request.nameTemplate
        Accessible.name: qsTr("File name template")
        ToolTip.text: qsTr("Fields: {n} or {n:03}, {date}, {credit}, {name}, {ext}")
        ToolTip.visible: nameTemplate.activeFocus || nameTemplate.hovered
        ToolTip.delay: 600
        selectByMouse: true
        onTextEdited: form.request.nameTemplate = nameTemplate.text
    }
    Item {
        width: 1
    }
    ColumnLayout {
        objectName: "exportNamePreview"
        Layout.fillWidth: true
        spacing: 0

        Label {
            visible: form.request.templateError !== ""
            text: form.request.templateError
            font.italic: true
        }
        Repeater {
            model: form.request.templateError === "" ? form.request.namePreview : []
            delegate: Label {
                id: previewName
                required property string modelData
                Layout.fillWidth: true
                // Wrapped, never elided: names made from a template may differ only in the middle or the end.
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                text: previewName.modelData
            }
        }
        Label {
            visible: form.request.templateError === "" && form.request.count > form.request.namePreview.length
            text: qsTr("…")
        }
    }
}
