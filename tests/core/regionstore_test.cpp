// The regional database as its users meet it: two municipalities' people on one PostgreSQL
// database, each changing only their own, proved by the database itself refusing hand-written
// SQL. Runs inside a throwaway cluster only (tests/postgres/run); hidden from the plain run.
#include "storebackend.h"
#include "testsupport.h"

#include "agreements/agreementfile.h"
#include "store/regionserver.h"
#include "store/storecopy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

using namespace akkoord;
using namespace akkoord::test;

namespace {

std::unique_ptr<ScenarioStore> open(const QString &address)
{
    auto result = ScenarioStore::open(address);
    INFO((result.ok() ? std::string() : result.error().toString().toStdString()));
    REQUIRE(result.ok());
    return result.take();
}

ScenarioContent content(const char *title)
{
    ScenarioContent c;
    c.title = QString::fromUtf8(title);
    c.answers = knowledge()->referenceCase(QStringLiteral("soest"))->answers;
    c.notes = QStringLiteral("Notitie");
    c.knowledgeVersion = knowledge()->version();
    return c;
}

Agreement covenant()
{
    const QString path = sourcePath(
        QStringLiteral("resources/examples/agreements/voorbeeldgemeente.agreements.json"));
    const auto file = AgreementFile::parse(readAll(path), path);
    REQUIRE(file.ok());
    return file.value().agreements.first();
}

// A region of two municipalities, Ede (alice) and Wageningen (bob), each with a scenario, a
// revision and an agreement, made by the owner.
struct Region
{
    QString database;
    QString owner; // the address as the cluster's superuser
    QString alice;
    QString bob;
    qint64 ede = 0;
    qint64 wageningen = 0;
    qint64 edeScenario = 0;
    qint64 wageningenScenario = 0;
    qint64 wageningenAgreement = 0;

    explicit Region(const QString &name) : database(name)
    {
        owner = freshRegion(name);
        ede = RegionServer::addMunicipality(owner, QStringLiteral("Ede"), QStringLiteral("GM0228"))
                  .value()
                  .id;
        wageningen = RegionServer::addMunicipality(owner, QStringLiteral("Wageningen"),
                                                   QStringLiteral("GM0289"))
                         .value()
                         .id;
        alice = loginRole(QStringLiteral("alice"), name);
        bob = loginRole(QStringLiteral("bob"), name);
        REQUIRE_FALSE(RegionServer::grant(owner, QStringLiteral("alice"), QStringLiteral("GM0228"))
                          .isError());
        REQUIRE_FALSE(
            RegionServer::grant(owner, QStringLiteral("bob"), QStringLiteral("Wageningen"))
                .isError());
        auto a = open(alice);
        edeScenario = a->createScenario(ede, content("Ede: werkgeversnetwerk")).value().id;
        REQUIRE(a->createAgreement(ede, covenant()).ok());
        auto b = open(bob);
        wageningenScenario =
            b->createScenario(wageningen, content("Wageningen: convenant")).value().id;
        wageningenAgreement = b->createAgreement(wageningen, covenant()).value().id;
    }
};

// What the cluster's superuser reads: one value, as text.
QString query(const QString &database, const QString &sql)
{
    QString out;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("psql"),
            {QStringLiteral("-X"), QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-d"),
             database, QStringLiteral("-c"), sql});
    REQUIRE(p.waitForFinished(60000));
    out = QString::fromUtf8(p.readAll()).trimmed();
    INFO(out.toStdString());
    REQUIRE(p.exitCode() == 0);
    return out;
}

int scalar(const QString &database, const QString &sql)
{
    return query(database, sql).toInt();
}

} // namespace

