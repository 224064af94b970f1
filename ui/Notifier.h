#pragma once
// Tells the user that a send finished or failed while the window is not in front: a message from
// the system tray icon where the desktop has a tray, else the window's taskbar entry asks for
// attention. The tray icon also shows the outbox at a glance and brings the window back.

#include "SendReport.h"

#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace pacsdrop {

class Notifier final : public QObject {
    Q_OBJECT
public:
    explicit Notifier(QWidget *window);

    // A send ended; windowInFront: the user is looking at the window (no message needed).
    void sendFinished(const SendReport &report, bool windowInFront);
    // The tray icon's tooltip: what waits in the outbox.
    void setOutboxState(const QString &text);
    bool hasTray() const { return m_tray != nullptr; }

signals:
    void notified(const QString &title, const QString &text); // also without a tray (for the log and tests)
    void showOutboxRequested();

private:
    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace pacsdrop
