#pragma once
// "Check connection" with its result under the form, in words and in the tone of the outcome
// (checking…, answered, did not answer). Used by the device forms; the echo runs off the GUI thread.

#include "settings/Device.h"

#include <QObject>

class QLabel;
class QPushButton;
class QWidget;

namespace pacsdrop {

class RecordList;

class ConnectionCheck final : public QObject {
    Q_OBJECT
public:
    explicit ConnectionCheck(QWidget *parent);

    QPushButton *button() const { return m_button; }
    QLabel *result() const { return m_result; }
    QString text() const;
    // Echoes the device (its calling AE, else localAe) and shows what came of it.
    void run(const Device &device, const QString &localAe);
    // Says why no check was made (the form has problems).
    void refuse(const QString &why);

signals:
    void checked(bool ok);

private:
    QPushButton *m_button;
    QLabel *m_result;
};

// The same for a list of devices: the result goes into the list's note.
void checkIntoList(RecordList &list, const Device &device, const QString &localAe);

} // namespace pacsdrop
