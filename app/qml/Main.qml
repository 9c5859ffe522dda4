import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ApplicationWindow {
    id: window

    required property string folder

    width: 1100
    height: 720
    minimumWidth: 480
    minimumHeight: 320
    visible: true
    title: qsTr("Byline — %1").arg(window.folder)

    ColumnLayout {
        anchors.centerIn: parent
        spacing: 12

        Label {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Byline")
            font.pixelSize: 32
            font.bold: true
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            text: window.folder
            elide: Text.ElideMiddle
            Layout.maximumWidth: window.width - 48
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            opacity: 0.7
            text: qsTr("Use byline-cli scan to list this folder's captions and credits.")
        }
    }
}
