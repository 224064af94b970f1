#include "DevicesPage.h"

#include "EchoRunner.h"
#include "RecordTable.h"
#include "dicom/CharacterSets.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pacsdrop {

namespace {

using Col = RecordTable::Column;

// The table's columns, in order: the connection first, with TLS beside it so an unencrypted
// device shows at a glance.
enum Field {
    Name, AeTitle, Host, Port, Tls, CallingAe, Default, CharacterSet, Decompress, Parallel, ConnectTimeout, AcseTimeout,
    DimseTimeout, MaxPdu, Description, Attempts, RetryAfter, RetryAtMost, PauseMs, MaxRate, TlsCertificate, TlsKey,
    TlsTrusted, ServerCheck, WebUrl, WebAuth, WebUser, WebBatch, Commitment, Verify, FieldCount
};

QList<Col> columns()
{
    const QStringList checks{peerCheckName(TlsSettings::PeerCheck::Full), peerCheckName(TlsSettings::PeerCheck::SkipHostName),
                             peerCheckName(TlsSettings::PeerCheck::None)};
    return {{QObject::tr("Name")}, {QObject::tr("AE title")}, {QObject::tr("Host")}, {QObject::tr("Port"), Col::Type::Number},
            {QObject::tr("TLS"), Col::Type::Flag}, {QObject::tr("Calling AE")}, {QObject::tr("Default"), Col::Type::Flag},
            {QObject::tr("Character set"), Col::Type::Choice, QStringList{QString()} + writableCharacterSets()},
            {QObject::tr("Decompress if refused"), Col::Type::Flag}, {QObject::tr("Parallel"), Col::Type::Number},
            {QObject::tr("Connect s"), Col::Type::Number}, {QObject::tr("ACSE s"), Col::Type::Number},
            {QObject::tr("DIMSE s"), Col::Type::Number}, {QObject::tr("Max PDU"), Col::Type::Number}, {QObject::tr("Description")},
            {QObject::tr("Attempts"), Col::Type::Number}, {QObject::tr("Retry after s"), Col::Type::Number},
            {QObject::tr("Retry at most s"), Col::Type::Number}, {QObject::tr("Pause ms"), Col::Type::Number},
            {QObject::tr("Max kB/s"), Col::Type::Number}, {QObject::tr("TLS certificate")}, {QObject::tr("TLS private key")},
            {QObject::tr("Trusted CA certificates (;)")}, {QObject::tr("Server check"), Col::Type::Choice, checks},
            {QObject::tr("DICOMweb URL (instead of AE/host/port)")},
            {QObject::tr("DICOMweb login"), Col::Type::Choice, QStringList{QStringLiteral("none"), QStringLiteral("basic"), QStringLiteral("bearer")}},
            {QObject::tr("DICOMweb user")}, {QObject::tr("DICOMweb batch"), Col::Type::Number},
            {QObject::tr("Storage commitment"), Col::Type::Flag},
            {QObject::tr("Verify after send"), Col::Type::Flag}};
}

QVariantList rowOf(const Device &d)
{
    QVariantList r(FieldCount);
    r[Name] = d.name;
    r[AeTitle] = d.aeTitle;
    r[Host] = d.host;
    r[Port] = d.port;
    r[Tls] = d.tls.enabled;
    r[CallingAe] = d.callingAeTitle;
    r[Default] = d.isDefault;
    r[CharacterSet] = d.characterSet;
    r[Decompress] = d.decompressIfRefused;
    r[Parallel] = d.parallelAssociations;
    r[ConnectTimeout] = d.connectTimeout;
    r[AcseTimeout] = d.acseTimeout;
    r[DimseTimeout] = d.dimseTimeout;
    r[MaxPdu] = d.maxPdu;
    r[Description] = d.description;
    r[Attempts] = d.maxAttempts;
    r[RetryAfter] = d.retryBackoffSeconds;
    r[RetryAtMost] = d.retryBackoffMaxSeconds;
    r[PauseMs] = d.minIntervalMs;
    r[MaxRate] = d.maxKilobytesPerSecond;
    r[TlsCertificate] = d.tls.certificate;
    r[TlsKey] = d.tls.privateKey;
    r[TlsTrusted] = d.tls.trustedCertificates.join(u';');
    r[ServerCheck] = peerCheckName(d.tls.peerCheck);
    r[WebUrl] = d.web.url;
    r[WebAuth] = webAuthName(d.web.auth);
    r[WebUser] = d.web.user;
    r[WebBatch] = d.web.batchSize;
    r[Commitment] = d.storageCommitment;
    r[Verify] = d.verifyAfterSend;
    return r;
}

// base: the device as loaded (same name), so what the table does not show (the built-in archive
// flag, the sealed secrets, the TLS profile, DICOMweb authentication) is kept.
Device deviceOf(const QVariantList &r, Device d)
{
    d.name = r.value(Name).toString();
    d.aeTitle = r.value(AeTitle).toString();
    d.host = r.value(Host).toString();
    d.port = r.value(Port).toInt();
    d.tls.enabled = r.value(Tls).toBool();
    d.callingAeTitle = r.value(CallingAe).toString();
    d.isDefault = r.value(Default).toBool();
    d.characterSet = r.value(CharacterSet).toString();
    d.decompressIfRefused = r.value(Decompress).toBool();
    d.parallelAssociations = r.value(Parallel).toInt();
    d.connectTimeout = r.value(ConnectTimeout).toInt();
    d.acseTimeout = r.value(AcseTimeout).toInt();
    d.dimseTimeout = r.value(DimseTimeout).toInt();
    d.maxPdu = r.value(MaxPdu).toInt();
    d.description = r.value(Description).toString();
    d.maxAttempts = r.value(Attempts).toInt();
    d.retryBackoffSeconds = r.value(RetryAfter).toInt();
    d.retryBackoffMaxSeconds = r.value(RetryAtMost).toInt();
    d.minIntervalMs = r.value(PauseMs).toInt();
    d.maxKilobytesPerSecond = r.value(MaxRate).toInt();
    d.tls.certificate = r.value(TlsCertificate).toString().trimmed();
    d.tls.privateKey = r.value(TlsKey).toString().trimmed();
    d.tls.trustedCertificates.clear();
    for (const QString &ca : r.value(TlsTrusted).toString().split(u';', Qt::SkipEmptyParts))
        d.tls.trustedCertificates << ca.trimmed();
    for (auto check : {TlsSettings::PeerCheck::Full, TlsSettings::PeerCheck::SkipHostName, TlsSettings::PeerCheck::None}) {
        if (peerCheckName(check) == r.value(ServerCheck).toString())
            d.tls.peerCheck = check;
    }
    d.web.url = r.value(WebUrl).toString().trimmed();
    d.web.auth = parseWebAuth(r.value(WebAuth).toString()).value_or(DicomWebSettings::Auth::None);
    d.web.user = r.value(WebUser).toString().trimmed();
    d.web.batchSize = r.value(WebBatch).toInt();
    d.storageCommitment = r.value(Commitment).toBool();
    d.verifyAfterSend = r.value(Verify).toBool();
    return d;
}

} // namespace

