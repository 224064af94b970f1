// The private PostgreSQL cluster the shared-outbox tests run on (tests/support/PostgresCluster.h),
// and what those tests rely on from it through Qt's QPSQL driver: password (SCRAM) logins over
// TCP, FOR UPDATE SKIP LOCKED giving two sessions different rows to claim, data kept across a
// restart of the server (connections must be made again), and a stop that really ends it.
#include "Peers.h"
#include "PostgresCluster.h"
#include "TestMain.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>

using namespace pacsdrop::test;

namespace {

QSqlDatabase connectTo(const PostgresCluster &pg, const QString &name, const QString &password)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(QStringLiteral("127.0.0.1"));
    db.setPort(pg.port());
    db.setDatabaseName(pg.database());
    db.setUserName(pg.user());
    db.setPassword(password);
    db.open();
    return db;
}

QList<int> claim(QSqlDatabase &db, int count)
{
    QSqlQuery q(db);
    QList<int> ids;
    if (!q.exec(QStringLiteral("SELECT id FROM work WHERE claimed_by IS NULL ORDER BY id LIMIT %1 FOR UPDATE SKIP LOCKED").arg(count)))
        qWarning("%s", qPrintable(q.lastError().text()));
    while (q.next())
        ids << q.value(0).toInt();
    return ids;
}

} // namespace

class TestPostgresCluster : public QObject {
    Q_OBJECT
    PostgresCluster m_pg;

private slots:
    void initTestCase()
    {
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")), "Qt's PostgreSQL driver (libqt6sql6-psql) is missing");
        QVERIFY2(m_pg.start(), qPrintable(m_pg.lastError()));
        QVERIFY(m_pg.postmasterPid() > 0);
    }

    void passwordsAreChecked()
    {
        QSqlDatabase wrong = connectTo(m_pg, QStringLiteral("wrong"), QStringLiteral("not the password"));
        QVERIFY(!wrong.isOpen());
        QVERIFY2(wrong.lastError().text().contains(QStringLiteral("password"), Qt::CaseInsensitive), qPrintable(wrong.lastError().text()));
        QSqlDatabase right = connectTo(m_pg, QStringLiteral("right"), m_pg.password());
        QVERIFY2(right.isOpen(), qPrintable(right.lastError().text()));
        QSqlQuery q(right);
        QVERIFY(q.exec(QStringLiteral("SHOW server_version_num")) && q.next());
        QVERIFY(q.value(0).toInt() >= 150000);
    }

    void twoSessionsClaimDifferentRows()
    {
        QSqlDatabase a = connectTo(m_pg, QStringLiteral("a"), m_pg.password());
        QSqlDatabase b = connectTo(m_pg, QStringLiteral("b"), m_pg.password());
        QVERIFY(a.isOpen() && b.isOpen());
        QSqlQuery q(a);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE work (id serial PRIMARY KEY, claimed_by text)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO work (claimed_by) SELECT NULL FROM generate_series(1, 10)")));
        QVERIFY(a.transaction() && b.transaction());
        const QList<int> first = claim(a, 4);
        const QList<int> second = claim(b, 4); // while a's claim is open: the rows a holds are skipped
        QCOMPARE(first, (QList<int>{1, 2, 3, 4}));
        QCOMPARE(second, (QList<int>{5, 6, 7, 8}));
        QVERIFY(a.commit() && b.commit());
    }

    void dataOutlivesARestartAndConnectionsAreMadeAgain()
    {
        QSqlDatabase before = connectTo(m_pg, QStringLiteral("before"), m_pg.password());
        const qint64 pid = m_pg.postmasterPid();
        QVERIFY2(m_pg.restart(), qPrintable(m_pg.lastError()));
        QVERIFY(m_pg.postmasterPid() > 0 && m_pg.postmasterPid() != pid);
        QSqlQuery stale(before);
        QVERIFY(!stale.exec(QStringLiteral("SELECT count(*) FROM work"))); // that session ended with the server
        QSqlDatabase after = connectTo(m_pg, QStringLiteral("after"), m_pg.password());
        QSqlQuery q(after);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM work")) && q.next());
        QCOMPARE(q.value(0).toInt(), 10);
    }

    void stopEndsTheServer()
    {
        const quint16 port = m_pg.port();
        m_pg.stop();
        QCOMPARE(m_pg.postmasterPid(), 0);
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!probe.waitForConnected(2000));
    }
};

PACSDROP_TEST_MAIN(TestPostgresCluster)
#include "tst_postgres_cluster.moc"
