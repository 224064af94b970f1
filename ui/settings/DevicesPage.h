#pragma once
// Settings → Devices: the PACS destinations, each with its connection, options, the default mark,
// DICOM TLS (on/off, certificate, key, trusted CAs, server check: an exception shows as such), and
// an Echo button whose result shows in the row.

#include "SettingsPage.h"

namespace pacsdrop {

class RecordTable;

class DevicesPage final : public SettingsPage {
    Q_OBJECT
public:
    explicit DevicesPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Devices"); }
    void load(const Settings &settings) override;
    QString apply(Settings &settings) const override;

private:
    QList<Device> devicesFromRows() const;
    RecordTable *m_table;
    QString m_localAe;
    QList<Device> m_loaded; // what the table does not show is kept from these
};

} // namespace pacsdrop
