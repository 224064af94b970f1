#include "DeviceForm.h"

#include "ConnectionCheck.h"
#include "FormFields.h"
#include "FormProblems.h"
#include "PathField.h"
#include "ScreenFit.h"
#include "SettingNames.h"
#include "StatusLook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pacsdrop {

namespace {

enum Via { Dicom, DicomWeb };
const QStringList kProfiles{QStringLiteral("BCP195-ND"), QStringLiteral("BCP195"), QStringLiteral("BCP195-Extended")};

} // namespace

QSpinBox *DeviceForm::spin(const QString &key, int low, int high, const QString &suffix)
{
    auto *s = namedSpin(this, key, low, high, suffix);
    connect(s, &QSpinBox::valueChanged, this, &DeviceForm::check);
    return s;
}

DeviceForm::DeviceForm(const Device &device, const QString &localAe, const QStringList &otherNames, QWidget *parent)
    : QDialog(parent), m_base(device), m_localAe(localAe), m_otherNames(otherNames), m_problems(new FormProblems(this)),
      m_name(namedLine(this, QStringLiteral("name"), tr("e.g. Radiology PACS"))), m_description(namedLine(this, QStringLiteral("description"))),
      m_aeTitle(namedLine(this, QStringLiteral("aeTitle"), tr("from the PACS's IT, e.g. RADPACS"))),
      m_host(namedLine(this, QStringLiteral("host"), tr("name or address, e.g. pacs.hospital.local"))),
      m_callingAe(namedLine(this, QStringLiteral("callingAeTitle"), tr("%1 (this workstation's)").arg(localAe))),
      m_webUrl(namedLine(this, QStringLiteral("webUrl"), QStringLiteral("https://pacs.example/dicom-web"))), m_webUser(namedLine(this, QStringLiteral("webUser"))),
      m_webSecret(namedLine(this, QStringLiteral("webSecret"))), m_passphrase(namedLine(this, QStringLiteral("passphrase"))),
      m_via(new QComboBox(this)), m_peerCheck(new QComboBox(this)), m_profile(new QComboBox(this)), m_webAuth(new QComboBox(this)),
      m_charset(new QComboBox(this)), m_port(spin(QStringLiteral("port"), 0, 99999)), m_parallel(spin(QStringLiteral("parallelAssociations"), 0, 999)),
      m_attempts(spin(QStringLiteral("maxAttempts"), 0, 99999)), m_retryAfter(spin(QStringLiteral("retryBackoffSeconds"), 0, 9999999, tr(" s"))),
      m_retryAtMost(spin(QStringLiteral("retryBackoffMaxSeconds"), 0, 9999999, tr(" s"))), m_pauseMs(spin(QStringLiteral("minIntervalMs"), 0, 99999999, tr(" ms"))),
      m_maxRate(spin(QStringLiteral("maxKilobytesPerSecond"), 0, 99999999, tr(" kB/s"))), m_connectTimeout(spin(QStringLiteral("connectTimeout"), 0, 99999, tr(" s"))),
      m_acseTimeout(spin(QStringLiteral("acseTimeout"), 0, 99999, tr(" s"))), m_dimseTimeout(spin(QStringLiteral("dimseTimeout"), 0, 99999, tr(" s"))),
      m_maxPdu(spin(QStringLiteral("maxPdu"), 0, 999999999, tr(" bytes"))), m_webBatch(spin(QStringLiteral("webBatchSize"), 0, 99999)),
      m_commitmentTimeout(spin(QStringLiteral("commitmentTimeoutSeconds"), 0, 9999999, tr(" s"))),
      m_default(namedBox(this, QStringLiteral("isDefault"), tr("Preselect it in the window"))), m_tls(namedBox(this, QStringLiteral("tlsEnabled"), tr("Encrypt the connection with TLS"))),
      m_decompress(namedBox(this, QStringLiteral("decompressIfRefused"), tr("Decompress a file the PACS does not take compressed"))),
      m_commitment(namedBox(this, QStringLiteral("storageCommitment"), tr("Ask the PACS to confirm it keeps every file (Storage Commitment)"))),
      m_resend(namedBox(this, QStringLiteral("resendIfNotCommitted"), tr("Send again what the PACS does not confirm"))),
      m_verify(namedBox(this, QStringLiteral("verifyAfterSend"), tr("Check afterwards that the PACS has every file (query)"))),
      m_certificate(new PathField(PathField::Kind::File, tr("This workstation's certificate"), this)),
      m_key(new PathField(PathField::Kind::File, tr("Its private key"), this)),
      m_trusted(new PathField(PathField::Kind::Files, tr("Trusted CA certificates"), this)), m_dicomBox(new QGroupBox(tr("DICOM address"), this)),
      m_webBox(new QGroupBox(tr("DICOMweb"), this)), m_tlsBox(new QGroupBox(tr("Security (TLS)"), this)), m_rest(new QLabel(this)),
      m_check(new ConnectionCheck(this)), m_ok(nullptr)
{
    setWindowTitle(device.name.isEmpty() ? tr("New PACS device") : tr("PACS device '%1'").arg(device.name));
    setObjectName(QStringLiteral("deviceForm"));
    m_via->setObjectName(QStringLiteral("via"));
    m_via->addItem(tr("DICOM (C-STORE)"), Dicom);
    m_via->addItem(tr("DICOMweb (STOW-RS over HTTP)"), DicomWeb);
    m_peerCheck->setObjectName(QStringLiteral("peerCheck"));
    for (auto c : {TlsSettings::PeerCheck::Full, TlsSettings::PeerCheck::SkipHostName, TlsSettings::PeerCheck::None})
        m_peerCheck->addItem(peerCheckTitle(c), int(c));
    m_profile->setObjectName(QStringLiteral("profile"));
    for (const QString &p : kProfiles)
        m_profile->addItem(tlsProfileTitle(p), p);
    m_webAuth->setObjectName(QStringLiteral("webAuth"));
    for (auto a : {DicomWebSettings::Auth::None, DicomWebSettings::Auth::Basic, DicomWebSettings::Auth::Bearer})
        m_webAuth->addItem(webAuthTitle(a), int(a));
    m_charset->setObjectName(QStringLiteral("characterSet"));
    addCharacterSets(*m_charset, tr("As set in Main (automatic unless chosen there)"));
    m_webSecret->setEchoMode(QLineEdit::Password);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_trusted->setObjectName(QStringLiteral("trustedCertificates"));
    m_certificate->setObjectName(QStringLiteral("certificate"));
    m_key->setObjectName(QStringLiteral("privateKey"));

    auto *connection = new QGroupBox(tr("Connection"), this);
    auto *c = new QFormLayout(connection);
    m_problems->addRow(c, QStringLiteral("name"), tr("Name"), m_name);
    m_problems->addRow(c, QStringLiteral("description"), tr("Description"), m_description);
    c->addRow(tr("Sends with"), m_via);
    c->addRow(QString(), m_default);
    auto *d = new QFormLayout(m_dicomBox);
    m_problems->addRow(d, QStringLiteral("aeTitle"), tr("AE title"), m_aeTitle);
    m_problems->addRow(d, QStringLiteral("host"), tr("Host"), m_host);
    m_problems->addRow(d, QStringLiteral("port"), tr("Port"), m_port);
    m_problems->addRow(d, QStringLiteral("callingAeTitle"), tr("PacsDrop calls as"), m_callingAe);
    auto *w = new QFormLayout(m_webBox);
    m_problems->addRow(w, QStringLiteral("web.url"), tr("Address (URL)"), m_webUrl);
    w->addRow(tr("Login"), m_webAuth);
    m_problems->addRow(w, QStringLiteral("web.user"), tr("User name"), m_webUser);
    m_problems->addRow(w, QStringLiteral("web.secret"), tr("Password or token"), m_webSecret);
    m_problems->addRow(w, QStringLiteral("web.batchSize"), tr("Files per request"), m_webBatch);
    auto *t = new QFormLayout(m_tlsBox);
    t->addRow(QString(), m_tls);
    m_problems->addRow(t, QStringLiteral("tls.certificate"), tr("This workstation's certificate"), m_certificate);
    m_problems->addRow(t, QStringLiteral("tls.privateKey"), tr("Its private key"), m_key);
    m_problems->addRow(t, QStringLiteral("tls.privateKeyPassphrase"), tr("Key passphrase"), m_passphrase);
    m_problems->addRow(t, QStringLiteral("tls.trustedCertificates"), tr("Trusted CA certificates"), m_trusted);
    t->addRow(tr("Check the PACS's certificate"), m_peerCheck);
    m_problems->addRow(t, QStringLiteral("tls.profile"), tr("TLS profile"), m_profile);
    m_problems->alias(QStringLiteral("tls"), QStringLiteral("tls.certificate"));
    auto *policyBox = new QGroupBox(tr("Delivery policy"), this);
    auto *p = new QFormLayout(policyBox);
    m_problems->addRow(p, QStringLiteral("parallelAssociations"), tr("Connections at once"), m_parallel);
    m_problems->addRow(p, QStringLiteral("maxAttempts"), tr("Attempts (service and watched folders)"), m_attempts);
    m_problems->addRow(p, QStringLiteral("retryBackoffSeconds"), tr("First retry after"), m_retryAfter);
    m_problems->addRow(p, QStringLiteral("retryBackoffMaxSeconds"), tr("Retries at most every"), m_retryAtMost);
    m_problems->addRow(p, QStringLiteral("minIntervalMs"), tr("Pause between files"), m_pauseMs);
    m_problems->addRow(p, QStringLiteral("maxKilobytesPerSecond"), tr("Speed limit per connection (0: none)"), m_maxRate);
    m_problems->addRow(p, QStringLiteral("characterSet"), tr("Character set of converted files"), m_charset);
    p->addRow(QString(), m_decompress);
    m_problems->addRow(p, QStringLiteral("connectTimeout"), tr("Wait for the connection"), m_connectTimeout);
    m_problems->addRow(p, QStringLiteral("acseTimeout"), tr("Wait for the association"), m_acseTimeout);
    m_problems->addRow(p, QStringLiteral("dimseTimeout"), tr("Wait for each answer"), m_dimseTimeout);
    m_problems->addRow(p, QStringLiteral("maxPdu"), tr("Largest message received (PDU)"), m_maxPdu);
    auto *proofBox = new QGroupBox(tr("Proof of storage"), this);
    auto *s = new QFormLayout(proofBox);
    s->addRow(QString(), m_commitment);
    m_problems->addRow(s, QStringLiteral("commitmentTimeoutSeconds"), tr("Wait for the confirmation"), m_commitmentTimeout);
    s->addRow(QString(), m_resend);
    s->addRow(QString(), m_verify);
    m_rest->setObjectName(QStringLiteral("problem"));
    m_rest->setWordWrap(true);
    m_rest->hide();
    m_problems->setRest(m_rest);

    auto *body = new QWidget(this);
    auto *groups = new QVBoxLayout(body);
    for (QWidget *group : std::initializer_list<QWidget *>{connection, m_dicomBox, m_webBox, m_tlsBox, policyBox, proofBox})
        groups->addWidget(group);
    groups->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    buttons->addButton(m_check->button(), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &DeviceForm::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_check->button(), &QPushButton::clicked, this, &DeviceForm::checkConnection);
    connect(m_check, &ConnectionCheck::checked, this, &DeviceForm::connectionChecked);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_rest);
    layout->addWidget(m_check->result());
    layout->addWidget(buttons);

    load(device);
    for (QLineEdit *e : {m_name, m_description, m_aeTitle, m_host, m_callingAe, m_webUrl, m_webUser, m_webSecret, m_passphrase})
        connect(e, &QLineEdit::textChanged, this, &DeviceForm::check);
    for (PathField *f : {m_certificate, m_key, m_trusted})
        connect(f, &PathField::edited, this, &DeviceForm::check);
    for (QComboBox *combo : {m_peerCheck, m_profile, m_webAuth, m_charset})
        connect(combo, &QComboBox::currentIndexChanged, this, &DeviceForm::check);
    connect(m_via, &QComboBox::currentIndexChanged, this, [this] {
        showKind();
        check();
    });
    for (QCheckBox *b : {m_tls, m_commitment})
        connect(b, &QCheckBox::toggled, this, [this] {
            showKind();
            check();
        });
    showKind();
    check();
    // As wide as the groups need (no field cut off at the right), as tall as the screen allows.
    const int width = body->sizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() + layout->contentsMargins().left() * 3;
    resizeBounded(this, QSize(width, fontMetrics().height() * 52));
}

