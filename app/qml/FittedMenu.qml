import QtQuick
import QtQuick.Controls

// A menu as wide as its widest item: Qt Quick's menus keep their style's fixed width, which cuts off
// longer items ("List: time, name, rating, credit, caption") and their German translations. Never wider
// than a third of a wide screen: a long recent folder's path is elided instead. Measured as it opens, not
// in a binding: a binding over the items would run again while the window tears them down.
Menu {
    id: menu

    onAboutToShow: {
        let widest = 0;
        for (let i = 0; i < menu.count; ++i) {
            const item = menu.itemAt(i);
            if (item)
                widest = Math.max(widest, item.implicitWidth);
        }
        menu.width = Math.max(menu.implicitWidth, Math.min(640, widest + menu.leftPadding + menu.rightPadding));
    }
}
