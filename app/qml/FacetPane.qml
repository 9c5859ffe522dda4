import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gallery

// The credit facets: check a credit (or an agency, or "No credit") to show only its photos; several
// checked credits add up. Counts follow the search. Suggested aliases are offered inline; any credit
// can be grouped under another, or ungrouped, or added to the credit book, from its menu (right-click,
// or the Menu key or Shift+F10 on the current facet). With a credit book, credits not in it are flagged
// and counted under the heading. "Sweep credits…" writes inferred and corrected credits into the files.
Pane {
    id: pane

    required property CreditFacetModel facets
    required property PhotoFilterModel filter
    required property PhotoModel photos
    property bool editing: false // an edit, a sweep or a revert is being read or written

    signal sweepRequested()

    signal marksWriteRequested()

    signal bookRequested()

    function openMenu(facet: FacetDelegate) {
        groupMenu.openFor(facet);
    }

    padding: 0
    clip: true

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 8

            Label {
                Layout.fillWidth: true
                Layout.preferredWidth: 50
                text: qsTr("Credits")
                font.bold: true
            }
            Button {
                objectName: "clearFilters"
                text: qsTr("Clear filters")
                flat: true
                enabled: pane.filter.filtering
                Accessible.name: qsTr("Clear filters")
                onClicked: pane.filter.clearFilters()
            }
        }
        Button {
            objectName: "unbookedCount"
            Layout.leftMargin: 4
            Layout.fillWidth: true
            Layout.preferredWidth: 50
            visible: pane.facets.unbookedCount > 0
            flat: true
            text: qsTr("⚑ %n photo(s) not in the book", "", pane.facets.unbookedCount)
            Accessible.name: qsTr("%n photo(s) have a credit that is not in the credit book; open the credit book", "",
                                  pane.facets.unbookedCount)
            ToolTip.text: qsTr("Credits marked ⚑ are not in the credit book. Open the credit book")
            ToolTip.visible: hovered
            ToolTip.delay: 600
            onClicked: pane.bookRequested()
        }
        CheckBox {
            Layout.leftMargin: 4
            Layout.fillWidth: true
            Layout.preferredWidth: 50 // fill the pane, never widen it: long names elide
            text: qsTr("Inferred credits only")
            Accessible.name: qsTr("Show only photos whose credit was inferred from the caption")
            checked: pane.filter.inferredOnly
            onToggled: pane.filter.inferredOnly = checked
        }
        CheckBox {
            objectName: "hideUnreadable"
            Layout.leftMargin: 4
            Layout.fillWidth: true
            Layout.preferredWidth: 50
            visible: pane.photos.errorCount > 0
            text: qsTr("Hide unreadable files (%1)").arg(pane.photos.errorCount)
            Accessible.name: qsTr("Hide the files that cannot be read as images")
            checked: pane.filter.hideUnreadable
            onToggled: pane.filter.hideUnreadable = checked
        }
        CheckBox {
            objectName: "pairRawJpeg"
            Layout.leftMargin: 4
            Layout.fillWidth: true
            Layout.preferredWidth: 50
            // Short enough for the pane's default width; the tooltip says it in full.
            text: qsTr("RAW+JPEG pairs as one photo")
            Accessible.name: qsTr("Show a RAW file and the JPEG of the same name as one photo")
            ToolTip.text: qsTr("Show RAW+JPEG pairs as one photo: a RAW file and the JPEG of the same name are one tile")
            ToolTip.visible: hovered
            ToolTip.delay: 600
            checked: pane.photos.pairRawJpeg
            onToggled: pane.photos.pairRawJpeg = checked
        }

        ListView {
            id: list
            objectName: "facetList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: pane.facets
            activeFocusOnTab: true
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            // A recount resets the list (and its current index): Tab into it lands on the first facet.
            onActiveFocusChanged: {
                if (list.activeFocus && list.currentIndex < 0 && list.count > 0)
                    list.currentIndex = 0;
            }
            // Arrows move through the facets (keyNavigationEnabled); Space checks the current one.
            Keys.onSpacePressed: {
                const current = list.currentItem as FacetDelegate;
                if (current)
                    pane.facets.toggle(current.key);
            }
            Keys.onPressed: (event) => {
                const menuKey = event.key === Qt.Key_Menu
                              || (event.key === Qt.Key_F10 && (event.modifiers & Qt.ShiftModifier));
                const current = list.currentItem as FacetDelegate;
                if (!menuKey || !current || current.kind !== CreditFacetModel.Credit)
                    return;
                pane.openMenu(current);
                event.accepted = true;
            }
            delegate: FacetDelegate {
                id: delegate
                width: ListView.view.width
                onToggled: (key) => pane.facets.toggle(key)
                onSuggestionAccepted: (key) => pane.facets.acceptSuggestion(key)
                onUngroupRequested: (key) => pane.facets.ungroup(key)
                onMenuRequested: () => pane.openMenu(delegate)
            }

            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No credits yet")
                opacity: 0.6
            }
        }
        ScrollView {
            id: fieldFacetScroll
            // The other fields a take is filtered by (rating, label, tag, source, city, country): the marks
            // from the start, the others once the take has a value of one; never more than about half the pane, so the credits stay.
            objectName: "fieldFacetScroll"
            Layout.fillWidth: true
            // No height, rather than hidden, while no field has a value: Qt 6.4's layouts leave out the
            // children of a hidden item, so a hidden view would never see a section appear. Never shorter
            // than it has been in this folder: a value whose count drops to 0 leaves the list, and a block
            // that shrank with it would move every row under the pointer ("Unrated" clicked again when
            // "★" was meant).
            property real tallest: 0
            Layout.preferredHeight: Math.min(Math.max(fieldSections.implicitHeight, fieldFacetScroll.tallest),
                                             pane.height * 0.45)
            contentWidth: availableWidth
            clip: true

            Connections {
                target: pane.photos
                function onFolderChanged() { fieldFacetScroll.tallest = 0; }
            }

            ColumnLayout {
                id: fieldSections
                width: parent.width
                spacing: 2

                onImplicitHeightChanged: fieldFacetScroll.tallest = Math.max(fieldFacetScroll.tallest,
                                                                             fieldSections.implicitHeight)

                FieldFacetSection {
                    Layout.fillWidth: true
                    filter: pane.filter
                    field: FieldFacetModel.Rating
                    title: qsTr("Rating")
                }
                FieldFacetSection {
                    Layout.fillWidth: true
                    filter: pane.filter
                    field: FieldFacetModel.Label
                    title: qsTr("Label")
                }
                FieldFacetSection {
                    Layout.fillWidth: true
                    filter: pane.filter
                    field: FieldFacetModel.Tagged
                    title: qsTr("Tag")
                }
                FieldFacetSection {
                    Layout.fillWidth: true
                    filter: pane.filter
                    field: FieldFacetModel.Source
                    title: qsTr("Source")
                }
                FieldFacetSection {
                    Layout.fillWidth: true
                    filter: pane.filter
                    field: FieldFacetModel.City
                    title: qsTr("City")
                }
                FieldFacetSection {
                    Layout.fillWidth: true
                    filter: pane.filter
                    field: FieldFacetModel.Country
                    title: qsTr("Country")
                }
            }
        }
        Button {
            // Ratings and labels are kept in the catalog while a take is culled; this writes them.
            objectName: "writeMarksButton"
            Layout.fillWidth: true
            Layout.preferredWidth: 50
            Layout.leftMargin: 4
            Layout.rightMargin: 4
            visible: pane.photos.pendingMarkCount > 0
            enabled: !pane.editing
            // Counted in photos: a photo rated, labelled and tagged is one file to write.
            text: qsTr("Write the marks of %n photo(s)…", "", pane.photos.pendingMarkCount)
            Accessible.name: qsTr("Write the ratings, labels and tags set here into the files")
            ToolTip.text: qsTr("Ratings, labels and tags set here are kept in Byline's catalog until written: write "
                               + "every one of them into its photo's file")
            ToolTip.visible: hovered
            ToolTip.delay: 600
            onClicked: pane.marksWriteRequested()
        }
        Button {
            objectName: "sweepCreditsButton"
            Layout.fillWidth: true
            Layout.preferredWidth: 50
            Layout.margins: 4
            text: qsTr("Sweep credits…")
            enabled: pane.photos.count > 0 && !pane.editing
            Accessible.name: qsTr("Sweep credits into the files")
            ToolTip.text: qsTr("Write each credit inferred from a caption, and each accepted alias, into the "
                               + "files of the selected photos (every photo shown when none is selected)")
            ToolTip.visible: hovered
            ToolTip.delay: 600
            onClicked: pane.sweepRequested()
        }
    }

    GroupMenu {
        id: groupMenu
        facets: pane.facets
    }
}
