#pragma once
// Settings → Devices: the PACS destinations as a list (name, address, security, default, proof
// of storage), each added and edited in its own form (DeviceForm), and "Check connection" for
// the chosen one with its result in words under the list.

#include "SettingsPage.h"

namespace pacsdrop {

class DeviceForm;
class RecordList;

class DevicesPage final : public SettingsPage {
    Q_OBJECT
public:
    explicit DevicesPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Devices"); }
    void load(const Settings &settings) override;
    QString apply(Settings &settings) const override;
    // Opens the form for a device (-1: a new one); it is shown, and its OK puts the device in the list.
    DeviceForm *openForm(int row);
    RecordList &list() { return *m_list; }
    const QList<Device> &devices() const { return m_devices; }

private:
    void showRows();
    RecordList *m_list;
    QList<Device> m_devices;
    QString m_localAe;
};

} // namespace pacsdrop
