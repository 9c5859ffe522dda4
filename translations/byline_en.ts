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
        <location filename="../app/qml/DetailField.qml" line="56"/>
        <source>⚠ stores disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailField.qml" line="62"/>
        <source>◇ inferred from the caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailField.qml" line="83"/>
        <source>Inferred: no metadata field holds a credit; the caption ends with this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailField.qml" line="84"/>
        <source>From the file itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailField.qml" line="84"/>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailField.qml" line="85"/>
        <source>; another store holds a different value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailField.qml" line="96"/>
        <source>%1 says: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="46"/>
        <source>⚠ This file cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="52"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="60"/>
        <source>Credit line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="71"/>
        <source>No credit: neither the metadata nor the caption names one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="77"/>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="84"/>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="91"/>
        <source>Copyright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="98"/>
        <source>Date taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="105"/>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="109"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="113"/>
        <source>File size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="119"/>
        <source>Files (RAW+JPEG pair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="121"/>
        <location filename="../app/qml/DetailPane.qml" line="122"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="126"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="130"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="143"/>
        <source>Select a photo to see its caption and credit.</source>
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
        <location filename="../app/qml/FacetDelegate.qml" line="29"/>
        <source>%1, %n photo(s)</source>
        <translation>
            <numerusform>%1, %n photo</numerusform>
            <numerusform>%1, %n photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="85"/>
        <source>◇ inferred from captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="86"/>
        <source>◇ %1 inferred from captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="98"/>
        <source>probably %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="104"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="106"/>
        <source>Group %1 under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="107"/>
        <source>Count %1 as %2 in this folder (the files are not changed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacetPane</name>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="29"/>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="34"/>
        <location filename="../app/qml/FacetPane.qml" line="37"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="45"/>
        <source>Inferred credits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="46"/>
        <source>Show only photos whose credit was inferred from the caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="56"/>
        <source>Hide unreadable files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="57"/>
        <source>Hide the files that cannot be read as images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="67"/>
        <source>RAW+JPEG pairs as one photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="68"/>
        <source>Show a RAW file and the JPEG of the same name as one photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="69"/>
        <source>Show RAW+JPEG pairs as one photo: a RAW file and the JPEG of the same name are one tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="107"/>
        <source>No credits yet</source>
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
        <location filename="../app/qml/Main.qml" line="48"/>
        <source>Select the photos to export first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="78"/>
        <source>%1 — Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="259"/>
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
        <location filename="../gallery/models/photodetails.cpp" line="137"/>
        <source>Exif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="139"/>
        <source>IPTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="141"/>
        <source>XMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="143"/>
        <source>XMP sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="145"/>
        <source>caption text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="147"/>
        <source>PNG text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="149"/>
        <source>Exif, read as Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="151"/>
        <source>Photoshop Save for Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="153"/>
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
        <location filename="../gallery/models/creditfacetbuilder.cpp" line="180"/>
        <source>No credit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
