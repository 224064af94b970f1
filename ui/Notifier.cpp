#include "Notifier.h"

#include "SvgIcon.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace pacsdrop {

Notifier::Notifier(QWidget *window) : QObject(window), m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(svgIcon(QStringLiteral(":/icons/pacsdrop.svg")), this);
    auto *menu = new QMenu(window);
    menu->addAction(tr("Show PacsDrop"), window, [window] {
        window->showNormal();
        window->raise();
        window->activateWindow();
    });
    menu->addAction(tr("Outbox and history…"), this, &Notifier::showOutboxRequested);
    m_tray->setContextMenu(menu);
    m_tray->setToolTip(tr("PacsDrop"));
    connect(m_tray, &QSystemTrayIcon::activated, window, [window](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger) {
            window->showNormal();
            window->activateWindow();
        }
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &Notifier::showOutboxRequested);
    m_tray->show();
}

void Notifier::sendFinished(const SendReport &report, bool windowInFront)
{
    if (windowInFront)
        return; // the progress dialog and the list say it
    const QString title = report.ok() ? tr("Files sent") : tr("Files not sent");
    const QString text = report.text();
    if (m_tray)
        m_tray->showMessage(title, text, report.ok() ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning, report.ok() ? 5000 : 20000);
    else
        QApplication::alert(m_window); // the taskbar entry asks for attention
    emit notified(title, text);
}

void Notifier::setOutboxState(const QString &text)
{
    if (m_tray)
        m_tray->setToolTip(tr("PacsDrop — %1").arg(text));
}

} // namespace pacsdrop
