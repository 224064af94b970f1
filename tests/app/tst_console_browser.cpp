// The service console in a real browser: Debian's chromium, headless, driven through
// chromedriver (WebDriver) against a real `pacsdrop serve` whose outbox holds a real send to
// Orthanc and a send to a PACS that is down. Logs in as each role and checks what each sees and
// can do, that a change without the CSRF token is refused inside the browser too, and German.
// PACSDROP_CONSOLE_SCREENSHOTS=DIR also saves the pages as console-*.png (scale:
// PACSDROP_CONSOLE_SCALE, default 1), as scripts/screenshots.sh does for docs/screenshots.
#include "Peers.h"
#include "TestData.h"
#include "TestMain.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pacsdrop;
using namespace pacsdrop::test;

namespace {

const char *kElementKey = "element-6066-11e4-a52e-4f735466cecf"; // W3C WebDriver's element reference
const QString kPassword = QStringLiteral("console test 1");

} // namespace

class TestConsoleBrowser : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    Orthanc m_orthanc;
    QProcess m_serve;
    QProcess m_driver;
    quint16 m_apiPort = 0;
    quint16 m_driverPort = 0;
    quint16 m_listenerPort = 0;
    QString m_session;
    QStringList m_home;

    // One WebDriver command; returns its "value" (null on failure, with the reason logged).
    QJsonValue wd(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        HttpCall call(method, path.toUtf8(), {{"Content-Type", "application/json"}},
                      method == "GET" || method == "DELETE" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
        const HttpReply reply = httpCall(m_driverPort, call);
        const QJsonValue value = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("value"));
        if (reply.status != 200)
            qWarning("webdriver %s %s: %d %s", method.constData(), qPrintable(path), reply.status, reply.body.left(300).constData());
        return reply.status == 200 ? value : QJsonValue();
    }
    QString at(const QString &rest) const { return QStringLiteral("/session/%1/%2").arg(m_session, rest); }
    QJsonValue run(const QString &script) { return wd("POST", at(QStringLiteral("execute/sync")), {{QStringLiteral("script"), script}, {QStringLiteral("args"), QJsonArray()}}); }
    QJsonValue runAsync(const QString &script)
    {
        return wd("POST", at(QStringLiteral("execute/async")), {{QStringLiteral("script"), script}, {QStringLiteral("args"), QJsonArray()}});
    }
    QString element(const QString &css)
    {
        return wd("POST", at(QStringLiteral("element")), {{QStringLiteral("using"), QStringLiteral("css selector")}, {QStringLiteral("value"), css}})
            .toObject().value(QLatin1String(kElementKey)).toString();
    }
    bool displayed(const QString &css)
    {
        const QString id = element(css);
        return !id.isEmpty() && wd("GET", at(QStringLiteral("element/%1/displayed").arg(id))).toBool();
    }
    void type(const QString &css, const QString &text)
    {
        const QString id = element(css);
        wd("POST", at(QStringLiteral("element/%1/clear").arg(id)));
        wd("POST", at(QStringLiteral("element/%1/value").arg(id)), {{QStringLiteral("text"), text}});
    }
    void click(const QString &css) { wd("POST", at(QStringLiteral("element/%1/click").arg(element(css)))); }
    QString text(const QString &css) { return wd("GET", at(QStringLiteral("element/%1/text").arg(element(css)))).toString(); }
    // The rows of a table's body, each a list of cell texts.
    QList<QStringList> rows(const QString &table)
    {
        QList<QStringList> out;
        const QJsonArray list = run(QStringLiteral("return Array.from(document.querySelectorAll('%1 tbody tr'))"
                                                   ".map(r => Array.from(r.cells).map(c => c.textContent));").arg(table)).toArray();
        for (const QJsonValue &row : list) {
            QStringList cells;
            for (const QJsonValue &c : row.toArray())
                cells << c.toString();
            out << cells;
        }
        return out;
    }
    QStringList rowOf(const QString &table, const QString &first)
    {
        for (const QStringList &r : rows(table)) {
            if (!r.isEmpty() && r.first().startsWith(first))
                return r;
        }
        return {};
    }
    void screenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("PACSDROP_CONSOLE_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        const QByteArray png = QByteArray::fromBase64(wd("GET", at(QStringLiteral("screenshot"))).toString().toLatin1());
        QDir().mkpath(dir);
        QFile f(QDir(dir).filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(png) == png.size());
    }
    void logIn(const QString &user)
    {
        wd("POST", at(QStringLiteral("url")), {{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1/").arg(m_apiPort)}});
        QTRY_VERIFY_WITH_TIMEOUT(displayed(QStringLiteral("#login")) || displayed(QStringLiteral("#app")), 10000);
        if (displayed(QStringLiteral("#app"))) { // still logged in from before: out first
            click(QStringLiteral("#logout"));
            QTRY_VERIFY_WITH_TIMEOUT(displayed(QStringLiteral("#login")), 10000);
        }
        type(QStringLiteral("#login-user"), user);
        type(QStringLiteral("#login-password"), kPassword);
        click(QStringLiteral("#login button[type=submit]"));
        QTRY_VERIFY_WITH_TIMEOUT(displayed(QStringLiteral("#app")), 15000);
        QCOMPARE(text(QStringLiteral("#user-name")), user);
    }
    // A POST from the page with the session's own CSRF token (what the page's code sends); its status.
    int postFromThePage(const QString &path, const QString &bodyJs)
    {
        return runAsync(QStringLiteral("const done = arguments[arguments.length - 1];"
                                       "fetch('/console/session').then(r => r.json()).then(s => fetch('%1', {method: 'POST',"
                                       " headers: {'Content-Type': 'application/json', 'X-CSRF-Token': s.csrf},"
                                       " body: JSON.stringify(%2)})).then(r => done(r.status));").arg(path, bodyJs)).toInt();
    }
    int runPacsdrop(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.start(QStringLiteral(PACSDROP_BINARY), args + m_home);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return p.exitCode();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(PACSDROP_CHROMEDRIVER)) && QFile::exists(QStringLiteral(PACSDROP_CHROMIUM)),
                 "chromium and chromium-driver are needed (scripts/setup.sh installs them)");
        QVERIFY2(m_orthanc.start(), qPrintable(m_orthanc.lastError()));
        m_apiPort = freePort();
        m_home = {QStringLiteral("--config"), m_dir.filePath(QStringLiteral("settings.json")), QStringLiteral("--data-dir"),
                  m_dir.filePath(QStringLiteral("data"))};
        QFile settings(m_home[1]);
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write(QStringLiteral(R"({"devices":[{"name":"Archive","aeTitle":"%1","host":"127.0.0.1","port":%2},
                                          {"name":"Offline","aeTitle":"DOWN","host":"127.0.0.1","port":%3}],
                                          "listeners":[{"name":"Modalities","aeTitle":"GATEWAY","port":%5,"retention":{"keepDays":30}}],
                                          "api":{"enabled":true,"port":%4}})")
                           .arg(m_orthanc.aeTitle()).arg(m_orthanc.dicomPort()).arg(freePort()).arg(m_apiPort)
                           .arg(m_listenerPort = freePort()).toUtf8());
        settings.close();
        // The users, made as IT makes them: the CLI, the password on stdin.
        for (const auto &[user, role] : {std::pair{"vera", "viewer"}, std::pair{"otto", "operator"}, std::pair{"ada", "administrator"}})
            QCOMPARE(runPacsdrop({QStringLiteral("console"), QStringLiteral("add-user"), QLatin1String(user), QStringLiteral("--role"), QLatin1String(role)},
                                 kPassword.toUtf8() + '\n'), 0);
        // A real delivery to Orthanc, and a send to a PACS that is down (waits to be retried).
        const QStringList files = makeSeries(m_dir.filePath(QStringLiteral("series")), 2);
        QCOMPARE(runPacsdrop(QStringList{QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("Archive")} + files), 0);
        QCOMPARE(m_orthanc.sopInstanceUids().size(), 2);
        QVERIFY(runPacsdrop({QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("Offline"), pydicomFile(QStringLiteral("CT_small.dcm"))}) != 0);

        m_serve.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_serve.start(QStringLiteral(PACSDROP_BINARY), QStringList{QStringLiteral("serve")} + m_home);
        QVERIFY(m_serve.waitForStarted());
        QVERIFY2(waitForPort(m_apiPort, 20000, &m_serve), "serve's API did not start listening");

        // The listener takes one instance, and refuses a caller that names another AE title.
        QVERIFY2(waitForPort(m_listenerPort, 20000, &m_serve), "serve's listener did not start");
        QCOMPARE(QProcess::execute(QStringLiteral("storescu"), {QStringLiteral("-aec"), QStringLiteral("GATEWAY"), QStringLiteral("127.0.0.1"),
                                                              QString::number(m_listenerPort), pydicomFile(QStringLiteral("rtplan.dcm"))}), 0);
        QVERIFY(QProcess::execute(QStringLiteral("storescu"), {QStringLiteral("-aec"), QStringLiteral("WRONGAE"), QStringLiteral("127.0.0.1"),
                                                             QString::number(m_listenerPort), pydicomFile(QStringLiteral("rtplan.dcm"))}) != 0);

        m_driverPort = freePort();
        m_driver.start(QStringLiteral(PACSDROP_CHROMEDRIVER), {QStringLiteral("--port=%1").arg(m_driverPort)});
        QVERIFY(m_driver.waitForStarted());
        QVERIFY2(waitForPort(m_driverPort, 20000, &m_driver), "chromedriver did not start");
        const QString scale = qEnvironmentVariable("PACSDROP_CONSOLE_SCALE", QStringLiteral("1"));
        const QJsonObject chrome{{QStringLiteral("binary"), QStringLiteral(PACSDROP_CHROMIUM)},
                                 {QStringLiteral("args"), QJsonArray{QStringLiteral("--headless=new"), QStringLiteral("--no-sandbox"),
                                                                     QStringLiteral("--disable-gpu"), QStringLiteral("--window-size=1280,800"),
                                                                     QString(QStringLiteral("--force-device-scale-factor=") + scale),
                                                                     QString(QStringLiteral("--user-data-dir=") + m_dir.filePath(QStringLiteral("chromium"))),
                                                                     QStringLiteral("--lang=en-GB")}}};
        const QJsonValue created = wd("POST", QStringLiteral("/session"),
                                      {{QStringLiteral("capabilities"), QJsonObject{{QStringLiteral("alwaysMatch"),
                                                                                     QJsonObject{{QStringLiteral("goog:chromeOptions"), chrome}}}}}});
        m_session = created.toObject().value(QStringLiteral("sessionId")).toString();
        QVERIFY2(!m_session.isEmpty(), "chromium did not start under chromedriver");
    }

    void cleanupTestCase()
    {
        if (!m_session.isEmpty())
            wd("DELETE", QStringLiteral("/session/%1").arg(m_session));
        m_driver.kill();
        m_driver.waitForFinished(5000);
        m_serve.terminate();
        m_serve.waitForFinished(15000);
    }

    void aViewerSeesTheFiguresButNoRetry()
    {
        logIn(QStringLiteral("vera"));
        QTRY_VERIFY_WITH_TIMEOUT(!rowOf(QStringLiteral("#devices"), QStringLiteral("Archive")).isEmpty(), 10000);
        const QStringList archive = rowOf(QStringLiteral("#devices"), QStringLiteral("Archive"));
        QCOMPARE(archive.value(1), QStringLiteral("0")); // waiting
        QCOMPARE(archive.value(2), QStringLiteral("0")); // failed
        QCOMPARE(archive.value(3), QStringLiteral("2")); // sent today: the real send to Orthanc
        QVERIFY2(archive.value(6) == QStringLiteral("none"), qPrintable(archive.join(u'|')));
        const QStringList offline = rowOf(QStringLiteral("#devices"), QStringLiteral("Offline"));
        QCOMPARE(offline.value(1).toInt() + offline.value(2).toInt(), 1); // waits to be retried, or failed
        QCOMPARE(offline.value(3), QStringLiteral("0"));
        QVERIFY2(offline.value(6).contains(QStringLiteral("Offline")) || offline.value(6).contains(QStringLiteral("not reach")) ||
                     offline.value(6).contains(QStringLiteral("refused")), qPrintable(offline.join(u'|')));
        const QStringList listener = rowOf(QStringLiteral("#listeners"), QStringLiteral("Modalities"));
        QCOMPARE(listener.value(1), QStringLiteral("0")); // open now: both callers are gone
        QCOMPARE(listener.value(2), QStringLiteral("1")); // received today
        QCOMPARE(listener.value(3), QStringLiteral("1")); // refused today
        QVERIFY2(listener.value(4).contains(QStringLiteral("WRONGAE")), qPrintable(listener.join(u'|')));
        // serve ran retention at start: the rule, and that nothing was old enough to go.
        QVERIFY2(listener.value(5).startsWith(QStringLiteral("keeps 30 days")) && listener.value(5).contains(QStringLiteral("0 deleted")),
                 qPrintable(listener.join(u'|')));
        screenshot(QStringLiteral("console-dashboard.png"));

        click(QStringLiteral("button[data-tab=queue]"));
        QTRY_COMPARE_WITH_TIMEOUT(rows(QStringLiteral("#entries")).size(), 3, 10000);
        QVERIFY(!displayed(QStringLiteral("#queue-actions"))); // no Retry, no Remove
        QCOMPARE(run(QStringLiteral("return document.querySelectorAll('#entries input[type=checkbox]').length;")).toInt(), 0);
        QVERIFY(!run(QStringLiteral("return document.body.innerText;")).toString().contains(QStringLiteral("CompressedSamples"))); // no patient names
        // Even from the page, a change without the session's CSRF token is refused.
        const QJsonValue status = runAsync(QStringLiteral(
            "const done = arguments[arguments.length - 1];"
            "fetch('/console/queue/retry', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: '{\"ids\": [1]}'})"
            ".then(r => done(r.status));"));
        QCOMPARE(status.toInt(), 403);
    }

    void anOperatorRetriesFromTheQueue()
    {
        logIn(QStringLiteral("otto"));
        click(QStringLiteral("button[data-tab=queue]"));
        QTRY_COMPARE_WITH_TIMEOUT(rows(QStringLiteral("#entries")).size(), 3, 10000);
        QVERIFY(displayed(QStringLiteral("#queue-actions")));
        QVERIFY(displayed(QStringLiteral("#entries th.patient")));
        screenshot(QStringLiteral("console-queue.png"));
        // Pick the entry that waits for the Offline PACS and retry it now.
        QVERIFY(run(QStringLiteral("const row = Array.from(document.querySelectorAll('#entries tbody tr'))"
                                   ".find(r => r.cells[3].textContent === 'Offline');"
                                   "row.querySelector('input').click(); return true;")).toBool());
        click(QStringLiteral("#retry"));
        // One line of the audit log with all of these.
        const auto audited = [&](const QList<QByteArray> &needles) {
            QFile audit(m_dir.filePath(QStringLiteral("data/console/audit.log")));
            if (!audit.open(QIODevice::ReadOnly))
                return false;
            const QList<QByteArray> lines = audit.readAll().split('\n');
            return std::any_of(lines.cbegin(), lines.cend(), [&](const QByteArray &line) {
                return std::all_of(needles.cbegin(), needles.cend(), [&](const QByteArray &n) { return line.contains(n); });
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(audited({"\"action\":\"retry\"", "\"user\":\"otto\"", "\"role\":\"operator\"", "\"outcome\":\"ok\""}), 10000);
        // Managing users is the administrator's: refused for an operator even with a valid token.
        QCOMPARE(postFromThePage(QStringLiteral("/console/users"), QStringLiteral("{name: 'eve', role: 'administrator', password: '12345678'}")), 403);
        QVERIFY(audited({"\"action\":\"user-set\"", "\"user\":\"otto\"", "refused: role"}));
        // So are the settings: an operator's POST to a settings endpoint, with a valid token, is refused.
        QCOMPARE(postFromThePage(QStringLiteral("/console/settings/devices"),
                                 QStringLiteral("{entry: {name: 'Rogue', aeTitle: 'ROGUE', host: '127.0.0.1', port: 104}}")), 403);
        QFile written(m_home[1]);
        QVERIFY(written.open(QIODevice::ReadOnly) && !written.readAll().contains("Rogue"));
    }

    void anAdministratorAddsAUser()
    {
        logIn(QStringLiteral("ada"));
        QVERIFY(displayed(QStringLiteral("#tab-users")));
        click(QStringLiteral("#tab-users"));
        QTRY_VERIFY_WITH_TIMEOUT(!rowOf(QStringLiteral("#user-list"), QStringLiteral("ada")).isEmpty(), 10000);
        type(QStringLiteral("#new-user"), QStringLiteral("nina"));
        type(QStringLiteral("#new-password"), QStringLiteral("night shift 7"));
        click(QStringLiteral("#user-form button[type=submit]"));
        QTRY_VERIFY_WITH_TIMEOUT(!rowOf(QStringLiteral("#user-list"), QStringLiteral("nina")).isEmpty(), 10000);
        QCOMPARE(rowOf(QStringLiteral("#user-list"), QStringLiteral("nina")).value(1), QStringLiteral("viewer"));
        screenshot(QStringLiteral("console-users.png"));
        QFile settings(m_home[1]);
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray written = settings.readAll();
        QVERIFY(written.contains("\"nina\"") && !written.contains("night shift"));
    }

    void anAdministratorBrowsesDownloadsAndDeletesInTheArchive()
    {
        // The listener also takes a CT and a synthetic series: three studies in its store.
        QStringList sent{pydicomFile(QStringLiteral("CT_small.dcm"))};
        sent += QDir(m_dir.filePath(QStringLiteral("series"))).entryList(QDir::Files);
        for (int i = 1; i < sent.size(); ++i)
            sent[i] = m_dir.filePath(QStringLiteral("series/")) + sent[i];
        QCOMPARE(QProcess::execute(QStringLiteral("storescu"), QStringList{QStringLiteral("-aec"), QStringLiteral("GATEWAY"), QStringLiteral("127.0.0.1"),
                                                                         QString::number(m_listenerPort)} + sent), 0);
        logIn(QStringLiteral("ada"));
        click(QStringLiteral("button[data-tab=archive]"));
        const QString studies = QStringLiteral("section.store[data-store=\"listener:Modalities\"] table.studies");
        QTRY_COMPARE_WITH_TIMEOUT(rows(studies).size(), 3, 10000);
        // The CT's series, with its thumbnail rendered by the server (DCMTK) and loaded by the browser.
        QVERIFY(run(QStringLiteral("const row = Array.from(document.querySelectorAll(`%1 tbody tr`))"
                                   ".find(r => /compressedsamples/i.test(r.cells[0].textContent));"
                                   "row.querySelector('td.actions button').click(); return true;").arg(studies)).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(run(QStringLiteral("const img = document.querySelector('.series-row img');"
                                                     "return img && img.complete ? img.naturalWidth : 0;")).toInt(), 128, 10000);
        screenshot(QStringLiteral("console-archive.png"));
        // The synthetic study's ZIP, through the real server: its length as announced, a ZIP's signature.
        const QJsonArray zip = runAsync(QStringLiteral(
            "const done = arguments[arguments.length - 1];"
            "const row = Array.from(document.querySelectorAll(`%1 tbody tr`)).find(r => /synthetic/i.test(r.cells[0].textContent));"
            "fetch(row.querySelector('a.button').href).then(r => r.arrayBuffer().then(b => done([r.status,"
            " Number(r.headers.get('Content-Length')), b.byteLength, Array.from(new Uint8Array(b.slice(0, 4))).join(',')])));").arg(studies)).toArray();
        QCOMPARE(zip.at(0).toInt(), 200);
        QVERIFY(zip.at(2).toInt() > 2 * 8000); // two 64 × 64 CT instances and the ZIP's records
        QCOMPARE(zip.at(1).toInt(), zip.at(2).toInt());
        QCOMPARE(zip.at(3).toString(), QStringLiteral("80,75,3,4")); // "PK\3\4"
        // Retention's dry run for the listener's 30 days: nothing is old enough.
        QTRY_VERIFY_WITH_TIMEOUT(!rowOf(QStringLiteral("#retention-plans"), QStringLiteral("Modalities")).isEmpty(), 10000);
        QCOMPARE(rowOf(QStringLiteral("#retention-plans"), QStringLiteral("Modalities")).value(2), QStringLiteral("nothing"));
        // Deleting the RT plan's study (it forwards nowhere, so nothing waits to be sent), once it
        // is more than seconds old.
        for (const QFileInfo &f : QDir(m_dir.filePath(QStringLiteral("data/inbound/Modalities"))).entryInfoList(QDir::Files)) {
            QFile file(f.filePath());
            QVERIFY(file.open(QIODevice::ReadWrite) && file.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
        }
        run(QStringLiteral("window.confirm = () => true;"));
        QVERIFY(run(QStringLiteral("const row = Array.from(document.querySelectorAll(`%1 tbody tr`)).find(r => r.cells.length > 3 && /RTPLAN/.test(r.cells[3].textContent));"
                                   "row.querySelector('button.danger').click(); return true;").arg(studies)).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(rows(studies).size(), 2, 10000);

        // A viewer browses the same studies without names, thumbnails, downloads or deleting.
        logIn(QStringLiteral("vera"));
        click(QStringLiteral("button[data-tab=archive]"));
        QTRY_COMPARE_WITH_TIMEOUT(rows(studies).size(), 2, 10000);
        const QString page = run(QStringLiteral("return document.getElementById('archive').innerText;")).toString();
        QVERIFY2(page.contains(QStringLiteral("names hidden")) && !page.contains(QStringLiteral("CompressedSamples"), Qt::CaseInsensitive),
                 qPrintable(page.left(400)));
        QCOMPARE(run(QStringLiteral("return document.querySelectorAll('#archive a.button, #archive button.danger').length;")).toInt(), 0);
    }

    void anAdministratorChangesSettingsAndServeAppliesThem()
    {
        logIn(QStringLiteral("ada"));
        click(QStringLiteral("#tab-settings"));
        QTRY_VERIFY_WITH_TIMEOUT(!rowOf(QStringLiteral("#settings-devices"), QStringLiteral("Archive")).isEmpty(), 10000);
        // Echo from the form: the Archive device is the real Orthanc.
        QVERIFY(run(QStringLiteral("const row = Array.from(document.querySelectorAll('#settings-devices tbody tr'))"
                                   ".find(r => r.cells[0].textContent === 'Archive'); row.querySelector('button').click(); return true;")).toBool());
        click(QStringLiteral("#echo"));
        QTRY_VERIFY_WITH_TIMEOUT(text(QStringLiteral("#echo-result")).startsWith(QStringLiteral("The device answered")), 15000);
        click(QStringLiteral("#settings-cancel"));
        // A new listener, typed into the form: serve starts it without a restart.
        const quint16 port = freePort();
        click(QStringLiteral("#add-listeners"));
        type(QStringLiteral("#settings-fields input[data-path=name]"), QStringLiteral("Ward scanners"));
        type(QStringLiteral("#settings-fields input[data-path=aeTitle]"), QStringLiteral("WARDGW"));
        type(QStringLiteral("#settings-fields input[data-path=port]"), QString::number(port));
        type(QStringLiteral("#settings-fields input[data-path=forwardTo]"), QStringLiteral("Archive"));
        screenshot(QStringLiteral("console-settings.png"));
        click(QStringLiteral("#settings-form button[type=submit]"));
        QTRY_VERIFY_WITH_TIMEOUT(!rowOf(QStringLiteral("#settings-listeners"), QStringLiteral("Ward scanners")).isEmpty(), 10000);
        QVERIFY2(waitForPort(port, 15000, &m_serve), "serve did not start the listener added in the console");
        const QString ct = pydicomFile(QStringLiteral("MR_small.dcm"));
        QCOMPARE(QProcess::execute(QStringLiteral("storescu"), {QStringLiteral("-aec"), QStringLiteral("WARDGW"), QStringLiteral("127.0.0.1"),
                                                              QString::number(port), ct}), 0);
        // ...and forwards what it receives to the Archive (Orthanc).
        QTRY_VERIFY_WITH_TIMEOUT(m_orthanc.sopInstanceUids().contains(sopInstanceUidOf(ct)), 30000);
        // A wrong value is refused with the field named, and nothing is saved.
        click(QStringLiteral("#add-devices"));
        type(QStringLiteral("#settings-fields input[data-path=name]"), QStringLiteral("Broken"));
        type(QStringLiteral("#settings-fields input[data-path=aeTitle]"), QStringLiteral("THIS AE TITLE IS FAR TOO LONG"));
        type(QStringLiteral("#settings-fields input[data-path=host]"), QStringLiteral("127.0.0.1"));
        click(QStringLiteral("#settings-form button[type=submit]"));
        QTRY_VERIFY_WITH_TIMEOUT(displayed(QStringLiteral("#problem")), 10000);
        QVERIFY2(text(QStringLiteral("#problem")).contains(QStringLiteral("aeTitle")), qPrintable(text(QStringLiteral("#problem"))));
        QVERIFY(rowOf(QStringLiteral("#settings-devices"), QStringLiteral("Broken")).isEmpty());
    }

    void theConsoleSpeaksGerman()
    {
        run(QStringLiteral("const s = document.getElementById('language'); s.value = 'de'; s.dispatchEvent(new Event('change'));"));
        QTRY_COMPARE_WITH_TIMEOUT(text(QStringLiteral("h1")), QStringLiteral("PacsDrop-Dienstkonsole"), 5000);
        click(QStringLiteral("button[data-tab=dashboard]"));
        QTRY_COMPARE_WITH_TIMEOUT(text(QStringLiteral("#dashboard h2")), QStringLiteral("Geräte"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!rowOf(QStringLiteral("#devices"), QStringLiteral("Archive")).isEmpty(), 10000);
        screenshot(QStringLiteral("console-de.png"));
    }
};

PACSDROP_TEST_MAIN(TestConsoleBrowser)
#include "tst_console_browser.moc"
