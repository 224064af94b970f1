#include "cli/StudyOptions.h"

namespace pacsdrop::cli {

QCommandLineOption studySetOption()
{
    return QCommandLineOption(QStringLiteral("set"),
                              QStringLiteral("For non-DICOM inputs: set an attribute by DICOM keyword, e.g. "
                                             "--set PatientName=\"Müller^Anna\" --set PatientID=123 "
                                             "--set StudyDescription=\"Wound photo\" --set Modality=XC."),
                              QStringLiteral("KEYWORD=VALUE"));
}

Result<StudyData> studyDataFrom(const QCommandLineParser &parser, const QCommandLineOption &set)
{
    StudyData data;
    for (const QString &assignment : parser.values(set)) {
        const qsizetype eq = assignment.indexOf(u'=');
        if (eq <= 0)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("--set needs KEYWORD=VALUE (got \"%1\")").arg(assignment));
        if (auto r = data.set(assignment.left(eq).trimmed(), assignment.mid(eq + 1)); !r)
            return std::unexpected(r.error());
    }
    if (const QString problem = data.validate(); !problem.isEmpty())
        return fail(ErrorCode::InvalidArgument, problem);
    return data;
}

} // namespace pacsdrop::cli