TEST_CASE("The database itself refuses SQL typed in psql by one municipality's user that would "
          "change, delete, move or truncate the rows of another, table by table",
          "[.postgresql][policies]")
{
    Region region(QStringLiteral("policies"));
    const QString db = region.database;
    const QString w = QString::number(region.wageningen);
    const QString e = QString::number(region.ede);
    struct Table
    {
        const char *name;
        const char *column; // the municipality's column
        const char *change; // a harmless change to a text or number column
    };
    const Table tables[] = {
        {"cases", "id", "name = name || ' (x)'"},
        {"scenarios", "case_id", "title = 'overgenomen'"},
        {"scenario_revisions", "case_id", "title = 'overgenomen'"},
        {"agreements", "case_id", "title = 'overgenomen'"},
        {"agreement_revisions", "case_id", "saved_at = now()"},
    };
    for (const Table &t : tables) {
        const QString table = QStringLiteral("akkoord.%1").arg(QLatin1String(t.name));
        const QString column = QLatin1String(t.column);
        DYNAMIC_SECTION(t.name)
        {
            // What bob's rows hold now, to compare after each attempt.
            const QString contentOfBob =
                QStringLiteral("SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM %1 t "
                               "WHERE %2 = %3")
                    .arg(table, column, w);
            const QString rowsOfBob =
                QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = %3").arg(table, column, w);
            const int before = scalar(db, rowsOfBob);
            const QString held = query(db, contentOfBob);
            REQUIRE(before > 0);
            QString out;
            // alice reads bob's rows (the region shares its work) ...
            REQUIRE(psql(db, rowsOfBob, QStringLiteral("alice"), &out) == 0);
            // ... but an UPDATE or DELETE of them finds nothing to change,
            REQUIRE(psql(db,
                         QStringLiteral("UPDATE %1 SET %2 WHERE %3 = %4")
                             .arg(table, QLatin1String(t.change), column, w),
                         QStringLiteral("alice"), &out) == 0);
            CHECK((out.contains(QStringLiteral("UPDATE 0")) || out.isEmpty()));
            REQUIRE(psql(db, QStringLiteral("DELETE FROM %1 WHERE %2 = %3").arg(table, column, w),
                         QStringLiteral("alice"), &out) == 0);
            CHECK(scalar(db, rowsOfBob) == before);
            CHECK(query(db, contentOfBob) == held);
            // TRUNCATE would pass by the policies: it is not granted at all.
            CHECK(psql(db, QStringLiteral("TRUNCATE %1 CASCADE").arg(table),
                       QStringLiteral("alice"), &out) != 0);
            CHECK(out.contains(QStringLiteral("permission denied")));
            // Switching the rules off is the owner's alone.
            CHECK(psql(db, QStringLiteral("ALTER TABLE %1 DISABLE ROW LEVEL SECURITY").arg(table),
                       QStringLiteral("alice"), &out) != 0);
            CHECK(query(db, contentOfBob) == held);
            if (QLatin1String(t.name) != QLatin1String("cases")) {
                // Moving one of her own rows to bob's municipality is refused by WITH CHECK.
                CHECK(psql(db,
                           QStringLiteral("UPDATE %1 SET %2 = %3 WHERE %2 = %4")
                               .arg(table, column, w, e),
                           QStringLiteral("alice"), &out) != 0);
                CHECK(out.contains(QStringLiteral("row-level security")));
            }
        }
    }
    SECTION("inserting into another municipality, or adding a municipality, is refused")
    {
        QString out;
        CHECK(psql(db,
                   QStringLiteral("INSERT INTO akkoord.scenarios (uuid, case_id, title, answers, "
                                  "revision, created_at, modified_at) VALUES ('x', %1, 'x', '{}', "
                                  "1, now(), now())")
                       .arg(w),
                   QStringLiteral("alice"), &out) != 0);
        CHECK(out.contains(QStringLiteral("row-level security")));
        CHECK(psql(db,
                   QStringLiteral("INSERT INTO akkoord.cases (uuid, name, created_at, "
                                  "modified_at) VALUES ('y', 'Renkum', now(), now())"),
                   QStringLiteral("alice"), &out) != 0);
        // Her own municipality takes her rows.
        CHECK(psql(db,
                   QStringLiteral("INSERT INTO akkoord.scenarios (uuid, case_id, title, answers, "
                                  "revision, created_at, modified_at) VALUES ('z', %1, 'x', '{}', "
                                  "1, now(), now())")
                       .arg(e),
                   QStringLiteral("alice"), &out) == 0);
    }
    SECTION("the membership is the owner's: no user can make herself a member elsewhere")
    {
        QString out;
        CHECK(psql(db,
                   QStringLiteral("INSERT INTO akkoord.members (login, case_id) VALUES "
                                  "('alice', %1)")
                       .arg(w),
                   QStringLiteral("alice"), &out) != 0);
        CHECK(psql(db, QStringLiteral("UPDATE akkoord.members SET case_id = %1").arg(w),
                   QStringLiteral("alice"), &out) != 0);
        CHECK(psql(db,
                   QStringLiteral("UPDATE akkoord.meta SET value = '99' WHERE key = "
                                  "'schema_version'"),
                   QStringLiteral("alice"), &out) != 0);
        // A session setting decides nothing: the rule reads current_user.
        CHECK(psql(db,
                   QStringLiteral("SET akkoord.municipality = '%1'; DELETE FROM "
                                  "akkoord.scenarios WHERE case_id = %1")
                       .arg(w),
                   QStringLiteral("alice"), &out) == 0);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM akkoord.scenarios WHERE case_id = %1")
                             .arg(w)) == 1);
    }
}

