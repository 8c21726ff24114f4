#pragma once

#include "common/error.h"
#include "store/records.h"

#include <QCoreApplication>
#include <QVector>

namespace akkoord {

// Setting up and running a regional database on PostgreSQL (akkoord-cli server …): run by the
// database's owner, never by the people who use it. Who belongs to which municipality is kept in
// the database itself, where its row-level security reads it (docs/regional-server.md).
class RegionServer
{
    Q_DECLARE_TR_FUNCTIONS(akkoord::RegionServer)

public:
    struct Member
    {
        QString login;
        qint64 caseId = 0;
        QString municipality;
        QString cbsCode;
    };
    enum class Setup
    {
        Created,  // the schema was made
        Upgraded, // an older schema was brought up to date
        Current   // nothing to do
    };

    // Creates the region's schema (tables, row-level security, the change announcements) or
    // brings an older one up to date, in one transaction; the region's name is kept.
    static Result<Setup> init(const QString &address, const QString &region);
    // A municipality of the region; one that exists already (same CBS code, or same name) is
    // returned as it is.
    static Result<CaseRecord> addMunicipality(const QString &address, const QString &name,
                                              const QString &cbsCode);
    // Lets the login role change the municipality's work (and read the whole region); the role
    // must exist (createuser). municipality: a CBS code such as GM0344, or a name.
    static Error grant(const QString &address, const QString &login, const QString &municipality);
    // Takes that away again; a login left without a municipality loses access to the database.
    static Error revoke(const QString &address, const QString &login, const QString &municipality);
    static Result<QVector<Member>> members(const QString &address);
};

} // namespace akkoord
