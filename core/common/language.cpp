#include "common/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace akkoord {

Language languageFromCode(const QString &code, bool *ok)
{
    const QString c = code.trimmed().toLower();
    if (ok) {
        *ok = (c == QLatin1String("nl") || c == QLatin1String("en"));
    }
    return c == QLatin1String("en") ? Language::English : Language::Dutch;
}

QString languageCode(Language language)
{
    return language == Language::English ? QStringLiteral("en") : QStringLiteral("nl");
}

Language systemLanguage()
{
    return QLocale::system().language() == QLocale::English ? Language::English : Language::Dutch;
}

Language languageFromArguments(const QStringList &arguments, Language fallback, bool *valid)
{
    *valid = true;
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size()) {
            return languageFromCode(arguments[i + 1], valid);
        }
        if (arguments[i].startsWith(QLatin1String("--lang="))) {
            return languageFromCode(arguments[i].mid(7), valid);
        }
    }
    return fallback;
}

QLocale localeFor(Language language)
{
    return language == Language::Dutch ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                                       : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

bool installTranslation(QCoreApplication *app, Language language)
{
    if (language == Language::English) {
        // English is the source language; its file holds only the plural forms ("1 question",
        // "2 questions").
        auto *plurals = new QTranslator(app);
        if (!plurals->load(QStringLiteral(":/i18n/akkoord_en.qm"))) {
            delete plurals;
            return false;
        }
        QCoreApplication::installTranslator(plurals);
        return true;
    }
    auto *translator = new QTranslator(app);
    if (!translator->load(QStringLiteral(":/i18n/akkoord_nl.qm"))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    // Qt's own texts (standard buttons, file dialogs) too, where Debian's translations are there.
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(QLocale::Dutch), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return true;
}

} // namespace akkoord
