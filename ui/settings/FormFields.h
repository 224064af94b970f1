#pragma once
// The named fields the settings forms are built of: each object name is the settings key it edits,
// so validation problems and tests find the field by that key.

#include <QString>

class QCheckBox;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace pacsdrop {

QLineEdit *namedLine(QWidget *parent, const QString &key, const QString &placeholder = {});
QCheckBox *namedBox(QWidget *parent, const QString &key, const QString &text);
// Numbers as people type them: no group separators in ports and timeouts.
QSpinBox *namedSpin(QWidget *parent, const QString &key, int low, int high, const QString &suffix = {});

} // namespace pacsdrop
