pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gallery

// Which catalog this computer uses: its own, or a desk's shared one on PostgreSQL (docs/desk.md). A URL
// is tested before it is used; switching re-reads the folder and the credit book from the new catalog.
Dialog {
    id: dialog

    required property CatalogSetting setting
    property string testedText: ""
    property bool testedUsable: false
    property string testMessage: ""
    property string useError: ""

    signal switched()

    function openSetting() {
        location.text = dialog.setting.given;
        dialog.testMessage = "";
        dialog.useError = "";
        dialog.open();
        location.forceActiveFocus();
    }
    function choose(text: string) {
        dialog.useError = dialog.setting.use(text);
        if (dialog.useError === "") {
            dialog.switched();
            dialog.close();
        }
    }

    objectName: "catalogDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(640, parent ? parent.width - 40 : 640)
    modal: true
    focus: true
    title: qsTr("Catalog")
    standardButtons: Dialog.Cancel

    Connections {
        target: dialog.setting
        function onTested(text: string, usable: bool, message: string) {
            dialog.testedText = text;
            dialog.testedUsable = usable;
            dialog.testMessage = message;
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("The catalog keeps the records Byline has read, the credit aliases, the credit book and the marks not yet written. A desk shares one on a PostgreSQL server, so that what one editor sets every editor sees at once.")
            opacity: 0.8
        }
        Label {
            objectName: "catalogInUse"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: dialog.setting.shared
                  ? (dialog.setting.connected ? qsTr("In use: the desk catalog %1 (connected)").arg(dialog.setting.location)
                                              : qsTr("In use: the desk catalog %1, which cannot be reached now: %2")
                                                .arg(dialog.setting.location).arg(dialog.setting.connectionError))
                  : qsTr("In use: this computer's own catalog")
        }
        Label {
            visible: dialog.setting.fromEnvironment
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: "#c0392b"
            text: qsTr("BYLINE_CATALOG is set for this session and chooses the catalog.")
        }
        Label {
            text: qsTr("Desk catalog (leave empty for this computer's own):")
        }
        TextField {
            id: location
            objectName: "catalogLocation"
            Layout.fillWidth: true
            placeholderText: qsTr("postgresql://alice@db.example/photos?sslmode=require")
            Accessible.name: qsTr("Desk catalog URL")
            selectByMouse: true
            enabled: !dialog.setting.fromEnvironment
            onTextEdited: dialog.testMessage = ""
            onAccepted: dialog.setting.test(location.text)
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            opacity: 0.7
            text: qsTr("Keep the password in ~/.pgpass, or name a service: postgresql://?service=desk.")
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "catalogTest"
                text: qsTr("Test connection")
                enabled: !dialog.setting.testing
                onClicked: dialog.setting.test(location.text)
            }
            BusyIndicator {
                running: dialog.setting.testing
                visible: running
                Layout.preferredHeight: 28
                Layout.preferredWidth: 28
            }
            Label {
                objectName: "catalogTestResult"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                visible: dialog.testMessage !== "" && dialog.testedText === location.text
                text: (dialog.testedUsable ? "✓ " : "✗ ") + dialog.testMessage
                color: dialog.testedUsable ? palette.windowText : "#c0392b"
            }
        }
        Label {
            objectName: "catalogUseError"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: dialog.useError !== ""
            text: dialog.useError
            color: "#c0392b"
        }
        RowLayout {
            Layout.fillWidth: true
            Item {
                Layout.fillWidth: true
            }
            Button {
                objectName: "catalogUseOwn"
                text: qsTr("Use this computer's catalog")
                enabled: !dialog.setting.fromEnvironment && dialog.setting.shared
                onClicked: dialog.choose("")
            }
            Button {
                objectName: "catalogUse"
                text: qsTr("Use this desk catalog")
                highlighted: true
                // Only once a test of exactly this text found it usable.
                enabled: !dialog.setting.fromEnvironment && location.text.trim() !== "" && dialog.testedUsable
                         && dialog.testedText === location.text && !dialog.setting.testing
                onClicked: dialog.choose(location.text)
            }
        }
    }
}
