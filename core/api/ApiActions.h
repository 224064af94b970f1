#pragma once
// The API's answers that need no job: the server's status, the configured devices, a C-ECHO, a
// worklist search. Each is a plain function of the settings and the request's values; the ones
// that talk to the network block, and the server runs them on its worker threads.

#include "api/ApiReply.h"
#include "settings/Settings.h"

#include <QUrlQuery>

namespace pacsdrop {

ApiReply statusReply(const Settings &settings);
ApiReply devicesReply(const Settings &settings);
ApiReply echoReply(const Settings &settings, const QString &deviceName);
// Query parameters: from (a worklist device), patientName, patientId, accession, date, modality,
// stationAet, max; unset ones take the device's default criteria.
ApiReply worklistReply(const Settings &settings, const QUrlQuery &query);

} // namespace pacsdrop
