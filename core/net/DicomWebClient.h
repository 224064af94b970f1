#pragma once
// DICOMweb for a destination device: STOW-RS (store), QIDO-RS (is it there?) and a reachability
// check. Files are streamed from disk in one multipart/related; type="application/dicom" request
// per batch. Each instance's result is read from the response by its SOP Instance UID — never by
// part order — and a 400 is not taken to mean that nothing was stored (Orthanc stores the good
// parts of a request it answers 400). HTTPS follows the device's TLS settings; the Basic password
// or Bearer token is opened from its sealed form only for the request. Blocking (a local event
// loop): call from a worker thread or the command line.

#include "common/Error.h"
#include "net/StoreItem.h"
#include "settings/Device.h"

#include <QHash>
#include <QSet>

#include <atomic>

namespace pacsdrop {

// One STOW-RS request for these files (to {url}/studies, or {url}/studies/{studyUid}); an outcome
// for every item, keyed by SOP Instance UID.
QHash<QString, StoreOutcome> stowBatch(const Device &device, const QList<StoreItem> &batch, const QString &studyUid = {});

// The SOP Instance UIDs the service lists for one series (QIDO-RS).
Result<QSet<QString>> qidoInstances(const Device &device, const QString &studyUid, const QString &seriesUid);

// Whether the service answers an authenticated QIDO-RS query (the DICOMweb "echo"); milliseconds.
Result<qint64> dicomWebEcho(const Device &device);

} // namespace pacsdrop
