<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutButton</name>
    <message>
        <location filename="../app/qml/AboutButton.qml" line="12"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/AboutButton.qml" line="13"/>
        <location filename="../app/qml/AboutButton.qml" line="25"/>
        <source>About Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/AboutButton.qml" line="34"/>
        <source>Byline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/AboutButton.qml" line="41"/>
        <source>A photo gallery viewer that keeps every caption and credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/AboutButton.qml" line="47"/>
        <source>Built with Qt %1 (GNU LGPL version 3) and Exiv2 %2 (GNU GPL version 2 or later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/AboutButton.qml" line="53"/>
        <source>Byline&apos;s source code is under the MIT licence. Because it links Exiv2, this program as a whole is distributed under the GNU GPL version 2 or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditGateSummary</name>
    <message numerus="yes">
        <location filename="../app/qml/CreditGateSummary.qml" line="29"/>
        <source>%n photo(s) have no credit</source>
        <translation>
            <numerusform>%n photo has no credit</numerusform>
            <numerusform>%n photos have no credit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/CreditGateSummary.qml" line="31"/>
        <source>%1 only an inferred one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/CreditGateSummary.qml" line="33"/>
        <source>%n photo(s) have only an inferred credit</source>
        <translation>
            <numerusform>%n photo has only an inferred credit</numerusform>
            <numerusform>%n photos have only an inferred credit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/CreditGateSummary.qml" line="34"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditGateSummary.qml" line="56"/>
        <source>Deselect these photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditGateSummary.qml" line="57"/>
        <source>Deselect the photos without an embedded credit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailField</name>
    <message>
        <location filename="../app/qml/DetailField.qml" line="58"/>
        <source>⚠ stores disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailField.qml" line="64"/>
        <source>◇ inferred from the caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailField.qml" line="85"/>
        <source>Inferred: no metadata field holds a credit; the caption ends with this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailField.qml" line="86"/>
        <source>From the file itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailField.qml" line="86"/>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailField.qml" line="87"/>
        <source>; another store holds a different value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailField.qml" line="99"/>
        <source>%1 says: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="50"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="55"/>
        <source>Edit the caption, credit and other fields (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="59"/>
        <source>Revert to original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="63"/>
        <source>Put back the file as it was before Byline first wrote it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="69"/>
        <source>⚠ This file cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="75"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="83"/>
        <source>Credit line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="95"/>
        <source>No credit: neither the metadata nor the caption names one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="101"/>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="108"/>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="115"/>
        <source>Copyright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="122"/>
        <source>Date taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="129"/>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="133"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="137"/>
        <source>File size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="143"/>
        <source>Files (RAW+JPEG pair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="145"/>
        <location filename="../app/qml/DetailPane.qml" line="146"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="150"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="154"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="167"/>
        <source>Select a photo to see its caption and credit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message numerus="yes">
        <location filename="../app/qml/EditDialog.qml" line="94"/>
        <source>Sweep the credits of %n photo(s)</source>
        <translation>
            <numerusform>Sweep the credits of %n photo</numerusform>
            <numerusform>Sweep the credits of %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/EditDialog.qml" line="95"/>
        <source>Edit %n photo(s)</source>
        <translation>
            <numerusform>Edit %n photo</numerusform>
            <numerusform>Edit %n photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="120"/>
        <location filename="../app/qml/EditDialog.qml" line="128"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="127"/>
        <source>No templates yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="132"/>
        <source>Fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="141"/>
        <source>Tick the fields to change. Values may hold =codes= from the desk&apos;s code list and {filename}, {date}, {date:%d %B %Y}, {credit}, {creator}, {seq} or {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="172"/>
        <location filename="../app/qml/EditDialog.qml" line="238"/>
        <source>Write XMP sidecars, never the photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="180"/>
        <location filename="../app/qml/EditDialog.qml" line="181"/>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="184"/>
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/EditDialog.qml" line="202"/>
        <source>Reading %1 of %n photo(s)…</source>
        <translation>
            <numerusform>Reading %1 of %n photo…</numerusform>
            <numerusform>Reading %1 of %n photos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/EditDialog.qml" line="203"/>
        <source>%n photo(s) will change.</source>
        <translation>
            <numerusform>%n photo will change.</numerusform>
            <numerusform>%n photos will change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/EditDialog.qml" line="205"/>
        <source>%n already so.</source>
        <translation>
            <numerusform>%n already so.</numerusform>
            <numerusform>%n already so.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/EditDialog.qml" line="207"/>
        <source>%n cannot be written.</source>
        <translation>
            <numerusform>%n cannot be written.</numerusform>
            <numerusform>%n cannot be written.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="223"/>
        <location filename="../app/qml/EditDialog.qml" line="290"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="231"/>
        <source>Remove the credit line from captions whose credit moves into the credit field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="266"/>
        <source>%1: “%2” → “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="266"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="267"/>
        <source>(cleared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="268"/>
        <source>written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/EditDialog.qml" line="281"/>
        <source>Writing %1 of %n photo(s)…</source>
        <translation>
            <numerusform>Writing %1 of %n photo…</numerusform>
            <numerusform>Writing %1 of %n photos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="308"/>
        <source>Preview changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="315"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/EditDialog.qml" line="321"/>
        <source>Write %n photo(s)</source>
        <translation>
            <numerusform>Write %n photo</numerusform>
            <numerusform>Write %n photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="329"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="336"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="336"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditField</name>
    <message>
        <location filename="../app/qml/EditField.qml" line="38"/>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditField.qml" line="44"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditField.qml" line="44"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditField.qml" line="44"/>
        <source>Append</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditField.qml" line="48"/>
        <source>How to change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditField.qml" line="56"/>
        <source>Separate several with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditPreviewModel</name>
    <message>
        <location filename="../gallery/models/editpreviewmodel.cpp" line="17"/>
        <source>the photo and its sidecar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/editpreviewmodel.cpp" line="18"/>
        <source>the sidecar %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/editpreviewmodel.cpp" line="78"/>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <location filename="../gallery/models/editsession.cpp" line="219"/>
        <source>From captions: %1 · corrected by an alias: %2 · already right: %3 · without a credit: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/editsession.cpp" line="225"/>
        <source> · left alone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/editsession.cpp" line="227"/>
        <source> · unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/editsession.cpp" line="271"/>
        <source>the same file as %1, which is edited already</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gallery/models/editsession.cpp" line="318"/>
        <source>Credit sweep of %n photo(s)</source>
        <translation>
            <numerusform>Credit sweep of %n photo</numerusform>
            <numerusform>Credit sweep of %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gallery/models/editsession.cpp" line="319"/>
        <source>Edit of %n photo(s)</source>
        <translation>
            <numerusform>Edit of %n photo</numerusform>
            <numerusform>Edit of %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gallery/models/editsession.cpp" line="407"/>
        <source>Undone: %n photo(s) set back</source>
        <translation>
            <numerusform>Undone: %n photo set back</numerusform>
            <numerusform>Undone: %n photos set back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gallery/models/editsession.cpp" line="407"/>
        <source>%n photo(s) written</source>
        <translation>
            <numerusform>%n photo written</numerusform>
            <numerusform>%n photos written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gallery/models/editsession.cpp" line="409"/>
        <source>, %n not written</source>
        <translation>
            <numerusform>, %n not written</numerusform>
            <numerusform>, %n not written</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gallery/models/editsession.cpp" line="452"/>
        <source>Nothing to revert: Byline has not written these photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gallery/models/editsession.cpp" line="453"/>
        <source>%n original(s) restored</source>
        <translation>
            <numerusform>%n original restored</numerusform>
            <numerusform>%n originals restored</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gallery/models/editsession.cpp" line="472"/>
        <source>The template cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/editsession.cpp" line="490"/>
        <source>A template needs a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../app/qml/EmptyState.qml" line="55"/>
        <source>No folder open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EmptyState.qml" line="56"/>
        <source>This folder cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EmptyState.qml" line="57"/>
        <source>No photos in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EmptyState.qml" line="58"/>
        <source>No photo matches the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EmptyState.qml" line="59"/>
        <source>Reading the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EmptyState.qml" line="70"/>
        <source>Open a folder of photos, or drop one onto this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/EmptyState.qml" line="74"/>
        <source>%1 holds no photos of its own, but the %n folder(s) inside it may.</source>
        <translation>
            <numerusform>%1 holds no photos of its own, but the folder inside it may.</numerusform>
            <numerusform>%1 holds no photos of its own, but the %n folders inside it may.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/EmptyState.qml" line="76"/>
        <source>%1 holds no image files. Open another folder, or drop one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/EmptyState.qml" line="78"/>
        <source>Nothing among the %n photo(s) matches the search and the checked credits.</source>
        <translation>
            <numerusform>Nothing among the %n photo matches the search and the checked credits.</numerusform>
            <numerusform>Nothing among the %n photos matches the search and the checked credits.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/EmptyState.qml" line="88"/>
        <source>Show the photos in its folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EmptyState.qml" line="94"/>
        <source>Open folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EmptyState.qml" line="100"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../app/qml/ExportDialog.qml" line="40"/>
        <source>Export %n photo(s)</source>
        <translation>
            <numerusform>Export %n photo</numerusform>
            <numerusform>Export %n photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/ExportDialog.qml" line="68"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/ExportDialog.qml" line="93"/>
        <source>Exporting %1 of %n photo(s)…</source>
        <translation>
            <numerusform>Exporting %1 of %n photo…</numerusform>
            <numerusform>Exporting %1 of %n photos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/ExportDialog.qml" line="100"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportDialog.qml" line="116"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportDialog.qml" line="124"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportDialog.qml" line="130"/>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportDialog.qml" line="130"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportDialog.qml" line="130"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="20"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="29"/>
        <source>A folder; made when missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="30"/>
        <source>Destination folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="36"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="37"/>
        <source>Choose the destination folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="43"/>
        <source>Produce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="50"/>
        <source>Originals (byte-for-byte, with their XMP sidecars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="58"/>
        <source>Resized JPEG copies, long edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="70"/>
        <source>Long edge in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="74"/>
        <source>px, quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="85"/>
        <source>JPEG quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="92"/>
        <source>Caption sheet (index.html with manifest.csv and manifest.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="99"/>
        <location filename="../app/qml/ExportForm.qml" line="108"/>
        <source>Sheet title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="107"/>
        <source>The heading of the caption sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="113"/>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="121"/>
        <source>An optional paragraph under the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="122"/>
        <source>Sheet introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="128"/>
        <source>File names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="135"/>
        <source>File name template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="136"/>
        <source>Fields: {n} or {n:03}, {date}, {credit}, {name}, {ext}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="167"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportResult</name>
    <message numerus="yes">
        <location filename="../app/qml/ExportResult.qml" line="19"/>
        <source>Exported %1 of %n photo(s) to %2</source>
        <translation>
            <numerusform>Exported %1 of %n photo to %2</numerusform>
            <numerusform>Exported %1 of %n photos to %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/ExportResult.qml" line="21"/>
        <source>, %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportResult.qml" line="23"/>
        <source>, %1 not exported (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacetDelegate</name>
    <message numerus="yes">
        <location filename="../app/qml/FacetDelegate.qml" line="33"/>
        <source>%1, %n photo(s)</source>
        <translation>
            <numerusform>%1, %n photo</numerusform>
            <numerusform>%1, %n photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="89"/>
        <source>◇ inferred from captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="90"/>
        <source>◇ %1 inferred from captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="102"/>
        <source>probably %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="108"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="110"/>
        <source>Group %1 under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="111"/>
        <source>Correct %1 to %2 in this folder (the files are not changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="128"/>
        <source>corrects %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="135"/>
        <source>Ungroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="137"/>
        <source>Ungroup %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="138"/>
        <source>Show %1 as the files spell it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacetPane</name>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="38"/>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="43"/>
        <location filename="../app/qml/FacetPane.qml" line="46"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="54"/>
        <source>Inferred credits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="55"/>
        <source>Show only photos whose credit was inferred from the caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="65"/>
        <source>Hide unreadable files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="66"/>
        <source>Hide the files that cannot be read as images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="76"/>
        <source>RAW+JPEG pairs as one photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="77"/>
        <source>Show a RAW file and the JPEG of the same name as one photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="78"/>
        <source>Show RAW+JPEG pairs as one photo: a RAW file and the JPEG of the same name are one tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="128"/>
        <source>No credits yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="137"/>
        <source>Sweep credits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="139"/>
        <source>Sweep credits into the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="140"/>
        <source>Write each credit inferred from a caption, and each accepted alias, into the files of the selected photos (every photo shown when none is selected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupMenu</name>
    <message>
        <location filename="../app/qml/GroupMenu.qml" line="32"/>
        <source>Ungroup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/GroupMenu.qml" line="32"/>
        <source>Ungroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/GroupMenu.qml" line="38"/>
        <source>Group %1 under:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lightbox</name>
    <message>
        <location filename="../app/qml/Lightbox.qml" line="50"/>
        <source>Lightbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/Lightbox.qml" line="120"/>
        <source>⚠ No credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/Lightbox.qml" line="130"/>
        <source>%1 — %2 of %3 · %4 %   ·   ← → step, wheel or 1 / Z zoom, F11 full screen, Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/Lightbox.qml" line="143"/>
        <source>Close the lightbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/qml/Main.qml" line="39"/>
        <source>Nothing to copy: select a photo first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="43"/>
        <source>Nothing to copy: no caption or credit (the clipboard is now empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/Main.qml" line="44"/>
        <source>Copied the attributed caption of %n photo(s)</source>
        <translation>
            <numerusform>Copied the attributed caption of %n photo</numerusform>
            <numerusform>Copied the attributed captions of %n photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="50"/>
        <source>Select the photos to edit first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="58"/>
        <source>No photos to sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="64"/>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="67"/>
        <source>Undoing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="72"/>
        <source>Select the photos to export first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="102"/>
        <source>%1 — Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="133"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="321"/>
        <source>Open a folder of photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="50"/>
        <source>Open folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="51"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="52"/>
        <source>Open a folder of photos (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="59"/>
        <source>Recent ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="60"/>
        <source>Recent folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="82"/>
        <source>Clear recent folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="94"/>
        <source>Search captions, credits, names (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="95"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="133"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="142"/>
        <source>Thumbnail size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="143"/>
        <source>Thumbnail size (Ctrl++ / Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="151"/>
        <source>Sort: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="153"/>
        <source>Sort order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="162"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="163"/>
        <source>credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="164"/>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="165"/>
        <source>date taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="201"/>
        <source>Ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="207"/>
        <source>Descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="217"/>
        <source>Subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="220"/>
        <source>Include the photos of subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="221"/>
        <source>Include the photos of every folder inside this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="247"/>
        <source>Reading the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="251"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="252"/>
        <source>Stop reading the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/MainToolBar.qml" line="259"/>
        <source>%1 of %n photo(s)</source>
        <translation>
            <numerusform>%1 of %n photo</numerusform>
            <numerusform>%1 of %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/MainToolBar.qml" line="260"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="261"/>
        <source>, %1 unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="262"/>
        <source> · %1 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="266"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="268"/>
        <source>Export the selected photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="272"/>
        <source>Export the selected photos the grid shows (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="273"/>
        <source>Select the photos to export first (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoDetails</name>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="76"/>
        <source>corrected from &apos;%1&apos; by the desk&apos;s alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="151"/>
        <source>Exif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="153"/>
        <source>IPTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="155"/>
        <source>XMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="157"/>
        <source>XMP sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="159"/>
        <source>caption text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="161"/>
        <source>PNG text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="163"/>
        <source>Exif, read as Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="165"/>
        <source>Photoshop Save for Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="167"/>
        <source>RAW companion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoGrid</name>
    <message>
        <location filename="../app/qml/PhotoGrid.qml" line="84"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoTile</name>
    <message>
        <location filename="../app/qml/PhotoTile.qml" line="39"/>
        <source>%1, credit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoTile.qml" line="125"/>
        <source>RAW+JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoTile.qml" line="175"/>
        <source>No credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoTile.qml" line="220"/>
        <source>◇ credit inferred from the caption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <location filename="../app/qml/PhotoView.qml" line="66"/>
        <source>Loading the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoView.qml" line="76"/>
        <source>This photo cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../gallery/models/creditfacetbuilder.cpp" line="193"/>
        <source>No credit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