TEST_CASE("Through the program, another municipality's work is read but a change of it is "
          "reported as not permitted, never as a conflict",
          "[.postgresql][policies]")
{
    Region region(QStringLiteral("program"));
    auto alice = open(region.alice);
    CHECK(alice->isShared());
    CHECK(alice->account() == QStringLiteral("alice"));
    // She sees the whole region.
    CHECK(alice->cases().value().size() == 2);
    const ScenarioRecord theirs = alice->scenario(region.wageningenScenario).value();
    CHECK(theirs.content.title == QStringLiteral("Wageningen: convenant"));

    const auto saved = alice->saveScenario(theirs.id, theirs.revision, content("Overgenomen"));
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().kind == ErrorKind::NotPermitted);
    CHECK(alice->trashScenario(theirs.id).kind == ErrorKind::NotPermitted);
    CHECK(alice->setBaseline(theirs.id, true).error().kind == ErrorKind::NotPermitted);
    CHECK(alice->createScenario(region.wageningen, content("Erbij")).error().kind ==
          ErrorKind::NotPermitted);
    CHECK(alice->createCase(QStringLiteral("Renkum")).error().kind == ErrorKind::NotPermitted);
    CHECK(alice->updateCase(region.wageningen, QStringLiteral("X"), QString(), QString())
              .error()
              .kind == ErrorKind::NotPermitted);
    const AgreementRecord agreement = alice->agreement(region.wageningenAgreement).value();
    CHECK(alice->saveAgreement(agreement.id, agreement.revision, covenant()).error().kind ==
          ErrorKind::NotPermitted);
    CHECK(alice->trashAgreement(agreement.id).kind == ErrorKind::NotPermitted);
    // Purging her trash leaves bob's trash alone.
    auto bob = open(region.bob);
    REQUIRE_FALSE(bob->trashScenario(region.wageningenScenario).isError());
    const auto purged = alice->purgeTrash(QDateTime::currentDateTimeUtc().addSecs(5));
    REQUIRE(purged.ok());
    CHECK(purged.value().scenarios == 0);
    CHECK(bob->trashedScenarios().value().size() == 1);
    // Nothing of bob's changed.
    CHECK(bob->history(region.wageningenScenario).value().size() == 1);
    // Her own work she changes as on her laptop.
    const ScenarioRecord mine = alice->scenario(region.edeScenario).value();
    REQUIRE(alice->saveScenario(mine.id, mine.revision, content("Ede: tweede versie")).ok());
    REQUIRE(alice->setBaseline(mine.id, true).ok());
    CHECK(alice->baselineOf(region.ede).value() == mine.id);
}

TEST_CASE("Two users saving the same scenario: one save lands, the other is a conflict",
          "[.postgresql][concurrency]")
{
    Region region(QStringLiteral("conflict"));
    REQUIRE_FALSE(
        RegionServer::grant(region.owner, QStringLiteral("bob"), QStringLiteral("Ede")).isError());
    auto alice = open(region.alice);
    auto bob = open(region.bob);
    const ScenarioRecord s = alice->scenario(region.edeScenario).value();
    const auto first = alice->saveScenario(s.id, s.revision, content("Van alice"));
    REQUIRE(first.ok());
    const auto second = bob->saveScenario(s.id, s.revision, content("Van bob"));
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().kind == ErrorKind::Conflict);
    CHECK(alice->scenario(s.id).value().content.title == QStringLiteral("Van alice"));
    CHECK(alice->history(s.id).value().size() == 2);
    // Revoked, bob's account can no longer change Ede's work, nor read the region.
    REQUIRE_FALSE(
        RegionServer::revoke(region.owner, QStringLiteral("bob"), QStringLiteral("GM0228"))
            .isError());
    const ScenarioRecord now = alice->scenario(s.id).value();
    CHECK(bob->saveScenario(s.id, now.revision, content("Weer bob")).error().kind ==
          ErrorKind::NotPermitted);
    const auto members = RegionServer::members(region.owner);
    REQUIRE(members.ok());
    REQUIRE(members.value().size() == 2);
    CHECK(members.value().at(0).login == QStringLiteral("alice"));
    CHECK(members.value().at(1).municipality == QStringLiteral("Wageningen"));
}

