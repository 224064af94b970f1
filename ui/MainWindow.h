#pragma once
// The clinician's window: drop files and folders (or add them), check whose they are, choose where
// they go, press Send, and watch every file arrive. A front on the core pipeline: reading headers,
// converting and sending run off the GUI thread (SendController); nothing here talks DICOM.

#include "convert/StudyData.h"
#include "settings/Settings.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QTableView;

namespace pacsdrop {

class FileListModel;
class SendController;
class PreviewPane;
class ProgressDialog;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds files and folders (read in the background; rows appear when their headers are read).
    void addPaths(const QStringList &paths);
    FileListModel &model() { return *m_model; }
    int outboxPending() const { return m_outboxPending; }
    QTableView &table() { return *m_table; }
    PreviewPane &preview() { return *m_preview; }
    // Sends every row that is not sent yet to the chosen device.
    void sendAll();

signals:
    void pathsAdded(int rows); // after a batch of paths was read and listed

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void updateActions();
    void removeSelected();
    void retryFailed();
    void startSend(const QStringList &paths, const StudyData &study);
    void openSettings();
    void refreshOutboxCount();
    void applySettings(const Settings &settings);

    Settings m_settings;
    FileListModel *m_model;
    SendController *m_sender;
    QTableView *m_table;
    PreviewPane *m_preview;
    QComboBox *m_destination;
    QLabel *m_status;
    ProgressDialog *m_progress = nullptr;
    StudyData m_lastStudy; // what the patient dialog showed last, for the next batch of the same patient
    int m_reading = 0;     // path batches being read
    int m_outboxPending = 0; // entries waiting in the outbox (also from earlier runs)
    QLabel *m_outbox;
    QAction *m_send = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_retry = nullptr;
};

} // namespace pacsdrop
