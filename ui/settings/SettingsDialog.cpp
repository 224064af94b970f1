#include "SettingsDialog.h"

#include "DevicesPage.h"
#include "MainPage.h"
#include "MonitorPage.h"
#include "ScreenFit.h"
#include "WorklistPage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace pacsdrop {

SettingsDialog::SettingsDialog(const Settings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_index(new QListWidget(this)), m_stack(new QStackedWidget(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    auto *devices = new DevicesPage(this);
    auto *monitor = new MonitorPage(this);
    m_pages = {new MainPage(this), devices, new WorklistPage(this), monitor};
    for (SettingsPage *page : std::as_const(m_pages)) {
        page->load(settings);
        m_index->addItem(page->title());
        // Every page scrolls when the screen is small or the text large (scale 1.5, 2).
        auto *scroll = new QScrollArea(this);
        scroll->setWidget(page);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        m_stack->addWidget(scroll);
    }
    m_index->setFixedWidth(m_index->sizeHintForColumn(0) + fontMetrics().averageCharWidth() * 4);
    m_index->setCurrentRow(0);
    connect(m_index, &QListWidget::currentRowChanged, this, [this, devices, monitor](int row) {
        m_stack->setCurrentIndex(row);
        QStringList names; // a folder may send to a device just added
        for (const Device &d : devices->devices())
            names << d.name;
        monitor->setDevices(names);
    });
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *body = new QHBoxLayout;
    body->addWidget(m_index);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resizeInChars(this, 175, 56);
}

QString SettingsDialog::problem() const { return m_problem->isHidden() ? QString() : m_problem->text(); }

void SettingsDialog::showPage(const QString &objectName)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i]->objectName() == objectName)
            m_index->setCurrentRow(i);
    }
}

void SettingsDialog::accept()
{
    Settings edited = m_settings;
    for (int i = 0; i < m_pages.size(); ++i) {
        if (const QString p = m_pages[i]->apply(edited); !p.isEmpty()) {
            m_index->setCurrentRow(i); // the problem is shown where it is
            m_problem->setText(m_pages[i]->title() + QStringLiteral(": ") + p);
            m_problem->show();
            return;
        }
    }
    if (const QString p = edited.validate(); !p.isEmpty()) { // across pages, e.g. a folder's destination
        m_problem->setText(p);
        m_problem->show();
        return;
    }
    if (auto saved = edited.save(); !saved) {
        m_problem->setText(saved.error().message);
        m_problem->show();
        return;
    }
    m_problem->hide();
    m_settings = edited;
    QDialog::accept();
}

} // namespace pacsdrop
