#pragma once
// One worklist or PACS query device, edited in a form: Connection (name, AE title, host, port,
// calling AE, waits), Answers (the character set assumed when the answer names none), and Search
// defaults (what the search starts with: date as people say it, modality, station; the query
// model for a PACS). Checked as edited, problems at their fields, "Check connection" in words.

#include "settings/LookupDevice.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pacsdrop {

class ConnectionCheck;
class FormProblems;

class LookupDeviceForm final : public QDialog {
    Q_OBJECT
public:
    LookupDeviceForm(const LookupDevice &device, bool worklist, const QString &localAe, const QStringList &otherNames,
                     QWidget *parent = nullptr);

    LookupDevice device() const;
    QStringList problems() const;
    QString problemAt(const QString &key) const;
    void checkConnection();
    QString connectionResult() const;
    void accept() override;

signals:
    void connectionChecked(bool ok);

private:
    void check();
    QSpinBox *spin(const QString &key, int low, int high, const QString &suffix = {});

    LookupDevice m_base;
    bool m_worklist;
    QString m_localAe;
    QStringList m_otherNames;
    FormProblems *m_problems;
    QLineEdit *m_name, *m_aeTitle, *m_host, *m_callingAe, *m_modality, *m_station, *m_dateText;
    QSpinBox *m_port, *m_connectTimeout, *m_acseTimeout, *m_dimseTimeout;
    QComboBox *m_charset, *m_date, *m_root, *m_level;
    QLabel *m_rest;
    ConnectionCheck *m_check;
};

} // namespace pacsdrop
