// Conversion, data-driven: inputs made at test time (ImageMagick, a small PDF writer, qpdf, an
// EXIF writer); for each, the outcome and attributes expected. Every object made must pass
// dciodvfy without errors; lossless paths give back the source pixels; a copied JPEG stream is
// the source's byte for byte (metadata segments aside); text reads back in Unicode.
#include "TestData.h"
#include "TestMain.h"
#include "convert/Converter.h"
#include "convert/JpegStream.h"
#include "convert/VideoConverter.h"

#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcfilefo.h"
#include "dcmtk/dcmdata/dcpixel.h"
#include "dcmtk/dcmdata/dcpixseq.h"
#include "dcmtk/dcmdata/dcpxitem.h"

#include <algorithm>

#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSize>
#include <QProcess>
#include <QTemporaryDir>

using namespace pacsdrop;
using namespace pacsdrop::test;

namespace {

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

struct Loaded {
    DcmFileFormat file;
    DcmDataset *ds() { return file.getDataset(); }
    QString text(const DcmTagKey &tag)
    {
        OFString v;
        ds()->findAndGetOFStringArray(tag, v);
        return QString::fromUtf8(v.c_str());
    }
    int number(const DcmTagKey &tag)
    {
        Uint16 v = 0;
        ds()->findAndGetUint16(tag, v);
        return v;
    }
};

// The first fragment of encapsulated pixel data, without the pad byte DICOM may add.
// FFmpeg's hash of the coded video packets, whatever the container.
QString videoStreamHash(const QString &file)
{
    QProcess p;
    p.start(QStringLiteral("ffmpeg"), {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-i"), file, QStringLiteral("-map"),
                                       QStringLiteral("0:v:0"), QStringLiteral("-c"), QStringLiteral("copy"), QStringLiteral("-f"), QStringLiteral("hash"),
                                       QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromLatin1(p.readAllStandardOutput()).trimmed();
}

QByteArray firstFragment(DcmDataset *ds)
{
    DcmElement *element = nullptr;
    if (ds->findAndGetElement(DCM_PixelData, element).bad())
        return {};
    DcmPixelSequence *sequence = nullptr;
    auto *pixelData = static_cast<DcmPixelData *>(element);
    const E_TransferSyntax xfer = ds->getOriginalXfer();
    if (pixelData->getEncapsulatedRepresentation(xfer, nullptr, sequence).bad() || !sequence)
        return {};
    DcmPixelItem *item = nullptr;
    if (sequence->getItem(item, 1).bad())
        return {};
    Uint8 *data = nullptr;
    item->getUint8Array(data);
    QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(item->getLength()));
    return bytes;
}

StudyData patient()
{
    StudyData d;
    d.patientName = PersonName::fromDicom(QStringLiteral("Müller^Anna"));
    d.patientId = QStringLiteral("PD-123");
    d.studyDescription = QStringLiteral("Wound photo");
    return d;
}

} // namespace

class TestConvert : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString in(const QString &name) const { return m_dir.filePath(QStringLiteral("in/") + name); }

private slots:
    void initTestCase()
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("in")));
        const QString im = QStringLiteral("/usr/bin/convert");
        const QString py = QStringLiteral(PACSDROP_PYTHON3);
        const QString scripts = QStringLiteral(PACSDROP_TEST_SCRIPTS);
        QVERIFY(run(im, {QStringLiteral("-size"), QStringLiteral("640x480"), QStringLiteral("gradient:red-blue"), in(QStringLiteral("baseline.jpg"))}));
        QVERIFY(run(im, {QStringLiteral("-size"), QStringLiteral("320x240"), QStringLiteral("gradient:white-black"), QStringLiteral("-colorspace"), QStringLiteral("Gray"), in(QStringLiteral("gray.jpg"))}));
        QVERIFY(run(im, {QStringLiteral("-size"), QStringLiteral("64x48"), QStringLiteral("gradient:green-yellow"), QStringLiteral("-interlace"), QStringLiteral("JPEG"), in(QStringLiteral("progressive.jpg"))}));
        QVERIFY(run(im, {QStringLiteral("-size"), QStringLiteral("100x80"), QStringLiteral("xc:yellow"), QStringLiteral("-colorspace"), QStringLiteral("CMYK"), in(QStringLiteral("cmyk.jpg"))}));
        QVERIFY(run(py, {scripts + QStringLiteral("/set_exif_orientation.py"), in(QStringLiteral("baseline.jpg")), in(QStringLiteral("rotated.jpg")), QStringLiteral("6")}));
        QVERIFY(run(im, {QStringLiteral("-size"), QStringLiteral("650x490"), QStringLiteral("gradient:red-blue"), m_dir.filePath(QStringLiteral("odd.jpg"))}));
        QVERIFY(run(py, {scripts + QStringLiteral("/set_exif_orientation.py"), m_dir.filePath(QStringLiteral("odd.jpg")), in(QStringLiteral("rotated-odd.jpg")), QStringLiteral("6")}));
        QVERIFY(run(im, {QStringLiteral("-size"), QStringLiteral("40x30"), QStringLiteral("gradient:red-blue"), QStringLiteral("PNG24:") + in(QStringLiteral("rgb.png"))}));
        QVERIFY(run(im, {QStringLiteral("-size"), QStringLiteral("40x30"), QStringLiteral("gradient:white-black"), QStringLiteral("-colorspace"), QStringLiteral("Gray"), QStringLiteral("-depth"), QStringLiteral("8"), in(QStringLiteral("gray8.png"))}));
        QVERIFY(run(im, {QStringLiteral("-size"), QStringLiteral("40x30"), QStringLiteral("gradient:white-black"), QStringLiteral("-colorspace"), QStringLiteral("Gray"), QStringLiteral("-depth"), QStringLiteral("16"), in(QStringLiteral("gray16.png"))}));
        QVERIFY(run(im, {QStringLiteral("-size"), QStringLiteral("40x30"), QStringLiteral("xc:rgba(255,0,0,0.5)"), in(QStringLiteral("alpha.png"))}));
        // 16 bits per colour sample: a gradient whose low bytes differ, so cutting to 8 bits shows.
        QVERIFY(run(im, {QStringLiteral("-size"), QStringLiteral("40x30"), QStringLiteral("-depth"), QStringLiteral("16"), QStringLiteral("gradient:#0123A0B0C0D0-#F0E0D0C0B0A1"), QStringLiteral("PNG48:") + in(QStringLiteral("rgb48.png"))}));
        QVERIFY(run(im, {QStringLiteral("-size"), QStringLiteral("40x30"), QStringLiteral("-depth"), QStringLiteral("16"), QStringLiteral("gradient:#0123A0B0C0D0-#F0E0D0C0B0A1"), QStringLiteral("-alpha"), QStringLiteral("set"), QStringLiteral("-channel"), QStringLiteral("A"), QStringLiteral("-evaluate"), QStringLiteral("set"), QStringLiteral("60%"), QStringLiteral("+channel"), QStringLiteral("PNG64:") + in(QStringLiteral("rgba64.png"))}));
        QVERIFY(run(im, {QStringLiteral("-size"), QStringLiteral("40x30"), QStringLiteral("-depth"), QStringLiteral("16"), QStringLiteral("gradient:#0123A0B0C0D0-#F0E0D0C0B0A1"), in(QStringLiteral("rgb48.tif"))}));
        QVERIFY(run(im, {QStringLiteral("-size"), QStringLiteral("30x20"), QStringLiteral("gradient:blue-white"), in(QStringLiteral("image.bmp"))}));
        QVERIFY(run(im, {QStringLiteral("-size"), QStringLiteral("30x20"), QStringLiteral("gradient:blue-white"), in(QStringLiteral("image.gif"))}));
        QVERIFY(run(im, {QStringLiteral("-size"), QStringLiteral("30x20"), QStringLiteral("xc:red"), QStringLiteral("-size"), QStringLiteral("30x20"), QStringLiteral("xc:blue"), QStringLiteral("-size"), QStringLiteral("30x20"), QStringLiteral("xc:green"), in(QStringLiteral("pages.tif"))}));
        QVERIFY(run(py, {scripts + QStringLiteral("/make_pdf.py"), in(QStringLiteral("letter.pdf")), QStringLiteral("1"), QStringLiteral("Referral letter")}));
        QVERIFY(run(py, {scripts + QStringLiteral("/make_pdf.py"), in(QStringLiteral("report.pdf")), QStringLiteral("12"), QStringLiteral("Discharge summary")}));
        QVERIFY(run(QStringLiteral("qpdf"), {QStringLiteral("--encrypt"), QStringLiteral("user"), QStringLiteral("owner"), QStringLiteral("256"), QStringLiteral("--"), in(QStringLiteral("report.pdf")), in(QStringLiteral("encrypted.pdf"))}));
        QFile whole(in(QStringLiteral("report.pdf")));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        QFile cut(in(QStringLiteral("truncated.pdf")));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(whole.read(whole.size() / 2));
        QFile text(in(QStringLiteral("notes.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("plain text\n");
    }

    void converts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("objects");      // 0: refused
        QTest::addColumn<QString>("syntax");   // transfer syntax UID, or the refusal's words
        QTest::addColumn<QString>("photometric");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("bits");
        QTest::addColumn<bool>("reencoded");
        const QString jpeg = QStringLiteral("1.2.840.10008.1.2.4.50"), plain = QStringLiteral("1.2.840.10008.1.2.1");
        QTest::newRow("baseline jpeg") << "baseline.jpg" << 1 << jpeg << "YBR_FULL_422" << 480 << 640 << 8 << false;
        QTest::newRow("gray jpeg") << "gray.jpg" << 1 << jpeg << "MONOCHROME2" << 240 << 320 << 8 << false;
        QTest::newRow("progressive jpeg") << "progressive.jpg" << 1 << jpeg << "YBR_FULL_422" << 48 << 64 << 8 << true;
        QTest::newRow("cmyk jpeg") << "cmyk.jpg" << 1 << jpeg << "YBR_FULL_422" << 80 << 100 << 8 << true;
        QTest::newRow("exif rotated, lossless turn") << "rotated.jpg" << 1 << jpeg << "YBR_FULL_422" << 640 << 480 << 8 << false;
        QTest::newRow("exif rotated, odd size") << "rotated-odd.jpg" << 1 << jpeg << "YBR_FULL_422" << 650 << 490 << 8 << true;
        QTest::newRow("rgb png") << "rgb.png" << 1 << plain << "RGB" << 30 << 40 << 8 << false;
        QTest::newRow("gray8 png") << "gray8.png" << 1 << plain << "MONOCHROME2" << 30 << 40 << 8 << false;
        QTest::newRow("gray16 png") << "gray16.png" << 1 << plain << "MONOCHROME2" << 30 << 40 << 16 << false;
        QTest::newRow("alpha png") << "alpha.png" << 1 << plain << "RGB" << 30 << 40 << 8 << false;
        QTest::newRow("48-bit png") << "rgb48.png" << 1 << plain << "RGB" << 30 << 40 << 16 << false;
        QTest::newRow("64-bit rgba png") << "rgba64.png" << 1 << plain << "RGB" << 30 << 40 << 16 << false;
        QTest::newRow("48-bit tiff") << "rgb48.tif" << 1 << plain << "RGB" << 30 << 40 << 16 << false;
        QTest::newRow("bmp") << "image.bmp" << 1 << plain << "RGB" << 20 << 30 << 8 << false;
        QTest::newRow("gif") << "image.gif" << 1 << plain << "RGB" << 20 << 30 << 8 << false;
        QTest::newRow("multi-page tiff") << "pages.tif" << 3 << plain << "RGB" << 20 << 30 << 8 << false;
        QTest::newRow("pdf") << "letter.pdf" << 1 << plain << "" << 0 << 0 << 0 << false;
        QTest::newRow("pdf 12 pages") << "report.pdf" << 1 << plain << "" << 0 << 0 << 0 << false;
        QTest::newRow("encrypted pdf") << "encrypted.pdf" << 0 << "password-protected" << "" << 0 << 0 << 0 << false;
        QTest::newRow("truncated pdf") << "truncated.pdf" << 0 << "truncated" << "" << 0 << 0 << 0 << false;
        QTest::newRow("text") << "notes.txt" << 0 << "neither DICOM nor" << "" << 0 << 0 << 0 << false;
    }

    void converts()
    {
        QFETCH(QString, file);
        QFETCH(int, objects);
        QFETCH(QString, syntax);
        QFETCH(QString, photometric);
        QFETCH(int, rows);
        QFETCH(int, columns);
        QFETCH(int, bits);
        QFETCH(bool, reencoded);
        const QString out = m_dir.filePath(QStringLiteral("out/") + file);
        const QList<ConversionItem> items = convertFiles({in(file)}, patient(), out);
        QCOMPARE(items.size(), 1);
        const ConversionItem &item = items.first();
        if (objects == 0) {
            QVERIFY(item.error.has_value());
            QVERIFY2(item.error->message.contains(syntax), qPrintable(item.error->message));
            QVERIFY(QDir(out).entryList(QDir::Files).isEmpty()); // nothing half-made left behind
            return;
        }
        QVERIFY2(!item.error, qPrintable(item.error ? item.error->message : QString()));
        QCOMPARE(item.objects.size(), objects);
        for (const ConvertedObject &o : item.objects) {
            QCOMPARE(o.reencoded, reencoded);
            QCOMPARE(o.transferSyntaxUid, syntax);
            const QString errors = dciodvfyErrors(o.path);
            QVERIFY2(errors.isEmpty(), qPrintable(errors));
            Loaded l;
            QVERIFY(l.file.loadFile(o.path.toLocal8Bit().constData()).good());
            QCOMPARE(l.text(DCM_PatientName), QStringLiteral("Müller^Anna"));
            QCOMPARE(l.text(DCM_SpecificCharacterSet), QStringLiteral("ISO_IR 192"));
            QCOMPARE(l.text(DCM_SOPInstanceUID), o.sopInstanceUid);
            QVERIFY(o.sopInstanceUid.startsWith(QStringLiteral("2.25.")));
            if (rows == 0)
                continue; // PDF: checked below
            QCOMPARE(l.text(DCM_PhotometricInterpretation), photometric);
            QCOMPARE(l.number(DCM_Rows), rows);
            QCOMPARE(l.number(DCM_Columns), columns);
            QCOMPARE(l.number(DCM_BitsAllocated), bits);
            QCOMPARE(l.text(DCM_LossyImageCompression), syntax == QLatin1String("1.2.840.10008.1.2.4.50") ? QStringLiteral("01") : QStringLiteral("00"));
        }
    }

    void eachLossyStepCarriesItsOwnRatio()
    {
        // progressive.jpg is decoded and re-encoded: the camera's step, then ours, each with its ratio.
        const QList<ConversionItem> items = convertFiles({in(QStringLiteral("progressive.jpg")), in(QStringLiteral("baseline.jpg"))},
                                                         patient(), m_dir.filePath(QStringLiteral("ratios")));
        QCOMPARE(items.size(), 2);
        auto ratiosOf = [](const QString &path) {
            Loaded l;
            l.file.loadFile(path.toLocal8Bit().constData());
            QList<double> ratios;
            for (const QString &value : l.text(DCM_LossyImageCompressionRatio).split(u'\\'))
                ratios << value.toDouble();
            return std::pair{ratios, l.text(DCM_LossyImageCompressionMethod)};
        };
        auto streamSize = [this](const QString &name) {
            QFile f(in(name));
            return f.open(QIODevice::ReadOnly) ? double(withoutMetadata(f.readAll()).size()) : 1.0;
        };
        const auto [twoSteps, twoMethods] = ratiosOf(items[0].objects.first().path);
        QCOMPARE(twoMethods, QStringLiteral("ISO_10918_1\\ISO_10918_1"));
        QCOMPARE(twoSteps.size(), 2);
        QVERIFY(qAbs(twoSteps[0] - 64.0 * 48 * 3 / streamSize(QStringLiteral("progressive.jpg"))) < 0.01);
        Loaded reencoded;
        QVERIFY(reencoded.file.loadFile(items[0].objects.first().path.toLocal8Bit().constData()).good());
        const double ours = 64.0 * 48 * 3 / double(firstFragment(reencoded.ds()).size());
        QVERIFY2(qAbs(twoSteps[1] - ours) / ours < 0.01, qPrintable(QStringLiteral("%1 vs %2").arg(twoSteps[1]).arg(ours)));
        QVERIFY(qAbs(twoSteps[0] - twoSteps[1]) > 0.01); // not one ratio said twice

        const auto [oneStep, oneMethod] = ratiosOf(items[1].objects.first().path);
        QCOMPARE(oneMethod, QStringLiteral("ISO_10918_1"));
        QCOMPARE(oneStep.size(), 1);
        QVERIFY(qAbs(oneStep[0] - 640.0 * 480 * 3 / streamSize(QStringLiteral("baseline.jpg"))) < 0.01);
    }

    void copiedJpegIsTheSourceStream()
    {
        QFile source(in(QStringLiteral("rotated.jpg"))); // carries EXIF with GPS
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray bytes = source.readAll();
        const QList<ConversionItem> items = convertFiles({in(QStringLiteral("baseline.jpg"))}, patient(), m_dir.filePath(QStringLiteral("copy")));
        Loaded l;
        QVERIFY(l.file.loadFile(items.first().objects.first().path.toLocal8Bit().constData()).good());
        QFile original(in(QStringLiteral("baseline.jpg")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray expected = withoutMetadata(original.readAll());
        QByteArray fragment = firstFragment(l.ds());
        if (fragment.size() == expected.size() + 1)
            fragment.chop(1); // pad to even length
        QCOMPARE(fragment.size(), expected.size());
        QVERIFY(fragment == expected);
        // The scan data (from SOS to the end) is the source's, byte for byte.
        QCOMPARE(fragment.mid(fragment.indexOf("\xff\xda")), expected.mid(expected.indexOf("\xff\xda")));

        // EXIF (with its GPS block) does not reach DICOM.
        const QList<ConversionItem> rotated = convertFiles({in(QStringLiteral("rotated.jpg"))}, patient(), m_dir.filePath(QStringLiteral("copy2")));
        Loaded r;
        QVERIFY(r.file.loadFile(rotated.first().objects.first().path.toLocal8Bit().constData()).good());
        QVERIFY(bytes.contains("Exif"));
        QVERIFY(!firstFragment(r.ds()).contains("Exif"));
    }

    void losslessPixelsRoundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("rgb png") << "rgb.png";
        QTest::newRow("gray8 png") << "gray8.png";
        QTest::newRow("gray16 png") << "gray16.png";
        QTest::newRow("48-bit png") << "rgb48.png";
        QTest::newRow("48-bit tiff") << "rgb48.tif";
        QTest::newRow("bmp") << "image.bmp";
    }
    void losslessPixelsRoundTrip()
    {
        QFETCH(QString, file);
        const QList<ConversionItem> items = convertFiles({in(file)}, patient(), m_dir.filePath(QStringLiteral("px-") + file));
        Loaded l;
        QVERIFY(l.file.loadFile(items.first().objects.first().path.toLocal8Bit().constData()).good());
        DcmElement *element = nullptr;
        QVERIFY(l.ds()->findAndGetElement(DCM_PixelData, element).good());
        const unsigned long count = element->getLength();
        QImage source(in(file));
        QVERIFY(!source.isNull());
        QByteArray expected;
        QImage converted;
        int bytesPerPixel = 3;
        if (source.format() == QImage::Format_Grayscale16) {
            converted = source;
            bytesPerPixel = 2;
        } else if (source.depth() == 64) {
            // Every 16-bit sample kept: R, G, B words of each pixel, without Qt's fourth word.
            QCOMPARE(l.text(DCM_LossyImageCompression), QStringLiteral("00"));
            const QImage wide = source.convertToFormat(QImage::Format_RGBX64);
            for (int y = 0; y < wide.height(); ++y)
                for (int x = 0; x < wide.width(); ++x)
                    expected.append(reinterpret_cast<const char *>(wide.constScanLine(y)) + x * 8, 6);
            QVERIFY(expected.size() > 0);
            bool lowBytesUsed = false; // the source really had more than 8 bits
            for (qsizetype i = 0; i < expected.size(); i += 2)
                lowBytesUsed = lowBytesUsed || (expected[i] != expected[i + 1]);
            QVERIFY(lowBytesUsed);
            bytesPerPixel = 0;
        } else if (source.isGrayscale()) {
            converted = source.convertToFormat(QImage::Format_Grayscale8);
            bytesPerPixel = 1;
        } else {
            converted = source.convertToFormat(QImage::Format_RGB888);
        }
        for (int y = 0; y < converted.height() && bytesPerPixel > 0; ++y)
            expected.append(reinterpret_cast<const char *>(converted.constScanLine(y)), qsizetype(converted.width()) * bytesPerPixel);
        Uint8 *raw = nullptr;
        if (bytesPerPixel == 2 || bytesPerPixel == 0) {
            Uint16 *words = nullptr;
            QVERIFY(element->getUint16Array(words).good());
            raw = reinterpret_cast<Uint8 *>(words);
        } else {
            QVERIFY(element->getUint8Array(raw).good());
        }
        QVERIFY(count >= static_cast<unsigned long>(expected.size()));
        QVERIFY(QByteArray(reinterpret_cast<const char *>(raw), expected.size()) == expected);
    }

    void pdfIsStoredByteForByte()
    {
        const QList<ConversionItem> items = convertFiles({in(QStringLiteral("report.pdf"))}, patient(), m_dir.filePath(QStringLiteral("pdf")));
        QVERIFY(!items.first().error);
        Loaded l;
        QVERIFY(l.file.loadFile(items.first().objects.first().path.toLocal8Bit().constData()).good());
        QFile source(in(QStringLiteral("report.pdf")));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray bytes = source.readAll();
        Uint32 length = 0;
        QVERIFY(l.ds()->findAndGetUint32(DCM_EncapsulatedDocumentLength, length).good());
        QCOMPARE(qsizetype(length), bytes.size());
        const Uint8 *doc = nullptr;
        unsigned long docLength = 0;
        QVERIFY(l.ds()->findAndGetUint8Array(DCM_EncapsulatedDocument, doc, &docLength).good());
        QCOMPARE(docLength % 2, 0ul);
        QVERIFY(QByteArray(reinterpret_cast<const char *>(doc), length) == bytes);
        QCOMPARE(l.text(DCM_DocumentTitle), QStringLiteral("Discharge summary"));
        QCOMPARE(l.text(DCM_MIMETypeOfEncapsulatedDocument), QStringLiteral("application/pdf"));
        QCOMPARE(l.text(DCM_Modality), QStringLiteral("DOC"));
    }

    void namesInManyScriptsReadBack_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("German") << QStringLiteral("Müller^Jürgen");
        QTest::newRow("Greek") << QStringLiteral("Παπαδόπουλος^Γιάννης");
        QTest::newRow("Cyrillic") << QStringLiteral("Иванов^Иван");
        QTest::newRow("Chinese") << QStringLiteral("王^小明");
        QTest::newRow("Japanese") << QStringLiteral("山田^太郎");
    }
    void namesInManyScriptsReadBack()
    {
        QFETCH(QString, name);
        StudyData data = patient();
        data.patientName = PersonName::fromDicom(name);
        data.studyDescription = name.section(u'^', 0, 0) + QStringLiteral(" study");
        const QList<ConversionItem> items = convertFiles({in(QStringLiteral("gray8.png"))}, data, m_dir.filePath(QStringLiteral("names")));
        QVERIFY(!items.first().error);
        Loaded l;
        QVERIFY(l.file.loadFile(items.first().objects.first().path.toLocal8Bit().constData()).good());
        QCOMPARE(l.text(DCM_PatientName), name);
        QCOMPARE(l.text(DCM_StudyDescription), data.studyDescription);
        const QString errors = dciodvfyErrors(items.first().objects.first().path);
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
    }

    void destinationCharacterSets_data()
    {
        QTest::addColumn<QString>("charset");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("stored"); // the family name's bytes in the file; empty: refused
        QTest::newRow("Latin-1") << "ISO_IR 100" << "Müller^Anna" << QByteArray("M\xfcller");
        QTest::newRow("Latin-2") << "ISO_IR 101" << "Dvořák^Jiří" << QByteArray("Dvo\xf8\xe1k");
        QTest::newRow("Greek") << "ISO_IR 126" << "Παπαδόπουλος^Νίκος" << QByteArray("\xd0\xe1\xf0\xe1\xe4\xfc\xf0\xef\xf5\xeb\xef\xf2");
        QTest::newRow("Cyrillic") << "ISO_IR 144" << "Иванов^Иван" << QByteArray("\xb8\xd2\xd0\xdd\xde\xd2");
        QTest::newRow("GB18030") << "GB18030" << "王^小明" << QByteArray("\xcd\xf5");
        QTest::newRow("Greek name for a Latin-1 PACS: refused") << "ISO_IR 100" << "Παπαδόπουλος^Νίκος" << QByteArray();
    }
    void destinationCharacterSets()
    {
        QFETCH(QString, charset);
        QFETCH(QString, name);
        QFETCH(QByteArray, stored);
        StudyData data = patient();
        data.patientName = PersonName::fromDicom(name);
        ConversionSettings settings;
        settings.characterSet = charset;
        const QString dir = m_dir.filePath(QStringLiteral("charset-") + QString::fromLatin1(QTest::currentDataTag()));
        const QList<ConversionItem> items = convertFiles({in(QStringLiteral("gray8.png"))}, data, dir, settings);
        if (stored.isEmpty()) {
            QVERIFY(items.first().error);
            QVERIFY2(items.first().error->message.contains(QStringLiteral("cannot be written in ISO_IR 100 (Latin-1)")),
                     qPrintable(items.first().error->message));
            QVERIFY(QDir(dir).entryList(QDir::Files | QDir::Hidden).isEmpty()); // nothing half-written
            return;
        }
        QVERIFY2(!items.first().error, qPrintable(items.first().error ? items.first().error->message : QString()));
        Loaded l;
        QVERIFY(l.file.loadFile(items.first().objects.first().path.toLocal8Bit().constData()).good());
        QCOMPARE(l.text(DCM_SpecificCharacterSet), charset);
        OFString raw;
        QVERIFY(l.ds()->findAndGetOFStringArray(DCM_PatientName, raw).good());
        QVERIFY2(QByteArray(raw.c_str()).startsWith(stored), raw.c_str());
        QVERIFY(l.ds()->convertToUTF8().good()); // and it reads back as the same Unicode name
        QCOMPARE(l.text(DCM_PatientName), name);
        const QString errors = dciodvfyErrors(items.first().objects.first().path);
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
    }

    void oneStudyOneSeriesPerKind()
    {
        const QList<ConversionItem> items = convertFiles({in(QStringLiteral("rgb.png")), in(QStringLiteral("letter.pdf")),
                                                         in(QStringLiteral("image.bmp")), in(QStringLiteral("report.pdf"))},
                                                        patient(), m_dir.filePath(QStringLiteral("batch")));
        QSet<QString> studies, imageSeries, pdfSeries;
        QList<int> imageNumbers, pdfNumbers;
        for (const ConversionItem &i : items) {
            Loaded l;
            QVERIFY(l.file.loadFile(i.objects.first().path.toLocal8Bit().constData()).good());
            studies.insert(l.text(DCM_StudyInstanceUID));
            (i.kind == InputKind::Pdf ? pdfSeries : imageSeries).insert(l.text(DCM_SeriesInstanceUID));
            (i.kind == InputKind::Pdf ? pdfNumbers : imageNumbers).append(l.text(DCM_InstanceNumber).toInt());
        }
        QCOMPARE(studies.size(), 1);
        QCOMPARE(imageSeries.size(), 1);
        QCOMPARE(pdfSeries.size(), 1);
        QVERIFY(imageSeries != pdfSeries);
        QCOMPARE(imageNumbers, (QList<int>{1, 2}));
        QCOMPARE(pdfNumbers, (QList<int>{1, 2}));
    }

    void clinicRulesChooseVlPhotographicAndJpeg()
    {
        ConversionSettings rules;
        rules.sopClassByExtension.insert(QStringLiteral("jpg"), ImageSopClass::VlPhotographic);
        rules.sopClassByExtension.insert(QStringLiteral("png"), ImageSopClass::VlPhotographic);
        rules.jpegQualityForLosslessInputs = 80;
        const QList<ConversionItem> items = convertFiles({in(QStringLiteral("baseline.jpg")), in(QStringLiteral("rgb.png")),
                                                          in(QStringLiteral("gray16.png")), in(QStringLiteral("image.bmp")),
                                                          in(QStringLiteral("rgb48.png"))},
                                                         patient(), m_dir.filePath(QStringLiteral("rules")), rules);
        QCOMPARE(items.size(), 5);
        const QString vlp = QStringLiteral("1.2.840.10008.5.1.4.1.1.77.1.4"), sc = QStringLiteral("1.2.840.10008.5.1.4.1.1.7");
        const QString jpeg = QStringLiteral("1.2.840.10008.1.2.4.50");
        struct Expect { QString sopClass; QString syntax; bool reencoded; QString modality; };
        const QList<Expect> expected{{vlp, jpeg, false, QStringLiteral("XC")},                       // the photo, copied
                                     {vlp, jpeg, true, QStringLiteral("XC")},                        // PNG as JPEG q80
                                     {sc, QStringLiteral("1.2.840.10008.1.2.1"), false, QStringLiteral("OT")}, // 16-bit gray
                                     {sc, jpeg, true, QStringLiteral("OT")},                         // BMP: no rule, SC
                                     {sc, QStringLiteral("1.2.840.10008.1.2.1"), false, QStringLiteral("OT")}}; // 16-bit colour
        for (int i = 0; i < 5; ++i) {
            QVERIFY2(!items[i].error, qPrintable(items[i].error ? items[i].error->message : QString()));
            const ConvertedObject &o = items[i].objects.first();
            QCOMPARE(o.sopClassUid, expected[i].sopClass);
            QCOMPARE(o.transferSyntaxUid, expected[i].syntax);
            QCOMPARE(o.reencoded, expected[i].reencoded);
            Loaded l;
            QVERIFY(l.file.loadFile(o.path.toLocal8Bit().constData()).good());
            QCOMPARE(l.text(DCM_Modality), expected[i].modality);
            const QString errors = dciodvfyErrors(o.path);
            QVERIFY2(errors.isEmpty(), qPrintable(o.source + u'\n' + errors));
        }
    }

    void videos_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("ffmpeg");  // lavfi source, then output options
        QTest::addColumn<QString>("syntax");      // transfer syntax, or words of the refusal
        QTest::addColumn<int>("frames");          // 0: refused
        QTest::addColumn<bool>("reencoded");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("format");          // VideoFormat setting
        const int autoFormat = int(VideoFormat::Auto);
        const QString x264 = QStringLiteral("libx264"), h264 = QStringLiteral("1.2.840.10008.1.2.4.102");
        auto args = [](const char *source, std::initializer_list<const char *> rest) {
            QStringList list{QString::fromLatin1(source)};
            for (const char *a : rest)
                list << QString::fromLatin1(a);
            return list;
        };
        QTest::newRow("H.264 High 4.1 MP4: copied")
            << "h264.mp4" << args("testsrc=size=640x480:rate=30", {"-t", "2", "-c:v", "libx264", "-profile:v", "high", "-level", "4.1", "-pix_fmt", "yuv420p"})
            << h264 << 60 << false << QSize(640, 480) << autoFormat;
        QTest::newRow("H.264 1080p in MPEG-TS: copied")
            << "h264.ts" << args("testsrc=size=1920x1080:rate=25", {"-t", "1", "-c:v", "libx264", "-preset", "ultrafast", "-profile:v", "high", "-level", "4.0", "-pix_fmt", "yuv420p"})
            << h264 << 25 << false << QSize(1920, 1080) << autoFormat;
        QTest::newRow("MPEG-2 MP@ML: copied")
            << "mpeg2.mpg" << args("testsrc=size=720x576:rate=25", {"-t", "1", "-c:v", "mpeg2video", "-profile:v", "4", "-level:v", "8"})
            << "1.2.840.10008.1.2.4.100" << 25 << false << QSize(720, 576) << autoFormat;
        QTest::newRow("H.264 in QuickTime: copied into MP4")
            << "h264.mov" << args("testsrc=size=320x240:rate=25", {"-t", "1", "-c:v", "libx264", "-profile:v", "high", "-pix_fmt", "yuv420p"})
            << h264 << 25 << false << QSize(320, 240) << autoFormat;
        QTest::newRow("H.264 in Matroska: copied into MP4")
            << "h264.mkv" << args("testsrc=size=320x240:rate=25", {"-t", "1", "-c:v", "libx264", "-profile:v", "high", "-pix_fmt", "yuv420p"})
            << h264 << 25 << false << QSize(320, 240) << autoFormat;
        QTest::newRow("H.264 4:4:4: transcoded")
            << "h264-444.mp4" << args("testsrc=size=320x240:rate=25", {"-t", "1", "-c:v", "libx264", "-pix_fmt", "yuv444p"})
            << h264 << 25 << true << QSize(320, 240) << autoFormat;
        QTest::newRow("H.264 10-bit: transcoded")
            << "h264-10bit.mp4" << args("testsrc=size=320x240:rate=25", {"-t", "1", "-c:v", "libx264", "-pix_fmt", "yuv420p10le"})
            << h264 << 25 << true << QSize(320, 240) << autoFormat;
        QTest::newRow("4K: transcoded to 1080p")
            << "4k.mp4" << args("testsrc=size=3840x2160:rate=30", {"-t", "1", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"})
            << h264 << 30 << true << QSize(1920, 1080) << autoFormat;
        QTest::newRow("VP9, odd size: transcoded, even size")
            << "vp9.webm" << args("testsrc=size=321x241:rate=25", {"-t", "1", "-c:v", "libvpx-vp9"})
            << h264 << 25 << true << QSize(322, 242) << autoFormat;
        QTest::newRow("non-square pixels: aspect kept")
            << "anamorphic.mp4" << args("testsrc=size=320x240:rate=25", {"-t", "1", "-vf", "setsar=2/1", "-c:v", "libx264", "-pix_fmt", "yuv420p"})
            << h264 << 25 << true << QSize(640, 240) << autoFormat;
        QTest::newRow("variable frame rate: constant out")
            << "vfr.mp4" << args("testsrc=size=320x240:rate=30", {"-t", "2", "-vf", "select='lt(mod(n\\,10)\\,5)'", "-fps_mode", "vfr", "-c:v", "libx264", "-pix_fmt", "yuv420p"})
            << h264 << 0 << true << QSize(320, 240) << autoFormat;
        QTest::newRow("H.264 1080p50 level 4.2: copied as .104")
            << "h264-l42.mp4" << args("testsrc=size=1920x1080:rate=50", {"-t", "0.4", "-c:v", "libx264", "-preset", "ultrafast", "-profile:v", "high", "-level", "4.2", "-pix_fmt", "yuv420p"})
            << "1.2.840.10008.1.2.4.104" << 20 << false << QSize(1920, 1080) << autoFormat;
        QTest::newRow("H.264 level 4.2 with format H.264 High@4.1: transcoded")
            << "h264-l42-to-41.mp4" << args("testsrc=size=1920x1080:rate=50", {"-t", "0.4", "-c:v", "libx264", "-preset", "ultrafast", "-profile:v", "high", "-level", "4.2", "-pix_fmt", "yuv420p"})
            << h264 << 12 << true << QSize(1920, 1080) << int(VideoFormat::H264HighLevel41);
        QTest::newRow("HEVC Main in MP4 (hev1): copied as .107, retagged hvc1")
            << "hevc.mp4" << args("testsrc=size=320x240:rate=25", {"-t", "1", "-c:v", "libx265", "-x265-params", "log-level=error", "-pix_fmt", "yuv420p"})
            << "1.2.840.10008.1.2.4.107" << 25 << false << QSize(320, 240) << autoFormat;
        QTest::newRow("HEVC Main 10 in Matroska: copied into MP4 as .108")
            << "hevc10.mkv" << args("testsrc=size=320x240:rate=25", {"-t", "1", "-c:v", "libx265", "-x265-params", "log-level=error", "-pix_fmt", "yuv420p10le"})
            << "1.2.840.10008.1.2.4.108" << 25 << false << QSize(320, 240) << autoFormat;
        QTest::newRow("HEVC with format H.264 High@4.1: transcoded")
            << "hevc-to-h264.mp4" << args("testsrc=size=320x240:rate=25", {"-t", "1", "-c:v", "libx265", "-x265-params", "log-level=error", "-pix_fmt", "yuv420p"})
            << h264 << 25 << true << QSize(320, 240) << int(VideoFormat::H264HighLevel41);
        QTest::newRow("H.264 with format MPEG-2 MP@ML: NTSC frame")
            << "to-mpeg2-ml.mp4" << args("testsrc=size=640x480:rate=30", {"-t", "1", "-c:v", "libx264", "-pix_fmt", "yuv420p"})
            << "1.2.840.10008.1.2.4.100" << 0 << true << QSize(720, 480) << int(VideoFormat::Mpeg2MainLevel);
        QTest::newRow("VP9 with format MPEG-2 MP@HL: 1080 frame")
            << "to-mpeg2-hl.webm" << args("testsrc=size=320x240:rate=25", {"-t", "1", "-c:v", "libvpx-vp9"})
            << "1.2.840.10008.1.2.4.101" << 25 << true << QSize(1920, 1080) << int(VideoFormat::Mpeg2HighLevel);
        QTest::newRow("MPEG-2 PAL with format MPEG-2 MP@ML: copied")
            << "pal.mpg" << args("testsrc=size=720x576:rate=25", {"-t", "1", "-c:v", "mpeg2video", "-profile:v", "4", "-level:v", "8"})
            << "1.2.840.10008.1.2.4.100" << 25 << false << QSize(720, 576) << int(VideoFormat::Mpeg2MainLevel);
        QTest::newRow("H.264 720p50 with format H.264 BD: copied as .103")
            << "bd720.mp4" << args("testsrc=size=1280x720:rate=50", {"-t", "0.4", "-c:v", "libx264", "-preset", "ultrafast", "-profile:v", "high", "-level", "4.1", "-pix_fmt", "yuv420p"})
            << "1.2.840.10008.1.2.4.103" << 20 << false << QSize(1280, 720) << int(VideoFormat::H264BluRay);
        QTest::newRow("H.264 640x480 with format H.264 BD: 1080 25i frame")
            << "to-bd.mp4" << args("testsrc=size=640x480:rate=25", {"-t", "1", "-c:v", "libx264", "-pix_fmt", "yuv420p"})
            << "1.2.840.10008.1.2.4.103" << 0 << true << QSize(1920, 1080) << int(VideoFormat::H264BluRay);
        QTest::newRow("audio only: refused")
            << "audio.mp4" << args("sine=d=1", {}) << "no video stream" << 0 << false << QSize() << autoFormat;
    }

    void videos()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, ffmpeg);
        QFETCH(QString, syntax);
        QFETCH(int, frames);
        QFETCH(bool, reencoded);
        QFETCH(QSize, size);
        QFETCH(int, format);
        const QString input = in(file);
        QVERIFY(run(QStringLiteral("ffmpeg"), QStringList{QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"),
                                                        QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i")}
                                                  + ffmpeg + QStringList{input}));
        ConversionSettings settings;
        settings.videoFormat = static_cast<VideoFormat>(format);
        const QList<ConversionItem> items = convertFiles({input}, patient(), m_dir.filePath(QStringLiteral("video-") + file), settings);
        QCOMPARE(items.size(), 1);
        if (!size.isValid()) {
            QVERIFY(items.first().error);
            QVERIFY2(items.first().error->message.contains(syntax), qPrintable(items.first().error->message));
            return;
        }
        QVERIFY2(!items.first().error, qPrintable(items.first().error ? items.first().error->message : QString()));
        const ConvertedObject &o = items.first().objects.first();
        QCOMPARE(o.transferSyntaxUid, syntax);
        QCOMPARE(o.sopClassUid, QStringLiteral("1.2.840.10008.5.1.4.1.1.77.1.4.1"));
        if (frames > 0)
            QCOMPARE(o.frames, frames);
        QCOMPARE(o.reencoded, reencoded);
        // dciodvfy 2022 cannot read the HEVC syntaxes (conversion.md 3.1); the others must pass.
        const bool hevc = syntax.endsWith(QLatin1String(".107")) || syntax.endsWith(QLatin1String(".108"));
        if (!hevc) {
            const QString errors = dciodvfyErrors(o.path);
            QVERIFY2(errors.isEmpty(), qPrintable(errors));
        }
        Loaded l;
        QVERIFY(l.file.loadFile(o.path.toLocal8Bit().constData()).good());
        QCOMPARE(QString::fromLatin1(DcmXfer(l.file.getDataset()->getOriginalXfer()).getXferID()), syntax);
        QCOMPARE(l.number(DCM_BitsStored), syntax.endsWith(QLatin1String(".108")) ? 10 : 8);
        QCOMPARE(l.number(DCM_BitsAllocated), syntax.endsWith(QLatin1String(".108")) ? 16 : 8);
        QCOMPARE(l.number(DCM_Columns), size.width());
        QCOMPARE(l.number(DCM_Rows), size.height());
        QCOMPARE(l.text(DCM_NumberOfFrames).toInt(), o.frames);
        QCOMPARE(l.text(DCM_Modality), QStringLiteral("XC"));
        QCOMPARE(l.text(DCM_ImageType), reencoded ? QStringLiteral("DERIVED\\SECONDARY") : QStringLiteral("ORIGINAL\\PRIMARY"));
        QFile source(input);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray fragment = firstFragment(l.ds());
        if (fragment.size() % 2 == 0 && fragment.endsWith('\0') && fragment.size() == source.size() + 1)
            fragment.chop(1);
        const bool mpeg2Out = syntax.endsWith(QLatin1String(".100")) || syntax.endsWith(QLatin1String(".101"));
        if (reencoded && mpeg2Out)
            QVERIFY(fragment.startsWith(QByteArray::fromHex("000001ba"))); // an MPEG program stream made by PacsDrop
        else if (reencoded || file.endsWith(QLatin1String(".mov")) || file.endsWith(QLatin1String(".mkv")) || hevc)
            QCOMPARE(fragment.mid(4, 4), QByteArray("ftyp")); // an MP4 made by PacsDrop
        else
            QVERIFY(fragment == source.readAll()); // the container file itself
        if (hevc)
            QVERIFY(fragment.contains("hvc1") && !fragment.contains("hev1"));
        if (!reencoded) { // copied: the coded video is the source's, bit for bit
            QFile stored(m_dir.filePath(QStringLiteral("stored-") + file));
            QVERIFY(stored.open(QIODevice::WriteOnly));
            stored.write(fragment);
            stored.close();
            QCOMPARE(videoStreamHash(stored.fileName()), videoStreamHash(input));
        }
        // Nothing left behind beside the object (remux/transcode/pad files).
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("video-") + file)).entryList(QDir::Hidden | QDir::Files).size(), 1);
    }

    void transcodingKeepsAacAudioAndSaysWhenAudioIsDropped()
    {
        const QString withAac = in(QStringLiteral("444-aac.mp4")), withOpus = in(QStringLiteral("vp9-opus.webm"));
        QVERIFY(run(QStringLiteral("ffmpeg"), {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                                               QStringLiteral("-i"), QStringLiteral("testsrc=size=320x240:rate=25"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                                               QStringLiteral("-i"), QStringLiteral("sine=d=1:sample_rate=48000"), QStringLiteral("-t"), QStringLiteral("1"), QStringLiteral("-c:v"),
                                               QStringLiteral("libx264"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv444p"), QStringLiteral("-c:a"),
                                               QStringLiteral("aac"), QStringLiteral("-ac"), QStringLiteral("2"), withAac}));
        QVERIFY(run(QStringLiteral("ffmpeg"), {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                                               QStringLiteral("-i"), QStringLiteral("testsrc=size=320x240:rate=25"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                                               QStringLiteral("-i"), QStringLiteral("sine=d=1"), QStringLiteral("-t"), QStringLiteral("1"), QStringLiteral("-c:v"),
                                               QStringLiteral("libvpx-vp9"), QStringLiteral("-c:a"), QStringLiteral("libopus"), withOpus}));
        // A phone clip: compliant H.264, AAC at 44.1 kHz (DICOM allows 48 kHz only).
        const QString phone = in(QStringLiteral("phone-44k.mp4"));
        QVERIFY(run(QStringLiteral("ffmpeg"), {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                                               QStringLiteral("-i"), QStringLiteral("testsrc=size=320x240:rate=25"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                                               QStringLiteral("-i"), QStringLiteral("sine=d=1:sample_rate=44100"), QStringLiteral("-t"), QStringLiteral("1"), QStringLiteral("-c:v"),
                                               QStringLiteral("libx264"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), QStringLiteral("-c:a"),
                                               QStringLiteral("aac"), QStringLiteral("-ac"), QStringLiteral("2"), phone}));
        const QList<ConversionItem> items = convertFiles({withAac, withOpus, phone}, patient(), m_dir.filePath(QStringLiteral("audio")));
        QCOMPARE(items.size(), 3);
        for (const ConversionItem &i : items)
            QVERIFY2(!i.error, qPrintable(i.error ? i.error->message : QString()));
        Loaded aac;
        QVERIFY(aac.file.loadFile(items[0].objects.first().path.toLocal8Bit().constData()).good());
        QVERIFY(firstFragment(aac.ds()).contains("mp4a")); // the AAC track is in the MP4
        QVERIFY(!items[0].objects.first().note.contains(QStringLiteral("audio not kept")));
        QVERIFY(items[1].objects.first().note.contains(QStringLiteral("audio not kept")));
        const ConvertedObject &copied = items[2].objects.first();
        QVERIFY(!copied.reencoded);
        QVERIFY2(copied.note.contains(QStringLiteral("audio not kept: AAC audio at 44100 Hz")), qPrintable(copied.note));
        Loaded phoneObject;
        QVERIFY(phoneObject.file.loadFile(copied.path.toLocal8Bit().constData()).good());
        QVERIFY(!firstFragment(phoneObject.ds()).contains("mp4a"));
        QVERIFY(firstFragment(phoneObject.ds()).contains("avc1"));
    }

    void videoLimitsAreCheckedBeforeDecoding()
    {
        const QString input = in(QStringLiteral("long.mp4"));
        QVERIFY(run(QStringLiteral("ffmpeg"), {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-f"),
                                               QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("testsrc=size=160x120:rate=25"),
                                               QStringLiteral("-t"), QStringLiteral("2"), QStringLiteral("-c:v"), QStringLiteral("libx264"),
                                               QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), input}));
        // The limits come from the settings, through the same path the fronts use.
        ConversionSettings settings;
        settings.limits.maxFrames = 10;
        QList<ConversionItem> items = convertFiles({input}, patient(), m_dir.filePath(QStringLiteral("limits")), settings);
        QVERIFY(items.first().error);
        QVERIFY2(items.first().error->message.contains(QStringLiteral("too long: 50 frames (limit 10)")), qPrintable(items.first().error->message));
        settings.limits = ConversionLimits{};
        settings.limits.maxFileBytes = 100;
        items = convertFiles({input}, patient(), m_dir.filePath(QStringLiteral("limits")), settings);
        QVERIFY(items.first().error);
        QVERIFY(items.first().error->message.contains(QStringLiteral("file too large")));
        settings.limits = ConversionLimits{};
        settings.limits.maxPixels = 100 * 100;
        items = convertFiles({input, in(QStringLiteral("baseline.jpg")), in(QStringLiteral("rgb.png"))}, patient(),
                             m_dir.filePath(QStringLiteral("limits")), settings);
        QVERIFY(items[0].error && items[0].error->message.contains(QStringLiteral("160 x 120 pixels")));
        QVERIFY(items[1].error && items[1].error->message.contains(QStringLiteral("640 x 480 pixels")));
        QVERIFY(!items[2].error); // 40 x 30 is within
        settings.limits = ConversionLimits{};
        settings.limits.maxPages = 5;
        items = convertFiles({in(QStringLiteral("report.pdf")), in(QStringLiteral("letter.pdf"))}, patient(), m_dir.filePath(QStringLiteral("limits")), settings);
        QVERIFY(items[0].error && items[0].error->message.contains(QStringLiteral("12 pages (limit 5)")));
        QVERIFY(!items[1].error);
        // Nothing was written for the refused files.
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("limits"))).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }

    void rotatedPhoneVideoIsTurned()
    {
        // A phone held upright stores 320x240 and says "turn 90 degrees"; DICOM cannot say so.
        const QString input = in(QStringLiteral("upright.mp4"));
        QVERIFY(run(QStringLiteral("ffmpeg"), {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-f"),
                                               QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("color=c=red:size=320x240:rate=25"),
                                               QStringLiteral("-vf"), QStringLiteral("drawbox=x=0:y=0:w=40:h=240:color=blue:t=fill"),
                                               QStringLiteral("-t"), QStringLiteral("1"), QStringLiteral("-c:v"), QStringLiteral("libx264"),
                                               QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), input}));
        QVERIFY(run(QStringLiteral(PACSDROP_PYTHON3), {QStringLiteral(PACSDROP_TEST_SCRIPTS) + QStringLiteral("/set_mp4_rotation.py"), input, QStringLiteral("90")}));
        const QList<ConversionItem> items = convertFiles({input}, patient(), m_dir.filePath(QStringLiteral("upright")));
        QVERIFY2(!items.first().error, qPrintable(items.first().error ? items.first().error->message : QString()));
        const ConvertedObject &o = items.first().objects.first();
        QVERIFY(o.reencoded);
        QVERIFY2(o.note.contains(QStringLiteral("rotated")), qPrintable(o.note));
        Loaded l;
        QVERIFY(l.file.loadFile(o.path.toLocal8Bit().constData()).good());
        QCOMPARE(l.number(DCM_Columns), 240);
        QCOMPARE(l.number(DCM_Rows), 320);
        // The blue band on the left of the stored picture is on top once turned clockwise.
        const QString stored = m_dir.filePath(QStringLiteral("upright-stored.mp4"));
        QFile out(stored);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(firstFragment(l.ds()));
        out.close();
        const QString frame = m_dir.filePath(QStringLiteral("upright.png"));
        QVERIFY(run(QStringLiteral("ffmpeg"), {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-i"), stored,
                                               QStringLiteral("-frames:v"), QStringLiteral("1"), frame}));
        const QImage picture(frame);
        QCOMPARE(picture.size(), QSize(240, 320));
        const QColor top = picture.pixelColor(120, 10), bottom = picture.pixelColor(120, 300);
        QVERIFY2(top.blue() > 150 && top.red() < 100, qPrintable(top.name()));
        QVERIFY2(bottom.red() > 150 && bottom.blue() < 100, qPrintable(bottom.name()));
    }

    void pdfPagesAlsoAsImagesWhenAsked()
    {
        ConversionSettings settings;
        settings.pdfPageImages = true;
        const QList<ConversionItem> items = convertFiles({in(QStringLiteral("report.pdf"))}, patient(), m_dir.filePath(QStringLiteral("pages")), settings);
        QVERIFY2(!items.first().error, qPrintable(items.first().error ? items.first().error->message : QString()));
        const QList<ConvertedObject> &objects = items.first().objects;
        QCOMPARE(objects.size(), 13); // the document and its 12 pages
        QCOMPARE(objects.first().sopClassUid, QStringLiteral("1.2.840.10008.5.1.4.1.1.104.1"));
        QString pageSeries;
        for (qsizetype i = 1; i < objects.size(); ++i) {
            QCOMPARE(objects[i].sopClassUid, QStringLiteral("1.2.840.10008.5.1.4.1.1.7"));
            Loaded l;
            QVERIFY(l.file.loadFile(objects[i].path.toLocal8Bit().constData()).good());
            QCOMPARE(l.text(DCM_ConversionType), QStringLiteral("WSD"));
            QCOMPARE(l.text(DCM_InstanceNumber).toInt(), int(i));
            QCOMPARE(l.number(DCM_Rows), 1754); // A4 at 150 dpi
            const Uint8 *pixels = nullptr;
            unsigned long count = 0;
            QVERIFY(l.ds()->findAndGetUint8Array(DCM_PixelData, pixels, &count).good() && count > 0);
            QVERIFY2(*std::min_element(pixels, pixels + count) < 64, "the page text was not rendered");
            if (i == 1)
                pageSeries = l.text(DCM_SeriesInstanceUID);
            QCOMPARE(l.text(DCM_SeriesInstanceUID), pageSeries);
            if (i == 1 || i == objects.size() - 1) {
                const QString errors = dciodvfyErrors(objects[i].path);
                QVERIFY2(errors.isEmpty(), qPrintable(errors));
            }
        }
        Loaded document;
        QVERIFY(document.file.loadFile(objects.first().path.toLocal8Bit().constData()).good());
        QVERIFY(document.text(DCM_SeriesInstanceUID) != pageSeries); // pages are their own series
    }

    void endoscopicAndMicroscopicVideo_data()
    {
        QTest::addColumn<int>("sopClass");
        QTest::addColumn<QString>("uid");
        QTest::addColumn<QString>("modality");
        QTest::newRow("endoscopic") << int(VideoSopClass::Endoscopic) << "1.2.840.10008.5.1.4.1.1.77.1.1.1" << "ES";
        QTest::newRow("microscopic") << int(VideoSopClass::Microscopic) << "1.2.840.10008.5.1.4.1.1.77.1.2.1" << "GM";
    }
    void endoscopicAndMicroscopicVideo()
    {
        QFETCH(int, sopClass);
        QFETCH(QString, uid);
        QFETCH(QString, modality);
        const QString input = in(QStringLiteral("scope.mp4"));
        QVERIFY(run(QStringLiteral("ffmpeg"), {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-f"),
                                               QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("testsrc=size=320x240:rate=25"),
                                               QStringLiteral("-t"), QStringLiteral("1"), QStringLiteral("-c:v"), QStringLiteral("libx264"),
                                               QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), input}));
        ConversionSettings settings;
        settings.videoSopClass = static_cast<VideoSopClass>(sopClass);
        const QList<ConversionItem> items = convertFiles({input}, patient(), m_dir.filePath(QStringLiteral("scope-") + modality), settings);
        QVERIFY2(!items.first().error, qPrintable(items.first().error ? items.first().error->message : QString()));
        const ConvertedObject &o = items.first().objects.first();
        QCOMPARE(o.sopClassUid, uid);
        Loaded l;
        QVERIFY(l.file.loadFile(o.path.toLocal8Bit().constData()).good());
        QCOMPARE(l.text(DCM_Modality), modality);
        const QString errors = dciodvfyErrors(o.path);
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
    }

    void studyDataIsChecked()
    {
        StudyData empty;
        QVERIFY(empty.missingForConversion().contains(QStringLiteral("PatientID")));
        StudyData d = patient();
        QVERIFY(d.missingForConversion().isEmpty());
        QVERIFY(d.set(QStringLiteral("PatientBirthDate"), QStringLiteral("31.02.1980")).has_value() == false);
        QVERIFY(d.set(QStringLiteral("AccessionNumber"), QStringLiteral("12345678901234567")));
        QVERIFY(d.validate().contains(QStringLiteral("AccessionNumber")));
        d.accessionNumber.clear();
        QVERIFY(d.set(QStringLiteral("NoSuchKeyword"), QStringLiteral("x")));
        QVERIFY(d.validate().contains(QStringLiteral("NoSuchKeyword")));
        d.extra.clear();
        QVERIFY(d.set(QStringLiteral("ImageComments"), QStringLiteral("left forearm")));
        QVERIFY(d.validate().isEmpty());
        QVERIFY(d.set(QStringLiteral("PatientBirthDate"), QStringLiteral("21000101")));
        QVERIFY(d.validate().contains(QStringLiteral("future")));
    }
};

PACSDROP_TEST_MAIN(TestConvert)
#include "tst_convert.moc"
