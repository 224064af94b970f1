#include "MonitorPage.h"

#include "RecordTable.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pacsdrop {

namespace {

using Col = RecordTable::Column;

// Study data as "Keyword=value; Keyword=value", the form --set takes, one cell wide.
QString studyText(const QMap<QString, QString> &study)
{
    QStringList parts;
    for (auto it = study.cbegin(); it != study.cend(); ++it)
        parts << it.key() + u'=' + it.value();
    return parts.join(QStringLiteral("; "));
}

QMap<QString, QString> studyOf(const QString &text)
{
    QMap<QString, QString> study;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq > 0)
            study.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
        else
            study.insert(part.trimmed(), QString()); // shown as an unknown or empty keyword by validation
    }
    return study;
}

} // namespace

MonitorPage::MonitorPage(QWidget *parent)
    : SettingsPage(parent),
      m_table(new RecordTable({{tr("Folder")}, {tr("Destination")}, {tr("Subfolders"), Col::Type::Flag}, {tr("DICOM only"), Col::Type::Flag},
                               {tr("Study data (Keyword=value; …)")},
                               {tr("After sending"), Col::Type::Choice, {QStringLiteral("leave"), QStringLiteral("delete"), QStringLiteral("move")}},
                               {tr("Done folder")}, {tr("Stable s"), Col::Type::Number}, {tr("Poll s"), Col::Type::Number}},
                              this))
{
    setObjectName(QStringLiteral("monitorPage"));
    m_table->setObjectName(QStringLiteral("hotFolders"));
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("Files that appear in these folders are sent by the PacsDrop service (pacsdrop serve) once "
                               "they are complete."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
}

void MonitorPage::load(const Settings &settings)
{
    QList<QVariantList> rows;
    for (const HotFolder &h : settings.hotFolders())
        rows << QVariantList{h.folder, h.destination, h.recursive, h.dicomOnly, studyText(h.study), afterSendName(h.afterSend),
                             h.doneFolder, h.stableSeconds, h.pollSeconds};
    m_table->setRows(rows);
}

QString MonitorPage::apply(Settings &settings) const
{
    QList<HotFolder> folders;
    const QList<QVariantList> rows = m_table->rows();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QVariantList &r = rows[i];
        HotFolder h;
        h.folder = r.value(0).toString();
        h.destination = r.value(1).toString();
        h.recursive = r.value(2).toBool();
        h.dicomOnly = r.value(3).toBool();
        h.study = studyOf(r.value(4).toString());
        const QString after = r.value(5).toString();
        h.afterSend = after == QLatin1String("delete") ? HotFolder::AfterSend::Delete
                      : after == QLatin1String("move") ? HotFolder::AfterSend::MoveToDone : HotFolder::AfterSend::Leave;
        h.doneFolder = r.value(6).toString();
        h.stableSeconds = r.value(7).toInt();
        h.pollSeconds = r.value(8).toInt();
        if (const QString p = h.validate(tr("watched folder %1").arg(i + 1)); !p.isEmpty())
            return p;
        folders << h;
    }
    settings.setHotFolders(folders);
    return {};
}

} // namespace pacsdrop
