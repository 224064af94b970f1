#include "SavedState.h"

#include <QSettings>

namespace pacsdrop {

void rememberState(const QString &key, const QVariant &value)
{
    QSettings settings;
    if (settings.value(key) != value)
        settings.setValue(key, value);
}

} // namespace pacsdrop
