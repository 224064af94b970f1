#pragma once
// Resolves what the user typed as a worklist or query source: a device name from the list in the
// settings, or "AET@host:port" for one-off use (Latin-1 fallback, no default criteria).

#include "common/Error.h"
#include "settings/LookupDevice.h"

#include <QList>

namespace pacsdrop {

Result<LookupDevice> resolveLookupTarget(const QList<LookupDevice> &configured, const QString &target, const QString &kind);

} // namespace pacsdrop
