#include "exchange/exchange.h"

#include "common/jsonsupport.h"
#include "exchange/scenariofile.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

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

bool startsFormula(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

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

} // namespace

Result<ImportedCase> Exchange::read(const QString &path, const KnowledgeBase &kb)
{
    QByteArray data;
    const Error e = readFile(path, &data, MaxFileSize);
    if (e.isError()) {
        return e;
    }
    return parse(data, kb, path);
}

Result<ImportedCase> Exchange::parse(const QByteArray &data, const KnowledgeBase &kb,
                                     const QString &origin)
{
    if (data.size() > MaxFileSize) {
        return jsonError(ErrorKind::WrongFormat, origin, QString(),
                         tr("the file is larger than %1 MB; this is not a scenario file")
                             .arg(MaxFileSize / (1024 * 1024)));
    }
    QJsonDocument document;
    const Error parsed = parseJson(data, origin, &document);
    if (parsed.isError()) {
        return parsed;
    }
    if (!document.isObject()) {
        return jsonError(ErrorKind::WrongFormat, origin, QString(),
                         tr("this is not an Akkoord scenario or case file"));
    }
    const QJsonObject root = document.object();
    const QString format = root.value(QStringLiteral("format")).toString();

    // Lengths are checked here so that a hostile file cannot fill the database.
    const auto checkLength = [&](const QString &value, int limit, const QString &path) -> Error {
        if (value.size() > limit) {
            return jsonError(ErrorKind::WrongType, origin, path,
                             tr("longer than %1 characters").arg(limit));
        }
        return {};
    };
    const auto optionalString = [&](const QJsonObject &o, const QString &key, const QString &path,
                                    QString *out) -> Error {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            return {};
        }
        if (!v.isString()) {
            return jsonError(ErrorKind::WrongType, origin, path,
                             tr("expected text, found %1").arg(jsonTypeName(v)));
        }
        *out = v.toString().trimmed();
        return checkLength(*out, MaxNameLength, path);
    };
    // One scenario entry: title, answers, notes, validated by the scenario file reader. A whole
    // scenario file goes through the same reader as advise, format and version included.
    const auto content = [&](const QJsonObject &o, const QString &path) -> Result<ScenarioContent> {
        const Result<Scenario> s = path.isEmpty()
                                       ? ScenarioFile::fromJson(o, kb, origin)
                                       : ScenarioFile::contentFromJson(o, kb, origin, path);
        if (!s.ok()) {
            return s.error();
        }
        ScenarioContent c;
        c.title = s.value().title.trimmed();
        c.answers = s.value().answers;
        c.notes = s.value().notes;
        const QString prefix = path.isEmpty() ? QString() : path + QLatin1Char('.');
        if (c.title.isEmpty()) {
            return jsonError(ErrorKind::WrongType, origin, prefix + QStringLiteral("title"),
                             tr("a scenario needs a title"));
        }
        Error e = checkLength(c.title, MaxTitleLength, prefix + QStringLiteral("title"));
        if (!e.isError()) {
            e = checkLength(c.notes, MaxNotesLength, prefix + QStringLiteral("notes"));
        }
        if (!e.isError()) {
            e = optionalString(o, QStringLiteral("knowledge_base_version"),
                               prefix + QStringLiteral("knowledge_base_version"),
                               &c.knowledgeVersion);
        }
        if (e.isError()) {
            return e;
        }
        // It was checked against this knowledge base; a file that does not say otherwise
        // counts as advised under it.
        if (c.knowledgeVersion.isEmpty()) {
            c.knowledgeVersion = kb.version();
        }
        return c;
    };

    ImportedCase result;
    if (format == QLatin1String("akkoord.scenario")) {
        const Result<ScenarioContent> c = content(root, QString());
        if (!c.ok()) {
            return c.error();
        }
        // The scenario reader has checked format and version.
        QString name;
        Error e = optionalString(root, QStringLiteral("municipality"),
                                 QStringLiteral("municipality"), &name);
        if (!e.isError()) {
            e = optionalString(root, QStringLiteral("cbs_code"), QStringLiteral("cbs_code"),
                               &result.cbsCode);
        }
        if (!e.isError()) {
            e = optionalString(root, QStringLiteral("region"), QStringLiteral("region"),
                               &result.region);
        }
        if (e.isError()) {
            return e;
        }
        if (name.isEmpty()) {
            return jsonError(
                ErrorKind::WrongType, origin, QStringLiteral("municipality"),
                tr("the file names no municipality; add \"municipality\" to import it"));
        }
        result.name = name;
        ImportedScenario s;
        s.revisions.append(Revision{1, c.value(), QDateTime()});
        result.scenarios.append(s);
        return result;
    }
    if (format != QLatin1String("akkoord.case")) {
        return jsonError(ErrorKind::WrongFormat, origin, QStringLiteral("format"),
                         tr("this is not an Akkoord scenario or case file (\"format\" must be "
                            "\"akkoord.scenario\" or \"akkoord.case\")"));
    }
    const Error version = checkVersion(root, QStringLiteral("version"), CaseFileVersion, origin);
    if (version.isError()) {
        return version;
    }
    const QJsonValue municipality = root.value(QStringLiteral("municipality"));
    if (!municipality.isObject()) {
        return jsonError(ErrorKind::WrongType, origin, QStringLiteral("municipality"),
                         tr("expected an object, found %1").arg(jsonTypeName(municipality)));
    }
    const QJsonObject m = municipality.toObject();
    Error e = optionalString(m, QStringLiteral("name"), QStringLiteral("municipality.name"),
                             &result.name);
    if (!e.isError()) {
        e = optionalString(m, QStringLiteral("cbs_code"), QStringLiteral("municipality.cbs_code"),
                           &result.cbsCode);
    }
    if (!e.isError()) {
        e = optionalString(m, QStringLiteral("region"), QStringLiteral("municipality.region"),
                           &result.region);
    }
    if (e.isError()) {
        return e;
    }
    if (result.name.isEmpty()) {
        return jsonError(ErrorKind::WrongType, origin, QStringLiteral("municipality.name"),
                         tr("the municipality needs a name"));
    }
    const QJsonValue list = root.value(QStringLiteral("scenarios"));
    if (!list.isArray()) {
        return jsonError(ErrorKind::WrongType, origin, QStringLiteral("scenarios"),
                         tr("expected a list, found %1").arg(jsonTypeName(list)));
    }
    const QJsonArray scenarios = list.toArray();
    if (scenarios.size() > MaxScenarios) {
        return jsonError(ErrorKind::WrongType, origin, QStringLiteral("scenarios"),
                         tr("more than %1 scenarios").arg(MaxScenarios));
    }
    int baselines = 0;
    for (int i = 0; i < scenarios.size(); ++i) {
        const QString path = QStringLiteral("scenarios[%1]").arg(i);
        if (!scenarios[i].isObject()) {
            return jsonError(ErrorKind::WrongType, origin, path,
                             tr("expected an object, found %1").arg(jsonTypeName(scenarios[i])));
        }
        const QJsonObject o = scenarios[i].toObject();
        const Result<ScenarioContent> current = content(o, path);
        if (!current.ok()) {
            return current.error();
        }
        ImportedScenario s;
        const QJsonValue baseline = o.value(QStringLiteral("baseline"));
        if (!baseline.isUndefined() && !baseline.isBool()) {
            return jsonError(ErrorKind::WrongType, origin, path + QStringLiteral(".baseline"),
                             tr("expected true/false, found %1").arg(jsonTypeName(baseline)));
        }
        s.baseline = baseline.toBool(false);
        baselines += s.baseline ? 1 : 0;

        const QJsonValue history = o.value(QStringLiteral("history"));
        if (!history.isUndefined() && !history.isArray()) {
            return jsonError(ErrorKind::WrongType, origin, path + QStringLiteral(".history"),
                             tr("expected a list, found %1").arg(jsonTypeName(history)));
        }
        const QJsonArray revisions = history.toArray();
        if (revisions.size() > MaxRevisions) {
            return jsonError(ErrorKind::WrongType, origin, path + QStringLiteral(".history"),
                             tr("more than %1 revisions").arg(MaxRevisions));
        }
        int last = 0;
        const auto revisionOf = [&](const QJsonObject &r, const QString &rpath, int fallback,
                                    Revision *out) -> Error {
            const QJsonValue number = r.value(QStringLiteral("revision"));
            if (number.isUndefined()) {
                out->revision = fallback;
            } else if (!number.isDouble() || number.toDouble() != double(number.toInt()) ||
                       number.toInt() < 1) {
                return jsonError(ErrorKind::WrongType, origin, rpath + QStringLiteral(".revision"),
                                 tr("expected a whole number of at least 1"));
            } else {
                out->revision = number.toInt();
            }
            if (out->revision <= last) {
                return jsonError(ErrorKind::WrongType, origin, rpath + QStringLiteral(".revision"),
                                 tr("revisions must be listed oldest first, each once"));
            }
            last = out->revision;
            const QJsonValue saved = r.value(QStringLiteral("saved_at"));
            if (!saved.isUndefined()) {
                out->saved = QDateTime::fromString(saved.toString(), Qt::ISODateWithMs);
                if (!saved.isString() || !out->saved.isValid()) {
                    return jsonError(ErrorKind::WrongType, origin,
                                     rpath + QStringLiteral(".saved_at"),
                                     tr("expected a date and time such as 2026-11-27T10:00:00Z"));
                }
            }
            return {};
        };
        for (int j = 0; j < revisions.size(); ++j) {
            const QString rpath = path + QStringLiteral(".history[%1]").arg(j);
            if (!revisions[j].isObject()) {
                return jsonError(
                    ErrorKind::WrongType, origin, rpath,
                    tr("expected an object, found %1").arg(jsonTypeName(revisions[j])));
            }
            const Result<ScenarioContent> c = content(revisions[j].toObject(), rpath);
            if (!c.ok()) {
                return c.error();
            }
            Revision r;
            r.content = c.value();
            const Error re = revisionOf(revisions[j].toObject(), rpath, last + 1, &r);
            if (re.isError()) {
                return re;
            }
            s.revisions.append(r);
        }
        Revision currentRevision;
        currentRevision.content = current.value();
        const Error re = revisionOf(o, path, last + 1, &currentRevision);
        if (re.isError()) {
            return re;
        }
        s.revisions.append(currentRevision);
        result.scenarios.append(s);
    }
    if (baselines > 1) {
        return jsonError(ErrorKind::WrongType, origin, QStringLiteral("scenarios"),
                         tr("more than one scenario is marked as the baseline"));
    }
    return result;
}

