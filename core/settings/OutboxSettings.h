#pragma once
// Where the outbox lives (settings.json "outbox"). Empty: the embedded SQLite file in the data
// folder, for one computer. With "postgresql" set, every node pointed at that database shares one
// outbox (docs/service.md, "Several nodes"): the connection in libpq's "key=value" form without
// the password, which is kept sealed in "password" (SecretBox); the spool folder every node reaches
// (an NFS/SMB mount); this node's name; and how long a claim on an entry lasts unless renewed.

#include "common/Error.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace pacsdrop {

struct OutboxSettings {
    QString postgresql;     // "host=db dbname=pacsdrop user=pacsdrop sslmode=verify-full sslrootcert=…"
    QString sealedPassword; // sealed (SecretBox); set with `pacsdrop secret outbox-password`
    QString spool;          // the shared spool folder (required with postgresql)
    QString node;           // this node's name in claims and `queue list`; empty: the host name
    int leaseSeconds = 30;  // a claim not renewed for this long is taken over by another node

    bool isShared() const { return !postgresql.isEmpty(); }
    Result<void> setPassword(const QString &password); // seals it
    Result<QString> password() const;
    QString nodeName() const; // node, or the host name

    QString validate(const QString &prefix = QStringLiteral("outbox")) const;
    QJsonObject toJson() const;
    static Result<OutboxSettings> fromJson(const QJsonObject &json, const QString &prefix = QStringLiteral("outbox"));

    friend bool operator==(const OutboxSettings &, const OutboxSettings &) = default;
};

// libpq's connection string ("key=value key='quoted value'") as keys and values; an error names
// what is malformed.
Result<QMap<QString, QString>> parseConnectionString(const QString &text);

} // namespace pacsdrop
