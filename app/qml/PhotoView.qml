import QtQuick
import QtQuick.Controls

// A large view of one photo: the thumbnail at once, the sharp photo over it when decoded (off the
// GUI thread, at the size it is shown), a busy indicator meanwhile, and the reason when it fails.
Item {
    id: view

    required property url thumbnailSource
    required property url photoSource
    property string error: ""
    readonly property bool loading: photo.status === Image.Loading

    Image {
        id: placeholder
        anchors.fill: parent
        source: view.thumbnailSource
        sourceSize.width: 512
        sourceSize.height: 512
        asynchronous: true
        fillMode: Image.PreserveAspectFit
        visible: photo.status !== Image.Ready
    }
    Image {
        id: photo
        anchors.fill: parent
        source: view.photoSource
        // Decode at the pixels shown (this rounds up to whole pixels on fractional scales).
        sourceSize.width: Math.ceil(view.width * Screen.devicePixelRatio)
        sourceSize.height: Math.ceil(view.height * Screen.devicePixelRatio)
        asynchronous: true
        autoTransform: true
        fillMode: Image.PreserveAspectFit
        smooth: true
    }
    BusyIndicator {
        anchors.centerIn: parent
        running: view.loading
        visible: running
    }
    Label {
        anchors.centerIn: parent
        width: parent.width - 24
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        visible: photo.status === Image.Error || (view.error !== "" && photo.status !== Image.Ready)
        text: "⚠ " + (view.error !== "" ? view.error : qsTr("This photo cannot be shown."))
    }
}
