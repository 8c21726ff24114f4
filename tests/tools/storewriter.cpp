// A child process for the crash-safety and concurrency tests: imports scenarios into a database
// one at a time and reports each one after its save has returned, so the parent knows exactly
// which saves must survive a kill. With "agreements" after the prefix it records an agreement
// and then realisations, one save per month, reporting each revision the same way.
#include "exchange/exchange.h"
#include "knowledge/knowledgebase.h"
#include "store/scenariostore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace akkoord;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 4 && argc != 5) {
        std::fprintf(stderr, "usage: storewriter DB COUNT PREFIX [agreements]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int count = QString::fromLatin1(argv[2]).toInt();
    const QString prefix = QString::fromLocal8Bit(argv[3]);
    auto kb = KnowledgeBase::loadDefault();
    auto store = ScenarioStore::open(path);
    if (!kb.ok() || !store.ok()) {
        std::fprintf(stderr, "open failed: %s\n",
                     qPrintable(store.ok() ? kb.error().toString() : store.error().toString()));
        return 1;
    }
    if (argc == 5) {
        const auto owner = store.value()->createCase(prefix);
        Agreement a;
        a.title = prefix;
        a.kind = QStringLiteral("covenant");
        a.visibility = QStringLiteral("public");
        a.status = QStringLiteral("running");
        a.start = QDate(2000, 1, 1);
        a.commitments << Commitment{QStringLiteral("banenafspraak"), QStringLiteral("persons"),
                                    1000000, QDate(), QString()};
        auto saved = owner.ok() ? store.value()->createAgreement(owner.value().id, a)
                                : Result<AgreementRecord>(owner.error());
        for (int i = 0; saved.ok() && i < count; ++i) {
            std::printf("saved %lld %d\n", static_cast<long long>(saved.value().id),
                        saved.value().revision);
            std::fflush(stdout);
            a.realisations << Realisation{
                0,
                *Period::parse(QStringLiteral("%1-%2")
                                   .arg(2000 + i / 12)
                                   .arg(i % 12 + 1, 2, 10, QLatin1Char('0'))),
                double(i), QString(), false};
            saved = store.value()->saveAgreement(saved.value().id, saved.value().revision, a);
        }
        if (!saved.ok()) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(saved.error().toString()));
            return 1;
        }
        return 0;
    }
    const auto &cases = kb.value()->referenceCases();
    for (int i = 0; i < count; ++i) {
        ImportedCase c;
        c.name = cases[i % cases.size()].name;
        Revision r;
        r.revision = 1;
        r.content.title = QStringLiteral("%1-%2").arg(prefix).arg(i);
        r.content.answers = cases[i % cases.size()].answers;
        r.content.notes = QString(500, QLatin1Char('n')) + QString::number(i);
        r.content.knowledgeVersion = kb.value()->version();
        c.scenarios.append(ImportedScenario{{r}, false});
        const auto report = Exchange::import(*store.value(), {c}, DuplicatePolicy::KeepBoth);
        if (!report.ok()) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(report.error().toString()));
            return 1;
        }
        std::printf("saved %lld %s\n", static_cast<long long>(report.value().scenarioIds.first()),
                    qPrintable(r.content.title));
        std::fflush(stdout);
    }
    return 0;
}
