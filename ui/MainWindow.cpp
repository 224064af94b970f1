#include "MainWindow.h"


#include "Ask.h"
#include "FileListModel.h"
#include "EntryStatus.h"
#include "FileListView.h"
#include "Notifier.h"
#include "OutboxView.h"
#include "PatientDialog.h"
#include "PreviewPane.h"
#include "ProblemBar.h"
#include "ProgressDialog.h"
#include "SavedState.h"
#include "SendController.h"
#include "SettingsDialog.h"
#include "StatusLook.h"
#include "inbound/ArchiveIndex.h"
#include "SvgIcon.h"
#include "net/PlainTextWarning.h"
#include "outbox/Outbox.h"
#include "pipeline/PipelineModule.h"
#include "settings/AppPaths.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace pacsdrop {

namespace {

struct OutboxState {
    Outbox::Counts counts;
    std::optional<QDateTime> nextRetry;
    bool leftIntakes = false; // a process that died left a batch it had not recorded yet
};

} // namespace

MainWindow::MainWindow(const Settings &settings, QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_model(new FileListModel(this)), m_sender(new SendController(*m_model, this)),
      m_preview(new PreviewPane(this)), m_problems(new ProblemBar(this)), m_notifier(new Notifier(this)),
      m_destination(new QComboBox(this)), m_status(new QLabel(this)), m_outbox(new QPushButton(this))
{
    setWindowTitle(tr("PacsDrop"));
    setWindowIcon(svgIcon(QStringLiteral(":/icons/pacsdrop.svg")));
    setAcceptDrops(true);
    m_destination->setObjectName(QStringLiteral("destination"));
    m_destination->setToolTip(tr("Where the files go"));
    m_destination->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const Device &d : m_settings.devices()) {
        m_destination->addItem(d.name, d.name);
        if (d.isDefault)
            m_destination->setCurrentIndex(m_destination->count() - 1);
    }
    buildActions();
    buildMenus();

    m_list = new FileListView(*m_model, m_addFiles, m_addFolder, this);
    // Where a failed row is, its Retry is too: a right click on the list.
    m_list->table().setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->table().addActions({m_retry, m_send, m_remove, m_outboxAction});
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_problems);
    leftLayout->addWidget(m_list, 1);
    m_split = new QSplitter(this);
    m_split->setObjectName(QStringLiteral("split"));
    m_split->addWidget(left);
    m_split->addWidget(m_preview);
    m_split->setStretchFactor(0, 7);
    m_split->setStretchFactor(1, 3);
    m_split->setChildrenCollapsible(false);
    setCentralWidget(m_split);

    m_status->setObjectName(QStringLiteral("status"));
    statusBar()->addWidget(m_status, 1);
    m_outbox->setObjectName(QStringLiteral("outbox"));
    m_outbox->setFlat(true);
    m_outbox->setToolTip(tr("Open the outbox and history"));
    statusBar()->addPermanentWidget(m_outbox);
    connect(m_outbox, &QPushButton::clicked, this, [this] {
        if (OutboxView *view = openOutbox(); view && m_outboxFailed > 0)
            view->showNotSent();
    });
    // The outbox is shared with the command line and the service: its count is read now and then,
    // and files waiting for a PACS that was away are sent when their time comes.
    auto *outboxTimer = new QTimer(this);
    outboxTimer->setInterval(5000);
    connect(outboxTimer, &QTimer::timeout, this, &MainWindow::refreshOutboxCount);
    outboxTimer->start();
    refreshOutboxCount();
    auto *retentionTimer = new QTimer(this);
    retentionTimer->setInterval(3600 * 1000);
    connect(retentionTimer, &QTimer::timeout, this, &MainWindow::applyRetention);
    retentionTimer->start();
    QTimer::singleShot(30000, this, &MainWindow::applyRetention);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    connect(m_list->table().selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_list, &FileListView::currentChanged, this, &MainWindow::showSelected);
    connect(m_problems, &ProblemBar::retryClicked, this, &MainWindow::retryFailed);
    connect(m_notifier, &Notifier::showOutboxRequested, this, &MainWindow::openOutbox);
    connect(m_sender, &SendController::finished, this, [this](const SendReport &report) {
        refreshOutboxCount();
        if (m_settings.site().removeSentFromList)
            m_model->removeSent();
        m_notifier->sendFinished(report, isActiveWindow() && !isMinimized());
        m_silentRun = false;
        updateActions();
        if (m_outboxView)
            m_outboxView->reload();
        emit sendFinished(report);
        if (!m_afterRun.isEmpty()) // the user's send that waited for this one (kept queued until it runs)
            QTimer::singleShot(0, this, &MainWindow::runQueued);
    });

    QSettings window;
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1280, 800);
    if (!restoreGeometry(window.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(defaultSize(available));
    else if (width() > available.width() || height() > available.height())
        resize(size().boundedTo(available)); // remembered on a larger screen (or a smaller scale)
    if (!m_split->restoreState(window.value(QStringLiteral("window/split")).toByteArray()))
        m_split->setSizes({width() * 72 / 100, width() * 28 / 100});
    arrangeForWidth();
    updateActions();
}

MainWindow::~MainWindow() = default;

QTableView &MainWindow::table() { return m_list->table(); }

QSize MainWindow::defaultSize(const QSize &available)
{
    // Most of the screen (80 %), neither sprawling on a wall display nor cramped on a small or
    // scaled-up screen, where it takes nearly all of it (the list needs the width).
    const QSize wanted = available.width() < 1200 ? QSize(available.width() * 95 / 100, available.height() * 90 / 100) : available * 0.8;
    return wanted.boundedTo(QSize(1600, 1000)).expandedTo(QSize(900, 600)).boundedTo(available);
}

QString MainWindow::destinationName() const { return m_destination->currentData().toString(); }

void MainWindow::applyRetention()
{
    const QList<ArchiveStore> stores = archiveStores(m_settings);
    if (std::none_of(stores.cbegin(), stores.cend(), [](const ArchiveStore &s) { return s.rule.keepDays > 0 || s.rule.keepGigabytes > 0; }))
        return; // no rule: nothing to read, and the pipeline need not load for it
    const auto pipeline = pipelineFunctions();
    if (!pipeline)
        return; // nothing was received without it either
    auto *watcher = new QFutureWatcher<int>(this);
    connect(watcher, &QFutureWatcher<int>::finished, this, [this, watcher] {
        emit retentionApplied(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([settings = m_settings, runRetention = (*pipeline)->runRetention] {
        auto runs = runRetention(settings, false);
        int deleted = 0;
        for (const RetentionRun &run : runs ? *runs : QList<RetentionRun>{})
            deleted += run.deleted;
        return deleted;
    }));
}

void MainWindow::refreshOutboxCount()
{
    auto *watcher = new QFutureWatcher<OutboxState>(this);
    connect(watcher, &QFutureWatcher<OutboxState>::finished, this, [this, watcher] {
        const OutboxState state = watcher->result();
        watcher->deleteLater();
        m_outboxPending = state.counts.pending;
        m_outboxFailed = state.counts.failed;
        QStringList parts;
        if (m_outboxFailed > 0)
            parts << tr("%n failed", nullptr, m_outboxFailed);
        if (m_outboxPending > 0)
            parts << tr("%n waiting", nullptr, m_outboxPending);
        const QString text = parts.isEmpty() ? tr("Outbox: nothing waiting") : tr("Outbox: %1").arg(parts.join(QStringLiteral(", ")));
        m_outbox->setText(text);
        m_outbox->setIcon(m_outboxFailed > 0 ? statusIcon(FileRow::Status::Failed)
                          : m_outboxPending > 0 ? statusIcon(FileRow::Status::Waiting) : QIcon());
        m_outbox->setStyleSheet(m_outboxFailed > 0 ? QStringLiteral("QPushButton { color: %1; font-weight: bold; }").arg(toneText(Tone::Bad, QApplication::palette()).name())
                                                   : QString());
        m_notifier->setOutboxState(text);
        // A PACS that was away may be back: files waiting for it go when their time has come.
        if ((state.nextRetry && *state.nextRetry <= QDateTime::currentDateTimeUtc()) || state.leftIntakes)
            resumeWaiting();
    });
    watcher->setFuture(QtConcurrent::run([] {
        OutboxState state;
        if (auto outbox = Outbox::openConfigured()) {
            if (auto counts = outbox->counts())
                state.counts = *counts;
            if (auto next = outbox->nextRetry())
                state.nextRetry = *next;
            if (auto left = outbox->intakes())
                state.leftIntakes = !left->isEmpty();
        }
        return state;
    }));
}

void MainWindow::whenIdle(std::function<void()> send)
{
    if (!m_sender->isRunning()) {
        send();
        return;
    }
    m_afterRun.append(std::move(send));
    if (m_silentRun)
        m_sender->cancel(); // what it did not get to stays pending: the user's send takes it along
}

void MainWindow::runQueued()
{
    if (!m_afterRun.isEmpty() && !m_sender->isRunning())
        m_afterRun.takeFirst()();
}

void MainWindow::resumeWaiting()
{
    if (m_sender->isRunning() || !m_afterRun.isEmpty())
        return;
    m_silentRun = true; // no progress dialog: the rows and the problem bar show it
    m_sender->resume(m_settings, {}, destinationName());
    updateActions();
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applySettings(dialog->settings()); });
    dialog->open();
}

OutboxView *MainWindow::openOutbox()
{
    if (!m_outboxView) {
        m_outboxView = new OutboxView(this);
        m_outboxView->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_outboxView, &QObject::destroyed, this, [this] { m_outboxView = nullptr; });
        connect(m_outboxView, &OutboxView::retryRequested, this, [this](const QList<qint64> &ids) {
            whenIdle([this, ids] {
                showProgress(destinationName());
                m_sender->resume(m_settings, ids, destinationName());
                updateActions();
            });
        });
        connect(m_outboxView, &OutboxView::removed, this, &MainWindow::refreshOutboxCount);
    }
    m_outboxView->show();
    m_outboxView->raise();
    m_outboxView->activateWindow();
    return m_outboxView;
}

