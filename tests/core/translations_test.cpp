#include "testsupport.h"

#include "common/language.h"

#include <QCoreApplication>
#include <QTranslator>
#include <QXmlStreamReader>

// Dutch first: every program text has a finished Dutch translation.
TEST_CASE("The Dutch translation is complete", "[translations]")
{
    const QByteArray ts = akkoord::test::readAll(
        akkoord::test::sourcePath(QStringLiteral("resources/translations/akkoord_nl.ts")));
    QXmlStreamReader xml(ts);
    int messages = 0;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            // Plural forms sit in <numerusform> children.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            INFO(source.toStdString());
            CHECK(type != QStringLiteral("unfinished"));
            CHECK(type != QStringLiteral("vanished"));
            CHECK_FALSE(text.trimmed().isEmpty());
        }
    }
    CHECK_FALSE(xml.hasError());
    CHECK(messages > 50);
}

TEST_CASE("The compiled Dutch translation is built in and used", "[translations]")
{
    REQUIRE(akkoord::installTranslation(QCoreApplication::instance(), akkoord::Language::Dutch));
    CHECK(QCoreApplication::translate("akkoord::AdviceText", "Ranking") ==
          QStringLiteral("Rangorde"));
    CHECK(QCoreApplication::translate("akkoord", "the file does not exist") ==
          QStringLiteral("het bestand bestaat niet"));
    // Leave later tests in English.
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    CHECK(QCoreApplication::translate("akkoord::AdviceText", "Ranking") ==
          QStringLiteral("Ranking"));
}

TEST_CASE("English plural forms: one question, two questions", "[translations]")
{
    // English is the source language; its translation file carries only the plural forms.
    const QString ts = QString::fromUtf8(akkoord::test::readAll(
        akkoord::test::sourcePath(QStringLiteral("resources/translations/akkoord_en.ts"))));
    CHECK_FALSE(ts.contains(QStringLiteral("type=\"unfinished\"")));
    REQUIRE(akkoord::installTranslation(QCoreApplication::instance(), akkoord::Language::English));
    const char *source = "%n question(s) not answered yet (see “Missing information”)";
    CHECK(QCoreApplication::translate("akkoord::AdviceText", source, nullptr, 1) ==
          QStringLiteral("1 question not answered yet (see “Missing information”)"));
    CHECK(QCoreApplication::translate("akkoord::AdviceText", source, nullptr, 3) ==
          QStringLiteral("3 questions not answered yet (see “Missing information”)"));
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}
