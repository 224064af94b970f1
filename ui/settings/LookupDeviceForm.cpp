#include "LookupDeviceForm.h"

#include "ConnectionCheck.h"
#include "FormFields.h"
#include "FormProblems.h"
#include "SettingNames.h"
#include "StatusLook.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pacsdrop {

namespace {

enum DateChoice { Today, Any, Range };

} // namespace

QSpinBox *LookupDeviceForm::spin(const QString &key, int low, int high, const QString &suffix)
{
    auto *s = namedSpin(this, key, low, high, suffix);
    connect(s, &QSpinBox::valueChanged, this, &LookupDeviceForm::check);
    return s;
}

LookupDeviceForm::LookupDeviceForm(const LookupDevice &device, bool worklist, const QString &localAe, const QStringList &otherNames, QWidget *parent)
    : QDialog(parent), m_base(device), m_worklist(worklist), m_localAe(localAe), m_otherNames(otherNames), m_problems(new FormProblems(this)),
      m_name(namedLine(this, QStringLiteral("name"), worklist ? tr("e.g. RIS worklist") : tr("e.g. Radiology PACS"))),
      m_aeTitle(namedLine(this, QStringLiteral("aeTitle"))), m_host(namedLine(this, QStringLiteral("host"))),
      m_callingAe(namedLine(this, QStringLiteral("callingAeTitle"), tr("%1 (this workstation's)").arg(localAe))),
      m_modality(namedLine(this, QStringLiteral("modality"), tr("e.g. XC"))), m_station(namedLine(this, QStringLiteral("stationAeTitle"), tr("e.g. %1").arg(localAe))),
      m_dateText(namedLine(this, QStringLiteral("dateRange"), QStringLiteral("20260101-20261231"))), m_port(spin(QStringLiteral("port"), 0, 99999)),
      m_connectTimeout(spin(QStringLiteral("connectTimeout"), 0, 99999, tr(" s"))), m_acseTimeout(spin(QStringLiteral("acseTimeout"), 0, 99999, tr(" s"))),
      m_dimseTimeout(spin(QStringLiteral("dimseTimeout"), 0, 99999, tr(" s"))), m_charset(new QComboBox(this)), m_date(new QComboBox(this)),
      m_root(new QComboBox(this)), m_level(new QComboBox(this)), m_rest(new QLabel(this)), m_check(new ConnectionCheck(this))
{
    setWindowTitle(worklist ? tr("Worklist device") : tr("PACS to search"));
    setObjectName(QStringLiteral("lookupDeviceForm"));
    m_charset->setObjectName(QStringLiteral("fallbackCharacterSet"));
    addCharacterSets(*m_charset, tr("Plain text (ASCII) only"));
    m_date->setObjectName(QStringLiteral("date"));
    m_date->addItem(tr("Today"), Today);
    m_date->addItem(tr("Any date"), Any);
    m_date->addItem(tr("These dates (YYYYMMDD-YYYYMMDD):"), Range);
    m_root->setObjectName(QStringLiteral("root"));
    m_root->addItem(queryRootTitle(QueryRoot::Study), int(QueryRoot::Study));
    m_root->addItem(queryRootTitle(QueryRoot::Patient), int(QueryRoot::Patient));
    m_level->setObjectName(QStringLiteral("level"));
    m_level->addItem(queryLevelTitle(QueryLevel::Study), int(QueryLevel::Study));
    m_level->addItem(queryLevelTitle(QueryLevel::Patient), int(QueryLevel::Patient));

    auto *connection = new QGroupBox(tr("Connection"), this);
    auto *c = new QFormLayout(connection);
    m_problems->addRow(c, QStringLiteral("name"), tr("Name"), m_name);
    m_problems->addRow(c, QStringLiteral("aeTitle"), tr("AE title"), m_aeTitle);
    m_problems->addRow(c, QStringLiteral("host"), tr("Host"), m_host);
    m_problems->addRow(c, QStringLiteral("port"), tr("Port"), m_port);
    m_problems->addRow(c, QStringLiteral("callingAeTitle"), tr("PacsDrop calls as"), m_callingAe);
    m_problems->addRow(c, QStringLiteral("connectTimeout"), tr("Wait for the connection"), m_connectTimeout);
    m_problems->addRow(c, QStringLiteral("acseTimeout"), tr("Wait for the association"), m_acseTimeout);
    m_problems->addRow(c, QStringLiteral("dimseTimeout"), tr("Wait for each answer"), m_dimseTimeout);
    auto *answers = new QGroupBox(tr("Answers"), this);
    auto *a = new QFormLayout(answers);
    m_problems->addRow(a, QStringLiteral("fallbackCharacterSet"), tr("Character set when the answer names none"), m_charset);
    auto *defaults = new QGroupBox(tr("Search starts with"), this);
    auto *d = new QFormLayout(defaults);
    auto *dateRow = new QWidget(this);
    auto *dateLayout = new QHBoxLayout(dateRow);
    dateLayout->setContentsMargins(0, 0, 0, 0);
    dateLayout->addWidget(m_date);
    dateLayout->addWidget(m_dateText, 1);
    m_problems->addRow(d, QStringLiteral("date"), tr("Dates"), dateRow);
    if (worklist) {
        m_problems->addRow(d, QStringLiteral("modality"), tr("Modality"), m_modality);
        m_problems->addRow(d, QStringLiteral("stationAeTitle"), tr("Scheduled station (AE title)"), m_station);
    } else {
        d->addRow(tr("Query model"), m_root);
        d->addRow(tr("Search for"), m_level);
        m_modality->hide();
        m_station->hide();
    }
    m_rest->setObjectName(QStringLiteral("problem"));
    m_rest->setWordWrap(true);
    m_rest->hide();
    m_problems->setRest(m_rest);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->addButton(m_check->button(), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &LookupDeviceForm::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_check->button(), &QPushButton::clicked, this, &LookupDeviceForm::checkConnection);
    connect(m_check, &ConnectionCheck::checked, this, &LookupDeviceForm::connectionChecked);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(connection);
    layout->addWidget(answers);
    layout->addWidget(defaults);
    layout->addWidget(m_rest);
    layout->addWidget(m_check->result());
    layout->addStretch();
    layout->addWidget(buttons);

    const Device &conn = device.connection;
    m_name->setText(conn.name);
    m_aeTitle->setText(conn.aeTitle);
    m_host->setText(conn.host);
    m_port->setValue(conn.port);
    m_callingAe->setText(conn.callingAeTitle);
    m_connectTimeout->setValue(conn.connectTimeout);
    m_acseTimeout->setValue(conn.acseTimeout);
    m_dimseTimeout->setValue(conn.dimseTimeout);
    selectData(*m_charset, device.fallbackCharacterSet);
    const QString date = device.defaults.date.trimmed().toLower();
    m_date->setCurrentIndex(date == QLatin1String("today") ? Today : date == QLatin1String("any") || date.isEmpty() ? Any : Range);
    m_dateText->setText(m_date->currentIndex() == Range ? device.defaults.date : QString());
    m_modality->setText(device.defaults.modality);
    m_station->setText(device.defaults.stationAeTitle);
    selectData(*m_root, int(device.defaults.root));
    selectData(*m_level, int(device.defaults.level));
    m_dateText->setEnabled(m_date->currentIndex() == Range);
    for (QLineEdit *e : {m_name, m_aeTitle, m_host, m_callingAe, m_modality, m_station, m_dateText})
        connect(e, &QLineEdit::textChanged, this, &LookupDeviceForm::check);
    connect(m_date, &QComboBox::currentIndexChanged, this, [this] {
        m_dateText->setEnabled(m_date->currentIndex() == Range);
        check();
    });
    connect(m_charset, &QComboBox::currentIndexChanged, this, &LookupDeviceForm::check);
    check();
}