void MainWindow::applySettings(const Settings &settings)
{
    m_settings = settings;
    const QString current = destinationName();
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
    int ready = 0, failed = 0, waiting = 0, sent = 0, notSendable = 0;
    for (const FileRow &r : m_model->rows()) {
        ready += r.status == FileRow::Status::Ready;
        failed += r.status == FileRow::Status::Failed;
        waiting += r.status == FileRow::Status::Waiting;
        sent += r.isDelivered();
        notSendable += r.status == FileRow::Status::NotSendable;
    }
    const bool busy = m_sender->isRunning();
    m_send->setEnabled(!busy && ready + failed + waiting > 0 && m_destination->count() > 0);
    m_send->setToolTip(m_destination->count() == 0 ? tr("No PACS is set up yet: add one in Settings → Devices.") : QString());
    m_retry->setEnabled(!busy && failed + waiting > 0);
    m_remove->setEnabled(!busy && m_list->table().selectionModel()->hasSelection());
    if (!busy || m_silentRun) {
        QStringList parts{tr("%n file(s)", nullptr, int(m_model->rowCount()))};
        if (m_reading > 0)
            parts << tr("reading files…");
        if (ready > 0)
            parts << tr("%1 ready").arg(ready);
        if (sent > 0)
            parts << tr("%1 sent").arg(sent);
        if (waiting > 0)
            parts << tr("%1 not sent yet").arg(waiting);
        if (failed + notSendable > 0)
            parts << QStringLiteral("<b style='color:%1'>%2</b>").arg(toneText(Tone::Bad, QApplication::palette()).name(), tr("%1 failed").arg(failed + notSendable));
        QString text = parts.join(QStringLiteral(" · "));
        if (m_model->patientCount() > 1) // not an error, but nothing to send by accident
            text += QStringLiteral(" · ") + tr("files of %1 different patients").arg(m_model->patientCount());
        m_status->setText(text);
    }
    updateProblems();
}

