import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gallery

ApplicationWindow {
    id: window

    required property string folder

    width: 1100
    height: 720
    minimumWidth: 480
    minimumHeight: 320
    visible: true
    title: qsTr("Byline — %1").arg(window.folder)

    PhotoModel {
        id: photos
        folder: window.folder
    }

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
            Layout.maximumWidth: window.width - 48
            text: window.folder
            elide: Text.ElideMiddle
        }
        ProgressBar {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: 320
            visible: photos.state === PhotoModel.Scanning
            from: 0
            to: Math.max(1, photos.total)
            value: photos.progress
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            opacity: 0.7
            // Until translations (with real plural forms) are loaded, spell out the English ones.
            text: photos.state === PhotoModel.Error
                  ? qsTr("This folder cannot be read: %1").arg(photos.errorString)
                  : (photos.count === 1 ? qsTr("1 photo") : qsTr("%1 photos").arg(photos.count))
                    + (photos.errorCount > 0 ? qsTr(", %1 with errors").arg(photos.errorCount) : "")
        }
    }
}
