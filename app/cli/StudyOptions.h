#pragma once
// The options convert and send share for non-DICOM inputs: --set KEYWORD=VALUE, or the study data
// taken from a worklist item (--worklist TARGET --accession A) or from a study on a PACS
// (--query TARGET --study-uid U), with --set then adding what the lookup does not give.

#include "cli/CliContext.h"
#include "convert/StudyData.h"

#include <QCommandLineParser>

namespace pacsdrop::cli {

struct StudyOptions {
    QCommandLineOption set;
    QCommandLineOption worklist;
    QCommandLineOption accession;
    QCommandLineOption query;
    QCommandLineOption studyUid;

    StudyOptions();
    void addTo(QCommandLineParser &parser) const;
    bool usesLookup(const QCommandLineParser &parser) const;
};

// The study data the options describe (asking the worklist or PACS when told to); an error names
// the bad option or says what the lookup found.
Result<StudyData> studyDataFrom(const QCommandLineParser &parser, const StudyOptions &options, const CliContext &context);

} // namespace pacsdrop::cli
