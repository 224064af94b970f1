#pragma once
// Shared by the fuzz targets: the entry point libFuzzer calls, and a scratch file for the parts
// of PacsDrop that read from a path (intake, settings). Each target defines
// LLVMFuzzerTestOneInput; built with clang's -fsanitize=fuzzer it is driven by libFuzzer
// (scripts/fuzz.sh), built without it ReplayMain.cpp runs it over stored inputs (the CTest
// regression run of every crash the fuzzers found, and of the seeds).

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace pacsdrop::fuzz {

inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// A file holding the input, rewritten for each run; the folder lives as long as the process.
inline QString scratchFile(const QByteArray &bytes, const QString &name)
{
    static QTemporaryDir dir(QStringLiteral("/dev/shm/pacsdrop-fuzz-XXXXXX"));
    const QString path = (dir.isValid() ? dir.path() : QStringLiteral("/tmp")) + u'/' + name;
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
    return path;
}

// Splits the input at its first newline: a short header-like first part, then the rest.
inline std::pair<QByteArray, QByteArray> splitFirstLine(const QByteArray &bytes)
{
    const qsizetype newline = bytes.indexOf('\n');
    if (newline < 0)
        return {bytes, {}};
    return {bytes.left(newline), bytes.mid(newline + 1)};
}

} // namespace pacsdrop::fuzz