void DeviceForm::load(const Device &dev)
{
    m_name->setText(dev.name);
    m_description->setText(dev.description);
    m_via->setCurrentIndex(dev.isDicomWeb() ? DicomWeb : Dicom);
    m_default->setChecked(dev.isDefault);
    m_aeTitle->setText(dev.aeTitle);
    m_host->setText(dev.host);
    m_port->setValue(dev.port);
    m_callingAe->setText(dev.callingAeTitle);
    m_webUrl->setText(dev.web.url);
    selectData(*m_webAuth, int(dev.web.auth));
    m_webUser->setText(dev.web.user);
    m_webSecret->setPlaceholderText(dev.web.sealedSecret.isEmpty() ? tr("none set") : tr("set (stored sealed); type to replace"));
    m_webBatch->setValue(dev.web.batchSize);
    m_tls->setChecked(dev.tls.enabled);
    m_certificate->setText(dev.tls.certificate);
    m_key->setText(dev.tls.privateKey);
    m_passphrase->setPlaceholderText(dev.tls.sealedPassphrase.isEmpty() ? tr("none (the key is not encrypted)") : tr("set (stored sealed); type to replace"));
    m_trusted->setPaths(dev.tls.trustedCertificates);
    selectData(*m_peerCheck, int(dev.tls.peerCheck));
    selectData(*m_profile, dev.tls.profile);
    m_parallel->setValue(dev.parallelAssociations);
    m_attempts->setValue(dev.maxAttempts);
    m_retryAfter->setValue(dev.retryBackoffSeconds);
    m_retryAtMost->setValue(dev.retryBackoffMaxSeconds);
    m_pauseMs->setValue(dev.minIntervalMs);
    m_maxRate->setValue(dev.maxKilobytesPerSecond);
    selectData(*m_charset, dev.characterSet);
    m_decompress->setChecked(dev.decompressIfRefused);
    m_connectTimeout->setValue(dev.connectTimeout);
    m_acseTimeout->setValue(dev.acseTimeout);
    m_dimseTimeout->setValue(dev.dimseTimeout);
    m_maxPdu->setValue(dev.maxPdu);
    m_commitment->setChecked(dev.storageCommitment);
    m_commitmentTimeout->setValue(dev.commitmentTimeoutSeconds);
    m_resend->setChecked(dev.resendIfNotCommitted);
    m_verify->setChecked(dev.verifyAfterSend);
}

