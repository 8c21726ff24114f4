#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char *argv[])
{
    // Tests assert texts in a fixed language; the machine's locale must not decide them.
    QLocale::setDefault(QLocale(QLocale::English));
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
