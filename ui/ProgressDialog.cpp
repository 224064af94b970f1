#include "ProgressDialog.h"

#include "StatusLook.h"
#include "SvgIcon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace pacsdrop {

ProgressDialog::ProgressDialog(const QString &device, QWidget *parent)
    : QDialog(parent), m_headline(new QLabel(tr("Sending to '%1'…").arg(device), this)), m_filesLabel(new QLabel(this)),
      m_files(new QProgressBar(this)), m_fileLabel(new QLabel(this)), m_file(new QProgressBar(this)), m_result(new QLabel(this)),
      m_detailsToggle(new QToolButton(this)), m_log(new QPlainTextEdit(this)), m_stop(new QPushButton(tr("Stop after this file"), this)),
      m_retry(new QPushButton(svgIcon(QStringLiteral(":/icons/retry.svg")), tr("Retry now"), this)), m_close(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("Sending"));
    setObjectName(QStringLiteral("progressDialog"));
    m_headline->setObjectName(QStringLiteral("summary"));
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_headline->setFont(bold);
    m_filesLabel->setObjectName(QStringLiteral("filesLabel"));
    m_files->setObjectName(QStringLiteral("filesBar"));
    m_files->setFormat(tr("%v of %m files"));
    m_fileLabel->setObjectName(QStringLiteral("fileName"));
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_file->setObjectName(QStringLiteral("fileBar"));
    m_file->setMaximum(1000);
    m_file->setFormat(QStringLiteral("%p%"));
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setMargin(8);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_detailsToggle->setObjectName(QStringLiteral("detailsToggle"));
    m_detailsToggle->setText(tr("Details for IT"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_log->setReadOnly(true);
    m_log->setObjectName(QStringLiteral("log"));
    m_log->setMaximumBlockCount(5000);
    m_log->hide();
    m_stop->setObjectName(QStringLiteral("stop"));
    m_retry->setObjectName(QStringLiteral("retry"));
    m_retry->hide();
    m_close->setObjectName(QStringLiteral("close"));
    m_close->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_detailsToggle);
    buttons->addStretch();
    buttons->addWidget(m_stop);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_filesLabel);
    layout->addWidget(m_files);
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_file);
    layout->addWidget(m_result);
    layout->addWidget(m_log, 1);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_detailsToggle, &QToolButton::toggled, this, [this](bool on) {
        m_log->setVisible(on);
        m_detailsToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        adjustSize();
    });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_stop->setEnabled(false);
        m_headline->setText(tr("Stopping after the current file…"));
        emit cancelRequested();
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        emit retryRequested();
        accept();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    setProgress(0, 0);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

void ProgressDialog::setProgress(int done, int total)
{
    m_files->setMaximum(std::max(total, 1));
    m_files->setValue(done);
    m_filesLabel->setText(tr("Files done: %1 of %2").arg(done).arg(total));
}

void ProgressDialog::setFileProgress(const QString &name, qint64 sent, qint64 size)
{
    const QLocale locale;
    m_fileLabel->setText(tr("This file: %1 — %2 of %3").arg(name, locale.formattedDataSize(sent), locale.formattedDataSize(size)));
    m_file->setValue(size > 0 ? int(std::min<qint64>(1000, sent * 1000 / size)) : 0);
}

void ProgressDialog::appendLog(const QString &line) { m_log->appendPlainText(line); }

QString ProgressDialog::headline() const { return m_headline->text(); }

QString ProgressDialog::explanation() const { return m_result->isHidden() ? QString() : m_result->text(); }

void ProgressDialog::finish(const SendReport &report)
{
    m_headline->setText(report.headline());
    for (QWidget *w : std::initializer_list<QWidget *>{m_filesLabel, m_files, m_fileLabel, m_file, m_stop})
        w->hide();
    m_close->show();
    m_close->setDefault(true);
    if (report.ok()) {
        accept(); // every file arrived: nothing to read
        return;
    }
    const Tone tone = report.failed > 0 ? Tone::Bad : Tone::Warning;
    showAsToneBox(m_result, tone);
    m_result->setText(report.explanation());
    m_result->show();
    m_retry->setVisible(report.failed + report.waiting > 0);
    adjustSize();
}

} // namespace pacsdrop
