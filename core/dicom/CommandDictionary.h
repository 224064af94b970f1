#pragma once
// A process that only exchanges DIMSE commands (`pacsdrop echo`) needs DCMTK's dictionary for the
// command group alone. Reading the full data dictionary (~5,000 entries from a text file) costs
// ~120 million instructions, three quarters of an echo; this gives DCMTK the command elements of
// PS3.7 Table E.1-1 instead.

namespace pacsdrop {

// Must run before anything in the process uses DCMTK's dictionary (it is created once per
// process); afterwards, DCMTK knows only the command group. Returns false if DCMTK refused.
bool useCommandDictionaryOnly();

} // namespace pacsdrop
