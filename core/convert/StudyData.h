#pragma once
// The one model every converter fills from: who the patient is, which study and series the new
// objects belong to, and any other attribute by DICOM keyword. Text is Unicode; writing it
// chooses the Specific Character Set (ASCII: none, else ISO_IR 192). validate() checks DICOM
// value limits and dates and names the field.

#include "common/Error.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QTime>

class DcmItem;

namespace pacsdrop {

struct PersonName {
    QString family, given, middle, prefix, suffix;  // the alphabetic component group
    QString ideographic, phonetic;                   // the other groups as they are ("山田^太郎"), e.g. from a worklist
    // DICOM PN form "Family^Given^Middle^Prefix^Suffix[=ideographic[=phonetic]]", trailing empty parts dropped.
    QString toDicom() const;
    static PersonName fromDicom(const QString &value);
    bool isEmpty() const { return toDicom().isEmpty(); }
};

// One scheduled step these objects fulfil: an item of the Request Attributes Sequence (0040,0275),
// as IHE Scheduled Workflow copies it from the worklist.
struct RequestedStep {
    QString accessionNumber;
    QString requestedProcedureId;
    QString requestedProcedureDescription;
    QString scheduledStepId;
    QString scheduledStepDescription;

    friend bool operator==(const RequestedStep &, const RequestedStep &) = default;
};

struct StudyData {
    // Patient
    PersonName patientName;
    QString patientId;
    QString issuerOfPatientId;
    QDate birthDate;
    QString sex; // M, F, O or empty
    // Study
    QString studyInstanceUid; // empty: a new one per batch
    QDate studyDate;
    QTime studyTime;
    QString studyDescription;
    QString accessionNumber;
    PersonName referringPhysician;
    QString studyId;
    // Series (one per input kind within the batch)
    QString modality;
    QString seriesDescription;
    int seriesNumber = 0; // 0: chosen per input kind
    // Equipment
    QString institutionName;
    QString stationName;
    // Any other attribute, by DICOM keyword ("ImageComments" -> "text").
    QMap<QString, QString> extra;
    // Scheduled steps fulfilled (from a worklist); written as the Request Attributes Sequence.
    QList<RequestedStep> requests;

    // Empty when valid, else "field: problem" (the first of problems()).
    QString validate() const;
    // Every problem, each "field: problem", so a form can show them all at once.
    QStringList problems() const;
    // Sets "Keyword=value" from the command line (--set); the named fields go to their members.
    Result<void> set(const QString &keyword, const QString &value);
    // What a non-DICOM input needs at least.
    QString missingForConversion() const;
};

// True when every character is in DICOM's default repertoire (ASCII without control characters).
bool isAsciiText(const QString &text);

// Whether keyword is a DICOM attribute keyword (PS3.6) that PacsDrop can set. Common ones
// (keywordsKnownWithoutDictionary) are answered without reading DCMTK's dictionary;
// dictionaryHasKeyword always asks it.
bool isDicomKeyword(const QString &keyword);
bool dictionaryHasKeyword(const QString &keyword);
QStringList keywordsKnownWithoutDictionary();

// A new UID in the 2.25.<128-bit UUID as a decimal number> form (PS3.5 B.2): no registered root needed.
QString newUid();

// Writes the patient, study, series and equipment attributes into a dataset, in UTF-8 with
// (0008,0005) "ISO_IR 192" when any text is not ASCII. seriesUid and seriesNumber are the
// series this object belongs to.
Result<void> writeStudyData(const StudyData &data, const QString &studyUid, const QString &seriesUid, int seriesNumber,
                            DcmItem &dataset);

} // namespace pacsdrop
