#pragma once
// What the shared-outbox tests have in common: a private PostgreSQL 15 cluster with TLS
// (tests/support/PostgresCluster.h), a fresh database per test, nodes of it, and plain sessions on
// it as another program (or a node that died) would leave data. A test class derives from it
// after QObject and calls startRig() in its initTestCase().
#include "PostgresCluster.h"
#include "TestData.h"
#include "outbox/Outbox.h"
#include "settings/AppPaths.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

namespace pacsdrop::test {

class SharedOutboxRig {
protected:
    QTemporaryDir m_dir;
    PostgresCluster m_pg;
    QString m_pki;

    // Empty when the cluster runs; else what went wrong.
    QString startRig()
    {
        paths::setDataDirOverride(m_dir.filePath(QStringLiteral("data")));
        m_pki = m_dir.filePath(QStringLiteral("pki"));
        if (const QString problem = makeTestPki(m_pki); !problem.isEmpty())
            return problem;
        m_pg.useTls(m_pki + QStringLiteral("/server.pem"), m_pki + QStringLiteral("/server.key"));
        return m_pg.start() ? QString() : m_pg.lastError();
    }
    // A node of a shared outbox in a database of its own (fresh for each test).
    OutboxLocation node(const QString &name, const QString &database, int lease = 30) const
    {
        OutboxLocation l;
        l.postgresql = m_pg.connectionString(database);
        l.password = m_pg.password();
        l.node = name;
        l.leaseSeconds = lease;
        return l;
    }
    QSqlDatabase direct(const QString &database, const QString &name) const
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        raw.setHostName(QStringLiteral("127.0.0.1"));
        raw.setPort(m_pg.port());
        raw.setDatabaseName(database);
        raw.setUserName(m_pg.user());
        raw.setPassword(m_pg.password());
        raw.open();
        return raw;
    }
    QString freshDatabase()
    {
        const QString name = QStringLiteral("outbox%1").arg(++m_databases);
        return m_pg.createDatabase(name) ? name : QString();
    }

private:
    int m_databases = 0;
};

} // namespace pacsdrop::test
