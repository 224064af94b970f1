#include "ProblemBar.h"

#include "SvgIcon.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace pacsdrop {

ProblemBar::ProblemBar(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_retry(new QPushButton(svgIcon(QStringLiteral(":/icons/retry.svg")), tr("Retry now"), this)),
      m_more(new QPushButton(tr("Details…"), this))
{
    setObjectName(QStringLiteral("problemBar"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("problemText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("problemRetry"));
    m_more->setObjectName(QStringLiteral("problemDetails"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    layout->addWidget(m_more, 0, Qt::AlignVCenter);
    connect(m_retry, &QPushButton::clicked, this, &ProblemBar::retryClicked);
    connect(m_more, &QPushButton::clicked, this, [this] {
        QMessageBox box(QMessageBox::Information, tr("Details for IT"), m_text->text(), QMessageBox::Close, this);
        box.setDetailedText(m_details);
        box.setInformativeText(tr("The technical reasons are below; the outbox view shows every file."));
        box.exec();
    });
    hide();
}

void ProblemBar::showProblem(Tone tone, const QString &text, const QString &details)
{
    m_tone = tone;
    m_text->setText(text);
    m_details = details;
    m_more->setVisible(!details.isEmpty());
    applyTone();
    show();
}

void ProblemBar::clear()
{
    m_text->clear();
    m_details.clear();
    hide();
}

QString ProblemBar::text() const { return isVisible() || !isHidden() ? m_text->text() : QString(); }

void ProblemBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // Light or dark: the application's palette changed (the bar's own style sheet changes its palette too: not that).
    if ((event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange) && !m_applying)
        applyTone();
}

void ProblemBar::applyTone()
{
    m_applying = true;
    const QPalette p = QApplication::palette();
    setStyleSheet(QStringLiteral("#problemBar { %1 border: 1px solid %2; border-radius: 4px; } #problemBar QLabel { %1 }")
                      .arg(toneStyleSheet(m_tone, p), toneText(m_tone, p).name()));
    const int side = fontMetrics().height() + 4;
    m_icon->setPixmap(statusIcon(m_tone == Tone::Bad ? FileRow::Status::Failed : FileRow::Status::Waiting).pixmap(side, side));
    m_applying = false;
}

} // namespace pacsdrop
