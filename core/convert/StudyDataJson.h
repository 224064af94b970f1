#pragma once
// StudyData as JSON, for the intake journal: a batch a process did not finish taking in is taken
// in again by the next run with the same patient and study. Every field round-trips.

#include "convert/StudyData.h"

#include <QJsonObject>

namespace pacsdrop {

QJsonObject studyDataToJson(const StudyData &data);
StudyData studyDataFromJson(const QJsonObject &json);

} // namespace pacsdrop
