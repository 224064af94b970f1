#pragma once
// Turns DCMTK conditions into one line of text (DCMTK's texts can span several lines).

#include <QString>

class OFCondition;

namespace pacsdrop {

QString dcmtkText(const OFCondition &condition);

} // namespace pacsdrop
