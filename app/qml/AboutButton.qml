import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byline

// The toolbar's About button and the dialog it opens: Byline's version, the Qt and Exiv2 it runs with,
// and the licences.
ToolButton {
    id: button

    objectName: "aboutButton"
    text: qsTr("About")
    Accessible.name: qsTr("About Byline")
    onClicked: dialog.open()

    Dialog {
        id: dialog

        objectName: "aboutDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(560, parent.width - 40)
        height: Math.min(520, parent.height - 40)
        modal: true
        title: qsTr("About Byline")
        standardButtons: Dialog.Close

        ColumnLayout {
            anchors.fill: parent
            spacing: 8

            Label {
                objectName: "aboutVersion"
                text: qsTr("Byline %1").arg(AboutInfo.version)
                font.bold: true
                font.pointSize: 14
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("A photo gallery viewer that keeps every caption and credit.")
            }
            Label {
                objectName: "aboutLibraries"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("Built with Qt %1 (GNU LGPL version 3) and Exiv2 %2 (GNU GPL version 2 or later).")
                      .arg(AboutInfo.qtVersion).arg(AboutInfo.exiv2Version)
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("Byline's source code is under the MIT licence. Because it links Exiv2, this program as a whole is distributed under the GNU GPL version 2 or later.")
            }
            ScrollView {
                Layout.fillWidth: true
                Layout.fillHeight: true

                TextArea {
                    objectName: "aboutLicence"
                    readOnly: true
                    wrapMode: TextEdit.Wrap
                    font.family: "monospace"
                    text: AboutInfo.licenceText
                }
            }
        }
    }
}
