// The pacsdrop command line as people and scripts use it: help, exit codes, messages that say
// what to do, and an outbox that survives the sender being killed mid-batch.
#include "Peers.h"
#include "TestData.h"
#include "TestMain.h"
#include "outbox/Outbox.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <QElapsedTimer>

#include <algorithm>

using namespace pacsdrop;
using namespace pacsdrop::test;

class TestCli : public QObject {
    Q_OBJECT
    quint16 m_listenerPort = 0;
    QTemporaryDir m_dir;
    int m_homes = 0;

    // Fresh config + data folder per test, so outboxes do not mix.
    QStringList home()
    {
        const QString root = m_dir.filePath(QStringLiteral("home%1").arg(++m_homes));
        return {QStringLiteral("--config"), root + QStringLiteral("/settings.json"), QStringLiteral("--data-dir"),
                root + QStringLiteral("/data")};
    }

    // The shared objects a pacsdrop run loaded (the dynamic loader's own account, LD_DEBUG=files).
    static QStringList librariesLoadedBy(const QStringList &arguments, const QProcessEnvironment &extra = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : extra.keys())
            env.insert(key, extra.value(key));
        env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PACSDROP_BINARY), arguments);
        p.waitForFinished(60000);
        QStringList libraries;
        static const QRegularExpression loaded(QStringLiteral(R"(file=(\S+) \[0\];\s+(needed by|dynamically loaded by))"));
        for (const QString &line : QString::fromLocal8Bit(p.readAllStandardError()).split(u'\n')) {
            if (const auto m = loaded.match(line); m.hasMatch())
                libraries << QFileInfo(m.captured(1)).fileName();
        }
        return libraries;
    }

