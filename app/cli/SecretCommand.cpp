#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/SecretPrompt.h"

#include <QTextStream>

namespace pacsdrop::cli {

namespace {

// The shared outbox's database password, sealed into outbox.password.
int outboxPassword(const QCommandLineParser &parser)
{
    QTextStream err(stderr);
    auto context = CliContext::create(parser);
    if (!context) {
        err << "pacsdrop: " << context.error().message << Qt::endl;
        return ExitUsage;
    }
    OutboxSettings outbox = context->settings.outbox();
    if (!outbox.isShared()) {
        err << "pacsdrop secret: no shared outbox is set (outbox.postgresql in the settings)" << Qt::endl;
        return ExitUsage;
    }
    const auto secret = readSecret(err, QStringLiteral("Password"));
    if (!secret)
        return ExitUsage;
    if (auto sealed = outbox.setPassword(*secret); !sealed) {
        err << "pacsdrop secret: " << sealed.error().message << Qt::endl;
        return ExitFailures;
    }
    context->settings.setOutbox(outbox);
    if (auto saved = context->settings.save(); !saved) {
        err << "pacsdrop secret: " << saved.error().message << Qt::endl;
        return ExitUsage;
    }
    err << "pacsdrop secret: " << (secret->isEmpty() ? "removed" : "stored sealed") << Qt::endl;
    return ExitOk;
}

} // namespace

int secretCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Stores a device's secret, sealed (never in clear text; see docs/settings.md). Reads it from stdin\n"
        "(on a terminal: typed twice, not shown); an empty line removes it.\n"
        "  tls-passphrase   the passphrase of the device's TLS private key\n"
        "  web-password     the DICOMweb password (web.auth basic)\n"
        "  web-token        the DICOMweb Bearer token (web.auth bearer)\n"
        "  outbox-password  the shared outbox's PostgreSQL password (outbox.postgresql; no --device)"));
    const QCommandLineOption device(QStringLiteral("device"), QStringLiteral("The device (by name)."), QStringLiteral("NAME"));
    parser.addOption(device);
    parser.addPositionalArgument(QStringLiteral("KIND"), QStringLiteral("tls-passphrase, web-password, web-token or outbox-password"));
    CliContext::addCommonOptions(parser);
    parser.process(arguments);
    QTextStream err(stderr);
    if (parser.positionalArguments() == QStringList{QStringLiteral("outbox-password")})
        return outboxPassword(parser);
    const QStringList kinds{QStringLiteral("tls-passphrase"), QStringLiteral("web-password"), QStringLiteral("web-token")};
    if (parser.positionalArguments().size() != 1 || !kinds.contains(parser.positionalArguments().first()) || !parser.isSet(device)) {
        err << "pacsdrop secret: give --device NAME and what to set: " << kinds.join(QStringLiteral(", ")) << Qt::endl;
        return ExitUsage;
    }
    auto context = CliContext::create(parser);
    if (!context) {
        err << "pacsdrop: " << context.error().message << Qt::endl;
        return ExitUsage;
    }
    auto target = context->settings.device(parser.value(device));
    if (!target) {
        err << "pacsdrop secret: \"" << parser.value(device) << "\" is not a configured device" << Qt::endl;
        return ExitUsage;
    }
    const QString kind = parser.positionalArguments().first();
    const bool web = kind != QStringLiteral("tls-passphrase");
    const auto wanted = kind == QStringLiteral("web-password") ? DicomWebSettings::Auth::Basic : DicomWebSettings::Auth::Bearer;
    if (web && (!target->isDicomWeb() || target->web.auth != wanted)) {
        err << "pacsdrop secret: \"" << target->name << "\" is not a DICOMweb device with web.auth "
            << (wanted == DicomWebSettings::Auth::Basic ? "basic" : "bearer") << Qt::endl;
        return ExitUsage;
    }
    const auto secret = readSecret(err, web ? QStringLiteral("Secret") : QStringLiteral("Passphrase"));
    if (!secret)
        return ExitUsage;
    if (auto sealed = web ? target->web.setSecret(*secret) : target->tls.setPassphrase(*secret); !sealed) {
        err << "pacsdrop secret: " << sealed.error().message << Qt::endl;
        return ExitFailures;
    }
    if (auto r = context->settings.putDevice(*target); !r) {
        err << "pacsdrop secret: " << r.error().message << Qt::endl;
        return ExitUsage;
    }
    if (auto saved = context->settings.save(); !saved) {
        err << "pacsdrop secret: " << saved.error().message << Qt::endl;
        return ExitUsage;
    }
    err << "pacsdrop secret: " << (secret->isEmpty() ? "removed" : "stored sealed") << Qt::endl;
    return ExitOk;
}

} // namespace pacsdrop::cli
