#include "lookup/StudyFromLookup.h"
#include "cli/Cancellation.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/ConsoleReporter.h"
#include "cli/StudyOptions.h"
#include "convert/Converter.h"
#include "dicom/DicomFileInfo.h"
#include "outbox/Spool.h"
#include "delivery/OutboxRunner.h"
#include "intake/Intake.h"
#include "net/Target.h"
#include "settings/AppPaths.h"

#include <QTextStream>

namespace pacsdrop::cli {

int sendCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Sends DICOM files to a PACS. Folders are searched recursively; a DICOMDIR sends the files it lists.\n"
                       "Photos, scans and PDFs are converted first, with the patient given by --set (see pacsdrop convert).\n"
                       "Every file is first recorded in the outbox, so an interrupted send is finished by the next "
                       "\"send\" or \"queue resume\". Files left pending by an earlier run are sent too.\n"
                       "Exit status: 0 when every file was delivered, 1 when any failed, 2 for usage errors."));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Destination: a device name or AET@host:port "
                                                                     "(default: the default device)."),
                                QStringLiteral("TARGET"));
    const QCommandLineOption parallel(QStringLiteral("parallel"),
                                      QStringLiteral("Associations in parallel (default: the device's setting)."),
                                      QStringLiteral("N"));
    const StudyOptions study;
    parser.addOptions({to, parallel});
    study.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Files, folders or DICOMDIR files."),
                                 QStringLiteral("PATH..."));
    CliContext::addCommonOptions(parser);
    parser.process(arguments);

    QTextStream err(stderr);
    if (parser.positionalArguments().isEmpty()) {
        err << "pacsdrop send: nothing to send — give files or folders (see pacsdrop send --help)" << Qt::endl;
        return ExitUsage;
    }
    auto context = CliContext::create(parser);
    if (!context) {
        err << "pacsdrop: " << context.error().message << Qt::endl;
        return ExitUsage;
    }
    Settings &settings = context->settings;
    auto device = resolveTarget(settings, parser.value(to));
    if (!device) {
        err << "pacsdrop send: " << device.error().message << Qt::endl;
        return ExitUsage;
    }
    QString destination = device->name;
    if (parser.isSet(parallel)) {
        bool ok = false;
        device->parallelAssociations = parser.value(parallel).toInt(&ok);
        if (const QString p = device->validate(QStringLiteral("--parallel")); !ok || !p.isEmpty()) {
            err << "pacsdrop send: --parallel must be a number from 1 to 16" << Qt::endl;
            return ExitUsage;
        }
        // The changed device is used for this run; the outbox remembers it by name.
        if (settings.device(device->name)) {
            if (auto r = settings.putDevice(*device); !r) {
                err << "pacsdrop send: " << r.error().message << Qt::endl;
                return ExitUsage;
            }
        }
    }
    auto outbox = Outbox::open(paths::outboxFile());
    if (!outbox) {
        err << "pacsdrop: " << outbox.error().message << " (" << outbox.error().detail << ")" << Qt::endl;
        return ExitUsage;
    }

    auto data = studyDataFrom(parser, study, *context);
    if (!data) {
        err << "pacsdrop send: " << data.error().message << Qt::endl;
        return data.error().code == ErrorCode::InvalidArgument ? ExitUsage : ExitFailures;
    }
    const QString batch = Outbox::newBatchId();
    ConversionSettings conversion = settings.conversion();
    if (!device->characterSet.isEmpty()) // what this destination reads, e.g. an old PACS on Latin-1
        conversion.characterSet = device->characterSet;
    const QList<IntakeItem> collected = collectItems(parser.positionalArguments());
    if (study.usesLookup(parser)) { // DICOM files of another patient are sent as they are, but not silently
        for (const QString &line : demographicMismatches(*data, collected))
            err << "WARNING " << line << Qt::endl;
    }
    const PreparedBatch prepared = convertForSending(collected, *data, paths::spoolDir() + u'/' + batch, conversion);
    for (const ConversionItem &c : prepared.conversions) {
        for (const ConvertedObject &o : c.objects)
            err << "converted " << c.source << ": " << uidName(o.sopClassUid) << ", "
                << (o.reencoded ? "re-encoded" : "copied") << (o.note.isEmpty() ? QString() : QStringLiteral(" (") + o.note + u')')
                << Qt::endl;
    }
    const QList<IntakeItem> &items = prepared.items;
    auto entries = outbox->enqueue(batch, destination, items);
    if (!entries) {
        err << "pacsdrop: " << entries.error().message << " (" << entries.error().detail << ")" << Qt::endl;
        return ExitUsage;
    }
    auto pending = outbox->pending();
    const int total = static_cast<int>(pending ? pending->size() : 0)
                      + static_cast<int>(std::count_if(items.cbegin(), items.cend(), [](const IntakeItem &i) {
                            return i.kind == IntakeItem::Kind::Rejected;
                        }));
    ConsoleReporter reporter(total);
    int rejected = 0;
    for (const IntakeItem &item : items) {
        if (item.kind == IntakeItem::Kind::Rejected) {
            reporter.rejected(item.path, item.reason);
            ++rejected;
        }
    }
    const int earlier = static_cast<int>(pending ? pending->size() : 0)
                        - static_cast<int>(std::count_if(entries->cbegin(), entries->cend(), [](const OutboxEntry &e) {
                              return e.state == OutboxEntry::State::Pending;
                          }));
    if (earlier > 0)
        err << "also sending " << earlier << " file(s) left pending by an earlier run" << Qt::endl;

    // One-off targets are not in the settings: let the runner find this one by its address.
    if (!settings.device(destination)) {
        Device oneOff = *device;
        oneOff.isDefault = false;
        if (auto r = settings.putDevice(oneOff); !r) {
            err << "pacsdrop send: " << r.error().message << Qt::endl;
            return ExitUsage;
        }
    }
    const std::atomic_bool &cancel = installCancelOnSignal();
    auto summary = deliverPending(*outbox, settings, reporter, cancel);
    if (!summary) {
        err << "pacsdrop: " << summary.error().message << " (" << summary.error().detail << ")" << Qt::endl;
        return ExitFailures;
    }
    reporter.summary(*summary, rejected);
    // Converted files are kept only while an entry still needs them.
    if (auto cleaned = cleanSpool(*outbox, paths::spoolDir()); !cleaned)
        err << "pacsdrop: " << cleaned.error().message << Qt::endl;
    return summary->failed == 0 && rejected == 0 && summary->leftPending == 0 ? ExitOk : ExitFailures;
}

} // namespace pacsdrop::cli
