#pragma once
// The settings dialog: one page per area (Main, Devices, Worklist, Monitor). OK checks every page
// and the whole configuration before anything is saved; a problem is shown on its page and nothing
// is written until it is fixed.

#include "settings/Settings.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace pacsdrop {

class SettingsPage;

class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const Settings &settings, QWidget *parent = nullptr);

    // The saved settings, after accept().
    const Settings &settings() const { return m_settings; }
    QString problem() const;
    void accept() override;
    void showPage(const QString &objectName);

private:
    Settings m_settings;
    QList<SettingsPage *> m_pages;
    QListWidget *m_index;
    QStackedWidget *m_stack;
    QLabel *m_problem;
};

} // namespace pacsdrop
