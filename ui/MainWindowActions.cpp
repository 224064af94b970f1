// The window's actions, with their shortcuts, in the tool bar and the menus.
#include "MainWindow.h"

#include "AboutDialog.h"
#include "Appearance.h"
#include "FileListView.h"
#include "SvgIcon.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QToolBar>

namespace pacsdrop {

namespace {

QIcon icon(const char *name) { return svgIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name))); }

// The platform's own key for preferences, and Ctrl+, everywhere (Qt binds Preferences only on
// some platforms; on Windows and plain X11 the list is empty).
QList<QKeySequence> preferencesKeys()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    const QKeySequence comma(Qt::CTRL | Qt::Key_Comma);
    if (!keys.contains(comma))
        keys.prepend(comma);
    return keys;
}

} // namespace

void MainWindow::buildActions()
{
    m_addFiles = new QAction(icon("add-files"), tr("Add files…"), this);
    m_addFiles->setObjectName(QStringLiteral("addFiles"));
    m_addFiles->setShortcut(QKeySequence::Open);
    connect(m_addFiles, &QAction::triggered, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add files"));
        if (!files.isEmpty())
            addPaths(files);
    });
    m_addFolder = new QAction(icon("add-folder"), tr("Add folder…"), this);
    m_addFolder->setObjectName(QStringLiteral("addFolder"));
    m_addFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_addFolder, &QAction::triggered, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Add folder"));
        if (!folder.isEmpty())
            addPaths({folder});
    });
    m_remove = new QAction(icon("remove"), tr("Remove from list"), this);
    m_remove->setIconText(tr("Remove")); // the tool bar's shorter word
    m_remove->setObjectName(QStringLiteral("remove"));
    m_remove->setShortcut(QKeySequence::Delete);
    connect(m_remove, &QAction::triggered, this, &MainWindow::removeSelected);
    m_retry = new QAction(icon("retry"), tr("Retry failed"), this);
    m_retry->setObjectName(QStringLiteral("retry"));
    m_retry->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_retry, &QAction::triggered, this, &MainWindow::retryFailed);
    m_send = new QAction(icon("send"), tr("Send"), this);
    m_send->setObjectName(QStringLiteral("send"));
    m_send->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(m_send, &QAction::triggered, this, &MainWindow::sendAll);
    m_settingsAction = new QAction(icon("settings"), tr("Settings…"), this);
    m_settingsAction->setIconText(tr("Settings"));
    m_settingsAction->setObjectName(QStringLiteral("settings"));
    m_settingsAction->setShortcuts(preferencesKeys());
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    m_outboxAction = new QAction(icon("outbox"), tr("Outbox and history…"), this);
    m_outboxAction->setIconText(tr("Outbox"));
    m_outboxAction->setObjectName(QStringLiteral("outboxHistory"));
    m_outboxAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_outboxAction, &QAction::triggered, this, &MainWindow::openOutbox);
    m_aboutAction = new QAction(icon("about"), tr("About PacsDrop"), this);
    m_aboutAction->setObjectName(QStringLiteral("about"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(m_settings, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_darkAction = new QAction(tr("Dark appearance"), this);
    m_darkAction->setObjectName(QStringLiteral("dark"));
    m_darkAction->setCheckable(true);
    m_darkAction->setChecked(savedAppearance() == Appearance::Dark);
    connect(m_darkAction, &QAction::toggled, this, [](bool dark) {
        const Appearance appearance = dark ? Appearance::Dark : Appearance::System;
        saveAppearance(appearance);
        applyAppearance(appearance);
    });
    m_fitColumns = new QAction(tr("Fit columns to their content"), this);
    m_fitColumns->setObjectName(QStringLiteral("fitColumns"));
    connect(m_fitColumns, &QAction::triggered, this, [this] { m_list->fitColumns(); });

    auto *bar = addToolBar(tr("Files"));
    bar->setObjectName(QStringLiteral("toolbar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_addFiles);
    bar->addAction(m_addFolder);
    bar->addAction(m_remove);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr(" Send to: "), bar));
    bar->addWidget(m_destination);
    bar->addAction(m_send);
    bar->addAction(m_retry);
    bar->addSeparator();
    bar->addAction(m_outboxAction);
    bar->addAction(m_settingsAction);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_addFiles);
    file->addAction(m_addFolder);
    file->addAction(m_remove);
    file->addSeparator();
    QAction *quit = file->addAction(tr("Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    QMenu *send = menuBar()->addMenu(tr("&Send"));
    send->addAction(m_send);
    send->addAction(m_retry);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_outboxAction);
    view->addSeparator();
    view->addAction(m_fitColumns);
    view->addAction(m_darkAction);
    QMenu *settings = menuBar()->addMenu(tr("S&ettings"));
    settings->addAction(m_settingsAction);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

} // namespace pacsdrop
