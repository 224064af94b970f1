#include "MonitorPage.h"

#include "Ask.h"
#include "HotFolderForm.h"
#include "RecordList.h"
#include "SettingNames.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pacsdrop {

MonitorPage::MonitorPage(QWidget *parent)
    : SettingsPage(parent), m_list(new RecordList({tr("Folder"), tr("Send to"), tr("What"), tr("After sending")}, this))
{
    setObjectName(QStringLiteral("monitorPage"));
    m_list->setObjectName(QStringLiteral("hotFolders"));
    connect(m_list, &RecordList::addRequested, this, [this] { openForm(-1, m_devices); });
    connect(m_list, &RecordList::editRequested, this, [this](int row) { openForm(row, m_devices); });
    connect(m_list, &RecordList::removeRequested, this, [this](int row) {
        if (askYesNo(this, tr("Remove"), tr("Stop watching %1?").arg(m_folders.value(row).folder))) {
            m_folders.removeAt(row);
            showRows();
        }
    });
    auto *note = new QLabel(tr("Files that appear in these folders are sent by the PacsDrop service (pacsdrop serve) once "
                               "they are complete."), this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_list, 1);
}

HotFolderForm *MonitorPage::openForm(int row, const QStringList &devices)
{
    HotFolder base;
    if (row >= 0 && row < m_folders.size())
        base = m_folders[row];
    else
        row = -1;
    auto *form = new HotFolderForm(base, devices, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &QDialog::accepted, this, [this, form, row] {
        if (row < 0)
            m_folders.append(form->folder());
        else
            m_folders[row] = form->folder();
        showRows();
        m_list->setCurrentRow(row < 0 ? int(m_folders.size()) - 1 : row);
    });
    form->open();
    return form;
}

void MonitorPage::showRows()
{
    QList<QStringList> rows;
    for (const HotFolder &h : std::as_const(m_folders))
        rows << QStringList{h.folder, h.destination, h.dicomOnly ? tr("DICOM files") : tr("DICOM and other files"), afterSendTitle(h.afterSend)};
    m_list->setRows(rows);
}

void MonitorPage::load(const Settings &settings)
{
    m_folders = settings.hotFolders();
    m_devices.clear();
    for (const Device &d : settings.devices())
        m_devices << d.name;
    showRows();
}

QString MonitorPage::apply(Settings &settings) const
{
    for (qsizetype i = 0; i < m_folders.size(); ++i) {
        if (const QString p = m_folders[i].validate(tr("watched folder %1").arg(i + 1)); !p.isEmpty())
            return p;
    }
    settings.setHotFolders(m_folders);
    return {};
}

} // namespace pacsdrop
