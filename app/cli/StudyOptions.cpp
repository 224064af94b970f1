#include "cli/StudyOptions.h"

#include "lookup/LookupTarget.h"
#include "lookup/StudyFromLookup.h"
#include "net/Target.h"

namespace pacsdrop::cli {

namespace {

// Who the patient is and which study: a lookup gives these, and --set must not override them.
const QStringList kIdentityKeywords{QStringLiteral("PatientName"), QStringLiteral("PatientID"), QStringLiteral("IssuerOfPatientID"),
                                    QStringLiteral("PatientBirthDate"), QStringLiteral("PatientSex"), QStringLiteral("StudyInstanceUID"),
                                    QStringLiteral("AccessionNumber")};

} // namespace

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
    StudyData data;
    const bool lookup = options.usesLookup(parser);
    for (const QString &assignment : parser.values(options.set)) {
        const qsizetype eq = assignment.indexOf(u'=');
        if (eq <= 0)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("--set needs KEYWORD=VALUE (got \"%1\")").arg(assignment));
        const QString keyword = assignment.left(eq).trimmed();
        if (lookup && kIdentityKeywords.contains(keyword))
            return fail(ErrorCode::InvalidArgument, QStringLiteral("--set %1: comes from the %2; it is not typed in")
                                                        .arg(keyword, parser.isSet(options.worklist) ? QStringLiteral("worklist item")
                                                                                                     : QStringLiteral("study on the PACS")));
        if (auto r = data.set(keyword, assignment.mid(eq + 1)); !r)
            return std::unexpected(r.error());
    }
    if (parser.isSet(options.worklist) && parser.isSet(options.query))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("give --worklist or --query, not both"));
    if (parser.isSet(options.worklist)) {
        if (!parser.isSet(options.accession))
            return fail(ErrorCode::InvalidArgument, QStringLiteral("--worklist needs --accession A (which scheduled procedure)"));
        auto device = resolveLookupTarget(context.settings.worklistDevices(), parser.value(options.worklist), QStringLiteral("worklist"));
        if (!device)
            return std::unexpected(device.error());
        auto steps = worklistStepsByAccession(*device, callingAeTitle(context.settings, device->connection), parser.value(options.accession));
        if (!steps)
            return std::unexpected(steps.error());
        return studyDataFromWorklist(*steps, data);
    }
    if (parser.isSet(options.query)) {
        if (!parser.isSet(options.studyUid))
            return fail(ErrorCode::InvalidArgument, QStringLiteral("--query needs --study-uid U (which study)"));
        auto device = resolveLookupTarget(context.settings.queryDevices(), parser.value(options.query), QStringLiteral("query"));
        if (!device)
            return std::unexpected(device.error());
        auto study = studyByUid(*device, callingAeTitle(context.settings, device->connection), parser.value(options.studyUid));
        if (!study)
            return std::unexpected(study.error());
        return studyDataFromStudy(*study, data);
    }
    if (parser.isSet(options.accession) || parser.isSet(options.studyUid))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("--accession goes with --worklist, --study-uid with --query"));
    if (const QString problem = data.validate(); !problem.isEmpty())
        return fail(ErrorCode::InvalidArgument, problem);
    return data;
}

} // namespace pacsdrop::cli
