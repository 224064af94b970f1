// The service console's rules, at the HTTP-handler level (ConsoleRouter, no server): logins and
// their throttle, sessions and their idle end, roles (what a viewer, an operator and an
// administrator may do and see), CSRF, the security headers, the audit log, and the dashboard's
// figures from a real outbox. The browser drives the same router through serve in tst_console_browser.
#include "TestMain.h"

#include "api/PasswordHash.h"
#include "console/ConsoleData.h"
#include "ConsoleClient.h"
#include "console/ConsoleRouter.h"
#include "settings/AppPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

using namespace pacsdrop;
using pacsdrop::test::bodyOf;
using pacsdrop::test::header;

namespace {

const QString kPassword = QStringLiteral("correct horse");

} // namespace

class TestConsole : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    Settings m_settings;
    std::unique_ptr<ConsoleRouter> m_router;

    using Login = test::ConsoleLogin;
    test::ConsoleClient m_console;

    ConsoleResponse call(const QByteArray &method, const QString &path, const QJsonObject &body = {}, const Login &as = {},
                         bool withCsrf = true, const ClientIdentity *client = nullptr)
    {
        return m_console.call(method, path, body, as, withCsrf, client);
    }
    Login login(const QString &user, const QString &password = kPassword) { return m_console.login(user, password); }

    QStringList auditLines() const
    {
        QFile f(m_dir.filePath(QStringLiteral("audit.log")));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }

