#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "common/language.h"

#include <QGuiApplication>
#include <QLocale>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    // Reports drawn with Qt GUI alone on the offscreen platform, no widgets; the user's own files
    // and settings stay untouched.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English));
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
