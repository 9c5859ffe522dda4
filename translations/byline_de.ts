<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutButton</name>
    <message>
        <location filename="../app/qml/AboutButton.qml" line="12"/>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <location filename="../app/qml/AboutButton.qml" line="13"/>
        <location filename="../app/qml/AboutButton.qml" line="25"/>
        <source>About Byline</source>
        <translation>Über Byline</translation>
    </message>
    <message>
        <location filename="../app/qml/AboutButton.qml" line="34"/>
        <source>Byline %1</source>
        <translation>Byline %1</translation>
    </message>
    <message>
        <location filename="../app/qml/AboutButton.qml" line="41"/>
        <source>A photo gallery viewer that keeps every caption and credit.</source>
        <translation>Ein Fotogalerie-Betrachter, der jede Bildunterschrift und jeden Bildnachweis bewahrt.</translation>
    </message>
    <message>
        <location filename="../app/qml/AboutButton.qml" line="47"/>
        <source>Built with Qt %1 (GNU LGPL version 3) and Exiv2 %2 (GNU GPL version 2 or later).</source>
        <translation>Erstellt mit Qt %1 (GNU LGPL Version 3) und Exiv2 %2 (GNU GPL Version 2 oder später).</translation>
    </message>
    <message>
        <location filename="../app/qml/AboutButton.qml" line="53"/>
        <source>Byline&apos;s source code is under the MIT licence. Because it links Exiv2, this program as a whole is distributed under the GNU GPL version 2 or later.</source>
        <translation>Der Quelltext von Byline steht unter der MIT-Lizenz. Weil es Exiv2 einbindet, wird dieses Programm als Ganzes unter der GNU GPL Version 2 oder später verbreitet.</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <location filename="../app/qml/CatalogDialog.qml" line="42"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../app/qml/CatalogDialog.qml" line="61"/>
        <source>The catalog keeps the records Byline has read, the credit aliases, the credit book and the marks not yet written. A desk shares one on a PostgreSQL server, so that what one editor sets every editor sees at once.</source>
        <translation>Der Katalog enthält die von Byline gelesenen Datensätze, die Credit-Aliasse, das Credit-Buch und die noch nicht geschriebenen Markierungen. Eine Redaktion teilt einen auf einem PostgreSQL-Server, sodass jede Änderung einer Redakteurin sofort bei allen ankommt.</translation>
    </message>
    <message>
        <location filename="../app/qml/CatalogDialog.qml" line="69"/>
        <source>In use: the desk catalog %1 (connected)</source>
        <translation>In Gebrauch: der Redaktionskatalog %1 (verbunden)</translation>
    </message>
    <message>
        <location filename="../app/qml/CatalogDialog.qml" line="70"/>
        <source>In use: the desk catalog %1, which cannot be reached now: %2</source>
        <translation>In Gebrauch: der Redaktionskatalog %1, der gerade nicht erreichbar ist: %2</translation>
    </message>
    <message>
        <location filename="../app/qml/CatalogDialog.qml" line="72"/>
        <source>In use: this computer&apos;s own catalog</source>
        <translation>In Gebrauch: der eigene Katalog dieses Computers</translation>
    </message>
    <message>
        <location filename="../app/qml/CatalogDialog.qml" line="79"/>
        <source>BYLINE_CATALOG is set for this session and chooses the catalog.</source>
        <translation>BYLINE_CATALOG ist für diese Sitzung gesetzt und bestimmt den Katalog.</translation>
    </message>
    <message>
        <location filename="../app/qml/CatalogDialog.qml" line="82"/>
        <source>Desk catalog (leave empty for this computer&apos;s own):</source>
        <translation>Redaktionskatalog (leer lassen für den eigenen dieses Computers):</translation>
    </message>
    <message>
        <location filename="../app/qml/CatalogDialog.qml" line="88"/>
        <source>postgresql://alice@db.example/photos?sslmode=require</source>
        <translation>postgresql://alice@db.example/photos?sslmode=require</translation>
    </message>
    <message>
        <location filename="../app/qml/CatalogDialog.qml" line="89"/>
        <source>Desk catalog URL</source>
        <translation>URL des Redaktionskatalogs</translation>
    </message>
    <message>
        <location filename="../app/qml/CatalogDialog.qml" line="99"/>
        <source>Keep the password in ~/.pgpass, or name a service: postgresql://?service=desk.</source>
        <translation>Das Passwort gehört in ~/.pgpass, oder nennen Sie einen Dienst: postgresql://?service=desk.</translation>
    </message>
    <message>
        <location filename="../app/qml/CatalogDialog.qml" line="105"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../app/qml/CatalogDialog.qml" line="139"/>
        <source>Use this computer&apos;s catalog</source>
        <translation>Katalog dieses Computers verwenden</translation>
    </message>
    <message>
        <location filename="../app/qml/CatalogDialog.qml" line="145"/>
        <source>Use this desk catalog</source>
        <translation>Diesen Redaktionskatalog verwenden</translation>
    </message>
</context>
<context>
    <name>ColourLabel</name>
    <message>
        <location filename="../gallery/metadata/colourlabel.cpp" line="23"/>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <location filename="../gallery/metadata/colourlabel.cpp" line="23"/>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <location filename="../gallery/metadata/colourlabel.cpp" line="24"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location filename="../gallery/metadata/colourlabel.cpp" line="24"/>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <location filename="../gallery/metadata/colourlabel.cpp" line="25"/>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <location filename="../app/qml/ComparePane.qml" line="22"/>
        <source>no credit</source>
        <translation>kein Bildnachweis</translation>
    </message>
    <message>
        <location filename="../app/qml/ComparePane.qml" line="73"/>
        <source>⚠ No credit</source>
        <translation>⚠ Kein Bildnachweis</translation>
    </message>
    <message>
        <location filename="../app/qml/ComparePane.qml" line="83"/>
        <source>Cannot be marked: the file cannot be read</source>
        <translation>Nicht markierbar: die Datei ist nicht lesbar</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message numerus="yes">
        <location filename="../app/qml/CompareView.qml" line="63"/>
        <location filename="../app/qml/CompareView.qml" line="111"/>
        <source>Compare %n photo(s)</source>
        <translation>
            <numerusform>%n Foto vergleichen</numerusform>
            <numerusform>%n Fotos vergleichen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/CompareView.qml" line="196"/>
        <source>← → ↑ ↓ choose a photo · 1-5 0 X rate it, 6-9 label it, T tags it · Esc or Enter closes, the chosen photo current</source>
        <translation>← → ↑ ↓ Foto wählen · 1-5 0 X bewerten, 6-9 farbig markieren, T taggen · Esc oder Eingabe schließt, das gewählte Foto wird aktuell</translation>
    </message>
    <message>
        <source>← → ↑ ↓ choose a photo · 1-5 0 X rate it, 6-9 label it · Esc or Enter closes, the chosen photo current</source>
        <translation type="vanished">← → ↑ ↓ Foto wählen · 1-5 0 X bewerten, 6-9 markieren · Esc oder Eingabe schließt, das gewählte Foto wird aktuell</translation>
    </message>
    <message>
        <location filename="../app/qml/CompareView.qml" line="120"/>
        <source>Close the compare view</source>
        <translation>Vergleich schließen</translation>
    </message>
</context>
<context>
    <name>CreditBookDialog</name>
    <message numerus="yes">
        <location filename="../app/qml/CreditBookDialog.qml" line="47"/>
        <source>Credit book (%n credit(s))</source>
        <translation>
            <numerusform>Credit-Buch (%n Credit)</numerusform>
            <numerusform>Credit-Buch (%n Credits)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="56"/>
        <source>Import a credit book</source>
        <translation>Credit-Buch importieren</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="57"/>
        <source>Credit books (*.txt *.tsv)</source>
        <translation>Credit-Bücher (*.txt *.tsv)</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="57"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export the credit book</source>
        <translation type="vanished">Credit-Buch exportieren</translation>
    </message>
    <message>
        <source>Credit books (*.txt)</source>
        <translation type="vanished">Credit-Bücher (*.txt)</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="64"/>
        <source>Export the credit book to</source>
        <translation>Credit-Buch exportieren nach</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="75"/>
        <source>The credits your desk accepts. While the book is not empty, credits not in it are flagged in the credit list, and an export can require credits from it. A house line is printed in place of its credit.</source>
        <translation>Die Bildnachweise, die Ihre Redaktion akzeptiert. Solange das Buch nicht leer ist, werden Bildnachweise, die nicht darin stehen, in der Bildnachweisliste markiert, und ein Export kann Bildnachweise daraus verlangen. Eine Hauszeile wird anstelle ihres Bildnachweises gedruckt.</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="85"/>
        <source>Kept in the desk catalog %1, shared with every editor.</source>
        <translation>Im Redaktionskatalog %1, geteilt mit allen Redakteuren.</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="86"/>
        <source>Kept in this computer&apos;s catalog. A desk can share one book in a desk catalog.</source>
        <translation>Im Katalog dieses Computers. Eine Redaktion kann ein Buch in einem Redaktionskatalog teilen.</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="90"/>
        <source>Catalog…</source>
        <translation>Katalog…</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="102"/>
        <source>Credit, as files write it</source>
        <translation>Credit, wie in den Dateien</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="103"/>
        <source>Credit to add</source>
        <translation>Neuer Credit</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="112"/>
        <source>House line (optional)</source>
        <translation>Hauszeile (optional)</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="113"/>
        <source>House line of the credit to add</source>
        <translation>Hauszeile des neuen Credits</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="119"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="164"/>
        <source>The book is empty: nothing is flagged. Add credits here, import a desk&apos;s file, or right-click a credit in the credit list.</source>
        <translation>Das Buch ist leer: nichts wird markiert. Bildnachweise hier hinzufügen, die Datei einer Redaktion importieren oder einen Bildnachweis in der Bildnachweisliste rechtsklicken.</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="172"/>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="178"/>
        <source>Replace the book</source>
        <translation>Buch ersetzen</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="179"/>
        <source>Make the book exactly the file; otherwise its credits are added</source>
        <translation>Das Buch genau der Datei angleichen; sonst werden ihre Bildnachweise hinzugefügt</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookDialog.qml" line="185"/>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
