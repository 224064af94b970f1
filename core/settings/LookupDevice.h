#pragma once
// A Modality Worklist or Query/Retrieve device as clinics configure it: the connection (a Device:
// name, AE title, host, port, calling AE, timeouts), the character set to assume for answers
// without (0008,0005), and the search criteria the search dialog starts with.

#include "common/Error.h"
#include "settings/Device.h"

#include <QJsonObject>

namespace pacsdrop {

enum class QueryRoot { Patient, Study };
enum class QueryLevel { Patient, Study };

struct LookupDefaults {
    QString modality;                            // worklist: scheduled modality, e.g. "XC"
    QString stationAeTitle;                      // worklist: scheduled station AE title (often our own)
    QString date = QStringLiteral("today");      // worklist: "today", "any", or YYYYMMDD[-YYYYMMDD]
    QueryRoot root = QueryRoot::Study;           // query
    QueryLevel level = QueryLevel::Study;        // query

    friend bool operator==(const LookupDefaults &, const LookupDefaults &) = default;
};

struct LookupDevice {
    Device connection;
    QString fallbackCharacterSet = QStringLiteral("ISO_IR 100");
    LookupDefaults defaults;

    QString validate(const QString &prefix) const;
    QStringList problems(const QString &prefix = {}) const; // every problem, "field: problem"
    QJsonObject toJson() const;
    static Result<LookupDevice> fromJson(const QJsonObject &json, const QString &prefix);

    friend bool operator==(const LookupDevice &, const LookupDevice &) = default;
};

// "patient"/"study" for JSON and the command line.
QString queryRootName(QueryRoot root);
QString queryLevelName(QueryLevel level);
std::optional<QueryRoot> parseQueryRoot(const QString &name);
std::optional<QueryLevel> parseQueryLevel(const QString &name);

} // namespace pacsdrop
