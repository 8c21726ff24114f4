#include "storebackend.h"
#include "testsupport.h"

#include "store/scenariostore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <sys/mount.h>
#include <unistd.h>

using namespace akkoord;
using akkoord::test::knowledge;

namespace {

std::unique_ptr<ScenarioStore> openStore(const QString &path, StoreOptions options = {})
{
    auto result = ScenarioStore::open(test::storeAddress(path), options);
    const std::string why = result.ok() ? std::string() : result.error().toString().toStdString();
    INFO(why);
    REQUIRE(result.ok());
    return result.take();
}

ScenarioContent content(const char *title, const char *caseId = "soest")
{
    ScenarioContent c;
    c.title = QString::fromUtf8(title);
    c.answers = knowledge()->referenceCase(QString::fromUtf8(caseId))->answers;
    c.notes = QStringLiteral("Notitie bij %1").arg(c.title);
    c.knowledgeVersion = knowledge()->version();
    return c;
}

// A fixed clock that moves one minute per call, so times are known and distinct.
StoreOptions clocked()
{
    StoreOptions o;
    auto t = std::make_shared<QDateTime>(QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC));
    o.clock = [t] {
        *t = t->addSecs(60);
        return *t;
    };
    return o;
}

Error openError(const QString &path, StoreOptions options = {})
{
    auto result = ScenarioStore::open(path, options);
    REQUIRE_FALSE(result.ok());
    return result.error();
}

} // namespace

TEST_CASE("A new database is created in place, readable by its owner only", "[sqlite][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/akkoord.sqlite"));
    {
        auto store = openStore(path);
        CHECK(store->schemaVersion() == ScenarioStore::SchemaVersion);
    }
    CHECK(QFile::exists(path));
    CHECK(QFile::permissions(path) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ReadUser | QFileDevice::WriteUser));
    // The embedded default lives in the user's data folder.
    CHECK(ScenarioStore::defaultPath().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));
    CHECK(ScenarioStore::defaultPath().endsWith(QStringLiteral("/akkoord/akkoord.sqlite")));
}

TEST_CASE("Every field survives saving and loading, Unicode included", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    qint64 caseId = 0;
    qint64 scenarioId = 0;
    ScenarioContent c = content("Plan 2027 — “na het convenant”", "tilburg");
    c.notes = QStringLiteral("Regel één\nRegel twee: ë ï ü € <b>geen opmaak</b> & 'quotes'");
    c.answers.setMultiple(QStringLiteral("existing"), {});
    {
        auto store = openStore(path, clocked());
        const auto owner = store->createCase(QStringLiteral("Súdwest-Fryslân"),
                                             QStringLiteral("GM1900"), QStringLiteral("Friesland"));
        REQUIRE(owner.ok());
        caseId = owner.value().id;
        const auto s = store->createScenario(caseId, c);
        REQUIRE(s.ok());
        scenarioId = s.value().id;
        CHECK(s.value().revision == 1);
        CHECK(s.value().created == QDateTime(QDate(2026, 11, 27), QTime(9, 2), Qt::UTC));
    }
    auto store = openStore(path);
    const auto owner = store->caseById(caseId);
    REQUIRE(owner.ok());
    CHECK(owner.value().name == QStringLiteral("Súdwest-Fryslân"));
    CHECK(owner.value().cbsCode == QStringLiteral("GM1900"));
    CHECK(owner.value().region == QStringLiteral("Friesland"));
    CHECK(owner.value().scenarioCount == 1);
    const auto s = store->scenario(scenarioId);
    REQUIRE(s.ok());
    CHECK(s.value().content == c);
    CHECK(s.value().content.answers.isKnown(QStringLiteral("existing")));
    CHECK(s.value().caseId == caseId);
    CHECK_FALSE(s.value().uuid.isEmpty());
    CHECK(s.value().modified.isValid());

    const auto other = store->createCase(QStringLiteral("'s-Hertogenbosch"));
    REQUIRE(other.ok());
    const auto found = store->findCase(QStringLiteral("'S-HERTOGENBOSCH"));
    REQUIRE(found.ok());
    CHECK(found.value().id == other.value().id);
    CHECK(store->findCase(QStringLiteral("x"), QStringLiteral("GM1900")).value().id == caseId);
}

