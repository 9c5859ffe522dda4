pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gallery

// The credit line style: how Ctrl+C, the detail pane and the caption sheet print a credit line. A
// built-in style or the desk's own pattern, with what it is wrong about and a live example.
GridLayout {
    id: form

    required property CreditBookModel book
    // The credit the example shows: the current photo's, else a credit in the three forms' first.
    property string exampleCredit: ""

    // @p houseStyle is what the line depends on: passing it makes a binding follow the style and the book.
    function lineFor(credit: string, houseStyle: var): string {
        return houseStyle !== undefined ? form.book.lineFor(credit) : "";
    }

    columns: 2
    columnSpacing: 12
    rowSpacing: 6

    Label {
        text: qsTr("Credit line style")
    }
    ComboBox {
        id: styleBox
        objectName: "creditLineStyle"
        Layout.fillWidth: true
        textRole: "text"
        valueRole: "value"
        Accessible.name: qsTr("Credit line style")
        model: [
            { text: qsTr("As written (Credit: NASA/Tim Kopra, as the file says)"), value: CreditBookModel.AsWritten },
            { text: qsTr("Organisation/Person (Credit: NASA/Tim Kopra)"), value: CreditBookModel.OrganisationPerson },
            { text: qsTr("Person/Organisation (Credit: Tim Kopra/NASA)"), value: CreditBookModel.PersonOrganisation },
            { text: qsTr("Photo: Person, Organisation"), value: CreditBookModel.PhotoPersonOrganisation },
            { text: qsTr("Custom pattern"), value: CreditBookModel.Custom }
        ]
        currentIndex: form.book.style // the model lists the styles in their enum's order
        onActivated: form.book.style = styleBox.currentValue
    }

    Label {
        text: qsTr("Pattern")
        visible: pattern.visible
    }
    TextField {
        id: pattern
        objectName: "creditLinePattern"
        Layout.fillWidth: true
        visible: form.book.style === CreditBookModel.Custom
        text: form.book.customPattern
        placeholderText: qsTr("{person} ({organisation})")
        Accessible.name: qsTr("Credit line pattern")
        ToolTip.text: qsTr("Fields: {person}, {organisation}, {credit}. A credit that is not one person and one organisation is printed as written.")
        ToolTip.visible: pattern.activeFocus || pattern.hovered
        ToolTip.delay: 600
        selectByMouse: true
        onTextEdited: form.book.customPattern = pattern.text
    }

    Item {
        width: 1
        visible: patternError.visible
    }
    Label {
        id: patternError
        objectName: "creditLinePatternError"
        Layout.fillWidth: true
        visible: form.book.patternError !== ""
        text: qsTr("%1 — credit lines are printed as written until it is fixed").arg(form.book.patternError)
        color: "#c62828"
        wrapMode: Text.Wrap
    }

    Label {
        text: qsTr("Example")
        Layout.alignment: Qt.AlignTop
    }
    ColumnLayout {
        objectName: "creditLineExample"
        Layout.fillWidth: true
        spacing: 0

        Repeater {
            model: form.exampleCredit !== "" ? [form.exampleCredit, "Tim Kopra/NASA", "Energia"]
                                             : ["NASA/Tim Kopra", "Photo: Tim Kopra, NASA", "Energia"]
            delegate: Label {
                id: example
                required property string modelData
                Layout.fillWidth: true
                elide: Text.ElideRight
                text: qsTr("%1 → %2").arg(example.modelData).arg(form.lineFor(example.modelData, form.book.houseStyle))
            }
        }
    }
}
