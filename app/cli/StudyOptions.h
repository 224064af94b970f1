#pragma once
// The --set KEYWORD=VALUE options shared by convert and send.

#include "convert/StudyData.h"

#include <QCommandLineParser>

namespace pacsdrop::cli {

QCommandLineOption studySetOption();
// The study data the --set options describe; an error names the bad option.
Result<StudyData> studyDataFrom(const QCommandLineParser &parser, const QCommandLineOption &set);

} // namespace pacsdrop::cli
