#include "PreviewPane.h"

#include "FittedImage.h"
#include "media/ImageModule.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QBoxLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace pacsdrop {

namespace {

QString factsTable(const QList<Preview::Fact> &facts)
{
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='1'>");
    for (const Preview::Fact &f : facts)
        html += QStringLiteral("<tr><td valign='top'><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>").arg(f.label.toHtmlEscaped(), f.value.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

} // namespace

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent), m_picture(new FittedImage(this)), m_previous(new QToolButton(this)), m_next(new QToolButton(this)),
      m_position(new QLabel(this)), m_note(new QLabel(this)), m_facts(new QLabel(this)), m_rawToggle(new QToolButton(this)),
      m_raw(new QLabel(this))
{
    setObjectName(QStringLiteral("preview"));
    m_picture->setObjectName(QStringLiteral("picture"));
    m_previous->setObjectName(QStringLiteral("previousPage"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setToolTip(tr("Previous page or frame"));
    m_next->setObjectName(QStringLiteral("nextPage"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("Next page or frame"));
    m_position->setObjectName(QStringLiteral("position"));
    m_position->setAlignment(Qt::AlignCenter);
    connect(m_previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(+1); });
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setMargin(6);
    m_note->hide();
    m_facts->setObjectName(QStringLiteral("description"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_rawToggle->setObjectName(QStringLiteral("storedValues"));
    m_rawToggle->setText(tr("Values as stored"));
    m_rawToggle->setCheckable(true);
    m_rawToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_rawToggle->setArrowType(Qt::RightArrow);
    m_raw->setObjectName(QStringLiteral("raw"));
    m_raw->setWordWrap(true);
    m_raw->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_raw->hide();
    connect(m_rawToggle, &QToolButton::toggled, this, [this](bool on) {
        m_raw->setVisible(on);
        m_rawToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });

    auto *steps = new QHBoxLayout;
    steps->addWidget(m_previous);
    steps->addWidget(m_position, 1);
    steps->addWidget(m_next);
    auto *text = new QWidget(this);
    auto *textLayout = new QVBoxLayout(text);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(m_facts);
    textLayout->addWidget(m_rawToggle, 0, Qt::AlignLeft);
    textLayout->addWidget(m_raw);
    textLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(text);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *pictureColumn = new QWidget(this);
    auto *pictureLayout = new QVBoxLayout(pictureColumn);
    pictureLayout->setContentsMargins(0, 0, 0, 0);
    pictureLayout->addWidget(m_picture, 1);
    pictureLayout->addLayout(steps);
    pictureLayout->addWidget(m_note);
    m_layout = new QBoxLayout(QBoxLayout::TopToBottom, this);
    m_layout->addWidget(pictureColumn, 3);
    m_layout->addWidget(scroll, 2);
    showFile({});
}

void PreviewPane::setWide(bool wide)
{
    m_layout->setDirection(wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

QSize PreviewPane::renderBox() const
{
    // Rendered for the pane as it is on screen (device pixels), in steps so a small resize re-renders nothing.
    const QSize device = m_picture->size() * devicePixelRatioF();
    auto up = [](int v) { return std::clamp((v + 255) / 256 * 256, 512, 2048); };
    return {up(device.width()), up(device.height())};
}

void PreviewPane::showFile(const QString &path, int index)
{
    const quint64 request = ++m_request;
    m_path = path;
    m_index = index;
    if (path.isEmpty()) {
        m_current = {};
        m_picture->setText(tr("Select a file to see it here."));
        m_facts->clear();
        m_raw->clear();
        m_rawToggle->hide();
        m_position->clear();
        m_previous->hide();
        m_next->hide();
        return;
    }
    m_facts->setText(tr("Reading…"));
    const QSize box = renderBox();
    m_renderedFor = box;
    auto *watcher = new QFutureWatcher<Preview>(this);
    connect(watcher, &QFutureWatcher<Preview>::finished, this, [this, watcher, request, path] {
        watcher->deleteLater();
        if (request != m_request)
            return; // the user moved on
        show(watcher->result());
        emit shown(path);
    });
    watcher->setFuture(QtConcurrent::run([path, box, index] {
        const auto image = imageFunctions(); // loaded on the first preview, not at the window's start
        if (image)
            return (*image)->preview(path, box, index);
        Preview none;
        none.title = QFileInfo(path).fileName();
        none.problem = image.error().message;
        return none;
    }));
}

void PreviewPane::show(const Preview &preview)
{
    m_current = preview;
    m_index = preview.index;
    if (preview.picture.isNull())
        m_picture->setText(preview.problem.isEmpty() ? tr("No picture") : preview.problem);
    else
        m_picture->setImage(preview.picture, preview.fullSize);
    const bool steps = preview.count > 1;
    m_previous->setVisible(steps);
    m_next->setVisible(steps);
    m_previous->setEnabled(preview.index > 0);
    m_next->setEnabled(preview.index + 1 < preview.count);
    m_position->setText(preview.stepLabel);
    QList<Preview::Fact> facts{{tr("File"), preview.title}};
    facts += preview.facts;
    m_facts->setText(factsTable(facts) + (preview.picture.isNull() || preview.problem.isEmpty() ? QString()
                                                                                                : QStringLiteral("<p>%1</p>").arg(preview.problem.toHtmlEscaped())));
    m_raw->setText(factsTable(preview.raw));
    m_rawToggle->setVisible(!preview.raw.isEmpty());
}

void PreviewPane::step(int delta)
{
    const int target = std::clamp(m_index + delta, 0, std::max(0, m_current.count - 1));
    if (!m_path.isEmpty() && target != m_current.index)
        showFile(m_path, target);
}

void PreviewPane::setNote(Tone tone, const QString &text)
{
    m_note->setVisible(!text.isEmpty());
    m_note->setText(text);
    showAsToneBox(m_note, tone);
}

void PreviewPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Grown past what was rendered, and the file has more detail: render it again, sharper.
    const QSize box = renderBox();
    if (!m_path.isEmpty() && (box.width() > m_renderedFor.width() || box.height() > m_renderedFor.height())
        && !m_current.picture.isNull() && m_current.fullSize.width() > m_current.picture.width())
        showFile(m_path, m_index);
}

} // namespace pacsdrop
