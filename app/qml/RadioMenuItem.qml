import QtQuick
import QtQuick.Controls

// A menu entry that is one of several exclusive choices (put it in an exclusive ButtonGroup): a radio
// mark, not a check box. It shows `chosen`, which the caller binds to the model.
MenuItem {
    id: item

    required property bool chosen

    checkable: true
    // A click writes `checked` itself, which would end a plain binding; this one outlives it.
    Binding on checked {
        value: item.chosen
    }
    Accessible.role: Accessible.RadioButton

    indicator: Rectangle {
        x: item.mirrored ? item.width - width - item.rightPadding : item.leftPadding
        y: item.topPadding + (item.availableHeight - height) / 2
        width: 14
        height: 14
        radius: 7
        color: item.palette.base
        border.color: item.palette.mid

        Rectangle {
            anchors.centerIn: parent
            width: 6
            height: 6
            radius: 3
            color: item.palette.text
            visible: item.checked
        }
    }
}
