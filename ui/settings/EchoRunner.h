#pragma once
// Runs a C-ECHO off the GUI thread and hands the result line ("OK (12 ms)" or "FAILED: reason")
// to a callback on the GUI thread, for the Echo buttons of the settings pages.

#include "settings/Device.h"

#include <functional>

class QObject;

namespace pacsdrop {

void echoInBackground(QObject *context, const Device &device, const QString &callingAe, std::function<void(const QString &)> done);

class RecordTable;
// The Echo button of a settings row: the device's problem if it has one, else "checking…" and then
// the echo's result, in the row's result cell. localAe: the calling AE when the device names none.
void echoIntoRow(RecordTable &table, int row, const Device &device, const QString &problem, const QString &localAe);

} // namespace pacsdrop