Device DeviceForm::device(bool sealSecrets) const
{
    Device d = m_base; // what the form does not show (the built-in archive mark) is kept
    d.name = m_name->text().trimmed();
    d.description = m_description->text().trimmed();
    d.isDefault = m_default->isChecked();
    d.aeTitle = m_aeTitle->text().trimmed();
    d.host = m_host->text().trimmed();
    d.port = m_port->value();
    d.callingAeTitle = m_callingAe->text().trimmed();
    d.web.url = m_via->currentData().toInt() == DicomWeb ? m_webUrl->text().trimmed() : QString();
    d.web.auth = static_cast<DicomWebSettings::Auth>(m_webAuth->currentData().toInt());
    d.web.user = m_webUser->text().trimmed();
    d.web.batchSize = m_webBatch->value();
    d.tls.enabled = m_tls->isChecked();
    d.tls.certificate = m_certificate->text();
    d.tls.privateKey = m_key->text();
    d.tls.trustedCertificates = m_trusted->paths();
    d.tls.peerCheck = static_cast<TlsSettings::PeerCheck>(m_peerCheck->currentData().toInt());
    d.tls.profile = m_profile->currentData().toString();
    d.parallelAssociations = m_parallel->value();
    d.maxAttempts = m_attempts->value();
    d.retryBackoffSeconds = m_retryAfter->value();
    d.retryBackoffMaxSeconds = m_retryAtMost->value();
    d.minIntervalMs = m_pauseMs->value();
    d.maxKilobytesPerSecond = m_maxRate->value();
    d.characterSet = m_charset->currentData().toString();
    d.decompressIfRefused = m_decompress->isChecked();
    d.connectTimeout = m_connectTimeout->value();
    d.acseTimeout = m_acseTimeout->value();
    d.dimseTimeout = m_dimseTimeout->value();
    d.maxPdu = m_maxPdu->value();
    d.storageCommitment = m_commitment->isChecked();
    d.commitmentTimeoutSeconds = m_commitmentTimeout->value();
    d.resendIfNotCommitted = m_resend->isChecked();
    d.verifyAfterSend = m_verify->isChecked();
    if (sealSecrets) { // typed secrets never stay in clear text
        if (!m_passphrase->text().isEmpty())
            d.tls.setPassphrase(m_passphrase->text());
        if (!m_webSecret->text().isEmpty())
            d.web.setSecret(m_webSecret->text());
    }
    return d;
}