void MainWindow::updateProblems()
{
    // The bar says what the failed and waiting rows have in common; each row's tooltip and the
    // preview say it for that file.
    int failed = 0, waiting = 0;
    QString firstFailed, firstWaiting;
    QStringList detailLines;
    for (const FileRow &r : m_model->rows()) {
        const bool bad = r.status == FileRow::Status::Failed || r.status == FileRow::Status::NotSendable;
        if (!bad && r.status != FileRow::Status::Waiting)
            continue;
        (bad ? failed : waiting)++;
        QString &first = bad ? firstFailed : firstWaiting;
        // A failure is often about one file ("This file is damaged"): the bar names it.
        if (first.isEmpty())
            first = bad ? QStringLiteral("%1: %2").arg(QFileInfo(r.item.path).fileName(), r.plain) : r.plain;
        if (detailLines.size() < 20)
            detailLines << QStringLiteral("%1: %2").arg(QFileInfo(r.item.path).fileName(), r.detail.isEmpty() ? r.plain : r.detail);
    }
    if (failed + waiting == 0) {
        m_problems->clear();
        return;
    }
    QString headline;
    if (failed > 0 && waiting > 0)
        headline = tr("%n file(s) failed, %1 not sent yet.", nullptr, failed).arg(waiting);
    else if (failed > 0)
        headline = tr("%n file(s) could not be sent.", nullptr, failed);
    else
        headline = tr("%n file(s) not sent yet.", nullptr, waiting);
    // What the waiting files wait for, then why the failed ones failed (each said once).
    QStringList why{firstWaiting, firstFailed};
    why.removeAll(QString());
    m_problems->showProblem(failed > 0 ? Tone::Bad : Tone::Warning,
                            QStringLiteral("<b>%1</b> %2").arg(headline.toHtmlEscaped(), why.join(u' ').toHtmlEscaped()), detailLines.join(u'\n'));
}