</context>
<context>
    <name>CreditBookEntry</name>
    <message>
        <location filename="../app/qml/CreditBookEntry.qml" line="49"/>
        <source>House line (optional)</source>
        <translation>Hauszeile (optional)</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookEntry.qml" line="50"/>
        <source>House line of %1</source>
        <translation>Hauszeile von %1</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookEntry.qml" line="57"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookEntry.qml" line="59"/>
        <source>Remove %1 from the credit book</source>
        <translation>%1 aus dem Credit-Buch entfernen</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookEntry.qml" line="65"/>
        <source>prints “%1”</source>
        <translation>druckt „%1“</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditBookEntry.qml" line="74"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>CreditBookModel</name>
    <message>
        <location filename="../gallery/models/creditbookmodel.cpp" line="153"/>
        <source>Cannot read the credit book: %1</source>
        <translation>Credit-Buch kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../gallery/models/creditbookmodel.cpp" line="154"/>
        <source>The credit book was not saved, and cannot be read: %1; it shows what was saved before</source>
        <translation>Das Credit-Buch wurde nicht gespeichert und kann nicht gelesen werden: %1; angezeigt wird der zuletzt gespeicherte Stand</translation>
    </message>
    <message>
        <location filename="../gallery/models/creditbookmodel.cpp" line="179"/>
        <source>&apos;%1&apos; is in the credit book (updated)</source>
        <translation>„%1“ steht im Credit-Buch (aktualisiert)</translation>
    </message>
    <message>
        <location filename="../gallery/models/creditbookmodel.cpp" line="180"/>
        <source>&apos;%1&apos; is in the credit book</source>
        <translation>„%1“ steht im Credit-Buch</translation>
    </message>
    <message>
        <location filename="../gallery/models/creditbookmodel.cpp" line="182"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../gallery/models/creditbookmodel.cpp" line="195"/>
        <source>The house line leaves out %1: lines printed for this credit will not name it.</source>
        <translation>Die Hauszeile lässt %1 weg: Die für diesen Credit gedruckten Zeilen nennen diesen Namen nicht.</translation>
    </message>
    <message>
        <location filename="../gallery/models/creditbookmodel.cpp" line="196"/>
        <source>The house line leaves out %1: lines printed for this credit will not name them.</source>
        <translation>Die Hauszeile lässt %1 weg: Die für diesen Credit gedruckten Zeilen nennen diese Namen nicht.</translation>
    </message>
    <message>
        <location filename="../gallery/models/creditbookmodel.cpp" line="203"/>
        <source>&apos;%1&apos; is not in the credit book</source>
        <translation>„%1“ steht nicht im Credit-Buch</translation>
    </message>
    <message>
        <location filename="../gallery/models/creditbookmodel.cpp" line="218"/>
        <source>&apos;%1&apos; is no longer in the credit book</source>
        <translation>„%1“ steht nicht mehr im Credit-Buch</translation>
    </message>
    <message numerus="yes">
        <location filename="../gallery/models/creditbookmodel.cpp" line="268"/>
        <source>Nothing imported: %n bad line(s)</source>
        <translation>
            <numerusform>Nichts importiert: %n fehlerhafte Zeile</numerusform>
            <numerusform>Nichts importiert: %n fehlerhafte Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gallery/models/creditbookmodel.cpp" line="286"/>
        <source>%n credit(s) imported; the book is now the file</source>
        <translation>
            <numerusform>%n Credit importiert; das Buch entspricht jetzt der Datei</numerusform>
            <numerusform>%n Credits importiert; das Buch entspricht jetzt der Datei</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gallery/models/creditbookmodel.cpp" line="287"/>
        <source>%n credit(s) imported: %1 new, %2, %3</source>
        <translation>
            <numerusform>%n Credit importiert: %1 neu, %2, %3</numerusform>
            <numerusform>%n Credits importiert: %1 neu, %2, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gallery/models/creditbookmodel.cpp" line="289"/>
        <source>%n house line(s) changed</source>
        <translation>
            <numerusform>%n Hauszeile geändert</numerusform>
            <numerusform>%n Hauszeilen geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gallery/models/creditbookmodel.cpp" line="290"/>
        <source>%n house line(s) kept (the file gives none)</source>
        <translation>
            <numerusform>%n Hauszeile behalten (die Datei nennt keine)</numerusform>
            <numerusform>%n Hauszeilen behalten (die Datei nennt keine)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gallery/models/creditbookmodel.cpp" line="307"/>
        <location filename="../gallery/models/creditbookmodel.cpp" line="331"/>
        <source>%n credit(s) written to %1</source>
        <translation>
            <numerusform>%n Credit nach %1 geschrieben</numerusform>
            <numerusform>%n Credits nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gallery/models/creditbookmodel.cpp" line="332"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../gallery/models/creditbookmodel.cpp" line="348"/>
        <source>cannot write the catalog</source>
        <translation>Katalog nicht beschreibbar</translation>
    </message>
    <message>
        <location filename="../gallery/models/creditbookmodel.cpp" line="366"/>
        <source>The credit book was not saved: %1</source>
        <translation>Das Credit-Buch wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>CreditGateSummary</name>
    <message>
        <location filename="../app/qml/CreditGateSummary.qml" line="32"/>
        <source>%1 only an inferred one</source>
        <translation>%1 nur einen erschlossenen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/CreditGateSummary.qml" line="30"/>
        <source>%n photo(s) have no credit</source>
        <translation>
            <numerusform>%n Foto hat keinen Bildnachweis</numerusform>
            <numerusform>%n Fotos haben keinen Bildnachweis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/CreditGateSummary.qml" line="34"/>
        <source>%n photo(s) have only an inferred credit</source>
        <translation>
            <numerusform>%n Foto hat nur einen erschlossenen Bildnachweis</numerusform>
            <numerusform>%n Fotos haben nur einen erschlossenen Bildnachweis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/CreditGateSummary.qml" line="37"/>
        <source>%n photo(s) have a credit not in the credit book</source>
        <translation>
            <numerusform>%n Foto hat einen Bildnachweis, der nicht im Credit-Buch steht</numerusform>
            <numerusform>%n Fotos haben einen Bildnachweis, der nicht im Credit-Buch steht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/CreditGateSummary.qml" line="38"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../app/qml/CreditGateSummary.qml" line="61"/>
        <source>Deselect these photos</source>
        <translation>Diese Fotos abwählen</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditGateSummary.qml" line="62"/>
        <source>Deselect the photos listed</source>
        <translation>Die aufgeführten Fotos abwählen</translation>
    </message>
    <message>
        <source>Deselect the photos without an embedded credit</source>
        <translation type="vanished">Die Fotos ohne eingebetteten Bildnachweis abwählen</translation>
    </message>