LookupDevice LookupDeviceForm::device() const
{
    LookupDevice d = m_base;
    d.connection.name = m_name->text().trimmed();
    d.connection.aeTitle = m_aeTitle->text().trimmed();
    d.connection.host = m_host->text().trimmed();
    d.connection.port = m_port->value();
    d.connection.callingAeTitle = m_callingAe->text().trimmed();
    d.connection.connectTimeout = m_connectTimeout->value();
    d.connection.acseTimeout = m_acseTimeout->value();
    d.connection.dimseTimeout = m_dimseTimeout->value();
    d.fallbackCharacterSet = m_charset->currentData().toString();
    const int date = m_date->currentIndex();
    d.defaults.date = date == Today ? QStringLiteral("today") : date == Any ? QStringLiteral("any") : m_dateText->text().trimmed();
    if (m_worklist) {
        d.defaults.modality = m_modality->text().trimmed();
        d.defaults.stationAeTitle = m_station->text().trimmed();
    } else {
        d.defaults.root = static_cast<QueryRoot>(m_root->currentData().toInt());
        d.defaults.level = static_cast<QueryLevel>(m_level->currentData().toInt());
    }
    return d;
}

QStringList LookupDeviceForm::problems() const
{
    const LookupDevice d = device();
    QStringList found = d.problems();
    for (const QString &other : m_otherNames) {
        if (other.compare(d.connection.name, Qt::CaseInsensitive) == 0)
            found.prepend(QStringLiteral("name: ") + tr("another device is already called \"%1\"").arg(d.connection.name));
    }
    return found;
}

QString LookupDeviceForm::problemAt(const QString &key) const { return m_problems->at(key); }

void LookupDeviceForm::check() { m_problems->show(problems()); }

void LookupDeviceForm::checkConnection()
{
    check();
    if (m_problems->shown() > 0)
        m_check->refuse(tr("Fix the problems shown first."));
    else
        m_check->run(device().connection, m_localAe);
}

QString LookupDeviceForm::connectionResult() const { return m_check->text(); }

void LookupDeviceForm::accept()
{
    check();
    if (m_problems->shown() > 0)
        return;
    QDialog::accept();
}

} // namespace pacsdrop
