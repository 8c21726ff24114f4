// The module akkoord-cli loads for `report` (reportmodule.h).
#include "reportmodule.h"

#include "knowledge/advisor.h"
#include "reportwriter.h"

#include <QGuiApplication>

using namespace akkoord;

extern "C" Q_DECL_EXPORT QCoreApplication *akkoord_report_create_application(int &argc, char **argv)
{
    // Reports draw charts and text; without a display they draw on the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    return new QGuiApplication(argc, argv);
}

extern "C" Q_DECL_EXPORT Error akkoord_report_write(const reportmodule::Job &job)
{
    const Advisor advisor(job.kb);
    const ReportWriter writer(advisor, job.language);
    const Report report =
        job.progress
            ? writer.progressReport({job.municipality, job.agreements, job.at, job.baseline})
        : job.scenarios.size() == 1 ? writer.scenarioReport(job.scenarios.first().second)
                                    : writer.comparisonReport(job.scenarios);
    return job.pdf ? writer.writePdf(report, job.out) : writer.writeHtml(report, job.out);
}