TEST_CASE("Every save keeps the previous revision, and an old one can be restored", "[store]")
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("h.sqlite")), clocked());
    const qint64 caseId = store->createCase(QStringLiteral("Soest")).value().id;
    const ScenarioRecord first = store->createScenario(caseId, content("Startsituatie")).value();
    ScenarioContent changed = first.content;
    changed.answers.set(QStringLiteral("economy"), QStringLiteral("dip"));
    changed.title = QStringLiteral("Als de economie dipt");
    const auto second = store->saveScenario(first.id, 1, changed);
    REQUIRE(second.ok());
    CHECK(second.value().revision == 2);
    CHECK(second.value().content == changed);

    const auto history = store->history(first.id);
    REQUIRE(history.ok());
    REQUIRE(history.value().size() == 2);
    CHECK(history.value()[0].revision == 2);
    CHECK(history.value()[0].content == changed);
    CHECK(history.value()[1].revision == 1);
    CHECK(history.value()[1].content == first.content);
    CHECK(history.value()[1].saved < history.value()[0].saved);

    const auto restored = store->restoreRevision(first.id, 1, 2);
    REQUIRE(restored.ok());
    CHECK(restored.value().revision == 3);
    CHECK(restored.value().content == first.content);
    CHECK(store->history(first.id).value().size() == 3);

    CHECK(store->restoreRevision(first.id, 9, 3).error().kind == ErrorKind::NotFound);
    CHECK(store->saveScenario(999, 1, changed).error().kind == ErrorKind::NotFound);
    CHECK(store->history(999).error().kind == ErrorKind::NotFound);
}

TEST_CASE("A save based on a stale revision is refused, from another connection too",
          "[store][conflict]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.sqlite"));
    auto gui = openStore(path);
    auto cli = openStore(path);
    const qint64 caseId = gui->createCase(QStringLiteral("Nijmegen")).value().id;
    const ScenarioRecord original =
        gui->createScenario(caseId, content("Voorlopers", "nijmegen")).value();

    // Both start editing revision 1; the other program saves first.
    ScenarioContent theirs = original.content;
    theirs.notes = QStringLiteral("Opgeslagen door de opdrachtregel");
    REQUIRE(cli->saveScenario(original.id, 1, theirs).ok());

    ScenarioContent mine = original.content;
    mine.notes = QStringLiteral("Opgeslagen in het venster");
    const auto conflict = gui->saveScenario(original.id, 1, mine);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().kind == ErrorKind::Conflict);
    CHECK(conflict.error().message.contains(QStringLiteral("Voorlopers")));

    // Nothing lost: their save stands, and mine can still go in on top of it.
    CHECK(gui->scenario(original.id).value().content.notes == theirs.notes);
    const auto retried = gui->saveScenario(original.id, 2, mine);
    REQUIRE(retried.ok());
    CHECK(retried.value().revision == 3);
    CHECK(cli->history(original.id).value().size() == 3);
}

TEST_CASE("One baseline per municipality", "[store]")
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("b.sqlite")));
    const qint64 caseId = store->createCase(QStringLiteral("Helmond")).value().id;
    const qint64 a = store->createScenario(caseId, content("A")).value().id;
    const qint64 b = store->createScenario(caseId, content("B")).value().id;
    CHECK(store->baselineOf(caseId).value() == 0);
    REQUIRE(store->setBaseline(a, true).ok());
    CHECK(store->scenario(a).value().baseline);
    CHECK(store->baselineOf(caseId).value() == a);
    REQUIRE(store->setBaseline(b, true).ok());
    CHECK_FALSE(store->scenario(a).value().baseline);
    CHECK(store->scenario(b).value().baseline);
    CHECK(store->baselineOf(caseId).value() == b);
    // The baseline is listed first.
    CHECK(store->scenarios(caseId).value().first().id == b);
    // A baseline in the trash is no baseline to compare with.
    REQUIRE_FALSE(store->trashScenario(b).isError());
    CHECK(store->baselineOf(caseId).value() == 0);
    // The trash takes the mark away: a restored scenario is marked again by choice.
    REQUIRE_FALSE(store->restoreScenario(b).isError());
    CHECK(store->baselineOf(caseId).value() == 0);
    REQUIRE(store->setBaseline(b, true).ok());
    CHECK(store->baselineOf(caseId).value() == b);
    REQUIRE(store->setBaseline(b, false).ok());
    CHECK_FALSE(store->scenario(b).value().baseline);
    CHECK(store->baselineOf(caseId).value() == 0);
}

TEST_CASE("Deleted scenarios and cases go to a trash they can come back from", "[store]")
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("t.sqlite")));
    const qint64 caseId = store->createCase(QStringLiteral("Rotterdam")).value().id;
    const qint64 a = store->createScenario(caseId, content("Zorg", "rotterdam")).value().id;
    store->setBaseline(a, true);
    REQUIRE_FALSE(store->trashScenario(a).isError());
    CHECK(store->scenarios(caseId).value().isEmpty());
    CHECK(store->trashedScenarios().value().size() == 1);
    CHECK(store->caseById(caseId).value().scenarioCount == 0);
    REQUIRE_FALSE(store->restoreScenario(a).isError());
    CHECK(store->scenarios(caseId).value().size() == 1);
    CHECK(store->history(a).value().size() == 1);

    REQUIRE_FALSE(store->trashCase(caseId).isError());
    CHECK(store->cases().value().isEmpty());
    CHECK(store->cases(QString(), true).value().size() == 1);
    CHECK(store->createScenario(caseId, content("Nog een")).error().kind == ErrorKind::NotFound);
    REQUIRE_FALSE(store->restoreCase(caseId).isError());
    CHECK(store->cases().value().size() == 1);
    CHECK(store->trashScenario(4242).kind == ErrorKind::NotFound);
}

