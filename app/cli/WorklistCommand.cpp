#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/LookupRun.h"
#include "lookup/LookupTarget.h"
#include "lookup/WorklistItem.h"
#include "lookup/WorklistQuery.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdatset.h"
#include "dcmtk/dcmdata/dcuid.h"

#include <QTextStream>

namespace pacsdrop::cli {

int worklistCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Searches a Modality Worklist (C-FIND) and lists the scheduled procedure steps: patient, accession,\n"
        "requested procedure, scheduled step, referring physician, Study Instance UID. Names may use * and ?."));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Worklist device: a name from the settings, or AET@host:port."),
                                  QStringLiteral("TARGET"));
    const QCommandLineOption name(QStringLiteral("patient-name"), QStringLiteral("Patient name, e.g. \"MÜLLER*\"."), QStringLiteral("P"));
    const QCommandLineOption id(QStringLiteral("patient-id"), QStringLiteral("Patient ID."), QStringLiteral("I"));
    const QCommandLineOption accession(QStringLiteral("accession"), QStringLiteral("Accession number."), QStringLiteral("A"));
    const QCommandLineOption date(QStringLiteral("date"), QStringLiteral("Scheduled date: YYYYMMDD, YYYYMMDD-YYYYMMDD, today or any."),
                                  QStringLiteral("D"));
    const QCommandLineOption modality(QStringLiteral("modality"), QStringLiteral("Scheduled modality, e.g. XC."), QStringLiteral("M"));
    const QCommandLineOption station(QStringLiteral("station-aet"), QStringLiteral("Scheduled station AE title."), QStringLiteral("AET"));
    const QCommandLineOption charset(QStringLiteral("charset"),
                                     QStringLiteral("Character set of answers that do not name one (default: the device's, else ISO_IR 100)."), QStringLiteral("TERM"));
    const QCommandLineOption max(QStringLiteral("max"), QStringLiteral("Show at most N results (default 500)."), QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the results as a JSON array."));
    parser.addOptions({from, name, id, accession, date, modality, station, charset, max, json});
    CliContext::addCommonOptions(parser);
    parser.process(arguments);

    QTextStream err(stderr);
    if (!parser.isSet(from)) {
        err << "pacsdrop worklist: give --from TARGET (see pacsdrop worklist --help)" << Qt::endl;
        return ExitUsage;
    }
    auto context = CliContext::create(parser);
    if (!context) {
        err << "pacsdrop: " << context.error().message << Qt::endl;
        return ExitUsage;
    }
    auto source = resolveLookupTarget(context->settings.worklistDevices(), parser.value(from), QStringLiteral("worklist"));
    if (!source) {
        err << "pacsdrop worklist: " << source.error().message << Qt::endl;
        return ExitUsage;
    }
    // Options given on the command line win; the rest come from the device's default criteria.
    const LookupDefaults &defaults = source->defaults;
    WorklistCriteria criteria;
    criteria.patientName = parser.value(name);
    criteria.patientId = parser.value(id);
    criteria.accessionNumber = parser.value(accession);
    criteria.modality = parser.isSet(modality) ? parser.value(modality) : defaults.modality;
    criteria.stationAeTitle = parser.isSet(station) ? parser.value(station) : defaults.stationAeTitle;
    if (!parseDateRange(parser.isSet(date) ? parser.value(date) : defaults.date, criteria.dateFrom, criteria.dateTo)) {
        err << "pacsdrop worklist: --date must be YYYYMMDD, YYYYMMDD-YYYYMMDD, YYYYMMDD-, -YYYYMMDD or today" << Qt::endl;
        return ExitUsage;
    }
    bool ok = true;
    const int cap = parser.isSet(max) ? parser.value(max).toInt(&ok) : 500;
    if (!ok || cap < 1) {
        err << "pacsdrop worklist: --max must be a positive number" << Qt::endl;
        return ExitUsage;
    }
    // Many worklist servers send no (0008,0005); Latin-1 is the usual European default.
    const QString fallback = parser.isSet(charset) ? parser.value(charset) : source->fallbackCharacterSet;

    const auto identifier = worklistIdentifier(criteria);
    const LookupRun run{QStringLiteral("worklist"), UID_FINDModalityWorklistInformationModel, identifier.get(), cap, fallback,
                        parser.isSet(json)};
    return runLookup(*context, *source, run, [](DcmDataset &response, QString &line) {
        const WorklistItem item = worklistItemFrom(response);
        line = QStringLiteral("%1  %2  %3  %4 %5  %6  %7")
                   .arg(item.accessionNumber, -10).arg(item.patientId, -12).arg(item.patientName, -28)
                   .arg(item.scheduledStartDate, item.scheduledStartTime.left(4), item.modality, item.requestedProcedureDescription);
        return item.toJson();
    });
}

} // namespace pacsdrop::cli
