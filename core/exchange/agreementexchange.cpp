#include "exchange/agreementexchange.h"

#include "common/jsonsupport.h"

#include <QHash>
#include <QJsonValue>
#include <QSet>

namespace akkoord {

bool AgreementExchange::isAgreementsFile(const ImportSource &file)
{
    const JsonPieces pieces(file.data, file.path);
    const JsonSpan whole = pieces.whole();
    if (pieces.kindOf(whole) != '{') {
        return false;
    }
    const auto members = pieces.members(whole);
    if (!members.ok()) {
        return false;
    }
    for (const auto &[name, span] : members.value()) {
        if (name == QLatin1String("format")) {
            const auto value = pieces.value(span);
            return value.ok() && value.value().toString() == QLatin1String("akkoord.agreements");
        }
    }
    return false;
}

Result<AgreementImportReport> AgreementExchange::import(ScenarioStore &store,
                                                        const QVector<ImportSource> &files,
                                                        DuplicatePolicy policy)
{
    // Every file is read and checked before anything is written.
    QVector<AgreementsFile> parsed;
    for (const ImportSource &file : files) {
        const Result<AgreementsFile> r = AgreementFile::parse(file.data, file.path);
        if (!r.ok()) {
            return r.error();
        }
        parsed << r.value();
    }
    AgreementImportReport report;
    QStringList duplicates;
    QStringList repeated;                 // named twice among the files, not yet stored
    QSet<QPair<qint64, QString>> written; // (municipality, title) added by this import
    const Error e = store.transaction([&]() -> Error {
        for (const AgreementsFile &file : parsed) {
            Result<CaseRecord> owner = store.findCase(file.municipality, file.cbsCode);
            if (!owner.ok() && owner.error().kind == ErrorKind::NotFound &&
                !file.cbsCode.isEmpty()) {
                owner = store.findCase(file.municipality);
            }
            if (!owner.ok() && owner.error().kind == ErrorKind::NotFound) {
                owner = store.createCase(file.municipality, file.cbsCode, file.region);
            }
            if (!owner.ok()) {
                return owner.error();
            }
            const Result<QVector<AgreementRecord>> existing = store.agreements(owner.value().id);
            if (!existing.ok()) {
                return existing.error();
            }
            QHash<QString, AgreementRecord> byTitle;
            for (const AgreementRecord &r : existing.value()) {
                byTitle.insert(r.agreement.title.toCaseFolded(), r);
            }
            for (Agreement a : file.agreements) {
                const QString key = a.title.toCaseFolded();
                const auto same = byTitle.constFind(key);
                if (same != byTitle.constEnd()) {
                    if (policy == DuplicatePolicy::Refuse &&
                        written.contains({owner.value().id, key})) {
                        repeated << QStringLiteral("%1 — %2").arg(owner.value().name, a.title);
                        continue;
                    }
                    if (policy == DuplicatePolicy::Refuse) {
                        duplicates << QStringLiteral("%1 — %2").arg(owner.value().name, a.title);
                        continue;
                    }
                    if (policy == DuplicatePolicy::Skip) {
                        ++report.skipped;
                        continue;
                    }
                    if (policy == DuplicatePolicy::Replace) {
                        const Result<AgreementRecord> saved =
                            store.saveAgreement(same->id, same->revision, a);
                        if (!saved.ok()) {
                            return saved.error();
                        }
                        byTitle.insert(key, saved.value());
                        ++report.replaced;
                        report.agreementIds << saved.value().id;
                        continue;
                    }
                    const QString base = a.title;
                    for (int n = 2; byTitle.contains(a.title.toCaseFolded()); ++n) {
                        // The number stays within the length a title may have.
                        const QString suffix = QStringLiteral(" (%1)").arg(n);
                        a.title =
                            base.left(AgreementFile::MaxTitleLength - int(suffix.size())) + suffix;
                    }
                    ++report.keptBoth;
                }
                const Result<AgreementRecord> created = store.createAgreement(owner.value().id, a);
                if (!created.ok()) {
                    return created.error();
                }
                byTitle.insert(a.title.toCaseFolded(), created.value());
                written.insert({owner.value().id, a.title.toCaseFolded()});
                ++report.created;
                report.agreementIds << created.value().id;
            }
        }
        if (!duplicates.isEmpty() || !repeated.isEmpty()) {
            Error d;
            d.kind = ErrorKind::Duplicate;
            d.file = store.path();
            QStringList parts;
            if (!duplicates.isEmpty()) {
                parts << tr("agreements already in the database: %1. Nothing was imported; "
                            "choose to keep both, replace or skip")
                             .arg(duplicates.join(QStringLiteral("; ")));
            }
            if (!repeated.isEmpty()) {
                parts << tr("agreements named more than once in the files to import: %1. Nothing "
                            "was imported; give each agreement its own title, or choose to keep "
                            "both, replace or skip")
                             .arg(repeated.join(QStringLiteral("; ")));
            }
            d.message = parts.join(QLatin1Char(' '));
            return d;
        }
        return {};
    });
    if (e.isError()) {
        return e;
    }
    return report;
}

Result<AgreementsFile> AgreementExchange::exportCase(const ScenarioStore &store, qint64 caseId)
{
    const Result<CaseRecord> owner = store.caseById(caseId);
    if (!owner.ok()) {
        return owner.error();
    }
    const Result<QVector<AgreementRecord>> list = store.agreements(caseId);
    if (!list.ok()) {
        return list.error();
    }
    return AgreementsFile{owner.value().name, owner.value().cbsCode, owner.value().region,
                          agreementsOf(list.value())};
}

QByteArray AgreementExchange::csv(const CaseRecord &owner,
                                  const QVector<AgreementRecord> &agreements)
{
    const QStringList header{
        QStringLiteral("municipality"), QStringLiteral("agreement_id"), QStringLiteral("agreement"),
        QStringLiteral("kind"),         QStringLiteral("status"),       QStringLiteral("row"),
        QStringLiteral("commitment"),   QStringLiteral("target_group"), QStringLiteral("unit"),
        QStringLiteral("target"),       QStringLiteral("due"),          QStringLiteral("period"),
        QStringLiteral("value"),        QStringLiteral("source"),       QStringLiteral("verified")};
    QByteArray out("\xEF\xBB\xBF");
    out += header.join(QLatin1Char(',')).toUtf8() + "\r\n";
    const auto line = [&out](QStringList cells) {
        for (QString &cell : cells) {
            cell = csvCell(cell);
        }
        out += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    const auto number = [](double v) { return QString::number(v, 'g', 15); };
    for (const AgreementRecord &r : agreements) {
        const Agreement &a = r.agreement;
        const QStringList lead{owner.name, QString::number(r.id), a.title, a.kind, a.status};
        for (int i = 0; i < a.commitments.size(); ++i) {
            const Commitment &c = a.commitments[i];
            line(lead + QStringList{QStringLiteral("commitment"), QString::number(i), c.targetGroup,
                                    c.unit, number(c.target), c.due.toString(Qt::ISODate),
                                    QString(), QString(), QString(), QString()});
        }
        for (const Realisation &x : a.realisations) {
            const Commitment &c = a.commitments.value(x.commitment);
            line(lead + QStringList{QStringLiteral("realisation"), QString::number(x.commitment),
                                    c.targetGroup, c.unit, QString(), QString(), x.period.text,
                                    number(x.value), x.source,
                                    x.verified ? QStringLiteral("yes") : QStringLiteral("no")});
        }
    }
    return out;
}

} // namespace akkoord