TEST_CASE("Emptying the trash removes what went there before a moment, from the file too",
          "[sqlite][store][trash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("purge.sqlite"));
    auto store = openStore(path, clocked()); // 09:01, 09:02, ... one minute per change
    const qint64 soest = store->createCase(QStringLiteral("Soest")).value().id;
    const qint64 tilburg = store->createCase(QStringLiteral("Tilburg")).value().id;
    ScenarioContent secret = content("Oud plan");
    secret.notes = QStringLiteral("VERTROUWELIJK-7731 gesprek met werkgever");
    const ScenarioRecord old = store->createScenario(soest, secret).value();
    secret.notes += QStringLiteral(", tweede versie");
    REQUIRE(store->saveScenario(old.id, old.revision, secret).ok());
    const qint64 kept = store->createScenario(soest, content("Startsituatie")).value().id;
    const qint64 inTilburg =
        store->createScenario(tilburg, content("Tilburg 2026", "tilburg")).value().id;
    REQUIRE_FALSE(store->trashScenario(old.id).isError());
    const QDateTime between = store->trashedScenarios().value().first().deleted.addSecs(30);
    REQUIRE_FALSE(store->trashCase(tilburg).isError());

    // Only what was in the trash before the moment goes.
    const auto first = store->purgeTrash(between);
    REQUIRE(first.ok());
    CHECK(first.value().scenarios == 1);
    CHECK(first.value().cases == 0);
    CHECK(store->scenario(old.id).error().kind == ErrorKind::NotFound);
    CHECK(store->history(old.id).error().kind == ErrorKind::NotFound);
    CHECK(store->cases(QString(), true).value().size() == 2);

    // Everything else in the trash: the municipality, with its scenario and revisions.
    const auto second = store->purgeTrash(QDateTime::currentDateTimeUtc().addYears(10));
    REQUIRE(second.ok());
    CHECK(second.value().scenarios == 1);
    CHECK(second.value().cases == 1);
    CHECK(store->caseById(tilburg).error().kind == ErrorKind::NotFound);
    CHECK(store->scenario(inTilburg).error().kind == ErrorKind::NotFound);
    CHECK(store->scenario(kept).ok());
    const auto nothing = store->purgeTrash(QDateTime::currentDateTimeUtc().addYears(10));
    CHECK(nothing.value().scenarios == 0);
    CHECK(nothing.value().cases == 0);
    QStringList problems;
    REQUIRE_FALSE(store->checkIntegrity(&problems).isError());
    CHECK(problems.isEmpty());

    // The notes cannot be read from the file or its log any more, even with the store open.
    QByteArray bytes = test::readAll(path);
    if (QFile::exists(path + QStringLiteral("-wal"))) {
        bytes += test::readAll(path + QStringLiteral("-wal"));
    }
    CHECK_FALSE(bytes.contains("VERTROUWELIJK-7731"));
    CHECK_FALSE(bytes.contains("Tilburg 2026"));
    CHECK(bytes.contains("Startsituatie"));
}

TEST_CASE("The case list filters by name, code and region", "[store]")
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("f.sqlite")));
    store->createCase(QStringLiteral("Sittard-Geleen"), QStringLiteral("GM1883"),
                      QStringLiteral("Zuid-Limburg"));
    store->createCase(QStringLiteral("Soest"), QStringLiteral("GM0342"),
                      QStringLiteral("Amersfoort"));
    store->createCase(QStringLiteral("Tilburg"), QString(), QStringLiteral("Midden-Brabant"));
    store->createCase(QStringLiteral("100%_Gemeente"));
    const auto names = [&](const QString &filter) {
        QStringList out;
        for (const CaseRecord &c : store->cases(filter).value()) {
            out << c.name;
        }
        return out;
    };
    CHECK(names(QString()) == QStringList{"100%_Gemeente", "Sittard-Geleen", "Soest", "Tilburg"});
    CHECK(names(QStringLiteral("so")) == QStringList{"Soest"});
    CHECK(names(QStringLiteral("SO")) == QStringList{"Soest"});
    CHECK(names(QStringLiteral("GM18")) == QStringList{"Sittard-Geleen"});
    CHECK(names(QStringLiteral("brabant")) == QStringList{"Tilburg"});
    // Wildcards in the filter are taken literally.
    CHECK(names(QStringLiteral("%_")) == QStringList{"100%_Gemeente"});
    CHECK(names(QStringLiteral("_")) == QStringList{"100%_Gemeente"});
}

