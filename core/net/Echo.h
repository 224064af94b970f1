#pragma once
// C-ECHO (Verification): is the device there and does it accept PacsDrop? Blocking; run it on
// a worker thread in a GUI. Every wait is bounded by the device's timeouts.

#include "common/Error.h"
#include "settings/Device.h"

namespace pacsdrop {

struct EchoResult {
    qint64 milliseconds = 0; // association + echo + release
};

Result<EchoResult> echo(const Device &device, const QString &callingAe);

} // namespace pacsdrop
