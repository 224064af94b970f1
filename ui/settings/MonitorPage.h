#pragma once
// Settings → Monitor: the watched folders (hot folders): folder, destination, recursion, DICOM
// only or the study data for other files, what happens after sending, and the timings. The
// watching itself runs in the service (pacsdrop serve).

#include "SettingsPage.h"

namespace pacsdrop {

class RecordTable;

class MonitorPage final : public SettingsPage {
    Q_OBJECT
public:
    explicit MonitorPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Monitor"); }
    void load(const Settings &settings) override;
    QString apply(Settings &settings) const override;

private:
    RecordTable *m_table;
};

} // namespace pacsdrop
