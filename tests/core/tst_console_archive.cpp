// The console's archive and retention, at the HTTP-handler level (ConsoleRouter, no server), on
// real DICOM files in the Local archive's folder and a real outbox: the patients → studies → series
// listing and what each role sees of it, DCMTK thumbnails, the study ZIP (checked by Python's
// zipfile, CRCs included, and by its bytes against the files), forwarding through the outbox,
// deleting (administrators only, never a file still to be sent), and retention's dry run and run.
#include "TestMain.h"

#include "ConsoleClient.h"
#include "TestData.h"
#include "api/PasswordHash.h"
#include "common/ZipStream.h"
#include "console/ConsoleArchive.h"
#include "console/ConsoleRouter.h"
#include "dicom/DicomFileInfo.h"
#include "inbound/LocalArchive.h"
#include "outbox/Outbox.h"
#include "settings/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pacsdrop;
using pacsdrop::test::bodyOf;

namespace {

const QString kPassword = QStringLiteral("correct horse");

// The whole archive a ZipStream produces, or an error.
Result<QByteArray> drain(ZipStream &zip)
{
    QByteArray all;
    while (!zip.atEnd()) {
        auto piece = zip.next(64 * 1024);
        if (!piece)
            return std::unexpected(piece.error());
        all += *piece;
    }
    return all;
}

// Python's zipfile reads the archive, checks every CRC and prints "name size" per member.
QString pythonZipListing(const QString &zipPath)
{
    QProcess python;
    python.start(QStringLiteral(PACSDROP_PYTHON3),
                 {QStringLiteral("-c"), QStringLiteral("import sys, zipfile\n"
                                                       "z = zipfile.ZipFile(sys.argv[1])\n"
                                                       "bad = z.testzip()\n"
                                                       "assert bad is None, 'CRC wrong for ' + bad\n"
                                                       "for i in z.infolist(): print(i.filename, i.file_size, len(z.read(i)))\n"),
                  zipPath});
    python.waitForFinished(60000);
    return QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError());
}

} // namespace

class TestConsoleArchive : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    Settings m_settings;
    std::unique_ptr<ConsoleRouter> m_router;
    test::ConsoleClient m_console;
    QString m_archive;
    QString m_ctStudy;      // pydicom's CT_small
    QString m_seriesStudy;  // five synthetic CT instances
    QStringList m_seriesFiles;

    QJsonArray localPatients(const test::ConsoleLogin &as)
    {
        const QJsonArray stores = bodyOf(m_console.call("GET", QStringLiteral("/console/archive"), {}, as)).value(QStringLiteral("stores")).toArray();
        for (const QJsonValue &s : stores) {
            if (s.toObject().value(QStringLiteral("id")).toString() == QStringLiteral("local"))
                return s.toObject().value(QStringLiteral("patients")).toArray();
        }
        return {};
    }
    QString studyPath(const QString &study) const { return QStringLiteral("store=local&study=") + study; }