</context>
<context>
    <name>CreditLineStyleForm</name>
    <message>
        <location filename="../app/qml/CreditLineStyleForm.qml" line="27"/>
        <location filename="../app/qml/CreditLineStyleForm.qml" line="35"/>
        <source>Credit line style</source>
        <translation>Stil der Credit-Zeile</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditLineStyleForm.qml" line="37"/>
        <source>As written (Credit: NASA/Tim Kopra, as the file says)</source>
        <translation>Wie geschrieben (Credit: NASA/Tim Kopra, wie in der Datei)</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditLineStyleForm.qml" line="38"/>
        <source>Organisation/Person (Credit: NASA/Tim Kopra)</source>
        <translation>Organisation/Person (Credit: NASA/Tim Kopra)</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditLineStyleForm.qml" line="39"/>
        <source>Person/Organisation (Credit: Tim Kopra/NASA)</source>
        <translation>Person/Organisation (Credit: Tim Kopra/NASA)</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditLineStyleForm.qml" line="40"/>
        <source>Photo: Person, Organisation</source>
        <translation>Photo: Person, Organisation</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditLineStyleForm.qml" line="41"/>
        <source>Custom pattern</source>
        <translation>Eigenes Muster</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditLineStyleForm.qml" line="48"/>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditLineStyleForm.qml" line="57"/>
        <source>{person} ({organisation})</source>
        <translation>{person} ({organisation})</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditLineStyleForm.qml" line="58"/>
        <source>Credit line pattern</source>
        <translation>Muster der Credit-Zeile</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditLineStyleForm.qml" line="59"/>
        <source>Fields: {person}, {organisation}, {credit}. A credit that is not one person and one organisation is printed as written.</source>
        <translation>Felder: {person}, {organisation}, {credit}. Ein Bildnachweis, der nicht aus einer Person und einer Organisation besteht, wird wie geschrieben gedruckt.</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditLineStyleForm.qml" line="75"/>
        <source>%1 — credit lines are printed as written until it is fixed</source>
        <translation>%1 — Credit-Zeilen werden wie geschrieben gedruckt, bis das Muster korrigiert ist</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditLineStyleForm.qml" line="81"/>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location filename="../app/qml/CreditLineStyleForm.qml" line="97"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>DetailField</name>
    <message>
        <location filename="../app/qml/DetailField.qml" line="62"/>
        <source>⚠ stores disagree</source>
        <translation>⚠ Quellen widersprechen sich</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailField.qml" line="68"/>
        <source>◇ inferred from the caption</source>
        <translation>◇ aus der Bildunterschrift erschlossen</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailField.qml" line="79"/>
        <source>⚑ %1</source>
        <translation>⚑ %1</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailField.qml" line="100"/>
        <source>Inferred: no metadata field holds a credit; the caption ends with this one</source>
        <translation>Erschlossen: kein Metadatenfeld enthält einen Bildnachweis; die Bildunterschrift endet mit diesem</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailField.qml" line="101"/>
        <source>From the file itself</source>
        <translation>Aus der Datei selbst</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailField.qml" line="101"/>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailField.qml" line="102"/>
        <source>; another store holds a different value</source>
        <translation>; eine andere Quelle enthält einen anderen Wert</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailField.qml" line="114"/>
        <source>%1 says: %2</source>
        <translation>%1 sagt: %2</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="50"/>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="55"/>
        <source>Edit the caption, credit and other fields (Ctrl+I)</source>
        <translation>Bildunterschrift, Bildnachweis und weitere Felder bearbeiten (Strg+I)</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="59"/>
        <source>Revert to original</source>
        <translation>Original wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="63"/>
        <source>Put back the file as it was before Byline first wrote it</source>
        <translation>Die Datei wiederherstellen, wie sie vor dem ersten Schreiben durch Byline war</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="69"/>
        <source>⚠ This file cannot be shown: %1</source>
        <translation>⚠ Diese Datei kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="75"/>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="84"/>
        <source>Credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="97"/>
        <source>Credit line</source>
        <translation>Credit-Zeile</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="99"/>
        <source>As your desk prints it: the credit book&apos;s house line or the credit line style</source>
        <translation>So druckt es die Redaktion: die Hauszeile aus dem Credit-Buch oder der Stil der Credit-Zeile</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="104"/>
        <source>No credit: neither the metadata nor the caption names one.</source>
        <translation>Kein Bildnachweis: weder die Metadaten noch die Bildunterschrift nennen einen.</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="112"/>
        <source>Special instructions</source>
        <translation>Besondere Hinweise</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="121"/>
        <source>Usage terms</source>
        <translation>Nutzungsbedingungen</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="129"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="136"/>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="143"/>
        <source>Creator</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="150"/>
        <source>Copyright</source>
        <translation>Copyright</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="159"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="167"/>
        <source>Keywords</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="175"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="183"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="191"/>
        <source>Label</source>
        <translation>Farbmarkierung</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="199"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>✓ Tagged</source>
        <translation type="vanished">✓ Getaggt</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="204"/>
        <source>Date taken</source>
        <translation>Aufnahmedatum</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="211"/>
        <source>Dimensions</source>
        <translation>Abmessungen</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="215"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="219"/>
        <source>File size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="225"/>
        <source>Files (RAW+JPEG pair)</source>
        <translation>Dateien (RAW+JPEG-Paar)</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="227"/>
        <location filename="../app/qml/DetailPane.qml" line="228"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="232"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="236"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../app/qml/DetailPane.qml" line="249"/>
        <source>Select a photo to see its caption and credit.</source>
        <translation>Wählen Sie ein Foto, um Bildunterschrift und Bildnachweis zu sehen.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message numerus="yes">
        <location filename="../app/qml/EditDialog.qml" line="120"/>
        <source>Sweep the credits of %n photo(s)</source>
        <translation>
            <numerusform>Bildnachweis von %n Foto bereinigen</numerusform>
            <numerusform>Bildnachweise von %n Fotos bereinigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/EditDialog.qml" line="121"/>
        <source>Write the ratings and labels of %n photo(s)</source>
        <translation>
            <numerusform>Bewertung und Farbmarkierung von %n Foto schreiben</numerusform>
            <numerusform>Bewertungen und Farbmarkierungen von %n Fotos schreiben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/EditDialog.qml" line="122"/>
        <source>Edit %n photo(s)</source>
        <translation>
            <numerusform>%n Foto bearbeiten</numerusform>
            <numerusform>%n Fotos bearbeiten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="168"/>
        <location filename="../app/qml/EditDialog.qml" line="176"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="175"/>
        <source>No templates yet</source>
        <translation>Noch keine Vorlagen</translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="180"/>
        <source>Fill in</source>
        <translation>Einsetzen</translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="202"/>
        <source>Tick the fields to change. Values may hold =codes= from the desk&apos;s code list and {filename}, {date}, {date:%d %B %Y}, {credit}, {creator}, {seq} or {folder}.</source>
        <translation>Die zu ändernden Felder ankreuzen. Werte dürfen =codes= aus der Codeliste der Redaktion sowie {filename}, {date}, {date:%d %B %Y}, {credit}, {creator}, {seq} oder {folder} enthalten.</translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="234"/>
        <location filename="../app/qml/EditDialog.qml" line="299"/>
        <source>Write XMP sidecars, never the photos</source>
        <translation>XMP-Begleitdateien schreiben, nie die Fotos</translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="242"/>
        <location filename="../app/qml/EditDialog.qml" line="243"/>
        <source>Template name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="246"/>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/EditDialog.qml" line="263"/>
        <source>Reading %1 of %n photo(s)…</source>
        <translation>
            <numerusform>Lese %1 von %n Foto …</numerusform>
            <numerusform>Lese %1 von %n Fotos …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/EditDialog.qml" line="264"/>
        <source>%n photo(s) will change.</source>
        <translation>
            <numerusform>%n Foto wird geändert.</numerusform>
            <numerusform>%n Fotos werden geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/EditDialog.qml" line="266"/>
        <source>%n already as asked.</source>
        <translation>
            <numerusform>%n ist bereits wie gewünscht.</numerusform>
            <numerusform>%n sind bereits wie gewünscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/EditDialog.qml" line="268"/>
        <source>%n cannot be written.</source>
        <translation>
            <numerusform>%n kann nicht geschrieben werden.</numerusform>
            <numerusform>%n können nicht geschrieben werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="284"/>
        <location filename="../app/qml/EditDialog.qml" line="357"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="292"/>
        <source>Remove the credit line from captions whose credit moves into the credit field</source>
        <translation>Credit-Zeile aus Bildunterschriften entfernen, deren Bildnachweis ins Credit-Feld übernommen wird</translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="330"/>
        <source>%1: “%2” → “%3”</source>
        <translation>%1: „%2“ → „%3“</translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="330"/>
        <source>(none)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="331"/>
        <source>(cleared)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="332"/>
        <source>written to %1</source>
        <translation>in %1 geschrieben</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/EditDialog.qml" line="348"/>
        <source>Writing %1 of %n photo(s)…</source>
        <translation>
            <numerusform>Schreibe %1 von %n Foto …</numerusform>
            <numerusform>Schreibe %1 von %n Fotos …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="387"/>
        <source>Preview changes</source>
        <translation>Änderungen prüfen</translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="394"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/EditDialog.qml" line="401"/>
        <source>Write %n photo(s)</source>
        <translation>
            <numerusform>%n Foto schreiben</numerusform>
            <numerusform>%n Fotos schreiben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="409"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="417"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/qml/EditDialog.qml" line="417"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>EditField</name>
    <message>
        <location filename="../app/qml/EditField.qml" line="38"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <location filename="../app/qml/EditField.qml" line="45"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../app/qml/EditField.qml" line="45"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/qml/EditField.qml" line="45"/>
        <source>Append</source>
        <translation>Anhängen</translation>
    </message>
    <message>
        <location filename="../app/qml/EditField.qml" line="49"/>
        <source>How to change %1</source>
        <translation>Art der Änderung von %1</translation>
    </message>
    <message>
        <location filename="../app/qml/EditField.qml" line="57"/>
        <source>Separate several with %1</source>
        <translation>Mehrere mit %1 trennen</translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="16"/>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="18"/>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="20"/>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="22"/>
        <source>Creator</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="24"/>
        <source>Copyright</source>
        <translation>Copyright</translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="26"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="28"/>
        <source>Special instructions</source>
        <translation>Besondere Hinweise</translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="30"/>
        <source>Usage terms</source>
        <translation>Nutzungsbedingungen</translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="32"/>
        <source>Keywords</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="34"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="36"/>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="38"/>
        <source>State/Province</source>
        <translation>Bundesland/Provinz</translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="40"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="42"/>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="44"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="46"/>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="48"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="50"/>
        <source>Label</source>
        <translation>Farbmarkierung</translation>
    </message>
    <message>
        <location filename="../gallery/metadata/editfield.cpp" line="52"/>
        <source>Tagged</source>
        <translation>Getaggt</translation>
    </message>
