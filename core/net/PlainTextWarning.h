#pragma once
// Plain DICOM across a network is readable by anyone on the way. The first time files go to a
// device without TLS on another computer, the user is told so (once per device and data folder:
// a reminder, not a nag); sends to this computer and to TLS devices are not mentioned.

#include "settings/Device.h"

namespace pacsdrop {

// Whether sending to this device crosses the network unencrypted (TLS off, host not this computer).
bool sendsInClearOverNetwork(const Device &device);

// True exactly once per such device (remembered in the data folder); false otherwise.
bool warnOnceAboutClearText(const Device &device);

QString clearTextWarning(const Device &device);

} // namespace pacsdrop
