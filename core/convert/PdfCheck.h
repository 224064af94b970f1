#pragma once
// Whether a PDF is sound enough to go into a PACS as it is: Poppler opens it without repairing
// it, every page of its page tree can be reached, and the first page renders. A PDF Poppler can
// read only by rebuilding its cross-reference table, or whose page tree loops, is damaged: a
// viewer on the PACS side may show nothing, or something else. Poppler's complaints are
// collected per thread while it reads (its messages would otherwise go to stderr). Any thread.

#include "common/Error.h"

#include <QString>

namespace pacsdrop {

// The number of pages when sound; else why not (DamagedFile, or InvalidArgument when locked).
Result<int> checkPdf(const QString &path);

} // namespace pacsdrop
