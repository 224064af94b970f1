#pragma once
// Where the study data for new objects comes from, as every front asks for it: attributes typed
// by DICOM keyword, or a worklist item (by accession number) or a study on a PACS (by Study
// Instance UID) with typed attributes adding what the lookup does not give. The command line and
// the HTTP API both resolve it here, so they accept and refuse the same things.

#include "common/Error.h"
#include "convert/StudyData.h"
#include "settings/Settings.h"

#include <QList>
#include <utility>

namespace pacsdrop {

struct StudySource {
    QList<std::pair<QString, QString>> attributes; // keyword, value
    QString worklistDevice;                        // a worklist device name, or AET@host:port
    QString accession;
    QString queryDevice;                           // a query device name, or AET@host:port
    QString studyUid;

    bool usesLookup() const { return !worklistDevice.isEmpty() || !queryDevice.isEmpty(); }
};

// How a front names these fields in its messages ("--set" on the command line, "study" in the API).
struct StudySourceNames {
    QString attribute, worklist, accession, query, studyUid;
};

// The study data (asking the worklist or PACS when told to); an error names the bad field or says
// what the lookup found. Blocking when a lookup is asked for.
Result<StudyData> resolveStudySource(const StudySource &source, const Settings &settings, const StudySourceNames &names);

} // namespace pacsdrop
