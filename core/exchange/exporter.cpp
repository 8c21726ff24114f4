// Exporting from the store: scenario and case files (JSON) and CSV for spreadsheets.
#include "exchange/exchange.h"

#include "exchange/scenariofile.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace akkoord {

namespace {

QJsonObject contentJson(const ScenarioContent &c, const KnowledgeBase &kb)
{
    QJsonObject o = ScenarioFile::toJson(c.toScenario(QString()), kb);
    o.remove(QStringLiteral("format"));
    o.remove(QStringLiteral("version"));
    o.remove(QStringLiteral("municipality"));
    o.insert(QStringLiteral("knowledge_base_version"), c.knowledgeVersion);
    return o;
}

// A stored scenario as an element of a case file's "scenarios".
QJsonObject scenarioJson(const ScenarioRecord &s, const KnowledgeBase &kb)
{
    QJsonObject o = contentJson(s.content, kb);
    o.insert(QStringLiteral("revision"), s.revision);
    o.insert(QStringLiteral("saved_at"), s.modified.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("baseline"), s.baseline);
    return o;
}

QJsonObject municipalityJson(const CaseRecord &owner)
{
    QJsonObject municipality{{QStringLiteral("name"), owner.name}};
    if (!owner.cbsCode.isEmpty()) {
        municipality.insert(QStringLiteral("cbs_code"), owner.cbsCode);
    }
    if (!owner.region.isEmpty()) {
        municipality.insert(QStringLiteral("region"), owner.region);
    }
    return municipality;
}

bool startsFormula(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

} // namespace

QString csvCell(const QString &value)
{
    // A spreadsheet runs a cell that starts with =, +, -, @, tab or CR as a formula. Where a
    // cell starts depends on the separator the reader assumes: Dutch Excel splits on ";" and
    // honours quotes only at the very start of its cells, so a text such as "zie ook;=cmd|..."
    // starts a cell in the middle. Every place where a cell could start under either
    // separator (after , ; a quote or a line break) gets a ' before such a character.
    QString safe;
    safe.reserve(value.size() + 2);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const QChar before = i == 0 ? QChar(QLatin1Char(',')) : value.at(i - 1);
        const bool cellStart = before == QLatin1Char(',') || before == QLatin1Char(';') ||
                               before == QLatin1Char('"') || before == QLatin1Char('\n') ||
                               before == QLatin1Char('\r');
        if (cellStart && startsFormula(c)) {
            safe += QLatin1Char('\'');
        }
        safe += c;
    }
    if (safe.contains(QLatin1Char(',')) || safe.contains(QLatin1Char('"')) ||
        safe.contains(QLatin1Char('\n')) || safe.contains(QLatin1Char('\r')) ||
        safe.contains(QLatin1Char(';'))) {
        safe.replace(QLatin1String("\""), QLatin1String("\"\""));
        safe = QLatin1Char('"') + safe + QLatin1Char('"');
    }
    return safe;
}

QJsonObject Exchange::exportScenario(const CaseRecord &owner, const ScenarioRecord &scenario,
                                     const KnowledgeBase &kb)
{
    QJsonObject o = ScenarioFile::toJson(scenario.content.toScenario(owner.name), kb);
    if (!owner.cbsCode.isEmpty()) {
        o.insert(QStringLiteral("cbs_code"), owner.cbsCode);
    }
    if (!owner.region.isEmpty()) {
        o.insert(QStringLiteral("region"), owner.region);
    }
    o.insert(QStringLiteral("knowledge_base_version"), scenario.content.knowledgeVersion);
    return o;
}

Result<QJsonObject> Exchange::exportCase(const ScenarioStore &store, qint64 caseId,
                                         bool withHistory, const KnowledgeBase &kb)
{
    const Result<CaseRecord> owner = store.caseById(caseId);
    if (!owner.ok()) {
        return owner.error();
    }
    const Result<QVector<ScenarioRecord>> scenarios = store.scenarios(caseId);
    if (!scenarios.ok()) {
        return scenarios.error();
    }
    QJsonArray list;
    for (const ScenarioRecord &s : scenarios.value()) {
        QJsonObject o = scenarioJson(s, kb);
        if (withHistory) {
            const Result<QVector<Revision>> revisions = store.history(s.id);
            if (!revisions.ok()) {
                return revisions.error();
            }
            QJsonArray history;
            for (auto it = revisions.value().crbegin(); it != revisions.value().crend(); ++it) {
                if (it->revision == s.revision) {
                    continue;
                }
                QJsonObject r = contentJson(it->content, kb);
                r.insert(QStringLiteral("revision"), it->revision);
                r.insert(QStringLiteral("saved_at"), it->saved.toUTC().toString(Qt::ISODateWithMs));
                history.append(r);
            }
            o.insert(QStringLiteral("history"), history);
        }
        list.append(o);
    }
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("akkoord.case")},
                       {QStringLiteral("version"), CaseFileVersion},
                       {QStringLiteral("municipality"), municipalityJson(owner.value())},
                       {QStringLiteral("scenarios"), list}};
}