private slots:
    void initTestCase()
    {
        m_settings = test::consoleTestSettings(m_dir.path(), kPassword, {test::testDevice(QStringLiteral("Main PACS"), QStringLiteral("MAIN"), 11112)});
        m_router = std::make_unique<ConsoleRouter>(m_settings, AuditLog(m_dir.filePath(QStringLiteral("audit.log"))), false);
        m_console.router = m_router.get();

        // The Local archive holds two patients' studies and a file that is not DICOM.
        m_archive = localArchiveFolder();
        QVERIFY(QDir().mkpath(m_archive));
        QVERIFY(QFile::copy(test::pydicomFile(QStringLiteral("CT_small.dcm")), m_archive + QStringLiteral("/ct.dcm")));
        m_ctStudy = readDicomFileInfo(m_archive + QStringLiteral("/ct.dcm"))->studyInstanceUid;
        const QString made = m_dir.filePath(QStringLiteral("made"));
        QVERIFY(QDir().mkpath(made));
        for (const QString &f : test::makeSeries(made, 5)) {
            m_seriesFiles << m_archive + u'/' + QFileInfo(f).fileName();
            QVERIFY(QFile::rename(f, m_seriesFiles.last()));
        }
        QCOMPARE(m_seriesFiles.size(), 5);
        m_seriesStudy = readDicomFileInfo(m_seriesFiles.first())->studyInstanceUid;
        QFile notes(m_archive + QStringLiteral("/notes.txt"));
        QVERIFY(notes.open(QIODevice::WriteOnly) && notes.write("not DICOM") > 0);
    }

    void theArchiveListsPatientsStudiesAndSeriesAndHidesPatientsFromViewers()
    {
        const auto otto = m_console.login(QStringLiteral("otto"), kPassword);
        const QJsonObject archive = bodyOf(m_console.call("GET", QStringLiteral("/console/archive"), {}, otto));
        const QJsonObject local = archive.value(QStringLiteral("stores")).toArray().first().toObject();
        QCOMPARE(local.value(QStringLiteral("name")).toString(), QStringLiteral("Local archive"));
        QCOMPARE(local.value(QStringLiteral("instances")).toInt(), 6);
        QCOMPARE(local.value(QStringLiteral("unreadable")).toInt(), 1);
        qint64 bytes = QFileInfo(m_archive + QStringLiteral("/ct.dcm")).size();
        for (const QString &f : std::as_const(m_seriesFiles))
            bytes += QFileInfo(f).size();
        QCOMPARE(static_cast<qint64>(local.value(QStringLiteral("bytes")).toDouble()), bytes);
        const QJsonArray patients = local.value(QStringLiteral("patients")).toArray();
        QCOMPARE(patients.size(), 2);
        QStringList names;
        for (const QJsonValue &p : patients) {
            names << p.toObject().value(QStringLiteral("name")).toString();
            QCOMPARE(p.toObject().value(QStringLiteral("studies")).toArray().size(), 1);
        }
        QVERIFY2(names.contains(QStringLiteral("Ct1 Compressedsamples")) || names.join(u',').contains(QStringLiteral("CT1")), qPrintable(names.join(u',')));
        for (const QJsonValue &p : patients) {
            const QJsonObject study = p.toObject().value(QStringLiteral("studies")).toArray().first().toObject();
            if (study.value(QStringLiteral("uid")).toString() == m_seriesStudy) {
                QCOMPARE(study.value(QStringLiteral("instances")).toInt(), 5);
                QCOMPARE(study.value(QStringLiteral("series")).toInt(), 1);
                QCOMPARE(study.value(QStringLiteral("modalities")).toArray().first().toString(), QStringLiteral("CT"));
            }
        }
        const QJsonObject series = bodyOf(m_console.call("GET", QStringLiteral("/console/archive/study?") + studyPath(m_seriesStudy), {}, otto));
        QCOMPARE(series.value(QStringLiteral("series")).toArray().size(), 1);
        QCOMPARE(series.value(QStringLiteral("series")).toArray().first().toObject().value(QStringLiteral("instances")).toInt(), 5);

        // A viewer browses the same studies without names or IDs.
        const auto vera = m_console.login(QStringLiteral("vera"), kPassword);
        const QByteArray seen = m_console.call("GET", QStringLiteral("/console/archive"), {}, vera).body;
        QCOMPARE(localPatients(vera).size(), 2);
        QVERIFY(!seen.contains("CompressedSamples") && !seen.contains("SYNTHETIC") && !seen.contains("1CT1"));
    }

    void aThumbnailIsTheSeriesRenderedByDcmtk()
    {
        const auto otto = m_console.login(QStringLiteral("otto"), kPassword);
        const QJsonObject series = bodyOf(m_console.call("GET", QStringLiteral("/console/archive/study?") + studyPath(m_ctStudy), {}, otto))
                                       .value(QStringLiteral("series")).toArray().first().toObject();
        const QString path = QStringLiteral("/console/archive/thumbnail?") + studyPath(m_ctStudy) + QStringLiteral("&series=")
                             + series.value(QStringLiteral("uid")).toString();
        const ConsoleResponse png = m_console.call("GET", path, {}, otto);
        QCOMPARE(png.status, 200);
        QCOMPARE(png.contentType, QByteArray("image/png"));
        const QImage image = QImage::fromData(png.body, "PNG");
        QCOMPARE(image.size(), QSize(128, 128)); // CT_small is 128 × 128
        // Not a blank picture: the CT has dark air and bright tissue.
        int darkest = 255, brightest = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                darkest = std::min(darkest, qGray(image.pixel(x, y)));
                brightest = std::max(brightest, qGray(image.pixel(x, y)));
            }
        }
        QVERIFY2(brightest - darkest > 100, qPrintable(QStringLiteral("%1..%2").arg(darkest).arg(brightest)));
        const auto vera = m_console.login(QStringLiteral("vera"), kPassword);
        QCOMPARE(m_console.call("GET", path, {}, vera).status, 403); // pixels may carry burned-in names
    }

    void aStudyDownloadsAsAZipOfItsFiles()
    {
        const auto otto = m_console.login(QStringLiteral("otto"), kPassword);
        const ConsoleResponse r = m_console.call("GET", QStringLiteral("/console/archive/download?") + studyPath(m_seriesStudy), {}, otto);
        QCOMPARE(r.status, 200);
        QVERIFY(r.zip);
        QVERIFY(test::header(r, "Content-Disposition").startsWith("attachment; filename=\"study-"));
        QVERIFY(!test::header(r, "Content-Disposition").contains("SYNTHETIC"));
        auto bytes = drain(*r.zip);
        QVERIFY(bytes);
        QCOMPARE(bytes->size(), r.zip->totalSize()); // the Content-Length is right
        const QString zipPath = m_dir.filePath(QStringLiteral("study.zip"));
        QFile out(zipPath);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(*bytes) == bytes->size());
        out.close();
        const QString listing = pythonZipListing(zipPath);
        QCOMPARE(listing.count(u'\n'), 5);
        for (const QString &f : std::as_const(m_seriesFiles)) {
            const QString size = QString::number(QFileInfo(f).size());
            QVERIFY2(listing.contains(test::sopInstanceUidOf(f) + QStringLiteral(".dcm ") + size + u' ' + size), qPrintable(listing));
        }
        const auto vera = m_console.login(QStringLiteral("vera"), kPassword);
        QCOMPARE(m_console.call("GET", QStringLiteral("/console/archive/download?") + studyPath(m_seriesStudy), {}, vera).status, 403);
    }

    void aZipWithZip64RecordsAndAChangedFile()
    {
        // ZIP64 (what a study over 4 GiB gets), checked by Python on a small archive.
        QList<ZipStream::Member> members;
        for (const QString &f : std::as_const(m_seriesFiles))
            members.append({QStringLiteral("série/") + QFileInfo(f).fileName(), f, QFileInfo(f).size(), QFileInfo(f).lastModified()});
        // An empty file (one empty block) and one over several 64 KiB blocks.
        const QString emptyFile = m_dir.filePath(QStringLiteral("empty.bin")), big = m_dir.filePath(QStringLiteral("big.bin"));
        QFile(emptyFile).open(QIODevice::WriteOnly);
        QFile bigFile(big);
        QVERIFY(bigFile.open(QIODevice::WriteOnly));
        QByteArray pattern;
        for (int i = 0; i < 200001; ++i)
            pattern.append(char(i * 7919 % 251));
        bigFile.write(pattern);
        bigFile.close();
        members.append({QStringLiteral("série/empty.bin"), emptyFile, 0, QDateTime::currentDateTime()});
        members.append({QStringLiteral("série/big.bin"), big, pattern.size(), QDateTime::currentDateTime()});
        for (const auto force : {ZipStream::ForceZip64::Offsets, ZipStream::ForceZip64::Everything}) {
            ZipStream zip64(members, force);
            auto bytes = drain(zip64);
            QVERIFY(bytes);
            QCOMPARE(bytes->size(), zip64.totalSize());
            QFile out(m_dir.filePath(QStringLiteral("zip64.zip")));
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(*bytes) == bytes->size());
            out.close();
            const QString listing = pythonZipListing(out.fileName());
            QCOMPARE(listing.count(u'\n'), 7);
            QVERIFY2(listing.startsWith(QStringLiteral("série/")), qPrintable(listing)); // UTF-8 names
            QVERIFY2(listing.contains(QStringLiteral("série/empty.bin 0 0")) && listing.contains(QStringLiteral("série/big.bin 200001 200001")),
                     qPrintable(listing));
        }
        // A file that changed size after the listing: an error, not a wrong archive.
        members.first().size += 1;
        ZipStream changed(members);
        QVERIFY(!drain(changed));
        // Names come from received headers: what is not a UID's form never reaches the archive.
        ArchiveInstance crafted;
        crafted.path = m_seriesFiles.first();
        crafted.size = QFileInfo(crafted.path).size();
        crafted.header.seriesInstanceUid = QStringLiteral("../../..");
        crafted.header.sopInstanceUid = QStringLiteral("1.2/../../evil");
        const auto named = studyZipMembers({crafted, crafted});
        QCOMPARE(named.at(0).name, QStringLiteral("series/instance-1.dcm"));
        QCOMPARE(named.at(1).name, QStringLiteral("series/instance-2.dcm"));
        ZipStream empty({});
        auto nothing = drain(empty);
        QVERIFY(nothing && nothing->size() == 22 && empty.totalSize() == 22); // just the end record
    }

    void forwardingQueuesTheStudyAndDeletingNeverTakesUnsentFiles()
    {
        const auto vera = m_console.login(QStringLiteral("vera"), kPassword);
        const auto otto = m_console.login(QStringLiteral("otto"), kPassword);
        const auto ada = m_console.login(QStringLiteral("ada"), kPassword);
        const QJsonObject study{{QStringLiteral("store"), QStringLiteral("local")}, {QStringLiteral("study"), m_seriesStudy}};
        QJsonObject forward = study;
        forward.insert(QStringLiteral("device"), QStringLiteral("Main PACS"));
        QCOMPARE(m_console.call("POST", QStringLiteral("/console/archive/forward"), forward, vera).status, 403);
        QCOMPARE(m_console.call("POST", QStringLiteral("/console/archive/forward"), forward, otto, false).status, 403); // no CSRF token
        QJsonObject nowhere = study;
        nowhere.insert(QStringLiteral("device"), QStringLiteral("No such PACS"));
        QCOMPARE(m_console.call("POST", QStringLiteral("/console/archive/forward"), nowhere, otto).status, 400);
        const ConsoleResponse queued = m_console.call("POST", QStringLiteral("/console/archive/forward"), forward, otto);
        QCOMPARE(queued.status, 200);
        QCOMPARE(bodyOf(queued).value(QStringLiteral("queued")).toInt(), 5);
        auto outbox = Outbox::open(paths::outboxFile());
        QVERIFY(outbox);
        const auto pending = outbox->pending(QStringLiteral("Main PACS"));
        QVERIFY(pending && pending->size() == 5);

        // Deleting: administrators only, not while files are seconds old (perhaps not recorded for
        // their destinations yet), and not while the outbox still has to send them.
        const ConsoleResponse tooNew = m_console.call("POST", QStringLiteral("/console/archive/delete"), study, ada);
        QCOMPARE(tooNew.status, 409);
        QVERIFY(bodyOf(tooNew).value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("seconds ago")));
        for (const QString &f : std::as_const(m_seriesFiles)) {
            QFile made(f);
            QVERIFY(made.open(QIODevice::ReadWrite) && made.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
        }
        QCOMPARE(m_console.call("POST", QStringLiteral("/console/archive/delete"), study, otto).status, 403);
        const ConsoleResponse refused = m_console.call("POST", QStringLiteral("/console/archive/delete"), study, ada);
        QCOMPARE(refused.status, 409);
        QVERIFY(bodyOf(refused).value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("still to be forwarded")));
        for (const QString &f : std::as_const(m_seriesFiles))
            QVERIFY(QFile::exists(f));
        for (const OutboxEntry &e : *pending) {
            QVERIFY(outbox->markAttempt(e.id));
            QVERIFY(outbox->markDone(e.id, 0, QStringLiteral("stored")));
        }
        const ConsoleResponse deleted = m_console.call("POST", QStringLiteral("/console/archive/delete"), study, ada);
        QCOMPARE(deleted.status, 200);
        QCOMPARE(bodyOf(deleted).value(QStringLiteral("deleted")).toInt(), 5);
        for (const QString &f : std::as_const(m_seriesFiles))
            QVERIFY(!QFile::exists(f));
        QCOMPARE(localPatients(ada).size(), 1); // only the CT's patient is left
        QFile audit(m_dir.filePath(QStringLiteral("audit.log")));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QByteArray log = audit.readAll();
        QVERIFY(log.contains("archive-forward") && log.contains("archive-delete") && log.contains("archive-download"));
        QVERIFY(!log.contains("SYNTHETIC") && !log.contains("CompressedSamples")); // no patient data
    }

    void retentionShowsItsDryRunAndRunsForAdministrators()
    {
        // The Local archive keeps 30 days; the CT is 40 days old.
        SiteSettings site = m_settings.site();
        site.localArchiveKeepDays = 30;
        m_settings.setSite(site);
        const QString ct = m_archive + QStringLiteral("/ct.dcm");
        QFile file(ct);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addDays(-40), QFileDevice::FileModificationTime));
        file.close();
        const auto vera = m_console.login(QStringLiteral("vera"), kPassword);
        const QJsonObject dry = bodyOf(m_console.call("GET", QStringLiteral("/console/retention"), {}, vera));
        const QJsonObject plan = dry.value(QStringLiteral("plans")).toArray().first().toObject();
        QCOMPARE(plan.value(QStringLiteral("store")).toString(), QStringLiteral("Local archive"));
        QCOMPARE(plan.value(QStringLiteral("toDelete")).toInt(), 1);
        QVERIFY(plan.value(QStringLiteral("why")).toString().contains(QStringLiteral("30 days")));
        QVERIFY(QFile::exists(ct)); // a dry run deletes nothing
        QCOMPARE(m_console.call("POST", QStringLiteral("/console/retention/run"), {}, m_console.login(QStringLiteral("otto"), kPassword)).status, 403);
        const ConsoleResponse run = m_console.call("POST", QStringLiteral("/console/retention/run"), {}, m_console.login(QStringLiteral("ada"), kPassword));
        QCOMPARE(run.status, 200);
        QCOMPARE(bodyOf(run).value(QStringLiteral("runs")).toArray().first().toObject().value(QStringLiteral("deleted")).toInt(), 1);
        QVERIFY(!QFile::exists(ct));
    }
};

PACSDROP_TEST_MAIN(TestConsoleArchive)
#include "tst_console_archive.moc"
