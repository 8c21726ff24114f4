#include "cli.h"

#include "common/usertext.h"
#include "store/recordjson.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

namespace akkoord {

int Cli::cases()
{
    if (!checkFormat({QStringLiteral("text"), QStringLiteral("json")}) || !openStoreForListing()) {
        return m_failure;
    }
    const Result<QVector<CaseRecord>> list = m_store->cases(
        m_parser.value(QStringLiteral("filter")), m_parser.isSet(QStringLiteral("trash")));
    if (!list.ok()) {
        return fail(list.error());
    }
    if (json()) {
        QJsonArray a;
        for (const CaseRecord &c : list.value()) {
            a.append(RecordJson::caseSummary(c));
        }
        return printJson(a);
    }
    if (list.value().isEmpty()) {
        m_out << tr("No municipalities yet. Import a scenario file with “akkoord-cli import FILE”.")
              << Qt::endl;
    }
    for (const CaseRecord &c : list.value()) {
        QString extra = c.cbsCode.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.cbsCode);
        if (c.deleted.isValid()) {
            extra += QLatin1Char(' ') + tr("[in the trash]");
        }
        m_out << QStringLiteral("%1\t%2%3\t").arg(c.id).arg(withoutBidiControls(c.name), extra)
              << tr("%1 scenario(s)").arg(c.scenarioCount) << Qt::endl;
    }
    return Done;
}

int Cli::scenarios()
{
    if (!checkFormat({QStringLiteral("text"), QStringLiteral("json")})) {
        return m_failure;
    }
    if (!openStoreForListing()) {
        return m_failure;
    }
    // Printed as read, one scenario at a time: a million of them need no more memory than one.
    ScenarioStore::Walk walk;
    walk.content = false;
    if (!m_parser.positionalArguments().isEmpty()) {
        const auto owner = findCase(m_parser.positionalArguments().first());
        if (!owner) {
            return m_failure;
        }
        walk.caseId = owner->id;
    }
    const bool asJson = json();
    const QLocale locale;
    const QString baseline = QLatin1Char(' ') + tr("[baseline]");
    if (asJson) {
        beginJsonArray();
    }
    const Error e = m_store->forEachScenario(walk, [&](const CaseRecord &owner,
                                                       const ScenarioRecord &s) {
        if (asJson) {
            printJsonElement(RecordJson::scenarioSummary(s));
        } else {
            m_out << QStringLiteral("%1\t%2%3\t")
                         .arg(s.id)
                         .arg(label(owner.name, s.content.title), s.baseline ? baseline : QString())
                  << tr("revision %1, %2")
                         .arg(s.revision)
                         .arg(locale.toString(s.modified.toLocalTime(), QLocale::ShortFormat))
                  << '\n';
        }
        return m_out.status() == QTextStream::Ok; // a closed pipe stops the walk
    });
    if (asJson) {
        endJsonArray();
    }
    return e.isError() ? fail(e) : Done;
}

int Cli::history()
{
    if (!checkFormat({QStringLiteral("text"), QStringLiteral("json")})) {
        return m_failure;
    }
    const auto id = number(m_parser.positionalArguments().first(), tr("scenario id"));
    if (!id || !openStore(true)) {
        return m_failure;
    }
    const auto revisions = m_store->history(*id);
    if (!revisions.ok()) {
        return fail(revisions.error());
    }
    if (json()) {
        QJsonArray a;
        for (const Revision &r : revisions.value()) {
            a.append(RecordJson::revision(r));
        }
        return printJson(a);
    }
    for (const Revision &r : revisions.value()) {
        m_out << QStringLiteral("%1\t%2\t%3\t")
                     .arg(r.revision)
                     .arg(QLocale().toString(r.saved.toLocalTime(), QLocale::ShortFormat),
                          withoutBidiControls(r.content.title))
              << tr("%1 answer(s)").arg(r.content.answers.count()) << Qt::endl;
    }
    return Done;
}

int Cli::restore()
{
    const auto id = number(m_parser.positionalArguments().at(0), tr("scenario id"));
    const auto revision =
        id ? number(m_parser.positionalArguments().at(1), tr("revision")) : std::nullopt;
    if (!revision) {
        return m_failure;
    }
    if (!openStore()) {
        return m_failure;
    }
    const auto current = m_store->scenario(*id);
    if (!current.ok()) {
        return fail(current.error());
    }
    const auto restored = m_store->restoreRevision(*id, int(*revision), current.value().revision);
    if (!restored.ok()) {
        return fail(restored.error());
    }
    m_out << tr("Revision %1 of “%2” is current again, as revision %3.")
                 .arg(*revision)
                 .arg(withoutBidiControls(restored.value().content.title))
                 .arg(restored.value().revision)
          << Qt::endl;
    return Done;
}

