#pragma once
// What the user searches the Modality Worklist by (PS3.4 K.6-1 matching keys), and the C-FIND
// identifier that asks for it: the matching keys with their values, and every return key a
// scheduled procedure step needs to fill study data (IHE Scheduled Workflow), empty.

#include <QDate>
#include <QString>

#include <memory>

class DcmDataset;

namespace pacsdrop {

struct WorklistCriteria {
    QString patientName;       // DICOM PN, "*" and "?" allowed ("MÜLLER*")
    QString patientId;
    QString accessionNumber;
    QDate dateFrom;            // Scheduled Procedure Step Start Date range; both invalid: any date
    QDate dateTo;
    QString modality;
    QString stationAeTitle;    // Scheduled Station AE Title
};

// The identifier for a worklist C-FIND. Non-ASCII keys are sent as UTF-8 with (0008,0005) ISO_IR 192.
std::unique_ptr<DcmDataset> worklistIdentifier(const WorklistCriteria &criteria);

// "any", "today", "20261130", "20261101-20261130", "20261101-", "-20261130" -> a date range; empty: any.
bool parseDateRange(const QString &text, QDate &from, QDate &to);

} // namespace pacsdrop
