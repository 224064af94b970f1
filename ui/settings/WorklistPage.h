#pragma once
// Settings → Worklist: the Modality Worklist devices and the PACS query devices, each with its
// connection, the character set assumed for answers that name none, the search criteria the
// search dialog starts with, and an Echo button.

#include "SettingsPage.h"

namespace pacsdrop {

class RecordTable;

class WorklistPage final : public SettingsPage {
    Q_OBJECT
public:
    explicit WorklistPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Worklist"); }
    void load(const Settings &settings) override;
    QString apply(Settings &settings) const override;

private:
    RecordTable *makeTable(const QString &name);
    static QList<LookupDevice> devicesOf(const RecordTable &table);

    RecordTable *m_worklist;
    RecordTable *m_query;
    QString m_localAe;
};

} // namespace pacsdrop
