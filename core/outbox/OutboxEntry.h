#pragma once
// One file for one destination in the outbox, with where it stands.

#include <QDateTime>
#include <QString>

#include <optional>

namespace pacsdrop {

struct OutboxEntry {
    enum class State { Pending, Done, Failed };

    qint64 id = 0;
    QString batch;       // one id per send command / drop
    QString path;
    QString destination; // device name, or AET@host:port for one-off targets
    QString sopClassUid;
    QString sopInstanceUid;
    QString transferSyntaxUid;
    bool hasMetaHeader = true;
    qint64 size = 0;
    State state = State::Pending;
    std::optional<int> dimseStatus; // last status from the peer, if any
    QString result;                 // last result, for people
    int attempts = 0;
    QDateTime created;
    QDateTime updated;
};

QString stateName(OutboxEntry::State state);

} // namespace pacsdrop
