#include "PreviewPane.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace pacsdrop {

PreviewPane::PreviewPane(QWidget *parent) : QWidget(parent), m_picture(new QLabel(this)), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("preview"));
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setMinimumSize(240, 240);
    m_picture->setObjectName(QStringLiteral("picture"));
    m_text->setObjectName(QStringLiteral("description"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_picture, 1);
    layout->addWidget(m_text);
    showFile({});
}

void PreviewPane::showFile(const QString &path)
{
    const quint64 request = ++m_request;
    if (path.isEmpty()) {
        m_current = {};
        m_picture->setPixmap({});
        m_picture->setText(tr("Drop files or folders here"));
        m_text->clear();
        return;
    }
    m_text->setText(tr("Reading…"));
    auto *watcher = new QFutureWatcher<Preview>(this);
    connect(watcher, &QFutureWatcher<Preview>::finished, this, [this, watcher, request, path] {
        watcher->deleteLater();
        if (request != m_request)
            return; // the user moved on
        m_current = watcher->result();
        if (m_current.picture.isNull()) {
            m_picture->setPixmap({});
            m_picture->setText(tr("No picture"));
        } else {
            m_picture->setPixmap(QPixmap::fromImage(m_current.picture));
        }
        m_text->setText(m_current.description);
        emit shown(path);
    });
    watcher->setFuture(QtConcurrent::run([path] { return previewOf(path); }));
}

} // namespace pacsdrop