CsvWriter::CsvWriter(const KnowledgeBase &kb) : m_kb(kb) {}

QByteArray CsvWriter::header() const
{
    QStringList header{QStringLiteral("municipality"),
                       QStringLiteral("cbs_code"),
                       QStringLiteral("region"),
                       QStringLiteral("scenario_id"),
                       QStringLiteral("scenario"),
                       QStringLiteral("revision"),
                       QStringLiteral("baseline"),
                       QStringLiteral("modified"),
                       QStringLiteral("knowledge_base_version")};
    for (const Question &q : m_kb.questions()) {
        header << q.id;
    }
    header << QStringLiteral("notes");
    // A byte-order mark lets spreadsheet programs read the UTF-8 names correctly.
    return QByteArray("\xEF\xBB\xBF") + header.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QByteArray CsvWriter::row(const CaseRecord &owner, const ScenarioRecord &s) const
{
    QStringList cells{owner.name,
                      owner.cbsCode,
                      owner.region,
                      QString::number(s.id),
                      s.content.title,
                      QString::number(s.revision),
                      s.baseline ? QStringLiteral("yes") : QStringLiteral("no"),
                      s.modified.toUTC().toString(Qt::ISODate),
                      s.content.knowledgeVersion};
    for (const Question &q : m_kb.questions()) {
        cells << (s.content.answers.isKnown(q.id)
                      ? s.content.answers.values(q.id).join(QLatin1Char(';'))
                      : QStringLiteral("unknown"));
    }
    cells << s.content.notes;
    for (QString &cell : cells) {
        cell = csvCell(cell);
    }
    return cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QByteArray Exchange::csv(const QVector<QPair<CaseRecord, ScenarioRecord>> &rows,
                         const KnowledgeBase &kb)
{
    const CsvWriter writer(kb);
    QByteArray out = writer.header();
    for (const auto &[owner, s] : rows) {
        out += writer.row(owner, s);
    }
    return out;
}

Error Exchange::exportAll(const ScenarioStore &store, const KnowledgeBase &kb, ExportFormat format,
                          QIODevice &out)
{
    // Written as read, a scenario at a time: a million scenarios take the memory of one.
    const CsvWriter csv(kb);
    const bool asCsv = format == ExportFormat::Csv;
    const auto written = [&](const QByteArray &data) { return out.write(data) == data.size(); };
    bool ok = written(asCsv ? csv.header() : QByteArray("["));
    qint64 current = 0; // the municipality whose case file is open (JSON)
    const Error e =
        store.forEachScenario({}, [&](const CaseRecord &owner, const ScenarioRecord &s) {
            if (owner.deleted.isValid()) {
                return true; // a municipality in the trash is not exported
            }
            if (asCsv) {
                ok = written(csv.row(owner, s));
                return ok;
            }
            // One case file per municipality, each importable on its own, one per line.
            QByteArray text;
            if (owner.id != current) {
                text = current == 0 ? "\n" : "]},\n";
                text += "{\"format\":\"akkoord.case\",\"version\":" +
                        QByteArray::number(CaseFileVersion) + ",\"municipality\":" +
                        QJsonDocument(municipalityJson(owner)).toJson(QJsonDocument::Compact) +
                        ",\"scenarios\":[";
                current = owner.id;
            } else {
                text = ",";
            }
            text += QJsonDocument(scenarioJson(s, kb)).toJson(QJsonDocument::Compact);
            ok = written(text);
            return ok;
        });
    if (e.isError()) {
        return e;
    }
    if (ok && !asCsv) {
        ok = written(current == 0 ? QByteArray("]\n") : QByteArray("]}\n]\n"));
    }
    if (!ok) {
        Error failed;
        failed.kind = ErrorKind::StorageFailed;
        failed.message = tr("the export could not be written (%1)").arg(out.errorString());
        return failed;
    }
    return {};
}

} // namespace akkoord