</context>
<context>
    <name>EditPreviewModel</name>
    <message>
        <location filename="../gallery/models/editpreviewmodel.cpp" line="19"/>
        <source>the photo and its sidecar %1</source>
        <translation>das Foto und seine Begleitdatei %1</translation>
    </message>
    <message>
        <location filename="../gallery/models/editpreviewmodel.cpp" line="20"/>
        <source>the sidecar %1 (%2)</source>
        <translation>die Begleitdatei %1 (%2)</translation>
    </message>
    <message>
        <location filename="../gallery/models/editpreviewmodel.cpp" line="67"/>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <location filename="../gallery/models/editpreviewmodel.cpp" line="69"/>
        <source>(none; inferred from the caption: %1)</source>
        <translation>(leer; aus der Bildunterschrift erschlossen: %1)</translation>
    </message>
    <message>
        <location filename="../gallery/models/editpreviewmodel.cpp" line="77"/>
        <source>Tagged</source>
        <translation>Getaggt</translation>
    </message>
    <message>
        <location filename="../gallery/models/editpreviewmodel.cpp" line="77"/>
        <source>Not tagged</source>
        <translation>Nicht getaggt</translation>
    </message>
    <message>
        <location filename="../gallery/models/editpreviewmodel.cpp" line="84"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../gallery/models/editpreviewmodel.cpp" line="84"/>
        <source>Unrated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <location filename="../gallery/models/editpreviewmodel.cpp" line="77"/>
        <location filename="../gallery/models/editpreviewmodel.cpp" line="85"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <location filename="../gallery/models/editsession.cpp" line="259"/>
        <source>From captions: %1 · corrected by an alias: %2 · already right: %3 · without a credit: %4</source>
        <translation>Aus Bildunterschriften: %1 · per Alias korrigiert: %2 · bereits richtig: %3 · ohne Bildnachweis: %4</translation>
    </message>
    <message>
        <location filename="../gallery/models/editsession.cpp" line="265"/>
        <source> · left alone: %1</source>
        <translation> · unberührt: %1</translation>
    </message>
    <message>
        <location filename="../gallery/models/editsession.cpp" line="267"/>
        <source> · unreadable: %1</source>
        <translation> · unlesbar: %1</translation>
    </message>
    <message>
        <location filename="../gallery/models/editsession.cpp" line="292"/>
        <source>no longer in the folder Byline shows</source>
        <translation>nicht mehr in dem Ordner, den Byline zeigt</translation>
    </message>
    <message>
        <location filename="../gallery/models/editsession.cpp" line="325"/>
        <source>the same file as %1, which is edited already</source>
        <translation>dieselbe Datei wie %1, die bereits bearbeitet wird</translation>
    </message>
    <message numerus="yes">
        <location filename="../gallery/models/editsession.cpp" line="374"/>
        <source>Credit sweep of %n photo(s)</source>
        <translation>
            <numerusform>Bildnachweis-Bereinigung von %n Foto</numerusform>
            <numerusform>Bildnachweis-Bereinigung von %n Fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gallery/models/editsession.cpp" line="375"/>
        <source>Edit of %n photo(s)</source>
        <translation>
            <numerusform>Bearbeitung von %n Foto</numerusform>
            <numerusform>Bearbeitung von %n Fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gallery/models/editsession.cpp" line="475"/>
        <source>Undone: %n photo(s) set back</source>
        <translation>
            <numerusform>Rückgängig: %n Foto zurückgesetzt</numerusform>
            <numerusform>Rückgängig: %n Fotos zurückgesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gallery/models/editsession.cpp" line="475"/>
        <source>%n photo(s) written</source>
        <translation>
            <numerusform>%n Foto geschrieben</numerusform>
            <numerusform>%n Fotos geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gallery/models/editsession.cpp" line="477"/>
        <source>, %n not written</source>
        <translation>
            <numerusform>, %n nicht geschrieben</numerusform>
            <numerusform>, %n nicht geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gallery/models/editsession.cpp" line="520"/>
        <source>Nothing to revert: Byline has not written these photos</source>
        <translation>Nichts zurückzusetzen: Byline hat diese Fotos nicht beschrieben</translation>
    </message>
    <message numerus="yes">
        <location filename="../gallery/models/editsession.cpp" line="521"/>
        <source>%n original(s) restored</source>
        <translation>
            <numerusform>%n Original wiederhergestellt</numerusform>
            <numerusform>%n Originale wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gallery/models/editsession.cpp" line="541"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location filename="../gallery/models/editsession.cpp" line="580"/>
        <source>A template needs a name</source>
        <translation>Eine Vorlage braucht einen Namen</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../app/qml/EmptyState.qml" line="55"/>
        <source>No folder open</source>
        <translation>Kein Ordner geöffnet</translation>
    </message>
    <message>
        <location filename="../app/qml/EmptyState.qml" line="56"/>
        <source>This folder cannot be read</source>
        <translation>Dieser Ordner kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/qml/EmptyState.qml" line="57"/>
        <source>No photos in this folder</source>
        <translation>Keine Fotos in diesem Ordner</translation>
    </message>
    <message>
        <location filename="../app/qml/EmptyState.qml" line="58"/>
        <source>No photo matches the filter</source>
        <translation>Kein Foto passt zum Filter</translation>
    </message>
    <message>
        <location filename="../app/qml/EmptyState.qml" line="59"/>
        <source>Reading the folder…</source>
        <translation>Ordner wird gelesen …</translation>
    </message>
    <message>
        <location filename="../app/qml/EmptyState.qml" line="70"/>
        <source>Open a folder of photos, or drop one onto this window.</source>
        <translation>Öffnen Sie einen Ordner mit Fotos oder ziehen Sie einen auf dieses Fenster.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/EmptyState.qml" line="74"/>
        <source>%1 holds no photos of its own, but the %n folder(s) inside it may.</source>
        <translation>
            <numerusform>%1 enthält selbst keine Fotos, vielleicht aber der Ordner darin.</numerusform>
            <numerusform>%1 enthält selbst keine Fotos, vielleicht aber die %n Ordner darin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/EmptyState.qml" line="78"/>
        <source>Nothing among the %n photo(s) matches the search and the checked credits.</source>
        <translation>
            <numerusform>Das eine Foto passt nicht zur Suche und zu den gewählten Bildnachweisen.</numerusform>
            <numerusform>Keines der %n Fotos passt zur Suche und zu den gewählten Bildnachweisen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/EmptyState.qml" line="76"/>
        <source>%1 holds no image files. Open another folder, or drop one here.</source>
        <translation>%1 enthält keine Bilddateien. Öffnen Sie einen anderen Ordner oder ziehen Sie einen hierher.</translation>
    </message>
    <message>
        <location filename="../app/qml/EmptyState.qml" line="88"/>
        <source>Show the photos in its folders</source>
        <translation>Fotos in seinen Ordnern zeigen</translation>
    </message>
    <message>
        <location filename="../app/qml/EmptyState.qml" line="94"/>
        <source>Open folder…</source>
        <translation>Ordner öffnen …</translation>
    </message>
    <message>
        <location filename="../app/qml/EmptyState.qml" line="100"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../app/qml/ExportDialog.qml" line="76"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/ExportDialog.qml" line="46"/>
        <source>Export %n photo(s)</source>
        <translation>
            <numerusform>%n Foto exportieren</numerusform>
            <numerusform>%n Fotos exportieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/ExportDialog.qml" line="119"/>
        <source>Exporting %1 of %n photo(s)…</source>
        <translation>
            <numerusform>Exportiere %1 von %n Foto …</numerusform>
            <numerusform>Exportiere %1 von %n Fotos …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/ExportDialog.qml" line="126"/>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <location filename="../app/qml/ExportDialog.qml" line="149"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../app/qml/ExportDialog.qml" line="157"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/qml/ExportDialog.qml" line="163"/>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location filename="../app/qml/ExportDialog.qml" line="163"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/qml/ExportDialog.qml" line="163"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="20"/>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="29"/>
        <source>A folder; made when missing</source>
        <translation>Ein Ordner; wird angelegt, falls er fehlt</translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="30"/>
        <source>Destination folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="36"/>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="37"/>
        <source>Choose the destination folder</source>
        <translation>Den Zielordner auswählen</translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="43"/>
        <source>Produce</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="50"/>
        <source>Originals (byte-for-byte, with their XMP sidecars)</source>
        <translation>Originale (Byte für Byte, mit ihren XMP-Begleitdateien)</translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="58"/>
        <source>Resized JPEG copies, long edge</source>
        <translation>Verkleinerte JPEG-Kopien, lange Kante</translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="70"/>
        <source>Long edge in pixels</source>
        <translation>Lange Kante in Pixeln</translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="74"/>
        <source>px, quality</source>
        <translation>px, Qualität</translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="85"/>
        <source>JPEG quality</source>
        <translation>JPEG-Qualität</translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="92"/>
        <source>Require credits from the credit book</source>
        <translation>Bildnachweise aus dem Credit-Buch verlangen</translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="94"/>
        <source>Export only when every photo&apos;s credit is in the credit book</source>
        <translation>Nur exportieren, wenn der Bildnachweis jedes Fotos im Credit-Buch steht</translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="102"/>
        <source>Caption sheet (index.html with manifest.csv and manifest.json)</source>
        <translation>Bildunterschriften-Seite (index.html mit manifest.csv und manifest.json)</translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="109"/>
        <location filename="../app/qml/ExportForm.qml" line="118"/>
        <source>Sheet title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="117"/>
        <source>The heading of the caption sheet</source>
        <translation>Die Überschrift der Bildunterschriften-Seite</translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="123"/>
        <source>Introduction</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="131"/>
        <source>An optional paragraph under the title</source>
        <translation>Ein optionaler Absatz unter dem Titel</translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="132"/>
        <source>Sheet introduction</source>
        <translation>Einleitung der Seite</translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="138"/>
        <source>File names</source>
        <translation>Dateinamen</translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="145"/>
        <source>File name template</source>
        <translation>Vorlage für Dateinamen</translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="146"/>
        <source>Fields: {n} or {n:03}, {date}, {credit}, {name}, {ext}</source>
        <translation>Felder: {n} oder {n:03}, {date}, {credit}, {name}, {ext}</translation>
    </message>
    <message>
        <location filename="../app/qml/ExportForm.qml" line="178"/>
        <source>…</source>
        <translation>…</translation>
    </message>
