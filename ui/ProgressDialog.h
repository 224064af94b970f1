#pragma once
// Shown while a send runs: overall progress, a live log and Cancel. It closes by itself when every
// file arrived, and stays open with the errors and the log when something failed.

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace pacsdrop {

class ProgressDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ProgressDialog(QWidget *parent = nullptr);

    void setProgress(int done, int total);
    void setFileProgress(const QString &name, qint64 sent, qint64 size);
    void appendLog(const QString &line);
    void finish(bool ok, const QString &summary);

signals:
    void cancelRequested();

private:
    QLabel *m_summary;
    QProgressBar *m_bar;
    QLabel *m_fileName;
    QProgressBar *m_fileBar;
    QPlainTextEdit *m_log;
    QPushButton *m_button;
    bool m_finished = false;
};

} // namespace pacsdrop
