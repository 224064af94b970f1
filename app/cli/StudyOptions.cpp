#include "cli/StudyOptions.h"

#include "lookup/StudySource.h"

namespace pacsdrop::cli {

StudyOptions::StudyOptions()
    : set(QStringLiteral("set"),
          QStringLiteral("For non-DICOM inputs: set an attribute by DICOM keyword, e.g. "
                         "--set PatientName=\"Müller^Anna\" --set PatientID=123 "
                         "--set StudyDescription=\"Wound photo\" --set Modality=XC."),
          QStringLiteral("KEYWORD=VALUE")),
      worklist(QStringLiteral("worklist"), QStringLiteral("Take patient and study from this worklist device's item with --accession."),
               QStringLiteral("TARGET")),
      accession(QStringLiteral("accession"), QStringLiteral("The accession number of the worklist item to use."), QStringLiteral("A")),
      query(QStringLiteral("query"), QStringLiteral("Attach to a study on this PACS (query device), given by --study-uid."),
            QStringLiteral("TARGET")),
      studyUid(QStringLiteral("study-uid"), QStringLiteral("The Study Instance UID of the study to attach to."), QStringLiteral("UID"))
{
}

void StudyOptions::addTo(QCommandLineParser &parser) const { parser.addOptions({set, worklist, accession, query, studyUid}); }

bool StudyOptions::usesLookup(const QCommandLineParser &parser) const { return parser.isSet(worklist) || parser.isSet(query); }

Result<StudyData> studyDataFrom(const QCommandLineParser &parser, const StudyOptions &options, const CliContext &context)
{
    StudySource source;
    for (const QString &assignment : parser.values(options.set)) {
        const qsizetype eq = assignment.indexOf(u'=');
        if (eq <= 0)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("--set needs KEYWORD=VALUE (got \"%1\")").arg(assignment));
        source.attributes.append({assignment.left(eq).trimmed(), assignment.mid(eq + 1)});
    }
    source.worklistDevice = parser.value(options.worklist);
    source.accession = parser.value(options.accession);
    source.queryDevice = parser.value(options.query);
    source.studyUid = parser.value(options.studyUid);
    const StudySourceNames names{QStringLiteral("--set"), QStringLiteral("--worklist"), QStringLiteral("--accession"),
                                 QStringLiteral("--query"), QStringLiteral("--study-uid")};
    return resolveStudySource(source, context.settings, names);
}

} // namespace pacsdrop::cli