</context>
<context>
    <name>ExportRequest</name>
    <message>
        <location filename="../gallery/export/exportrequest.cpp" line="164"/>
        <source>%1: no credit</source>
        <translation>%1: kein Bildnachweis</translation>
    </message>
    <message>
        <location filename="../gallery/export/exportrequest.cpp" line="167"/>
        <source>%1: credit only inferred from the caption (%2)</source>
        <translation>%1: Bildnachweis nur aus der Bildunterschrift erschlossen (%2)</translation>
    </message>
    <message>
        <location filename="../gallery/export/exportrequest.cpp" line="170"/>
        <source>%1: credit not in the credit book (%2)</source>
        <translation>%1: Bildnachweis nicht im Credit-Buch (%2)</translation>
    </message>
    <message>
        <location filename="../gallery/export/exportrequest.cpp" line="197"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ExportResult</name>
    <message numerus="yes">
        <location filename="../app/qml/ExportResult.qml" line="19"/>
        <source>Exported %1 of %n photo(s) to %2</source>
        <translation>
            <numerusform>%1 von %n Foto nach %2 exportiert</numerusform>
            <numerusform>%1 von %n Fotos nach %2 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/ExportResult.qml" line="21"/>
        <source>, %1 failed</source>
        <translation>, %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/qml/ExportResult.qml" line="23"/>
        <source>, %1 not exported (cancelled)</source>
        <translation>, %1 nicht exportiert (abgebrochen)</translation>
    </message>
</context>
<context>
    <name>FacetDelegate</name>
    <message numerus="yes">
        <location filename="../app/qml/FacetDelegate.qml" line="35"/>
        <source>%1, %n photo(s), not in the credit book</source>
        <translation>
            <numerusform>%1, %n Foto, nicht im Credit-Buch</numerusform>
            <numerusform>%1, %n Fotos, nicht im Credit-Buch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/FacetDelegate.qml" line="36"/>
        <source>%1, %n photo(s)</source>
        <translation>
            <numerusform>%1, %n Foto</numerusform>
            <numerusform>%1, %n Fotos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="85"/>
        <source>Not in the credit book</source>
        <translation>Nicht im Credit-Buch</translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="86"/>
        <source>Not in the credit book (right-click to add it)</source>
        <translation>Nicht im Credit-Buch (zum Hinzufügen rechtsklicken)</translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="106"/>
        <source>◇ inferred from captions</source>
        <translation>◇ aus Bildunterschriften erschlossen</translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="107"/>
        <source>◇ %1 inferred from captions</source>
        <translation>◇ %1 aus Bildunterschriften erschlossen</translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="119"/>
        <source>probably %1?</source>
        <translation>vielleicht %1?</translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="125"/>
        <source>Group</source>
        <translation>Zusammenfassen</translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="127"/>
        <source>Group %1 under %2</source>
        <translation>%1 unter %2 zusammenfassen</translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="128"/>
        <source>Correct %1 to %2 in this folder (the files are not changed)</source>
        <translation>%1 in diesem Ordner zu %2 korrigieren (die Dateien bleiben unverändert)</translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="145"/>
        <source>corrects %1</source>
        <translation>korrigiert %1</translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="152"/>
        <source>Ungroup</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="154"/>
        <source>Ungroup %1 from %2</source>
        <translation>%1 von %2 trennen</translation>
    </message>
    <message>
        <location filename="../app/qml/FacetDelegate.qml" line="155"/>
        <source>Show %1 as the files spell it again</source>
        <translation>%1 wieder so zeigen, wie die Dateien es schreiben</translation>
    </message>
    <message>
        <source>Count %1 as %2 in this folder (the files are not changed)</source>
        <translation type="vanished">%1 in diesem Ordner als %2 zählen (die Dateien werden nicht verändert)</translation>
    </message>
