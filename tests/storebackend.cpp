#include "storebackend.h"

#include "store/regionserver.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSet>

#include <catch2/catch.hpp>

namespace akkoord::test {

bool onPostgres()
{
    return qEnvironmentVariableIntValue("AKKOORD_TEST_POSTGRES") == 1;
}

int psql(const QString &database, const QString &sql, const QString &user, QString *output)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QStringList args{QStringLiteral("-X"), QStringLiteral("-q"),
                     QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                     QStringLiteral("-d"), database};
    if (!user.isEmpty()) {
        args << QStringLiteral("-U") << user;
        env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("pw-") + user);
    }
    args << QStringLiteral("-c") << sql;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("psql"), args);
    REQUIRE(p.waitForFinished(60000));
    if (output) {
        *output = QString::fromUtf8(p.readAll());
    }
    return p.exitCode();
}

QString freshRegion(const QString &name)
{
    QString out;
    // Each on its own: psql -c runs several statements as one transaction, where neither may run.
    for (const QString &sql : {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)"),
                               QStringLiteral("CREATE DATABASE %1")}) {
        const int rc = psql(QStringLiteral("postgres"), sql.arg(name), QString(), &out);
        INFO(out.toStdString());
        REQUIRE(rc == 0);
    }
    const QString address = QStringLiteral("postgresql:///%1").arg(name);
    const auto setup = RegionServer::init(address, QStringLiteral("Testregio"));
    INFO((setup.ok() ? std::string() : setup.error().toString().toStdString()));
    REQUIRE(setup.ok());
    return address;
}

QString storeAddress(const QString &path)
{
    if (!onPostgres()) {
        return path;
    }
    static QSet<QString> made;
    const QString name =
        QStringLiteral("t_") +
        QString::fromLatin1(
            QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Md5).toHex().left(20));
    if (!made.contains(name)) {
        freshRegion(name);
        made.insert(name);
    }
    return QStringLiteral("postgresql:///%1").arg(name);
}

QString loginRole(const QString &role, const QString &database)
{
    QString out;
    const int rc = psql(QStringLiteral("postgres"),
                        QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE "
                                       "rolname = '%1') THEN CREATE ROLE %1 LOGIN PASSWORD "
                                       "'pw-%1'; END IF; END $$")
                            .arg(role),
                        QString(), &out);
    INFO(out.toStdString());
    REQUIRE(rc == 0);
    return QStringLiteral("postgresql://%1:pw-%1@%2/%3")
        .arg(role, qEnvironmentVariable("PGHOST", QStringLiteral("localhost")), database);
}

} // namespace akkoord::test
