#pragma once
// The preview of the selected file: its picture and a short description (for DICOM, the header's
// summary), rendered on the thread pool so a large file never freezes the window; only the latest
// selection is shown.

#include "preview/Preview.h"

#include <QWidget>

class QLabel;

namespace pacsdrop {

class PreviewPane final : public QWidget {
    Q_OBJECT
public:
    explicit PreviewPane(QWidget *parent = nullptr);
    void showFile(const QString &path); // empty: nothing selected
    const Preview &current() const { return m_current; }

signals:
    void shown(const QString &path);

private:
    QLabel *m_picture;
    QLabel *m_text;
    Preview m_current;
    quint64 m_request = 0;
};

} // namespace pacsdrop