TEST_CASE("Files that are not Akkoord databases are refused untouched", "[sqlite][store][errors]")
{
    QTemporaryDir dir;
    const auto unchanged = [](const QString &path, const QByteArray &before) {
        CHECK(test::readAll(path) == before);
    };

    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        const QByteArray bytes = "Dit is een notitie, geen database.\n";
        test::writeFile(path, bytes);
        const Error e = openError(path);
        CHECK(e.kind == ErrorKind::NotADatabase);
        CHECK(e.file == path);
        unchanged(path, bytes);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
            REQUIRE(q.exec(QStringLiteral("INSERT INTO contacts VALUES ('x')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray bytes = test::readAll(path);
        CHECK(openError(path).kind == ErrorKind::NotADatabase);
        unchanged(path, bytes);
    }
    SECTION("a database written by a newer Akkoord")
    {
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        openStore(path).reset();
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(ScenarioStore::SchemaVersion + 1)));
            REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        const QByteArray bytes = test::readAll(path);
        const Error e = openError(path);
        CHECK(e.kind == ErrorKind::NewerDatabase);
        CHECK(e.message.contains(QStringLiteral("newer Akkoord")));
        unchanged(path, bytes);
        CHECK(openError(path,
                        [] {
                            StoreOptions o;
                            o.readOnly = true;
                            return o;
                        }())
                  .kind == ErrorKind::NewerDatabase);
    }
    SECTION("a truncated database")
    {
        const QString path = dir.filePath(QStringLiteral("truncated.sqlite"));
        {
            auto store = openStore(path);
            const qint64 caseId = store->createCase(QStringLiteral("Soest")).value().id;
            for (int i = 0; i < 60; ++i) {
                ScenarioContent c = content("S");
                c.title = QStringLiteral("Scenario %1").arg(i);
                c.notes = QString(2000, QLatin1Char('x'));
                REQUIRE(store->createScenario(caseId, c).ok());
            }
        }
        QByteArray bytes = test::readAll(path);
        REQUIRE(bytes.size() > 64 * 1024);
        bytes.truncate(bytes.size() / 2);
        test::writeFile(path, bytes);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        const Error e = openError(path);
        CHECK(e.kind == ErrorKind::CorruptDatabase);
        CHECK(e.message.contains(QStringLiteral("check")));
        unchanged(path, bytes);
    }
    SECTION("a folder")
    {
        CHECK(openError(dir.path()).kind == ErrorKind::NotADatabase);
    }
    SECTION("a missing file opened read-only")
    {
        StoreOptions o;
        o.readOnly = true;
        CHECK(openError(dir.filePath(QStringLiteral("missing.sqlite")), o).kind ==
              ErrorKind::NotFound);
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("missing.sqlite"))));
    }
}

TEST_CASE("A full disk is reported and the saved work stays whole", "[sqlite][store][errors]")
{
    // A real, tiny file system where the machine allows it (root, as in CI).
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("small"));
    QDir().mkpath(mountPoint);
    if (geteuid() != 0 ||
        mount("tmpfs", mountPoint.toLocal8Bit().constData(), "tmpfs", 0, "size=256k") != 0) {
        WARN(
            "cannot mount a small file system here; the full-disk path is exercised by CI as root");
        return;
    }
    struct Unmount
    {
        QString path;
        ~Unmount() { umount2(path.toLocal8Bit().constData(), MNT_DETACH); }
    } unmount{mountPoint};

    const QString path = mountPoint + QStringLiteral("/akkoord.sqlite");
    QVector<qint64> saved;
    Error failure;
    {
        auto store = openStore(path);
        const qint64 caseId = store->createCase(QStringLiteral("Zoetermeer")).value().id;
        for (int i = 0; i < 500 && !failure.isError(); ++i) {
            ScenarioContent c = content("S", "zoetermeer");
            c.title = QStringLiteral("Scenario %1").arg(i);
            c.notes = QString(3000, QChar(0x20AC)); // incompressible enough to fill the disk
            const auto s = store->createScenario(caseId, c);
            if (s.ok()) {
                saved << s.value().id;
            } else {
                failure = s.error();
            }
        }
    }
    REQUIRE(failure.isError());
    CHECK(failure.kind == ErrorKind::DiskFull);
    CHECK(failure.message.contains(QStringLiteral("disk is full")));
    REQUIRE_FALSE(saved.isEmpty());
    // Make room, reopen: every save that returned is there, whole.
    QFile::remove(path + QStringLiteral("-shm"));
    auto store = openStore(path);
    QStringList problems;
    REQUIRE_FALSE(store->checkIntegrity(&problems).isError());
    CHECK(problems.isEmpty());
    for (qint64 id : saved) {
        const auto s = store->scenario(id);
        REQUIRE(s.ok());
        CHECK(s.value().content.notes.size() == 3000);
    }
}