</context>
<context>
    <name>FacetPane</name>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="43"/>
        <source>Credits</source>
        <translation>Bildnachweise</translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="48"/>
        <location filename="../app/qml/FacetPane.qml" line="51"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/FacetPane.qml" line="62"/>
        <source>⚑ %n photo(s) not in the book</source>
        <translation>
            <numerusform>⚑ %n Foto nicht im Buch</numerusform>
            <numerusform>⚑ %n Fotos nicht im Buch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/FacetPane.qml" line="63"/>
        <source>%n photo(s) have a credit that is not in the credit book; open the credit book</source>
        <translation>
            <numerusform>%n Foto hat einen Bildnachweis, der nicht im Credit-Buch steht; Credit-Buch öffnen</numerusform>
            <numerusform>%n Fotos haben einen Bildnachweis, der nicht im Credit-Buch steht; Credit-Buch öffnen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="65"/>
        <source>Credits marked ⚑ are not in the credit book. Open the credit book</source>
        <translation>Mit ⚑ markierte Bildnachweise stehen nicht im Credit-Buch. Credit-Buch öffnen</translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="74"/>
        <source>Inferred credits only</source>
        <translation>Nur erschlossene Bildnachweise</translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="75"/>
        <source>Show only photos whose credit was inferred from the caption</source>
        <translation>Nur Fotos zeigen, deren Bildnachweis aus der Bildunterschrift erschlossen wurde</translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="85"/>
        <source>Hide unreadable files (%1)</source>
        <translation>Unlesbare Dateien ausblenden (%1)</translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="86"/>
        <source>Hide the files that cannot be read as images</source>
        <translation>Die Dateien ausblenden, die sich nicht als Bild lesen lassen</translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="96"/>
        <source>RAW+JPEG pairs as one photo</source>
        <translation>RAW+JPEG-Paare als ein Foto</translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="97"/>
        <source>Show a RAW file and the JPEG of the same name as one photo</source>
        <translation>Eine RAW-Datei und das gleichnamige JPEG als ein Foto zeigen</translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="98"/>
        <source>Show RAW+JPEG pairs as one photo: a RAW file and the JPEG of the same name are one tile</source>
        <translation>RAW+JPEG-Paare als ein Foto zeigen: eine RAW-Datei und das gleichnamige JPEG sind eine Kachel</translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="148"/>
        <source>No credits yet</source>
        <translation>Noch keine Bildnachweise</translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="186"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="192"/>
        <source>Label</source>
        <translation>Farbmarkierung</translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="198"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="204"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="210"/>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="216"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/FacetPane.qml" line="230"/>
        <source>Write the marks of %n photo(s)…</source>
        <translation>
            <numerusform>Markierungen von %n Foto schreiben…</numerusform>
            <numerusform>Markierungen von %n Fotos schreiben…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="231"/>
        <source>Write the ratings, labels and tags set here into the files</source>
        <translation>Die hier vergebenen Bewertungen, Farbmarkierungen und Tags in die Dateien schreiben</translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="232"/>
        <source>Ratings, labels and tags set here are kept in Byline&apos;s catalog until written: write every one of them into its photo&apos;s file</source>
        <translation>Hier vergebene Bewertungen, Farbmarkierungen und Tags bleiben im Katalog von Byline, bis sie geschrieben werden: jede in die Datei ihres Fotos schreiben</translation>
    </message>
    <message numerus="yes">
        <source>Write %n rating(s) and label(s)…</source>
        <translation type="vanished">
            <numerusform>%n Bewertung/Markierung schreiben…</numerusform>
            <numerusform>%n Bewertungen/Markierungen schreiben…</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the ratings and labels set here into the files</source>
        <translation type="vanished">Die hier vergebenen Bewertungen und Farbmarkierungen in die Dateien schreiben</translation>
    </message>
    <message>
        <source>Ratings and labels set here are kept in Byline&apos;s catalog until written: write every one of them into its photo&apos;s file</source>
        <translation type="vanished">Hier vergebene Bewertungen und Farbmarkierungen bleiben im Katalog von Byline, bis sie geschrieben werden: jede in die Datei ihres Fotos schreiben</translation>
    </message>
    <message>
        <source>Ratings and labels set here are kept in Byline&apos;s catalog until written: write them into the files of the selected photos (every photo shown when none is selected)</source>
        <translation type="vanished">Hier vergebene Bewertungen und Farbmarkierungen bleiben im Katalog von Byline, bis sie geschrieben werden: in die Dateien der ausgewählten Fotos schreiben (aller angezeigten, wenn keines ausgewählt ist)</translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="243"/>
        <source>Sweep credits…</source>
        <translation>Bildnachweise bereinigen …</translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="245"/>
        <source>Sweep credits into the files</source>
        <translation>Bildnachweise in die Dateien schreiben</translation>
    </message>
    <message>
        <location filename="../app/qml/FacetPane.qml" line="246"/>
        <source>Write each credit inferred from a caption, and each accepted alias, into the files of the selected photos (every photo shown when none is selected)</source>
        <translation>Jeden aus einer Bildunterschrift erschlossenen Bildnachweis und jeden angenommenen Alias in die Dateien der ausgewählten Fotos schreiben (alle angezeigten Fotos, wenn keines ausgewählt ist)</translation>
    </message>
</context>
<context>
    <name>FieldFacetModel</name>
    <message>
        <location filename="../gallery/models/fieldfacetmodel.cpp" line="75"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../gallery/models/fieldfacetmodel.cpp" line="75"/>
        <source>Unrated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <location filename="../gallery/models/fieldfacetmodel.cpp" line="78"/>
        <source>No label</source>
        <translation>Keine Farbmarkierung</translation>
    </message>
    <message>
        <location filename="../gallery/models/fieldfacetmodel.cpp" line="80"/>
        <source>No source</source>
        <translation>Keine Quelle</translation>
    </message>
    <message>
        <location filename="../gallery/models/fieldfacetmodel.cpp" line="82"/>
        <source>No city</source>
        <translation>Keine Stadt</translation>
    </message>
    <message>
        <location filename="../gallery/models/fieldfacetmodel.cpp" line="84"/>
        <source>No country</source>
        <translation>Kein Land</translation>
    </message>
    <message>
        <location filename="../gallery/models/fieldfacetmodel.cpp" line="86"/>
        <source>Not tagged</source>
        <translation>Nicht getaggt</translation>
    </message>
    <message>
        <location filename="../gallery/models/fieldfacetmodel.cpp" line="86"/>
        <source>Tagged</source>
        <translation>Getaggt</translation>
    </message>
</context>
<context>
    <name>FieldFacetSection</name>
    <message>
        <location filename="../app/qml/FieldFacetSection.qml" line="42"/>
        <source>Hide the %1 filters</source>
        <translation>Filter „%1“ ausblenden</translation>
    </message>
    <message>
        <location filename="../app/qml/FieldFacetSection.qml" line="43"/>
        <source>Show the %1 filters</source>
        <translation>Filter „%1“ einblenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/FieldFacetSection.qml" line="75"/>
        <source>%1, %n photo(s)</source>
        <translation>
            <numerusform>%1, %n Foto</numerusform>
            <numerusform>%1, %n Fotos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupMenu</name>
    <message>
        <location filename="../app/qml/GroupMenu.qml" line="35"/>
        <source>Ungroup %1</source>
        <translation>%1 trennen</translation>
    </message>
    <message>
        <location filename="../app/qml/GroupMenu.qml" line="35"/>
        <source>Ungroup</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location filename="../app/qml/GroupMenu.qml" line="41"/>
        <source>%1 is in the credit book</source>
        <translation>%1 steht im Credit-Buch</translation>
    </message>
    <message>
        <location filename="../app/qml/GroupMenu.qml" line="41"/>
        <source>Add %1 to the credit book</source>
        <translation>%1 zum Credit-Buch hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/qml/GroupMenu.qml" line="47"/>
        <source>Group %1 under:</source>
        <translation>%1 zusammenfassen unter:</translation>
    </message>
