#pragma once
// The clinician's window: drop files and folders (or add them), check whose they are, choose where
// they go, press Send, and see every file arrive. Failures stand out (tinted rows, a problem bar
// with Retry now, the status bar), are said in plain words with the technical reason one click
// away, and files that could not reach a PACS are kept and sent by themselves when it is back.
// A front on the core pipeline: reading headers, converting and sending run off the GUI thread
// (SendController); nothing here talks DICOM.

#include "SendReport.h"
#include "convert/StudyData.h"
#include "settings/Settings.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace pacsdrop {

class FileListModel;
class FileListView;
class Notifier;
class OutboxView;
class PreviewPane;
class ProblemBar;
class ProgressDialog;
class SendController;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds files and folders (read in the background; rows appear when their headers are read).
    void addPaths(const QStringList &paths);
    FileListModel &model() { return *m_model; }
    FileListView &list() { return *m_list; }
    QTableView &table();
    PreviewPane &preview() { return *m_preview; }
    ProblemBar &problemBar() { return *m_problems; }
    Notifier &notifier() { return *m_notifier; }
    SendController &sender() { return *m_sender; }
    int outboxPending() const { return m_outboxPending; }
    int outboxFailed() const { return m_outboxFailed; }
    // Sends every row that is ready (asking for the patient of photos, scans, videos and PDFs).
    void sendAll();
    // Sends the failed and waiting rows again (the same outbox entries: the same SOP Instance UIDs).
    void retryFailed();
    OutboxView *openOutbox();
    void openSettings();
    // Retention of the Local archive (and any listener store with a rule) on this computer, on a
    // worker thread: 30 s after the window starts (not to slow its start), then every hour.
    void applyRetention();
    // The size a new window opens at on this screen (remembered geometry wins).
    static QSize defaultSize(const QSize &available);

signals:
    void retentionApplied(int deletedFiles);
    void pathsAdded(int rows); // after a batch of paths was read and listed
    void sendFinished(const pacsdrop::SendReport &report);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void updateActions();
    void updateProblems();
    void arrangeForWidth(); // preview beside the list, or under it when the list needs the width
    void showSelected(int sourceRow);
    void removeSelected();
    void startSend(const QStringList &paths, const StudyData &study);
    void showProgress(const QString &device);
    void refreshOutboxCount();
    void resumeWaiting();
    // Runs a send now, or after the current one; a send the window started by itself (files
    // waiting for a PACS) stops after its current file so the user's goes first.
    void whenIdle(std::function<void()> send);
    void runQueued();
    void applySettings(const Settings &settings);
    QString destinationName() const;

    Settings m_settings;
    FileListModel *m_model;
    SendController *m_sender;
    FileListView *m_list = nullptr;
    PreviewPane *m_preview;
    ProblemBar *m_problems;
    Notifier *m_notifier;
    QSplitter *m_split = nullptr;
    QComboBox *m_destination;
    QLabel *m_status;
    QPushButton *m_outbox;
    ProgressDialog *m_progress = nullptr;
    OutboxView *m_outboxView = nullptr;
    StudyData m_lastStudy; // what the patient dialog showed last, for the next batch of the same patient
    int m_reading = 0;       // path batches being read
    int m_outboxPending = 0; // entries waiting in the outbox (also from earlier runs)
    int m_outboxFailed = 0;
    bool m_silentRun = false; // a send the window started by itself (a retry when the PACS is back)
    QList<std::function<void()>> m_afterRun; // the user's sends asked for while another ran
    QAction *m_addFiles = nullptr;
    QAction *m_addFolder = nullptr;
    QAction *m_send = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_retry = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_outboxAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_darkAction = nullptr;
    QAction *m_fitColumns = nullptr;
};

} // namespace pacsdrop
