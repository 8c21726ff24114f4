#include "storebackend.h"
#include "testsupport.h"

#include "agreements/agreementfile.h"
#include "store/scenariostore.h"
#include "store/storecopy.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

using namespace akkoord;

namespace {

std::unique_ptr<ScenarioStore> openStore(const QString &path)
{
    auto result = ScenarioStore::open(test::storeAddress(path));
    INFO((result.ok() ? std::string() : result.error().toString().toStdString()));
    REQUIRE(result.ok());
    return result.take();
}

// The example municipality's covenant, as a user would record it.
Agreement covenant()
{
    const QString path = test::sourcePath(
        QStringLiteral("resources/examples/agreements/voorbeeldgemeente.agreements.json"));
    const auto file = AgreementFile::parse(test::readAll(path), path);
    REQUIRE(file.ok());
    return file.value().agreements.first();
}

} // namespace

TEST_CASE("Agreements are saved whole with every revision, and a stale save is refused",
          "[store][agreements]")
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("a.sqlite")));
    const qint64 caseId = store->createCase(QStringLiteral("Voorbeeldgemeente")).value().id;
    Agreement a = covenant();
    const auto created = store->createAgreement(caseId, a);
    REQUIRE(created.ok());
    CHECK(created.value().revision == 1);
    CHECK(created.value().caseId == caseId);
    // Read back field for field: what was recorded is what is stored.
    const auto read = store->agreement(created.value().id);
    REQUIRE(read.ok());
    CHECK(AgreementFile::toJson(read.value().agreement) == AgreementFile::toJson(a));

    a.realisations << Realisation{0, *Period::parse(QStringLiteral("2026Q4")), 4,
                                  QStringLiteral("UWV"), true};
    const auto saved = store->saveAgreement(created.value().id, 1, a);
    REQUIRE(saved.ok());
    CHECK(saved.value().revision == 2);
    CHECK(saved.value().agreement.realisations.size() == a.realisations.size());

    // A second program still at revision 1 may not overwrite revision 2.
    Agreement other = covenant();
    other.notes = QStringLiteral("van een collega");
    const auto stale = store->saveAgreement(created.value().id, 1, other);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().kind == ErrorKind::Conflict);
    CHECK(store->agreement(created.value().id).value().agreement.notes != other.notes);

    const auto history = store->agreementHistory(created.value().id);
    REQUIRE(history.ok());
    REQUIRE(history.value().size() == 2);
    CHECK(history.value()[0].revision == 2);
    CHECK(history.value()[1].agreement.realisations.size() == a.realisations.size() - 1);
}

TEST_CASE("A save that would not pass as a file is refused with the path of the problem",
          "[store][agreements][errors]")
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("a.sqlite")));
    const qint64 caseId = store->createCase(QStringLiteral("Voorbeeldgemeente")).value().id;
    struct Bad
    {
        const char *what;
        std::function<void(Agreement &)> spoil;
        QString path;
    };
    const Bad bad[] = {
        {"unknown kind", [](Agreement &a) { a.kind = QStringLiteral("handshake"); },
         QStringLiteral("kind")},
        {"end before start", [](Agreement &a) { a.end = a.start.addDays(-1); },
         QStringLiteral("end")},
        {"negative target", [](Agreement &a) { a.commitments[0].target = -5; },
         QStringLiteral("commitments[0].target")},
        {"realisation outside the period",
         [](Agreement &a) {
             a.realisations << Realisation{
                 0, *Period::parse(QStringLiteral("2031Q1")), 1, {}, false};
         },
         QStringLiteral("realisations[%1].period").arg(covenant().realisations.size())},
        {"unknown target group",
         [](Agreement &a) { a.commitments[0].targetGroup = QStringLiteral("iedereen"); },
         QStringLiteral("commitments[0].target_group")},
    };
    for (const Bad &b : bad) {
        INFO(b.what);
        Agreement a = covenant();
        b.spoil(a);
        const auto r = store->createAgreement(caseId, a);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().jsonPath == b.path);
    }
    CHECK(store->agreements(caseId).value().isEmpty());
}

