import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gallery
import Byline

// The facets of one short field under the credits: a heading that folds the list away, and a check box
// per value with its count (under every other filter). Shown only when the take has a value of the field.
ColumnLayout {
    id: section

    required property PhotoFilterModel filter
    required property int field // FieldFacetModel.Field
    required property string title
    property bool expanded: true

    objectName: "fieldFacets:" + section.field
    visible: facets.hasValues
    spacing: 0

    FieldFacetModel {
        id: facets
        filter: section.filter
        field: section.field
    }

    Button {
        id: heading
        objectName: "fieldFacetHeading:" + section.field
        Layout.fillWidth: true
        Layout.preferredWidth: 50
        flat: true
        focusPolicy: Qt.NoFocus
        text: (section.expanded ? "▾ " : "▸ ") + section.title
        font.bold: true
        contentItem: Label {
            text: heading.text
            font: heading.font
            horizontalAlignment: Text.AlignLeft
            elide: Text.ElideRight
        }
        Accessible.name: section.expanded ? qsTr("Hide the %1 filters").arg(section.title)
                                          : qsTr("Show the %1 filters").arg(section.title)
        onClicked: section.expanded = !section.expanded
    }
    Repeater {
        model: section.expanded ? facets : null

        RowLayout {
            id: row

            required property var model // for setting "selected", which checks the value in the filter
            required property string value
            required property string name
            required property int count
            required property bool selected
            required property bool none
            required property int field

            objectName: "fieldFacet:" + row.field + ":" + row.value
            Layout.fillWidth: true
            Layout.leftMargin: 4
            Layout.rightMargin: 8

            CheckBox {
                id: check
                objectName: "fieldFacetCheck:" + row.field + ":" + row.value
                Layout.fillWidth: true
                Layout.preferredWidth: 50 // long place names elide rather than widen the pane
                text: row.name
                font.italic: row.none
                checked: row.selected
                // As in the credit list: a click filters and leaves the keys with the grid (culling goes on).
                focusPolicy: Qt.NoFocus
                Accessible.name: qsTr("%1, %n photo(s)", "", row.count).arg(row.name)
                // The model is the truth: put the binding back after the click toggled the box.
                onToggled: {
                    row.model.selected = check.checked;
                    check.checked = Qt.binding(() => row.selected);
                }
            }
            Rectangle {
                visible: row.field === FieldFacetModel.Label && !row.none
                width: 10
                height: 10
                radius: 5
                color: LabelColours.colourOf(row.value)
            }
            Label {
                text: row.count
                opacity: 0.7
            }
        }
    }
}
