#include "DateRangeField.h"

#include "DateField.h"
#include "lookup/WorklistQuery.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace pacsdrop {

DateRangeField::DateRangeField(QWidget *parent)
    : QWidget(parent), m_choice(new QComboBox(this)), m_from(new DateField(this)), m_to(new DateField(this))
{
    m_choice->setObjectName(QStringLiteral("dateChoice"));
    m_choice->addItem(tr("Today"), Today);
    m_choice->addItem(tr("Yesterday"), Yesterday);
    m_choice->addItem(tr("Last 7 days"), LastWeek);
    m_choice->addItem(tr("Any date"), Any);
    m_choice->addItem(tr("Between…"), Between);
    m_from->setObjectName(QStringLiteral("dateFrom"));
    m_to->setObjectName(QStringLiteral("dateTo"));
    auto *and_ = new QLabel(tr("and"), this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_choice);
    layout->addWidget(m_from, 1);
    layout->addWidget(and_);
    layout->addWidget(m_to, 1);
    auto showDates = [this, and_] {
        const bool between = m_choice->currentData().toInt() == Between;
        m_from->setVisible(between);
        m_to->setVisible(between);
        and_->setVisible(between);
    };
    connect(m_choice, &QComboBox::currentIndexChanged, this, showDates);
    showDates();
}

void DateRangeField::setDefault(const QString &text)
{
    const QString t = text.trimmed().toLower();
    QDate from, to;
    if (t == QLatin1String("today") || t.isEmpty()) {
        m_choice->setCurrentIndex(m_choice->findData(t.isEmpty() ? Any : Today));
        return;
    }
    if (t == QLatin1String("any") || !parseDateRange(t, from, to)) {
        m_choice->setCurrentIndex(m_choice->findData(Any));
        return;
    }
    m_from->setDate(from);
    m_to->setDate(to);
    m_choice->setCurrentIndex(m_choice->findData(Between));
}

bool DateRangeField::range(QDate &from, QDate &to, QString &problem) const
{
    const QDate today = QDate::currentDate();
    from = to = QDate();
    switch (m_choice->currentData().toInt()) {
    case Today: from = to = today; return true;
    case Yesterday: from = to = today.addDays(-1); return true;
    case LastWeek: from = today.addDays(-6); to = today; return true;
    case Any: return true;
    default: break;
    }
    for (DateField *field : {m_from, m_to}) {
        if (const QString p = field->problem(); !p.isEmpty()) {
            problem = tr("Date: %1").arg(p);
            return false;
        }
    }
    from = m_from->date();
    to = m_to->date();
    if (from.isValid() && to.isValid() && from > to)
        std::swap(from, to);
    return true;
}

} // namespace pacsdrop
