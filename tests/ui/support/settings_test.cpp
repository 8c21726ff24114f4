#include "testsupport.h"

#include "support/settings.h"

#include <QSettings>

#include <sys/stat.h>

using namespace akkoord::ui;

namespace {

// The file's inode: QSettings writes a new file and renames it over the old one.
ino_t inodeOf(const QString &path)
{
    struct stat info
    {
    };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_ino;
}

} // namespace

TEST_CASE("Settings are written when they change, and only then", "[ui][settings]")
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("akkoord.conf"));
    const QString first = dir.filePath(QStringLiteral("a.sqlite"));
    const QString second = dir.filePath(QStringLiteral("b.sqlite"));
    {
        QSettings file(ini, QSettings::IniFormat);
        Settings settings(&file);
        settings.noteDatabase(first);
        settings.setShowHelp(true);
        settings.setWindowGeometry(QByteArray("\x01\x02geometry", 10));
    }
    const ino_t written = inodeOf(ini);
    {
        // A start that notes the same database and restores the same state writes nothing.
        QSettings file(ini, QSettings::IniFormat);
        Settings settings(&file);
        CHECK(settings.lastDatabase() == first);
        CHECK(settings.recentDatabases() == QStringList{first});
        settings.noteDatabase(first);
        settings.setShowHelp(true);
        settings.setWindowGeometry(QByteArray("\x01\x02geometry", 10));
    }
    CHECK(inodeOf(ini) == written);
    {
        QSettings file(ini, QSettings::IniFormat);
        Settings settings(&file);
        settings.noteDatabase(second);
    }
    CHECK(inodeOf(ini) != written);
    QSettings file(ini, QSettings::IniFormat);
    Settings settings(&file);
    CHECK(settings.lastDatabase() == second);
    CHECK(settings.recentDatabases() == QStringList{second, first});
    CHECK(settings.showHelp());
    CHECK(settings.windowGeometry() == QByteArray("\x01\x02geometry", 10));
}
