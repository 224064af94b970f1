#pragma once
// Settings → Devices: the PACS destinations, each with its connection, options, the default mark,
// and an Echo button whose result shows in the row.

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
};

} // namespace pacsdrop
