#include "lookup/LookupTarget.h"

#include "net/Target.h"

#include <QStringList>

namespace pacsdrop {

Result<LookupDevice> resolveLookupTarget(const QList<LookupDevice> &configured, const QString &target, const QString &kind)
{
    for (const LookupDevice &d : configured) {
        if (d.connection.name.compare(target.trimmed(), Qt::CaseInsensitive) == 0)
            return d;
    }
    auto address = parseAddress(target);
    if (!address) {
        QStringList names;
        for (const LookupDevice &d : configured)
            names << d.connection.name;
        return fail(ErrorCode::InvalidArgument, QStringLiteral("unknown %1 device \"%2\" — give a device name or AET@host:port (%3)")
                                                    .arg(kind, target, names.isEmpty() ? QStringLiteral("none configured")
                                                                                       : QStringLiteral("configured: ") + names.join(QStringLiteral(", "))));
    }
    LookupDevice d;
    d.connection = *address;
    d.defaults.date = QStringLiteral("any");
    return d;
}

} // namespace pacsdrop
