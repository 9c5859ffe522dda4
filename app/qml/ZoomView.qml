import QtQuick

// The lightbox's photo: fitted to the view (never enlarged past 100 %), or zoomed with the wheel
// around the pointer; zoomed in, it is dragged to pan. 100 % is one photo pixel per screen pixel.
Flickable {
    id: zoom

    required property string path
    required property url thumbnailSource
    required property url photoSource
    required property string error
    // The photo's pixels as displayed; 0 when unknown (then it simply fills the view).
    required property int photoWidth
    required property int photoHeight

    // Photo pixels to view units; 0 while the photo is fitted to the view.
    property real zoomScale: 0
    readonly property bool fitted: zoom.zoomScale <= 0
    readonly property bool known: zoom.photoWidth > 0 && zoom.photoHeight > 0
    readonly property real actualScale: 1 / Screen.devicePixelRatio
    readonly property real fitScale: zoom.known ? Math.min(zoom.width / zoom.photoWidth,
                                                           zoom.height / zoom.photoHeight, zoom.actualScale)
                                                : 1
    readonly property real shownScale: zoom.fitted ? zoom.fitScale : zoom.zoomScale
    readonly property int percent: Math.round(zoom.shownScale / zoom.actualScale * 100)

    // Zooms to @p scale keeping the photo's point under @p centre (view coordinates) where it is.
    function zoomTo(scale: real, centre: point) {
        if (!zoom.known)
            return;
        const largest = 8 * zoom.actualScale;
        const target = Math.max(zoom.fitScale, Math.min(scale, largest));
        const photoX = (zoom.contentX + centre.x - photo.x) / zoom.shownScale;
        const photoY = (zoom.contentY + centre.y - photo.y) / zoom.shownScale;
        // Back to fitted when zoomed out that far, so the photo follows the window's size again.
        zoom.zoomScale = target <= zoom.fitScale * 1.001 ? 0 : target;
        zoom.contentX = Math.max(0, Math.min(zoom.contentWidth - zoom.width, photoX * zoom.shownScale + photo.x - centre.x));
        zoom.contentY = Math.max(0, Math.min(zoom.contentHeight - zoom.height, photoY * zoom.shownScale + photo.y - centre.y));
    }
    function showActualSize() {
        zoom.zoomTo(zoom.actualScale, Qt.point(zoom.width / 2, zoom.height / 2));
    }
    function fit() {
        zoom.zoomScale = 0;
    }
    function toggleFit() {
        if (zoom.fitted)
            zoom.showActualSize();
        else
            zoom.zoomScale = 0;
    }

    contentWidth: Math.max(zoom.width, photo.width)
    contentHeight: Math.max(zoom.height, photo.height)
    interactive: !zoom.fitted
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    onPathChanged: zoom.zoomScale = 0 // every photo starts fitted

    PhotoView {
        id: photo
        x: (zoom.contentWidth - photo.width) / 2
        y: (zoom.contentHeight - photo.height) / 2
        width: zoom.known ? zoom.photoWidth * zoom.shownScale : zoom.width
        height: zoom.known ? zoom.photoHeight * zoom.shownScale : zoom.height
        path: zoom.path
        thumbnailSource: zoom.thumbnailSource
        photoSource: zoom.photoSource
        error: zoom.error
        // Zoomed in, the whole photo once, not a new decode at every step of the wheel.
        decodeWidth: zoom.fitted || !zoom.known ? photo.fittedDecodeWidth : zoom.photoWidth
        decodeHeight: zoom.fitted || !zoom.known ? photo.fittedDecodeHeight : zoom.photoHeight
    }
    WheelHandler {
        id: wheel
        onWheel: (event) => {
            const scene = wheel.point.scenePosition;
            const centre = zoom.mapFromItem(null, scene.x, scene.y);
            zoom.zoomTo(zoom.shownScale * Math.pow(1.25, event.angleDelta.y / 120), centre);
        }
    }
}
