#include "DateField.h"

#include "SvgIcon.h"
#include "text/PeopleText.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QWidgetAction>

namespace pacsdrop {

DateField::DateField(QWidget *parent) : QWidget(parent), m_edit(new QLineEdit(this)), m_pick(new QToolButton(this))
{
    const QString format = dateFormatForPeople();
    m_edit->setPlaceholderText(QLocale().toString(QDate(1980, 12, 31), format));
    m_edit->setToolTip(tr("Type the date as %1, or pick it from the calendar.").arg(QLocale().toString(QDate(1980, 12, 31), format)));
    m_edit->setClearButtonEnabled(true);
    m_pick->setIcon(svgIcon(QStringLiteral(":/icons/calendar.svg")));
    m_pick->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0; }"));
    m_pick->setObjectName(QStringLiteral("calendar"));
    m_pick->setToolTip(tr("Pick from a calendar"));
    m_pick->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_pick);
    auto *calendar = new QCalendarWidget(menu);
    calendar->setGridVisible(false);
    calendar->setMaximumDate(QDate(2100, 12, 31));
    auto *holder = new QWidgetAction(menu);
    holder->setDefaultWidget(calendar);
    menu->addAction(holder);
    m_pick->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, calendar, [this, calendar] {
        const QDate shown = date().isValid() ? date() : QDate::currentDate();
        calendar->setSelectedDate(shown);
        calendar->setCurrentPage(shown.year(), shown.month());
    });
    connect(calendar, &QCalendarWidget::clicked, this, [this, menu](const QDate &picked) {
        setDate(picked);
        menu->close();
        emit edited();
    });
    connect(m_edit, &QLineEdit::textEdited, this, &DateField::edited);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_pick);
    setFocusProxy(m_edit);
}

QDate DateField::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    const QLocale locale;
    for (const QString &format : {dateFormatForPeople(locale), locale.dateFormat(QLocale::ShortFormat), QStringLiteral("yyyy-MM-dd"),
                                  QStringLiteral("yyyyMMdd"), QStringLiteral("d.M.yyyy")}) {
        QDate d = locale.toDate(t, format);
        if (!d.isValid())
            continue;
        // A two-digit year ("19.01.04"): the century that puts the date in the past, not in 1904.
        const bool twoDigits = !format.contains(QLatin1String("yyyy")) || d.year() < 100;
        if (d.year() < 100)
            d = d.addYears(1900);
        if (twoDigits && d.year() < 2000 && d.addYears(100) <= QDate::currentDate())
            d = d.addYears(100);
        return d;
    }
    return {};
}

void DateField::setDate(const QDate &date)
{
    m_edit->setText(date.isValid() ? dateForPeople(date) : QString());
}

QDate DateField::date() const { return parse(m_edit->text()); }

bool DateField::isEmpty() const { return m_edit->text().trimmed().isEmpty(); }

QString DateField::problem() const
{
    if (isEmpty() || date().isValid())
        return {};
    return tr("not a date; write it as %1").arg(QLocale().toString(QDate(1980, 12, 31), dateFormatForPeople()));
}

void DateField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_edit->setClearButtonEnabled(!readOnly);
    m_pick->setEnabled(!readOnly);
}

bool DateField::isReadOnly() const { return m_edit->isReadOnly(); }

} // namespace pacsdrop
