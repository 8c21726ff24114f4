#pragma once

#include "common/language.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace akkoord::ui {

// The program's settings in one place: every key with its default, a version and a migration
// step, so a renamed key never silently loses what a user chose.
class Settings
{
public:
    static constexpr int Version = 1;

    explicit Settings(QSettings *settings = nullptr);

    // "system", "nl" or "en".
    QString languageChoice() const;
    void setLanguageChoice(const QString &choice);
    Language language() const;

    // "system", "light", "dark" or "high-contrast".
    QString themeChoice() const;
    void setThemeChoice(const QString &choice);

    // Keys of the advice sections the reader folded (AdviceOutline's section keys).
    QStringList foldedAdviceSections() const;
    void setFoldedAdviceSections(const QStringList &keys);

    bool showHelp() const;
    void setShowHelp(bool show);

    QString lastDatabase() const;
    QStringList recentDatabases() const;
    void noteDatabase(const QString &path); // makes it the last and first of the recent ones
    // The scenario open last in that database (0: none noted), to open again at the next start.
    qint64 lastScenario(const QString &database) const;
    void setLastScenario(const QString &database, qint64 id);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);

private:
    void store(const QString &key, const QVariant &value);
    void migrate();

    QSettings m_own;
    QSettings *m_settings;
};

} // namespace akkoord::ui
