#pragma once

#include "advice/comparison.h"
#include "advice/matrixchart.h"
#include "common/error.h"
#include "knowledge/advisor.h"
#include "store/scenario.h"

#include <QCoreApplication>
#include <QDate>

class QPagedPaintDevice;

namespace akkoord {

// One report, whatever it goes to: a title block, the matrices and an HTML body.
struct Report
{
    QString title;
    QString subtitle;
    QString body; // HTML; user text already escaped
    QVector<MatrixChartState> charts;
    Language language = Language::Dutch;
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