TEST_CASE("A backup is a consistent copy, made while the database is in use", "[sqlite][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.sqlite"));
    auto store = openStore(path);
    auto other = openStore(path); // a second program has the file open
    const qint64 caseId = store->createCase(QStringLiteral("Tilburg")).value().id;
    const ScenarioRecord s = store->createScenario(caseId, content("Kaders", "tilburg")).value();
    REQUIRE(other->saveScenario(s.id, 1, content("Kaders 2", "tilburg")).ok());

    const QString copy = dir.filePath(QStringLiteral("backup.sqlite"));
    REQUIRE_FALSE(store->backup(copy).isError());
    CHECK(QFile::permissions(copy).testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(QFile::permissions(copy).testFlag(QFileDevice::ReadOther));
    auto restored = openStore(copy);
    CHECK(restored->scenario(s.id).value().content.title == QStringLiteral("Kaders 2"));
    CHECK(restored->history(s.id).value().size() == 2);
    // An existing file is never overwritten by a backup.
    const QByteArray before = test::readAll(copy);
    CHECK(store->backup(copy).kind == ErrorKind::Duplicate);
    CHECK(test::readAll(copy) == before);
}

TEST_CASE("The integrity check passes on a healthy database and finds damage", "[sqlite][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("i.sqlite"));
    {
        auto store = openStore(path);
        const qint64 caseId = store->createCase(QStringLiteral("Soest")).value().id;
        for (int i = 0; i < 40; ++i) {
            ScenarioContent c = content("S");
            c.title = QStringLiteral("Scenario %1").arg(i);
            c.notes = QString(1500, QLatin1Char('y'));
            REQUIRE(store->createScenario(caseId, c).ok());
        }
        QStringList problems;
        REQUIRE_FALSE(store->checkIntegrity(&problems).isError());
        CHECK(problems.isEmpty());
    }
    // Overwrite the middle of the file with garbage: the check or the opening must say so.
    QByteArray bytes = test::readAll(path);
    REQUIRE(bytes.size() > 40000);
    for (int i = 0; i < 4096; ++i) {
        bytes[int(bytes.size() / 2 + i)] = char(0xA5 ^ i);
    }
    test::writeFile(path, bytes);
    auto opened = ScenarioStore::open(path);
    if (!opened.ok()) {
        CHECK(opened.error().kind == ErrorKind::CorruptDatabase);
    } else {
        QStringList problems;
        const Error e = opened.value()->checkIntegrity(&problems);
        CHECK((e.kind == ErrorKind::CorruptDatabase || !problems.isEmpty()));
    }
}

TEST_CASE("Municipalities are listed counted or without reading their scenarios, and a "
          "bounded probe says whether a store is large",
          "[store][scale]")
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("count.sqlite")));
    const qint64 three = store->createCase(QStringLiteral("Drie")).value().id;
    const qint64 none = store->createCase(QStringLiteral("Geen")).value().id;
    const qint64 trashed = store->createCase(QStringLiteral("Prullenbak")).value().id;
    for (int i = 0; i < 3; ++i) {
        REQUIRE(store->createScenario(three, content("S")).ok());
    }
    const qint64 gone = store->createScenario(trashed, content("S")).value().id;
    REQUIRE_FALSE(store->trashScenario(gone).isError());
    const auto counts = [&](ScenarioStore::Counting counting) {
        QHash<qint64, int> out;
        for (const CaseRecord &c : store->cases(QString(), false, counting).value()) {
            out.insert(c.id, c.scenarioCount);
        }
        return out;
    };
    using C = ScenarioStore::Counting;
    CHECK(counts(C::Exact) == QHash<qint64, int>{{three, 3}, {none, 0}, {trashed, 0}});
    CHECK(counts(C::None) == QHash<qint64, int>{{three, -1}, {none, -1}, {trashed, -1}});
    // Three live scenarios: more than two, not more than three (the trashed one does not count).
    CHECK(store->hasMoreScenariosThan(2).value());
    CHECK_FALSE(store->hasMoreScenariosThan(3).value());
    CHECK_FALSE(store->hasMoreScenariosThan(300).value());
    // Counting stops at the limit, for one municipality or for all.
    CHECK(store->countScenarios(300).value() == 3);
    CHECK(store->countScenarios(2).value() == 2);
    CHECK(store->countScenarios(300, three).value() == 3);
    CHECK(store->countScenarios(1, three).value() == 1);
    CHECK(store->countScenarios(300, none).value() == 0);
    CHECK(store->countScenarios(300, trashed).value() == 0);
}

