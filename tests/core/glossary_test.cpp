#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace {

// The texts a user sees in one language: the knowledge base's texts and the translations
// (English is the source text of the translation file, Dutch its translation).
void collectKnowledge(const QJsonValue &value, const QString &language, QStringList *out)
{
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            collectKnowledge(v, language, out);
        }
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            // Citation anchors are the source's own words and notes are for the audit only.
            if (it.key() == QLatin1String("anchor") || it.key() == QLatin1String("note")) {
                continue;
            }
            if (it.key() == language && it.value().isString()) {
                *out << it.value().toString();
            } else {
                collectKnowledge(it.value(), language, out);
            }
        }
    }
}

QStringList userTexts(const QString &language)
{
    QStringList out;
    collectKnowledge(QJsonDocument::fromJson(akkoord::test::defaultKnowledgeJson()).object(),
                     language, &out);
    QFile ts(akkoord::test::sourcePath(QStringLiteral("resources/translations/akkoord_nl.ts")));
    REQUIRE(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    const QString element =
        language == QLatin1String("en") ? QStringLiteral("source") : QStringLiteral("translation");
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement &&
            (xml.name() == element || (element == QLatin1String("translation") &&
                                       xml.name() == QLatin1String("numerusform")))) {
            out << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}

// The backticked variants in one column of the glossary's table.
QStringList forbidden(int column)
{
    const QString glossary = QString::fromUtf8(
        akkoord::test::readAll(akkoord::test::sourcePath(QStringLiteral("docs/glossary.md"))));
    QStringList out;
    static const QRegularExpression tick(QStringLiteral("`([^`]+)`"));
    for (const QString &line : glossary.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1Char('|'))) {
            continue;
        }
        const QStringList cells = line.split(QLatin1Char('|'));
        if (cells.size() < 6) {
            continue;
        }
        auto it = tick.globalMatch(cells[column]);
        while (it.hasNext()) {
            out << it.next().captured(1);
        }
    }
    return out;
}

} // namespace

TEST_CASE("No user-visible text uses a word the glossary rules out", "[glossary]")
{
    const QStringList dutchVariants = forbidden(3);
    const QStringList englishVariants = forbidden(4);
    REQUIRE(dutchVariants.contains(QStringLiteral("Zekerheid")));
    REQUIRE(englishVariants.contains(QStringLiteral("self-steering")));
    for (const auto &[language, variants] : {std::pair{QStringLiteral("nl"), dutchVariants},
                                             std::pair{QStringLiteral("en"), englishVariants}}) {
        const QStringList texts = userTexts(language);
        REQUIRE(texts.size() > 300);
        for (const QString &text : texts) {
            for (const QString &variant : variants) {
                INFO(language.toStdString()
                     << ": \"" << variant.toStdString() << "\" in: " << text.toStdString());
                CHECK_FALSE(text.contains(variant));
            }
        }
    }
}
