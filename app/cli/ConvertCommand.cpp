#include "dicom/CharacterSets.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/StudyOptions.h"
#include "convert/Converter.h"
#include "dicom/DicomFileInfo.h"
#include "intake/Intake.h"

#include <QDir>
#include <QTextStream>

namespace pacsdrop::cli {

namespace {

QString describe(const ConvertedObject &o)
{
    QString text = QStringLiteral("%1, %2").arg(uidName(o.sopClassUid), uidName(o.transferSyntaxUid));
    if (o.frames > 0)
        text += QStringLiteral(", %1 frame%2").arg(o.frames).arg(o.frames == 1 ? QString() : QStringLiteral("s"));
    text += QStringLiteral(", %1 kB, %2").arg(o.size / 1000).arg(o.reencoded ? QStringLiteral("re-encoded") : QStringLiteral("copied"));
    if (!o.note.isEmpty())
        text += QStringLiteral(" (") + o.note + u')';
    return text;
}

} // namespace

int convertCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Converts photos, scans, PDFs and videos to DICOM files in DIR, with the patient and study given by --set.\n"
        "Images become Secondary Capture (a baseline JPEG goes in unchanged; other formats losslessly);\n"
        "PDFs become Encapsulated PDF; videos Video Photographic (stream copied when DICOM allows it).\nOne study for the whole batch, one series per kind of input.\n"
        "At least PatientID and PatientName are required. Exit status: 0 when every input was converted."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Write the DICOM files into DIR."),
                                    QStringLiteral("DIR"));
    const StudyOptions study;
    const QCommandLineOption charset(QStringLiteral("charset"),
                                     QStringLiteral("Write text in this Specific Character Set (e.g. \"ISO_IR 100\") instead of Unicode."),
                                     QStringLiteral("TERM"));
    parser.addOptions({output, charset});
    study.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Files or folders to convert."), QStringLiteral("PATH..."));
    CliContext::addCommonOptions(parser);
    parser.process(arguments);

    QTextStream err(stderr);
    if (!parser.isSet(output) || parser.positionalArguments().isEmpty()) {
        err << "pacsdrop convert: give -o DIR and at least one file (see pacsdrop convert --help)" << Qt::endl;
        return ExitUsage;
    }
    auto context = CliContext::create(parser);
    if (!context) {
        err << "pacsdrop: " << context.error().message << Qt::endl;
        return ExitUsage;
    }
    auto parsed = studyDataFrom(parser, study, *context);
    if (!parsed) {
        err << "pacsdrop convert: " << parsed.error().message << Qt::endl;
        return parsed.error().code == ErrorCode::InvalidArgument ? ExitUsage : ExitFailures;
    }
    StudyData data = *parsed;
    applySiteDefaults(data, context->settings.site());
    if (const QString missing = data.missingForConversion(); !missing.isEmpty()) {
        err << "pacsdrop convert: " << missing << Qt::endl;
        return ExitUsage;
    }

    // Folders are walked like for send; DICOM inputs need no conversion.
    QStringList sources;
    int failures = 0;
    for (const IntakeItem &item : collectItems(parser.positionalArguments())) {
        if (item.kind == IntakeItem::Kind::Dicom)
            err << "SKIPPED " << item.path << ": already DICOM" << Qt::endl;
        else if (item.kind == IntakeItem::Kind::Rejected && item.rejection == ErrorCode::NotDicom)
            sources << item.path;
        else if (item.kind == IntakeItem::Kind::Rejected) {
            err << "FAILED  " << item.path << ": " << item.reason << Qt::endl;
            ++failures;
        }
    }
    ConversionSettings conversion = context->settings.conversion();
    if (parser.isSet(charset)) {
        conversion.characterSet = parser.value(charset);
        if (const QString problem = characterSetProblem(conversion.characterSet); !problem.isEmpty()) {
            err << "pacsdrop convert: --charset: " << problem << Qt::endl;
            return ExitUsage;
        }
    }
    const QString dir = QDir(parser.value(output)).absolutePath();
    int made = 0;
    for (const ConversionItem &item : convertFiles(sources, data, dir, conversion)) {
        if (item.error) {
            err << "FAILED  " << item.source << ": " << item.error->message << Qt::endl;
            ++failures;
            continue;
        }
        for (const ConvertedObject &o : item.objects) {
            err << "OK      " << item.source << " -> " << o.path << ": " << describe(o) << Qt::endl;
            ++made;
        }
    }
    err << "made " << made << " DICOM file(s) in " << dir;
    if (failures > 0)
        err << "; " << failures << " input(s) failed";
    err << Qt::endl;
    return failures == 0 ? ExitOk : ExitFailures;
}

} // namespace pacsdrop::cli