private slots:
    void helpOnEveryCommand_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("text");
        QTest::newRow("top") << QStringList{QStringLiteral("--help")} << QStringLiteral("send --to TARGET");
        QTest::newRow("echo") << QStringList{QStringLiteral("echo"), QStringLiteral("--help")} << QStringLiteral("C-ECHO");
        QTest::newRow("send") << QStringList{QStringLiteral("send"), QStringLiteral("--help")} << QStringLiteral("DICOMDIR");
        QTest::newRow("queue") << QStringList{QStringLiteral("queue"), QStringLiteral("--help")} << QStringLiteral("resume");
        QTest::newRow("worklist") << QStringList{QStringLiteral("worklist"), QStringLiteral("--help")} << QStringLiteral("--station-aet");
        QTest::newRow("query") << QStringList{QStringLiteral("query"), QStringLiteral("--help")} << QStringLiteral("--study-uid");
        QTest::newRow("serve") << QStringList{QStringLiteral("serve"), QStringLiteral("--help")} << QStringLiteral("--windows-service");
        QTest::newRow("api") << QStringList{QStringLiteral("api"), QStringLiteral("--help")} << QStringLiteral("set-password");
        QTest::newRow("console") << QStringList{QStringLiteral("console"), QStringLiteral("--help")} << QStringLiteral("add-user");
        QTest::newRow("retention") << QStringList{QStringLiteral("retention"), QStringLiteral("--help")} << QStringLiteral("--dry-run");
        QTest::newRow("secret") << QStringList{QStringLiteral("secret"), QStringLiteral("--help")} << QStringLiteral("tls-passphrase");
    }

    void secretsAreStoredSealed()
    {
        const QStringList h = home();
        QDir().mkpath(QFileInfo(h[1]).absolutePath());
        QFile settings(h[1]);
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write(R"({"devices":[{"name":"Cloud","aeTitle":"CLOUD","host":"10.1.2.3","port":2762,
                          "tls":{"enabled":true,"certificate":"/c.pem","privateKey":"/k.pem","trustedCertificates":["/ca.pem"]}}]})");
        settings.close();
        QProcess secret;
        secret.start(QStringLiteral(PACSDROP_BINARY), QStringList{QStringLiteral("secret"), QStringLiteral("--device"), QStringLiteral("Cloud"),
                                                                  QStringLiteral("tls-passphrase")} + h);
        secret.write("open sesame\n");
        secret.closeWriteChannel();
        QVERIFY(secret.waitForFinished(15000));
        QCOMPARE(secret.exitCode(), 0);
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray stored = settings.readAll();
        settings.close();
        QVERIFY(stored.contains("\"privateKeyPassphrase\": \"sealed:v1:"));
        QVERIFY(!stored.contains("open sesame"));
        // Unknown device: a usage error, nothing written.
        const Run unknown = runPacsdrop(QStringList{QStringLiteral("secret"), QStringLiteral("--device"), QStringLiteral("Nope"),
                                                    QStringLiteral("tls-passphrase")} + h);
        QCOMPARE(unknown.exitCode, 2);
    }
    void helpOnEveryCommand()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, text);
        const Run run = runPacsdrop(args);
        QCOMPARE(run.exitCode, 0);
        const QString all = run.out + run.err;
        QVERIFY2(all.contains(text), qPrintable(all));
    }

    void commandsLoadOnlyWhatTheyNeed()
    {
        // FFmpeg, Poppler, Qt Gui, Qt Widgets, DCMTK's decoders and OpenSSL (DICOM TLS, sealed
        // secrets) live in modules loaded on first use: a command that sends DICOM without TLS or
        // answers --version must not pay for them (issue 14).
        const QStringList heavy{QStringLiteral("libpacsdrop_video"), QStringLiteral("libpacsdrop_pdf"), QStringLiteral("libpacsdrop_window"), QStringLiteral("libpacsdrop_image"),
                                QStringLiteral("libpacsdrop_codecs"), QStringLiteral("libavcodec"), QStringLiteral("libavformat"),
                                QStringLiteral("libpoppler"), QStringLiteral("libQt6Widgets"), QStringLiteral("libQt6Gui"), QStringLiteral("libX11"),
                                QStringLiteral("libdcmjpeg"), QStringLiteral("libdcmjpls"), QStringLiteral("libdcmtkcharls"), QStringLiteral("libdcmimgle"),
                                QStringLiteral("libpacsdrop_tls"), QStringLiteral("libdcmtls"), QStringLiteral("libssl"), QStringLiteral("libcrypto")};
        const QStringList h = home();
        const QString nobody = QStringLiteral("NOBODY@127.0.0.1:%1").arg(freePort());
        const QList<QStringList> light{{QStringLiteral("--version")},
                                       QStringList{QStringLiteral("echo"), nobody} + h,
                                       QStringList{QStringLiteral("send"), QStringLiteral("--to"), nobody, pydicomFile(QStringLiteral("CT_small.dcm"))} + h};
        for (const QStringList &args : light) {
            const QStringList libraries = librariesLoadedBy(args);
            QVERIFY2(libraries.size() > 5, qPrintable(libraries.join(u' '))); // the account was read
            for (const QString &lib : heavy) {
                const bool loaded = std::any_of(libraries.cbegin(), libraries.cend(), [&](const QString &l) { return l.startsWith(lib); });
                QVERIFY2(!loaded, qPrintable(args.first() + QStringLiteral(" loaded ") + lib));
            }
        }
        // The window (shown offscreen, then quit) loads Qt Widgets, but no image-format plugin
        // (Qt's PNG tool-bar arrow used to load all of them: WindowStyle), decoders, media, OpenSSL,
        // or the image library with DCMTK's renderer (loaded on the first preview).
        QProcessEnvironment windowEnv;
        windowEnv.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        windowEnv.insert(QStringLiteral("PACSDROP_QUIT_WHEN_READY"), QStringLiteral("1"));
        const QString window = librariesLoadedBy(h, windowEnv).join(u' ');
        QVERIFY2(window.contains(QStringLiteral("libpacsdrop_window")) && window.contains(QStringLiteral("libQt6Widgets")), qPrintable(window));
        for (const QString &lib : {QStringLiteral("libqtiff"), QStringLiteral("libqwebp"), QStringLiteral("libqjpeg"), QStringLiteral("libqmng"),
                                   QStringLiteral("libpacsdrop_codecs"), QStringLiteral("libpacsdrop_video"), QStringLiteral("libpacsdrop_pdf"),
                                   QStringLiteral("libavcodec"), QStringLiteral("libpacsdrop_image"), QStringLiteral("libdcmimage"),
                                   QStringLiteral("libpacsdrop_tls"), QStringLiteral("libssl"), QStringLiteral("libcrypto"),
                                   // the pipeline (DCMTK, the HTTP server) loads when the window first needs it, after it shows
                                   QStringLiteral("libpacsdrop_core"), QStringLiteral("libdcmdata"), QStringLiteral("libdcmnet"),
                                   QStringLiteral("libQt6HttpServer"), QStringLiteral("libQt6Network"),
                                   // icons are drawn by Qt Svg itself: no icon-engine plugin is looked for
                                   QStringLiteral("libqsvgicon")})
            QVERIFY2(!window.contains(lib), qPrintable(QStringLiteral("the window loaded ") + lib));
        // Given a file, the window loads the pipeline and reads it (it quits once the file is listed).
        const QString withFile = librariesLoadedBy(h + QStringList{pydicomFile(QStringLiteral("CT_small.dcm"))}, windowEnv).join(u' ');
        QVERIFY2(withFile.contains(QStringLiteral("libpacsdrop_core")) && withFile.contains(QStringLiteral("libdcmdata")), qPrintable(withFile));
        // Quitting as soon as the window shows, while its first outbox count still runs on a worker
        // thread, never crashes (it did in ~3 % of quick quits: SQLite's plugin was unloaded under it).
        for (int run = 0; run < 40; ++run) {
            QProcess quick;
            quick.setProcessEnvironment([&] {
                QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
                env.insert(QStringLiteral("PACSDROP_QUIT_WHEN_READY"), QStringLiteral("1"));
                return env;
            }());
            quick.start(QStringLiteral(PACSDROP_BINARY), h);
            QVERIFY(quick.waitForFinished(30000));
            QVERIFY2(quick.exitStatus() == QProcess::NormalExit && quick.exitCode() == 0,
                     qPrintable(QStringLiteral("run %1 ended with %2").arg(run).arg(quick.exitCode())));
        }
        // What the window remembers (its size, the split) is written when it changed, not at every
        // close: once settled (the first start places the window, the second keeps its frame), a
        // start that changes nothing leaves the file untouched.
        {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("PACSDROP_QUIT_WHEN_READY"), QStringLiteral("1"));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("remembering")));
            const QString conf = m_dir.filePath(QStringLiteral("remembering/PacsDrop/pacsdrop.conf"));
            QDateTime written;
            for (int run = 0; run < 3; ++run) {
                QProcess start;
                start.setProcessEnvironment(env);
                start.start(QStringLiteral(PACSDROP_BINARY), h);
                QVERIFY(start.waitForFinished(30000) && start.exitCode() == 0);
                QVERIFY2(QFileInfo::exists(conf), qPrintable(conf)); // the first close wrote it
                if (run == 1)
                    written = QFileInfo(conf).lastModified();
            }
            QCOMPARE(QFileInfo(conf).lastModified(), written);
        }
        // A JPEG-LS file for a PACS that takes only uncompressed data loads the decoders, and is
        // delivered decompressed.
        StoreScp uncompressedOnly; // storescp's default: uncompressed transfer syntaxes only
        QVERIFY2(uncompressedOnly.start(), qPrintable(uncompressedOnly.lastError()));
        const QStringList decompressing = librariesLoadedBy(QStringList{QStringLiteral("send"), QStringLiteral("--to"), uncompressedOnly.target(),
                                                                        pydicomFile(QStringLiteral("MR_small_jpeg_ls_lossless.dcm"))} + h);
        QVERIFY2(decompressing.join(u' ').contains(QStringLiteral("libpacsdrop_codecs")), qPrintable(decompressing.join(u' ')));
        QVERIFY2(decompressing.join(u' ').contains(QStringLiteral("libdcmtkcharls")), qPrintable(decompressing.join(u' ')));
        QTRY_COMPARE_WITH_TIMEOUT(uncompressedOnly.receivedFiles().size(), 1, 10000);
        // Converting a PDF does load the media module and Poppler: the check above can see them.
        const QString pdf = m_dir.filePath(QStringLiteral("modules.pdf"));
        QCOMPARE(QProcess::execute(QStringLiteral(PACSDROP_PYTHON3), {QStringLiteral(PACSDROP_TEST_SCRIPTS) + QStringLiteral("/make_pdf.py"), pdf}), 0);
        const QStringList converting = librariesLoadedBy(QStringList{QStringLiteral("convert"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("modules-out")),
                                                                     QStringLiteral("--set"), QStringLiteral("PatientName=A^B"), QStringLiteral("--set"),
                                                                     QStringLiteral("PatientID=1"), pdf} + h);
        QVERIFY2(converting.join(u' ').contains(QStringLiteral("libpacsdrop_pdf")), qPrintable(converting.join(u' ')));
        // ... and not FFmpeg, which costs ~90 ms to load (the video module).
        QVERIFY2(!converting.join(u' ').contains(QStringLiteral("libpacsdrop_video")) && !converting.join(u' ').contains(QStringLiteral("libavcodec")),
                 qPrintable(converting.join(u' ')));
        QVERIFY2(converting.join(u' ').contains(QStringLiteral("libpoppler")), qPrintable(converting.join(u' ')));
        // Converting a photo loads the image library and Qt Gui, and still not FFmpeg or Poppler.
        const QString photo = m_dir.filePath(QStringLiteral("modules.png"));
        QVERIFY(QProcess::execute(QStringLiteral("/usr/bin/convert"), {QStringLiteral("-size"), QStringLiteral("16x16"), QStringLiteral("xc:red"), photo}) == 0);
        const QString photoOut = m_dir.filePath(QStringLiteral("modules-photo"));
        const QStringList photoLibraries = librariesLoadedBy(QStringList{QStringLiteral("convert"), QStringLiteral("-o"), photoOut,
                                                                         QStringLiteral("--set"), QStringLiteral("PatientName=A^B"), QStringLiteral("--set"),
                                                                         QStringLiteral("PatientID=1"), photo} + h);
        const QString joined = photoLibraries.join(u' ');
        QVERIFY2(joined.contains(QStringLiteral("libpacsdrop_image")) && joined.contains(QStringLiteral("libQt6Gui")), qPrintable(joined));
        QVERIFY2(!joined.contains(QStringLiteral("libpacsdrop_video")) && !joined.contains(QStringLiteral("libpacsdrop_pdf")) &&
                     !joined.contains(QStringLiteral("libavcodec")), qPrintable(joined));
        QCOMPARE(QDir(photoOut).entryList({QStringLiteral("*.dcm")}, QDir::Files).size(), 1); // and it was converted
    }

    void unknownCommandIsAUsageError()
    {
        const Run run = runPacsdrop({QStringLiteral("fly")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("unknown command")));
    }

    void invalidSettingsNameTheField()
    {
        const QString config = m_dir.filePath(QStringLiteral("bad.json"));
        QFile f(config);
        f.open(QIODevice::WriteOnly);
        f.write(R"({"devices":[{"name":"PACS","aeTitle":"PACS","host":"127.0.0.1","port":99999}]})");
        f.close();
        const Run run = runPacsdrop({QStringLiteral("echo"), QStringLiteral("PACS"), QStringLiteral("--config"), config});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("devices[0].port")), qPrintable(run.err));
    }

    void echoAgainstOrthancByDeviceName()
    {
        Orthanc orthanc;
        QVERIFY2(orthanc.start(), qPrintable(orthanc.lastError()));
        const QStringList h = home();
        QDir().mkpath(QFileInfo(h[1]).absolutePath());
        QFile f(h[1]);
        f.open(QIODevice::WriteOnly);
        f.write(QStringLiteral(R"({"schemaVersion":1,"devices":[{"name":"Main PACS","aeTitle":"%1","host":"127.0.0.1","port":%2,"default":true}]})")
                    .arg(orthanc.aeTitle())
                    .arg(orthanc.dicomPort())
                    .toUtf8());
        f.close();
        Run run = runPacsdrop(QStringList{QStringLiteral("echo"), QStringLiteral("Main PACS")} + h);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral(": OK")), qPrintable(run.err));

        run = runPacsdrop(QStringList{QStringLiteral("echo"), QStringLiteral("WRONG@127.0.0.1:%1").arg(orthanc.dicomPort())} + h);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("called AE title WRONG not recognised")), qPrintable(run.err));

        // An echo gives DCMTK the command group instead of reading its whole dictionary (issue
        // 14): it works with the dictionary's path pointing nowhere (a send would refuse to start).
        QProcess echo;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DCMDICTPATH"), QStringLiteral("/nonexistent/dicom.dic"));
        echo.setProcessEnvironment(env);
        echo.start(QStringLiteral(PACSDROP_BINARY), QStringList{QStringLiteral("echo"), QStringLiteral("Main PACS")} + h);
        QVERIFY(echo.waitForFinished(60000));
        const QString said = QString::fromUtf8(echo.readAllStandardError());
        QCOMPARE(echo.exitCode(), 0);
        QVERIFY2(said.contains(QStringLiteral(": OK")), qPrintable(said));
    }

    void listingTheOutboxReadsNoDictionary()
    {
        // Listing the outbox reads no DICOM, so it does not parse DCMTK's dictionary (~35 ms, issue
        // 14): it works with the dictionary's path pointing nowhere, while resuming the outbox (which
        // sends) refuses to start, with the reason.
        const QStringList h = home();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DCMDICTPATH"), QStringLiteral("/nonexistent/dicom.dic"));
        QProcess list;
        list.setProcessEnvironment(env);
        list.start(QStringLiteral(PACSDROP_BINARY), QStringList{QStringLiteral("queue"), QStringLiteral("list")} + h);
        QVERIFY(list.waitForFinished(60000));
        QVERIFY2(list.exitCode() == 0, qPrintable(QString::fromUtf8(list.readAllStandardError())));
        QProcess resume;
        resume.setProcessEnvironment(env);
        resume.start(QStringLiteral(PACSDROP_BINARY), QStringList{QStringLiteral("queue"), QStringLiteral("resume")} + h);
        QVERIFY(resume.waitForFinished(60000));
        QCOMPARE(resume.exitCode(), 2);
        QVERIFY2(QString::fromUtf8(resume.readAllStandardError()).contains(QStringLiteral("data dictionary")), "no reason given");
    }

    void sendReportsEveryFileAndExitsNonZeroOnFailure()
    {
        Orthanc orthanc;
        QVERIFY2(orthanc.start(), qPrintable(orthanc.lastError()));
        const QString text = m_dir.filePath(QStringLiteral("note.txt"));
        QFile t(text);
        t.open(QIODevice::WriteOnly);
        t.write("hello");
        t.close();
        const QStringList h = home();
        Run run = runPacsdrop(QStringList{QStringLiteral("send"), QStringLiteral("--to"), orthanc.target(),
                                          pydicomFile(QStringLiteral("CT_small.dcm")), pydicomFile(QStringLiteral("MR_truncated.dcm")), text}
                              + h);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QRegularExpression(QStringLiteral(R"(OK\s+\S*CT_small\.dcm: stored \(status 0x0000\))"))), qPrintable(run.err));
        QVERIFY(run.err.contains(QRegularExpression(QStringLiteral(R"(FAILED\s+\S*MR_truncated\.dcm: damaged DICOM file)"))));
        QVERIFY(run.err.contains(QRegularExpression(QStringLiteral(R"(FAILED\s+\S*note\.txt: not a DICOM file)"))));
        QVERIFY(run.err.contains(QStringLiteral("delivered 1 of 3 files, 2 failed")));
        QCOMPARE(orthanc.sopInstanceUids(), QStringList{sopInstanceUidOf(pydicomFile(QStringLiteral("CT_small.dcm")))});

        // No patient names or IDs in the log at the default level.
        QFile log(QFileInfo(h[3]).absoluteFilePath() + QStringLiteral("/logs/pacsdrop.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray logText = log.readAll();
        QVERIFY(!logText.contains("CompressedSamples"));
        QVERIFY(!logText.contains("1CT1"));

        run = runPacsdrop(QStringList{QStringLiteral("send"), QStringLiteral("--to"), orthanc.target(),
                                      pydicomFile(QStringLiteral("MR_small.dcm"))} + h);
        QCOMPARE(run.exitCode, 0);

        run = runPacsdrop(QStringList{QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")} + h);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(entries.size(), 4);
        int done = 0, failed = 0;
        for (const QJsonValue &v : entries) {
            const QString state = v.toObject().value(QStringLiteral("state")).toString();
            done += state == QLatin1String("done");
            failed += state == QLatin1String("failed");
        }
        QCOMPARE(done, 2);
        QCOMPARE(failed, 2);
    }

    void killedMidBatchThenResumeDeliversTheRest()
    {
        const QStringList files = makeSeries(m_dir.filePath(QStringLiteral("kill-series")), 300, 512, 512);
        QCOMPARE(files.size(), 300);
        StoreScp scp;
        QVERIFY2(scp.start(), qPrintable(scp.lastError()));
        const QStringList h = home();

        QProcess sender;
        sender.start(QStringLiteral(PACSDROP_BINARY),
                     QStringList{QStringLiteral("send"), QStringLiteral("--to"), scp.target(), QStringLiteral("--parallel"),
                                 QStringLiteral("1"), m_dir.filePath(QStringLiteral("kill-series"))} + h);
        QVERIFY(sender.waitForStarted());
        sender.setReadChannel(QProcess::StandardError);
        // Kill it (SIGKILL: no chance to tidy up) once a good part is through and the outbox
        // holds some outcomes (they are recorded in groups every ~100 ms; read here, not assumed
        // from the time passed, since a fast machine sends 120 files within one group).
        const QString outboxPath = h[3] + QStringLiteral("/outbox.sqlite");
        const auto someOutcomesRecorded = [&] {
            const auto outbox = Outbox::open(outboxPath);
            const auto counts = outbox ? outbox->counts() : Result<Outbox::Counts>(std::unexpected(Error{}));
            return counts && counts->pending < 300;
        };
        QByteArray seen;
        while (sender.state() == QProcess::Running && (seen.count(" OK ") < 120 || !someOutcomesRecorded())) {
            sender.waitForReadyRead(20);
            seen += sender.readAllStandardError();
        }
        sender.kill();
        sender.waitForFinished();
        QVERIFY2(seen.count(" OK ") >= 120, seen.right(500).constData());
        const int before = static_cast<int>(scp.receivedFiles().size());
        QVERIFY2(before < 300, "the sender finished before it could be killed; the test proves nothing");

        Run list = runPacsdrop(QStringList{QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json"),
                                           QStringLiteral("--state"), QStringLiteral("pending")} + h);
        const int pending = static_cast<int>(QJsonDocument::fromJson(list.out.toUtf8()).array().size());
        QVERIFY2(pending > 0 && pending < 300, qPrintable(QString::number(pending)));
        // Outcomes are recorded in groups: the kill may lose the last group's records (those files
        // are sent again), but no entry recorded as delivered is missing at the receiver.
        QSet<QString> arrived;
        for (const QString &r : scp.receivedFiles())
            arrived.insert(sopInstanceUidOf(r));
        list = runPacsdrop(QStringList{QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json"),
                                       QStringLiteral("--state"), QStringLiteral("done")} + h);
        const QJsonArray doneAtKill = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QVERIFY2(!doneAtKill.isEmpty(), "no outcome was recorded before the kill; the test proves nothing");
        for (const QJsonValue &e : doneAtKill)
            QVERIFY2(arrived.contains(e[QStringLiteral("sopInstanceUid")].toString()), "an entry recorded as delivered never arrived");

        const Run resume = runPacsdrop(QStringList{QStringLiteral("queue"), QStringLiteral("resume")} + h);
        QCOMPARE(resume.exitCode, 0);

        QSet<QString> received;
        for (const QString &r : scp.receivedFiles())
            received.insert(sopInstanceUidOf(r));
        for (const QString &f : files)
            QVERIFY2(received.contains(sopInstanceUidOf(f)), qPrintable(f + QStringLiteral(" never arrived")));
        list = runPacsdrop(QStringList{QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json"),
                                       QStringLiteral("--state"), QStringLiteral("done")} + h);
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 300);
    }

    void aFileThatWouldCrashAParserDoesNotTakeTheBatchDown()
    {
        // 6,000 nested sequences once crashed send (exit 139, empty outbox); the good files around it go.
        const QString hostile = m_dir.filePath(QStringLiteral("hostile"));
        QCOMPARE(QProcess::execute(QStringLiteral(PACSDROP_PYTHON3),
                                   {QStringLiteral(PACSDROP_TEST_SCRIPTS) + QStringLiteral("/make_hostile.py"), hostile,
                                    QStringLiteral("nest_6000.dcm"), QStringLiteral("uid_path_traversal.dcm")}),
                 0);
        StoreScp scp;
        QVERIFY2(scp.start(), qPrintable(scp.lastError()));
        const QStringList h = home();
        const Run run = runPacsdrop(QStringList{QStringLiteral("send"), QStringLiteral("--to"), scp.target(),
                                                pydicomFile(QStringLiteral("CT_small.dcm")), hostile + QStringLiteral("/nest_6000.dcm"),
                                                hostile + QStringLiteral("/uid_path_traversal.dcm"), pydicomFile(QStringLiteral("MR_small.dcm"))}
                                    + h);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QRegularExpression(QStringLiteral(R"(FAILED\s+\S*nest_6000\.dcm: .*nested more than 256 deep)"))),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QRegularExpression(QStringLiteral(R"(FAILED\s+\S*uid_path_traversal\.dcm: .*is not a valid UID)"))),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("delivered 2 of 4 files, 2 failed")));
        QSet<QString> received;
        for (const QString &r : scp.receivedFiles())
            received.insert(sopInstanceUidOf(r));
        QCOMPARE(received, (QSet<QString>{sopInstanceUidOf(pydicomFile(QStringLiteral("CT_small.dcm"))),
                                          sopInstanceUidOf(pydicomFile(QStringLiteral("MR_small.dcm")))}));
        // Nothing was saved under a name built from the hostile UID.
        QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/pwned")));
    }

    void killedWhileReadingAFileTheRestIsSentAndThatOneSetAside()
    {
        // A parser that never returns stands in for one that crashes: the process dies while a file
        // is in hand (SIGKILL while it inflates a deflate bomb). The next run sends the others and
        // sets that one aside, without reading it again.
        const QString hostile = m_dir.filePath(QStringLiteral("hostile-kill"));
        QCOMPARE(QProcess::execute(QStringLiteral(PACSDROP_PYTHON3),
                                   {QStringLiteral(PACSDROP_TEST_SCRIPTS) + QStringLiteral("/make_hostile.py"), hostile,
                                    QStringLiteral("deflate_bomb.dcm")}),
                 0);
        const QString bomb = hostile + QStringLiteral("/deflate_bomb.dcm");
        StoreScp scp;
        QVERIFY2(scp.start(), qPrintable(scp.lastError()));
        const QStringList h = home();
        const QString notes = h[3] + QStringLiteral("/outbox.sqlite.work");
        QProcess sender;
        sender.start(QStringLiteral(PACSDROP_BINARY), QStringList{QStringLiteral("send"), QStringLiteral("--to"), scp.target(),
                                                                  pydicomFile(QStringLiteral("CT_small.dcm")), bomb,
                                                                  pydicomFile(QStringLiteral("MR_small.dcm"))}
                                                          + h);
        QVERIFY(sender.waitForStarted());
        // Its work note says when the bomb alone is in hand.
        QElapsedTimer clock;
        clock.start();
        bool inHand = false;
        while (!inHand && clock.elapsed() < 20000 && sender.state() == QProcess::Running) {
            for (const QString &name : QDir(notes).entryList({QStringLiteral("*.note")}, QDir::Files)) {
                QFile note(notes + u'/' + name);
                if (!note.open(QIODevice::ReadOnly))
                    continue;
                // The header gives the note's length; after it may be a longer note's old tail.
                const QByteArray raw = note.readAll();
                const QByteArray text = raw.startsWith("PDNOTE ") ? raw.mid(18, raw.mid(7, 10).toLongLong()) : QByteArray();
                inHand = text.count("reading ") == 1 && text.contains(QByteArray("reading " + QUrl::toPercentEncoding(bomb, "/")));
            }
            if (!inHand)
                QThread::msleep(5);
        }
        QVERIFY2(inHand, "the note never showed the bomb alone in hand");
        sender.kill();
        sender.waitForFinished();
        QVERIFY(scp.receivedFiles().isEmpty()); // killed before anything was sent

        const Run resume = runPacsdrop(QStringList{QStringLiteral("queue"), QStringLiteral("resume")} + h);
        QVERIFY2(resume.err.contains(QStringLiteral("SET ASIDE ") + bomb), qPrintable(resume.err));
        QSet<QString> received;
        for (const QString &r : scp.receivedFiles())
            received.insert(sopInstanceUidOf(r));
        QCOMPARE(received, (QSet<QString>{sopInstanceUidOf(pydicomFile(QStringLiteral("CT_small.dcm"))),
                                          sopInstanceUidOf(pydicomFile(QStringLiteral("MR_small.dcm")))}));
        const Run list = runPacsdrop(QStringList{QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json"),
                                                 QStringLiteral("--state"), QStringLiteral("failed")} + h);
        const QJsonArray failed = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().toObject().value(QStringLiteral("result")).toString().contains(QStringLiteral("stopped while reading")),
                 qPrintable(list.out));
        // Dealt with once: the dead process's note is gone, and a second resume has nothing left over.
        QVERIFY(QDir(notes).entryList({QStringLiteral("*.note")}, QDir::Files).isEmpty());
        const Run again = runPacsdrop(QStringList{QStringLiteral("queue"), QStringLiteral("resume")} + h);
        QVERIFY(!again.err.contains(QStringLiteral("SET ASIDE")));
        QCOMPARE(scp.receivedFiles().size(), 2);
    }

    void cancelFinishesTheCurrentFileAndKeepsTheRestPending()
    {
        const QStringList files = makeSeries(m_dir.filePath(QStringLiteral("cancel-series")), 40, 32, 32);
        QCOMPARE(files.size(), 40);
        // storescp takes a second per file, so the cancel lands mid-batch.
        StoreScp scp({QStringLiteral("--sleep-during"), QStringLiteral("1")});
        QVERIFY2(scp.start(), qPrintable(scp.lastError()));
        const QStringList h = home();
        QProcess sender;
        sender.setReadChannel(QProcess::StandardError);
        sender.start(QStringLiteral(PACSDROP_BINARY),
                     QStringList{QStringLiteral("send"), QStringLiteral("--to"), scp.target(), QStringLiteral("--parallel"),
                                 QStringLiteral("1"), m_dir.filePath(QStringLiteral("cancel-series"))} + h);
        QVERIFY(sender.waitForStarted());
        QByteArray seen;
        while (!seen.contains(" OK ") && sender.state() == QProcess::Running) {
            sender.waitForReadyRead(100);
            seen += sender.readAllStandardError();
        }
        sender.terminate(); // SIGTERM, as Ctrl+C or a service stop
        QVERIFY(sender.waitForFinished(10000));
        seen += sender.readAllStandardError();
        QCOMPARE(sender.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sender.exitCode(), 1);
        QVERIFY2(seen.contains("left in the outbox"), seen.right(400).constData());
        QVERIFY2(!seen.contains("FAILED"), seen.constData()); // stopping is not failing

        const Run pending = runPacsdrop(QStringList{QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json"),
                                                    QStringLiteral("--state"), QStringLiteral("pending")} + h);
        const auto left = QJsonDocument::fromJson(pending.out.toUtf8()).array().size();
        const auto arrived = scp.receivedFiles().size();
        QVERIFY2(left > 0, "the cancel came too late to show anything");
        QCOMPARE(left + arrived, 40); // every file is either delivered or still pending
    }

    void worklistDeviceDefaultsAndConversionFromAnItem()
    {
        WorklistScp scp;
        QVERIFY2(scp.addDcmtkSamples(), qPrintable(scp.lastError()));
        QVERIFY2(scp.start(), qPrintable(scp.lastError()));
        const QStringList h = home();
        QDir().mkpath(QFileInfo(h[1]).absolutePath());
        QFile f(h[1]);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // The RIS device searches CT in 1996 unless told otherwise.
        f.write(QStringLiteral(R"({"worklistDevices":[{"name":"RIS","aeTitle":"OFFIS","host":"127.0.0.1","port":%1,
                 "defaults":{"modality":"CT","date":"19960101-19961231"}}]})").arg(scp.target().section(u':', -1)).toUtf8());
        f.close();
        Run run = runPacsdrop(QStringList{QStringLiteral("worklist"), QStringLiteral("--from"), QStringLiteral("RIS"), QStringLiteral("--json")} + h);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray items = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(items.size(), 2); // VIVALDI 00002 and BEETHOVEN 00008, as findscu finds them
        QVERIFY2(run.err.contains(QStringLiteral(": 2 found")), qPrintable(run.err));
        run = runPacsdrop(QStringList{QStringLiteral("worklist"), QStringLiteral("--from"), QStringLiteral("RIS"), QStringLiteral("--date"),
                                      QStringLiteral("any"), QStringLiteral("--modality"), QStringLiteral("MR")} + h);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(u'\n'), 2); // MR at any date: 2 lines, printed as they arrived

        const QString image = m_dir.filePath(QStringLiteral("scan.png"));
        QVERIFY(QProcess::execute(QStringLiteral("/usr/bin/convert"), {QStringLiteral("-size"), QStringLiteral("16x16"), QStringLiteral("xc:red"), image}) == 0);
        const QString out = m_dir.filePath(QStringLiteral("from-worklist"));
        run = runPacsdrop(QStringList{QStringLiteral("convert"), QStringLiteral("-o"), out, QStringLiteral("--worklist"), QStringLiteral("RIS"),
                                      QStringLiteral("--accession"), QStringLiteral("00008"), image} + h);
        QCOMPARE(run.exitCode, 0);
        const QStringList made = QDir(out).entryList({QStringLiteral("*.dcm")}, QDir::Files);
        QCOMPARE(made.size(), 1);
        const QString file = QDir(out).filePath(made.first());
        QCOMPARE(sopInstanceUidOf(file).isEmpty(), false);
        QFile dicom(file);
        QVERIFY(dicom.open(QIODevice::ReadOnly));
        const QByteArray bytes = dicom.readAll();
        QVERIFY(bytes.contains("BEETHOVEN^LUDWIG^VAN") && bytes.contains("00008"));
        // Identity is not typed in next to a worklist item.
        run = runPacsdrop(QStringList{QStringLiteral("convert"), QStringLiteral("-o"), out, QStringLiteral("--worklist"), QStringLiteral("RIS"),
                                      QStringLiteral("--accession"), QStringLiteral("00008"), QStringLiteral("--set"), QStringLiteral("PatientID=X"), image} + h);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("comes from the worklist item")), qPrintable(run.err));
        // An unreachable worklist is a failure (1), not a usage error.
        scp.stop();
        run = runPacsdrop(QStringList{QStringLiteral("convert"), QStringLiteral("-o"), out, QStringLiteral("--worklist"), QStringLiteral("RIS"),
                                      QStringLiteral("--accession"), QStringLiteral("00008"), image} + h);
        QCOMPARE(run.exitCode, 1);
    }

    void queryAndAttachANewSeriesToAnExistingStudy()
    {
        Orthanc orthanc;
        QVERIFY2(orthanc.start(), qPrintable(orthanc.lastError()));
        const QStringList h = home();
        Run run = runPacsdrop(QStringList{QStringLiteral("send"), QStringLiteral("--to"), orthanc.target(), pydicomFile(QStringLiteral("CT_small.dcm"))} + h);
        QCOMPARE(run.exitCode, 0);
        run = runPacsdrop(QStringList{QStringLiteral("query"), QStringLiteral("--from"), orthanc.target(), QStringLiteral("--level"), QStringLiteral("study"),
                                      QStringLiteral("--patient-id"), QStringLiteral("1CT1"), QStringLiteral("--json")} + h);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray studies = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(studies.size(), 1);
        const QString studyUid = studies.first().toObject().value(QStringLiteral("studyInstanceUid")).toString();
        QVERIFY(!studyUid.isEmpty());
        run = runPacsdrop(QStringList{QStringLiteral("query"), QStringLiteral("--from"), orthanc.target(), QStringLiteral("--root"), QStringLiteral("patient"),
                                      QStringLiteral("--level"), QStringLiteral("study")} + h);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("needs one exact patient ID")), qPrintable(run.err));

        // A photo goes into that study as a new series; a DICOM file of another patient in the same
        // send is warned about and sent as it is.
        const QString image = m_dir.filePath(QStringLiteral("photo.png"));
        QVERIFY(QProcess::execute(QStringLiteral("/usr/bin/convert"), {QStringLiteral("-size"), QStringLiteral("16x16"), QStringLiteral("xc:blue"), image}) == 0);
        run = runPacsdrop(QStringList{QStringLiteral("send"), QStringLiteral("--to"), orthanc.target(), QStringLiteral("--query"), orthanc.target(),
                                      QStringLiteral("--study-uid"), studyUid, QStringLiteral("--set"), QStringLiteral("SeriesDescription=Photo"),
                                      image, pydicomFile(QStringLiteral("MR_small.dcm"))} + h);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("WARNING")) && run.err.contains(QStringLiteral("MR_small.dcm")), qPrintable(run.err));
        const HttpReply study = http("POST", orthanc.httpPort(), "/tools/lookup", studyUid.toLatin1());
        QVERIFY(study.body.contains("\"Study\""));
        const QByteArray orthancStudy = QJsonDocument::fromJson(study.body).array().first().toObject().value(QStringLiteral("ID")).toString().toLatin1();
        const HttpReply series = http("GET", orthanc.httpPort(), "/studies/" + orthancStudy + "/series");
        QCOMPARE(QJsonDocument::fromJson(series.body).array().size(), 2); // the CT series and the new photo series
        const HttpReply patient = http("GET", orthanc.httpPort(), "/studies/" + orthancStudy + "/patient");
        QVERIFY(patient.body.contains("1CT1"));
    }

    // settings.json for "serve": one Orthanc device and one watched folder.
    QStringList serveHome(const Orthanc &orthanc, const QString &folder)
    {
        const QStringList h = home();
        QDir().mkpath(QFileInfo(h[1]).absolutePath());
        QFile f(h[1]);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QStringLiteral(R"({"devices":[{"name":"Archive","aeTitle":"%1","host":"127.0.0.1","port":%2}],
                 "hotFolders":[{"folder":"%3","destination":"Archive","afterSend":"delete","stableSeconds":1,"pollSeconds":1}],
                 "listeners":[{"name":"TPS","aeTitle":"ROUTER","port":%4,"forwardTo":["Archive"]}]})")
                    .arg(orthanc.aeTitle()).arg(orthanc.dicomPort()).arg(folder).arg(m_listenerPort = freePort()).toUtf8());
        return h;
    }

    void serveWatchesFoldersAndStopsOnSigterm()
    {
        Orthanc orthanc;
        QVERIFY2(orthanc.start(), qPrintable(orthanc.lastError()));
        const QString folder = m_dir.filePath(QStringLiteral("serve-in"));
        QDir().mkpath(folder);
        const QStringList h = serveHome(orthanc, folder);
        QProcess serve;
        serve.start(QStringLiteral(PACSDROP_BINARY), QStringList{QStringLiteral("serve")} + h);
        QVERIFY(serve.waitForStarted());
        const QStringList files = makeSeries(m_dir.filePath(QStringLiteral("serve-src")), 3, 64, 64);
        for (const QString &f : files)
            QFile::copy(f, QDir(folder).filePath(QFileInfo(f).fileName()));
        QTRY_COMPARE_WITH_TIMEOUT(orthanc.sopInstanceUids().size(), 3, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(QDir(folder).entryList(QDir::Files).isEmpty(), 10000); // deleted once sent
        // The listener forwards what a treatment-planning system sends.
        QCOMPARE(QProcess::execute(QStringLiteral("storescu"), {QStringLiteral("-aec"), QStringLiteral("ROUTER"), QStringLiteral("127.0.0.1"),
                                                              QString::number(m_listenerPort), pydicomFile(QStringLiteral("rtplan.dcm"))}),
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(orthanc.sopInstanceUids().size(), 4, 30000);
        // A second folder added to the settings file while serve runs is watched without a restart.
        const QString second = m_dir.filePath(QStringLiteral("serve-in-2"));
        QDir().mkpath(second);
        QFile settingsFile(h[1]);
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(settingsFile.readAll()).object();
        settingsFile.close();
        QJsonArray folders = root.value(QStringLiteral("hotFolders")).toArray();
        QJsonObject added = folders.first().toObject();
        added.insert(QStringLiteral("folder"), second);
        folders.append(added);
        root.insert(QStringLiteral("hotFolders"), folders);
        QThread::msleep(1100); // a new modification time, even on file systems that keep whole seconds
        QVERIFY(settingsFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        settingsFile.write(QJsonDocument(root).toJson());
        settingsFile.close();
        QVERIFY(QFile::copy(pydicomFile(QStringLiteral("MR_small.dcm")), second + QStringLiteral("/mr.dcm")));
        QTRY_COMPARE_WITH_TIMEOUT(orthanc.sopInstanceUids().size(), 5, 30000); // the new watcher found it
        serve.terminate(); // SIGTERM
        QVERIFY(serve.waitForFinished(15000));
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 0);
        QVERIFY(serve.readAllStandardError().contains("stopped"));
    }

    void serveKilledMidBatchDeliversEverythingAfterRestart()
    {
        Orthanc orthanc;
        QVERIFY2(orthanc.start(), qPrintable(orthanc.lastError()));
        const QString folder = m_dir.filePath(QStringLiteral("kill-in"));
        QDir().mkpath(folder);
        const QStringList h = serveHome(orthanc, folder);
        const QStringList files = makeSeries(m_dir.filePath(QStringLiteral("kill-src")), 60, 512, 512);
        QProcess serve;
        serve.start(QStringLiteral(PACSDROP_BINARY), QStringList{QStringLiteral("serve")} + h);
        QVERIFY(serve.waitForStarted());
        for (const QString &f : files)
            QFile::copy(f, QDir(folder).filePath(QFileInfo(f).fileName()));
        QTRY_VERIFY_WITH_TIMEOUT(!orthanc.sopInstanceUids().isEmpty(), 30000);
        serve.kill(); // SIGKILL in the middle of the batch
        QVERIFY(serve.waitForFinished(10000));
        const int before = int(orthanc.sopInstanceUids().size());
        QProcess again;
        again.start(QStringLiteral(PACSDROP_BINARY), QStringList{QStringLiteral("serve")} + h);
        QVERIFY(again.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(orthanc.sopInstanceUids().size(), 60, 90000);
        qInfo("%d of 60 had arrived when serve was killed", before);
        again.terminate();
        QVERIFY(again.waitForFinished(15000));
    }

    void aFreshInstallationSendsToTheLocalArchive()
    {
        // No settings file yet: the built-in Local archive is there and is the default.
        const QStringList h = home();
        const QString image = m_dir.filePath(QStringLiteral("first-photo.png"));
        QVERIFY(QProcess::execute(QStringLiteral("/usr/bin/convert"), {QStringLiteral("-size"), QStringLiteral("16x16"), QStringLiteral("xc:green"), image}) == 0);
        Run run = runPacsdrop(QStringList{QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("Local archive"),
                                          pydicomFile(QStringLiteral("CT_small.dcm"))} + h);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString archive = QFileInfo(h[3]).absoluteFilePath() + QStringLiteral("/archive");
        QVERIFY(QFile::exists(archive + u'/' + sopInstanceUidOf(pydicomFile(QStringLiteral("CT_small.dcm"))) + QStringLiteral(".dcm")));
        // Without --to, the default device: the archive again, with a converted photo.
        run = runPacsdrop(QStringList{QStringLiteral("send"), QStringLiteral("--set"), QStringLiteral("PatientID=T1"), QStringLiteral("--set"),
                                      QStringLiteral("PatientName=Test^Patient"), image} + h);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QDir(archive).entryList({QStringLiteral("*.dcm")}, QDir::Files).size(), 2);
        QFile settings(h[1]);
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(settings.readAll().contains("\"builtIn\": \"localArchive\""));
    }

    void verifyCatchesAPacsThatSilentlyDropsAnInstance()
    {
        // Orthanc answers success for the MR but a Lua filter drops it; --verify asks afterwards.
        const QString lua = m_dir.filePath(QStringLiteral("drop-mr.lua"));
        QFile script(lua);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("function ReceivedInstanceFilter(dicom, origin, info)\n  return dicom.Modality ~= 'MR'\nend\n");
        script.close();
        Orthanc::Options options;
        options.extraConfig = {{QStringLiteral("LuaScripts"), QJsonArray{lua}}};
        Orthanc orthanc(options);
        QVERIFY2(orthanc.start(), qPrintable(orthanc.lastError()));
        const QStringList h = home();
        const QString ct = pydicomFile(QStringLiteral("CT_small.dcm")), mr = pydicomFile(QStringLiteral("MR_small.dcm"));
        Run run = runPacsdrop(QStringList{QStringLiteral("send"), QStringLiteral("--to"), orthanc.target(), QStringLiteral("--verify"), ct, mr} + h);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("MISSING  ") + mr), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("verified 1 on the PACS, 1 missing")), qPrintable(run.err));
        run = runPacsdrop(QStringList{QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")} + h);
        QMap<QString, QString> status;
        for (const QJsonValue &v : QJsonDocument::fromJson(run.out.toUtf8()).array())
            status.insert(v.toObject().value(QStringLiteral("path")).toString(), v.toObject().value(QStringLiteral("status")).toString());
        QCOMPARE(status.value(ct), QStringLiteral("verified"));
        QCOMPARE(status.value(mr), QStringLiteral("missing"));
        // Without --verify the drop goes unnoticed: both "sent", exit status 0.
        const QStringList plain = home();
        run = runPacsdrop(QStringList{QStringLiteral("send"), QStringLiteral("--to"), orthanc.target(), ct, mr} + plain);
        QCOMPARE(run.exitCode, 0);
        run = runPacsdrop(QStringList{QStringLiteral("queue"), QStringLiteral("list")} + plain);
        QVERIFY2(run.err.contains(QStringLiteral("2 sent")), qPrintable(run.err));
    }

    void sendWaitsForTheCommitmentReport()
    {
        // The report comes to the listener in the settings, which send starts for the wait.
        const quint16 listenerPort = freePort();
        Orthanc::Options options;
        options.extraConfig = {{QStringLiteral("DicomModalities"),
                                QJsonObject{{QStringLiteral("pacsdrop"), QJsonArray{QStringLiteral("PACSDROP"), QStringLiteral("127.0.0.1"), listenerPort}}}}};
        Orthanc orthanc(options);
        QVERIFY2(orthanc.start(), qPrintable(orthanc.lastError()));
        const QStringList h = home();
        QDir().mkpath(QFileInfo(h[1]).absolutePath());
        QFile settings(h[1]);
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write(QStringLiteral(R"({"devices":[{"name":"Archive","aeTitle":"%1","host":"127.0.0.1","port":%2,"storageCommitment":true}],
                 "listeners":[{"name":"Reports","aeTitle":"PACSDROP","port":%3}]})")
                           .arg(orthanc.aeTitle()).arg(orthanc.dicomPort()).arg(listenerPort).toUtf8());
        settings.close();
        Run run = runPacsdrop(QStringList{QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("Archive"),
                                          pydicomFile(QStringLiteral("CT_small.dcm")), pydicomFile(QStringLiteral("MR_small.dcm"))} + h);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("committed 2, not committed 0")), qPrintable(run.err));
        run = runPacsdrop(QStringList{QStringLiteral("queue"), QStringLiteral("list")} + h);
        QVERIFY2(run.err.contains(QStringLiteral("2 committed")), qPrintable(run.err));
    }

    void serveAnswersTheApiAfterSetPassword()
    {
        // The API asked for but without a password: serve refuses to start, rather than run without it.
        const QStringList bare = home();
        QDir().mkpath(QFileInfo(bare[1]).absolutePath());
        QFile bareSettings(bare[1]);
        QVERIFY(bareSettings.open(QIODevice::WriteOnly));
        bareSettings.write(R"({"api":{"enabled":true}})");
        bareSettings.close();
        const Run refused = runPacsdrop(QStringList{QStringLiteral("serve")} + bare, 15000);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("pacsdrop api set-password")), qPrintable(refused.err));

        // A fresh installation: the password is set from stdin (stored hashed), serve starts the API,
        // and a script uploads a file that arrives in the Local archive.
        const QStringList h = home();
        QProcess setPassword;
        setPassword.start(QStringLiteral(PACSDROP_BINARY), QStringList{QStringLiteral("api"), QStringLiteral("set-password"), QStringLiteral("--enable")} + h);
        setPassword.write("a long enough secret\n");
        setPassword.closeWriteChannel();
        QVERIFY(setPassword.waitForFinished(15000));
        QCOMPARE(setPassword.exitCode(), 0);
        QFile settings(h[1]);
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(settings.readAll()).object();
        settings.close();
        QJsonObject api = root.value(QStringLiteral("api")).toObject();
        QVERIFY(api.value(QStringLiteral("passwordHash")).toString().startsWith(QStringLiteral("pbkdf2-sha256$")));
        QVERIFY(!QJsonDocument(root).toJson().contains("a long enough secret"));
        QCOMPARE(api.value(QStringLiteral("enabled")).toBool(), true);
        const quint16 port = freePort();
        api.insert(QStringLiteral("port"), port);
        root.insert(QStringLiteral("api"), api);
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write(QJsonDocument(root).toJson());
        settings.close();
        QProcess serve;
        serve.start(QStringLiteral(PACSDROP_BINARY), QStringList{QStringLiteral("serve")} + h);
        QVERIFY(waitForPort(port, 20000, &serve));
        QFile ct(pydicomFile(QStringLiteral("CT_small.dcm")));
        QVERIFY(ct.open(QIODevice::ReadOnly));
        const QByteArray body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ct.dcm\"\r\n\r\n" + ct.readAll() + "\r\n--b--\r\n";
        const QByteArray auth = "Basic " + QByteArray("pacsdrop:a long enough secret").toBase64();
        const HttpReply accepted = httpCall(port, {"POST", "/api/v1/send", {{"Authorization", auth}, {"Content-Type", "multipart/form-data; boundary=b"}}, body, {}});
        QCOMPARE(accepted.status, 202);
        const QString archived = QFileInfo(h[3]).absoluteFilePath() + QStringLiteral("/archive/") + sopInstanceUidOf(pydicomFile(QStringLiteral("CT_small.dcm")))
                                 + QStringLiteral(".dcm");
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(archived), 30000);
        const QByteArray jobPath = accepted.header("Location");
        QTRY_COMPARE_WITH_TIMEOUT(httpCall(port, {"GET", jobPath, {{"Authorization", auth}}, {}, {}}).json().value(QStringLiteral("message")).toString(),
                                  QStringLiteral("1 sent"), 10000);
        QCOMPARE(httpCall(port, {"GET", "/api/v1/status", {}, {}, {}}).status, 401);
        serve.terminate();
        QVERIFY(serve.waitForFinished(15000));
        QCOMPARE(serve.exitCode(), 0);
    }

    void ffmpegSpeaksThroughPacsdropsLog()
    {
        // A cut-off MP4: FFmpeg's own "moov atom not found" once reached the console ahead of the
        // FAILED line. Now the FAILED line says it, and FFmpeg's words go to the log at debug level.
        const QString clip = m_dir.filePath(QStringLiteral("whole.mp4")), cut = m_dir.filePath(QStringLiteral("cut.mp4"));
        QCOMPARE(QProcess::execute(QStringLiteral("ffmpeg"), {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"),
                                                               QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                                               QStringLiteral("testsrc=size=160x120:rate=25"), QStringLiteral("-t"), QStringLiteral("1"),
                                                               QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-pix_fmt"),
                                                               QStringLiteral("yuv420p"), clip}),
                 0);
        QFile whole(clip), part(cut);
        QVERIFY(whole.open(QIODevice::ReadOnly) && part.open(QIODevice::WriteOnly));
        part.write(whole.read(3000)); // the header says more is coming; the index (moov) never does
        part.close();
        const QStringList h = home();
        const QStringList convert{QStringLiteral("convert"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("cut-out")), QStringLiteral("--set"),
                                  QStringLiteral("PatientID=V1"), QStringLiteral("--set"), QStringLiteral("PatientName=Video^Test"), cut};
        const Run run = runPacsdrop(convert + h);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("FAILED")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("moov atom")), qPrintable(run.err));
        // Asked for (--debug), FFmpeg's words are in PacsDrop's log, as PacsDrop's lines.
        QVERIFY(runPacsdrop(convert + QStringList{QStringLiteral("--debug")} + h).exitCode == 1);
        QFile log(QFileInfo(h[3]).absoluteFilePath() + QStringLiteral("/logs/pacsdrop.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY2(log.readAll().contains("moov atom not found"), "FFmpeg's message is not in the log at debug level");
    }

    void convertNeedsAPatientAndReportsWhatItMade()
    {
        const QString image = m_dir.filePath(QStringLiteral("wound.png"));
        QVERIFY(QProcess::execute(QStringLiteral("/usr/bin/convert"), {QStringLiteral("-size"), QStringLiteral("32x32"),
                                  QStringLiteral("xc:red"), image}) == 0);
        const QString out = m_dir.filePath(QStringLiteral("converted"));
        Run run = runPacsdrop(QStringList{QStringLiteral("convert"), QStringLiteral("-o"), out, image} + home());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("needs at least a patient ID and name")), qPrintable(run.err));
        run = runPacsdrop(QStringList{QStringLiteral("convert"), QStringLiteral("-o"), out, QStringLiteral("--set"),
                                      QStringLiteral("PatientName=Müller^Anna"), QStringLiteral("--set"), QStringLiteral("PatientID=123"),
                                      image, pydicomFile(QStringLiteral("CT_small.dcm"))} + home());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("Secondary Capture Image Storage, Little Endian Explicit, 1 frame")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("SKIPPED")) && run.err.contains(QStringLiteral("already DICOM")));
        QCOMPARE(QDir(out).entryList({QStringLiteral("*.dcm")}, QDir::Files).size(), 1);

        // --charset: a Latin-1 destination gets Latin-1 text; a name it cannot hold is refused.
        const QString latin = m_dir.filePath(QStringLiteral("latin1"));
        run = runPacsdrop(QStringList{QStringLiteral("convert"), QStringLiteral("-o"), latin, QStringLiteral("--charset"), QStringLiteral("ISO_IR 100"),
                                      QStringLiteral("--set"), QStringLiteral("PatientName=Müller^Anna"), QStringLiteral("--set"),
                                      QStringLiteral("PatientID=123"), image} + home());
        QCOMPARE(run.exitCode, 0);
        const QStringList made = QDir(latin).entryList({QStringLiteral("*.dcm")}, QDir::Files);
        QCOMPARE(made.size(), 1);
        QFile file(QDir(latin).filePath(made.first()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("ISO_IR 100") && bytes.contains("M\xfcller^Anna"));
        run = runPacsdrop(QStringList{QStringLiteral("convert"), QStringLiteral("-o"), latin, QStringLiteral("--charset"), QStringLiteral("ISO_IR 100"),
                                      QStringLiteral("--set"), QStringLiteral("PatientName=Иванов^Иван"), QStringLiteral("--set"),
                                      QStringLiteral("PatientID=124"), image} + home());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("cannot be written in ISO_IR 100 (Latin-1)")), qPrintable(run.err));
        run = runPacsdrop(QStringList{QStringLiteral("convert"), QStringLiteral("-o"), latin, QStringLiteral("--charset"), QStringLiteral("KOI8"),
                                      QStringLiteral("--set"), QStringLiteral("PatientName=A^B"), QStringLiteral("--set"), QStringLiteral("PatientID=1"), image} + home());
        QCOMPARE(run.exitCode, 2);
    }

    void sendConvertsPhotosAndPdfsAndCleansTheSpool()
    {
        Orthanc orthanc;
        QVERIFY2(orthanc.start(), qPrintable(orthanc.lastError()));
        const QString folder = m_dir.filePath(QStringLiteral("ward"));
        QDir().mkpath(folder);
        QVERIFY(QProcess::execute(QStringLiteral("/usr/bin/convert"), {QStringLiteral("-size"), QStringLiteral("64x48"),
                                  QStringLiteral("gradient:red-blue"), folder + QStringLiteral("/wound.jpg")}) == 0);
        QVERIFY(QProcess::execute(QStringLiteral(PACSDROP_PYTHON3), {QStringLiteral(PACSDROP_TEST_SCRIPTS) + QStringLiteral("/make_pdf.py"),
                                  folder + QStringLiteral("/referral.pdf")}) == 0);
        QVERIFY(QFile::copy(pydicomFile(QStringLiteral("CT_small.dcm")), folder + QStringLiteral("/ct.dcm")));
        const QStringList h = home();

        Run run = runPacsdrop(QStringList{QStringLiteral("send"), QStringLiteral("--to"), orthanc.target(), folder} + h);
        QCOMPARE(run.exitCode, 1); // without a patient the photo and the PDF cannot go
        QVERIFY2(run.err.contains(QStringLiteral("not DICOM; to convert it")), qPrintable(run.err));
        QCOMPARE(orthanc.sopInstanceUids().size(), 1);

        run = runPacsdrop(QStringList{QStringLiteral("send"), QStringLiteral("--to"), orthanc.target(), QStringLiteral("--set"),
                                      QStringLiteral("PatientName=Müller^Anna"), QStringLiteral("--set"), QStringLiteral("PatientID=123"),
                                      folder} + h);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("converted ")), qPrintable(run.err));
        QCOMPARE(orthanc.sopInstanceUids().size(), 3);
        // Delivered conversions do not stay in the spool.
        const QString spool = QFileInfo(h[3]).absoluteFilePath() + QStringLiteral("/spool");
        QDirIterator left(spool, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(!left.hasNext(), "converted files were left in the spool");
    }

    void keepTryingSendsWhenThePacsIsBack()
    {
        // What the window starts when it closes with files waiting: retry, and keep trying a PACS that is away.
        const QStringList h = home();
        const quint16 port = freePort();
        QDir().mkpath(QFileInfo(h[1]).absolutePath());
        QFile config(h[1]);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QJsonDocument(QJsonObject{{QStringLiteral("schemaVersion"), 1},
                                               {QStringLiteral("devices"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Archive")},
                                                                                                  {QStringLiteral("aeTitle"), QStringLiteral("STORESCP")},
                                                                                                  {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                                                                                  {QStringLiteral("port"), port},
                                                                                                  {QStringLiteral("connectTimeout"), 2},
                                                                                                  {QStringLiteral("retryBackoffSeconds"), 1}}}}})
                         .toJson());
        config.close();
        Run run = runPacsdrop(QStringList{QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("Archive"), pydicomFile(QStringLiteral("CT_small.dcm")),
                                          pydicomFile(QStringLiteral("MR_small.dcm"))} + h);
        QCOMPARE(run.exitCode, 1); // nothing listens yet: failed, kept
        QProcess keepTrying;
        keepTrying.start(QStringLiteral(PACSDROP_BINARY), QStringList{QStringLiteral("queue"), QStringLiteral("retry"), QStringLiteral("--keep-trying")} + h);
        QVERIFY(keepTrying.waitForStarted());
        QVERIFY(!keepTrying.waitForFinished(3000)); // waiting for the PACS, not giving up
        StoreScp scp;
        QVERIFY2(scp.start(port), qPrintable(scp.lastError()));
        QVERIFY(keepTrying.waitForFinished(30000));
        QCOMPARE(keepTrying.exitCode(), 0);
        QCOMPARE(scp.receivedFiles().size(), 2);
        run = runPacsdrop(QStringList{QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--state"), QStringLiteral("done")} + h);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 2);
    }

    void queueClearRemovesDeliveredEntries()
    {
        const QStringList h = home();
        // Nothing listening: the entry fails, then retry fails again, clear --all empties.
        const QString target = QStringLiteral("NOBODY@127.0.0.1:%1").arg(freePort());
        Run run = runPacsdrop(QStringList{QStringLiteral("send"), QStringLiteral("--to"), target,
                                          pydicomFile(QStringLiteral("CT_small.dcm"))} + h);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("connection refused")), qPrintable(run.err));
        run = runPacsdrop(QStringList{QStringLiteral("queue"), QStringLiteral("retry")} + h);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("retrying 1 failed file")));
        run = runPacsdrop(QStringList{QStringLiteral("queue"), QStringLiteral("clear")} + h);
        QVERIFY(run.err.contains(QStringLiteral("removed 0 entries")));
        run = runPacsdrop(QStringList{QStringLiteral("queue"), QStringLiteral("clear"), QStringLiteral("--all")} + h);
        QVERIFY(run.err.contains(QStringLiteral("removed 1 entry")));
    }
};

PACSDROP_TEST_MAIN(TestCli)
#include "tst_cli.moc"