int Cli::trash(bool restore)
{
    const bool isCase = m_parser.isSet(QStringLiteral("case"));
    const bool isAgreement = m_parser.isSet(QStringLiteral("agreement"));
    if (int(isCase) + int(isAgreement) + int(!m_parser.positionalArguments().isEmpty()) != 1) {
        return fail(tr("name one scenario ID, or --case ID, or --agreement ID"));
    }
    if (!openStore()) {
        return m_failure;
    }
    Error e;
    QString what;
    if (isAgreement) {
        const auto id = number(m_parser.value(QStringLiteral("agreement")), tr("agreement id"));
        if (!id) {
            return m_failure;
        }
        const auto a = m_store->agreement(*id);
        if (!a.ok()) {
            return fail(a.error());
        }
        e = restore ? m_store->restoreAgreement(*id) : m_store->trashAgreement(*id);
        what = a.value().agreement.title;
    } else if (isCase) {
        const auto owner = findCase(m_parser.value(QStringLiteral("case")), restore);
        if (!owner) {
            return m_failure;
        }
        e = restore ? m_store->restoreCase(owner->id) : m_store->trashCase(owner->id);
        what = owner->name;
    } else {
        const auto s = storedScenario(m_parser.positionalArguments().first());
        if (!s) {
            return m_failure;
        }
        e = restore ? m_store->restoreScenario(s->id) : m_store->trashScenario(s->id);
        what = s->content.title;
    }
    if (e.isError()) {
        return fail(e);
    }
    what = withoutBidiControls(what);
    m_out << (restore
                  ? tr("“%1” is back from the trash.").arg(what)
                  : tr("“%1” is in the trash; “akkoord-cli undelete” brings it back.").arg(what))
          << Qt::endl;
    return Done;
}

int Cli::listTrash()
{
    if (!checkFormat({QStringLiteral("text"), QStringLiteral("json")})) {
        return m_failure;
    }
    if (!openStore(true)) {
        return m_failure;
    }
    const auto list = m_store->trashedScenarios();
    if (!list.ok()) {
        return fail(list.error());
    }
    if (json()) {
        QJsonArray a;
        for (const ScenarioRecord &s : list.value()) {
            a.append(RecordJson::trashed(s));
        }
        return printJson(a);
    }
    for (const ScenarioRecord &s : list.value()) {
        m_out << QStringLiteral("%1\t%2").arg(s.id).arg(label(s)) << Qt::endl;
    }
    return Done;
}

int Cli::purge()
{
    QDateTime before = QDateTime::currentDateTimeUtc();
    if (m_parser.isSet(QStringLiteral("older-than"))) {
        bool ok = false;
        const QString text = m_parser.value(QStringLiteral("older-than"));
        const int days = text.toInt(&ok);
        if (!ok || days < 0) {
            return fail(tr("“%1” is not a valid number of days (0 or more)").arg(text));
        }
        before = before.addDays(-days);
    } else {
        // Everything, including what went to the trash a moment ago.
        before = before.addSecs(1);
    }
    if (!openStore()) {
        return m_failure;
    }
    const auto purged = m_store->purgeTrash(before);
    if (!purged.ok()) {
        return fail(purged.error());
    }
    m_out << tr("Removed from the trash for good. Scenarios: %1, municipalities: %2, "
                "agreements: %3.")
                 .arg(purged.value().scenarios)
                 .arg(purged.value().cases)
                 .arg(purged.value().agreements)
          << Qt::endl;
    return Done;
}

int Cli::baseline()
{
    const auto id = number(m_parser.positionalArguments().first(), tr("scenario id"));
    if (!id) {
        return m_failure;
    }
    if (!openStore()) {
        return m_failure;
    }
    const auto s = m_store->setBaseline(*id, !m_parser.isSet(QStringLiteral("off")));
    if (!s.ok()) {
        return fail(s.error());
    }
    m_out << (s.value().baseline ? tr("“%1” is now the baseline.")
                                 : tr("“%1” is no longer the baseline."))
                 .arg(withoutBidiControls(s.value().content.title))
          << Qt::endl;
    return Done;
}

int Cli::check()
{
    if (!openStore(true)) {
        return m_failure;
    }
    const bool quick = m_parser.isSet(QStringLiteral("quick"));
    QStringList problems;
    ScenarioStore::Checked checked;
    QElapsedTimer timer;
    timer.start();
    const Error e = m_store->checkIntegrity(
        &problems, quick ? ScenarioStore::Depth::Quick : ScenarioStore::Depth::Full, &checked);
    if (e.isError()) {
        return fail(e);
    }
    if (!problems.isEmpty()) {
        for (const QString &p : problems) {
            m_out << p << Qt::endl;
        }
        return fail(tr("%1: the database is damaged (%2 problem(s)); restore a backup or ask "
                       "for help before saving more")
                        .arg(m_store->path())
                        .arg(problems.size()),
                    StorageProblem);
    }
    const QLocale locale;
    const QString read = locale.formattedDataSize(checked.bytes, 1, QLocale::DataSizeSIFormat);
    const QString whole = locale.formattedDataSize(checked.fileBytes, 1, QLocale::DataSizeSIFormat);
    const QString seconds = locale.toString(double(timer.elapsed()) / 1000.0, 'f', 1);
    if (quick) {
        m_out << tr("%1: no problems found in the quick check (%2 of %3 read in %4 s: the "
                    "structure, the municipalities and the newest saves). “akkoord-cli check” "
                    "reads all of it.")
                     .arg(m_store->path(), read, whole, seconds)
              << Qt::endl;
    } else {
        m_out << tr("%1: no problems found (all %2 read in %3 s).")
                     .arg(m_store->path(), whole, seconds)
              << Qt::endl;
    }
    return Done;
}

int Cli::backup()
{
    if (!openStore(true)) {
        return m_failure;
    }
    const QString target = m_parser.positionalArguments().first();
    const Error e = m_store->backup(target);
    if (e.isError()) {
        return fail(e);
    }
    m_out << tr("Backup written to %1.").arg(target) << Qt::endl;
    return Done;
}

} // namespace akkoord
