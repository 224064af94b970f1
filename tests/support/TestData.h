#pragma once
// Test data: pydicom's real sample files, synthetic series made at test time, and helpers to
// run the pacsdrop binary and compare DICOM content with pydicom.

#include <QString>
#include <QStringList>

namespace pacsdrop::test {

// /usr/lib/python3/dist-packages/pydicom/data/test_files/<name> (or charset_files/<name>).
QString pydicomFile(const QString &name);
QString pydicomCharsetFile(const QString &name);

// Writes count synthetic CT instances (or one multi-frame object when frames > 1) into dir.
QStringList makeSeries(const QString &dir, int count, int rows = 64, int cols = 64, int frames = 1);

// The test PKI (tests/scripts/make_pki.sh) in dir: "" when made, else what went wrong.
QString makeTestPki(const QString &dir);

// The SOP Instance UID of a DICOM file (empty when unreadable).
QString sopInstanceUidOf(const QString &path);

// Compares two DICOM files with pydicom: every data element outside the file meta group, pixel
// data included. Empty when equal, else the differences.
QString compareDicom(const QString &original, const QString &received);
// dciodvfy's "Error" lines for a file (empty: it passes).
QString dciodvfyErrors(const QString &file);
// The transfer syntax UID in a file's meta header.
QString transferSyntaxOf(const QString &path);

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs the pacsdrop binary with arguments; waits at most timeoutMs.
Run runPacsdrop(const QStringList &arguments, int timeoutMs = 120000);

} // namespace pacsdrop::test
