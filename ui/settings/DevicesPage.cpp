#include "DevicesPage.h"

#include "Ask.h"
#include "DeviceForm.h"
#include "ConnectionCheck.h"
#include "RecordList.h"
#include "StatusLook.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pacsdrop {

namespace {

QString securityOf(const Device &d)
{
    if (d.isDicomWeb())
        return d.web.url.startsWith(QLatin1String("https:"), Qt::CaseInsensitive) ? DevicesPage::tr("Encrypted (HTTPS)") : DevicesPage::tr("Not encrypted (HTTP)");
    if (!d.tls.enabled)
        return DevicesPage::tr("Not encrypted");
    return d.tls.peerCheck == TlsSettings::PeerCheck::Full ? DevicesPage::tr("Encrypted (TLS)") : DevicesPage::tr("Encrypted (TLS), certificate check relaxed");
}

QString proofOf(const Device &d)
{
    QStringList proof;
    if (d.storageCommitment)
        proof << DevicesPage::tr("Storage Commitment");
    if (d.verifyAfterSend)
        proof << DevicesPage::tr("checked by query");
    return proof.join(QStringLiteral(", "));
}

} // namespace

DevicesPage::DevicesPage(QWidget *parent)
    : SettingsPage(parent), m_list(new RecordList({tr("Name"), tr("Address"), tr("Security"), tr("Default"), tr("Proof of storage"), tr("Description")}, this))
{
    setObjectName(QStringLiteral("devicesPage"));
    m_list->setObjectName(QStringLiteral("devices"));
    m_list->addRowButton(tr("Check connection"), QStringLiteral("echo"), [this](int row) { checkIntoList(*m_list, m_devices.value(row), m_localAe); });
    connect(m_list, &RecordList::addRequested, this, [this] { openForm(-1); });
    connect(m_list, &RecordList::editRequested, this, [this](int row) { openForm(row); });
    connect(m_list, &RecordList::removeRequested, this, [this](int row) {
        if (askYesNo(this, tr("Remove"), tr("Remove the device '%1'? Files waiting for it stay in the outbox until it is added again.").arg(m_devices.value(row).name))) {
            m_devices.removeAt(row);
            showRows();
        }
    });
    auto *intro = new QLabel(tr("Where files are sent. The default device is preselected in the window."), this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
}

DeviceForm *DevicesPage::openForm(int row)
{
    Device base;
    if (row >= 0 && row < m_devices.size())
        base = m_devices[row];
    else
        row = -1;
    QStringList others;
    for (int i = 0; i < m_devices.size(); ++i) {
        if (i != row)
            others << m_devices[i].name;
    }
    auto *form = new DeviceForm(base, m_localAe, others, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &QDialog::accepted, this, [this, form, row] {
        Device d = form->device(true);
        if (d.isDefault) { // one default: the new one wins
            for (Device &other : m_devices)
                other.isDefault = false;
        }
        if (row < 0)
            m_devices.append(d);
        else
            m_devices[row] = d;
        showRows();
        m_list->setCurrentRow(row < 0 ? int(m_devices.size()) - 1 : row);
    });
    form->open();
    return form;
}

void DevicesPage::showRows()
{
    QList<QStringList> rows;
    for (const Device &d : std::as_const(m_devices))
        rows << QStringList{d.name, d.address(), securityOf(d), d.isDefault ? tr("yes") : QString(), proofOf(d), d.description};
    m_list->setRows(rows);
}

void DevicesPage::load(const Settings &settings)
{
    m_localAe = settings.localAeTitle();
    m_devices = settings.devices();
    showRows();
}

QString DevicesPage::apply(Settings &settings) const
{
    for (qsizetype i = 0; i < m_devices.size(); ++i) {
        if (const QString p = m_devices[i].validate(m_devices[i].name.isEmpty() ? tr("device %1").arg(i + 1) : m_devices[i].name); !p.isEmpty())
            return p;
    }
    settings.setDevices(m_devices);
    return {};
}

} // namespace pacsdrop
