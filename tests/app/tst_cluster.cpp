// Several `pacsdrop serve` nodes sharing one outbox in a real PostgreSQL 15 (issue 16), delivering
// into a real Orthanc: three nodes take 2,000 instances from one watched folder they all watch and
// from their listeners, one node is killed (SIGKILL) in the middle and the others finish its work
// once its leases end — Orthanc holds exactly the 2,000 UIDs and every one is delivered in the
// outbox; two nodes watching one folder take each file once; PostgreSQL restarted mid-batch — the
// nodes reconnect and nothing is lost; a node whose spool is not the shared one refuses to start.
#include "Peers.h"
#include "PostgresCluster.h"
#include "TestData.h"
#include "TestMain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pacsdrop::test;

namespace {

int orthancCount(const Orthanc &orthanc)
{
    const HttpReply reply = http("GET", orthanc.httpPort(), "/statistics");
    return QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("CountInstances")).toInt(-1);
}

void copyInto(const QStringList &files, const QString &folder)
{
    for (const QString &f : files) // under a temporary name, then renamed: a writer as hospitals have them
        if (QFile::copy(f, QDir(folder).filePath(QFileInfo(f).fileName() + QStringLiteral(".part"))))
            QFile::rename(QDir(folder).filePath(QFileInfo(f).fileName() + QStringLiteral(".part")), QDir(folder).filePath(QFileInfo(f).fileName()));
}

} // namespace

