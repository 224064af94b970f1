#include "TestData.h"

#include "dicom/DicomFileInfo.h"

#include <QDir>
#include <QProcess>

namespace pacsdrop::test {

namespace {
const QString kPydicomData = QStringLiteral("/usr/lib/python3/dist-packages/pydicom/data/");
}

QString pydicomFile(const QString &name) { return kPydicomData + QStringLiteral("test_files/") + name; }
QString pydicomCharsetFile(const QString &name) { return kPydicomData + QStringLiteral("charset_files/") + name; }

QStringList makeSeries(const QString &dir, int count, int rows, int cols, int frames)
{
    QDir().mkpath(dir);
    QProcess p;
    p.start(QStringLiteral(PACSDROP_MAKE_SERIES),
            {QStringLiteral("--out"), dir, QStringLiteral("--count"), QString::number(count), QStringLiteral("--rows"),
             QString::number(rows), QStringLiteral("--cols"), QString::number(cols), QStringLiteral("--frames"),
             QString::number(frames)});
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        return {};
    QStringList files = QDir(dir).entryList({QStringLiteral("*.dcm")}, QDir::Files, QDir::Name);
    for (QString &f : files)
        f = dir + u'/' + f;
    return files;
}

QString sopInstanceUidOf(const QString &path)
{
    auto info = readDicomFileInfo(path);
    return info ? info->sopInstanceUid : QString();
}

QString compareDicom(const QString &original, const QString &received)
{
    QProcess p;
    p.start(QStringLiteral(PACSDROP_PYTHON3),
            {QStringLiteral(PACSDROP_TEST_SCRIPTS) + QStringLiteral("/compare_dicom.py"), original, received});
    if (!p.waitForFinished(120000))
        return QStringLiteral("compare_dicom.py did not finish");
    const QString output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
    if (p.exitCode() == 0)
        return {};
    return output.isEmpty() ? QStringLiteral("compare_dicom.py failed") : output;
}

QString transferSyntaxOf(const QString &path)
{
    auto info = readDicomFileInfo(path);
    return info ? info->transferSyntaxUid : QString();
}

Run runPacsdrop(const QStringList &arguments, int timeoutMs)
{
    QProcess p;
    p.start(QStringLiteral(PACSDROP_BINARY), arguments);
    Run run;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

QString dciodvfyErrors(const QString &file)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("dciodvfy"), {file});
    p.waitForFinished(60000);
    QStringList errors;
    for (const QString &line : QString::fromUtf8(p.readAll()).split(u'\n')) {
        if (line.startsWith(QLatin1String("Error")))
            errors << line;
    }
    return errors.join(u'\n');
}

QString makeTestPki(const QString &dir)
{
    QProcess make;
    make.start(QStringLiteral(PACSDROP_TEST_SCRIPTS "/make_pki.sh"), {dir});
    if (!make.waitForFinished(60000) || make.exitCode() != 0)
        return QStringLiteral("make_pki.sh failed: ") + QString::fromLocal8Bit(make.readAllStandardError());
    return {};
}

} // namespace pacsdrop::test
