#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/LookupRun.h"
#include "lookup/LookupTarget.h"
#include "lookup/QueryRequest.h"
#include "lookup/QueryResult.h"
#include "lookup/WorklistQuery.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdatset.h"

#include <QTextStream>

namespace pacsdrop::cli {

int queryCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Searches a PACS (Query/Retrieve C-FIND) for patients or studies, to attach new series to a study\n"
        "that exists. Names may use * and ?."));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Query device: a name from the settings, or AET@host:port."),
                                  QStringLiteral("TARGET"));
    const QCommandLineOption level(QStringLiteral("level"), QStringLiteral("patient or study (default: the device's, else study)."),
                                   QStringLiteral("LEVEL"));
    const QCommandLineOption root(QStringLiteral("root"), QStringLiteral("Information model: patient or study root (default: the device's, else study)."),
                                  QStringLiteral("ROOT"));
    const QCommandLineOption name(QStringLiteral("patient-name"), QStringLiteral("Patient name, e.g. \"MÜLLER*\"."), QStringLiteral("P"));
    const QCommandLineOption id(QStringLiteral("patient-id"), QStringLiteral("Patient ID."), QStringLiteral("I"));
    const QCommandLineOption birth(QStringLiteral("birth-date"), QStringLiteral("Patient's birth date, YYYYMMDD."), QStringLiteral("D"));
    const QCommandLineOption accession(QStringLiteral("accession"), QStringLiteral("Accession number (study level)."), QStringLiteral("A"));
    const QCommandLineOption date(QStringLiteral("date"), QStringLiteral("Study date: YYYYMMDD, YYYYMMDD-YYYYMMDD, today or any."),
                                  QStringLiteral("D"));
    const QCommandLineOption modality(QStringLiteral("modality"), QStringLiteral("A modality in the study, e.g. CT."), QStringLiteral("M"));
    const QCommandLineOption description(QStringLiteral("description"), QStringLiteral("Study description."), QStringLiteral("TEXT"));
    const QCommandLineOption studyUid(QStringLiteral("study-uid"), QStringLiteral("Study Instance UID."), QStringLiteral("UID"));
    const QCommandLineOption charset(QStringLiteral("charset"),
                                     QStringLiteral("Character set of answers that do not name one (default: the device's, else ISO_IR 100)."),
                                     QStringLiteral("TERM"));
    const QCommandLineOption max(QStringLiteral("max"), QStringLiteral("Show at most N results (default 500)."), QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the results as a JSON array."));
    parser.addOptions({from, level, root, name, id, birth, accession, date, modality, description, studyUid, charset, max, json});
    CliContext::addCommonOptions(parser);
    parser.process(arguments);

    QTextStream err(stderr);
    if (!parser.isSet(from)) {
        err << "pacsdrop query: give --from TARGET (see pacsdrop query --help)" << Qt::endl;
        return ExitUsage;
    }
    auto context = CliContext::create(parser);
    if (!context) {
        err << "pacsdrop: " << context.error().message << Qt::endl;
        return ExitUsage;
    }
    auto source = resolveLookupTarget(context->settings.queryDevices(), parser.value(from), QStringLiteral("query"));
    if (!source) {
        err << "pacsdrop query: " << source.error().message << Qt::endl;
        return ExitUsage;
    }
    QueryCriteria criteria;
    const auto parsedRoot = parser.isSet(root) ? parseQueryRoot(parser.value(root)) : source->defaults.root;
    const auto parsedLevel = parser.isSet(level) ? parseQueryLevel(parser.value(level)) : source->defaults.level;
    if (!parsedRoot || !parsedLevel) {
        err << "pacsdrop query: --root and --level must be patient or study" << Qt::endl;
        return ExitUsage;
    }
    criteria.root = *parsedRoot;
    criteria.level = *parsedLevel;
    criteria.patientName = parser.value(name);
    criteria.patientId = parser.value(id);
    criteria.patientBirthDate = parser.value(birth);
    criteria.accessionNumber = parser.value(accession);
    criteria.modality = parser.value(modality);
    criteria.studyDescription = parser.value(description);
    criteria.studyInstanceUid = parser.value(studyUid);
    // A study query found by its UID needs no date; otherwise the device's default date applies.
    const QString dateText = parser.isSet(date) ? parser.value(date) : criteria.studyInstanceUid.isEmpty() ? source->defaults.date : QString();
    if (!parseDateRange(dateText, criteria.studyDateFrom, criteria.studyDateTo)) {
        err << "pacsdrop query: --date must be YYYYMMDD, YYYYMMDD-YYYYMMDD, YYYYMMDD-, -YYYYMMDD, today or any" << Qt::endl;
        return ExitUsage;
    }
    if (criteria.level == QueryLevel::Patient && (criteria.studyDateFrom.isValid() || criteria.studyDateTo.isValid()) && parser.isSet(date)) {
        err << "pacsdrop query: --date is a study-level key; use --level study" << Qt::endl;
        return ExitUsage;
    }
    if (criteria.level == QueryLevel::Patient) // the device's default date does not apply to patients
        criteria.studyDateFrom = criteria.studyDateTo = QDate();
    auto identifier = queryIdentifier(criteria);
    if (!identifier) {
        err << "pacsdrop query: " << identifier.error().message << Qt::endl;
        return ExitUsage;
    }
    bool ok = true;
    const int cap = parser.isSet(max) ? parser.value(max).toInt(&ok) : 500;
    if (!ok || cap < 1) {
        err << "pacsdrop query: --max must be a positive number" << Qt::endl;
        return ExitUsage;
    }
    const QString fallback = parser.isSet(charset) ? parser.value(charset) : source->fallbackCharacterSet;
    const LookupRun run{QStringLiteral("query"), querySopClass(criteria.root), identifier->get(), cap, fallback, parser.isSet(json)};
    return runLookup(*context, *source, run, [](DcmDataset &response, QString &line) {
        const QueryResult r = queryResultFrom(response);
        if (r.level == QLatin1String("PATIENT"))
            line = QStringLiteral("%1  %2  %3 %4").arg(r.patientId, -12).arg(r.patientName, -28).arg(r.patientBirthDate, r.patientSex);
        else
            line = QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                       .arg(r.studyDate, -8).arg(r.accessionNumber, -10).arg(r.patientId, -12).arg(r.patientName, -24)
                       .arg(r.modalitiesInStudy, -6).arg(r.studyDescription, r.studyInstanceUid);
        return r.toJson();
    });
}

} // namespace pacsdrop::cli
