#pragma once
// One PACS destination, edited in a form with groups — Connection, Security (TLS), DICOMweb,
// Delivery policy, Proof of storage — every enumerated setting by its human name. Each field is
// checked as it is edited and every problem shows at its field. "Check connection" echoes the
// device as the form has it now and says the result in words. Secrets (TLS key passphrase,
// DICOMweb password or token) are typed here and stored sealed; an empty secret field keeps
// the one already set.

#include "settings/Device.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pacsdrop {

class ConnectionCheck;
class FormProblems;
class PathField;

class DeviceForm final : public QDialog {
    Q_OBJECT
public:
    // otherNames: the other devices' names (a name is used once).
    DeviceForm(const Device &device, const QString &localAe, const QStringList &otherNames, QWidget *parent = nullptr);

    // The device as the form says now; sealSecrets: typed secrets sealed into it (done on OK).
    Device device(bool sealSecrets = false) const;
    QStringList problems() const;
    QString problemAt(const QString &key) const;
    void checkConnection();
    QString connectionResult() const;
    void accept() override;

signals:
    void connectionChecked(bool ok);

private:
    void load(const Device &d);
    void check();
    void showKind();
    QSpinBox *spin(const QString &key, int low, int high, const QString &suffix = {});

    Device m_base;
    QString m_localAe;
    QStringList m_otherNames;
    FormProblems *m_problems;
    QLineEdit *m_name, *m_description, *m_aeTitle, *m_host, *m_callingAe, *m_webUrl, *m_webUser, *m_webSecret, *m_passphrase;
    QComboBox *m_via, *m_peerCheck, *m_profile, *m_webAuth, *m_charset;
    QSpinBox *m_port, *m_parallel, *m_attempts, *m_retryAfter, *m_retryAtMost, *m_pauseMs, *m_maxRate, *m_connectTimeout, *m_acseTimeout,
        *m_dimseTimeout, *m_maxPdu, *m_webBatch, *m_commitmentTimeout;
    QCheckBox *m_default, *m_tls, *m_decompress, *m_commitment, *m_resend, *m_verify;
    PathField *m_certificate, *m_key, *m_trusted;
    QGroupBox *m_dicomBox, *m_webBox, *m_tlsBox;
    QLabel *m_rest;
    ConnectionCheck *m_check;
    QPushButton *m_ok;
};

} // namespace pacsdrop
