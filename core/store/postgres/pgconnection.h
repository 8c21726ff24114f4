#pragma once

// Inside the PostgreSQL backend only: the server's address, the connection and the mapping from
// the server's answers to the errors the program acts on.
#include "common/error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

namespace akkoord::pg {

// postgresql://[user[:password]@][host][:port]/database[?sslmode=…&…]; what is left out comes
// from libpq's own defaults (PGHOST, PGUSER, ~/.pgpass, a service file).
struct Address
{
    QString user;
    QString password; // only when the address held one; never shown or remembered
    QString host;
    int port = -1;
    QString database;
    QStringList options; // libpq keywords, key=value

    // The address as the user would name it, without the password.
    QString display() const;
};

Result<Address> parseAddress(const QString &uri);

// The server's schema: everything lives in this schema of the database.
constexpr const char *Schema = "akkoord";
// The channel other users' changes are announced on (LISTEN/NOTIFY).
constexpr const char *Channel = "akkoord_changed";

class Connection
{
    Q_DECLARE_TR_FUNCTIONS(akkoord::ScenarioStore)

public:
    // Opens a connection of its own (name unique in this process), in UTC, with the schema on the
    // search path. The error says what the user can do: the server cannot be reached, the login
    // was refused, the database does not exist, the driver is missing.
    static Error open(const Address &address, const QString &name, bool readOnly);
    // The server's answer to a failed query as an error kind with a message in the user's words.
    // lost: the connection is known to be gone, whatever the error says.
    static Error queryError(const QSqlError &error, const QString &what, const QString &where,
                            bool lost = false);
    // Whether the connection was lost (server stopped, network gone), from the failed query.
    static bool isConnectionLost(const QSqlError &error);
    // What every session of ours sets first: times in UTC, the schema on the search path,
    // backslashes in quoted text taken literally (the batches quote their own values), and
    // read-only when asked.
    static QString sessionSetup(bool readOnly);
    // The login the connection runs as (current_user).
    static QString currentUser(const QSqlDatabase &db);
};

// A timestamptz column as the text the rows are read from (UTC, ISO 8601 with milliseconds).
QString timeColumn(const QString &column);

} // namespace akkoord::pg
