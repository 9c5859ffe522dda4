import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One field of the edit form: ticked means "change this field"; typing ticks it. Replace or Append
// for several photos (or a list field), the text, with =codes= and {variables} allowed.
ColumnLayout {
    id: row

    required property string name
    required property string label
    required property bool list
    required property bool multiline
    required property bool several
    property alias checked: tick.checked
    property string mode: "replace"
    property string value: ""

    function edit(): var {
        return { field: row.name, value: row.value, mode: row.mode };
    }
    function setValue(text: string) {
        row.value = text;
        if (row.multiline)
            area.text = text;
        else
            line.text = text;
    }

    spacing: 2

    RowLayout {
        Layout.fillWidth: true
        CheckBox {
            id: tick
            objectName: "editTick_" + row.name
            text: row.label
            Accessible.name: qsTr("Change %1").arg(row.label)
        }
        Item { Layout.fillWidth: true }
        ComboBox {
            objectName: "editMode_" + row.name
            // Also for one photo once a template appends: the form must not look as if it replaces.
            visible: row.several || row.list || row.mode === "append"
            model: [qsTr("Replace"), row.list ? qsTr("Add") : qsTr("Append")]
            currentIndex: row.mode === "append" ? 1 : 0
            // Choosing how does not tick the field: an empty ticked field would be cleared.
            onActivated: (index) => { row.mode = index === 1 ? "append" : "replace"; }
            Accessible.name: qsTr("How to change %1").arg(row.label)
        }
    }
    TextField {
        id: line
        objectName: "editLine_" + row.name
        Layout.fillWidth: true
        visible: !row.multiline
        placeholderText: row.list ? qsTr("Separate several with %1").arg(row.name === "creator" ? ";" : ",") : ""
        onTextEdited: { row.value = line.text; tick.checked = true; }
        Accessible.name: row.label
    }
    ScrollView {
        Layout.fillWidth: true
        Layout.preferredHeight: 72
        visible: row.multiline
        TextArea {
            id: area
            background: Rectangle {
                color: row.palette.base
                border.color: area.activeFocus ? row.palette.highlight : row.palette.mid
                radius: 2
            }
            objectName: "editArea_" + row.name
            wrapMode: TextEdit.Wrap
            // Tab moves on, as in every form field, instead of typing a tab into the caption.
            Keys.onTabPressed: (event) => { area.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason); event.accepted = true; }
            Keys.onBacktabPressed: (event) => { area.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason); event.accepted = true; }
            onTextChanged: {
                if (area.activeFocus) {
                    row.value = area.text;
                    tick.checked = true;
                }
            }
            Accessible.name: row.label
        }
    }
}
