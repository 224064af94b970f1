#include "WorklistPage.h"

#include "EchoRunner.h"
#include "RecordTable.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pacsdrop {

namespace {

using Col = RecordTable::Column;

QList<Col> columns()
{
    const QStringList levels{QStringLiteral("study"), QStringLiteral("patient")};
    return {{QObject::tr("Name")}, {QObject::tr("AE title")}, {QObject::tr("Host")}, {QObject::tr("Port"), Col::Type::Number},
            {QObject::tr("Calling AE")}, {QObject::tr("Charset if none sent")}, {QObject::tr("Modality")}, {QObject::tr("Station AE")},
            {QObject::tr("Date")}, {QObject::tr("Root"), Col::Type::Choice, levels}, {QObject::tr("Level"), Col::Type::Choice, levels},
            {QObject::tr("Connect s"), Col::Type::Number}, {QObject::tr("ACSE s"), Col::Type::Number}, {QObject::tr("DIMSE s"), Col::Type::Number}};
}

QVariantList rowOf(const LookupDevice &d)
{
    const Device &c = d.connection;
    return {c.name, c.aeTitle, c.host, c.port, c.callingAeTitle, d.fallbackCharacterSet, d.defaults.modality, d.defaults.stationAeTitle,
            d.defaults.date, queryRootName(d.defaults.root), queryLevelName(d.defaults.level), c.connectTimeout, c.acseTimeout, c.dimseTimeout};
}

LookupDevice deviceOf(const QVariantList &r)
{
    LookupDevice d;
    d.connection.name = r.value(0).toString();
    d.connection.aeTitle = r.value(1).toString();
    d.connection.host = r.value(2).toString();
    d.connection.port = r.value(3).toInt();
    d.connection.callingAeTitle = r.value(4).toString();
    d.fallbackCharacterSet = r.value(5).toString();
    d.defaults.modality = r.value(6).toString();
    d.defaults.stationAeTitle = r.value(7).toString();
    d.defaults.date = r.value(8).toString();
    d.defaults.root = parseQueryRoot(r.value(9).toString()).value_or(QueryRoot::Study);
    d.defaults.level = parseQueryLevel(r.value(10).toString()).value_or(QueryLevel::Study);
    d.connection.connectTimeout = r.value(11).toInt();
    d.connection.acseTimeout = r.value(12).toInt();
    d.connection.dimseTimeout = r.value(13).toInt();
    return d;
}

} // namespace

WorklistPage::WorklistPage(QWidget *parent) : SettingsPage(parent)
{
    setObjectName(QStringLiteral("worklistPage"));
    m_worklist = makeTable(QStringLiteral("worklistDevices"));
    m_query = makeTable(QStringLiteral("queryDevices"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Modality Worklist devices (scheduled procedures):"), this));
    layout->addWidget(m_worklist, 1);
    layout->addWidget(new QLabel(tr("PACS query devices (existing studies):"), this));
    layout->addWidget(m_query, 1);
}

RecordTable *WorklistPage::makeTable(const QString &name)
{
    auto *table = new RecordTable(columns(), this);
    table->setObjectName(name);
    table->setRowAction(tr("Echo"), [this, table](int row) {
        const LookupDevice d = devicesOf(*table).value(row);
        echoIntoRow(*table, row, d.connection, d.validate(tr("this device")), m_localAe);
    });
    return table;
}

QList<LookupDevice> WorklistPage::devicesOf(const RecordTable &table)
{
    QList<LookupDevice> devices;
    for (const QVariantList &r : table.rows())
        devices << deviceOf(r);
    return devices;
}

void WorklistPage::load(const Settings &settings)
{
    m_localAe = settings.localAeTitle();
    QList<QVariantList> rows;
    for (const LookupDevice &d : settings.worklistDevices())
        rows << rowOf(d);
    m_worklist->setRows(rows);
    rows.clear();
    for (const LookupDevice &d : settings.queryDevices())
        rows << rowOf(d);
    m_query->setRows(rows);
}

QString WorklistPage::apply(Settings &settings) const
{
    const QList<LookupDevice> worklist = devicesOf(*m_worklist), query = devicesOf(*m_query);
    for (qsizetype i = 0; i < worklist.size(); ++i) {
        if (const QString p = worklist[i].validate(tr("worklist device %1").arg(i + 1)); !p.isEmpty())
            return p;
    }
    for (qsizetype i = 0; i < query.size(); ++i) {
        if (const QString p = query[i].validate(tr("query device %1").arg(i + 1)); !p.isEmpty())
            return p;
    }
    settings.setWorklistDevices(worklist);
    settings.setQueryDevices(query);
    return {};
}

} // namespace pacsdrop
