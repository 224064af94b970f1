#pragma once
// A private PostgreSQL 15 cluster for one test (issue 16: several serve nodes sharing an outbox):
// initdb into a temporary folder, started with pg_ctl on a free loopback port, password login
// (SCRAM) over TCP only, and stopped by the postmaster's own PID (from postmaster.pid) — never a
// system service. PostgreSQL refuses to run as root: when the tests run as root, the cluster runs
// as the unprivileged "postgres" user (Debian's package makes it), else as the current user.

#include <QString>
#include <QTemporaryDir>

namespace pacsdrop::test {

class PostgresCluster {
public:
    PostgresCluster();
    ~PostgresCluster();

    // Before start(): the server also speaks TLS with this certificate and key (PEM files).
    void useTls(const QString &certificate, const QString &key) { m_tlsCertificate = certificate; m_tlsKey = key; }
    bool start(); // false with the reason in lastError()
    // Another empty database in the cluster, owned by user() (a test that needs a fresh outbox).
    bool createDatabase(const QString &name);
    void stop();  // fast shutdown by the postmaster's PID; waits until it is gone
    // Restarts on the same port and data (a database server that went away and came back).
    bool restart();
    QString lastError() const { return m_error; }

    quint16 port() const { return m_port; }
    QString user() const { return QStringLiteral("pacsdrop"); }
    QString password() const { return m_password; }
    QString database() const { return QStringLiteral("pacsdrop"); }
    qint64 postmasterPid() const; // 0: not running
    // "host=127.0.0.1 port=… dbname=pacsdrop user=pacsdrop" (the password apart, as settings keep it).
    QString connectionString(const QString &database = {}) const;

private:
    bool run(const QStringList &command, int timeoutMs, QString *output = nullptr);
    bool startServer();

    QTemporaryDir m_dir;
    QString m_data;
    QString m_password;
    QString m_runAs; // empty: this user
    quint16 m_port = 0;
    QString m_tlsCertificate;
    QString m_tlsKey;
    QString m_error;
};

} // namespace pacsdrop::test
