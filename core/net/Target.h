#pragma once
// Resolves what the user typed as a destination: a device name from settings, or "AET@host:port"
// for one-off use (then the device gets default timeouts and options).

#include "common/Error.h"
#include "settings/Device.h"
#include "settings/Settings.h"

namespace pacsdrop {

Result<Device> resolveTarget(const Settings &settings, const QString &target);

// "AET@host:port" as a device with default timeouts and options.
Result<Device> parseAddress(const QString &target);

// The AE title PacsDrop calls from when talking to this device.
QString callingAeTitle(const Settings &settings, const Device &device);

} // namespace pacsdrop
