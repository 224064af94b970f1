#pragma once
// One page of the settings dialog: it shows its part of the settings and writes it back, saying
// what is wrong (and where) instead of writing an invalid value.

#include "settings/Settings.h"

#include <QWidget>

namespace pacsdrop {

class SettingsPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual QString title() const = 0;
    virtual void load(const Settings &settings) = 0;
    // Writes this page's values into settings; returns the problem (empty when fine).
    virtual QString apply(Settings &settings) const = 0;
};

} // namespace pacsdrop