</context>
<context>
    <name>Lightbox</name>
    <message>
        <location filename="../app/qml/Lightbox.qml" line="81"/>
        <source>Lightbox</source>
        <translation>Leuchtkasten</translation>
    </message>
    <message>
        <location filename="../app/qml/Lightbox.qml" line="169"/>
        <source>⚠ No credit</source>
        <translation>⚠ Kein Bildnachweis</translation>
    </message>
    <message>
        <location filename="../app/qml/Lightbox.qml" line="201"/>
        <source>%1 — %2 of %3 · %4 %   ·   ← → step, wheel or 1 / 0 / Z zoom, 2-5 X rate, 6-9 label, T tag, F11 full screen, Esc closes</source>
        <translation>%1 — %2 von %3 · %4 %   ·   ← → blättern, Mausrad oder 1 / 0 / Z zoomen, 2-5 X bewerten, 6-9 markieren, T taggen, F11 Vollbild, Esc schließt</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 · %4 %   ·   ← → step, wheel or 1 / 0 / Z zoom, 2-5 X rate, 6-9 label, F11 full screen, Esc closes</source>
        <translation type="vanished">%1 — %2 von %3 · %4 %   ·   ← → blättern, Mausrad oder 1 / 0 / Z zoomen, 2-5 X bewerten, 6-9 markieren, F11 Vollbild, Esc schließt</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 · %4 %   ·   ← → step, wheel or 1 / 0 / Z zoom, 2-5 X rate, F11 full screen, Esc closes</source>
        <translation type="vanished">%1 — %2 von %3 · %4 %   ·   ← → blättern, Mausrad oder 1 / 0 / Z zoomen, 2-5 X bewerten, F11 Vollbild, Esc schließt</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 · %4 %   ·   ← → step, wheel or 1 / Z zoom, F11 full screen, Esc closes</source>
        <translation type="vanished">%1 — %2 von %3 · %4 %   ·   ← → blättern, Mausrad oder 1 / Z zoomen, F11 Vollbild, Esc schließt</translation>
    </message>
    <message>
        <location filename="../app/qml/Lightbox.qml" line="214"/>
        <source>Close the lightbox</source>
        <translation>Leuchtkasten schließen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/qml/Main.qml" line="39"/>
        <source>Nothing to copy: select a photo first</source>
        <translation>Nichts zu kopieren: zuerst ein Foto auswählen</translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="45"/>
        <source>Nothing to copy: no caption or credit (the clipboard is now empty)</source>
        <translation>Nichts zu kopieren: keine Bildunterschrift und kein Bildnachweis (die Zwischenablage ist jetzt leer)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/Main.qml" line="46"/>
        <source>Copied the attributed caption of %n photo(s)</source>
        <translation>
            <numerusform>Bildunterschrift mit Bildnachweis von %n Foto kopiert</numerusform>
            <numerusform>Bildunterschriften mit Bildnachweis von %n Fotos kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/Main.qml" line="48"/>
        <source>%n caption(s) name another credit than the photo&apos;s: both are in the text, check before publishing</source>
        <translation>
            <numerusform>%n Bildunterschrift nennt einen anderen Bildnachweis als das Foto: beide stehen im Text, vor dem Veröffentlichen prüfen</numerusform>
            <numerusform>%n Bildunterschriften nennen einen anderen Bildnachweis als das Foto: beide stehen im Text, vor dem Veröffentlichen prüfen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="57"/>
        <source>Select the photos to edit first</source>
        <translation>Zuerst die zu bearbeitenden Fotos auswählen</translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="74"/>
        <source>No photos to sweep</source>
        <translation>Keine Fotos zu bereinigen</translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="83"/>
        <source>No photos to write</source>
        <translation>Keine Fotos zum Schreiben</translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="89"/>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="92"/>
        <source>Undoing: %1</source>
        <translation>Wird rückgängig gemacht: %1</translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="97"/>
        <source>Select the photos to export first</source>
        <translation>Zuerst die zu exportierenden Fotos auswählen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/Main.qml" line="121"/>
        <source>Select two to four photos to compare (%n selected)</source>
        <translation>
            <numerusform>Wählen Sie zwei bis vier Fotos zum Vergleichen aus (%n ausgewählt)</numerusform>
            <numerusform>Wählen Sie zwei bis vier Fotos zum Vergleichen aus (%n ausgewählt)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="136"/>
        <source>%1 — Byline</source>
        <translation>%1 — Byline</translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="159"/>
        <source>The desk catalog is back</source>
        <translation>Der Redaktionskatalog ist wieder erreichbar</translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="160"/>
        <source>The desk catalog cannot be reached: showing what this window has, reconnecting</source>
        <translation>Der Redaktionskatalog ist nicht erreichbar: das Fenster zeigt, was es hat, und verbindet sich neu</translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="185"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/Main.qml" line="460"/>
        <source>Revert %n photo(s) to the original?</source>
        <translation>
            <numerusform>%n Foto auf das Original zurücksetzen?</numerusform>
            <numerusform>%n Fotos auf die Originale zurücksetzen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="464"/>
        <source>Every change Byline wrote into these files goes back to what they were before Byline first wrote them. A file changed since by another program is left as it is.</source>
        <translation>Alle Änderungen, die Byline in diese Dateien geschrieben hat, werden auf den Stand vor dem ersten Schreiben durch Byline zurückgesetzt. Eine seitdem von einem anderen Programm geänderte Datei bleibt, wie sie ist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/Main.qml" line="470"/>
        <source>Revert %n photo(s)</source>
        <translation>
            <numerusform>%n Foto zurücksetzen</numerusform>
            <numerusform>%n Fotos zurücksetzen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="475"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="510"/>
        <source>Open a folder of photos</source>
        <translation>Einen Ordner mit Fotos öffnen</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="68"/>
        <source>Open folder…</source>
        <translation>Ordner öffnen …</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="69"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="70"/>
        <source>Open a folder of photos (Ctrl+O)</source>
        <translation>Einen Ordner mit Fotos öffnen (Strg+O)</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="77"/>
        <source>Recent ▾</source>
        <translation>Zuletzt ▾</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="78"/>
        <source>Recent folders</source>
        <translation>Zuletzt geöffnete Ordner</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="100"/>
        <source>Clear recent folders</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="107"/>
        <source>Credit book…</source>
        <translation>Credit-Buch …</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="108"/>
        <source>Credit book and credit line style</source>
        <translation>Credit-Buch und Stil der Credit-Zeile</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="109"/>
        <source>The desk&apos;s credit book and how credit lines are printed</source>
        <translation>Das Credit-Buch der Redaktion und wie Credit-Zeilen gedruckt werden</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="118"/>
        <source>● Desk</source>
        <translation>● Redaktion</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="118"/>
        <source>○ Desk offline</source>
        <translation>○ Redaktion offline</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="119"/>
        <source>Desk catalog, connected</source>
        <translation>Redaktionskatalog, verbunden</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="120"/>
        <source>Desk catalog, cannot be reached</source>
        <translation>Redaktionskatalog, nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="121"/>
        <source>The desk catalog %1</source>
        <translation>Der Redaktionskatalog %1</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="122"/>
        <source>The desk catalog %1 cannot be reached: %2</source>
        <translation>Der Redaktionskatalog %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="137"/>
        <source>Search captions, credits, names (Ctrl+F)</source>
        <translation>Bildunterschriften, Nachweise, Namen suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="138"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="178"/>
        <source>List ▾</source>
        <translation>Liste ▾</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="178"/>
        <source>Grid ▾</source>
        <translation>Raster ▾</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="179"/>
        <source>How the photos are shown</source>
        <translation>Wie die Fotos gezeigt werden</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="180"/>
        <source>Thumbnail grid or list (Ctrl+L), captions under tiles</source>
        <translation>Miniaturraster oder Liste (Strg+L), Bildunterschriften unter den Kacheln</translation>
    </message>
    <message>
        <source>Thumbnail grid</source>
        <translation type="vanished">Miniaturraster</translation>
    </message>
    <message>
        <source>List: time, name, rating, credit, caption</source>
        <translation type="vanished">Liste: Zeit, Name, Bewertung, Bildnachweis, Bildunterschrift</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="194"/>
        <source>Thumbnail grid (Ctrl+L)</source>
        <translation>Miniaturraster (Strg+L)</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="201"/>
        <source>List: time, name, marks, credit, caption (Ctrl+L)</source>
        <translation>Liste: Zeit, Name, Markierungen, Bildnachweis, Bildunterschrift (Strg+L)</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="209"/>
        <source>Captions under tiles</source>
        <translation>Bildunterschriften unter den Kacheln</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="218"/>
        <source>Compare the selected photos (C)</source>
        <translation>Ausgewählte Fotos vergleichen (C)</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="225"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="236"/>
        <source>Thumbnail size</source>
        <translation>Vorschaugröße</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="237"/>
        <source>Thumbnail size (Ctrl++ / Ctrl+-)</source>
        <translation>Vorschaugröße (Strg++ / Strg+-)</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="245"/>
        <source>Sort: %1 %2</source>
        <translation>Sortierung: %1 %2</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="247"/>
        <source>Sort order</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="256"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="257"/>
        <source>credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="258"/>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="259"/>
        <source>rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="260"/>
        <source>caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="261"/>
        <source>date taken</source>
        <translation>Aufnahmedatum</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="309"/>
        <source>Ascending</source>
        <translation>Aufsteigend</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="315"/>
        <source>Descending</source>
        <translation>Absteigend</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="325"/>
        <source>Subfolders</source>
        <translation>Unterordner</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="328"/>
        <source>Include the photos of subfolders</source>
        <translation>Fotos der Unterordner einbeziehen</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="329"/>
        <source>Include the photos of every folder inside this one</source>
        <translation>Die Fotos aller Ordner in diesem einbeziehen</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="336"/>
        <source>Advance</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="339"/>
        <source>Move to the next photo after marking one</source>
        <translation>Nach dem Markieren eines Fotos zum nächsten gehen</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="340"/>
        <source>After a rating (0-5, X), label (6-9) or tag (T) key, move to the next photo</source>
        <translation>Nach einer Bewertung (0-5, X), Farbmarkierung (6-9) oder einem Tag (T) zum nächsten Foto gehen</translation>
    </message>
    <message>
        <source>Move to the next photo after rating or labelling one</source>
        <translation type="vanished">Nach dem Bewerten oder Markieren eines Fotos zum nächsten gehen</translation>
    </message>
    <message>
        <source>After a rating (0-5, X) or label (6-9) key, move to the next photo</source>
        <translation type="vanished">Nach einer Bewertungstaste (0-5, X) oder Markierungstaste (6-9) zum nächsten Foto gehen</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="369"/>
        <source>Reading the folder</source>
        <translation>Ordner wird gelesen</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="374"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="375"/>
        <source>Stop reading the folder</source>
        <translation>Lesen des Ordners abbrechen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/MainToolBar.qml" line="383"/>
        <location filename="../app/qml/MainToolBar.qml" line="391"/>
        <source>%1 of %n photo(s)</source>
        <translation>
            <numerusform>%1 von %n Foto</numerusform>
            <numerusform>%1 von %n Fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/MainToolBar.qml" line="384"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="385"/>
        <location filename="../app/qml/MainToolBar.qml" line="392"/>
        <source>, %1 unreadable</source>
        <translation>, %1 unlesbar</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="386"/>
        <location filename="../app/qml/MainToolBar.qml" line="393"/>
        <source> · %1 selected</source>
        <translation> · %1 ausgewählt</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="399"/>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="401"/>
        <source>Export the selected photos</source>
        <translation>Die ausgewählten Fotos exportieren</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="405"/>
        <source>Export the selected photos the grid shows (Ctrl+E)</source>
        <translation>Die ausgewählten Fotos exportieren, die das Raster zeigt (Strg+E)</translation>
    </message>
    <message>
        <location filename="../app/qml/MainToolBar.qml" line="406"/>
        <source>Select the photos to export first (Ctrl+E)</source>
        <translation>Zuerst die zu exportierenden Fotos auswählen (Strg+E)</translation>
    </message>
