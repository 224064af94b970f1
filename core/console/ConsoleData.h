#pragma once
// What the console's pages show, as JSON: the dashboard (per device, per hot folder) and the
// queue. Plain functions of the settings and the outbox, so they can be tested without a server.
// Patient names and IDs are in the queue only for roles allowed to see them (operator and up:
// docs/console.md); a viewer sees file names, states and reasons.

#include "inbound/ListenerFigures.h"
#include "inbound/Retention.h"
#include "outbox/Outbox.h"
#include "settings/ConsoleSettings.h"
#include "settings/Settings.h"

#include <QJsonObject>

namespace pacsdrop {

// running: the listeners running in this process (runningListenerFigures()); retention: the last
// retention runs (lastRetentionRuns()).
QJsonObject consoleDashboard(const Settings &settings, const Outbox &outbox, const QList<ListenerFigures> &running,
                             const QList<RetentionRun> &retention = {}, const QDateTime &now = QDateTime::currentDateTime());

struct ConsoleQueueQuery {
    Outbox::Filter filter;
    int limit = 500;
};
QJsonObject consoleQueue(const Outbox &outbox, const ConsoleQueueQuery &query, ConsoleRole role);

// Whether a role may see patient names and IDs.
inline bool roleSeesPatients(ConsoleRole role) { return role >= ConsoleRole::Operator; }

} // namespace pacsdrop
