#include "FormFields.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QSpinBox>

namespace pacsdrop {

QLineEdit *namedLine(QWidget *parent, const QString &key, const QString &placeholder)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(key);
    e->setPlaceholderText(placeholder);
    return e;
}

QCheckBox *namedBox(QWidget *parent, const QString &key, const QString &text)
{
    auto *c = new QCheckBox(text, parent);
    c->setObjectName(key);
    return c;
}

QSpinBox *namedSpin(QWidget *parent, const QString &key, int low, int high, const QString &suffix)
{
    auto *s = new QSpinBox(parent);
    s->setObjectName(key);
    s->setRange(low, high);
    s->setSuffix(suffix);
    s->setGroupSeparatorShown(false);
    return s;
}

} // namespace pacsdrop
