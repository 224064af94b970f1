#pragma once
// The built-in "Local archive": a device every new installation has, served by a listener inside
// this process (the same machinery as the inbound listeners) that keeps what it receives in
// <data>/archive. A new user can try the whole workflow — drop, convert, send, see it arrive —
// without a PACS.

#include "common/Error.h"
#include "settings/Device.h"

namespace pacsdrop {

// The device as it is stored in the settings (the port is chosen when the archive starts).
Device localArchiveDevice();
QString localArchiveFolder();

// Starts the in-process listener if it is not running yet; the port it listens on.
Result<quint16> ensureLocalArchiveRunning();

} // namespace pacsdrop