class TestCluster : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    PostgresCluster m_pg;
    int m_databases = 0;

    struct Node {
        QString name;
        QStringList home; // --config FILE --data-dir DIR
        quint16 listenerPort = 0;
        std::shared_ptr<QProcess> process;
    };

    // A node's settings: Orthanc, the watched folder, a listener keeping what it receives in the
    // shared spool, and the shared outbox; its password sealed by the node itself.
    Node makeNode(const QString &name, const QString &database, const Orthanc &orthanc, const QString &folder, const QString &spool,
                  const QString &ownSpool = {})
    {
        Node n;
        n.name = name;
        const QString root = m_dir.filePath(database + u'-' + name);
        n.home = {QStringLiteral("--config"), root + QStringLiteral("/settings.json"), QStringLiteral("--data-dir"), root + QStringLiteral("/data")};
        n.listenerPort = freePort();
        const QJsonObject settings{
            {QStringLiteral("devices"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Archive")},
                                                               {QStringLiteral("aeTitle"), orthanc.aeTitle()},
                                                               {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                                               {QStringLiteral("port"), int(orthanc.dicomPort())}}}},
            {QStringLiteral("hotFolders"), QJsonArray{QJsonObject{{QStringLiteral("folder"), folder},
                                                                  {QStringLiteral("destination"), QStringLiteral("Archive")},
                                                                  {QStringLiteral("afterSend"), QStringLiteral("delete")},
                                                                  {QStringLiteral("stableSeconds"), 1},
                                                                  {QStringLiteral("pollSeconds"), 1}}}},
            {QStringLiteral("listeners"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Router")},
                                                                 {QStringLiteral("aeTitle"), QStringLiteral("ROUTER")},
                                                                 {QStringLiteral("port"), int(n.listenerPort)},
                                                                 {QStringLiteral("folder"), QString(spool + QStringLiteral("/inbound-") + name)},
                                                                 {QStringLiteral("forwardTo"), QJsonArray{QStringLiteral("Archive")}}}}},
            {QStringLiteral("outbox"), QJsonObject{{QStringLiteral("postgresql"), m_pg.connectionString(database)},
                                                   {QStringLiteral("spool"), ownSpool.isEmpty() ? spool : ownSpool},
                                                   {QStringLiteral("node"), name},
                                                   {QStringLiteral("leaseSeconds"), 6}}}};
        QDir().mkpath(root);
        QFile f(n.home[1]);
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(settings).toJson());
        f.close();
        QProcess secret; // as an administrator would: the password typed into `pacsdrop secret`, sealed on this node
        secret.start(QStringLiteral(PACSDROP_BINARY), QStringList{QStringLiteral("secret"), QStringLiteral("outbox-password")} + n.home);
        secret.waitForStarted();
        secret.write(m_pg.password().toUtf8() + '\n');
        secret.closeWriteChannel();
        secret.waitForFinished(30000);
        if (secret.exitCode() != 0)
            qWarning("secret: %s", secret.readAllStandardError().constData());
        return n;
    }

    static bool start(Node &node)
    {
        node.process = std::make_shared<QProcess>();
        node.process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        node.process->start(QStringLiteral(PACSDROP_BINARY), QStringList{QStringLiteral("serve")} + node.home);
        return node.process->waitForStarted() && waitForPort(node.listenerPort, 30000, node.process.get());
    }

    static void stop(Node &node)
    {
        if (!node.process || node.process->state() == QProcess::NotRunning)
            return;
        node.process->terminate();
        if (!node.process->waitForFinished(20000))
            node.process->kill();
        node.process->waitForFinished(5000);
    }

    // Every outbox entry, read by one node's `queue list --json`: SOP Instance UID -> states.
    static QMultiMap<QString, QString> outboxStates(const Node &node)
    {
        const Run run = runPacsdrop(QStringList{QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")} + node.home);
        QMultiMap<QString, QString> out;
        for (const QJsonValue &v : QJsonDocument::fromJson(run.out.toUtf8()).array())
            out.insert(v.toObject().value(QStringLiteral("sopInstanceUid")).toString(),
                       v.toObject().value(QStringLiteral("state")).toString() + u'@' + v.toObject().value(QStringLiteral("node")).toString());
        return out;
    }

    static bool storescu(const Node &node, const QStringList &files)
    {
        return QProcess::execute(QStringLiteral("storescu"), QStringList{QStringLiteral("-aec"), QStringLiteral("ROUTER"), QStringLiteral("127.0.0.1"),
                                                                        QString::number(node.listenerPort)} + files) == 0;
    }

    QString freshDatabase()
    {
        const QString name = QStringLiteral("cluster%1").arg(++m_databases);
        return m_pg.createDatabase(name) ? name : QString();
    }

private slots:
    void initTestCase() { QVERIFY2(m_pg.start(), qPrintable(m_pg.lastError())); }

    void threeNodesDeliverEveryInstanceOnceAndSurviveAKill()
    {
        Orthanc orthanc;
        QVERIFY2(orthanc.start(), qPrintable(orthanc.lastError()));
        const QString db = freshDatabase();
        const QString in = m_dir.filePath(QStringLiteral("kill-in")), spool = m_dir.filePath(QStringLiteral("kill-spool"));
        QDir().mkpath(in);
        QList<Node> nodes;
        for (const char *name : {"node-1", "node-2", "node-3"})
            nodes.append(makeNode(QString::fromLatin1(name), db, orthanc, in, spool));
        for (Node &n : nodes)
            QVERIFY(start(n));
        const QStringList all = makeSeries(m_dir.filePath(QStringLiteral("kill-src")), 2000, 32, 32);
        QCOMPARE(all.size(), 2000);
        // 1,500 through the folder all three watch, 500 through the listeners (a modality sends to each).
        QList<std::shared_ptr<QProcess>> senders;
        for (int i = 0; i < 3; ++i) { // the modalities send while the folder fills
            senders << std::make_shared<QProcess>();
            senders.last()->start(QStringLiteral("storescu"), QStringList{QStringLiteral("-aec"), QStringLiteral("ROUTER"), QStringLiteral("127.0.0.1"),
                                                                           QString::number(nodes[i].listenerPort)}
                                                                  + all.mid(1500 + i * 170, i == 2 ? 160 : 170));
        }
        copyInto(all.mid(0, 1500), in);
        QTRY_VERIFY_WITH_TIMEOUT(orthancCount(orthanc) >= 250, 120000);
        nodes[1].process->kill(); // SIGKILL in the middle: its claims are left to expire
        nodes[1].process->waitForFinished(5000);
        const int atKill = orthancCount(orthanc);
        for (const auto &sender : senders) { // a modality that sent to the killed node retries what it refused
            QVERIFY(sender->waitForFinished(120000));
            if (sender->exitCode() != 0 && sender == senders[1])
                QVERIFY(storescu(nodes[0], all.mid(1670, 170)));
            else
                QCOMPARE(sender->exitCode(), 0);
        }
        QTRY_COMPARE_WITH_TIMEOUT(orthancCount(orthanc), 2000, 240000);
        // Every file removed once sent — the killed node's own too, by the others once its lease ended.
        QTRY_VERIFY_WITH_TIMEOUT(QDir(in).entryList(QDir::Files).isEmpty(), 60000);
        QStringList expected;
        for (const QString &f : all)
            expected << sopInstanceUidOf(f);
        expected.sort();
        QCOMPARE(orthanc.sopInstanceUids(), expected);
        // The outbox: every UID delivered; more than one entry for a UID only where the killed node
        // had taken a file it never recorded (then sent again with the same UID).
        QTRY_VERIFY_WITH_TIMEOUT(!outboxStates(nodes[0]).values().join(u' ').contains(QStringLiteral("pending")), 30000);
        const QMultiMap<QString, QString> states = outboxStates(nodes[0]);
        QCOMPARE(QSet<QString>(states.keyBegin(), states.keyEnd()).size(), 2000);
        QSet<QString> sentBy;
        for (auto it = states.cbegin(); it != states.cend(); ++it) {
            QVERIFY2(it.value().startsWith(QStringLiteral("done@")), qPrintable(it.key() + u' ' + it.value()));
            sentBy.insert(it.value().section(u'@', 1));
        }
        // A watched file is taken once; only one the killed node had claimed but not recorded may
        // have been taken again. (Instances a modality sent again to another node are new entries.)
        int twice = 0;
        for (const QString &f : all.mid(0, 1500))
            twice += states.count(sopInstanceUidOf(f)) > 1;
        qInfo("%d of 2000 were in Orthanc at the kill; %d watched files taken twice; %lld entries in all; sent by %s", atKill, twice,
              states.size(), qPrintable(QStringList(sentBy.values()).join(u',')));
        QVERIFY2(twice <= 50, qPrintable(QString::number(twice)));
        QVERIFY(sentBy.contains(QStringLiteral("node-1")) && sentBy.contains(QStringLiteral("node-3")));
        stop(nodes[0]);
        stop(nodes[2]);
    }

    void twoNodesWatchingOneFolderTakeEachFileOnce()
    {
        Orthanc orthanc;
        QVERIFY2(orthanc.start(), qPrintable(orthanc.lastError()));
        const QString db = freshDatabase();
        const QString in = m_dir.filePath(QStringLiteral("once-in")), spool = m_dir.filePath(QStringLiteral("once-spool"));
        QDir().mkpath(in);
        Node a = makeNode(QStringLiteral("a"), db, orthanc, in, spool), b = makeNode(QStringLiteral("b"), db, orthanc, in, spool);
        QVERIFY(start(a) && start(b));
        const QStringList files = makeSeries(m_dir.filePath(QStringLiteral("once-src")), 300, 32, 32);
        copyInto(files, in);
        QTRY_COMPARE_WITH_TIMEOUT(orthancCount(orthanc), 300, 120000);
        QTRY_VERIFY_WITH_TIMEOUT(QDir(in).entryList(QDir::Files).isEmpty(), 20000);
        const QMultiMap<QString, QString> states = outboxStates(a);
        QCOMPARE(states.size(), 300); // one entry per file: never taken by both
        QCOMPARE(QSet<QString>(states.keyBegin(), states.keyEnd()).size(), 300);
        int byA = 0;
        for (const QString &s : states)
            byA += s == QStringLiteral("done@a");
        qInfo("a sent %d, b sent %d", byA, 300 - byA);
        QVERIFY(byA > 0 && byA < 300); // both worked
        stop(a);
        stop(b);
    }

    void nodesReconnectAfterADatabaseRestart()
    {
        Orthanc orthanc;
        QVERIFY2(orthanc.start(), qPrintable(orthanc.lastError()));
        const QString db = freshDatabase();
        const QString in = m_dir.filePath(QStringLiteral("restart-in")), spool = m_dir.filePath(QStringLiteral("restart-spool"));
        QDir().mkpath(in);
        Node a = makeNode(QStringLiteral("a"), db, orthanc, in, spool), b = makeNode(QStringLiteral("b"), db, orthanc, in, spool);
        QVERIFY(start(a) && start(b));
        const QStringList files = makeSeries(m_dir.filePath(QStringLiteral("restart-src")), 600, 32, 32);
        copyInto(files.mid(0, 400), in);
        QTRY_VERIFY_WITH_TIMEOUT(orthancCount(orthanc) >= 50, 120000);
        QVERIFY2(m_pg.restart(), qPrintable(m_pg.lastError())); // the database goes away mid-batch and comes back
        copyInto(files.mid(400), in);                           // and work keeps arriving
        QTRY_COMPARE_WITH_TIMEOUT(orthancCount(orthanc), 600, 180000);
        QTRY_VERIFY_WITH_TIMEOUT(QDir(in).entryList(QDir::Files).isEmpty(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!outboxStates(a).values().join(u' ').contains(QStringLiteral("pending")), 60000);
        const QMultiMap<QString, QString> states = outboxStates(a);
        QCOMPARE(QSet<QString>(states.keyBegin(), states.keyEnd()).size(), 600);
        stop(a);
        stop(b);
    }

    void aNodeWithoutTheSharedSpoolRefusesToStart()
    {
        Orthanc orthanc;
        QVERIFY2(orthanc.start(), qPrintable(orthanc.lastError()));
        const QString db = freshDatabase();
        const QString in = m_dir.filePath(QStringLiteral("spool-in")), spool = m_dir.filePath(QStringLiteral("spool-shared"));
        Node first = makeNode(QStringLiteral("first"), db, orthanc, in, spool);
        QVERIFY(start(first));
        Node stray = makeNode(QStringLiteral("stray"), db, orthanc, in, spool, m_dir.filePath(QStringLiteral("spool-local-only")));
        QProcess serve;
        serve.start(QStringLiteral(PACSDROP_BINARY), QStringList{QStringLiteral("serve")} + stray.home);
        QVERIFY(serve.waitForFinished(30000));
        QCOMPARE(serve.exitCode(), 2);
        const QByteArray err = serve.readAllStandardError();
        QVERIFY2(err.contains(QByteArray("mount the shared folder at " + QDir(spool).absolutePath().toUtf8())), err.constData());
        stop(first);
    }
};

PACSDROP_TEST_MAIN(TestCluster)
#include "tst_cluster.moc"
