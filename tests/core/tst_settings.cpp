// Settings: defaults, round trip, atomic writes, and errors that name the field.
#include "settings/Settings.h"
#include "convert/StudyData.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pacsdrop;

class TestSettings : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QByteArray &json)
    {
        const QString path = m_dir.filePath(QStringLiteral("settings.json"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(json);
        return path;
    }

    static Device pacs()
    {
        Device d;
        d.name = QStringLiteral("Main PACS");
        d.aeTitle = QStringLiteral("PACS1");
        d.host = QStringLiteral("pacs.example.org");
        d.port = 11112;
        d.callingAeTitle = QStringLiteral("WARD7");
        d.maxPdu = 65536;
        d.connectTimeout = 5;
        d.acseTimeout = 20;
        d.dimseTimeout = 90;
        d.decompressIfRefused = false;
        d.isDefault = true;
        d.parallelAssociations = 1;
        return d;
    }

private slots:
    // First, before anything in this process reads DCMTK's dictionary: loading settings must not
    // read it (every command and the window load settings at start; reading it costs ~15 ms).
    // The dictionary's path points nowhere while the settings load; had they read it, the
    // dictionary would stay empty and the lookup after the path is set right would fail.
    void loadingSettingsDoesNotReadTheDictionary()
    {
        const QByteArray realPath = qgetenv("DCMDICTPATH").isEmpty() ? QByteArray("/usr/share/libdcmtk17/dicom.dic") : qgetenv("DCMDICTPATH");
        qputenv("DCMDICTPATH", "/nonexistent/dicom.dic");
        const QString path = write(R"({"site":{"additionalInfoKeyword":"BodyPartExamined"}})");
        const auto s = Settings::load(path);
        QVERIFY2(s.has_value(), s ? "" : qPrintable(s.error().message));
        qputenv("DCMDICTPATH", realPath);
        QVERIFY(dictionaryHasKeyword(QStringLiteral("PatientName")));
    }

    void keywordsKnownWithoutTheDictionaryAreInIt()
    {
        const QStringList common = keywordsKnownWithoutDictionary();
        QVERIFY(common.contains(QStringLiteral("ImageComments")));
        for (const QString &k : common)
            QVERIFY2(dictionaryHasKeyword(k), qPrintable(k)); // a typo here would let conversion write a wrong tag
        QVERIFY(isDicomKeyword(QStringLiteral("StationName"))); // not common: asked of the dictionary
        QVERIFY(!isDicomKeyword(QStringLiteral("StudyComment")));
        QVERIFY(!isDicomKeyword(QStringLiteral("StudyComments"))); // retired: DCMTK knows it by another name
    }

    void missingFileGivesDefaults()
    {
        auto s = Settings::load(m_dir.filePath(QStringLiteral("none.json")));
        QVERIFY(s.has_value());
        QCOMPARE(s->localAeTitle(), QStringLiteral("PACSDROP"));
        QVERIFY(s->devices().isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.json"))));
    }

    void roundTripKeepsEveryDeviceField()
    {
        const QString path = m_dir.filePath(QStringLiteral("round.json"));
        auto s = Settings::load(path);
        QVERIFY(s);
        s->setLocalAeTitle(QStringLiteral("WARD7PC"));
        QVERIFY(s->putDevice(pacs()));
        Device second = pacs();
        second.name = QStringLiteral("Archive");
        second.isDefault = false;
        second.callingAeTitle.clear();
        QVERIFY(s->putDevice(second));
        QVERIFY(s->save());

        auto loaded = Settings::load(path);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        QCOMPARE(loaded->localAeTitle(), QStringLiteral("WARD7PC"));
        QCOMPARE(loaded->devices().size(), 2);
        QCOMPARE(loaded->devices().at(0), pacs());
        QCOMPARE(loaded->devices().at(1), second);
        QCOMPARE(loaded->defaultDevice()->name, QStringLiteral("Main PACS"));
        // written atomically: no temporary file left beside it
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("round.json*")}, QDir::Files | QDir::Hidden).size(), 1);
    }

    void conversionRulesRoundTrip()
    {
        const QString path = m_dir.filePath(QStringLiteral("conversion.json"));
        Settings s = *Settings::load(path);
        ConversionSettings c;
        c.sopClassByExtension.insert(QStringLiteral("jpg"), ImageSopClass::VlPhotographic);
        c.jpegQualityForLosslessInputs = 85;
        c.videoSopClass = VideoSopClass::Endoscopic;
        c.videoFormat = VideoFormat::Mpeg2HighLevel;
        c.pdfPageImages = true;
        c.characterSet = QStringLiteral("ISO_IR 100");
        c.limits.maxPixels = 50LL * 1000 * 1000;
        c.limits.maxPages = 20;
        c.limits.maxFrames = 9000;
        c.limits.maxFileBytes = 700LL * 1000 * 1000;
        s.setConversion(c);
        QVERIFY(s.save());
        auto loaded = Settings::load(path);
        QVERIFY(loaded);
        QCOMPARE(loaded->conversion(), c);
        QCOMPARE(loaded->conversion().sopClassFor(QStringLiteral("/x/Wound.JPG")), ImageSopClass::VlPhotographic);
        QCOMPARE(loaded->conversion().sopClassFor(QStringLiteral("/x/scan.png")), ImageSopClass::SecondaryCapture);
    }

    void lookupDevicesRoundTrip()
    {
        const QString path = m_dir.filePath(QStringLiteral("lookup.json"));
        Settings s = *Settings::load(path);
        LookupDevice ris;
        ris.connection.name = QStringLiteral("RIS worklist");
        ris.connection.aeTitle = QStringLiteral("RISMWL");
        ris.connection.host = QStringLiteral("ris.local");
        ris.connection.port = 4006;
        ris.connection.callingAeTitle = QStringLiteral("WARD7");
        ris.fallbackCharacterSet = QStringLiteral("\\ISO 2022 IR 87");
        ris.defaults.modality = QStringLiteral("XC");
        ris.defaults.stationAeTitle = QStringLiteral("WARD7");
        ris.defaults.date = QStringLiteral("today");
        LookupDevice pacs;
        pacs.connection.name = QStringLiteral("Archive");
        pacs.connection.aeTitle = QStringLiteral("ARCHIVE");
        pacs.connection.host = QStringLiteral("pacs.local");
        pacs.defaults.root = QueryRoot::Patient;
        pacs.defaults.level = QueryLevel::Patient;
        pacs.defaults.date = QStringLiteral("20260101-20261231");
        s.setWorklistDevices({ris});
        s.setQueryDevices({pacs});
        QVERIFY(s.save());
        auto loaded = Settings::load(path);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        QCOMPARE(loaded->worklistDevices(), QList<LookupDevice>{ris});
        QCOMPARE(loaded->queryDevices(), QList<LookupDevice>{pacs});
        QVERIFY(loaded->worklistDevice(QStringLiteral("ris WORKLIST")));
        QVERIFY(!loaded->queryDevice(QStringLiteral("RIS worklist")));
    }

    void siteSettingsRoundTrip()
    {
        const QString path = m_dir.filePath(QStringLiteral("site.json"));
        Settings s = *Settings::load(path);
        SiteSettings site;
        site.institutionName = QStringLiteral("Klinikum Süd");
        site.stationName = QStringLiteral("WARD7");
        site.modalities = {QStringLiteral("XC"), QStringLiteral("ES")};
        site.additionalInfoKeyword = QStringLiteral("BodyPartExamined");
        site.removeSentFromList = true;
        site.worklistOnlyForNonDicom = true;
        site.language = QStringLiteral("lt");
        s.setSite(site);
        QVERIFY(s.save());
        auto loaded = Settings::load(path);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        QCOMPARE(loaded->site(), site);
        StudyData d;
        applySiteDefaults(d, loaded->site());
        QCOMPARE(d.institutionName, site.institutionName);
    }

    void newDefaultReplacesOldDefault()
    {
        Settings s = *Settings::load(m_dir.filePath(QStringLiteral("x.json")));
        QVERIFY(s.putDevice(pacs()));
        Device other = pacs();
        other.name = QStringLiteral("Other");
        QVERIFY(s.putDevice(other));
        QCOMPARE(s.defaultDevice()->name, QStringLiteral("Other"));
        QVERIFY(!s.device(QStringLiteral("main pacs"))->isDefault); // names are case-insensitive
    }

    void invalidValuesNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("bad json") << QByteArray("{ devices: ") << QStringLiteral("not valid JSON");
        QTest::newRow("port") << QByteArray(R"({"devices":[{"name":"A","aeTitle":"A","host":"h","port":0}]})")
                              << QStringLiteral("devices[0].port");
        QTest::newRow("ae too long") << QByteArray(R"({"devices":[{"name":"A","aeTitle":"ABCDEFGHIJKLMNOPQ","host":"h"}]})")
                                     << QStringLiteral("devices[0].aeTitle");
        QTest::newRow("ae backslash") << QByteArray(R"({"devices":[{"name":"A","aeTitle":"A\\B","host":"h"}]})")
                                      << QStringLiteral("devices[0].aeTitle");
        QTest::newRow("missing host") << QByteArray(R"({"devices":[{"name":"A","aeTitle":"A"}]})")
                                      << QStringLiteral("devices[0].host");
        QTest::newRow("pdu") << QByteArray(R"({"devices":[{"name":"A","aeTitle":"A","host":"h","maxPdu":100}]})")
                             << QStringLiteral("devices[0].maxPdu");
        QTest::newRow("timeout type") << QByteArray(R"({"devices":[{"name":"A","aeTitle":"A","host":"h","dimseTimeout":"x"}]})")
                                      << QStringLiteral("devices[0].dimseTimeout");
        QTest::newRow("flag type") << QByteArray(R"({"devices":[{"name":"A","aeTitle":"A","host":"h","decompressIfRefused":1}]})")
                                   << QStringLiteral("devices[0].decompressIfRefused");
        QTest::newRow("duplicate") << QByteArray(R"({"devices":[{"name":"A","aeTitle":"A","host":"h"},{"name":"a","aeTitle":"B","host":"h"}]})")
                                   << QStringLiteral("devices[1].name");
        QTest::newRow("two defaults") << QByteArray(R"({"devices":[{"name":"A","aeTitle":"A","host":"h","default":true},{"name":"B","aeTitle":"B","host":"h","default":true}]})")
                                      << QStringLiteral("devices[1].default");
        QTest::newRow("device attempts") << QByteArray(R"({"devices":[{"name":"A","aeTitle":"A","host":"h","maxAttempts":0}]})")
                                         << QStringLiteral("devices[0].maxAttempts");
        QTest::newRow("device backoff") << QByteArray(R"({"devices":[{"name":"A","aeTitle":"A","host":"h","retryBackoffSeconds":60,"retryBackoffMaxSeconds":30}]})")
                                        << QStringLiteral("devices[0].retryBackoffMaxSeconds");
        QTest::newRow("device charset") << QByteArray(R"({"devices":[{"name":"A","aeTitle":"A","host":"h","characterSet":"KOI8-R"}]})")
                                        << QStringLiteral("devices[0].characterSet");
        QTest::newRow("conversion charset") << QByteArray(R"({"conversion":{"characterSet":"ISO 2022 IR 87"}})")
                                            << QStringLiteral("conversion.characterSet");
        QTest::newRow("worklist charset") << QByteArray(R"({"worklistDevices":[{"name":"W","aeTitle":"W","host":"h","fallbackCharacterSet":"EBCDIC"}]})")
                                          << QStringLiteral("worklistDevices[0].fallbackCharacterSet");
        QTest::newRow("worklist date") << QByteArray(R"({"worklistDevices":[{"name":"W","aeTitle":"W","host":"h","defaults":{"date":"tomorrow"}}]})")
                                       << QStringLiteral("worklistDevices[0].defaults.date");
        QTest::newRow("query root") << QByteArray(R"({"queryDevices":[{"name":"Q","aeTitle":"Q","host":"h","defaults":{"root":"series"}}]})")
                                    << QStringLiteral("queryDevices[0].defaults.root");
        QTest::newRow("query duplicate") << QByteArray(R"({"queryDevices":[{"name":"Q","aeTitle":"Q","host":"h"},{"name":"q","aeTitle":"R","host":"h"}]})")
                                         << QStringLiteral("queryDevices[1].name");
        QTest::newRow("worklist ae") << QByteArray(R"({"worklistDevices":[{"name":"W","aeTitle":"","host":"h"}]})")
                                     << QStringLiteral("worklistDevices[0].aeTitle");
        QTest::newRow("site station") << QByteArray(R"({"site":{"stationName":"A NAME FAR TOO LONG FOR SH"}})")
                                       << QStringLiteral("site.stationName");
        QTest::newRow("site modality") << QByteArray(R"({"site":{"modalities":["XC","wound"]}})") << QStringLiteral("site.modalities");
        QTest::newRow("site keyword") << QByteArray(R"({"site":{"additionalInfoKeyword":"NoSuchThing"}})")
                                      << QStringLiteral("site.additionalInfoKeyword");
        QTest::newRow("site language") << QByteArray(R"({"site":{"language":"fr"}})") << QStringLiteral("site.language");
        QTest::newRow("local ae") << QByteArray(R"({"localAeTitle":""})") << QStringLiteral("localAeTitle");
        QTest::newRow("conversion class") << QByteArray(R"({"conversion":{"sopClassByExtension":{"jpg":"Photo"}}})")
                                          << QStringLiteral("conversion.sopClassByExtension.jpg");
        QTest::newRow("conversion quality") << QByteArray(R"({"conversion":{"jpegQualityForLosslessInputs":101}})")
                                            << QStringLiteral("conversion.jpegQualityForLosslessInputs");
        QTest::newRow("video class") << QByteArray(R"({"conversion":{"videoSopClass":"Movie"}})")
                                     << QStringLiteral("conversion.videoSopClass");
        QTest::newRow("video format") << QByteArray(R"({"conversion":{"videoFormat":"AV1"}})")
                                      << QStringLiteral("conversion.videoFormat");
        QTest::newRow("page images") << QByteArray(R"({"conversion":{"pdfPageImages":"yes"}})")
                                     << QStringLiteral("conversion.pdfPageImages");
        QTest::newRow("limit negative") << QByteArray(R"({"conversion":{"limits":{"maxPages":-1}}})")
                                        << QStringLiteral("conversion.limits.maxPages");
        QTest::newRow("limit fraction") << QByteArray(R"({"conversion":{"limits":{"maxPixels":1.5}}})")
                                        << QStringLiteral("conversion.limits.maxPixels");
        QTest::newRow("limit above 4 GiB") << QByteArray(R"({"conversion":{"limits":{"maxFileMegabytes":5000}}})")
                                           << QStringLiteral("conversion.limits.maxFileMegabytes");
        QTest::newRow("newer schema") << QByteArray(R"({"schemaVersion":99})") << QStringLiteral("schemaVersion");
        // The outbox section: {"outbox": {...}} with these keys over a valid shared set-up.
        const auto outbox = [](const QVariantMap &changes) {
            QVariantMap o{{QStringLiteral("postgresql"), QStringLiteral("host=db dbname=pacsdrop user=p")}, {QStringLiteral("spool"), QStringLiteral("/mnt/spool")}};
            for (auto it = changes.cbegin(); it != changes.cend(); ++it)
                o.insert(it.key(), it.value());
            return QJsonDocument(QJsonObject{{QStringLiteral("outbox"), QJsonObject::fromVariantMap(o)}}).toJson();
        };
        const QString conn = QStringLiteral("postgresql");
        QTest::newRow("outbox password in the connection") << outbox({{conn, QStringLiteral("host=db dbname=x user=p password=hunter2")}})
                                                            << QStringLiteral("outbox.postgresql: no password in the connection");
        QTest::newRow("outbox password in clear") << outbox({{QStringLiteral("password"), QStringLiteral("hunter2")}})
                                                  << QStringLiteral("outbox.password: is in clear text");
        QTest::newRow("outbox uri") << outbox({{conn, QStringLiteral("postgresql://p:hunter2@db/x")}}) << QStringLiteral("not as a postgresql:// address");
        QTest::newRow("outbox unknown key") << outbox({{conn, QStringLiteral("host=db dbname=x sslmod=require")}})
                                            << QStringLiteral("sslmod");
        QTest::newRow("outbox sslmode") << outbox({{conn, QStringLiteral("host=db dbname=x sslmode=maybe")}}) << QStringLiteral("sslmode must be one of");
        QTest::newRow("outbox gssencmode") << outbox({{conn, QStringLiteral("host=db dbname=x gssencmode=always")}})
                                           << QStringLiteral("gssencmode must be one of disable, prefer, require");
        QTest::newRow("outbox no database") << outbox({{conn, QStringLiteral("host=db user=p")}}) << QStringLiteral("outbox.postgresql: name the database");
        QTest::newRow("outbox no spool") << outbox({{QStringLiteral("spool"), QString()}}) << QStringLiteral("outbox.spool");
        QTest::newRow("outbox lease") << outbox({{QStringLiteral("leaseSeconds"), 1}}) << QStringLiteral("outbox.leaseSeconds");
        QTest::newRow("outbox node") << outbox({{QStringLiteral("node"), QStringLiteral("a#b")}}) << QStringLiteral("outbox.node");
        QTest::newRow("outbox typo") << outbox({{QStringLiteral("nodes"), QStringLiteral("a")}}) << QStringLiteral("outbox.nodes: is not an outbox setting");
    }

    void aSharedOutboxRoundTripsAndNeverEchoesTheConnection()
    {
        const QString path = write(QJsonDocument(QJsonObject{{QStringLiteral("outbox"), QJsonObject{
            {QStringLiteral("postgresql"), QStringLiteral("host=db.example port=5433 dbname=pacsdrop user=gw sslmode=verify-full sslrootcert='/etc/pacs drop/ca.pem'"
                                                          " gssencmode=prefer")},
            {QStringLiteral("spool"), QStringLiteral("/mnt/spool")}, {QStringLiteral("node"), QStringLiteral("gw-1")},
            {QStringLiteral("leaseSeconds"), 20}}}}).toJson());
        auto s = Settings::load(path);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
        QVERIFY(s->outbox().isShared());
        auto keys = parseConnectionString(s->outbox().postgresql);
        QVERIFY(keys);
        QCOMPARE(keys->value(QStringLiteral("sslrootcert")), QStringLiteral("/etc/pacs drop/ca.pem")); // a quoted value with a space
        QCOMPARE(keys->value(QStringLiteral("port")), QStringLiteral("5433"));
        QCOMPARE(keys->value(QStringLiteral("gssencmode")), QStringLiteral("prefer")); // a site using GSS encryption says so
        OutboxSettings o = s->outbox();
        QVERIFY(o.setPassword(QStringLiteral("s3cret-pw")));
        QVERIFY(o.sealedPassword.startsWith(QStringLiteral("sealed:")));
        s->setOutbox(o);
        QVERIFY(s->save());
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(!saved.readAll().contains("s3cret-pw")); // sealed on disk
        auto again = Settings::load(path);
        QVERIFY(again);
        QCOMPARE(again->outbox(), o);
        QCOMPARE(again->outbox().password().value(), QStringLiteral("s3cret-pw"));
        // Malformed text with a password in it: the message does not repeat it.
        auto broken = parseConnectionString(QStringLiteral("host=db hunter2"));
        QVERIFY(!broken);
        QVERIFY(!broken.error().message.contains(QStringLiteral("hunter2")));
        // No outbox section: the embedded store, and nothing written for it.
        const QString plain = write(QByteArray("{\"localAeTitle\":\"A\"}"));
        auto local = Settings::load(plain);
        QVERIFY(local && !local->outbox().isShared());
        QVERIFY(local->save());
        QFile plainFile(plain);
        QVERIFY(plainFile.open(QIODevice::ReadOnly));
        QVERIFY(!plainFile.readAll().contains("\"outbox\""));
    }

    void invalidValuesNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        auto s = Settings::load(write(json));
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::InvalidSettings);
        QVERIFY2(s.error().message.contains(field), qPrintable(s.error().message));
    }

    void invalidSettingsAreNotSaved()
    {
        const QString path = write(R"({"localAeTitle":"GOOD"})");
        Settings s = *Settings::load(path);
        s.setLocalAeTitle(QStringLiteral("WAY-TOO-LONG-AE-TITLE"));
        auto saved = s.save();
        QVERIFY(!saved);
        QVERIFY(saved.error().message.contains(QStringLiteral("localAeTitle")));
        QCOMPARE(Settings::load(path)->localAeTitle(), QStringLiteral("GOOD")); // untouched
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
