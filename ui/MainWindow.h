#pragma once
// The clinician's window. For now: the device list and where PacsDrop keeps its files; the
// drop-and-send workflow comes with the desktop work.

#include <QMainWindow>

namespace pacsdrop {

class Settings;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const Settings &settings, QWidget *parent = nullptr);
};

} // namespace pacsdrop
