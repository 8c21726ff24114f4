#pragma once

// The store suite runs on both backends: on the SQLite file a test names, and, with
// AKKOORD_TEST_POSTGRES=1 inside a throwaway cluster (tests/postgres/run, pg_virtualenv), on a
// fresh regional database made for that file's path. Tests of what only a file has (its bytes,
// its header, its migrations) carry the tag [sqlite] and run on SQLite only.
#include "store/scenariostore.h"

#include <QString>
#include <QStringList>

namespace akkoord::test {

bool onPostgres();
// The database a test's store lives in: path itself, or on PostgreSQL the address of a region
// made for that path the first time it is named (server init as the cluster's superuser).
QString storeAddress(const QString &path);
// A fresh, empty regional database (server init done) on the throwaway cluster; its address.
QString freshRegion(const QString &name);
// Runs sql in a psql session of its own as user (empty: the cluster's superuser) on database;
// the exit code, with what psql printed in output (standard output and error together).
int psql(const QString &database, const QString &sql, const QString &user = QString(),
         QString *output = nullptr);
// A login role with a password of its own; its address for database (as that user).
QString loginRole(const QString &role, const QString &database);

} // namespace akkoord::test