DevicesPage::DevicesPage(QWidget *parent) : SettingsPage(parent), m_table(new RecordTable(columns(), this))
{
    setObjectName(QStringLiteral("devicesPage"));
    m_table->setObjectName(QStringLiteral("devices"));
    m_table->setRowAction(tr("Echo"), [this](int row) {
        const Device d = devicesFromRows().value(row);
        echoIntoRow(*m_table, row, d, d.validate(tr("this device")), m_localAe);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Where files are sent. The default device is preselected in the window."), this));
    layout->addWidget(m_table, 1);
}

void DevicesPage::load(const Settings &settings)
{
    m_localAe = settings.localAeTitle();
    m_loaded = settings.devices();
    QList<QVariantList> rows;
    for (const Device &d : settings.devices())
        rows << rowOf(d);
    m_table->setRows(rows);
}

QList<Device> DevicesPage::devicesFromRows() const
{
    QList<Device> devices;
    for (const QVariantList &r : m_table->rows()) {
        Device base;
        for (const Device &loaded : m_loaded) {
            if (loaded.name.compare(r.value(0).toString(), Qt::CaseInsensitive) == 0)
                base = loaded;
        }
        devices << deviceOf(r, base);
    }
    return devices;
}

QString DevicesPage::apply(Settings &settings) const
{
    const QList<Device> devices = devicesFromRows();
    for (qsizetype i = 0; i < devices.size(); ++i) {
        if (const QString p = devices[i].validate(tr("device %1").arg(i + 1)); !p.isEmpty())
            return p;
    }
    settings.setDevices(devices);
    return {};
}

} // namespace pacsdrop
