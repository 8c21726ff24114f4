#pragma once

#include "advice/comparison.h"
#include "advice/matrixchart.h"
#include "agreements/progresschart.h"
#include "common/error.h"
#include "knowledge/advisor.h"
#include "store/scenario.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

class QPagedPaintDevice;

namespace akkoord {

// One report, whatever it goes to: a title block, the matrices and an HTML body.
struct Report
{
    QString title;
    QString subtitle;
    QString body; // HTML; user text already escaped
    QVector<MatrixChartState> charts;
    std::optional<ProgressChartState> progress; // drawn after the matrices
    Language language = Language::Dutch;
};

// What the quarterly progress report is made of: a municipality's agreements, the date it is
// made up to, and its baseline scenario (for the start the advice recommended), if any.
struct ProgressReportInput
{
    QString municipality;
    QVector<Agreement> agreements;
    QDate at;
    std::optional<Scenario> baseline;
};

// The reports an administrator takes to the council or to the employers' table: one scenario,
// or several side by side, as A4 PDF (matrices as vector graphics, header, footer, page
// numbers), on a printer, or as one self-contained HTML file with the matrices as SVG.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(akkoord::ReportWriter)

public:
    ReportWriter(const Advisor &advisor, Language language, QDate date = QDate::currentDate())
        : m_advisor(advisor), m_language(language), m_date(date)
    {
    }

    Report scenarioReport(const Scenario &scenario) const;
    Report comparisonReport(const QVector<QPair<QString, Scenario>> &scenarios) const;
    // The quarterly report for the council or the employers' table (progressreport.cpp): what is
    // behind, progress per commitment and target group against the previous quarter, the
    // portfolio, the path on the matrix beside the recommended start, the next reviews.
    Report progressReport(const ProgressReportInput &input) const;

    // Paints the report page by page; works for QPdfWriter and QPrinter alike. False when the
    // device cannot be painted on (a file that cannot be created, a printer that is gone).
    bool paint(const Report &report, QPagedPaintDevice *device) const;
    Error writePdf(const Report &report, const QString &path) const;
    QString html(const Report &report) const;
    Error writeHtml(const Report &report, const QString &path) const;

private:
    QString answersTable(const Scenario &scenario, const Advice &advice) const;
    QString header(const QString &municipality, const QString &title) const;

    const Advisor &m_advisor;
    Language m_language;
    QDate m_date;
};

} // namespace akkoord
