import QtQuick
import QtQuick.Controls
import Gallery

// A large view of one photo: its thumbnail at once, the whole photo over it once PhotoProvider has
// read and decoded it (off the GUI thread, at the pixels it fills), with the part read so far meanwhile.
Item {
    id: view

    required property string path
    required property url thumbnailSource
    required property url photoSource
    property string error: ""
    // The part of the file read so far, which PhotoProvider reports: reading is what takes the time.
    property real readFraction: 0
    // Decode at about the pixels shown, in steps of 256 so dragging a pane's edge does not ask for a
    // new decode at every pixel.
    readonly property int fittedDecodeWidth: Math.ceil(view.width * Screen.devicePixelRatio / 256) * 256
    readonly property int fittedDecodeHeight: Math.ceil(view.height * Screen.devicePixelRatio / 256) * 256
    property int decodeWidth: view.fittedDecodeWidth
    property int decodeHeight: view.fittedDecodeHeight

    // The whole photo's source once it has stayed a moment. Culling back to back (a key, the next photo, a
    // key), each photo would start a 12 MP decode that two cores' worth of threads run while the window
    // draws the next frame; the thumbnail shows at once, and the decode starts when the desk stops on a photo.
    property url settledSource: ""

    onPhotoSourceChanged: {
        view.readFraction = 0;
        view.settledSource = ""; // never the last photo's pixels over this one's thumbnail
        settle.restart();
    }
    Component.onCompleted: settle.restart() // a view made for one photo (compare) gets no change signal

    Timer {
        id: settle
        interval: 120
        onTriggered: view.settledSource = view.photoSource
    }

    Connections {
        target: PhotoLoadProgress
        function onProgressChanged(path: string, fraction: real) {
            if (path === view.path)
                view.readFraction = fraction;
        }
    }

    Image {
        id: placeholder
        anchors.fill: parent
        source: view.thumbnailSource
        sourceSize.width: 256
        sourceSize.height: 256
        asynchronous: true
        fillMode: Image.PreserveAspectFit
        visible: photo.status !== Image.Ready
    }
    Image {
        id: photo
        anchors.fill: parent
        source: view.settledSource
        sourceSize.width: view.decodeWidth
        sourceSize.height: view.decodeHeight
        asynchronous: true
        fillMode: Image.PreserveAspectFit
        smooth: true
    }
    Column {
        anchors.centerIn: parent
        spacing: 8
        visible: photo.status === Image.Loading

        BusyIndicator {
            anchors.horizontalCenter: parent.horizontalCenter
            running: parent.visible
        }
        ProgressBar {
            width: Math.min(view.width / 2, 200)
            visible: view.readFraction > 0 && view.readFraction < 1
            value: view.readFraction
            Accessible.name: qsTr("Loading the photo")
        }
    }
    Label {
        anchors.centerIn: parent
        width: parent.width - 24
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        // A broken file comes back as the provider's error tile; say why beside it only if even that failed.
        visible: photo.status === Image.Error
        text: "⚠ " + (view.error !== "" ? view.error : qsTr("This photo cannot be shown."))
    }
}
