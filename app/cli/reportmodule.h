#pragma once

// The report command's drawing lives in a module of its own (akkoord-cli-report), which
// akkoord-cli loads only for `report`: Qt GUI, Qt SVG and everything under them (fonts, X11,
// OpenGL, D-Bus) stay out of the start-up of every other command. This header is the whole
// contract between the two.
#include "agreements/agreement.h"
#include "common/error.h"
#include "common/language.h"
#include "knowledge/knowledgebase.h"
#include "store/scenario.h"

#include <QPair>
#include <QVector>

#include <memory>
#include <optional>

class QCoreApplication;

namespace akkoord::reportmodule {

struct Job
{
    std::shared_ptr<const KnowledgeBase> kb;
    Language language = Language::Dutch;
    QVector<QPair<QString, Scenario>> scenarios; // one: a scenario report; more: a comparison
    QString out;
    bool pdf = true; // else HTML
    // The quarterly progress report instead (report --progress): a municipality's agreements up
    // to a date, beside its baseline scenario when it has one.
    bool progress = false;
    QString municipality;
    QVector<Agreement> agreements;
    QDate at;
    std::optional<Scenario> baseline;
};

// A QGuiApplication (on the offscreen platform when there is no display), which drawing needs.
using CreateApplication = QCoreApplication *(*)(int &argc, char **argv);
using Write = Error (*)(const Job &job);

inline constexpr char CreateApplicationSymbol[] = "akkoord_report_create_application";
inline constexpr char WriteSymbol[] = "akkoord_report_write";
inline constexpr char FileName[] = "akkoord-cli-report";

} // namespace akkoord::reportmodule
