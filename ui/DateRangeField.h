#pragma once
// Which dates a search covers, chosen as people say it: today, yesterday, the last 7 days, any
// date, or between two dates typed or picked like any other date. Starts from a device's default
// criteria ("today", "any", "20261101-20261130").

#include <QDate>
#include <QWidget>

class QComboBox;

namespace pacsdrop {

class DateField;

class DateRangeField final : public QWidget {
    Q_OBJECT
public:
    explicit DateRangeField(QWidget *parent = nullptr);

    // A device's default ("today", "any", "YYYYMMDD", "YYYYMMDD-YYYYMMDD").
    void setDefault(const QString &text);
    // The range (invalid dates: open ends); false with a problem when a typed date is unreadable.
    bool range(QDate &from, QDate &to, QString &problem) const;
    QComboBox *choice() const { return m_choice; }

private:
    enum Choice { Today, Yesterday, LastWeek, Any, Between };
    QComboBox *m_choice;
    DateField *m_from;
    DateField *m_to;
};

} // namespace pacsdrop
