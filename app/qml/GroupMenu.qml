import QtQuick
import QtQuick.Controls
import Gallery

// A credit's menu in the facet list: add it to the desk's credit book, group it under any other credit of
// the folder (an alias is a correction: its photos then say that credit), or ungroup the spellings
// grouped under it.
Menu {
    id: menu

    required property CreditFacetModel facets
    property string key: ""
    property string name: ""
    property var grouped: [] // the spellings grouped under the credit
    property var targets: [] // [{key, name}]: the other credits
    property bool inBook: false

    function openFor(facet: FacetDelegate) {
        menu.key = facet.key;
        menu.name = facet.name;
        menu.grouped = facet.grouped;
        menu.targets = menu.facets.groupTargets(facet.key);
        menu.inBook = menu.facets.book !== null && menu.facets.book.contains(facet.key);
        // Placed under the facet but not parented to it: a recount replaces the list's delegates, and
        // the menu must not close with the one it was opened on.
        const at = facet.mapToItem(menu.parent, 0, facet.height);
        menu.popup(at.x, at.y);
    }

    objectName: "groupMenu"
    width: 320 // the heading names the credit: wider than the facet pane's default

    MenuItem {
        objectName: "ungroupItem"
        text: menu.grouped.length > 0 ? qsTr("Ungroup %1").arg(menu.grouped.join(", ")) : qsTr("Ungroup")
        enabled: menu.grouped.length > 0
        onTriggered: menu.facets.ungroup(menu.key)
    }
    MenuItem {
        objectName: "addToBookItem"
        text: menu.inBook ? qsTr("%1 is in the credit book").arg(menu.name) : qsTr("Add %1 to the credit book").arg(menu.name)
        enabled: !menu.inBook && menu.facets.book !== null
        onTriggered: menu.facets.addToBook(menu.key)
    }
    MenuSeparator {}
    MenuItem {
        text: qsTr("Group %1 under:").arg(menu.name)
        enabled: false
    }
    Instantiator {
        model: menu.targets
        delegate: MenuItem {
            required property var modelData
            objectName: "groupUnder:" + modelData.key
            text: modelData.name
        }
        // After the four fixed items: Ungroup, the book, the separator and the heading. Wired here rather
        // than in the delegate, which sees the menu only as a plain Menu.
        onObjectAdded: (index, object) => {
            const item = object as MenuItem;
            menu.insertItem(index + 4, item);
            item.triggered.connect(() => menu.facets.groupUnder(menu.key, menu.targets[index].key));
        }
        onObjectRemoved: (index, object) => menu.removeItem(object as MenuItem)
    }
}
