#include "store/postgres/pgconnection.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

// Connecting to the regional server and reading its errors.
namespace akkoord::pg {

namespace {

// The libpq keywords an address may carry; anything else is a mistake in the address.
const QStringList AllowedOptions = {
    QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),
    QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
    QStringLiteral("sslcrl"),           QStringLiteral("connect_timeout"),
    QStringLiteral("service"),          QStringLiteral("target_session_attrs"),
    QStringLiteral("application_name"), QStringLiteral("keepalives"),
    QStringLiteral("keepalives_idle"),
};

Error makeError(ErrorKind kind, const QString &message, const QString &where)
{
    Error e;
    e.kind = kind;
    e.message = message;
    e.file = where;
    return e;
}

// A value in libpq's key=value form: quoted, with ' and \ escaped.
QString quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1String("\\"), QLatin1String("\\\\"))
        .replace(QLatin1String("'"), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

} // namespace

QString Address::display() const
{
    QString out = QStringLiteral("postgresql://");
    if (!user.isEmpty()) {
        out += user + QLatin1Char('@');
    }
    out += host;
    if (port > 0) {
        out += QLatin1Char(':') + QString::number(port);
    }
    out += QLatin1Char('/') + database;
    if (!options.isEmpty()) {
        out += QLatin1Char('?') + options.join(QLatin1Char('&'));
    }
    return out;
}

Result<Address> parseAddress(const QString &uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    const auto bad = [&](const QString &why) {
        return makeError(ErrorKind::WrongFormat,
                         Connection::tr("“%1” is not a database address: %2 (write "
                                        "postgresql://user@server:5432/database)")
                             .arg(QUrl(uri).toDisplayString(QUrl::RemovePassword), why),
                         QString());
    };
    if (!url.isValid()) {
        return bad(url.errorString());
    }
    if (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")) {
        return bad(Connection::tr("it does not start with postgresql://"));
    }
    Address a;
    a.user = url.userName();
    a.password = url.password();
    a.host = url.host();
    a.port = url.port(-1);
    a.database = url.path().mid(1);
    if (a.database.isEmpty() || a.database.contains(QLatin1Char('/'))) {
        return bad(Connection::tr("it names no database"));
    }
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!AllowedOptions.contains(key)) {
            return bad(
                Connection::tr("“%1” is not a connection option Akkoord passes on").arg(key));
        }
        a.options << key + QLatin1Char('=') + value;
    }
    return a;
}

Error Connection::open(const Address &address, const QString &name, bool readOnly)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return makeError(ErrorKind::Internal,
                         tr("this installation cannot reach a PostgreSQL database: Qt's "
                            "PostgreSQL driver is missing (Debian package libqt6sql6-psql)"),
                         address.display());
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setDatabaseName(address.database);
    if (!address.host.isEmpty()) {
        db.setHostName(address.host);
    }
    if (address.port > 0) {
        db.setPort(address.port);
    }
    if (!address.user.isEmpty()) {
        db.setUserName(address.user);
    }
    if (!address.password.isEmpty()) {
        db.setPassword(address.password);
    }
    QStringList options{QStringLiteral("application_name=akkoord"),
                        QStringLiteral("connect_timeout=10")};
    for (const QString &option : address.options) {
        const qsizetype eq = option.indexOf(QLatin1Char('='));
        options << option.left(eq) + QLatin1Char('=') + quoted(option.mid(eq + 1));
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    const QString where = address.display();
    if (!db.open()) {
        const QString text = db.lastError().databaseText().isEmpty()
                                 ? db.lastError().text()
                                 : db.lastError().databaseText();
        const QString detail = text.trimmed();
        const QString who =
            address.user.isEmpty() ? QString::fromLocal8Bit(qgetenv("PGUSER")) : address.user;
        if (detail.contains(QLatin1String("password authentication failed")) ||
            detail.contains(QLatin1String("no password supplied"))) {
            return makeError(
                ErrorKind::LoginRefused,
                tr("the regional database refused the login of “%1”: the password is wrong or "
                   "the account has expired (the server does not say which). Check the password "
                   "in ~/.pgpass or PGPASSWORD, or ask the database's manager")
                    .arg(who),
                where);
        }
        if (detail.contains(QLatin1String("not permitted to log in"))) {
            return makeError(ErrorKind::LoginRefused,
                             tr("the account “%1” may not log in to the regional database (it "
                                "was disabled); ask the database's manager")
                                 .arg(who),
                             where);
        }
        if (detail.contains(QLatin1String("role \"")) &&
            detail.contains(QLatin1String("does not exist"))) {
            return makeError(ErrorKind::LoginRefused,
                             tr("the regional database has no account “%1”; ask the database's "
                                "manager to create it")
                                 .arg(who),
                             where);
        }
        if (detail.contains(QLatin1String("database \"")) &&
            detail.contains(QLatin1String("does not exist"))) {
            return makeError(
                ErrorKind::NotFound,
                tr("the server has no database “%1”; check the address").arg(address.database),
                where);
        }
        if (detail.contains(QLatin1String("permission denied for database"))) {
            return makeError(ErrorKind::LoginRefused,
                             tr("“%1” has no access to the database “%2”; ask the database's "
                                "manager (akkoord-cli server grant)")
                                 .arg(who, address.database),
                             where);
        }
        if (detail.contains(QLatin1String("SSL")) ||
            detail.contains(QLatin1String("certificate"))) {
            return makeError(ErrorKind::Unreachable,
                             tr("the secure connection to the regional database failed (%1); "
                                "check sslmode and the server's certificate")
                                 .arg(detail),
                             where);
        }
        return makeError(ErrorKind::Unreachable,
                         tr("the regional database cannot be reached (%1). Check the network "
                            "and the address, or work on a local copy "
                            "(akkoord-cli copy) until it is back")
                             .arg(detail),
                         where);
    }
    QSqlQuery q(db);
    if (!q.exec(sessionSetup(readOnly))) {
        return queryError(q.lastError(), tr("connecting"), where);
    }
    return {};
}

