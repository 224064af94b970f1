#pragma once
// Using what was found: study data for new objects taken from the worklist (IHE Scheduled
// Workflow: Study Instance UID, accession, referring physician, demographics copied, one Request
// Attributes item per scheduled step) or from a study on the PACS (new series attached to it).
// Demographics are copied as they came, never re-typed. Also: which DICOM files being sent with
// them belong to another patient (to be warned about, not silently mixed).

#include "common/Error.h"
#include "convert/StudyData.h"
#include "intake/IntakeItem.h"
#include "lookup/QueryResult.h"
#include "lookup/WorklistItem.h"
#include "settings/LookupDevice.h"

#include <QList>
#include <QStringList>

namespace pacsdrop {

// steps: the scheduled steps being fulfilled — one, or several of one order ("group case"); they
// must be for the same patient and study. base: what the user set besides (series, equipment, ...).
Result<StudyData> studyDataFromWorklist(const QList<WorklistItem> &steps, StudyData base);
StudyData studyDataFromStudy(const QueryResult &study, StudyData base);

// The scheduled steps with this accession number on the worklist device (at least one).
Result<QList<WorklistItem>> worklistStepsByAccession(const LookupDevice &device, const QString &callingAe, const QString &accession);
// The study with this Study Instance UID on the query device (exactly one).
Result<QueryResult> studyByUid(const LookupDevice &device, const QString &callingAe, const QString &studyUid);

// One line per DICOM item whose patient differs from the chosen one (ID, or name ignoring case).
QStringList demographicMismatches(const StudyData &chosen, const QList<IntakeItem> &items);

} // namespace pacsdrop