void MainWindow::showSelected(int sourceRow)
{
    if (sourceRow < 0) {
        m_preview->showFile({});
        m_preview->setNote(Tone::Neutral, {});
        return;
    }
    const FileRow &r = m_model->row(sourceRow);
    m_preview->showFile(r.item.path);
    const Tone tone = toneOf(r.status);
    m_preview->setNote(tone, tone == Tone::Bad || tone == Tone::Warning || r.status == FileRow::Status::Confirmed ? r.plain : QString());
}

void MainWindow::addPaths(const QStringList &paths)
{
    ++m_reading;
    updateActions();
    // Headers are read on the thread pool; the rows arrive in one insert.
    auto *watcher = new QFutureWatcher<QList<FileRow>>(this);
    connect(watcher, &QFutureWatcher<QList<FileRow>>::finished, this, [this, watcher] {
        const int added = m_model->addRows(watcher->future().takeResult());
        watcher->deleteLater();
        --m_reading;
        updateActions();
        emit pathsAdded(added);
    });
    watcher->setFuture(QtConcurrent::run([paths] {
        QList<FileRow> rows = rowsForPaths(paths);
        // A file still waiting in the outbox (removed from the list, or left by an earlier window)
        // comes back with its entries: Retry resends them; Send does not make new ones.
        if (auto outbox = Outbox::openConfigured()) {
            if (auto unfinished = outbox->unfinished())
                attachUnfinished(rows, *unfinished);
        }
        return rows;
    }));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange) { // light or dark: the tones follow
        updateActions();
        refreshOutboxCount();
    }
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    arrangeForWidth();
}