TEST_CASE("The quick check reads a bounded part of the file and still finds damage in the "
          "newest saves",
          "[sqlite][store][scale]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("q.sqlite"));
    {
        auto store = openStore(path);
        const qint64 caseId = store->createCase(QStringLiteral("Soest")).value().id;
        ScenarioContent c = content("S");
        c.notes = QString(1500, QLatin1Char('y'));
        for (int i = 0; i < 600; ++i) {
            c.title = QStringLiteral("Scenario %1").arg(i);
            if (i == 599) {
                c.notes = QStringLiteral("de nieuwste opslag ") + QString(1500, QLatin1Char('z'));
            }
            REQUIRE(store->createScenario(caseId, c).ok());
        }
        QStringList problems;
        ScenarioStore::Checked quick;
        REQUIRE_FALSE(
            store->checkIntegrity(&problems, ScenarioStore::Depth::Quick, &quick).isError());
        CHECK(problems.isEmpty());
        ScenarioStore::Checked full;
        REQUIRE_FALSE(
            store->checkIntegrity(&problems, ScenarioStore::Depth::Full, &full).isError());
        CHECK(problems.isEmpty());
        // What the quick check reads does not grow with the scenarios; the full one reads it all.
        CHECK(full.bytes == full.fileBytes);
        CHECK(full.fileBytes > 2 * 1024 * 1024);
        CHECK(quick.bytes > 0);
        CHECK(quick.bytes < full.fileBytes / 4);
    }
    // Garbage over the pages that hold the newest save (its row and its first revision) is found
    // by the quick check.
    QByteArray bytes = test::readAll(path);
    int damaged = 0;
    for (qsizetype at = bytes.indexOf("de nieuwste opslag"); at >= 0;
         at = bytes.indexOf("de nieuwste opslag", at + 1)) {
        const qsizetype page = at / 4096 * 4096;
        for (int i = 100; i < 4096; ++i) { // past the page header, so that only the rows go
            bytes[page + i] = char(0xA5 ^ i);
        }
        ++damaged;
    }
    REQUIRE(damaged == 2);
    test::writeFile(path, bytes);
    auto opened = ScenarioStore::open(path);
    REQUIRE(opened.ok());
    QStringList problems;
    const Error e = opened.value()->checkIntegrity(&problems, ScenarioStore::Depth::Quick);
    CHECK((e.kind == ErrorKind::CorruptDatabase || !problems.isEmpty()));
}

TEST_CASE("Databases of every earlier schema still open with everything in them",
          "[sqlite][store][migration]")
{
    // tests/data/akkoord-schemaN.sqlite were written by the Akkoord of schema N and are never
    // regenerated: each later schema must open every one of them through its migrations.
    for (int schema = 1; schema <= ScenarioStore::SchemaVersion; ++schema) {
        DYNAMIC_SECTION("schema " << schema)
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("old.sqlite"));
            REQUIRE(QFile::copy(
                test::sourcePath(QStringLiteral("tests/data/akkoord-schema%1.sqlite").arg(schema)),
                path));
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            auto store = openStore(path);
            CHECK(store->schemaVersion() == ScenarioStore::SchemaVersion);
            // An upgrade keeps the database as it was, beside it; a current one needs none.
            const QString backup = path + QStringLiteral(".schema%1.bak").arg(schema);
            CHECK(QFile::exists(backup) == (schema < ScenarioStore::SchemaVersion));
            if (QFile::exists(backup)) {
                {
                    QSqlDatabase db =
                        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bak"));
                    db.setDatabaseName(backup);
                    REQUIRE(db.open());
                    QSqlQuery q(db);
                    REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
                    REQUIRE(q.next());
                    CHECK(q.value(0).toInt() == schema);
                    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM scenarios")));
                    REQUIRE(q.next());
                    CHECK(q.value(0).toInt() == 6);
                    db.close();
                }
                QSqlDatabase::removeDatabase(QStringLiteral("bak"));
            }
            QStringList names;
            for (const CaseRecord &c : store->cases().value()) {
                names << c.name;
            }
            CHECK(names ==
                  QStringList{"'s-Hertogenbosch", "Soest", "Súdwest-Fryslân", "Voorbeeldgemeente"});
            const CaseRecord soest = store->findCase(QStringLiteral("Soest")).value();
            const auto scenarios = store->scenarios(soest.id).value();
            REQUIRE(scenarios.size() == 2);
            CHECK(scenarios[0].baseline);
            CHECK(scenarios[0].content.title == QStringLiteral("Startsituatie 2026"));
            CHECK(scenarios[0].content.answers.value(QStringLiteral("employer_orgs")) ==
                  QStringLiteral("strong_motivated"));
            CHECK(scenarios[1].content.title == QStringLiteral("Na het convenant"));
            CHECK(scenarios[1].revision == 2);
            CHECK(store->history(scenarios[1].id).value().size() == 2);
            CHECK(store->trashedScenarios().value().size() == 1);
            // The browsing index of schema 2 gives the titles to search.
            const TitleIndex titles = store->titleIndex().value();
            const auto found = titles.search(QStringLiteral("CONVENANT"));
            REQUIRE(found.size() == 1);
            CHECK(titles.title(found[0]) == QStringLiteral("Na het convenant"));
            CHECK(titles.entry(found[0]).caseId == soest.id);
            QStringList problems;
            REQUIRE_FALSE(store->checkIntegrity(&problems).isError());
            CHECK(problems.isEmpty());
        }
    }
}

