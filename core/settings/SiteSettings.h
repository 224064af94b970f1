#pragma once
// How this workstation and site present themselves and how the window behaves: institution and
// station names written into converted objects, the modalities offered for non-DICOM files, the
// attribute the "additional info" field fills, and a few workflow switches. Owned by Settings.

#include "common/Error.h"

#include <QJsonObject>
#include <QStringList>

namespace pacsdrop {

struct SiteSettings {
    QString institutionName;
    QString stationName;
    QStringList modalities{QStringLiteral("XC"), QStringLiteral("OT"), QStringLiteral("ES"), QStringLiteral("DOC"),
                           QStringLiteral("SM"), QStringLiteral("US")};
    QString additionalInfoKeyword = QStringLiteral("ImageComments"); // what the dialog's "additional info" sets
    bool removeSentFromList = false;        // the window drops rows once sent
    bool worklistOnlyForNonDicom = false;   // non-DICOM files get their patient only from the worklist
    QString language;                       // "" follows the system; "de", "lt", "en"
    bool keepConvertedFiles = false;        // keep converted DICOM files in the spool after delivery (audit); default: removed
    // Retention of the Local archive's files (JSON "localArchiveRetention"; inbound/Retention.h): 0 keeps.
    int localArchiveKeepDays = 0;
    double localArchiveKeepGigabytes = 0;

    QString validate(const QString &prefix = QStringLiteral("site")) const;
    QJsonObject toJson() const;
    static Result<SiteSettings> fromJson(const QJsonObject &json, const QString &prefix = QStringLiteral("site"));

    friend bool operator==(const SiteSettings &, const SiteSettings &) = default;
};

struct StudyData;
// The site's institution and station names where the study data has none.
void applySiteDefaults(StudyData &data, const SiteSettings &site);

} // namespace pacsdrop
