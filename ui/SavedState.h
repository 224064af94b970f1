#pragma once
// What the window remembers between runs (geometry, splitter, column widths) in QSettings. Written
// only when it changed: QSettings rewrites the whole file (lock, temporary file, rename) on any
// setValue, even of the value already there, and every close of the window did that.

#include <QString>
#include <QVariant>

namespace pacsdrop {

void rememberState(const QString &key, const QVariant &value);

} // namespace pacsdrop
