// The console's settings page at the HTTP-handler level (ConsoleRouter, no server): only
// administrators read or change settings; changes land in the settings file through the file's own
// validation (a wrong field is named, a device still in use cannot go, names stay unique); a renamed
// device is renamed where folders and listeners send to it; sealed secrets never reach the page and
// survive an edit; Echo tries a device as the form has it, against a real storescp. serve applying a
// saved change without a restart is checked in tst_console_browser.
#include "TestMain.h"

#include "ConsoleClient.h"
#include "Peers.h"
#include "api/PasswordHash.h"
#include "common/SecretBox.h"
#include "console/ConsoleRouter.h"
#include "console/ConsoleSettingsEdit.h"
#include "settings/AppPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace pacsdrop;
using pacsdrop::test::bodyOf;

namespace {

const QString kPassword = QStringLiteral("correct horse");

QString message(const ConsoleResponse &r) { return bodyOf(r).value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(); }

QJsonObject device(const QString &name, int port)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("aeTitle"), QStringLiteral("STORESCP")}, {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
            {QStringLiteral("port"), port}};
}

} // namespace

class TestConsoleSettings : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    Settings m_settings;
    std::unique_ptr<ConsoleRouter> m_router;
    test::ConsoleClient m_console;
    test::ConsoleLogin m_ada;

    Settings onDisk() const { return *Settings::load(m_dir.filePath(QStringLiteral("settings.json"))); }
    ConsoleResponse post(const QString &route, const QJsonObject &body, const test::ConsoleLogin &as)
    {
        return m_console.call("POST", QStringLiteral("/console/settings/") + route, body, as);
    }

