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
    <name>CatalogDialog</name>
    <message>
        <location filename="../app/qml/CatalogDialog.qml" line="42"/>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CatalogDialog.qml" line="61"/>
        <source>The catalog keeps the records Byline has read, the credit aliases, the credit book and the marks not yet written. A desk shares one on a PostgreSQL server, so that what one editor sets every editor sees at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CatalogDialog.qml" line="69"/>
        <source>In use: the desk catalog %1 (connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CatalogDialog.qml" line="70"/>
        <source>In use: the desk catalog %1, which cannot be reached now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CatalogDialog.qml" line="72"/>
        <source>In use: this computer&apos;s own catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CatalogDialog.qml" line="79"/>
        <source>BYLINE_CATALOG is set for this session and chooses the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CatalogDialog.qml" line="82"/>
        <source>Desk catalog (leave empty for this computer&apos;s own):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CatalogDialog.qml" line="88"/>
        <source>postgresql://alice@db.example/photos?sslmode=require</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CatalogDialog.qml" line="89"/>
        <source>Desk catalog URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CatalogDialog.qml" line="99"/>
        <source>Keep the password in ~/.pgpass, or name a service: postgresql://?service=desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CatalogDialog.qml" line="105"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CatalogDialog.qml" line="139"/>
        <source>Use this computer&apos;s catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CatalogDialog.qml" line="145"/>
        <source>Use this desk catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColourLabel</name>
    <message>
        <location filename="../gallery/metadata/colourlabel.cpp" line="23"/>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/metadata/colourlabel.cpp" line="23"/>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/metadata/colourlabel.cpp" line="24"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/metadata/colourlabel.cpp" line="24"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/metadata/colourlabel.cpp" line="25"/>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <location filename="../app/qml/ComparePane.qml" line="22"/>
        <source>no credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ComparePane.qml" line="73"/>
        <source>⚠ No credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ComparePane.qml" line="83"/>
        <source>Cannot be marked: the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message numerus="yes">
        <location filename="../app/qml/CompareView.qml" line="63"/>
        <location filename="../app/qml/CompareView.qml" line="111"/>
        <source>Compare %n photo(s)</source>
        <translation>
            <numerusform>Compare %n photo</numerusform>
            <numerusform>Compare %n photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/CompareView.qml" line="196"/>
        <source>← → ↑ ↓ choose a photo · 1-5 0 X rate it, 6-9 label it, T tags it · Esc or Enter closes, the chosen photo current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CompareView.qml" line="120"/>
        <source>Close the compare view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditBookDialog</name>
    <message numerus="yes">
        <location filename="../app/qml/CreditBookDialog.qml" line="47"/>
        <source>Credit book (%n credit(s))</source>
        <translation>
            <numerusform>Credit book (%n credit)</numerusform>
            <numerusform>Credit book (%n credits)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="56"/>
        <source>Import a credit book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="57"/>
        <source>Credit books (*.txt *.tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="57"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="64"/>
        <source>Export the credit book to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="75"/>
        <source>The credits your desk accepts. While the book is not empty, credits not in it are flagged in the credit list, and an export can require credits from it. A house line is printed in place of its credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="85"/>
        <source>Kept in the desk catalog %1, shared with every editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="86"/>
        <source>Kept in this computer&apos;s catalog. A desk can share one book in a desk catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="90"/>
        <source>Catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="102"/>
        <source>Credit, as files write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="103"/>
        <source>Credit to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="112"/>
        <source>House line (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="113"/>
        <source>House line of the credit to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="119"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="164"/>
        <source>The book is empty: nothing is flagged. Add credits here, import a desk&apos;s file, or right-click a credit in the credit list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="172"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="178"/>
        <source>Replace the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="179"/>
        <source>Make the book exactly the file; otherwise its credits are added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="185"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditBookEntry</name>
    <message>
        <location filename="../app/qml/CreditBookEntry.qml" line="49"/>
        <source>House line (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookEntry.qml" line="50"/>
        <source>House line of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookEntry.qml" line="57"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookEntry.qml" line="59"/>
        <source>Remove %1 from the credit book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookEntry.qml" line="65"/>
        <source>prints “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookEntry.qml" line="74"/>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditBookModel</name>
    <message>
        <location filename="../gallery/models/creditbookmodel.cpp" line="153"/>
        <source>Cannot read the credit book: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/creditbookmodel.cpp" line="154"/>
        <source>The credit book was not saved, and cannot be read: %1; it shows what was saved before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/creditbookmodel.cpp" line="179"/>
        <source>&apos;%1&apos; is in the credit book (updated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/creditbookmodel.cpp" line="180"/>
        <source>&apos;%1&apos; is in the credit book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/creditbookmodel.cpp" line="182"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/creditbookmodel.cpp" line="195"/>
        <source>The house line leaves out %1: lines printed for this credit will not name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/creditbookmodel.cpp" line="196"/>
        <source>The house line leaves out %1: lines printed for this credit will not name them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/creditbookmodel.cpp" line="203"/>
        <source>&apos;%1&apos; is not in the credit book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/creditbookmodel.cpp" line="218"/>
        <source>&apos;%1&apos; is no longer in the credit book</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gallery/models/creditbookmodel.cpp" line="268"/>
        <source>Nothing imported: %n bad line(s)</source>
        <translation>
            <numerusform>Nothing imported: %n bad line</numerusform>
            <numerusform>Nothing imported: %n bad lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gallery/models/creditbookmodel.cpp" line="286"/>
        <source>%n credit(s) imported; the book is now the file</source>
        <translation>
            <numerusform>%n credit imported; the book is now the file</numerusform>
            <numerusform>%n credits imported; the book is now the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gallery/models/creditbookmodel.cpp" line="287"/>
        <source>%n credit(s) imported: %1 new, %2, %3</source>
        <translation>
            <numerusform>%n credit imported: %1 new, %2, %3</numerusform>
            <numerusform>%n credits imported: %1 new, %2, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gallery/models/creditbookmodel.cpp" line="289"/>
        <source>%n house line(s) changed</source>
        <translation>
            <numerusform>%n house line changed</numerusform>
            <numerusform>%n house lines changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gallery/models/creditbookmodel.cpp" line="290"/>
        <source>%n house line(s) kept (the file gives none)</source>
        <translation>
            <numerusform>%n house line kept (the file gives none)</numerusform>
            <numerusform>%n house lines kept (the file gives none)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s) imported</source>
        <translation type="vanished">
            <numerusform>%n credit imported</numerusform>
            <numerusform>%n credits imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gallery/models/creditbookmodel.cpp" line="307"/>
        <location filename="../gallery/models/creditbookmodel.cpp" line="331"/>
        <source>%n credit(s) written to %1</source>
        <translation>
            <numerusform>%n credit written to %1</numerusform>
            <numerusform>%n credits written to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gallery/models/creditbookmodel.cpp" line="332"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/creditbookmodel.cpp" line="348"/>
        <source>cannot write the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/creditbookmodel.cpp" line="366"/>
        <source>The credit book was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditGateSummary</name>
    <message numerus="yes">
        <location filename="../app/qml/CreditGateSummary.qml" line="30"/>
        <source>%n photo(s) have no credit</source>
        <translation>
            <numerusform>%n photo has no credit</numerusform>
            <numerusform>%n photos have no credit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/CreditGateSummary.qml" line="32"/>
        <source>%1 only an inferred one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/CreditGateSummary.qml" line="34"/>
        <source>%n photo(s) have only an inferred credit</source>
        <translation>
            <numerusform>%n photo has only an inferred credit</numerusform>
            <numerusform>%n photos have only an inferred credit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/CreditGateSummary.qml" line="37"/>
        <source>%n photo(s) have a credit not in the credit book</source>
        <translation>
            <numerusform>%n photo has a credit not in the credit book</numerusform>
            <numerusform>%n photos have a credit not in the credit book</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/CreditGateSummary.qml" line="38"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditGateSummary.qml" line="61"/>
        <source>Deselect these photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditGateSummary.qml" line="62"/>
        <source>Deselect the photos listed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditLineStyleForm</name>
    <message>
        <location filename="../app/qml/CreditLineStyleForm.qml" line="27"/>
        <location filename="../app/qml/CreditLineStyleForm.qml" line="35"/>
        <source>Credit line style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditLineStyleForm.qml" line="37"/>
        <source>As written (Credit: NASA/Tim Kopra, as the file says)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditLineStyleForm.qml" line="38"/>
        <source>Organisation/Person (Credit: NASA/Tim Kopra)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditLineStyleForm.qml" line="39"/>
        <source>Person/Organisation (Credit: Tim Kopra/NASA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditLineStyleForm.qml" line="40"/>
        <source>Photo: Person, Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditLineStyleForm.qml" line="41"/>
        <source>Custom pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditLineStyleForm.qml" line="48"/>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditLineStyleForm.qml" line="57"/>
        <source>{person} ({organisation})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditLineStyleForm.qml" line="58"/>
        <source>Credit line pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditLineStyleForm.qml" line="59"/>
        <source>Fields: {person}, {organisation}, {credit}. A credit that is not one person and one organisation is printed as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditLineStyleForm.qml" line="75"/>
        <source>%1 — credit lines are printed as written until it is fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditLineStyleForm.qml" line="81"/>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/CreditLineStyleForm.qml" line="97"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailField</name>
    <message>
        <location filename="../app/qml/DetailField.qml" line="62"/>
        <source>⚠ stores disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailField.qml" line="68"/>
        <source>◇ inferred from the caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailField.qml" line="79"/>
        <source>⚑ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailField.qml" line="100"/>
        <source>Inferred: no metadata field holds a credit; the caption ends with this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailField.qml" line="101"/>
        <source>From the file itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailField.qml" line="101"/>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailField.qml" line="102"/>
        <source>; another store holds a different value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailField.qml" line="114"/>
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
        <location filename="../app/qml/DetailPane.qml" line="84"/>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="97"/>
        <source>Credit line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="99"/>
        <source>As your desk prints it: the credit book&apos;s house line or the credit line style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="104"/>
        <source>No credit: neither the metadata nor the caption names one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="112"/>
        <source>Special instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="121"/>
        <source>Usage terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="129"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="136"/>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="143"/>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="150"/>
        <source>Copyright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="159"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="167"/>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="175"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="183"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="191"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="199"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="204"/>
        <source>Date taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="211"/>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="215"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="219"/>
        <source>File size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="225"/>
        <source>Files (RAW+JPEG pair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="227"/>
        <location filename="../app/qml/DetailPane.qml" line="228"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="232"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="236"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="249"/>
        <source>Select a photo to see its caption and credit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message numerus="yes">
        <location filename="../app/qml/EditDialog.qml" line="120"/>
        <source>Sweep the credits of %n photo(s)</source>
        <translation>
            <numerusform>Sweep the credits of %n photo</numerusform>
            <numerusform>Sweep the credits of %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/EditDialog.qml" line="121"/>
        <source>Write the ratings and labels of %n photo(s)</source>
        <translation>
            <numerusform>Write the rating and label of %n photo</numerusform>
            <numerusform>Write the ratings and labels of %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/EditDialog.qml" line="122"/>
        <source>Edit %n photo(s)</source>
        <translation>
            <numerusform>Edit %n photo</numerusform>
            <numerusform>Edit %n photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="168"/>
        <location filename="../app/qml/EditDialog.qml" line="176"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="175"/>
        <source>No templates yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="180"/>
        <source>Fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="202"/>
        <source>Tick the fields to change. Values may hold =codes= from the desk&apos;s code list and {filename}, {date}, {date:%d %B %Y}, {credit}, {creator}, {seq} or {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="234"/>
        <location filename="../app/qml/EditDialog.qml" line="299"/>
        <source>Write XMP sidecars, never the photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="242"/>
        <location filename="../app/qml/EditDialog.qml" line="243"/>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="246"/>
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/EditDialog.qml" line="263"/>
        <source>Reading %1 of %n photo(s)…</source>
        <translation>
            <numerusform>Reading %1 of %n photo…</numerusform>
            <numerusform>Reading %1 of %n photos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/EditDialog.qml" line="264"/>
        <source>%n photo(s) will change.</source>
        <translation>
            <numerusform>%n photo will change.</numerusform>
            <numerusform>%n photos will change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already so.</source>
        <translation type="vanished">
            <numerusform>%n already so.</numerusform>
            <numerusform>%n already so.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/EditDialog.qml" line="266"/>
        <source>%n already as asked.</source>
        <translation>
            <numerusform>%n already as asked.</numerusform>
            <numerusform>%n already as asked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/EditDialog.qml" line="268"/>
        <source>%n cannot be written.</source>
        <translation>
            <numerusform>%n cannot be written.</numerusform>
            <numerusform>%n cannot be written.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="284"/>
        <location filename="../app/qml/EditDialog.qml" line="357"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="292"/>
        <source>Remove the credit line from captions whose credit moves into the credit field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="330"/>
        <source>%1: “%2” → “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="330"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="331"/>
        <source>(cleared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="332"/>
        <source>written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/EditDialog.qml" line="348"/>
        <source>Writing %1 of %n photo(s)…</source>
        <translation>
            <numerusform>Writing %1 of %n photo…</numerusform>
            <numerusform>Writing %1 of %n photos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="387"/>
        <source>Preview changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="394"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/EditDialog.qml" line="401"/>
        <source>Write %n photo(s)</source>
        <translation>
            <numerusform>Write %n photo</numerusform>
            <numerusform>Write %n photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="409"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="417"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="417"/>
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
        <location filename="../app/qml/EditField.qml" line="45"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditField.qml" line="45"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditField.qml" line="45"/>
        <source>Append</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditField.qml" line="49"/>
        <source>How to change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/EditField.qml" line="57"/>
        <source>Separate several with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="16"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="18"/>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="20"/>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="22"/>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="24"/>
        <source>Copyright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="26"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="28"/>
        <source>Special instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="30"/>
        <source>Usage terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="32"/>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="34"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="36"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="38"/>
        <source>State/Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="40"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="42"/>
        <source>Country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="44"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="46"/>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="48"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="50"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="52"/>
        <source>Tagged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditPreviewModel</name>
    <message>
        <location filename="../gallery/models/editpreviewmodel.cpp" line="19"/>
        <source>the photo and its sidecar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/editpreviewmodel.cpp" line="20"/>
        <source>the sidecar %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/editpreviewmodel.cpp" line="67"/>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/editpreviewmodel.cpp" line="69"/>
        <source>(none; inferred from the caption: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/editpreviewmodel.cpp" line="77"/>
        <source>Tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/editpreviewmodel.cpp" line="77"/>
        <source>Not tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/editpreviewmodel.cpp" line="84"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/editpreviewmodel.cpp" line="84"/>
        <source>Unrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/editpreviewmodel.cpp" line="77"/>
        <location filename="../gallery/models/editpreviewmodel.cpp" line="85"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <location filename="../gallery/models/editsession.cpp" line="259"/>
        <source>From captions: %1 · corrected by an alias: %2 · already right: %3 · without a credit: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/editsession.cpp" line="265"/>
        <source> · left alone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/editsession.cpp" line="267"/>
        <source> · unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/editsession.cpp" line="292"/>
        <source>no longer in the folder Byline shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/editsession.cpp" line="325"/>
        <source>the same file as %1, which is edited already</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gallery/models/editsession.cpp" line="374"/>
        <source>Credit sweep of %n photo(s)</source>
        <translation>
            <numerusform>Credit sweep of %n photo</numerusform>
            <numerusform>Credit sweep of %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gallery/models/editsession.cpp" line="375"/>
        <source>Edit of %n photo(s)</source>
        <translation>
            <numerusform>Edit of %n photo</numerusform>
            <numerusform>Edit of %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gallery/models/editsession.cpp" line="475"/>
        <source>Undone: %n photo(s) set back</source>
        <translation>
            <numerusform>Undone: %n photo set back</numerusform>
            <numerusform>Undone: %n photos set back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gallery/models/editsession.cpp" line="475"/>
        <source>%n photo(s) written</source>
        <translation>
            <numerusform>%n photo written</numerusform>
            <numerusform>%n photos written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gallery/models/editsession.cpp" line="477"/>
        <source>, %n not written</source>
        <translation>
            <numerusform>, %n not written</numerusform>
            <numerusform>, %n not written</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gallery/models/editsession.cpp" line="520"/>
        <source>Nothing to revert: Byline has not written these photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gallery/models/editsession.cpp" line="521"/>
        <source>%n original(s) restored</source>
        <translation>
            <numerusform>%n original restored</numerusform>
            <numerusform>%n originals restored</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gallery/models/editsession.cpp" line="541"/>
        <source>%1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/editsession.cpp" line="580"/>
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
        <location filename="../app/qml/ExportDialog.qml" line="46"/>
        <source>Export %n photo(s)</source>
        <translation>
            <numerusform>Export %n photo</numerusform>
            <numerusform>Export %n photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/ExportDialog.qml" line="76"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/ExportDialog.qml" line="119"/>
        <source>Exporting %1 of %n photo(s)…</source>
        <translation>
            <numerusform>Exporting %1 of %n photo…</numerusform>
            <numerusform>Exporting %1 of %n photos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/ExportDialog.qml" line="126"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportDialog.qml" line="149"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportDialog.qml" line="157"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportDialog.qml" line="163"/>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportDialog.qml" line="163"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportDialog.qml" line="163"/>
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
        <source>Require credits from the credit book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="94"/>
        <source>Export only when every photo&apos;s credit is in the credit book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="102"/>
        <source>Caption sheet (index.html with manifest.csv and manifest.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="109"/>
        <location filename="../app/qml/ExportForm.qml" line="118"/>
        <source>Sheet title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="117"/>
        <source>The heading of the caption sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="123"/>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="131"/>
        <source>An optional paragraph under the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="132"/>
        <source>Sheet introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="138"/>
        <source>File names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="145"/>
        <source>File name template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="146"/>
        <source>Fields: {n} or {n:03}, {date}, {credit}, {name}, {ext}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="178"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportRequest</name>
    <message>
        <location filename="../gallery/export/exportrequest.cpp" line="164"/>
        <source>%1: no credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/export/exportrequest.cpp" line="167"/>
        <source>%1: credit only inferred from the caption (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/export/exportrequest.cpp" line="170"/>
        <source>%1: credit not in the credit book (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/export/exportrequest.cpp" line="197"/>
        <source>%1: %2 (%3)</source>
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
        <location filename="../app/qml/FacetDelegate.qml" line="35"/>
        <source>%1, %n photo(s), not in the credit book</source>
        <translation>
            <numerusform>%1, %n photo, not in the credit book</numerusform>
            <numerusform>%1, %n photos, not in the credit book</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/FacetDelegate.qml" line="36"/>
        <source>%1, %n photo(s)</source>
        <translation>
            <numerusform>%1, %n photo</numerusform>
            <numerusform>%1, %n photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="85"/>
        <source>Not in the credit book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="86"/>
        <source>Not in the credit book (right-click to add it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="106"/>
        <source>◇ inferred from captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="107"/>
        <source>◇ %1 inferred from captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="119"/>
        <source>probably %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="125"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="127"/>
        <source>Group %1 under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="128"/>
        <source>Correct %1 to %2 in this folder (the files are not changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="145"/>
        <source>corrects %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="152"/>
        <source>Ungroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="154"/>
        <source>Ungroup %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="155"/>
        <source>Show %1 as the files spell it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacetPane</name>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="43"/>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="48"/>
        <location filename="../app/qml/FacetPane.qml" line="51"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/FacetPane.qml" line="62"/>
        <source>⚑ %n photo(s) not in the book</source>
        <translation>
            <numerusform>⚑ %n photo not in the book</numerusform>
            <numerusform>⚑ %n photos not in the book</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/FacetPane.qml" line="63"/>
        <source>%n photo(s) have a credit that is not in the credit book; open the credit book</source>
        <translation>
            <numerusform>%n photo has a credit that is not in the credit book; open the credit book</numerusform>
            <numerusform>%n photos have a credit that is not in the credit book; open the credit book</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="65"/>
        <source>Credits marked ⚑ are not in the credit book. Open the credit book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="74"/>
        <source>Inferred credits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="75"/>
        <source>Show only photos whose credit was inferred from the caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="85"/>
        <source>Hide unreadable files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="86"/>
        <source>Hide the files that cannot be read as images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="96"/>
        <source>RAW+JPEG pairs as one photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="97"/>
        <source>Show a RAW file and the JPEG of the same name as one photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="98"/>
        <source>Show RAW+JPEG pairs as one photo: a RAW file and the JPEG of the same name are one tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="148"/>
        <source>No credits yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="186"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="192"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="198"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="204"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="210"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="216"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/FacetPane.qml" line="230"/>
        <source>Write the marks of %n photo(s)…</source>
        <translation>
            <numerusform>Write the marks of %n photo…</numerusform>
            <numerusform>Write the marks of %n photos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="231"/>
        <source>Write the ratings, labels and tags set here into the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="232"/>
        <source>Ratings, labels and tags set here are kept in Byline&apos;s catalog until written: write every one of them into its photo&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Write %n rating(s) and label(s)…</source>
        <translation type="vanished">
            <numerusform>Write %n rating or label…</numerusform>
            <numerusform>Write %n ratings and labels…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="243"/>
        <source>Sweep credits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="245"/>
        <source>Sweep credits into the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="246"/>
        <source>Write each credit inferred from a caption, and each accepted alias, into the files of the selected photos (every photo shown when none is selected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldFacetModel</name>
    <message>
        <location filename="../gallery/models/fieldfacetmodel.cpp" line="75"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/fieldfacetmodel.cpp" line="75"/>
        <source>Unrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/fieldfacetmodel.cpp" line="78"/>
        <source>No label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/fieldfacetmodel.cpp" line="80"/>
        <source>No source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/fieldfacetmodel.cpp" line="82"/>
        <source>No city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/fieldfacetmodel.cpp" line="84"/>
        <source>No country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/fieldfacetmodel.cpp" line="86"/>
        <source>Not tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/fieldfacetmodel.cpp" line="86"/>
        <source>Tagged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldFacetSection</name>
    <message>
        <location filename="../app/qml/FieldFacetSection.qml" line="42"/>
        <source>Hide the %1 filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/FieldFacetSection.qml" line="43"/>
        <source>Show the %1 filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/FieldFacetSection.qml" line="75"/>
        <source>%1, %n photo(s)</source>
        <translation>
            <numerusform>%1, %n photo</numerusform>
            <numerusform>%1, %n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupMenu</name>
    <message>
        <location filename="../app/qml/GroupMenu.qml" line="35"/>
        <source>Ungroup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/GroupMenu.qml" line="35"/>
        <source>Ungroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/GroupMenu.qml" line="41"/>
        <source>%1 is in the credit book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/GroupMenu.qml" line="41"/>
        <source>Add %1 to the credit book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/GroupMenu.qml" line="47"/>
        <source>Group %1 under:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lightbox</name>
    <message>
        <location filename="../app/qml/Lightbox.qml" line="81"/>
        <source>Lightbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/Lightbox.qml" line="169"/>
        <source>⚠ No credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/Lightbox.qml" line="201"/>
        <source>%1 — %2 of %3 · %4 %   ·   ← → step, wheel or 1 / 0 / Z zoom, 2-5 X rate, 6-9 label, T tag, F11 full screen, Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/Lightbox.qml" line="214"/>
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
        <location filename="../app/qml/Main.qml" line="45"/>
        <source>Nothing to copy: no caption or credit (the clipboard is now empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/Main.qml" line="46"/>
        <source>Copied the attributed caption of %n photo(s)</source>
        <translation>
            <numerusform>Copied the attributed caption of %n photo</numerusform>
            <numerusform>Copied the attributed captions of %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/Main.qml" line="48"/>
        <source>%n caption(s) name another credit than the photo&apos;s: both are in the text, check before publishing</source>
        <translation>
            <numerusform>%n caption names another credit than the photo&apos;s: both are in the text, check before publishing</numerusform>
            <numerusform>%n captions name another credit than the photo&apos;s: both are in the text, check before publishing</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="57"/>
        <source>Select the photos to edit first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="74"/>
        <source>No photos to sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="83"/>
        <source>No photos to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="89"/>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="92"/>
        <source>Undoing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="97"/>
        <source>Select the photos to export first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/Main.qml" line="121"/>
        <source>Select two to four photos to compare (%n selected)</source>
        <translation>
            <numerusform>Select two to four photos to compare (%n selected)</numerusform>
            <numerusform>Select two to four photos to compare (%n selected)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="136"/>
        <source>%1 — Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="159"/>
        <source>The desk catalog is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="160"/>
        <source>The desk catalog cannot be reached: showing what this window has, reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="185"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/Main.qml" line="460"/>
        <source>Revert %n photo(s) to the original?</source>
        <translation>
            <numerusform>Revert %n photo to the original?</numerusform>
            <numerusform>Revert %n photos to the original?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="464"/>
        <source>Every change Byline wrote into these files goes back to what they were before Byline first wrote them. A file changed since by another program is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/Main.qml" line="470"/>
        <source>Revert %n photo(s)</source>
        <translation>
            <numerusform>Revert %n photo</numerusform>
            <numerusform>Revert %n photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="475"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="510"/>
        <source>Open a folder of photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="68"/>
        <source>Open folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="69"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="70"/>
        <source>Open a folder of photos (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="77"/>
        <source>Recent ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="78"/>
        <source>Recent folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="100"/>
        <source>Clear recent folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="107"/>
        <source>Credit book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="108"/>
        <source>Credit book and credit line style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="109"/>
        <source>The desk&apos;s credit book and how credit lines are printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="118"/>
        <source>● Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="118"/>
        <source>○ Desk offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="119"/>
        <source>Desk catalog, connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="120"/>
        <source>Desk catalog, cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="121"/>
        <source>The desk catalog %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="122"/>
        <source>The desk catalog %1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="137"/>
        <source>Search captions, credits, names (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="138"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="178"/>
        <source>List ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="178"/>
        <source>Grid ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="179"/>
        <source>How the photos are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="180"/>
        <source>Thumbnail grid or list (Ctrl+L), captions under tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="194"/>
        <source>Thumbnail grid (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="201"/>
        <source>List: time, name, marks, credit, caption (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="209"/>
        <source>Captions under tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="218"/>
        <source>Compare the selected photos (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="225"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="236"/>
        <source>Thumbnail size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="237"/>
        <source>Thumbnail size (Ctrl++ / Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="245"/>
        <source>Sort: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="247"/>
        <source>Sort order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="256"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="257"/>
        <source>credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="258"/>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="259"/>
        <source>rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="260"/>
        <source>caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="261"/>
        <source>date taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="309"/>
        <source>Ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="315"/>
        <source>Descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="325"/>
        <source>Subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="328"/>
        <source>Include the photos of subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="329"/>
        <source>Include the photos of every folder inside this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="336"/>
        <source>Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="339"/>
        <source>Move to the next photo after marking one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="340"/>
        <source>After a rating (0-5, X), label (6-9) or tag (T) key, move to the next photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="369"/>
        <source>Reading the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="374"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="375"/>
        <source>Stop reading the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/MainToolBar.qml" line="383"/>
        <location filename="../app/qml/MainToolBar.qml" line="391"/>
        <source>%1 of %n photo(s)</source>
        <translation>
            <numerusform>%1 of %n photo</numerusform>
            <numerusform>%1 of %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/MainToolBar.qml" line="384"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="385"/>
        <location filename="../app/qml/MainToolBar.qml" line="392"/>
        <source>, %1 unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="386"/>
        <location filename="../app/qml/MainToolBar.qml" line="393"/>
        <source> · %1 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="399"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="401"/>
        <source>Export the selected photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="405"/>
        <source>Export the selected photos the grid shows (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="406"/>
        <source>Select the photos to export first (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoDetails</name>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="99"/>
        <source>corrected from &apos;%1&apos; by the desk&apos;s alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="154"/>
        <location filename="../gallery/models/photodetails.cpp" line="160"/>
        <location filename="../gallery/models/photodetails.cpp" line="166"/>
        <source>set here, not written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="224"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="254"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="268"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="270"/>
        <source>Unrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="279"/>
        <source>No label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="285"/>
        <source>✓ Tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="287"/>
        <source>Untagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="300"/>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="302"/>
        <source>rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="304"/>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="307"/>
        <source>%1  (not written yet: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="314"/>
        <source>sub-location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="316"/>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="318"/>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="320"/>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="322"/>
        <source>country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="332"/>
        <source>Exif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="334"/>
        <source>IPTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="336"/>
        <source>XMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="338"/>
        <source>XMP sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="340"/>
        <source>caption text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="342"/>
        <source>PNG text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="344"/>
        <source>Exif, read as Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="346"/>
        <source>Photoshop Save for Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="348"/>
        <source>RAW companion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoGrid</name>
    <message>
        <location filename="../app/qml/PhotoGrid.qml" line="162"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoListHeader</name>
    <message>
        <location filename="../app/qml/PhotoListHeader.qml" line="49"/>
        <source>Sort by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoListHeader.qml" line="75"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoListHeader.qml" line="81"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoListHeader.qml" line="89"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoListHeader.qml" line="95"/>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoListHeader.qml" line="101"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoListRow</name>
    <message>
        <location filename="../app/qml/PhotoListRow.qml" line="54"/>
        <source>no credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoListRow.qml" line="54"/>
        <source>credit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoListRow.qml" line="39"/>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoListRow.qml" line="162"/>
        <source>Tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoListRow.qml" line="162"/>
        <source>Untagged, not written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoListRow.qml" line="167"/>
        <source>✕ Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoListRow.qml" line="189"/>
        <location filename="../app/qml/PhotoListRow.qml" line="210"/>
        <source>No credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoListRow.qml" line="246"/>
        <source>No caption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoTile</name>
    <message>
        <location filename="../app/qml/PhotoTile.qml" line="59"/>
        <source>%1, credit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoTile.qml" line="150"/>
        <source>RAW+JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoTile.qml" line="180"/>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoTile.qml" line="203"/>
        <source>Restricted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoTile.qml" line="211"/>
        <source>✕ Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoTile.qml" line="224"/>
        <source>Tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoTile.qml" line="225"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/PhotoTile.qml" line="225"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoTile.qml" line="227"/>
        <source>not written to the file yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoTile.qml" line="300"/>
        <source>No credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoTile.qml" line="326"/>
        <source>No caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoTile.qml" line="366"/>
        <source>◇ credit inferred from the caption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <location filename="../app/qml/PhotoView.qml" line="82"/>
        <source>Loading the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoView.qml" line="92"/>
        <source>This photo cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../gallery/models/creditfacetbuilder.cpp" line="191"/>
        <source>No credit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestrictionGate</name>
    <message numerus="yes">
        <location filename="../app/qml/RestrictionGate.qml" line="27"/>
        <source>⚑ %n photo(s) carry restrictions in their special instructions</source>
        <translation>
            <numerusform>⚑ %n photo carries restrictions in its special instructions</numerusform>
            <numerusform>⚑ %n photos carry restrictions in their special instructions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/RestrictionGate.qml" line="49"/>
        <source>Deselect these photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/qml/RestrictionGate.qml" line="50"/>
        <source>Deselect the restricted photos listed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WireRestrictions</name>
    <message>
        <location filename="../gallery/credits/wirerestrictions.cpp" line="127"/>
        <source>Embargo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/credits/wirerestrictions.cpp" line="128"/>
        <source>Embargo until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/credits/wirerestrictions.cpp" line="130"/>
        <source>No sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/credits/wirerestrictions.cpp" line="132"/>
        <source>No archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/credits/wirerestrictions.cpp" line="134"/>
        <source>Out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/credits/wirerestrictions.cpp" line="138"/>
        <source>Mandatory credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/credits/wirerestrictions.cpp" line="112"/>
        <location filename="../gallery/credits/wirerestrictions.cpp" line="139"/>
        <source>Mandatory credit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/credits/wirerestrictions.cpp" line="116"/>
        <source>%1 (the photo has no credit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/credits/wirerestrictions.cpp" line="117"/>
        <source>%1 (credited %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gallery/credits/wirerestrictions.cpp" line="141"/>
        <source>Editorial use only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
