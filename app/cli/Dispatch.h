#pragma once

#include "cli/CommandChoice.h"

#include <QStringList>

namespace pacsdrop {
class DcmtkRuntime;
}

namespace pacsdrop::cli {

// Runs "pacsdrop COMMAND ..." (arguments as from QCoreApplication::arguments()).
int dispatch(const QStringList &arguments, const DcmtkRuntime &dcmtk);

} // namespace pacsdrop::cli