TEST_CASE("Agreements go to the trash, come back, and are purged for good",
          "[store][agreements][trash]")
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("a.sqlite")));
    const qint64 caseId = store->createCase(QStringLiteral("Voorbeeldgemeente")).value().id;
    const qint64 id = store->createAgreement(caseId, covenant()).value().id;
    REQUIRE_FALSE(store->trashAgreement(id).isError());
    CHECK(store->agreements(caseId).value().isEmpty());
    CHECK(store->agreements(caseId, true).value().size() == 1);
    // A save onto an agreement in the trash would not be seen: a conflict.
    CHECK(store->saveAgreement(id, 1, covenant()).error().kind == ErrorKind::Conflict);
    REQUIRE_FALSE(store->restoreAgreement(id).isError());
    CHECK(store->agreements(caseId).value().size() == 1);
    REQUIRE_FALSE(store->trashAgreement(id).isError());
    const auto purged = store->purgeTrash(QDateTime::currentDateTimeUtc().addSecs(60));
    REQUIRE(purged.ok());
    CHECK(purged.value().agreements == 1);
    CHECK(store->agreement(id).error().kind == ErrorKind::NotFound);
    // Its id is never handed out again, and a late save onto it is a conflict.
    CHECK(store->saveAgreement(id, 1, covenant()).error().kind == ErrorKind::Conflict);
    CHECK(store->createAgreement(caseId, covenant()).value().id > id);
    CHECK(store->trashAgreement(9999).kind == ErrorKind::NotFound);
    // A municipality in the trash takes no saves onto its agreements either.
    const AgreementRecord other = store->createAgreement(caseId, covenant()).value();
    REQUIRE_FALSE(store->trashCase(caseId).isError());
    CHECK(store->saveAgreement(other.id, other.revision, covenant()).error().kind ==
          ErrorKind::Conflict);
    CHECK(store->createAgreement(caseId, covenant()).error().kind == ErrorKind::NotFound);
}

TEST_CASE("Databases of every earlier schema take agreements after their upgrade",
          "[sqlite][store][agreements][migration]")
{
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
            // The copy kept before the upgrade, of exactly the old file.
            CHECK(QFile::exists(path + QStringLiteral(".schema%1.bak").arg(schema)) ==
                  (schema < ScenarioStore::SchemaVersion));
            const auto before = store->agreements(0);
            REQUIRE(before.ok());
            // The schema 4 fixture carries the example's four agreements; older ones none.
            CHECK(before.value().size() == (schema >= 4 ? 4 : 0));
            const qint64 caseId = store->cases().value().first().id;
            const auto created = store->createAgreement(caseId, covenant());
            REQUIRE(created.ok());
            CHECK(store->agreements(caseId).value().size() >= 1);
            QStringList problems;
            REQUIRE_FALSE(store->checkIntegrity(&problems).isError());
            CHECK(problems.isEmpty());
        }
    }
}

TEST_CASE("Agreement saves that returned survive the program being killed at any moment",
          "[sqlite][store][agreements][crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    openStore(path).reset();
    quint32 seed = 20261129;
    auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    QMap<qint64, int> acknowledged; // agreement id -> highest revision whose save returned
    for (int round = 0; round < 12; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(AKKOORD_STOREWRITER),
                     {path, QStringLiteral("400"), QStringLiteral("r%1").arg(round),
                      QStringLiteral("agreements")});
        REQUIRE(writer.waitForStarted());
        QThread::msleep(30 + next() % 150);
        writer.kill();
        REQUIRE(writer.waitForFinished(10000));
        for (const QByteArray &line : writer.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 3 && parts[0] == "saved") {
                acknowledged[parts[1].toLongLong()] =
                    std::max(acknowledged.value(parts[1].toLongLong()), parts[2].toInt());
            }
        }
    }
    REQUIRE(acknowledged.size() >= 6);
    auto store = openStore(path);
    QStringList problems;
    REQUIRE_FALSE(store->checkIntegrity(&problems).isError());
    CHECK(problems.isEmpty());
    for (auto it = acknowledged.begin(); it != acknowledged.end(); ++it) {
        const auto a = store->agreement(it.key());
        REQUIRE(a.ok());
        CHECK(a.value().revision >= it.value());
        // Every revision up to the current one is whole: realisations one fewer than its number.
        const auto history = store->agreementHistory(it.key());
        REQUIRE(history.ok());
        CHECK(history.value().size() == a.value().revision);
        CHECK(a.value().agreement.realisations.size() == a.value().revision - 1);
    }
}

