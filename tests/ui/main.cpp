#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "common/language.h"

#include <QApplication>
#include <QLocale>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    // Real widgets on the offscreen platform; the user's own files and settings stay untouched.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English));
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