void MainWindow::arrangeForWidth()
{
    if (!m_split || !m_preview)
        return;
    // The list's columns (name, patient, study, status) need about 1,100 logical pixels to show
    // whole; narrower (a small screen, or scaled up) the preview goes under the list instead of
    // eliding them. A little hysteresis, so a width near the line does not flip back and forth.
    const Qt::Orientation wanted = m_split->orientation() == Qt::Horizontal ? (width() < 1080 ? Qt::Vertical : Qt::Horizontal)
                                                                            : (width() > 1120 ? Qt::Horizontal : Qt::Vertical);
    if (wanted == m_split->orientation())
        return;
    m_split->setOrientation(wanted);
    m_preview->setWide(wanted == Qt::Vertical);
    const int length = wanted == Qt::Vertical ? m_split->height() : m_split->width();
    m_split->setSizes(wanted == Qt::Vertical ? QList<int>{length * 64 / 100, length * 36 / 100} : QList<int>{length * 72 / 100, length * 28 / 100});
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

void MainWindow::removeSelected() { m_model->removeRowsAt(m_list->selectedRows()); }

void MainWindow::retryFailed()
{
    QList<qint64> ids;
    for (const FileRow &r : m_model->rows()) {
        if (r.needsAttention())
            ids += r.entries;
    }
    if (ids.isEmpty()) {
        sendAll();
        return;
    }
    whenIdle([this, ids] {
        showProgress(destinationName());
        m_sender->resume(m_settings, ids, destinationName());
        updateActions();
    });
}

void MainWindow::sendAll()
{
    if (m_destination->count() == 0 || (m_sender->isRunning() && !m_silentRun))
        return;
    QStringList paths, converted;
    bool retry = false;
    for (const FileRow &r : m_model->rows()) {
        retry = retry || (r.needsAttention() && !r.entries.isEmpty());
        if (r.status == FileRow::Status::Ready || (r.needsAttention() && r.entries.isEmpty())) {
            paths << r.item.path;
            if (r.needsConversion())
                converted << r.item.path;
        }
    }
    if (paths.isEmpty()) {
        if (retry)
            retryFailed(); // only files that did not go yet: send them again
        return;
    }
    if (converted.isEmpty()) {
        startSend(paths, {});
        return;
    }
    // Photos, scans, videos and PDFs need a patient: ask, then send.
    auto *dialog = new PatientDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFiles(converted);
    dialog->setStudyData(m_lastStudy);
    connect(dialog, &QDialog::accepted, this, [this, dialog, paths] {
        const StudyData study = dialog->studyData();
        m_lastStudy = PatientDialog::forNextBatch(study);
        startSend(paths, study);
    });
    dialog->open();
    if (m_settings.site().worklistOnlyForNonDicom) // the patient can only come from the worklist
        dialog->openSearch();
}

void MainWindow::showProgress(const QString &device)
{
    m_progress = new ProgressDialog(device, this);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_sender, &SendController::progress, m_progress, &ProgressDialog::setProgress);
    connect(m_sender, &SendController::logLine, m_progress, &ProgressDialog::appendLog);
    connect(m_sender, &SendController::fileProgress, m_progress, &ProgressDialog::setFileProgress);
    connect(m_sender, &SendController::finished, m_progress, &ProgressDialog::finish);
    connect(m_progress, &ProgressDialog::cancelRequested, m_sender, &SendController::cancel);
    connect(m_progress, &ProgressDialog::retryRequested, this, &MainWindow::retryFailed, Qt::QueuedConnection);
    m_progress->open();
}

void MainWindow::startSend(const QStringList &paths, const StudyData &study)
{
    const auto device = m_settings.device(destinationName());
    if (!device)
        return;
    if (warnOnceAboutClearText(*device))
        QMessageBox::warning(this, tr("Unencrypted"), clearTextWarning(*device));
    whenIdle([this, paths, study, device = *device] {
        showProgress(device.name);
        m_sender->start(paths, device, study, m_settings);
        updateActions();
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_sender->isRunning()
        && !askYesNo(this, tr("PacsDrop"), tr("Files are still being sent. Stop after the current file and close? "
                                               "The rest stays in the outbox and is sent next time."))) {
        event->ignore();
        return;
    }
    m_sender->cancel();
    // What is still waiting can be sent on after the window closes, also to a PACS that is away now.
    if (m_outboxPending > 0
        && askYesNo(this, tr("PacsDrop"), tr("%n file(s) are still waiting in the outbox. Keep sending them in the background "
                                              "after the window closes, also when the PACS is back later?", nullptr, m_outboxPending)))
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                {QStringLiteral("queue"), QStringLiteral("resume"), QStringLiteral("--keep-trying"), QStringLiteral("--config"),
                                 paths::settingsFile(), QStringLiteral("--data-dir"), paths::dataDir()});
    rememberState(QStringLiteral("window/geometry"), saveGeometry());
    rememberState(QStringLiteral("window/split"), m_split->saveState());
    event->accept();
}

} // namespace pacsdrop
