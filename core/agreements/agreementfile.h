#pragma once

#include "agreements/agreement.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace akkoord {

// A municipality's agreements as a file (format "akkoord.agreements", version 1), as colleagues
// exchange them. Everything is checked before it is used: identifiers against the documented
// lists, numbers not negative, an end not before its start, realisations inside their
// agreement's period and against an existing commitment, unknown fields refused, and any field
// that would describe a job seeker (a BSN, a name, a date of birth) refused with a message of its
// own: the register keeps aggregates only.
struct AgreementsFile
{
    QString municipality;
    QString cbsCode;
    QString region;
    QVector<Agreement> agreements;
};

class AgreementFile
{
    Q_DECLARE_TR_FUNCTIONS(akkoord::AgreementFile)

public:
    static constexpr int Version = 1;
    static constexpr int MaxAgreements = 10000;
    static constexpr int MaxRealisations = 10000; // per agreement: 40 years of months, and more
    static constexpr int MaxTextLength = 2000;
    // As for scenarios: a municipality's name and a title.
    static constexpr int MaxNameLength = 200;
    static constexpr int MaxTitleLength = 300;

    static Result<AgreementsFile> parse(const QByteArray &data, const QString &origin);
    // One agreement as a JSON object, as in a file's "agreements" list (and as the store keeps
    // each revision): read with every check above, or written.
    static Result<Agreement> parseAgreement(const QByteArray &json, const QString &origin);
    static QJsonObject toJson(const Agreement &agreement);
    // An agreement as the store keeps it: what toJson wrote after every check above had passed
    // on its save, decoded without checking it again (the store reads hundreds at a time, and
    // the checks cost four times the decoding). Nothing when it is not an agreement's object at
    // all: a damaged database.
    static std::optional<Agreement> fromStored(const QByteArray &json);
    // The whole file, indented, as export writes it.
    static QByteArray write(const AgreementsFile &file);
    // Whether an agreement as edited would be accepted: the same checks as a file's, with the
    // JSON path of the first problem.
    static Error check(const Agreement &agreement, const QString &origin);
    // The same check, giving the compact JSON it checked: what a store keeps, encoded once.
    static Result<QByteArray> checkedJson(const Agreement &agreement, const QString &origin);
    // Whether a field's name is one that would hold data about a job seeker.
    static bool isPersonalField(const QString &key);
};

} // namespace akkoord
