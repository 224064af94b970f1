#pragma once
// Settings → Monitor: the watched folders (hot folders) as a list — folder, where files go, what
// is sent, what happens after — each added and edited in its own form (HotFolderForm). The
// watching itself runs in the service (pacsdrop serve).

#include "SettingsPage.h"

namespace pacsdrop {

class HotFolderForm;
class RecordList;

class MonitorPage final : public SettingsPage {
    Q_OBJECT
public:
    explicit MonitorPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Monitor"); }
    void load(const Settings &settings) override;
    QString apply(Settings &settings) const override;
    // devices: the names a folder may send to (the Devices page's, as edited now).
    HotFolderForm *openForm(int row, const QStringList &devices);
    RecordList &list() { return *m_list; }
    // The device names a folder may send to, as the Devices page has them now.
    void setDevices(const QStringList &names) { m_devices = names; }

private:
    void showRows();
    RecordList *m_list;
    QList<HotFolder> m_folders;
    QStringList m_devices;
};

} // namespace pacsdrop
