#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;
class QTranslator;

namespace akkoord {

enum class Language
{
    Dutch,
    English
};

// "nl" or "en"; anything else is nullopt-like: returns false in ok.
Language languageFromCode(const QString &code, bool *ok = nullptr);
QString languageCode(Language language);
// The system locale's language when it is English, otherwise Dutch: the product is Dutch first.
Language systemLanguage();
// The value of --lang CODE or --lang=CODE among command-line arguments, else the fallback. It is
// read before the parser runs because it decides the language of everything printed, help
// included. valid is false when the code is neither nl nor en.
Language languageFromArguments(const QStringList &arguments, Language fallback, bool *valid);
// The locale for dates and numbers in a language: Dutch as in the Netherlands, English as in
// the United Kingdom (day before month, as Dutch readers expect), never US formats.
QLocale localeFor(Language language);
// Installs the program's translation for the language (none is needed for English, the source
// language). Returns false when the compiled translation is missing.
bool installTranslation(QCoreApplication *app, Language language);

// A text the knowledge base carries in both languages.
struct LocalizedText
{
    QString nl;
    QString en;

    const QString &in(Language language) const { return language == Language::Dutch ? nl : en; }
    bool isComplete() const { return !nl.trimmed().isEmpty() && !en.trimmed().isEmpty(); }
};

} // namespace akkoord