QStringList DeviceForm::problems() const
{
    const Device d = device(false);
    QStringList found = d.problems();
    if (m_via->currentData().toInt() == DicomWeb && d.web.url.isEmpty()) { // else it is checked as a DICOM device
        found.clear();
        if (d.name.isEmpty())
            found << QStringLiteral("name: ") + tr("must not be empty");
        found << QStringLiteral("web.url: ") + tr("required: the DICOMweb address, e.g. https://pacs.example/dicom-web");
    }
    for (const QString &other : m_otherNames) {
        if (other.compare(d.name, Qt::CaseInsensitive) == 0)
            found.prepend(QStringLiteral("name: ") + tr("another device is already called \"%1\"").arg(d.name));
    }
    return found;
}

QString DeviceForm::problemAt(const QString &key) const { return m_problems->at(key); }

void DeviceForm::check() { m_problems->show(problems()); }

void DeviceForm::showKind()
{
    const bool web = m_via->currentData().toInt() == DicomWeb;
    m_dicomBox->setVisible(!web);
    m_webBox->setVisible(web);
    for (QWidget *field : std::initializer_list<QWidget *>{m_certificate, m_key, m_passphrase, m_trusted, m_peerCheck, m_profile})
        field->setEnabled(m_tls->isChecked());
    m_commitmentTimeout->setEnabled(m_commitment->isChecked());
    m_resend->setEnabled(m_commitment->isChecked());
}

void DeviceForm::checkConnection()
{
    check();
    if (m_problems->shown() > 0)
        m_check->refuse(tr("Fix the problems shown first."));
    else
        m_check->run(device(true), m_localAe);
}

QString DeviceForm::connectionResult() const { return m_check->text(); }

void DeviceForm::accept()
{
    check();
    if (m_problems->shown() > 0) {
        if (QWidget *first = m_problems->field(problems().first().section(QStringLiteral(": "), 0, 0)))
            first->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace pacsdrop
