#pragma once
// Sends files through the real pipeline (intake → outbox → delivery) from a test, and collects
// every file's outcome.

#include "delivery/Delivery.h"
#include "intake/IntakeItem.h"
#include "settings/Device.h"

#include <QHash>
#include <QStringList>

namespace pacsdrop::test {

struct Sent {
    DeliverySummary summary;
    QHash<QString, StoreOutcome> byPath;   // delivered or failed on the network side
    QHash<QString, QString> rejected;      // refused by intake, with the reason
    QString outboxPath;
};

Sent sendFiles(const QStringList &paths, const Device &device, const QString &outboxPath,
               const QString &callingAe = QStringLiteral("PACSDROP"));

// Every file's outcome, a line each ("path: message"), for failure messages.
QString outcomeText(const Sent &sent);

// A one-off device for a peer started by the fixture.
Device deviceFor(const QString &aeTitle, quint16 port);

} // namespace pacsdrop::test
