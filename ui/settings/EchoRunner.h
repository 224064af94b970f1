#pragma once
// Runs a connection check (C-ECHO, or a QIDO-RS request for a DICOMweb device) off the GUI thread
// and hands the result, in plain words with the technical reason after it, to a callback on the
// GUI thread: for the Check connection buttons of the settings pages and forms.

#include "settings/Device.h"

#include <functional>

class QObject;

namespace pacsdrop {

struct EchoOutcome {
    bool ok = false;
    QString text; // "'Archive' answered in 12 ms." / "'Archive' did not answer: nothing is listening at …"
};

void echoInBackground(QObject *context, const Device &device, const QString &callingAe, std::function<void(const EchoOutcome &)> done);

} // namespace pacsdrop
