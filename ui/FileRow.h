#pragma once
// One row of the window's file list: what the user added, what it is, whose it is (for a photo,
// PDF or video: the patient and study it was sent as), and what happened to it, in plain words
// for the clinician and in technical words for IT.

#include "common/Error.h"
#include "intake/IntakeItem.h"

#include <QCollatorSortKey>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pacsdrop {

struct FileRow {
    enum class Kind { Dicom, Image, Video, Pdf, Unsupported };
    enum class Status {
        Ready,       // listed, not sent yet
        Queued,      // in the outbox, its turn comes
        Sending,
        Sent,        // the PACS answered success
        Confirmed,   // ... and confirmed keeping it (Storage Commitment or found by a query)
        Warning,     // the PACS stored it with a warning
        Waiting,     // not sent yet for a reason that passes (PACS unreachable); tried again by itself
        Failed,      // not sent; someone has to act
        NotSendable  // damaged, or nothing PacsDrop can send or convert
    };

    IntakeItem item;
    Kind kind = Kind::Unsupported;
    Status status = Status::Ready;
    QString plain;    // what happened, for the clinician ("The PACS 'Orthanc' cannot be reached. ...")
    QString detail;   // what happened, for IT (address, status code, DCMTK's words)
    std::optional<ErrorCode> failure;
    QDateTime retryAt; // Waiting: when PacsDrop tries again
    qint64 size = 0;
    // A converted file: the patient and study it was sent as, read back from the object made.
    QString sentPatientName; // DICOM PN form
    QString sentPatientId;
    QString sentStudyDate;   // DICOM DA form
    QString sentStudyDescription;
    QList<qint64> entries;   // its outbox entries (a PDF may become several objects)
    std::optional<QCollatorSortKey> sortKey; // natural order of the path ("ct_2" before "ct_10")

    bool isDicom() const { return kind == Kind::Dicom; }
    bool needsConversion() const { return kind == Kind::Image || kind == Kind::Video || kind == Kind::Pdf; }
    bool isDelivered() const { return status == Status::Sent || status == Status::Confirmed || status == Status::Warning; }
    bool needsAttention() const { return status == Status::Failed || status == Status::Waiting; }
    // The patient shown for the row: the DICOM header's, or what a converted file was sent as.
    QString patientName() const { return isDicom() ? item.dicom.patientName : sentPatientName; }
    QString patientId() const { return isDicom() ? item.dicom.patientId : sentPatientId; }
    QString studyDate() const { return isDicom() ? item.dicom.studyDate : sentStudyDate; }
    QString studyDescription() const { return isDicom() ? item.dicom.studyDescription : sentStudyDescription; }
};

// Classifies intake items for the list (reads the head of non-DICOM files) and makes their sort
// keys. Blocking: run it on a worker thread.
QList<FileRow> rowsFor(const QList<IntakeItem> &items);
// Reads the files and folders the user added (intake/Intake.h, through the pipeline's table) into
// rows. Blocking: run it on a worker thread.
QList<FileRow> rowsForPaths(const QStringList &paths);

} // namespace pacsdrop