TEST_CASE("Scenarios whose save returned survive the program being killed at any moment",
          "[sqlite][store][crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    openStore(path).reset();
    // Fixed seed: the same kill moments every run.
    quint32 seed = 20261127;
    auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    QMap<qint64, QString> saved;
    for (int round = 0; round < 25; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(AKKOORD_STOREWRITER),
                     {path, QStringLiteral("100000"), QStringLiteral("r%1").arg(round)});
        REQUIRE(writer.waitForStarted());
        // Let it run a random while, then kill it without warning.
        QThread::msleep(20 + next() % 120);
        writer.kill();
        REQUIRE(writer.waitForFinished(10000));
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 3 && parts[0] == "saved") {
                saved.insert(parts[1].toLongLong(), QString::fromUtf8(parts[2]));
            }
        }
        auto store = openStore(path);
        QStringList problems;
        REQUIRE_FALSE(store->checkIntegrity(&problems).isError());
        INFO("round " << round);
        REQUIRE(problems.isEmpty());
    }
    REQUIRE(saved.size() > 25);
    auto store = openStore(path);
    for (auto it = saved.begin(); it != saved.end(); ++it) {
        const auto s = store->scenario(it.key());
        REQUIRE(s.ok());
        CHECK(s.value().content.title == it.value());
        CHECK(s.value().content.notes.startsWith(QString(500, QLatin1Char('n'))));
        CHECK(s.value().content.answers.count() > 10);
        CHECK(store->history(it.key()).value().size() == 1);
    }
}

TEST_CASE("Two programs writing one file at the same time lose nothing",
          "[sqlite][store][concurrency]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("two.sqlite"));
    openStore(path).reset();
    QProcess a;
    QProcess b;
    a.start(QStringLiteral(AKKOORD_STOREWRITER), {path, QStringLiteral("60"), QStringLiteral("a")});
    b.start(QStringLiteral(AKKOORD_STOREWRITER), {path, QStringLiteral("60"), QStringLiteral("b")});
    REQUIRE(a.waitForFinished(60000));
    REQUIRE(b.waitForFinished(60000));
    INFO(a.readAllStandardError().toStdString() << b.readAllStandardError().toStdString());
    CHECK(a.exitCode() == 0);
    CHECK(b.exitCode() == 0);
    auto store = openStore(path);
    const auto all = store->allScenarios();
    REQUIRE(all.ok());
    QSet<QString> titles;
    for (const ScenarioRecord &s : all.value()) {
        titles.insert(s.content.title);
    }
    for (int i = 0; i < 60; ++i) {
        CHECK(titles.contains(QStringLiteral("a-%1").arg(i)));
        CHECK(titles.contains(QStringLiteral("b-%1").arg(i)));
    }
    CHECK(all.value().size() == 120);
}

TEST_CASE("Ids are never used twice, not even after a purge, in databases of every schema",
          "[sqlite][store][ids][migration]")
{
    // Each fixture, and the copy an upgrade keeps beside it (itself an old database).
    for (int schema = 1; schema <= ScenarioStore::SchemaVersion; ++schema) {
        for (const bool fromBackupCopy : {false, true}) {
            if (fromBackupCopy && schema == ScenarioStore::SchemaVersion) {
                continue; // a current database is not upgraded, so it leaves no copy
            }
            DYNAMIC_SECTION("schema " << schema
                                      << (fromBackupCopy ? ", the copy kept by the upgrade" : ""))
            {
                QTemporaryDir dir;
                QString path = dir.filePath(QStringLiteral("old.sqlite"));
                REQUIRE(QFile::copy(
                    test::sourcePath(
                        QStringLiteral("tests/data/akkoord-schema%1.sqlite").arg(schema)),
                    path));
                QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
                if (fromBackupCopy) {
                    openStore(path).reset();
                    path += QStringLiteral(".schema%1.bak").arg(schema);
                    REQUIRE(QFile::exists(path));
                }
                auto store = openStore(path);
                CHECK(store->schemaVersion() == ScenarioStore::SchemaVersion);
                CHECK(store->identity().size() == 32);
                qint64 highest = 0;
                qint64 highestCase = 0;
                for (const ScenarioRecord &s : store->allScenarios(true).value()) {
                    highest = qMax(highest, s.id);
                }
                for (const CaseRecord &c : store->cases(QString(), true).value()) {
                    highestCase = qMax(highestCase, c.id);
                }
                // The newest scenario and its municipality go, for good.
                const ScenarioRecord newest = store->scenario(highest).value();
                REQUIRE_FALSE(store->trashScenario(highest).isError());
                REQUIRE_FALSE(store->trashCase(newest.caseId).isError());
                REQUIRE(store->purgeTrash(QDateTime::currentDateTimeUtc().addSecs(1)).ok());
                REQUIRE_FALSE(store->scenario(highest).ok());
                // What comes next gets new ids, never the purged ones.
                const CaseRecord other = store->createCase(QStringLiteral("Nijmegen")).value();
                CHECK(other.id > highestCase);
                const ScenarioRecord added =
                    store->createScenario(other.id, content("Nieuw", "nijmegen")).value();
                CHECK(added.id > highest);
                // And after reopening, too.
                store.reset();
                store = openStore(path);
                CHECK(store->createScenario(other.id, content("Nog een", "nijmegen")).value().id >
                      added.id);
            }
        }
    }
}

