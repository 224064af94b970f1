#include "PostgresCluster.h"

#include "Peers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace pacsdrop::test {

namespace {

const QString kBin = QStringLiteral("/usr/lib/postgresql/15/bin/");

bool alive(qint64 pid) { return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) == 0; }

} // namespace

PostgresCluster::PostgresCluster()
{
    m_data = m_dir.path() + QStringLiteral("/data");
    m_password = QString::number(QRandomGenerator::system()->generate64(), 36);
}

PostgresCluster::~PostgresCluster() { stop(); }

bool PostgresCluster::run(const QStringList &command, int timeoutMs, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_dir.path());
    if (m_runAs.isEmpty())
        p.start(command.first(), command.mid(1));
    else
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), m_runAs, QStringLiteral("--")} + command);
    const bool finished = p.waitForFinished(timeoutMs);
    const QString out = QString::fromLocal8Bit(p.readAll());
    if (output)
        *output = out;
    if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = command.first().section(u'/', -1) + QStringLiteral(" failed: ") + out.right(2000);
        return false;
    }
    return true;
}

bool PostgresCluster::start()
{
    if (!QFile::exists(kBin + QStringLiteral("initdb"))) {
        m_error = QStringLiteral("PostgreSQL 15 is not installed (the postgresql-15 package; scripts/setup.sh installs it)");
        return false;
    }
    if (::geteuid() == 0) {
        const passwd *pg = ::getpwnam("postgres");
        if (!pg) {
            m_error = QStringLiteral("running as root and there is no \"postgres\" user to run PostgreSQL as");
            return false;
        }
        m_runAs = QStringLiteral("postgres");
        // The temporary folder is root's; the cluster's user must reach its data folder.
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
        QDir().mkpath(m_data);
        if (::chown(QFile::encodeName(m_data).constData(), pg->pw_uid, pg->pw_gid) != 0) {
            m_error = QStringLiteral("cannot hand the data folder to the postgres user");
            return false;
        }
        const QString passwordFile = m_dir.path() + QStringLiteral("/password");
        QFile f(passwordFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(m_password.toUtf8()) < 0)
            return false;
        f.close();
        ::chown(QFile::encodeName(passwordFile).constData(), pg->pw_uid, pg->pw_gid);
    } else {
        QFile f(m_dir.path() + QStringLiteral("/password"));
        if (!f.open(QIODevice::WriteOnly) || f.write(m_password.toUtf8()) < 0)
            return false;
    }
    // SCRAM passwords over TCP; the local socket (in the data folder) for the cluster's own user.
    if (!run({kBin + QStringLiteral("initdb"), QStringLiteral("-D"), m_data, QStringLiteral("-U"), user(), QStringLiteral("--pwfile"),
              m_dir.path() + QStringLiteral("/password"), QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("--auth-local=trust"),
              QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
             120000))
        return false;
    QFile::remove(m_dir.path() + QStringLiteral("/password"));
    if (!m_tlsCertificate.isEmpty()) { // the server's key must be its user's and private
        for (const auto &[from, to] : {std::pair{m_tlsCertificate, QStringLiteral("/server.crt")}, std::pair{m_tlsKey, QStringLiteral("/server.key")}}) {
            QFile::remove(m_data + to);
            if (!QFile::copy(from, m_data + to)) {
                m_error = QStringLiteral("cannot copy %1 into the cluster").arg(from);
                return false;
            }
            QFile::setPermissions(m_data + to, QFile::ReadOwner | QFile::WriteOwner);
            if (const passwd *pg = m_runAs.isEmpty() ? nullptr : ::getpwnam("postgres"))
                ::chown(QFile::encodeName(m_data + to).constData(), pg->pw_uid, pg->pw_gid);
        }
    }
    m_port = freePort();
    if (!startServer())
        return false;
    return run({kBin + QStringLiteral("createdb"), QStringLiteral("-h"), m_data, QStringLiteral("-p"), QString::number(m_port),
                QStringLiteral("-U"), user(), database()},
               30000);
}

bool PostgresCluster::startServer()
{
    QString options = QStringLiteral("-p %1 -c listen_addresses=127.0.0.1 -k %2 -c fsync=off -c max_connections=200").arg(m_port).arg(m_data);
    if (!m_tlsCertificate.isEmpty())
        options += QStringLiteral(" -c ssl=on");
    if (!run({kBin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), m_data, QStringLiteral("-o"), options, QStringLiteral("-l"),
              m_data + QStringLiteral("/server.log"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")},
             90000))
        return false;
    if (!waitForPort(m_port, 30000)) {
        m_error = QStringLiteral("PostgreSQL did not listen on port %1").arg(m_port);
        return false;
    }
    return true;
}

qint64 PostgresCluster::postmasterPid() const
{
    QFile pidFile(m_data + QStringLiteral("/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return 0;
    const qint64 pid = pidFile.readLine().trimmed().toLongLong();
    return alive(pid) ? pid : 0;
}

void PostgresCluster::stop()
{
    const qint64 pid = postmasterPid();
    if (pid == 0)
        return;
    ::kill(static_cast<pid_t>(pid), SIGINT); // "fast" shutdown: sessions are ended, nothing is lost
    for (int i = 0; i < 300 && alive(pid); ++i)
        QThread::msleep(100);
    if (alive(pid))
        ::kill(static_cast<pid_t>(pid), SIGKILL);
}

bool PostgresCluster::restart()
{
    stop();
    return startServer();
}

QString PostgresCluster::connectionString(const QString &database) const
{
    return QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=%3").arg(m_port).arg(database.isEmpty() ? this->database() : database, user());
}

bool PostgresCluster::createDatabase(const QString &name)
{
    return run({kBin + QStringLiteral("createdb"), QStringLiteral("-h"), m_data, QStringLiteral("-p"), QString::number(m_port),
                QStringLiteral("-U"), user(), name},
               30000);
}

} // namespace pacsdrop::test
