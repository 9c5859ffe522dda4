import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gallery

// One credit facet: a check box with the credit and its count, indented under its agency; credits
// read from captions say how many were inferred; a near-duplicate spelling offers to group itself
// under the credit it probably misspells; a credit lists the spellings grouped under it, with Ungroup;
// a credit not in the desk's credit book is flagged (⚑). Right-click (or the Menu key on the list) offers
// to group it under any other credit, or to add it to the credit book.
Item {
    id: facet

    required property int index
    required property string key
    required property string name
    required property int count
    required property int inferredCount
    required property int depth
    required property int kind
    required property bool selected
    required property string suggestedAliasOfKey
    required property string suggestedAliasOfName
    required property var grouped // the spellings grouped under this credit (a string list)
    required property bool unbooked // not in the credit book (never while the book is empty)

    signal toggled(string key)
    signal suggestionAccepted(string key)
    signal ungroupRequested(string key)
    signal menuRequested()

    objectName: "facet:" + facet.key
    implicitHeight: column.implicitHeight + 4
    Accessible.role: Accessible.CheckBox
    Accessible.name: facet.unbooked ? qsTr("%1, %n photo(s), not in the credit book", "", facet.count).arg(facet.name)
                                    : qsTr("%1, %n photo(s)", "", facet.count).arg(facet.name)
    Accessible.checked: facet.selected

    FontMetrics {
        id: metrics // the application font, for the smaller notes
    }
    SystemPalette {
        id: colours
    }
    Rectangle {
        // The keyboard's place in the list.
        anchors.fill: parent
        color: "transparent"
        border.color: colours.highlight
        visible: facet.ListView.isCurrentItem && facet.ListView.view.activeFocus
    }

    ColumnLayout {
        id: column
        x: 4 + facet.depth * 18
        y: 2
        width: parent.width - x - 8
        spacing: 0

        RowLayout {
            Layout.fillWidth: true

            CheckBox {
                id: check
                objectName: "facetCheck:" + facet.key
                Layout.fillWidth: true
                Layout.preferredWidth: 50 // fill the row, never widen it: long credits elide
                text: facet.name
                font.bold: facet.kind === CreditFacetModel.Agency
                font.italic: facet.kind === CreditFacetModel.NoCredit
                checked: facet.selected
                focusPolicy: Qt.NoFocus
                Accessible.name: facet.name
                // The model is the truth: put the binding back after the click toggled the box.
                onToggled: {
                    facet.toggled(facet.key);
                    check.checked = Qt.binding(() => facet.selected);
                }
            }
            Label {
                objectName: "unbooked:" + facet.key
                visible: facet.unbooked
                text: "⚑"
                color: "#e65100"
                Accessible.name: qsTr("Not in the credit book")
                ToolTip.text: qsTr("Not in the credit book (right-click to add it)")
                ToolTip.visible: unbookedHover.hovered
                ToolTip.delay: 300

                HoverHandler {
                    id: unbookedHover
                }
            }
            Label {
                text: facet.count
                opacity: 0.7
            }
        }
        Label {
            Layout.leftMargin: check.indicator.width + check.spacing + check.leftPadding
            Layout.fillWidth: true
            Layout.preferredWidth: 50
            elide: Text.ElideRight
            visible: facet.inferredCount > 0
            text: facet.inferredCount === facet.count
                  ? qsTr("◇ inferred from captions")
                  : qsTr("◇ %1 inferred from captions").arg(facet.inferredCount)
            font.pointSize: metrics.font.pointSize * 0.85
            opacity: 0.7
        }
        RowLayout {
            Layout.leftMargin: check.indicator.width + check.spacing + check.leftPadding
            Layout.fillWidth: true
            visible: facet.suggestedAliasOfKey !== ""

            Label {
                Layout.fillWidth: true
                Layout.preferredWidth: 50
                text: qsTr("probably %1?").arg(facet.suggestedAliasOfName)
                font.pointSize: metrics.font.pointSize * 0.85
                wrapMode: Text.Wrap
            }
            Button {
                objectName: "group:" + facet.key
                text: qsTr("Group")
                font.pointSize: metrics.font.pointSize * 0.85
                Accessible.name: qsTr("Group %1 under %2").arg(facet.name).arg(facet.suggestedAliasOfName)
                ToolTip.text: qsTr("Correct %1 to %2 in this folder (the files are not changed)")
                              .arg(facet.name).arg(facet.suggestedAliasOfName)
                ToolTip.visible: hovered
                ToolTip.delay: 600
                onClicked: facet.suggestionAccepted(facet.key)
            }
        }
        RowLayout {
            // An alias is a correction: what it corrected stays in view, and can be undone.
            Layout.leftMargin: check.indicator.width + check.spacing + check.leftPadding
            Layout.fillWidth: true
            visible: facet.grouped.length > 0

            Label {
                objectName: "grouped:" + facet.key
                Layout.fillWidth: true
                Layout.preferredWidth: 50
                text: qsTr("corrects %1").arg(facet.grouped.join(", "))
                font.pointSize: metrics.font.pointSize * 0.85
                wrapMode: Text.Wrap
                opacity: 0.7
            }
            Button {
                objectName: "ungroup:" + facet.key
                text: qsTr("Ungroup")
                font.pointSize: metrics.font.pointSize * 0.85
                Accessible.name: qsTr("Ungroup %1 from %2").arg(facet.grouped.join(", ")).arg(facet.name)
                ToolTip.text: qsTr("Show %1 as the files spell it again").arg(facet.grouped.join(", "))
                ToolTip.visible: hovered
                ToolTip.delay: 600
                onClicked: facet.ungroupRequested(facet.key)
            }
        }
    }
    TapHandler {
        // A click beside the box toggles too, as in a list of filters.
        onTapped: facet.toggled(facet.key)
    }
    TapHandler {
        acceptedButtons: Qt.RightButton
        enabled: facet.kind === CreditFacetModel.Credit
        onTapped: facet.menuRequested()
    }
}