TEST_CASE("A damaged agreement in the database is reported as damage, not read as something else",
          "[sqlite][store][agreements][errors]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    qint64 caseId = 0;
    qint64 id = 0;
    {
        auto store = openStore(path);
        caseId = store->createCase(QStringLiteral("Voorbeeldgemeente")).value().id;
        id = store->createAgreement(caseId, covenant()).value().id;
    }
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("spoil"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("UPDATE agreements SET body = '{\"title\": 7}'")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("spoil"));
    auto store = openStore(path);
    CHECK(store->agreement(id).error().kind == ErrorKind::CorruptDatabase);
    CHECK(store->agreements(caseId).error().kind == ErrorKind::CorruptDatabase);
}

TEST_CASE("A copy repeated adds only what is new: nothing doubles, the trash included",
          "[store][agreements][copy]")
{
    QTemporaryDir dir;
    // The source is a laptop's SQLite file; the target the store under test (SQLite, or the
    // regional server when the tests run against PostgreSQL).
    auto laptop = ScenarioStore::open(dir.filePath(QStringLiteral("laptop.sqlite"))).take();
    REQUIRE(laptop);
    const qint64 soest = laptop
                             ->createCase(QStringLiteral("Soest"), QStringLiteral("GM0342"),
                                          QStringLiteral("Amersfoort"))
                             .value()
                             .id;
    ScenarioContent plan;
    plan.title = QStringLiteral("Plan");
    const ScenarioRecord kept = laptop->createScenario(soest, plan).value();
    plan.title = QStringLiteral("Weg");
    const qint64 gone = laptop->createScenario(soest, plan).value().id;
    REQUIRE_FALSE(laptop->trashScenario(gone).isError());
    const AgreementRecord agreed = laptop->createAgreement(soest, covenant()).value();
    auto region = openStore(dir.filePath(QStringLiteral("region.sqlite")));

    const auto first = copyStore(*laptop, *region);
    REQUIRE(first.ok());
    CHECK(first.value().scenarios == 2);
    CHECK(first.value().agreements == 1);
    CHECK(first.value().skipped == 0);
    const qint64 there = region->findCase(QStringLiteral("Soest"), QString(), true).value().id;
    // The copies keep the source's uuids: that is how a second copy knows them.
    QSet<QString> uuids;
    for (const ScenarioRecord &s : region->scenarios(there, true).value()) {
        uuids << s.uuid;
    }
    CHECK(uuids.contains(kept.uuid));
    CHECK(region->agreements(there, true).value().first().uuid == agreed.uuid);

    // Again, unchanged: nothing is added.
    const auto second = copyStore(*laptop, *region);
    REQUIRE(second.ok());
    CHECK(second.value().scenarios == 0);
    CHECK(second.value().agreements == 0);
    CHECK(second.value().revisions == 0);
    CHECK(second.value().skipped == 3);
    CHECK(region->scenarios(there, true).value().size() == 2);
    CHECK(region->scenarios(there).value().size() == 1); // the trashed one still in the trash
    CHECK(region->agreements(there, true).value().size() == 1);

    // A scenario made on the laptop since: only that one arrives.
    plan.title = QStringLiteral("Nieuw na de eerste kopie");
    laptop->createScenario(soest, plan).value();
    const auto third = copyStore(*laptop, *region);
    REQUIRE(third.ok());
    CHECK(third.value().scenarios == 1);
    CHECK(third.value().skipped == 3);
    QStringList titles;
    for (const ScenarioRecord &s : region->scenarios(there, true).value()) {
        titles << s.content.title;
    }
    titles.sort();
    CHECK(titles == QStringList{QStringLiteral("Nieuw na de eerste kopie"), QStringLiteral("Plan"),
                                QStringLiteral("Weg")});

    // Renamed at the target and without the CBS code that would match it, the municipality is
    // not recognised: the copy is refused whole (its scenarios exist there under the other name)
    // and the target is as it was.
    REQUIRE(region
                ->updateCase(there, QStringLiteral("Gemeente Soest"), QString(),
                             QStringLiteral("Amersfoort"))
                .ok());
    const auto renamed = copyStore(*laptop, *region);
    REQUIRE_FALSE(renamed.ok());
    // Said in words, with what to do: not the store's unique-constraint message.
    CHECK(renamed.error().kind == ErrorKind::Conflict);
    CHECK(renamed.error().message.contains(QStringLiteral("“Gemeente Soest”")));
    CHECK(renamed.error().message.contains(QStringLiteral("“Soest”")));
    CHECK_FALSE(renamed.error().message.contains(QStringLiteral("UNIQUE")));
    CHECK(region->cases(QString(), true).value().size() == 1);
    CHECK(region->scenarios(there, true).value().size() == 3);
}
