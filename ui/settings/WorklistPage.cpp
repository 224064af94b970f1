#include "WorklistPage.h"

#include "Ask.h"
#include "ConnectionCheck.h"
#include "LookupDeviceForm.h"
#include "RecordList.h"
#include "SettingNames.h"
#include "StatusLook.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pacsdrop {

WorklistPage::WorklistPage(QWidget *parent) : SettingsPage(parent)
{
    setObjectName(QStringLiteral("worklistPage"));
    m_worklist = makeList(true);
    m_worklist->setObjectName(QStringLiteral("worklistDevices"));
    m_query = makeList(false);
    m_query->setObjectName(QStringLiteral("queryDevices"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Modality Worklist (the patients scheduled for this workstation):"), this));
    layout->addWidget(m_worklist, 1);
    layout->addWidget(new QLabel(tr("PACS to search (existing studies to add files to):"), this));
    layout->addWidget(m_query, 1);
}

RecordList *WorklistPage::makeList(bool worklist)
{
    auto *list = new RecordList({tr("Name"), tr("Address"), tr("Character set"), tr("Search starts with")}, this);
    list->addRowButton(tr("Check connection"), QStringLiteral("echo"),
                       [this, list, worklist](int row) { checkIntoList(*list, devices(worklist).value(row).connection, m_localAe); });
    connect(list, &RecordList::addRequested, this, [this, worklist] { openForm(worklist, -1); });
    connect(list, &RecordList::editRequested, this, [this, worklist](int row) { openForm(worklist, row); });
    connect(list, &RecordList::removeRequested, this, [this, worklist](int row) {
        if (askYesNo(this, tr("Remove"), tr("Remove '%1'?").arg(devices(worklist).value(row).connection.name))) {
            devices(worklist).removeAt(row);
            showRows(worklist);
        }
    });
    return list;
}

LookupDeviceForm *WorklistPage::openForm(bool worklist, int row)
{
    QList<LookupDevice> &list = devices(worklist);
    LookupDevice base;
    if (row >= 0 && row < list.size())
        base = list[row];
    else
        row = -1;
    QStringList others;
    for (int i = 0; i < list.size(); ++i) {
        if (i != row)
            others << list[i].connection.name;
    }
    auto *form = new LookupDeviceForm(base, worklist, m_localAe, others, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &QDialog::accepted, this, [this, form, row, worklist] {
        QList<LookupDevice> &target = devices(worklist);
        if (row < 0)
            target.append(form->device());
        else
            target[row] = form->device();
        showRows(worklist);
        this->list(worklist).setCurrentRow(row < 0 ? int(target.size()) - 1 : row);
    });
    form->open();
    return form;
}

void WorklistPage::showRows(bool worklist)
{
    QList<QStringList> rows;
    for (const LookupDevice &d : std::as_const(devices(worklist))) {
        QStringList defaults;
        defaults << (d.defaults.date == QLatin1String("today") ? tr("today") : d.defaults.date == QLatin1String("any") ? tr("any date") : d.defaults.date);
        if (worklist && !d.defaults.modality.isEmpty())
            defaults << d.defaults.modality;
        if (!worklist)
            defaults << queryRootTitle(d.defaults.root);
        rows << QStringList{d.connection.name, d.connection.address(), characterSetTitle(d.fallbackCharacterSet), defaults.join(QStringLiteral(", "))};
    }
    list(worklist).setRows(rows);
}

void WorklistPage::load(const Settings &settings)
{
    m_localAe = settings.localAeTitle();
    m_worklistDevices = settings.worklistDevices();
    m_queryDevices = settings.queryDevices();
    showRows(true);
    showRows(false);
}

QString WorklistPage::apply(Settings &settings) const
{
    for (qsizetype i = 0; i < m_worklistDevices.size(); ++i) {
        if (const QString p = m_worklistDevices[i].validate(tr("worklist device %1").arg(i + 1)); !p.isEmpty())
            return p;
    }
    for (qsizetype i = 0; i < m_queryDevices.size(); ++i) {
        if (const QString p = m_queryDevices[i].validate(tr("query device %1").arg(i + 1)); !p.isEmpty())
            return p;
    }
    settings.setWorklistDevices(m_worklistDevices);
    settings.setQueryDevices(m_queryDevices);
    return {};
}

} // namespace pacsdrop