TEST_CASE(
    "A save onto a scenario in the trash, or purged from it, is a conflict and never confirmed",
    "[store][conflict][trash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.sqlite"));
    auto mine = openStore(path);
    auto other = openStore(path); // akkoord-cli, or a second window
    const qint64 caseId = mine->createCase(QStringLiteral("Soest")).value().id;
    const ScenarioRecord s = mine->createScenario(caseId, content("Plan")).value();

    REQUIRE_FALSE(other->trashScenario(s.id).isError());
    auto saved = mine->saveScenario(s.id, 1, content("Plan 2"));
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().kind == ErrorKind::Conflict);
    CHECK(saved.error().message.contains(QStringLiteral("trash")));
    CHECK(other->history(s.id).value().size() == 1);

    // The municipality in the trash hides the scenario just as well.
    REQUIRE_FALSE(other->restoreScenario(s.id).isError());
    REQUIRE_FALSE(other->trashCase(caseId).isError());
    CHECK(mine->saveScenario(s.id, 1, content("Plan 2")).error().kind == ErrorKind::Conflict);
    REQUIRE_FALSE(other->restoreCase(caseId).isError());
    REQUIRE(mine->saveScenario(s.id, 1, content("Plan 2")).ok());

    REQUIRE_FALSE(other->trashScenario(s.id).isError());
    REQUIRE(other->purgeTrash(QDateTime::currentDateTimeUtc().addSecs(1)).ok());
    saved = mine->saveScenario(s.id, 2, content("Plan 3"));
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().kind == ErrorKind::Conflict);
    CHECK(saved.error().message.contains(QStringLiteral("removed")));
    CHECK_FALSE(mine->scenario(s.id).ok());
    // An id that was never handed out is simply not there.
    CHECK(mine->saveScenario(s.id + 100, 1, content("Plan")).error().kind == ErrorKind::NotFound);
}

TEST_CASE("Several programs creating or upgrading one database at once all succeed, with one copy",
          "[sqlite][store][concurrency][migration]")
{
    const auto runAll = [](const QString &path, int programs) {
        std::vector<std::unique_ptr<QProcess>> writers;
        for (int i = 0; i < programs; ++i) {
            writers.push_back(std::make_unique<QProcess>());
            writers.back()->start(QStringLiteral(AKKOORD_STOREWRITER),
                                  {path, QStringLiteral("5"), QStringLiteral("p%1").arg(i)});
        }
        for (auto &w : writers) {
            REQUIRE(w->waitForFinished(60000));
            INFO(w->readAllStandardError().toStdString());
            CHECK(w->exitCode() == 0);
        }
    };
    for (int round = 0; round < 3; ++round) {
        DYNAMIC_SECTION("a new database, round " << round)
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("new.sqlite"));
            runAll(path, 4);
            auto store = openStore(path);
            CHECK(store->allScenarios().value().size() == 20);
            CHECK(QFileInfo(path).permissions() ==
                  (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                   QFileDevice::WriteUser));
        }
        DYNAMIC_SECTION("a schema-1 database, round " << round)
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("old.sqlite"));
            REQUIRE(QFile::copy(
                test::sourcePath(QStringLiteral("tests/data/akkoord-schema1.sqlite")), path));
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            runAll(path, 4);
            auto store = openStore(path);
            CHECK(store->schemaVersion() == ScenarioStore::SchemaVersion);
            CHECK(store->allScenarios().value().size() == 5 + 20);
            const QStringList copies = QDir(dir.path()).entryList({QStringLiteral("*.bak")});
            CHECK(copies == QStringList{QStringLiteral("old.sqlite.schema1.bak")});
        }
    }
}
