#pragma once
// About PacsDrop: version and build, the libraries it is built on with their licences, and where
// its settings, logs and outbox live (what hospital IT asks first).

#include "settings/Settings.h"

#include <QDialog>

namespace pacsdrop {

class AboutDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(const Settings &settings, QWidget *parent = nullptr);
    // The text shown, for tests and for copying into a support request.
    QString text() const { return m_text; }

private:
    QString m_text;
};

} // namespace pacsdrop
