#pragma once
// Settings → Worklist: the Modality Worklist devices and the PACS query devices as two lists,
// each record added and edited in its own form (LookupDeviceForm), with "Check connection".

#include "SettingsPage.h"

namespace pacsdrop {

class LookupDeviceForm;
class RecordList;

class WorklistPage final : public SettingsPage {
    Q_OBJECT
public:
    explicit WorklistPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Worklist"); }
    void load(const Settings &settings) override;
    QString apply(Settings &settings) const override;
    // Opens the form for a worklist (or query) device; row -1: a new one.
    LookupDeviceForm *openForm(bool worklist, int row);
    RecordList &list(bool worklist) { return worklist ? *m_worklist : *m_query; }

private:
    RecordList *makeList(bool worklist);
    void showRows(bool worklist);
    QList<LookupDevice> &devices(bool worklist) { return worklist ? m_worklistDevices : m_queryDevices; }

    RecordList *m_worklist;
    RecordList *m_query;
    QList<LookupDevice> m_worklistDevices, m_queryDevices;
    QString m_localAe;
};

} // namespace pacsdrop