private slots:
    void initTestCase()
    {
        m_settings = test::consoleTestSettings(m_dir.path(), kPassword, {test::testDevice(QStringLiteral("Main PACS"), QStringLiteral("MAIN"), 11112)});
        m_router = std::make_unique<ConsoleRouter>(m_settings, AuditLog(m_dir.filePath(QStringLiteral("audit.log"))), true);
        m_console.router = m_router.get();

        // An outbox with one delivered, one failed and one waiting entry for the PACS.
        auto outbox = Outbox::open(paths::outboxFile());
        QVERIFY(outbox);
        QList<IntakeItem> items;
        for (int i = 0; i < 3; ++i) {
            IntakeItem item;
            item.kind = IntakeItem::Kind::Dicom;
            item.path = m_dir.filePath(QStringLiteral("image%1.dcm").arg(i));
            item.dicom.sopClassUid = QStringLiteral("1.2.840.10008.5.1.4.1.1.7");
            item.dicom.sopInstanceUid = QStringLiteral("1.2.3.%1").arg(i);
            item.dicom.transferSyntaxUid = QStringLiteral("1.2.840.10008.1.2.1");
            item.dicom.patientName = QStringLiteral("Doe^Jane");
            item.dicom.patientId = QStringLiteral("P-1234");
            items << item;
        }
        const auto entries = outbox->enqueue(QStringLiteral("b1"), QStringLiteral("Main PACS"), items);
        QVERIFY(entries && entries->size() == 3);
        QVERIFY(outbox->markAttempt(entries->at(0).id));
        QVERIFY(outbox->markDone(entries->at(0).id, 0, QStringLiteral("stored")));
        QVERIFY(outbox->markAttempt(entries->at(1).id));
        QVERIFY(outbox->markFailed(entries->at(1).id, 0xA700, QStringLiteral("The PACS is out of storage (status A700)")));
    }

    void thePageAndItsFilesAreServedWithStrictHeaders()
    {
        const ConsoleResponse page = call("GET", QStringLiteral("/"));
        QCOMPARE(page.status, 200);
        QVERIFY(page.contentType.startsWith("text/html"));
        QVERIFY(page.body.contains("/assets/console.js"));
        QVERIFY(!page.body.contains("<script>")); // no inline script: the CSP would block it
        QCOMPARE(call("GET", QStringLiteral("/assets/console.js")).status, 200);
        QCOMPARE(call("GET", QStringLiteral("/assets/strings.js")).status, 200);
        QCOMPARE(call("GET", QStringLiteral("/../settings.json")).status, 404);
        bool csp = false, frames = false;
        for (const auto &[key, value] : ConsoleRouter::securityHeaders()) {
            csp |= key == "Content-Security-Policy" && value.contains("default-src 'none'") && value.contains("script-src 'self'") &&
                   !value.contains("unsafe");
            frames |= key == "X-Frame-Options" && value == "DENY";
        }
        QVERIFY(csp && frames);
        QVERIFY(ConsoleRouter::isConsolePath(QStringLiteral("/")) && !ConsoleRouter::isConsolePath(QStringLiteral("/api/v1/status")));
    }

    void aLoginGivesAStrictSessionCookie()
    {
        const ConsoleResponse r = call("POST", QStringLiteral("/console/login"), {{QStringLiteral("user"), QStringLiteral("vera")},
                                                                                 {QStringLiteral("password"), kPassword}});
        QCOMPARE(r.status, 200);
        const QByteArray cookie = header(r, "Set-Cookie");
        QVERIFY2(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Secure"), cookie.constData());
        QCOMPARE(call("POST", QStringLiteral("/console/login"), {{QStringLiteral("user"), QStringLiteral("vera")},
                                                                {QStringLiteral("password"), QStringLiteral("wrong password")}}).status, 401);
        // Not JSON (what a cross-site form would send): refused before any password check.
        ConsoleRequest form;
        form.method = "POST";
        form.path = QStringLiteral("/console/login");
        form.contentType = "application/x-www-form-urlencoded";
        form.body = "user=vera&password=correct+horse";
        form.client = m_console.client;
        QCOMPARE(m_router->handle(form).status, 415);
        QCOMPARE(call("GET", QStringLiteral("/console/dashboard")).status, 401); // no cookie, no data
    }

    void aViewerSeesButChangesNothingAndSeesNoPatients()
    {
        const Login vera = login(QStringLiteral("vera"));
        QVERIFY(!vera.cookie.isEmpty() && !vera.csrf.isEmpty());
        const QJsonObject queue = bodyOf(call("GET", QStringLiteral("/console/queue"), {}, vera));
        QCOMPARE(queue.value(QStringLiteral("entries")).toArray().size(), 3);
        QVERIFY(!QJsonDocument(queue).toJson().contains("Doe"));
        QVERIFY(!QJsonDocument(queue).toJson().contains("P-1234"));
        QCOMPARE(call("POST", QStringLiteral("/console/queue/retry"), {{QStringLiteral("ids"), QJsonArray{2}}}, vera).status, 403);
        QCOMPARE(call("GET", QStringLiteral("/console/users"), {}, vera).status, 403);
    }

    void operatorsPauseDevicesAndEveryoneSeesAnEntrysHistory()
    {
        const Login vera = login(QStringLiteral("vera"));
        const Login otto = login(QStringLiteral("otto"));
        const QJsonObject pacs{{QStringLiteral("destination"), QStringLiteral("Main PACS")}};
        QCOMPARE(call("POST", QStringLiteral("/console/queue/pause"), pacs, vera).status, 403);
        QCOMPARE(call("POST", QStringLiteral("/console/queue/pause"), pacs, otto).status, 200);
        const auto pausedDevice = [&] {
            return bodyOf(call("GET", QStringLiteral("/console/dashboard"), {}, vera)).value(QStringLiteral("devices")).toArray().first().toObject();
        };
        QCOMPARE(pausedDevice().value(QStringLiteral("pausedBy")).toString(), QStringLiteral("otto"));
        QCOMPARE(call("POST", QStringLiteral("/console/queue/resume"), pacs, otto).status, 200);
        QVERIFY(!pausedDevice().contains(QStringLiteral("pausedBy")));
        // The failed entry's history: its one attempt, with the PACS's status and reason.
        const QJsonArray entries = bodyOf(call("GET", QStringLiteral("/console/queue?state=failed"), {}, vera)).value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 1);
        const QJsonArray attempts = bodyOf(call("GET", QStringLiteral("/console/queue/history?id=%1").arg(entries.first().toObject().value(QStringLiteral("id")).toInt()),
                                                {}, vera)).value(QStringLiteral("attempts")).toArray();
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.first().toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
        QCOMPARE(attempts.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("A700"));
        QVERIFY(attempts.first().toObject().value(QStringLiteral("result")).toString().contains(QStringLiteral("out of storage")));
        QVERIFY(auditLines().join(u'\n').contains(QStringLiteral("\"action\":\"pause\"")));
    }

    void operatorsFindAPatientsEntriesViewersCannotSearch()
    {
        const Login otto = login(QStringLiteral("otto"));
        const auto found = [&](const QString &typed) {
            return bodyOf(call("GET", QStringLiteral("/console/queue?patient=") + QString::fromLatin1(QUrl::toPercentEncoding(typed)), {}, otto))
                .value(QStringLiteral("entries")).toArray().size();
        };
        QCOMPARE(found(QStringLiteral("jane doe")), 3); // as people write it; stored "Doe^Jane"
        QCOMPARE(found(QStringLiteral("DOE")), 3);
        QCOMPARE(found(QStringLiteral("P-1234")), 3);
        QCOMPARE(found(QStringLiteral("jane smith")), 0);
        QCOMPARE(found(QStringLiteral("%")), 0); // a LIKE wildcard typed is only itself
        const Login vera = login(QStringLiteral("vera"));
        QCOMPARE(call("GET", QStringLiteral("/console/queue?patient=doe"), {}, vera).status, 403);
    }

    void theDashboardCountsPerDevice()
    {
        const Login vera = login(QStringLiteral("vera"));
        const QJsonObject dashboard = bodyOf(call("GET", QStringLiteral("/console/dashboard"), {}, vera));
        const QJsonArray devices = dashboard.value(QStringLiteral("devices")).toArray();
        QCOMPARE(devices.size(), 1);
        const QJsonObject pacs = devices[0].toObject();
        QCOMPARE(pacs.value(QStringLiteral("name")).toString(), QStringLiteral("Main PACS"));
        QCOMPARE(pacs.value(QStringLiteral("sentToday")).toInt(), 1);
        QCOMPARE(pacs.value(QStringLiteral("sentLastHour")).toInt(), 1);
        QCOMPARE(pacs.value(QStringLiteral("pending")).toInt(), 1);
        QCOMPARE(pacs.value(QStringLiteral("failed")).toInt(), 1);
        QVERIFY(!pacs.value(QStringLiteral("lastSuccess")).toString().isEmpty());
        QVERIFY(pacs.value(QStringLiteral("lastProblem")).toString().contains(QStringLiteral("out of storage")));
    }

    void theDashboardShowsEachListener()
    {
        Settings settings = m_settings;
        InboundListener ct, mr;
        ct.name = QStringLiteral("CT router");
        ct.aeTitle = QStringLiteral("CTROUTER");
        ct.port = 11113;
        mr.name = QStringLiteral("MR router");
        mr.port = 11114;
        settings.setListeners({ct, mr});
        ListenerFigures running{QStringLiteral("CT router"), QStringLiteral("CTROUTER"), 11113, 2, 40, 1,
                                QStringLiteral("called AE title \"WRONG\" is not this listener's (CTROUTER)"), QDateTime::currentDateTimeUtc()};
        ct.keepDays = 30;
        settings.setListeners({ct, mr});
        RetentionRun lastRun;
        lastRun.plan.listener = QStringLiteral("CT router");
        lastRun.plan.keptUndelivered = 3;
        lastRun.dryRun = false;
        lastRun.deleted = 12;
        lastRun.bytesDeleted = 6000000;
        lastRun.at = QDateTime::currentDateTimeUtc();
        const QJsonArray listeners = consoleDashboard(settings, *Outbox::open(paths::outboxFile()), {running}, {lastRun})
                                         .value(QStringLiteral("listeners")).toArray();
        QCOMPARE(listeners.size(), 2);
        const QJsonObject first = listeners[0].toObject(), second = listeners[1].toObject();
        QVERIFY(first.value(QStringLiteral("running")).toBool());
        QCOMPARE(first.value(QStringLiteral("associationsNow")).toInt(), 2);
        QCOMPARE(first.value(QStringLiteral("receivedToday")).toInt(), 40);
        QCOMPARE(first.value(QStringLiteral("refusedToday")).toInt(), 1);
        QVERIFY(first.value(QStringLiteral("lastRefusal")).toString().contains(QStringLiteral("WRONG")));
        QVERIFY(!second.value(QStringLiteral("running")).toBool()); // configured, but not running in this process
        QCOMPARE(first.value(QStringLiteral("keepDays")).toInt(), 30);
        const QJsonObject retention = first.value(QStringLiteral("retention")).toObject();
        QCOMPARE(retention.value(QStringLiteral("deleted")).toInt(), 12);
        QCOMPARE(retention.value(QStringLiteral("keptUndelivered")).toInt(), 3);
        QVERIFY(!second.contains(QStringLiteral("retention"))); // no run for it
    }

    void anOperatorRetriesButCannotManageUsers()
    {
        const Login otto = login(QStringLiteral("otto"));
        const QJsonObject queue = bodyOf(call("GET", QStringLiteral("/console/queue?state=failed"), {}, otto));
        const QJsonArray failed = queue.value(QStringLiteral("entries")).toArray();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed[0].toObject().value(QStringLiteral("patientName")).toString(), QStringLiteral("Jane Doe")); // as people write it
        const qint64 id = failed[0].toObject().value(QStringLiteral("id")).toInteger();
        // Without the CSRF token the change is refused, and nothing changes.
        QCOMPARE(call("POST", QStringLiteral("/console/queue/retry"), {{QStringLiteral("ids"), QJsonArray{id}}}, otto, false).status, 403);
        QCOMPARE(Outbox::open(paths::outboxFile())->entry(id)->state, OutboxEntry::State::Failed);
        const ConsoleResponse retried = call("POST", QStringLiteral("/console/queue/retry"), {{QStringLiteral("ids"), QJsonArray{id}}}, otto);
        QCOMPARE(retried.status, 200);
        QCOMPARE(bodyOf(retried).value(QStringLiteral("changed")).toInt(), 1);
        QCOMPARE(Outbox::open(paths::outboxFile())->entry(id)->state, OutboxEntry::State::Pending);
        const QJsonObject pacs = bodyOf(call("GET", QStringLiteral("/console/dashboard"), {}, otto))
                                     .value(QStringLiteral("devices")).toArray()[0].toObject();
        QCOMPARE(pacs.value(QStringLiteral("failed")).toInt(), 0);
        QCOMPARE(pacs.value(QStringLiteral("pending")).toInt(), 2);
        QCOMPARE(pacs.value(QStringLiteral("lastProblem")).toString(), QString()); // retried: no longer a problem
        const ConsoleResponse users = call("POST", QStringLiteral("/console/users"), {{QStringLiteral("name"), QStringLiteral("eve")},
                                                                                      {QStringLiteral("role"), QStringLiteral("administrator")},
                                                                                      {QStringLiteral("password"), QStringLiteral("12345678")}}, otto);
        QCOMPARE(users.status, 403);
        QVERIFY(!Settings::load(m_settings.path())->api().console.user(QStringLiteral("eve")));
        // The audit log names who did what, never the patient.
        const QStringList lines = auditLines();
        QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) {
            return l.contains(QStringLiteral("\"action\":\"retry\"")) && l.contains(QStringLiteral("\"user\":\"otto\"")) &&
                   l.contains(QStringLiteral("entries %1").arg(id));
        }));
        QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const QString &l) { return l.contains(QStringLiteral("CSRF")); }));
        QVERIFY(std::none_of(lines.cbegin(), lines.cend(), [](const QString &l) { return l.contains(QStringLiteral("Doe")) || l.contains(QStringLiteral("P-1234")); }));
    }

    void anAdministratorAddsAUserWhoCanLogInAtOnce()
    {
        const Login ada = login(QStringLiteral("ada"));
        const ConsoleResponse added = call("POST", QStringLiteral("/console/users"), {{QStringLiteral("name"), QStringLiteral("nina")},
                                                                                      {QStringLiteral("role"), QStringLiteral("operator")},
                                                                                      {QStringLiteral("password"), QStringLiteral("night shift 7")}}, ada);
        QCOMPARE(added.status, 200);
        const auto saved = Settings::load(m_settings.path());
        QVERIFY(saved);
        const ConsoleUser *nina = saved->api().console.user(QStringLiteral("nina"));
        QVERIFY(nina && nina->role == ConsoleRole::Operator);
        QVERIFY(passwordMatches(QStringLiteral("night shift 7"), nina->passwordHash));
        QFile file(m_settings.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("night shift")); // only the hash is stored
        QVERIFY(!login(QStringLiteral("nina"), QStringLiteral("night shift 7")).cookie.isEmpty());
        // A change made to the file meanwhile (the window, by hand) survives the next user change.
        {
            auto edited = Settings::load(m_settings.path());
            QVERIFY(edited);
            edited->setLocalAeTitle(QStringLiteral("EDITED"));
            QVERIFY(edited->save());
        }
        QCOMPARE(call("POST", QStringLiteral("/console/users"), {{QStringLiteral("name"), QStringLiteral("nina")},
                                                                {QStringLiteral("role"), QStringLiteral("viewer")}}, ada).status, 200);
        QCOMPARE(Settings::load(m_settings.path())->localAeTitle(), QStringLiteral("EDITED"));
        QCOMPARE(Settings::load(m_settings.path())->api().console.user(QStringLiteral("nina"))->role, ConsoleRole::Viewer);
        // No lock-out of oneself.
        QCOMPARE(call("POST", QStringLiteral("/console/users/remove"), {{QStringLiteral("name"), QStringLiteral("ada")}}, ada).status, 409);
        QCOMPARE(call("POST", QStringLiteral("/console/users/remove"), {{QStringLiteral("name"), QStringLiteral("nina")}}, ada).status, 204);
        QVERIFY(login(QStringLiteral("nina"), QStringLiteral("night shift 7")).cookie.isEmpty());
    }

    void aChangedOrRemovedAccountEndsItsSessions()
    {
        const Login ada = login(QStringLiteral("ada"));
        const Login otto = login(QStringLiteral("otto"));
        QCOMPARE(call("GET", QStringLiteral("/console/dashboard"), {}, otto).status, 200);
        // Demoted without a new password: his operator session ends at once.
        QCOMPARE(call("POST", QStringLiteral("/console/users"), {{QStringLiteral("name"), QStringLiteral("otto")},
                                                                {QStringLiteral("role"), QStringLiteral("viewer")}}, ada).status, 200);
        QCOMPARE(call("GET", QStringLiteral("/console/dashboard"), {}, otto).status, 401);
        const Login viewer = login(QStringLiteral("otto"));
        QCOMPARE(call("POST", QStringLiteral("/console/queue/retry"), {{QStringLiteral("ids"), QJsonArray{1}}}, viewer).status, 403);
        // Removed from the file while the server runs (pacsdrop console remove-user): out at once.
        QThread::msleep(20); // a file time the server has not seen
        auto edited = Settings::load(m_settings.path());
        QVERIFY(edited);
        ApiSettings api = edited->api();
        QVERIFY(api.console.removeUser(QStringLiteral("otto")));
        edited->setApi(api);
        QVERIFY(edited->save());
        QCOMPARE(call("GET", QStringLiteral("/console/dashboard"), {}, viewer).status, 401);
        QVERIFY(login(QStringLiteral("otto")).cookie.isEmpty());
        // The next change in the console does not bring him back.
        QCOMPARE(call("POST", QStringLiteral("/console/users"), {{QStringLiteral("name"), QStringLiteral("vera")},
                                                                {QStringLiteral("role"), QStringLiteral("viewer")}}, ada).status, 200);
        QVERIFY(!Settings::load(m_settings.path())->api().console.user(QStringLiteral("otto")));
    }

    void logoutEndsTheSession()
    {
        const Login vera = login(QStringLiteral("vera"));
        QCOMPARE(call("GET", QStringLiteral("/console/dashboard"), {}, vera).status, 200);
        QCOMPARE(call("POST", QStringLiteral("/console/logout"), {}, vera).status, 204);
        QCOMPARE(call("GET", QStringLiteral("/console/dashboard"), {}, vera).status, 401);
    }

    void anIdleSessionEnds()
    {
        ConsoleSessions sessions(std::chrono::minutes(30));
        const QDateTime start = QDateTime::currentDateTimeUtc();
        const QByteArray token = sessions.open(QStringLiteral("vera"), ConsoleRole::Viewer, start).token;
        QVERIFY(sessions.use(token, start.addSecs(29 * 60)));       // used: the idle time starts again
        QVERIFY(sessions.use(token, start.addSecs(58 * 60)));
        QVERIFY(!sessions.use(token, start.addSecs(58 * 60 + 30 * 60))); // 30 idle minutes later
        QVERIFY(!sessions.use(token, start.addSecs(58 * 60 + 1)));    // and it stays ended
        // The page's own refresh every few seconds does not keep an unattended session alive.
        const QByteArray open = sessions.open(QStringLiteral("otto"), ConsoleRole::Operator, start).token;
        for (int s = 5; s < 30 * 60; s += 5)
            QVERIFY(sessions.use(open, start.addSecs(s), false));
        QVERIFY(!sessions.use(open, start.addSecs(30 * 60), false));
    }

    void guessingSlowsTheGuesserButNotOthers()
    {
        const ClientIdentity guesser{QHostAddress(QStringLiteral("10.9.9.9")), std::nullopt};
        const QJsonObject wrong{{QStringLiteral("user"), QStringLiteral("ada")}, {QStringLiteral("password"), QStringLiteral("guess")}};
        for (int i = 0; i <= LoginThrottle::kFreeFailures; ++i) // the fourth wrong one starts the wait
            QCOMPARE(call("POST", QStringLiteral("/console/login"), wrong, {}, true, &guesser).status, 401);
        QCOMPARE(call("POST", QStringLiteral("/console/login"), wrong, {}, true, &guesser).status, 429);
        // The administrator at her own desk is not locked out by it.
        QVERIFY(!login(QStringLiteral("ada")).cookie.isEmpty());
    }

};

PACSDROP_TEST_MAIN(TestConsole)
#include "tst_console.moc"
