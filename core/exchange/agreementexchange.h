#pragma once

#include "agreements/agreementfile.h"
#include "exchange/exchange.h"
#include "store/scenariostore.h"

namespace akkoord {

struct AgreementImportReport
{
    int created = 0; // those kept beside a namesake included
    int replaced = 0;
    int keptBoth = 0;
    int skipped = 0;
    QVector<qint64> agreementIds; // created or replaced, in file order
};

// Agreements files in and out of the store, and CSV of commitments and realisations.
class AgreementExchange
{
    Q_DECLARE_TR_FUNCTIONS(akkoord::AgreementExchange)

public:
    // Whether a file (read and found to be JSON) says it is an agreements file; only its top
    // level is looked at, so a large case file costs nothing here.
    static bool isAgreementsFile(const ImportSource &file);
    // Every agreement of the files into its municipality (found by CBS code or name, made when
    // missing), in one transaction (joining the caller's): an error anywhere, or an agreement
    // of the same title under Refuse, writes nothing.
    static Result<AgreementImportReport>
    import(ScenarioStore &store, const QVector<ImportSource> &files, DuplicatePolicy policy);
    // A municipality's agreements (out of the trash) as an agreements file.
    static Result<AgreementsFile> exportCase(const ScenarioStore &store, qint64 caseId);
    // One row per commitment and one per realisation, for spreadsheets; cells that would run as
    // a formula stay text.
    static QByteArray csv(const CaseRecord &owner, const QVector<AgreementRecord> &agreements);
};

} // namespace akkoord
