#include "lookup/StudySource.h"

#include "lookup/LookupTarget.h"
#include "lookup/StudyFromLookup.h"
#include "net/Target.h"

namespace pacsdrop {

namespace {

// Who the patient is and which study: a lookup gives these, and typed attributes must not override them.
const QStringList kIdentityKeywords{QStringLiteral("PatientName"), QStringLiteral("PatientID"), QStringLiteral("IssuerOfPatientID"),
                                    QStringLiteral("PatientBirthDate"), QStringLiteral("PatientSex"), QStringLiteral("StudyInstanceUID"),
                                    QStringLiteral("AccessionNumber")};

} // namespace

Result<StudyData> resolveStudySource(const StudySource &source, const Settings &settings, const StudySourceNames &names)
{
    const bool fromWorklist = !source.worklistDevice.isEmpty();
    const bool fromQuery = !source.queryDevice.isEmpty();
    StudyData data;
    for (const auto &[keyword, value] : source.attributes) {
        if (source.usesLookup() && kIdentityKeywords.contains(keyword))
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("%1 %2: comes from the %3; it is not typed in")
                            .arg(names.attribute, keyword, fromWorklist ? QStringLiteral("worklist item") : QStringLiteral("study on the PACS")));
        if (auto r = data.set(keyword, value); !r)
            return std::unexpected(r.error());
    }
    if (fromWorklist && fromQuery)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("give %1 or %2, not both").arg(names.worklist, names.query));
    if (fromWorklist) {
        if (source.accession.isEmpty())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("%1 needs %2 (which scheduled procedure)").arg(names.worklist, names.accession));
        auto device = resolveLookupTarget(settings.worklistDevices(), source.worklistDevice, QStringLiteral("worklist"));
        if (!device)
            return std::unexpected(device.error());
        auto steps = worklistStepsByAccession(*device, callingAeTitle(settings, device->connection), source.accession);
        if (!steps)
            return std::unexpected(steps.error());
        return studyDataFromWorklist(*steps, data);
    }
    if (fromQuery) {
        if (source.studyUid.isEmpty())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("%1 needs %2 (which study)").arg(names.query, names.studyUid));
        auto device = resolveLookupTarget(settings.queryDevices(), source.queryDevice, QStringLiteral("query"));
        if (!device)
            return std::unexpected(device.error());
        auto study = studyByUid(*device, callingAeTitle(settings, device->connection), source.studyUid);
        if (!study)
            return std::unexpected(study.error());
        return studyDataFromStudy(*study, data);
    }
    if (!source.accession.isEmpty() || !source.studyUid.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("%1 goes with %2, %3 with %4").arg(names.accession, names.worklist, names.studyUid, names.query));
    if (const QString problem = data.validate(); !problem.isEmpty())
        return fail(ErrorCode::InvalidArgument, problem);
    return data;
}

} // namespace pacsdrop
