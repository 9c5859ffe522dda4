// CodeReplacements: a desk's tab-separated code list, and =code= expanded in any value.
#include "editing/codereplacements.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

namespace {

CodeReplacements::Load parsed(const QByteArray &bytes)
{
    CodeReplacements::Load load = CodeReplacements::parse(bytes);
    INFO(load.error.toStdString());
    REQUIRE(load.ok());
    return load;
}

QString expanded(const CodeReplacements &codes, const QString &text, QStringList *notesOut = nullptr)
{
    QStringList notes;
    const QString result = codes.expand(text, notes);
    if (notesOut)
        *notesOut = notes;
    else
        CHECK(notes.isEmpty());
    return result;
}

const QByteArray s_deskList = "# The desk's codes, shared on the news share\n"
                              "nk\tNASA/Tim Kopra\tTim Kopra\tKopra\n"
                              "bi\tNASA/Bill Ingalls\n"
                              "\n"
                              "// Photo Mechanic's comment style\n"
                              "soyuz\tSoyuz MS-01 spacecraft\n"
                              "NK\tNASA Kennedy Space Center\n";

} // namespace

TEST_CASE("template codes: a desk's list, comments and blank lines skipped", "[template][codes]")
{
    const CodeReplacements::Load load = parsed(s_deskList);
    CHECK(load.notes.isEmpty());
    const CodeReplacements &codes = load.codes;
    CHECK(codes.size() == 4);
    CHECK(codes.replacements(QStringLiteral("nk")) == QStringList{"NASA/Tim Kopra", "Tim Kopra", "Kopra"});
    CHECK(expanded(codes, QStringLiteral("=nk=")) == QStringLiteral("NASA/Tim Kopra"));
    CHECK(expanded(codes, QStringLiteral("The =soyuz= docks. Photo: =bi=.")) ==
          QStringLiteral("The Soyuz MS-01 spacecraft docks. Photo: NASA/Bill Ingalls."));
    CHECK(expanded(codes, QStringLiteral("=nk==bi=")) == QStringLiteral("NASA/Tim KopraNASA/Bill Ingalls"));
}

TEST_CASE("template codes: further columns are =code#2=, =code#3=", "[template][codes]")
{
    const CodeReplacements codes = parsed(s_deskList).codes;
    CHECK(expanded(codes, QStringLiteral("=nk#1=")) == QStringLiteral("NASA/Tim Kopra"));
    CHECK(expanded(codes, QStringLiteral("=nk#2= (=nk#3=)")) == QStringLiteral("Tim Kopra (Kopra)"));
    // A column the code lacks stays as written.
    QStringList notes;
    CHECK(expanded(codes, QStringLiteral("=nk#4= =bi#0="), &notes) == QStringLiteral("=nk#4= =bi#0="));
    REQUIRE(notes.size() == 2);
    CHECK(notes[0].contains(QStringLiteral("the code nk has 3 replacement")));
}

TEST_CASE("template codes: codes are case-sensitive, and an unknown one stays with a note", "[template][codes]")
{
    const CodeReplacements codes = parsed(s_deskList).codes;
    CHECK(expanded(codes, QStringLiteral("=NK=")) == QStringLiteral("NASA Kennedy Space Center"));
    QStringList notes;
    CHECK(expanded(codes, QStringLiteral("=Nk= and =zz=."), &notes) == QStringLiteral("=Nk= and =zz=."));
    REQUIRE(notes.size() == 2);
    CHECK(notes[0].startsWith(QStringLiteral("=Nk= is no code in the list")));
    CHECK(notes[0].contains(QStringLiteral("case-sensitive")));
    CHECK(notes[1] == QStringLiteral("=zz= is no code in the list; it is left as written"));
    // An unknown code's closing '=' can open the next one.
    CHECK(expanded(codes, QStringLiteral("=zz=nk="), &notes) == QStringLiteral("=zzNASA/Tim Kopra"));
}

TEST_CASE("template codes: an '=' that starts no code is text", "[template][codes]")
{
    const CodeReplacements codes = parsed(s_deskList).codes;
    for (const char *text : {"E=mc2", "a = b = c", "==", "=", "x == y", "?a=1 2=b", "=nk", "nk="})
        CHECK(expanded(codes, QString::fromUtf8(text)) == QString::fromUtf8(text));
    CHECK(expanded(codes, QStringLiteral("==nk==")) == QStringLiteral("=NASA/Tim Kopra="));
}

TEST_CASE("template codes: a replacement is not expanded again", "[template][codes]")
{
    const CodeReplacements codes = parsed("a\t=b= and =a=\nb\tB\n").codes;
    CHECK(expanded(codes, QStringLiteral("=a=")) == QStringLiteral("=b= and =a="));
}

