#include "MainWindow.h"

#include "settings/AppPaths.h"
#include "settings/Settings.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace pacsdrop {

MainWindow::MainWindow(const Settings &settings, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("PacsDrop"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(new QLabel(tr("Destinations (%1):").arg(settings.path()), central));
    auto *devices = new QListWidget(central);
    devices->setObjectName(QStringLiteral("devices"));
    for (const auto &d : settings.devices())
        devices->addItem(d.isDefault ? tr("%1 — %2 (default)").arg(d.name, d.address()) : tr("%1 — %2").arg(d.name, d.address()));
    layout->addWidget(devices);
    layout->addWidget(new QLabel(tr("Outbox: %1").arg(paths::outboxFile()), central));
    setCentralWidget(central);
    resize(640, 400);
}

} // namespace pacsdrop
