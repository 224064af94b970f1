#pragma once
// A ZIP archive of files, produced piece by piece while it is sent (the console's study download):
// never held whole in memory nor written to disk first. Members are not compressed (DICOM pixel
// data mostly is already): they are deflated with stored blocks only (RFC 1951 3.2.4), which keeps
// the size known in advance (the answer carries a Content-Length) and lets every reader, Java's
// ZipInputStream too, take the data descriptor. Each member's CRC-32 is computed while it is read and written
// after it (a data descriptor, general purpose bit 3). Names are UTF-8 (bit 11). ZIP64 records are
// written where a value does not fit 32 bits: a member's sizes (then its local header carries the
// ZIP64 extra and its descriptor 8-byte sizes), its offset, the directory past 4 GiB or 65,535 members. A file that changes size while it is
// read ends the stream with an error (the receiver sees a short answer, never a wrong archive).
// Format: PKWARE APPNOTE.TXT 6.3 (sections 4.3, 4.4, 4.5.3); RFC 1951 for the blocks.

#include "common/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QList>
#include <QString>

#include <memory>

namespace pacsdrop {

class ZipStream {
public:
    struct Member {
        QString name;      // inside the archive ("1.2.3/4.5.6.dcm")
        QString path;      // on disk
        qint64 size = 0;   // as listed; the file must still have it when read
        QDateTime modified;
    };

    // For tests: the ZIP64 records a small archive would not need — those of an archive past 4 GiB
    // of small files (offsets and end records), or those of members past 4 GiB too (everything).
    enum class ForceZip64 { No, Offsets, Everything };
    explicit ZipStream(QList<Member> members, ForceZip64 force = ForceZip64::No);
    ~ZipStream();

    qint64 totalSize() const { return m_total; }
    bool atEnd() const { return m_phase == Phase::Done; }
    // The next piece of the archive: about maxBytes (whole blocks of at most 64 KiB; a header is shorter).
    Result<QByteArray> next(qint64 maxBytes);

private:
    enum class Phase { LocalHeader, Data, Descriptor, Central, Done };
    QByteArray localHeader(int index) const;
    QByteArray descriptor(int index) const;
    QByteArray centralDirectory() const;
    qint64 localHeaderSize(int index) const;
    qint64 descriptorSize(int index) const;
    bool sizesZip64(int index) const;
    bool offsetZip64(int index) const;
    int centralExtraSize(int index) const; // the ZIP64 extra's data in the central directory (0: none)

    QList<Member> m_members;
    ForceZip64 m_force = ForceZip64::No;
    QList<quint32> m_crc;
    QList<qint64> m_offset; // where each member's local header starts
    qint64 m_centralStart = 0;
    qint64 m_centralSize = 0;
    bool m_zip64End = false; // the ZIP64 end records
    qint64 m_total = 0;
    Phase m_phase = Phase::LocalHeader;
    int m_index = 0;
    qint64 m_readOfMember = 0;
    std::unique_ptr<QFile> m_file;
};

} // namespace pacsdrop