TEST_CASE("template codes: lines that cannot be read are skipped with their number", "[template][codes]")
{
    const CodeReplacements::Load load = parsed("nk\tNASA/Tim Kopra\n"
                                               "no tab here\n"
                                               "two words\tx\n"
                                               "empty\t\t\n"
                                               "nk\tSomeone else\n"
                                               "ctl\tbell\x07here\n"
                                               "\t\tlost\n"
                                               "ok\tfine\n");
    CHECK(load.codes.size() == 2);
    CHECK(load.codes.replacements(QStringLiteral("nk")) == QStringList{"NASA/Tim Kopra"}); // the first is kept
    REQUIRE(load.notes.size() == 6);
    CHECK(load.notes[0].startsWith(QStringLiteral("line 2: no tab after \"no tab here\"")));
    CHECK(load.notes[1].startsWith(QStringLiteral("line 3: \"two words\" cannot be a code")));
    CHECK(load.notes[2] == QStringLiteral("line 4: the code empty has no replacement; skipped"));
    CHECK(load.notes[3] == QStringLiteral("line 5: the code nk is defined again; line 1's definition is kept"));
    CHECK(load.notes[4].startsWith(QStringLiteral("line 6: ")));
    CHECK(load.notes[5].startsWith(QStringLiteral("line 7: \"\" cannot be a code")));
}

TEST_CASE("template codes: spreadsheet exports: CRLF, CR, quoted cells, trailing tabs, UTF-16 and Windows-1252",
          "[template][codes]")
{
    const CodeReplacements::Load crlf = parsed("nk\t\"NASA/\"\"Tim\"\" Kopra\"\t\t\r\nbi\t NASA/Bill Ingalls \r\n");
    CHECK(crlf.notes.isEmpty());
    CHECK(crlf.codes.replacements(QStringLiteral("nk")) == QStringList{"NASA/\"Tim\" Kopra"});
    CHECK(crlf.codes.replacements(QStringLiteral("bi")) == QStringList{"NASA/Bill Ingalls"});
    CHECK(parsed("a\tA\rb\tB\r").codes.size() == 2); // old Mac line ends

    // Excel's "Unicode text": UTF-16 LE with a byte-order mark.
    QStringEncoder utf16(QStringConverter::Utf16LE);
    const QByteArray unicodeText = "\xFF\xFE" + QByteArray(utf16(QStringLiteral("zu\tZürich\r\n")));
    CHECK(parsed(unicodeText).codes.replacements(QStringLiteral("zu")) == QStringList{"Zürich"});

    // Excel's "Text (tab delimited)" on Windows: Windows-1252, read as such with a note.
    const CodeReplacements::Load latin = parsed("zu\tZ\xFCrich \x96 Limmat\n");
    CHECK(latin.codes.replacements(QStringLiteral("zu")) == QStringList{QStringLiteral("Zürich \u2013 Limmat")});
    REQUIRE(latin.notes.size() == 1);
    CHECK(latin.notes[0].contains(QStringLiteral("not UTF-8")));

    // UTF-8 with a byte-order mark: the mark is no part of the first code.
    CHECK(parsed("\xEF\xBB\xBFnk\tNASA\n").codes.replacements(QStringLiteral("nk")) == QStringList{"NASA"});
}

TEST_CASE("template codes: hostile files are errors, never crashes", "[template][codes]")
{
    CHECK_FALSE(CodeReplacements::parse(QByteArray(CodeReplacements::s_maxBytes + 1, 'a')).ok());
    const CodeReplacements::Load binary = CodeReplacements::parse(QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11));
    CHECK_FALSE(binary.ok());
    CHECK(binary.error.contains(QStringLiteral("not a text file")));
    CHECK(CodeReplacements::parse(QByteArray()).ok()); // empty: no codes
    CHECK(CodeReplacements::parse(QByteArray()).codes.isEmpty());

    // A code of 64 characters is one, 65 is not.
    const QByteArray longest(CodeReplacements::s_maxCodeLength, 'x');
    CHECK(parsed(longest + "\tok\n").codes.size() == 1);
    CHECK(parsed(longest + "x\tok\n").codes.isEmpty());

    // Many lines, one long line, many columns: all bounded by the file size.
    QByteArray many;
    for (int i = 0; i < 20000; ++i)
        many += "c" + QByteArray::number(i) + "\tvalue " + QByteArray::number(i) + "\n";
    const CodeReplacements manyCodes = parsed(many).codes;
    CHECK(manyCodes.size() == 20000);
    CHECK(expanded(manyCodes, QStringLiteral("=c19999=")) == QStringLiteral("value 19999"));
    CHECK(parsed("wide" + QByteArray(100000, '\t') + "x\n").codes.replacements(QStringLiteral("wide")).size() ==
          100000);
}

TEST_CASE("template codes: loading a file names it in errors and notes", "[template][codes]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("codes.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("nk\tNASA/Tim Kopra\nbroken line\n");
    file.close();
    const CodeReplacements::Load load = CodeReplacements::load(path);
    REQUIRE(load.ok());
    CHECK(load.codes.size() == 1);
    REQUIRE(load.notes.size() == 1);
    CHECK(load.notes[0].startsWith(path + QStringLiteral(": line 2: ")));

    const CodeReplacements::Load missing = CodeReplacements::load(dir.filePath(QStringLiteral("none.txt")));
    CHECK_FALSE(missing.ok());
    CHECK(missing.error.startsWith(dir.filePath(QStringLiteral("none.txt"))));
    CHECK_FALSE(CodeReplacements::load(dir.path()).ok());
}
