#include "support/settings.h"

#include "store/scenariostore.h"

#include "support/theme.h"

#include <QFileInfo>

namespace akkoord::ui {

namespace Keys {
const char *const Version = "settings/version";
const char *const Language = "ui/language";         // default "system"
const char *const ShowHelp = "ui/showHelp";         // default false
const char *const Theme = "ui/theme";               // default "system"
const char *const Folded = "advice/folded";         // default: none
const char *const LastDatabase = "db/last";         // default: none, the embedded default
const char *const RecentDatabases = "db/recent";    // default: empty
const char *const LastScenario = "db/lastScenario"; // the database and the id; default: none
const char *const WindowGeometry = "window/geometry";
const char *const WindowState = "window/state";
const char *const Splitters = "window/splitter/";
} // namespace Keys

Settings::Settings(QSettings *settings) : m_settings(settings ? settings : &m_own)
{
    migrate();
}

void Settings::store(const QString &key, const QVariant &value)
{
    // Only what changed: writing the file takes a lock and two syncs to disk, and noting the same
    // database again on every start did that before the window first painted. INI files give
    // text back, so the old value is compared as the new one's type.
    QVariant old = m_settings->value(key);
    if (old.isValid() && old.convert(value.metaType()) && old == value) {
        return;
    }
    m_settings->setValue(key, value);
}

void Settings::migrate()
{
    const int version = m_settings->value(QLatin1String(Keys::Version), 0).toInt();
    // Version 0 is a fresh or pre-release profile: nothing to carry over yet.
    if (version < Version) {
        store(QLatin1String(Keys::Version), Version);
    }
}

QString Settings::languageChoice() const
{
    const QString choice =
        m_settings->value(QLatin1String(Keys::Language), QStringLiteral("system")).toString();
    return (choice == QLatin1String("nl") || choice == QLatin1String("en"))
               ? choice
               : QStringLiteral("system");
}

void Settings::setLanguageChoice(const QString &choice)
{
    store(QLatin1String(Keys::Language), choice);
}

Language Settings::language() const
{
    const QString choice = languageChoice();
    return choice == QLatin1String("system") ? systemLanguage() : languageFromCode(choice);
}

QString Settings::themeChoice() const
{
    const QString choice =
        m_settings->value(QLatin1String(Keys::Theme), QStringLiteral("system")).toString();
    return Theme::choices().contains(choice) ? choice : QStringLiteral("system");
}

void Settings::setThemeChoice(const QString &choice)
{
    store(QLatin1String(Keys::Theme), choice);
}

QStringList Settings::foldedAdviceSections() const
{
    return m_settings->value(QLatin1String(Keys::Folded)).toStringList();
}

void Settings::setFoldedAdviceSections(const QStringList &keys)
{
    store(QLatin1String(Keys::Folded), keys);
}

bool Settings::showHelp() const
{
    return m_settings->value(QLatin1String(Keys::ShowHelp), false).toBool();
}

void Settings::setShowHelp(bool show)
{
    store(QLatin1String(Keys::ShowHelp), show);
}

QString Settings::lastDatabase() const
{
    return m_settings->value(QLatin1String(Keys::LastDatabase)).toString();
}

QStringList Settings::recentDatabases() const
{
    return m_settings->value(QLatin1String(Keys::RecentDatabases)).toStringList();
}

void Settings::noteDatabase(const QString &path)
{
    // A file by its absolute path; a server by its address (which holds no password).
    const QString absolute =
        ScenarioStore::isServerAddress(path) ? path : QFileInfo(path).absoluteFilePath();
    QStringList recent = recentDatabases();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > 8) {
        recent.removeLast();
    }
    store(QLatin1String(Keys::RecentDatabases), recent);
    store(QLatin1String(Keys::LastDatabase), absolute);
}

qint64 Settings::lastScenario(const QString &database) const
{
    const QStringList noted = m_settings->value(QLatin1String(Keys::LastScenario)).toStringList();
    return noted.size() == 2 && noted[0] == database ? noted[1].toLongLong() : 0;
}

void Settings::setLastScenario(const QString &database, qint64 id)
{
    store(QLatin1String(Keys::LastScenario), QStringList{database, QString::number(id)});
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(QLatin1String(Keys::WindowGeometry)).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    store(QLatin1String(Keys::WindowGeometry), geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(QLatin1String(Keys::WindowState)).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    store(QLatin1String(Keys::WindowState), state);
}

QByteArray Settings::splitterState(const QString &name) const
{
    return m_settings->value(QLatin1String(Keys::Splitters) + name).toByteArray();
}

void Settings::setSplitterState(const QString &name, const QByteArray &state)
{
    store(QLatin1String(Keys::Splitters) + name, state);
}

} // namespace akkoord::ui
