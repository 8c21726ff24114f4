#include "store/scenariostore.h"

#include "store/sqlite/sqlitestore.h"

#include <QStandardPaths>

namespace akkoord {

ScenarioStore::~ScenarioStore() = default;

QString ScenarioStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/akkoord/akkoord.sqlite");
}

Result<std::unique_ptr<ScenarioStore>> ScenarioStore::open(const QString &path,
                                                           const StoreOptions &options)
{
    return SqliteStore::open(path, options);
}

} // namespace akkoord
