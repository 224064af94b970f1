#include "ProgressDialog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace pacsdrop {

ProgressDialog::ProgressDialog(QWidget *parent)
    : QDialog(parent), m_summary(new QLabel(tr("Preparing…"), this)), m_bar(new QProgressBar(this)),
      m_fileName(new QLabel(this)), m_fileBar(new QProgressBar(this)),
      m_log(new QPlainTextEdit(this)), m_button(new QPushButton(tr("Cancel"), this))
{
    setWindowTitle(tr("Sending"));
    setObjectName(QStringLiteral("progressDialog"));
    m_log->setReadOnly(true);
    m_log->setObjectName(QStringLiteral("log"));
    m_log->setMaximumBlockCount(5000);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_bar);
    m_fileName->setObjectName(QStringLiteral("fileName"));
    m_fileBar->setObjectName(QStringLiteral("fileBar"));
    m_fileBar->setMaximum(1000);
    layout->addWidget(m_fileName);
    layout->addWidget(m_fileBar);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_button, 0, Qt::AlignRight);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_finished) {
            accept();
            return;
        }
        m_button->setEnabled(false);
        m_summary->setText(tr("Stopping after the current file…"));
        emit cancelRequested();
    });
    resize(560, 360);
}

void ProgressDialog::setProgress(int done, int total)
{
    m_bar->setMaximum(std::max(total, 1));
    m_bar->setValue(done);
    m_summary->setText(tr("%1 of %2 files").arg(done).arg(total));
}

void ProgressDialog::setFileProgress(const QString &name, qint64 sent, qint64 size)
{
    m_fileName->setText(tr("Sending %1").arg(name));
    m_fileBar->setValue(size > 0 ? int(std::min<qint64>(1000, sent * 1000 / size)) : 0);
}

void ProgressDialog::appendLog(const QString &line) { m_log->appendPlainText(line); }

void ProgressDialog::finish(bool ok, const QString &summary)
{
    m_finished = true;
    m_summary->setText(summary);
    m_fileName->clear();
    m_fileBar->setValue(m_fileBar->maximum());
    m_button->setText(tr("Close"));
    m_button->setEnabled(true);
    if (ok)
        accept(); // every file arrived: nothing to read
}

} // namespace pacsdrop
