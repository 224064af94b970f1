#pragma once
// What the inbound listeners running in this process are doing, for the service console's
// dashboard: associations open now, instances received today, and associations refused today
// with the last reason (AE titles and addresses, never patient data).

#include <QDateTime>
#include <QList>
#include <QString>

namespace pacsdrop {

struct ListenerFigures {
    QString name;
    QString aeTitle;
    int port = 0;
    int associationsNow = 0;
    int receivedToday = 0;
    int refusedToday = 0;
    QString lastRefusal; // why, in plain words
    QDateTime lastRefusalAt;
};

// Every listener started in this process (StoreListener), by port.
QList<ListenerFigures> runningListenerFigures();

} // namespace pacsdrop
