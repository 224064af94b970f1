#pragma once
// A date as people write it in their locale (19.01.2004, 1/19/2004, 2004-01-19), typed or picked
// from a calendar; empty means "not known". Also reads ISO dates and DICOM's YYYYMMDD, so a date
// pasted from elsewhere works.

#include <QDate>
#include <QWidget>

class QLineEdit;
class QToolButton;

namespace pacsdrop {

class DateField final : public QWidget {
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);

    void setDate(const QDate &date); // invalid: empty
    QDate date() const;              // invalid when empty or unreadable
    bool isEmpty() const;
    // Why the text is not a date, or empty when it is one (or empty).
    QString problem() const;
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;
    QLineEdit *edit() const { return m_edit; }

    static QDate parse(const QString &text);

signals:
    void edited();

private:
    QLineEdit *m_edit;
    QToolButton *m_pick;
};

} // namespace pacsdrop
