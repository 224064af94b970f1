#pragma once
// Runs a C-ECHO off the GUI thread and hands the result line ("OK (12 ms)" or "FAILED: reason")
// to a callback on the GUI thread, for the Echo buttons of the settings pages.

#include "settings/Device.h"

#include <functional>

class QObject;

namespace pacsdrop {

void echoInBackground(QObject *context, const Device &device, const QString &callingAe, std::function<void(const QString &)> done);

} // namespace pacsdrop
