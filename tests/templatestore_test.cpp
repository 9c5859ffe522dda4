// TemplateStore: a folder of template files, listed, loaded, saved and removed as the window will.
#include "editing/templatestore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

using Mode = FieldEdit::Mode;

MetadataTemplate named(const QString &name, const QString &credit)
{
    MetadataTemplate value;
    value.name = name;
    value.fields = {{EditField::Credit, Mode::Replace, {credit}}};
    return value;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QStringList namesIn(const TemplateStore &store)
{
    QStringList names;
    for (const TemplateStore::Entry &entry : store.list())
        names.append(entry.name);
    return names;
}

} // namespace

TEST_CASE("template store: the default folder is byline/templates in the user's data folder", "[template][store]")
{
    CHECK(TemplateStore::defaultFolder() ==
          QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/byline/templates"));
    CHECK(TemplateStore().folder() == TemplateStore::defaultFolder());
}

TEST_CASE("template store: saved, listed by name, loaded and removed", "[template][store]")
{
    QTemporaryDir dir;
    TemplateStore store(dir.filePath(QStringLiteral("templates"))); // made on the first save
    CHECK(store.list().isEmpty());

    REQUIRE(store.save(named(QStringLiteral("NASA pool"), QStringLiteral("NASA/Bill Ingalls"))).isEmpty());
    REQUIRE(store.save(named(QStringLiteral("agency: AFP"), QStringLiteral("AFP"))).isEmpty());
    REQUIRE(store.save(named(QStringLiteral("Energia"), QStringLiteral("Energia"))).isEmpty());
    CHECK(namesIn(store) == QStringList{"agency: AFP", "Energia", "NASA pool"}); // case-insensitive order
    CHECK(QFile::exists(store.folder() + QStringLiteral("/agency- AFP.json")));

    const TemplateLoad loaded = store.load(QStringLiteral("NASA pool"));
    REQUIRE(loaded.ok());
    CHECK(loaded.value == named(QStringLiteral("NASA pool"), QStringLiteral("NASA/Bill Ingalls")));

    // Saving a template of the same name replaces it, in its file.
    REQUIRE(store.save(named(QStringLiteral("NASA pool"), QStringLiteral("NASA/Joel Kowsky"))).isEmpty());
    CHECK(store.list().size() == 3);
    CHECK(store.load(QStringLiteral("NASA pool")).value.fields.first().texts == QStringList{"NASA/Joel Kowsky"});

    REQUIRE(store.remove(QStringLiteral("Energia")).isEmpty());
    CHECK(namesIn(store) == QStringList{"agency: AFP", "NASA pool"});
    CHECK_FALSE(store.remove(QStringLiteral("Energia")).isEmpty());
    CHECK_FALSE(store.load(QStringLiteral("Energia")).ok());
    // No temporary file is left behind by the saves.
    CHECK(QDir(store.folder()).entryList(QDir::Files | QDir::Hidden).size() == 2);
}

TEST_CASE("template store: two names that make one file name get two files", "[template][store]")
{
    QTemporaryDir dir;
    TemplateStore store(dir.path());
    REQUIRE(store.save(named(QStringLiteral("A/B"), QStringLiteral("one"))).isEmpty());
    REQUIRE(store.save(named(QStringLiteral("A-B"), QStringLiteral("two"))).isEmpty());
    CHECK(QFile::exists(dir.filePath(QStringLiteral("A-B.json"))));
    CHECK(QFile::exists(dir.filePath(QStringLiteral("A-B (2).json"))));
    CHECK(store.load(QStringLiteral("A/B")).value.fields.first().texts == QStringList{"one"});
    CHECK(store.load(QStringLiteral("A-B")).value.fields.first().texts == QStringList{"two"});
}

TEST_CASE("template store: a desk's hand-made files, broken ones listed with why", "[template][store]")
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("pool.json")), R"({"fields": {"credit": "NASA"}})"); // no name
    writeFile(dir.filePath(QStringLiteral("broken.json")), R"({"fields": {"credit": "NASA",}})");
    writeFile(dir.filePath(QStringLiteral("notes.txt")), "not a template");
    QDir(dir.path()).mkdir(QStringLiteral("folder.json"));
    TemplateStore store(dir.path());
    const QList<TemplateStore::Entry> entries = store.list();
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].name == QStringLiteral("broken"));
    CHECK(entries[0].error.contains(QStringLiteral("not valid JSON")));
    CHECK(entries[1].name == QStringLiteral("pool")); // the file's name when it has none inside
    CHECK(entries[1].error.isEmpty());
    const TemplateLoad pool = store.load(QStringLiteral("pool"));
    REQUIRE(pool.ok());
    CHECK(pool.value.name == QStringLiteral("pool"));
    CHECK_FALSE(store.load(QStringLiteral("broken")).ok());
}

TEST_CASE("template store: what cannot be saved is refused, and the old file stays", "[template][store]")
{
    QTemporaryDir dir;
    TemplateStore store(dir.path());
    CHECK(store.save(named(QString(), QStringLiteral("x"))) == QStringLiteral("a template needs a name"));
    CHECK(store.save(named(QStringLiteral("  "), QStringLiteral("x"))) == QStringLiteral("a template needs a name"));
    REQUIRE(store.save(named(QStringLiteral("pool"), QStringLiteral("NASA"))).isEmpty());
    MetadataTemplate twice = named(QStringLiteral("pool"), QStringLiteral("a"));
    twice.fields.append({EditField::Credit, Mode::Replace, {"b"}});
    CHECK_FALSE(store.save(twice).isEmpty());
    CHECK(store.load(QStringLiteral("pool")).value == named(QStringLiteral("pool"), QStringLiteral("NASA")));

    // A folder that cannot be made.
    writeFile(dir.filePath(QStringLiteral("file")), "x");
    TemplateStore blocked(dir.filePath(QStringLiteral("file/templates")));
    CHECK(
        blocked.save(named(QStringLiteral("pool"), QStringLiteral("NASA"))).startsWith(QStringLiteral("cannot make")));
}

TEST_CASE("template store: file names any file system takes", "[template][store]")
{
    CHECK(TemplateStore::fileNameFor(QStringLiteral("NASA pool")) == QStringLiteral("NASA pool.json"));
    CHECK(TemplateStore::fileNameFor(QStringLiteral("a/b\\c:d*e?f\"g<h>i|j")) ==
          QStringLiteral("a-b-c-d-e-f-g-h-i-j.json"));
    CHECK(TemplateStore::fileNameFor(QStringLiteral("..hidden")) == QStringLiteral("hidden.json"));
    CHECK(TemplateStore::fileNameFor(QStringLiteral("...")) == QStringLiteral("template.json"));
    CHECK(TemplateStore::fileNameFor(QStringLiteral("Zürich 📷")) == QStringLiteral("Zürich 📷.json"));
    CHECK(TemplateStore::fileNameFor(QString(300, u'x')).size() == 80 + 5);
}
