// Previews of every kind of file the window lists: a picture and a description for images, PDFs,
// videos and DICOM (rendered by DCMTK, compressed included); nothing for what cannot be read.
#include "TestData.h"
#include "TestMain.h"
#include "preview/Preview.h"

#include <QColor>
#include <QProcess>
#include <QTemporaryDir>

using namespace pacsdrop;
using namespace pacsdrop::test;

class TestPreview : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    bool make(const QString &program, const QStringList &args) { return QProcess::execute(program, args) == 0; }

private slots:
    void everyKind_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("describes");
        QTest::addColumn<bool>("picture");
        const QString photo = m_dir.filePath(QStringLiteral("photo.jpg")), pdf = m_dir.filePath(QStringLiteral("letter.pdf")),
                      clip = m_dir.filePath(QStringLiteral("clip.mp4")), text = m_dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(make(QStringLiteral("/usr/bin/convert"), {QStringLiteral("-size"), QStringLiteral("1600x1200"), QStringLiteral("xc:red"), photo}));
        QVERIFY(make(QStringLiteral(PACSDROP_PYTHON3), {QStringLiteral(PACSDROP_TEST_SCRIPTS) + QStringLiteral("/make_pdf.py"), pdf, QStringLiteral("3")}));
        QVERIFY(make(QStringLiteral("ffmpeg"), {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                                                QStringLiteral("-i"), QStringLiteral("color=c=blue:size=320x240:rate=25"), QStringLiteral("-t"),
                                                QStringLiteral("1"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), clip}));
        QFile t(text);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("hello");
        t.close();
        QTest::newRow("JPEG") << photo << "1600 × 1200" << true;
        QTest::newRow("PDF") << pdf << "3 page(s)" << true;
        QTest::newRow("video") << clip << "320 × 240" << true;
        QTest::newRow("CT") << pydicomFile(QStringLiteral("CT_small.dcm")) << "CT Image Storage" << true;
        QTest::newRow("JPEG-compressed DICOM") << pydicomFile(QStringLiteral("JPEG-lossy.dcm")) << "Image: " << true;
        QTest::newRow("RGB DICOM") << pydicomFile(QStringLiteral("SC_rgb_rle.dcm")) << "Secondary Capture" << true;
        QTest::newRow("RT plan (no image)") << pydicomFile(QStringLiteral("rtplan.dcm")) << "RT Plan" << false;
        QTest::newRow("text") << text << "Not a file PacsDrop can send" << false;
    }
    void everyKind()
    {
        QFETCH(QString, file);
        QFETCH(QString, describes);
        QFETCH(bool, picture);
        const Preview p = previewOf(file, QSize(400, 400));
        QVERIFY2(p.description.contains(describes), qPrintable(p.description));
        QCOMPARE(!p.picture.isNull(), picture);
        if (picture)
            QVERIFY(p.picture.width() <= 400 && p.picture.height() <= 400);
    }

    void pictureShowsTheContent()
    {
        const Preview video = previewOf(m_dir.filePath(QStringLiteral("clip.mp4")));
        const QColor c = video.picture.pixelColor(video.picture.width() / 2, video.picture.height() / 2);
        QVERIFY2(c.blue() > 180 && c.red() < 60, qPrintable(c.name())); // the blue test clip
        const Preview ct = previewOf(pydicomFile(QStringLiteral("CT_small.dcm")));
        QCOMPARE(ct.picture.size(), QSize(128, 128)); // never enlarged
        QVERIFY(ct.description.contains(QStringLiteral("CompressedSamples^CT1")));
    }
};

PACSDROP_TEST_MAIN(TestPreview)
#include "tst_preview.moc"
