#include "DevicesPage.h"

#include "EchoRunner.h"
#include "RecordTable.h"
#include "dicom/CharacterSets.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pacsdrop {

namespace {

using Col = RecordTable::Column;

QList<Col> columns()
{
    return {{QObject::tr("Name")}, {QObject::tr("AE title")}, {QObject::tr("Host")}, {QObject::tr("Port"), Col::Type::Number},
            {QObject::tr("Calling AE")}, {QObject::tr("Default"), Col::Type::Flag},
            {QObject::tr("Character set"), Col::Type::Choice, QStringList{QString()} + writableCharacterSets()},
            {QObject::tr("Decompress if refused"), Col::Type::Flag}, {QObject::tr("Parallel"), Col::Type::Number},
            {QObject::tr("Connect s"), Col::Type::Number}, {QObject::tr("ACSE s"), Col::Type::Number},
            {QObject::tr("DIMSE s"), Col::Type::Number}, {QObject::tr("Max PDU"), Col::Type::Number}, {QObject::tr("Description")},
            {QObject::tr("Attempts"), Col::Type::Number}, {QObject::tr("Retry after s"), Col::Type::Number},
            {QObject::tr("Retry at most s"), Col::Type::Number}, {QObject::tr("Pause ms"), Col::Type::Number},
            {QObject::tr("Max kB/s"), Col::Type::Number},
            {QObject::tr("TLS"), Col::Type::Flag}, {QObject::tr("TLS certificate")}, {QObject::tr("TLS private key")},
            {QObject::tr("Trusted CA certificates (;)")},
            {QObject::tr("Server check"), Col::Type::Choice,
             QStringList{peerCheckName(TlsSettings::PeerCheck::Full), peerCheckName(TlsSettings::PeerCheck::SkipHostName),
                         peerCheckName(TlsSettings::PeerCheck::None)}},
            {QObject::tr("DICOMweb URL (instead of AE/host/port)")}, {QObject::tr("Storage commitment"), Col::Type::Flag},
            {QObject::tr("Verify after send"), Col::Type::Flag}};
}

QVariantList rowOf(const Device &d)
{
    return {d.name, d.aeTitle, d.host, d.port, d.callingAeTitle, d.isDefault, d.characterSet, d.decompressIfRefused,
            d.parallelAssociations, d.connectTimeout, d.acseTimeout, d.dimseTimeout, d.maxPdu, d.description,
            d.maxAttempts, d.retryBackoffSeconds, d.retryBackoffMaxSeconds, d.minIntervalMs, d.maxKilobytesPerSecond,
            d.tls.enabled, d.tls.certificate, d.tls.privateKey, d.tls.trustedCertificates.join(u';'), peerCheckName(d.tls.peerCheck),
            d.web.url, d.storageCommitment, d.verifyAfterSend};
}

// base: the device as loaded (same name), so what the table does not show (the built-in archive
// flag, the sealed key passphrase, the TLS profile) is kept.
Device deviceOf(const QVariantList &r, Device d)
{
    d.name = r.value(0).toString();
    d.aeTitle = r.value(1).toString();
    d.host = r.value(2).toString();
    d.port = r.value(3).toInt();
    d.callingAeTitle = r.value(4).toString();
    d.isDefault = r.value(5).toBool();
    d.characterSet = r.value(6).toString();
    d.decompressIfRefused = r.value(7).toBool();
    d.parallelAssociations = r.value(8).toInt();
    d.connectTimeout = r.value(9).toInt();
    d.acseTimeout = r.value(10).toInt();
    d.dimseTimeout = r.value(11).toInt();
    d.maxPdu = r.value(12).toInt();
    d.description = r.value(13).toString();
    d.maxAttempts = r.value(14).toInt();
    d.retryBackoffSeconds = r.value(15).toInt();
    d.retryBackoffMaxSeconds = r.value(16).toInt();
    d.minIntervalMs = r.value(17).toInt();
    d.maxKilobytesPerSecond = r.value(18).toInt();
    d.tls.enabled = r.value(19).toBool();
    d.tls.certificate = r.value(20).toString().trimmed();
    d.tls.privateKey = r.value(21).toString().trimmed();
    d.tls.trustedCertificates.clear();
    for (const QString &ca : r.value(22).toString().split(u';', Qt::SkipEmptyParts))
        d.tls.trustedCertificates << ca.trimmed();
    for (auto check : {TlsSettings::PeerCheck::Full, TlsSettings::PeerCheck::SkipHostName, TlsSettings::PeerCheck::None}) {
        if (peerCheckName(check) == r.value(23).toString())
            d.tls.peerCheck = check;
    }
    d.web.url = r.value(24).toString().trimmed();
    d.storageCommitment = r.value(25).toBool();
    d.verifyAfterSend = r.value(26).toBool();
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