Result<ImportReport> Exchange::import(ScenarioStore &store, const QVector<ImportedCase> &cases,
                                      DuplicatePolicy policy)
{
    ImportReport report;
    QStringList duplicates;
    QStringList repeated;                 // named twice among the files, not yet in the database
    QSet<QPair<qint64, QString>> written; // (case, title) added by this import
    const Error e = store.transaction([&]() -> Error {
        for (const ImportedCase &c : cases) {
            Result<CaseRecord> owner = store.findCase(c.name, c.cbsCode);
            if (!owner.ok() && owner.error().kind == ErrorKind::NotFound && !c.cbsCode.isEmpty()) {
                owner = store.findCase(c.name);
            }
            if (!owner.ok() && owner.error().kind == ErrorKind::NotFound) {
                owner = store.createCase(c.name, c.cbsCode, c.region);
            }
            if (!owner.ok()) {
                return owner.error();
            }
            const Result<QVector<ScenarioRecord>> existing = store.scenarios(owner.value().id);
            if (!existing.ok()) {
                return existing.error();
            }
            QHash<QString, ScenarioRecord> byTitle;
            for (const ScenarioRecord &s : existing.value()) {
                byTitle.insert(s.content.title.toCaseFolded(), s);
            }

            for (ImportedScenario s : c.scenarios) {
                if (s.revisions.isEmpty()) {
                    Error empty;
                    empty.kind = ErrorKind::WrongType;
                    empty.file = store.path();
                    empty.message = tr("a scenario of “%1” has no content").arg(c.name);
                    return empty;
                }
                ScenarioContent &current = s.revisions.last().content;
                const QString key = current.title.toCaseFolded();
                if (byTitle.contains(key)) {
                    if (policy == DuplicatePolicy::Refuse) {
                        (written.contains({owner.value().id, key}) ? repeated : duplicates)
                            << QStringLiteral("%1 — %2").arg(owner.value().name, current.title);
                        continue;
                    }
                    if (policy == DuplicatePolicy::Skip) {
                        ++report.skipped;
                        continue;
                    }
                    if (policy == DuplicatePolicy::Replace) {
                        const ScenarioRecord &old = byTitle.value(key);
                        const Result<ScenarioRecord> saved =
                            store.saveScenario(old.id, old.revision, current);
                        if (!saved.ok()) {
                            return saved.error();
                        }
                        byTitle.insert(key, saved.value());
                        report.scenarioIds << saved.value().id;
                        ++report.replaced;
                        continue;
                    }
                    const QString base = current.title;
                    for (int n = 2; byTitle.contains(current.title.toCaseFolded()); ++n) {
                        current.title = QStringLiteral("%1 (%2)").arg(base).arg(n);
                    }
                    ++report.keptBoth;
                }
                const Result<ScenarioRecord> added =
                    store.insertScenarioWithHistory(owner.value().id, s.revisions, s.baseline);
                if (!added.ok()) {
                    return added.error();
                }
                byTitle.insert(added.value().content.title.toCaseFolded(), added.value());
                written.insert({owner.value().id, added.value().content.title.toCaseFolded()});
                report.scenarioIds << added.value().id;
                ++report.created;
            }
        }
        if (!duplicates.isEmpty() || !repeated.isEmpty()) {
            // One message naming both kinds, so that nothing is found one run later.
            Error d;
            d.kind = ErrorKind::Duplicate;
            d.file = store.path();
            d.message =
                !duplicates.isEmpty()
                    ? tr("already in the database: %1. Nothing was imported; choose to keep "
                         "both, replace or skip")
                          .arg(duplicates.join(QStringLiteral("; ")))
                    : QString();
            if (!repeated.isEmpty()) {
                const QString named =
                    tr("named more than once in the files to import: %1. Nothing was imported; "
                       "name each file once, or choose to keep both, replace or skip")
                        .arg(repeated.join(QStringLiteral("; ")));
                d.message = d.message.isEmpty() ? named : d.message + QStringLiteral(" ") + named;
            }
            return d;
        }
        return {};
    });
    if (e.isError()) {
        return e;
    }
    return report;
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
        QJsonObject o = contentJson(s.content, kb);
        o.insert(QStringLiteral("revision"), s.revision);
        o.insert(QStringLiteral("saved_at"), s.modified.toUTC().toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("baseline"), s.baseline);
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
    QJsonObject municipality{{QStringLiteral("name"), owner.value().name}};
    if (!owner.value().cbsCode.isEmpty()) {
        municipality.insert(QStringLiteral("cbs_code"), owner.value().cbsCode);
    }
    if (!owner.value().region.isEmpty()) {
        municipality.insert(QStringLiteral("region"), owner.value().region);
    }
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("akkoord.case")},
                       {QStringLiteral("version"), CaseFileVersion},
                       {QStringLiteral("municipality"), municipality},
                       {QStringLiteral("scenarios"), list}};
}

QByteArray Exchange::csv(const QVector<QPair<CaseRecord, ScenarioRecord>> &rows,
                         const KnowledgeBase &kb)
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
    for (const Question &q : kb.questions()) {
        header << q.id;
    }
    header << QStringLiteral("notes");
    QStringList lines{header.join(QLatin1Char(','))};
    for (const auto &[owner, s] : rows) {
        QStringList cells{owner.name,
                          owner.cbsCode,
                          owner.region,
                          QString::number(s.id),
                          s.content.title,
                          QString::number(s.revision),
                          s.baseline ? QStringLiteral("yes") : QStringLiteral("no"),
                          s.modified.toUTC().toString(Qt::ISODate),
                          s.content.knowledgeVersion};
        for (const Question &q : kb.questions()) {
            cells << (s.content.answers.isKnown(q.id)
                          ? s.content.answers.values(q.id).join(QLatin1Char(';'))
                          : QStringLiteral("unknown"));
        }
        cells << s.content.notes;
        for (QString &cell : cells) {
            cell = csvCell(cell);
        }
        lines << cells.join(QLatin1Char(','));
    }
    // A byte-order mark lets spreadsheet programs read the UTF-8 names correctly.
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

} // namespace akkoord
