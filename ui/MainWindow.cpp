#include "MainWindow.h"

#include "net/PlainTextWarning.h"

#include "AboutDialog.h"
#include "FileListModel.h"
#include "SettingsDialog.h"
#include "PatientDialog.h"
#include "PreviewPane.h"
#include "ProgressDialog.h"
#include "SendController.h"
#include "intake/Intake.h"
#include "outbox/Outbox.h"
#include "settings/AppPaths.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QSettings>
#include <QTimer>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QtConcurrent>

namespace pacsdrop {

MainWindow::MainWindow(const Settings &settings, QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_model(new FileListModel(this)), m_sender(new SendController(*m_model, this)),
      m_table(new QTableView(this)), m_preview(new PreviewPane(this)), m_destination(new QComboBox(this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("PacsDrop"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/pacsdrop.svg")));
    setAcceptDrops(true);
    m_table->setObjectName(QStringLiteral("files"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    auto *split = new QSplitter(this);
    split->addWidget(m_table);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    setCentralWidget(split);

    m_destination->setObjectName(QStringLiteral("destination"));
    m_destination->setToolTip(tr("Where the files go"));
    for (const Device &d : m_settings.devices()) {
        m_destination->addItem(d.name, d.name);
        if (d.isDefault)
            m_destination->setCurrentIndex(m_destination->count() - 1);
    }
    m_status->setObjectName(QStringLiteral("status"));
    statusBar()->addWidget(m_status, 1);
    m_outbox = new QLabel(this);
    m_outbox->setObjectName(QStringLiteral("outbox"));
    statusBar()->addPermanentWidget(m_outbox);
    // The outbox is shared with the command line and the service: its count is read now and then.
    auto *outboxTimer = new QTimer(this);
    outboxTimer->setInterval(5000);
    connect(outboxTimer, &QTimer::timeout, this, &MainWindow::refreshOutboxCount);
    outboxTimer->start();
    refreshOutboxCount();
    buildActions();

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        m_preview->showFile(current.isValid() ? m_model->row(current.row()).item.path : QString());
    });
    connect(m_sender, &SendController::finished, this, [this](bool, const QString &summary) {
        refreshOutboxCount();
        if (m_settings.site().removeSentFromList)
            m_model->removeSent();
        m_status->setText(summary);
        updateActions();
    });

    QSettings window;
    if (!restoreGeometry(window.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(960, 560);
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    auto *bar = addToolBar(tr("Files"));
    bar->setObjectName(QStringLiteral("toolbar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *addFiles = bar->addAction(QIcon(QStringLiteral(":/icons/add-files.svg")), tr("Add files…"), this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add files"));
        if (!files.isEmpty())
            addPaths(files);
    });
    addFiles->setShortcut(QKeySequence::Open);
    auto *addFolder = bar->addAction(QIcon(QStringLiteral(":/icons/add-folder.svg")), tr("Add folder…"), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Add folder"));
        if (!folder.isEmpty())
            addPaths({folder});
    });
    addFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_remove = bar->addAction(QIcon(QStringLiteral(":/icons/remove.svg")), tr("Remove"), this, &MainWindow::removeSelected);
    m_remove->setObjectName(QStringLiteral("remove"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_retry = bar->addAction(QIcon(QStringLiteral(":/icons/retry.svg")), tr("Retry failed"), this, &MainWindow::retryFailed);
    m_retry->setObjectName(QStringLiteral("retry"));
    bar->addSeparator();
    bar->addWidget(new QLabel(tr(" Send to: "), bar));
    bar->addWidget(m_destination);
    m_send = bar->addAction(QIcon(QStringLiteral(":/icons/send.svg")), tr("Send"), this, &MainWindow::sendAll);
    m_send->setObjectName(QStringLiteral("send"));
    m_send->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    bar->addSeparator();
    auto *settings = bar->addAction(QIcon(QStringLiteral(":/icons/settings.svg")), tr("Settings…"), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("settings"));
    settings->setShortcut(QKeySequence::Preferences);
    auto *about = bar->addAction(QIcon(QStringLiteral(":/icons/about.svg")), tr("About"), this, [this] {
        auto *dialog = new AboutDialog(m_settings, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setObjectName(QStringLiteral("about"));
}

void MainWindow::refreshOutboxCount()
{
    auto *watcher = new QFutureWatcher<int>(this);
    connect(watcher, &QFutureWatcher<int>::finished, this, [this, watcher] {
        m_outboxPending = watcher->result();
        watcher->deleteLater();
        m_outbox->setText(m_outboxPending > 0 ? tr("Outbox: %n file(s) waiting", nullptr, m_outboxPending) : tr("Outbox: empty"));
    });
    watcher->setFuture(QtConcurrent::run([] {
        auto outbox = Outbox::open(paths::outboxFile());
        auto pending = outbox ? outbox->pending() : Result<QList<OutboxEntry>>(std::unexpected(outbox.error()));
        return pending ? static_cast<int>(pending->size()) : 0;
    }));
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applySettings(dialog->settings()); });
    dialog->open();
}

void MainWindow::applySettings(const Settings &settings)
{
    m_settings = settings;
    const QString current = m_destination->currentData().toString();
    m_destination->clear();
    for (const Device &d : m_settings.devices()) {
        m_destination->addItem(d.name, d.name);
        if (d.name == current || (current.isEmpty() && d.isDefault))
            m_destination->setCurrentIndex(m_destination->count() - 1);
    }
    updateActions();
}

void MainWindow::updateActions()
{
    int ready = 0, failed = 0, sent = 0;
    for (const FileRow &r : m_model->rows()) {
        ready += r.status == FileRow::Status::Ready;
        failed += r.status == FileRow::Status::Failed;
        sent += r.status == FileRow::Status::Sent;
    }
    const bool busy = m_sender->isRunning();
    m_send->setEnabled(!busy && ready + failed > 0 && m_destination->count() > 0);
    m_retry->setEnabled(!busy && failed > 0);
    m_remove->setEnabled(!busy && m_table->selectionModel()->hasSelection());
    if (!busy) {
        QString text = m_reading > 0 ? tr("Reading files…")
                                     : tr("%n file(s)", nullptr, int(m_model->rowCount())) + tr(" — %1 ready, %2 sent, %3 failed").arg(ready).arg(sent).arg(failed);
        if (m_model->patientCount() > 1) // not an error, but nothing to send by accident
            text += tr(" — DICOM files of %1 different patients").arg(m_model->patientCount());
        m_status->setText(text);
    }
}

void MainWindow::addPaths(const QStringList &paths)
{
    ++m_reading;
    updateActions();
    // Headers are read on the thread pool; the rows arrive in one insert.
    auto *watcher = new QFutureWatcher<QList<FileRow>>(this);
    connect(watcher, &QFutureWatcher<QList<FileRow>>::finished, this, [this, watcher] {
        const int added = m_model->addRows(watcher->result());
        watcher->deleteLater();
        --m_reading;
        updateActions();
        emit pathsAdded(added);
    });
    watcher->setFuture(QtConcurrent::run([paths] { return rowsFor(collectItems(paths)); }));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addPaths(paths);
}

void MainWindow::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    m_model->removeRowsAt(rows);
}

void MainWindow::retryFailed()
{
    for (const FileRow &r : m_model->rows()) {
        if (r.status == FileRow::Status::Failed)
            m_model->setStatus(r.item.path, FileRow::Status::Ready);
    }
    sendAll();
}

void MainWindow::sendAll()
{
    if (m_sender->isRunning() || m_destination->count() == 0)
        return;
    QStringList paths;
    bool conversion = false;
    for (const FileRow &r : m_model->rows()) {
        if (r.status == FileRow::Status::Ready || r.status == FileRow::Status::Failed) {
            paths << r.item.path;
            conversion = conversion || r.needsConversion();
        }
    }
    if (paths.isEmpty())
        return;
    if (!conversion) {
        startSend(paths, {});
        return;
    }
    // Photos, scans, videos and PDFs need a patient: ask, then send.
    auto *dialog = new PatientDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setStudyData(m_lastStudy);
    connect(dialog, &QDialog::accepted, this, [this, dialog, paths] {
        m_lastStudy = dialog->studyData();
        startSend(paths, m_lastStudy);
    });
    dialog->open();
    if (m_settings.site().worklistOnlyForNonDicom) // the patient can only come from the worklist
        dialog->openSearch();
}

void MainWindow::startSend(const QStringList &paths, const StudyData &study)
{
    const auto device = m_settings.device(m_destination->currentData().toString());
    if (!device)
        return;
    if (warnOnceAboutClearText(*device))
        QMessageBox::warning(this, tr("Unencrypted"), clearTextWarning(*device));
    m_progress = new ProgressDialog(this);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_sender, &SendController::progress, m_progress, &ProgressDialog::setProgress);
    connect(m_sender, &SendController::logLine, m_progress, &ProgressDialog::appendLog);
    connect(m_sender, &SendController::fileProgress, m_progress, &ProgressDialog::setFileProgress);
    connect(m_sender, &SendController::finished, m_progress, &ProgressDialog::finish);
    connect(m_progress, &ProgressDialog::cancelRequested, m_sender, &SendController::cancel);
    m_progress->open();
    m_sender->start(paths, *device, study, m_settings);
    updateActions();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_sender->isRunning()
        && QMessageBox::question(this, tr("PacsDrop"), tr("Files are still being sent. Stop after the current file and close? "
                                                           "The rest stays in the outbox and is sent next time.")) != QMessageBox::Yes) {
        event->ignore();
        return;
    }
    m_sender->cancel();
    // What is still waiting can be sent on after the window closes, by "pacsdrop queue resume".
    if (m_outboxPending > 0
        && QMessageBox::question(this, tr("PacsDrop"), tr("%n file(s) are still waiting in the outbox. Keep sending them in the background "
                                                           "after the window closes?", nullptr, m_outboxPending)) == QMessageBox::Yes)
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                {QStringLiteral("queue"), QStringLiteral("resume"), QStringLiteral("--config"), paths::settingsFile(),
                                 QStringLiteral("--data-dir"), paths::dataDir()});
    QSettings window;
    window.setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

} // namespace pacsdrop
