#pragma once
// A ZIP archive of files, produced piece by piece while it is sent (the console's study download):
// never held whole in memory nor written to disk first. Members are stored, not compressed (DICOM
// pixel data is mostly compressed already, and storing keeps the size known in advance, so the
// answer carries a Content-Length). Each member's CRC-32 is computed while it is read and written
// after it (a data descriptor, general purpose bit 3). Names are UTF-8 (bit 11). ZIP64 records are
// written when the archive reaches 4 GiB or 65,535 members. A file that changes size while it is
// read ends the stream with an error (the receiver sees a short answer, never a wrong archive).
// Format: PKWARE APPNOTE.TXT 6.3 (sections 4.3, 4.4, 4.5.3).

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

    // forceZip64: the ZIP64 records even for a small archive (tests).
    explicit ZipStream(QList<Member> members, bool forceZip64 = false);
    ~ZipStream();

    qint64 totalSize() const { return m_total; }
    bool atEnd() const { return m_phase == Phase::Done; }
    // The next piece of the archive, at most maxBytes (a header may be shorter).
    Result<QByteArray> next(qint64 maxBytes);

private:
    enum class Phase { LocalHeader, Data, Descriptor, Central, Done };
    QByteArray localHeader(int index) const;
    QByteArray descriptor(int index) const;
    QByteArray centralDirectory() const;
    qint64 localHeaderSize(int index) const;

    QList<Member> m_members;
    QList<quint32> m_crc;
    QList<qint64> m_offset; // where each member's local header starts
    bool m_zip64 = false;
    qint64 m_total = 0;
    Phase m_phase = Phase::LocalHeader;
    int m_index = 0;
    qint64 m_readOfMember = 0;
    std::unique_ptr<QFile> m_file;
};

} // namespace pacsdrop
