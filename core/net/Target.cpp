#include "net/Target.h"

#include "inbound/LocalArchive.h"

#include <QRegularExpression>

namespace pacsdrop {

Result<Device> resolveTarget(const Settings &settings, const QString &target)
{
    if (target.trimmed().isEmpty()) {
        if (auto d = settings.defaultDevice())
            return *d;
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("no destination given and no default device configured — use --to DEVICE or --to AET@host:port"));
    }
    if (auto d = settings.device(target)) {
        if (d->builtInArchive) { // served inside this process: started on first use
            auto port = ensureLocalArchiveRunning();
            if (!port)
                return std::unexpected(port.error());
            d->port = *port;
        }
        return *d;
    }

    auto address = parseAddress(target);
    if (!address) {
        QStringList names;
        for (const Device &d : settings.devices())
            names << d.name;
        const QString known = names.isEmpty() ? QStringLiteral("no devices are configured")
                                              : QStringLiteral("configured devices: ") + names.join(QStringLiteral(", "));
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("unknown destination \"%1\" — give a device name or AET@host:port (%2)").arg(target, known));
    }
    return address;
}

Result<Device> parseAddress(const QString &target)
{
    if (looksLikeDicomWebUrl(target)) { // a DICOMweb service for one-off use (no authentication)
        Device d;
        d.name = target.trimmed();
        d.web.url = d.name;
        if (const QString problem = d.validate(QStringLiteral("destination")); !problem.isEmpty())
            return fail(ErrorCode::InvalidArgument, problem);
        return d;
    }
    // AET@host:port, host may be [IPv6]
    static const QRegularExpression form(QStringLiteral(R"(^([^@]{1,16})@(\[[^\]]+\]|[^:@\s]+):(\d{1,5})$)"));
    const auto match = form.match(target.trimmed());
    if (!match.hasMatch())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("\"%1\" is not AET@host:port").arg(target));
    Device d;
    d.name = target.trimmed();
    d.aeTitle = match.captured(1);
    d.host = match.captured(2);
    if (d.host.startsWith(u'['))
        d.host = d.host.mid(1, d.host.size() - 2);
    d.port = match.captured(3).toInt();
    if (const QString problem = d.validate(QStringLiteral("destination")); !problem.isEmpty())
        return fail(ErrorCode::InvalidArgument, problem);
    return d;
}

QString callingAeTitle(const Settings &settings, const Device &device)
{
    return device.callingAeTitle.isEmpty() ? settings.localAeTitle() : device.callingAeTitle;
}

} // namespace pacsdrop
