#pragma once
// One row of the window's file list: what the user added, what it is, whose it is, and what
// happened to it.

#include "intake/IntakeItem.h"

#include <QString>

namespace pacsdrop {

struct FileRow {
    enum class Kind { Dicom, Image, Video, Pdf, Unsupported };
    enum class Status { Ready, Queued, Sending, Sent, Failed, NotSendable };

    IntakeItem item;
    Kind kind = Kind::Unsupported;
    Status status = Status::Ready;
    QString statusText;   // the reason when failed or not sendable; a note when sent with a warning
    qint64 size = 0;

    bool isDicom() const { return kind == Kind::Dicom; }
    bool needsConversion() const { return kind == Kind::Image || kind == Kind::Video || kind == Kind::Pdf; }
};

// Classifies intake items for the list (reads the head of non-DICOM files). Blocking: run it on a
// worker thread.
QList<FileRow> rowsFor(const QList<IntakeItem> &items);

} // namespace pacsdrop
