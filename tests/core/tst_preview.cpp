// Previews of every kind of file the window lists: the whole picture, never cropped (a landscape
// photo stays landscape), pages, frames and video positions to step through, and facts written as
// people read them (no DICOM syntax, no label without a value), with the stored values kept.
#include "TestData.h"
#include "TestMain.h"
#include "preview/Preview.h"

#include <QColor>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>

using namespace pacsdrop;
using namespace pacsdrop::test;

namespace {

QString factOf(const Preview &p, const QString &label)
{
    for (const Preview::Fact &f : p.facts) {
        if (f.label == label)
            return f.value;
    }
    return {};
}

} // namespace

class TestPreview : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    bool make(const QString &program, const QStringList &args) { return QProcess::execute(program, args) == 0; }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        QVERIFY(make(QStringLiteral("/usr/bin/convert"), {QStringLiteral("-size"), QStringLiteral("1600x1200"), QStringLiteral("xc:red"), file(QStringLiteral("photo.jpg"))}));
        QVERIFY(make(QStringLiteral(PACSDROP_PYTHON3), {QStringLiteral(PACSDROP_TEST_SCRIPTS) + QStringLiteral("/make_pdf.py"), file(QStringLiteral("letter.pdf")), QStringLiteral("3")}));
        QVERIFY(make(QStringLiteral("ffmpeg"), {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                                                QStringLiteral("-i"), QStringLiteral("color=c=blue:size=320x240:rate=25"), QStringLiteral("-t"),
                                                QStringLiteral("1"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), file(QStringLiteral("clip.mp4"))}));
        // 1280x720 with a picture that changes over its 6 seconds (a red square moving right).
        QVERIFY(make(QStringLiteral("ffmpeg"), {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                                                QStringLiteral("-i"), QStringLiteral("color=c=black:size=1280x720:rate=25:d=6"), QStringLiteral("-f"),
                                                QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("color=c=red:size=100x100:rate=25:d=6"),
                                                QStringLiteral("-filter_complex"), QStringLiteral("[0][1]overlay=x='t*200':y=300"), QStringLiteral("-pix_fmt"),
                                                QStringLiteral("yuv420p"), file(QStringLiteral("wide.mp4"))}));
        // PAL 720x576 shown 4:3 (pixels 16:15 wide): the preview is 768 wide.
        QVERIFY(make(QStringLiteral("ffmpeg"), {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                                                QStringLiteral("-i"), QStringLiteral("testsrc2=size=720x576:rate=25:d=1"), QStringLiteral("-vf"),
                                                QStringLiteral("setsar=16/15"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), file(QStringLiteral("pal.mp4"))}));
        // A three-page TIFF, each page a different colour.
        QVERIFY(make(QStringLiteral("/usr/bin/convert"), {QStringLiteral("-size"), QStringLiteral("600x400"), QStringLiteral("xc:red"), QStringLiteral("xc:lime"),
                                                          QStringLiteral("xc:blue"), file(QStringLiteral("scan.tif"))}));
        QFile t(file(QStringLiteral("notes.txt")));
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("hello");
    }
    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }

    void everyKind_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("describes");
        QTest::addColumn<bool>("picture");
        QTest::newRow("JPEG") << file(QStringLiteral("photo.jpg")) << "JPEG, 1600 × 1200 pixels" << true;
        QTest::newRow("PDF") << file(QStringLiteral("letter.pdf")) << "PDF: 3" << true;
        QTest::newRow("video") << file(QStringLiteral("clip.mp4")) << "H264, 320 × 240" << true;
        QTest::newRow("CT") << pydicomFile(QStringLiteral("CT_small.dcm")) << "Kind: CT Image" << true;
        QTest::newRow("JPEG-compressed DICOM") << pydicomFile(QStringLiteral("JPEG-lossy.dcm")) << "Image: " << true;
        QTest::newRow("RGB DICOM") << pydicomFile(QStringLiteral("SC_rgb_rle.dcm")) << "Secondary Capture" << true;
        QTest::newRow("RT plan (no image)") << pydicomFile(QStringLiteral("rtplan.dcm")) << "RT Plan" << false;
        QTest::newRow("text") << file(QStringLiteral("notes.txt")) << "Not a file PacsDrop can send" << false;
    }
    void everyKind()
    {
        QFETCH(QString, path);
        QFETCH(QString, describes);
        QFETCH(bool, picture);
        const Preview p = previewOf(path, QSize(400, 400));
        QVERIFY2(p.description().contains(describes), qPrintable(p.description()));
        QCOMPARE(!p.picture.isNull(), picture);
        if (picture)
            QVERIFY(p.picture.width() <= 400 && p.picture.height() <= 400);
        for (const Preview::Fact &f : p.facts) // a label is shown only with its value
            QVERIFY2(!f.value.trimmed().isEmpty(), qPrintable(f.label));
    }

    // The whole picture, with its shape: never cropped to the box, never squeezed.
    void pictureKeepsItsShape_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QSize>("full");
        QTest::newRow("landscape photo") << file(QStringLiteral("photo.jpg")) << QSize(1600, 1200);
        QTest::newRow("720p video") << file(QStringLiteral("wide.mp4")) << QSize(1280, 720);
        QTest::newRow("PAL 4:3 video") << file(QStringLiteral("pal.mp4")) << QSize(768, 576);
        QTest::newRow("TIFF page") << file(QStringLiteral("scan.tif")) << QSize(600, 400);
    }
    void pictureKeepsItsShape()
    {
        QFETCH(QString, path);
        QFETCH(QSize, full);
        for (const QSize box : {QSize(240, 700), QSize(700, 240), QSize(1024, 1024)}) {
            const Preview p = previewOf(path, box);
            QCOMPARE(p.fullSize, full);
            QVERIFY(p.picture.width() <= box.width() && p.picture.height() <= box.height());
            const double shown = double(p.picture.width()) / p.picture.height(), real = double(full.width()) / full.height();
            QVERIFY2(qAbs(shown - real) < 0.02, qPrintable(QStringLiteral("%1 vs %2 in %3x%4").arg(shown).arg(real).arg(box.width()).arg(box.height())));
            // As large as the box allows on its tighter side.
            QVERIFY(p.picture.width() >= std::min(box.width(), full.width()) - 2 || p.picture.height() >= std::min(box.height(), full.height()) - 2);
        }
    }

    void pdfPagesStep()
    {
        const Preview first = previewOf(file(QStringLiteral("letter.pdf")), QSize(400, 400), 0);
        QCOMPARE(first.count, 3);
        QCOMPARE(first.steps, Preview::Steps::Pages);
        const Preview last = previewOf(file(QStringLiteral("letter.pdf")), QSize(400, 400), 7); // clamped
        QCOMPARE(last.index, 2);
        QCOMPARE(last.stepLabel, QStringLiteral("Page 3 of 3"));
        QVERIFY(!last.picture.isNull());
        // A PDF page is shown whole: portrait A4 stays portrait, the left margin included.
        QVERIFY(last.picture.height() > last.picture.width());
    }

    void tiffPagesStep()
    {
        const Preview p0 = previewOf(file(QStringLiteral("scan.tif")), QSize(300, 300), 0);
        QCOMPARE(p0.count, 3);
        QCOMPARE(p0.steps, Preview::Steps::Pages);
        const Preview p2 = previewOf(file(QStringLiteral("scan.tif")), QSize(300, 300), 2);
        QCOMPARE(p2.stepLabel, QStringLiteral("Page 3 of 3"));
        const QColor c0 = p0.picture.pixelColor(10, 10), c2 = p2.picture.pixelColor(10, 10);
        QVERIFY2(c0.red() > 200 && c0.blue() < 50, qPrintable(c0.name()));
        QVERIFY2(c2.blue() > 200 && c2.red() < 50, qPrintable(c2.name()));
    }

    void videoPositionsStep()
    {
        const QString wide = file(QStringLiteral("wide.mp4"));
        const Preview start = previewOf(wide, QSize(640, 640), 0);
        QCOMPARE(start.count, 6); // one position a second
        QCOMPARE(start.steps, Preview::Steps::Positions);
        QCOMPARE(start.stepLabel, QStringLiteral("0:00 of 0:06"));
        const Preview later = previewOf(wide, QSize(640, 640), 4);
        QCOMPARE(later.stepLabel, QStringLiteral("0:04 of 0:06"));
        // The red square moved right by 800 of 1280 pixels in 4 s: find it in both frames.
        auto redX = [](const QImage &image) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, image.height() * 350 / 720);
                if (c.red() > 150 && c.green() < 80)
                    return x * 1280 / image.width();
            }
            return -1;
        };
        QVERIFY2(redX(start.picture) >= 0 && redX(start.picture) < 60, qPrintable(QString::number(redX(start.picture))));
        QVERIFY2(redX(later.picture) > 700 && redX(later.picture) < 900, qPrintable(QString::number(redX(later.picture))));
    }

    void dicomFramesStep()
    {
        const Preview p = previewOf(pydicomFile(QStringLiteral("rtdose.dcm")), QSize(200, 200), 14);
        QCOMPARE(p.count, 15);
        QCOMPARE(p.steps, Preview::Steps::Frames);
        QCOMPARE(p.stepLabel, QStringLiteral("Frame 15 of 15"));
        QVERIFY(factOf(p, QStringLiteral("Image")).contains(QStringLiteral("15")));
    }

    void dicomFactsAsPeopleWriteThem()
    {
        const Preview ct = previewOf(pydicomFile(QStringLiteral("CT_small.dcm")));
        QCOMPARE(ct.picture.size(), QSize(128, 128)); // never enlarged
        QCOMPARE(factOf(ct, QStringLiteral("Patient")), QStringLiteral("CT1 CompressedSamples"));
        QCOMPARE(factOf(ct, QStringLiteral("Patient ID")), QStringLiteral("1CT1"));
        // 20040119 072730 in the user's locale (German here), no raw DICOM date anywhere.
        QVERIFY2(factOf(ct, QStringLiteral("Study")).startsWith(QStringLiteral("19.01.2004 07:27")), qPrintable(factOf(ct, QStringLiteral("Study"))));
        QVERIFY(!ct.description().contains(QStringLiteral("20040119")));
        QVERIFY(!ct.description().contains(u'^'));
        QVERIFY(factOf(ct, QStringLiteral("Born")).isEmpty()); // CT_small has no birth date: no "Born" line
        QVERIFY(!ct.description().contains(QStringLiteral("Born")));
        // The stored values stay available for IT.
        bool raw = false;
        for (const Preview::Fact &f : ct.raw)
            raw = raw || (f.label == QLatin1String("Patient's Name") && f.value == QLatin1String("CompressedSamples^CT1"));
        QVERIFY(raw);
    }

    void pictureShowsTheContent()
    {
        const Preview video = previewOf(file(QStringLiteral("clip.mp4")));
        const QColor c = video.picture.pixelColor(video.picture.width() / 2, video.picture.height() / 2);
        QVERIFY2(c.blue() > 180 && c.red() < 60, qPrintable(c.name())); // the blue test clip
    }
};

PACSDROP_TEST_MAIN(TestPreview)
#include "tst_preview.moc"
