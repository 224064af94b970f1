#include "cli/Dispatch.h"

#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "dicom/CommandDictionary.h"
#include "dicom/DcmtkRuntime.h"
#include "dicom/DictionaryReader.h"

#include <QTextStream>

#include <cstdio>

namespace pacsdrop::cli {

namespace {

const char *kUsage =
    "Usage: pacsdrop [COMMAND] [OPTIONS]\n"
    "Gets clinical files into a PACS. Without a command, opens the PacsDrop window.\n"
    "\n"
    "Commands:\n"
    "  echo TARGET               Check that a PACS answers (C-ECHO).\n"
    "  send --to TARGET PATH...  Send DICOM files, folders and DICOMDIR media.\n"
    "  convert -o DIR --set KEYWORD=VALUE... PATH...\n"
    "                            Make DICOM files from photos, scans and PDFs.\n"
    "  worklist --from TARGET [--patient-name P] [--accession A] [--date D] ...\n"
    "                            Search the Modality Worklist for scheduled procedures.\n"
    "  query --from TARGET --level patient|study [--patient-name P] [--study-uid U] ...\n"
    "                            Search a PACS for patients or studies (C-FIND).\n"
    "  serve                     Run without a window: watched folders, listeners, the HTTP API and the\n"
    "                            outbox (a service).\n"
    "  api set-password [--enable]\n"
    "                            Set the HTTP API's password (stored hashed) and turn the API on.\n"
    "  console add-user NAME --role ROLE | remove-user NAME | list-users\n"
    "                            Manage who may log in to the service console (serve's web page).\n"
    "  retention [--dry-run]     Delete what the listeners keep by their retention rules (only what was\n"
    "                            delivered everywhere); --dry-run shows what would go.\n"
    "  secret --device NAME tls-passphrase|web-password|web-token | secret outbox-password\n"
    "                            Store a device's (or the shared outbox's) secret, sealed (read from stdin).\n"
    "  outbox migrate --to postgresql | outbox nodes\n"
    "                            Move this computer's outbox into the shared one; list the nodes working it.\n"
    "  queue [list|resume|retry|clear]\n"
    "                            Show or work the outbox of files to deliver.\n"
    "\n"
    "TARGET is a device name from the settings, or AET@host:port.\n"
    "Every command takes --help, --config FILE, --data-dir DIR, --verbose and --debug.\n";

} // namespace

namespace {

// What the command does reads or sends DICOM (arguments with the program name).
bool readsDicom(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("secret") || command == QLatin1String("outbox"))
        return false;
    if (command == QLatin1String("queue")) { // list, clear, pause, unpause: the outbox alone
        const QStringList rest = arguments.mid(2);
        return rest.contains(QStringLiteral("resume")) || rest.contains(QStringLiteral("retry"));
    }
    return true;
}

} // namespace

int dispatch(const QStringList &arguments, const DcmtkRuntime &dcmtk)
{
    QTextStream err(stderr);
    const QString command = arguments.value(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        std::fputs(kUsage, stdout);
        return ExitOk;
    }
    if (command == QLatin1String("--version")) {
        std::printf("pacsdrop %s\n", PACSDROP_VERSION);
        return ExitOk;
    }
    // An echo exchanges commands only: DCMTK gets the command group, not its whole dictionary.
    // Reading or changing the outbox, the settings and secrets reads no DICOM: no dictionary at
    // all. The others get it from PacsDrop's reader (a fifth of DCMTK's ~35 ms; if it cannot, DCMTK
    // reads the files itself).
    const bool dicom = readsDicom(arguments);
    if (command == QLatin1String("echo"))
        useCommandDictionaryOnly();
    else if (dicom)
        loadDataDictionaryQuickly();
    if (dicom && !dcmtk.problem().isEmpty()) {
        err << "pacsdrop: " << dcmtk.problem() << Qt::endl;
        return ExitUsage;
    }
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("echo"))
        return echoCommand(rest);
    if (command == QLatin1String("send"))
        return sendCommand(rest);
    if (command == QLatin1String("convert"))
        return convertCommand(rest);
    if (command == QLatin1String("queue"))
        return queueCommand(rest);
    if (command == QLatin1String("worklist"))
        return worklistCommand(rest);
    if (command == QLatin1String("query"))
        return queryCommand(rest);
    if (command == QLatin1String("serve"))
        return serveCommand(rest);
    if (command == QLatin1String("api"))
        return apiCommand(rest);
    if (command == QLatin1String("console"))
        return consoleCommand(rest);
    if (command == QLatin1String("retention"))
        return retentionCommand(rest);
    if (command == QLatin1String("secret"))
        return secretCommand(rest);
    if (command == QLatin1String("outbox"))
        return outboxCommand(rest);
    err << "pacsdrop: unknown command \"" << command << "\"\n\n" << kUsage;
    return ExitUsage;
}

} // namespace pacsdrop::cli