bool Connection::isConnectionLost(const QSqlError &error)
{
    // The server's own errors carry an SQLSTATE; a connection that broke has none, and libpq
    // words it by the transport (plain or TLS), so both are looked at.
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText() + error.driverText();
    static const char *const lost[] = {
        "server closed the connection",
        "no connection to the server",
        "connection to server",
        "terminating connection",
        "SSL SYSCALL error",
        "EOF detected",
        "could not receive data",
        "could not send data",
        "SSL connection has been closed",
    };
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") ||
        code == QLatin1String("57P02") || code == QLatin1String("57P03")) {
        return true;
    }
    for (const char *phrase : lost) {
        if (text.contains(QLatin1String(phrase))) {
            return true;
        }
    }
    return false;
}

Error Connection::queryError(const QSqlError &error, const QString &what, const QString &where,
                             bool lost)
{
    const QString code = error.nativeErrorCode();
    const QString detail =
        (error.databaseText().isEmpty() ? error.driverText() : error.databaseText()).trimmed();
    if (lost || isConnectionLost(error)) {
        return makeError(ErrorKind::Unreachable,
                         tr("the connection to the regional database was lost while %1; "
                            "nothing was half-written (each save is one transaction). Your work "
                            "is kept; try again when the server is back")
                             .arg(what),
                         where);
    }
    if (code == QLatin1String("42501")) {
        return makeError(ErrorKind::NotPermitted,
                         tr("the regional database refused this change for your account (%1): "
                            "you can change only the work of your own municipality; nothing was "
                            "changed")
                             .arg(detail),
                         where);
    }
    if (code == QLatin1String("25006")) {
        return makeError(ErrorKind::ReadOnly,
                         tr("the database was opened read-only; nothing was saved"), where);
    }
    if (code == QLatin1String("53100")) {
        return makeError(ErrorKind::DiskFull,
                         tr("the regional database's disk is full; nothing was saved. Tell the "
                            "database's manager"),
                         where);
    }
    if (code == QLatin1String("40001") || code == QLatin1String("40P01") ||
        code == QLatin1String("55P03")) {
        return makeError(ErrorKind::Busy,
                         tr("the regional database is busy with another user's change; try "
                            "again in a moment"),
                         where);
    }
    return makeError(ErrorKind::StorageFailed, tr("%1 failed: %2").arg(what, detail), where);
}

QString Connection::sessionSetup(bool readOnly)
{
    return QStringLiteral("SET TIME ZONE 'UTC'; SET search_path = %1, pg_catalog; "
                          "SET standard_conforming_strings = on;%2")
        .arg(QLatin1String(Schema),
             readOnly ? QStringLiteral(" SET default_transaction_read_only = on;") : QString());
}

QString Connection::currentUser(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT current_user")) && q.next() ? q.value(0).toString()
                                                                     : QString();
}

QString timeColumn(const QString &column)
{
    return QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
        .arg(column);
}

} // namespace akkoord::pg