</context>
<context>
    <name>PhotoDetails</name>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="99"/>
        <source>corrected from &apos;%1&apos; by the desk&apos;s alias</source>
        <translation>per Alias der Redaktion aus „%1“ korrigiert</translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="154"/>
        <location filename="../gallery/models/photodetails.cpp" line="160"/>
        <location filename="../gallery/models/photodetails.cpp" line="166"/>
        <source>set here, not written yet</source>
        <translation>hier vergeben, noch nicht geschrieben</translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="224"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="254"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="268"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="270"/>
        <source>Unrated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="279"/>
        <source>No label</source>
        <translation>Keine Farbmarkierung</translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="285"/>
        <source>✓ Tagged</source>
        <translation>✓ Getaggt</translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="287"/>
        <source>Untagged</source>
        <translation>Tag entfernt</translation>
    </message>
    <message>
        <source>  (not written yet)</source>
        <translation type="vanished">  (noch nicht geschrieben)</translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="300"/>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="302"/>
        <source>rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="304"/>
        <source>label</source>
        <translation>Farbmarkierung</translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="307"/>
        <source>%1  (not written yet: %2)</source>
        <translation>%1  (noch nicht geschrieben: %2)</translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="314"/>
        <source>sub-location</source>
        <translation>Ortsteil</translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="316"/>
        <source>city</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="318"/>
        <source>state</source>
        <translation>Bundesland/Region</translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="320"/>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="322"/>
        <source>country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="332"/>
        <source>Exif</source>
        <translation>Exif</translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="334"/>
        <source>IPTC</source>
        <translation>IPTC</translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="336"/>
        <source>XMP</source>
        <translation>XMP</translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="338"/>
        <source>XMP sidecar</source>
        <translation>XMP-Begleitdatei</translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="340"/>
        <source>caption text</source>
        <translation>Bildunterschrift-Text</translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="342"/>
        <source>PNG text</source>
        <translation>PNG-Text</translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="344"/>
        <source>Exif, read as Windows-1252</source>
        <translation>Exif, als Windows-1252 gelesen</translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="346"/>
        <source>Photoshop Save for Web</source>
        <translation>Photoshop „Für Web speichern“</translation>
    </message>
    <message>
        <location filename="../gallery/models/photodetails.cpp" line="348"/>
        <source>RAW companion</source>
        <translation>RAW-Begleitdatei</translation>
    </message>
</context>
<context>
    <name>PhotoGrid</name>
    <message>
        <location filename="../app/qml/PhotoGrid.qml" line="162"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
</context>
<context>
    <name>PhotoListHeader</name>
    <message>
        <location filename="../app/qml/PhotoListHeader.qml" line="49"/>
        <source>Sort by %1</source>
        <translation>Nach %1 sortieren</translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoListHeader.qml" line="75"/>
        <source>Taken</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoListHeader.qml" line="81"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoListHeader.qml" line="89"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoListHeader.qml" line="95"/>
        <source>Credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoListHeader.qml" line="101"/>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
</context>
<context>
    <name>PhotoListRow</name>
    <message>
        <location filename="../app/qml/PhotoListRow.qml" line="54"/>
        <source>no credit</source>
        <translation>kein Bildnachweis</translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoListRow.qml" line="54"/>
        <source>credit %1</source>
        <translation>Bildnachweis %1</translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoListRow.qml" line="39"/>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoListRow.qml" line="162"/>
        <source>Tagged</source>
        <translation>Getaggt</translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoListRow.qml" line="162"/>
        <source>Untagged, not written yet</source>
        <translation>Tag entfernt, noch nicht geschrieben</translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoListRow.qml" line="167"/>
        <source>✕ Rejected</source>
        <translation>✕ Abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoListRow.qml" line="189"/>
        <location filename="../app/qml/PhotoListRow.qml" line="210"/>
        <source>No credit</source>
        <translation>Kein Bildnachweis</translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoListRow.qml" line="246"/>
        <source>No caption</source>
        <translation>Keine Bildunterschrift</translation>
    </message>
</context>
<context>
    <name>PhotoTile</name>
    <message>
        <location filename="../app/qml/PhotoTile.qml" line="59"/>
        <source>%1, credit %2</source>
        <translation>%1, Bildnachweis %2</translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoTile.qml" line="150"/>
        <source>RAW+JPEG</source>
        <translation>RAW+JPEG</translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoTile.qml" line="180"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoTile.qml" line="203"/>
        <source>Restricted: %1</source>
        <translation>Eingeschränkt: %1</translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoTile.qml" line="211"/>
        <source>✕ Rejected</source>
        <translation>✕ Abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoTile.qml" line="224"/>
        <source>Tagged</source>
        <translation>Getaggt</translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoTile.qml" line="225"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/qml/PhotoTile.qml" line="225"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n Stern</numerusform>
            <numerusform>%n Sterne</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoTile.qml" line="227"/>
        <source>not written to the file yet</source>
        <translation>noch nicht in die Datei geschrieben</translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoTile.qml" line="300"/>
        <source>No credit</source>
        <translation>Kein Bildnachweis</translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoTile.qml" line="326"/>
        <source>No caption</source>
        <translation>Keine Bildunterschrift</translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoTile.qml" line="366"/>
        <source>◇ credit inferred from the caption</source>
        <translation>◇ Bildnachweis aus der Bildunterschrift erschlossen</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <location filename="../app/qml/PhotoView.qml" line="82"/>
        <source>Loading the photo</source>
        <translation>Foto wird geladen</translation>
    </message>
    <message>
        <location filename="../app/qml/PhotoView.qml" line="92"/>
        <source>This photo cannot be shown.</source>
        <translation>Dieses Foto kann nicht angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../gallery/models/creditfacetbuilder.cpp" line="191"/>
        <source>No credit</source>
        <translation>Kein Bildnachweis</translation>
    </message>
</context>
<context>
    <name>RestrictionGate</name>
    <message numerus="yes">
        <location filename="../app/qml/RestrictionGate.qml" line="27"/>
        <source>⚑ %n photo(s) carry restrictions in their special instructions</source>
        <translation>
            <numerusform>⚑ %n Foto hat Einschränkungen in den besonderen Hinweisen</numerusform>
            <numerusform>⚑ %n Fotos haben Einschränkungen in den besonderen Hinweisen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/qml/RestrictionGate.qml" line="49"/>
        <source>Deselect these photos</source>
        <translation>Diese Fotos abwählen</translation>
    </message>
    <message>
        <location filename="../app/qml/RestrictionGate.qml" line="50"/>
        <source>Deselect the restricted photos listed</source>
        <translation>Die aufgeführten eingeschränkten Fotos abwählen</translation>
    </message>
</context>
<context>
    <name>WireRestrictions</name>
    <message>
        <location filename="../gallery/credits/wirerestrictions.cpp" line="127"/>
        <source>Embargo</source>
        <translation>Sperrfrist</translation>
    </message>
    <message>
        <location filename="../gallery/credits/wirerestrictions.cpp" line="128"/>
        <source>Embargo until %1</source>
        <translation>Sperrfrist bis %1</translation>
    </message>
    <message>
        <location filename="../gallery/credits/wirerestrictions.cpp" line="130"/>
        <source>No sales</source>
        <translation>Kein Verkauf</translation>
    </message>
    <message>
        <location filename="../gallery/credits/wirerestrictions.cpp" line="132"/>
        <source>No archive</source>
        <translation>Keine Archivierung</translation>
    </message>
    <message>
        <location filename="../gallery/credits/wirerestrictions.cpp" line="134"/>
        <source>Out: %1</source>
        <translation>Nicht in: %1</translation>
    </message>
    <message>
        <location filename="../gallery/credits/wirerestrictions.cpp" line="138"/>
        <source>Mandatory credit</source>
        <translation>Bildnachweis Pflicht</translation>
    </message>
    <message>
        <location filename="../gallery/credits/wirerestrictions.cpp" line="112"/>
        <location filename="../gallery/credits/wirerestrictions.cpp" line="139"/>
        <source>Mandatory credit: %1</source>
        <translation>Bildnachweis Pflicht: %1</translation>
    </message>
    <message>
        <location filename="../gallery/credits/wirerestrictions.cpp" line="116"/>
        <source>%1 (the photo has no credit)</source>
        <translation>%1 (das Foto hat keinen Bildnachweis)</translation>
    </message>
    <message>
        <location filename="../gallery/credits/wirerestrictions.cpp" line="117"/>
        <source>%1 (credited %2)</source>
        <translation>%1 (Bildnachweis: %2)</translation>
    </message>
    <message>
        <location filename="../gallery/credits/wirerestrictions.cpp" line="141"/>
        <source>Editorial use only</source>
        <translation>Nur redaktionelle Nutzung</translation>
    </message>
</context>
</TS>