TEST_CASE("Another user's save is announced to the program without a restart",
          "[.postgresql][notify]")
{
    Region region(QStringLiteral("notify"));
    auto alice = open(region.alice);
    auto bob = open(region.bob);
    QObject context;
    int announced = 0;
    REQUIRE(alice->watchChanges(&context, [&] { ++announced; }));
    // Her own save is not announced to herself.
    const ScenarioRecord mine = alice->scenario(region.edeScenario).value();
    REQUIRE(alice->saveScenario(mine.id, mine.revision, content("Ede 2")).ok());
    const ScenarioRecord theirs = bob->scenario(region.wageningenScenario).value();
    REQUIRE(bob->saveScenario(theirs.id, theirs.revision, content("Wageningen 2")).ok());
    QElapsedTimer timer;
    timer.start();
    while (announced == 0 && timer.elapsed() < 5000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    CHECK(announced >= 1);
    CHECK(alice->scenario(theirs.id).value().content.title == QStringLiteral("Wageningen 2"));
}

TEST_CASE("A wrong password, a disabled or expired account, another schema and an absent "
          "server each have their own error",
          "[.postgresql][faults]")
{
    Region region(QStringLiteral("faults"));
    const auto kind = [](const QString &address) {
        const auto opened = ScenarioStore::open(address);
        REQUIRE_FALSE(opened.ok());
        return opened.error().kind;
    };
    CHECK(
        kind(QString(region.alice).replace(QStringLiteral("pw-alice"), QStringLiteral("wrong"))) ==
        ErrorKind::LoginRefused);
    REQUIRE(psql(QStringLiteral("postgres"),
                 QStringLiteral("ALTER ROLE bob VALID UNTIL '2020-01-01'")) == 0);
    CHECK(kind(region.bob) == ErrorKind::LoginRefused);
    REQUIRE(psql(QStringLiteral("postgres"),
                 QStringLiteral("ALTER ROLE bob VALID UNTIL 'infinity' NOLOGIN")) == 0);
    CHECK(kind(region.bob) == ErrorKind::LoginRefused);
    REQUIRE(psql(QStringLiteral("postgres"), QStringLiteral("ALTER ROLE bob LOGIN")) == 0);
    CHECK(kind(QStringLiteral("postgresql://alice@localhost:1/faults")) == ErrorKind::Unreachable);
    CHECK(kind(QStringLiteral("postgresql:///nosuchdatabase")) == ErrorKind::NotFound);
    CHECK(kind(QStringLiteral("postgresql://")) == ErrorKind::WrongFormat);
    CHECK(kind(QStringLiteral("postgresql:///faults?sslmod=require")) == ErrorKind::WrongFormat);
    // A database without a region is not silently set up by a user.
    REQUIRE(psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE empty")) == 0);
    CHECK(kind(QStringLiteral("postgresql:///empty")) == ErrorKind::NotADatabase);
    // The owner's schema older or newer than the program: refused, untouched.
    REQUIRE(psql(region.database, QStringLiteral("UPDATE akkoord.meta SET value = '3' WHERE key "
                                                 "= 'schema_version'")) == 0);
    CHECK(kind(region.owner) == ErrorKind::OlderDatabase);
    REQUIRE(psql(region.database, QStringLiteral("UPDATE akkoord.meta SET value = '9' WHERE key "
                                                 "= 'schema_version'")) == 0);
    CHECK(kind(region.owner) == ErrorKind::NewerDatabase);
    CHECK(RegionServer::init(region.owner, QString()).error().kind == ErrorKind::NewerDatabase);
}

TEST_CASE("A case base copied from SQLite to PostgreSQL and back has the same data and history",
          "[.postgresql][copy]")
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("laptop.sqlite"));
    {
        auto laptop = open(first);
        const qint64 soest = laptop
                                 ->createCase(QStringLiteral("Soest"), QStringLiteral("GM0342"),
                                              QStringLiteral("Amersfoort"))
                                 .value()
                                 .id;
        const ScenarioRecord s = laptop->createScenario(soest, content("Plan")).value();
        // Quotes, backslashes, percent signs and line breaks arrive as they were written (the
        // copy quotes its own values).
        ScenarioContent second = content("Plan van d'Hondt \\ 100% _af_");
        second.notes = QStringLiteral("Wethouder: 'eerst het netwerk'\nC:\\pad\\ E'\\x41'");
        REQUIRE(laptop->saveScenario(s.id, 1, second).ok());
        REQUIRE(laptop->setBaseline(s.id, true).ok());
        const qint64 gone = laptop->createScenario(soest, content("Weg")).value().id;
        REQUIRE_FALSE(laptop->trashScenario(gone).isError());
        const AgreementRecord a = laptop->createAgreement(soest, covenant()).value();
        Agreement changed = a.agreement;
        changed.notes = QStringLiteral("Bijgewerkt: 'sectorakkoord' \\ zorg\nregel twee");
        REQUIRE(laptop->saveAgreement(a.id, 1, changed).ok());
    }
    const QString region = freshRegion(QStringLiteral("copied"));
    auto source = open(first);
    auto server = open(region);
    const auto there = copyStore(*source, *server);
    REQUIRE(there.ok());
    CHECK(there.value().scenarios == 2);
    CHECK(there.value().agreements == 1);
    const QString back = dir.filePath(QStringLiteral("back.sqlite"));
    auto again = open(back);
    REQUIRE(copyStore(*server, *again).ok());
    // Repeated both ways, nothing doubles: the server keeps the laptop's uuids and gives them on.
    for (const auto &[from, to] :
         {std::pair{source.get(), server.get()}, std::pair{server.get(), again.get()}}) {
        const auto repeated = copyStore(*from, *to);
        REQUIRE(repeated.ok());
        CHECK(repeated.value().scenarios == 0);
        CHECK(repeated.value().agreements == 0);
        CHECK(repeated.value().skipped == 3);
    }
    // Renamed on the server without a CBS code, the municipality is not recognised: the copy is
    // refused whole, in words that say what to do (found after the failed transaction).
    const qint64 onServer = server->findCase(QStringLiteral("Soest"), QString(), true).value().id;
    const CaseRecord before = server->caseById(onServer).value();
    REQUIRE(server->updateCase(onServer, QStringLiteral("Gemeente Soest"), QString(), before.region)
                .ok());
    const auto renamed = copyStore(*source, *server);
    REQUIRE_FALSE(renamed.ok());
    CHECK(renamed.error().kind == ErrorKind::Conflict);
    CHECK(renamed.error().message.contains(QStringLiteral("“Gemeente Soest”")));
    REQUIRE(server->updateCase(onServer, before.name, before.cbsCode, before.region).ok());

    const auto describe = [](ScenarioStore &store) {
        QStringList out;
        for (const CaseRecord &c : store.cases(QString(), true).value()) {
            out << QStringLiteral("case %1 %2 %3").arg(c.name, c.cbsCode, c.region);
            for (const ScenarioRecord &s : store.scenarios(c.id, true).value()) {
                out << QStringLiteral("scenario %1 baseline=%2 trash=%3 rev=%4")
                           .arg(s.content.title)
                           .arg(s.baseline)
                           .arg(s.deleted.isValid())
                           .arg(s.revision);
                for (const Revision &r : store.history(s.id).value()) {
                    out << QStringLiteral("  %1 %2 %3 %4 %5")
                               .arg(r.revision)
                               .arg(r.content.title, r.saved.toString(Qt::ISODateWithMs),
                                    QString::fromUtf8(r.content.answers.toCompactJson()),
                                    r.content.notes);
                }
            }
            for (const AgreementRecord &a : store.agreements(c.id, true).value()) {
                out << QStringLiteral("agreement %1 rev=%2").arg(a.agreement.title).arg(a.revision);
                for (const AgreementRevision &r : store.agreementHistory(a.id).value()) {
                    out << QStringLiteral("  %1 %2 %3")
                               .arg(r.revision)
                               .arg(r.saved.toString(Qt::ISODateWithMs), r.agreement.notes);
                }
            }
        }
        return out;
    };
    const QStringList original = describe(*source);
    CHECK(original.size() > 8);
    CHECK(original.join(QLatin1Char('|')).contains(QStringLiteral("d'Hondt \\ 100% _af_")));
    CHECK(original.join(QLatin1Char('|')).contains(QStringLiteral("C:\\pad\\ E'\\x41'")));
    CHECK(
        original.join(QLatin1Char('|')).contains(QStringLiteral("'sectorakkoord' \\ zorg\nregel")));
    CHECK(describe(*server) == original);
    CHECK(describe(*again) == original);
    // A backup of the regional database is such a copy, as an SQLite file.
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    REQUIRE_FALSE(server->backup(backup).isError());
    CHECK(describe(*open(backup)) == original);
    CHECK(server->backup(backup).kind == ErrorKind::Duplicate);
}
