#pragma once
// Shown while a send runs: how many files are done (one bar) and how far the file being sent is
// (a second bar), each labelled; Stop. At the end it says plainly what happened — "All 3 files
// were sent to 'Orthanc'." closes by itself; otherwise the headline, what happened in plain words,
// Retry now, and the technical log for IT behind "Details".

#include "SendReport.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace pacsdrop {

class ProgressDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ProgressDialog(const QString &device, QWidget *parent = nullptr);

    void setProgress(int done, int total);
    void setFileProgress(const QString &name, qint64 sent, qint64 size);
    void appendLog(const QString &line);
    void finish(const SendReport &report);
    QString headline() const;
    QString explanation() const;

signals:
    void cancelRequested();
    void retryRequested();

private:
    QLabel *m_headline;
    QLabel *m_filesLabel;
    QProgressBar *m_files;
    QLabel *m_fileLabel;
    QProgressBar *m_file;
    QLabel *m_result;
    QToolButton *m_detailsToggle;
    QPlainTextEdit *m_log;
    QPushButton *m_stop;
    QPushButton *m_retry;
    QPushButton *m_close;
};

} // namespace pacsdrop