private slots:
    void initTestCase()
    {
        m_settings = test::consoleTestSettings(m_dir.path(), kPassword);
        m_router = std::make_unique<ConsoleRouter>(m_settings, AuditLog(m_dir.filePath(QStringLiteral("audit.log"))), false);
        m_console.router = m_router.get();
        m_ada = m_console.login(QStringLiteral("ada"), kPassword);
        QVERIFY(!m_ada.csrf.isEmpty());
    }

    void onlyAdministratorsReadOrChangeSettings()
    {
        const auto otto = m_console.login(QStringLiteral("otto"), kPassword);
        QCOMPARE(m_console.call("GET", QStringLiteral("/console/settings"), {}, otto).status, 403);
        QCOMPARE(post(QStringLiteral("devices"), {{QStringLiteral("entry"), device(QStringLiteral("PACS"), 104)}}, otto).status, 403);
        QCOMPARE(post(QStringLiteral("devices"), {{QStringLiteral("entry"), device(QStringLiteral("PACS"), 104)}}, {m_ada.cookie, {}}).status, 403); // no CSRF
        QVERIFY(onDisk().devices().isEmpty());
    }

    void changesLandInTheFileThroughItsValidation()
    {
        QCOMPARE(post(QStringLiteral("devices"), {{QStringLiteral("entry"), device(QStringLiteral("Main PACS"), 11112)}}, m_ada).status, 200);
        QCOMPARE(onDisk().devices().size(), 1);
        QCOMPARE(onDisk().devices().first().port, 11112);
        // A wrong field is named; a second device of the same name is refused; neither is saved.
        const ConsoleResponse badPort = post(QStringLiteral("devices"), {{QStringLiteral("entry"), device(QStringLiteral("Other"), 70000)}}, m_ada);
        QCOMPARE(badPort.status, 400);
        QVERIFY2(message(badPort).contains(QStringLiteral("port")), qPrintable(message(badPort)));
        QCOMPARE(post(QStringLiteral("devices"), {{QStringLiteral("entry"), device(QStringLiteral("main pacs"), 104)}}, m_ada).status, 400);
        QCOMPARE(onDisk().devices().size(), 1);
        // A hot folder and a listener that send to it; then the device is renamed: they follow.
        const QJsonObject folder{{QStringLiteral("folder"), m_dir.filePath(QStringLiteral("in"))}, {QStringLiteral("destination"), QStringLiteral("Main PACS")}};
        QCOMPARE(post(QStringLiteral("hotFolders"), {{QStringLiteral("entry"), folder}}, m_ada).status, 200);
        const QJsonObject listener{{QStringLiteral("name"), QStringLiteral("Modalities")}, {QStringLiteral("aeTitle"), QStringLiteral("GATEWAY")},
                                   {QStringLiteral("port"), 11113}, {QStringLiteral("forwardTo"), QJsonArray{QStringLiteral("Main PACS")}},
                                   {QStringLiteral("retention"), QJsonObject{{QStringLiteral("keepDays"), 30}}}};
        QCOMPARE(post(QStringLiteral("listeners"), {{QStringLiteral("entry"), listener}}, m_ada).status, 200);
        QCOMPARE(onDisk().listeners().first().keepDays, 30);
        QCOMPARE(post(QStringLiteral("devices"), {{QStringLiteral("entry"), device(QStringLiteral("Archive PACS"), 11112)},
                                                  {QStringLiteral("replacing"), QStringLiteral("Main PACS")}}, m_ada).status, 200);
        QCOMPARE(onDisk().hotFolders().first().destination, QStringLiteral("Archive PACS"));
        QCOMPARE(onDisk().listeners().first().forwardTo, QStringList{QStringLiteral("Archive PACS")});
        // A device something still sends to cannot be removed; once nothing does, it can.
        const ConsoleResponse inUse = post(QStringLiteral("devices/remove"), {{QStringLiteral("name"), QStringLiteral("Archive PACS")}}, m_ada);
        QCOMPARE(inUse.status, 400);
        QCOMPARE(onDisk().devices().size(), 1);
        QCOMPARE(post(QStringLiteral("hotFolders/remove"), {{QStringLiteral("name"), m_dir.filePath(QStringLiteral("in"))}}, m_ada).status, 200);
        QCOMPARE(post(QStringLiteral("listeners/remove"), {{QStringLiteral("name"), QStringLiteral("Modalities")}}, m_ada).status, 200);
        QCOMPARE(post(QStringLiteral("devices/remove"), {{QStringLiteral("name"), QStringLiteral("Archive PACS")}}, m_ada).status, 200);
        QVERIFY(onDisk().devices().isEmpty() && onDisk().hotFolders().isEmpty() && onDisk().listeners().isEmpty());
        // The Local archive's retention.
        QCOMPARE(post(QStringLiteral("retention"), {{QStringLiteral("keepDays"), 90}, {QStringLiteral("keepGigabytes"), 50}}, m_ada).status, 200);
        QCOMPARE(onDisk().site().localArchiveKeepDays, 90);
        QCOMPARE(post(QStringLiteral("retention"), {{QStringLiteral("keepDays"), -5}, {QStringLiteral("keepGigabytes"), 0}}, m_ada).status, 400);
        QCOMPARE(onDisk().site().localArchiveKeepDays, 90);
        // The users the console keeps in the same file are untouched by all of this.
        QCOMPARE(onDisk().api().console.users.size(), 3);
        QFile audit(m_dir.filePath(QStringLiteral("audit.log")));
        QVERIFY(audit.open(QIODevice::ReadOnly) && audit.readAll().contains("devices change Main PACS Archive PACS"));
    }

    void sealedSecretsNeverReachThePageAndSurviveAnEdit()
    {
        const auto sealed = sealSecret(QStringLiteral("cloud password"));
        QVERIFY(sealed);
        QJsonObject web{{QStringLiteral("name"), QStringLiteral("Cloud")},
                        {QStringLiteral("web"), QJsonObject{{QStringLiteral("url"), QStringLiteral("https://127.0.0.1:8443/dicom-web")},
                                                            {QStringLiteral("auth"), QStringLiteral("basic")}, {QStringLiteral("user"), QStringLiteral("u")},
                                                            {QStringLiteral("secret"), *sealed}}}};
        QCOMPARE(post(QStringLiteral("devices"), {{QStringLiteral("entry"), web}}, m_ada).status, 200);
        const QByteArray page = m_console.call("GET", QStringLiteral("/console/settings"), {}, m_ada).body;
        QVERIFY(!page.contains(sealed->toLatin1()) && page.contains("(kept)"));
        // The page sends back what it was given, with the description changed.
        QJsonObject shown = QJsonDocument::fromJson(page).object().value(QStringLiteral("devices")).toArray().first().toObject();
        shown.insert(QStringLiteral("description"), QStringLiteral("Cloud archive"));
        QCOMPARE(post(QStringLiteral("devices"), {{QStringLiteral("entry"), shown}, {QStringLiteral("replacing"), QStringLiteral("Cloud")}}, m_ada).status, 200);
        QCOMPARE(onDisk().device(QStringLiteral("Cloud"))->web.sealedSecret, *sealed);
        QCOMPARE(onDisk().device(QStringLiteral("Cloud"))->description, QStringLiteral("Cloud archive"));
        // Echo (or anything) with the device sent elsewhere does not take its secret along.
        QJsonObject elsewhere = shown;
        QJsonObject web2 = elsewhere.value(QStringLiteral("web")).toObject();
        web2.insert(QStringLiteral("url"), QStringLiteral("https://127.0.0.1:9/collector"));
        elsewhere.insert(QStringLiteral("web"), web2);
        QVERIFY(deviceFromPage(onDisk(), elsewhere)->web.sealedSecret.isEmpty());
        QCOMPARE(deviceFromPage(onDisk(), shown)->web.sealedSecret, *sealed);
        const auto otto = m_console.login(QStringLiteral("otto"), kPassword);
        QCOMPARE(post(QStringLiteral("echo"), {{QStringLiteral("entry"), elsewhere}}, otto).status, 403); // a form's device: administrators
        QCOMPARE(post(QStringLiteral("devices/remove"), {{QStringLiteral("name"), QStringLiteral("Cloud")}}, m_ada).status, 200);
    }

    void echoTriesTheDeviceAsTheFormHasIt()
    {
        test::StoreScp scp;
        QVERIFY(scp.start());
        const ConsoleResponse ok = post(QStringLiteral("echo"), {{QStringLiteral("entry"), device(QStringLiteral("Unsaved"), scp.port())}}, m_ada);
        QCOMPARE(ok.status, 200);
        QVERIFY2(bodyOf(ok).value(QStringLiteral("ok")).toBool(), ok.body.constData());
        const ConsoleResponse down = post(QStringLiteral("echo"), {{QStringLiteral("entry"), device(QStringLiteral("Unsaved"), test::freePort())}}, m_ada);
        QCOMPARE(down.status, 200);
        QVERIFY(!bodyOf(down).value(QStringLiteral("ok")).toBool());
        QVERIFY(!bodyOf(down).value(QStringLiteral("message")).toString().isEmpty());
    }
};

PACSDROP_TEST_MAIN(TestConsoleSettings)
#include "tst_console_settings.moc"
