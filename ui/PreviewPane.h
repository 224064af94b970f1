#pragma once
// The preview of the selected file: the whole picture, fitted and never cropped, with buttons to
// step through the pages of a PDF or multi-page TIFF, the frames of a DICOM cine, or positions in
// a video; what happened to the file when it did not go (in plain words); the facts people read
// (names and dates as people write them), and the values as stored one click away. Rendered on
// the thread pool so a large file never freezes the window; only the latest request is shown.

#include "StatusLook.h"
#include "preview/Preview.h"

#include <QWidget>

class QBoxLayout;
class QLabel;
class QToolButton;

namespace pacsdrop {

class FittedImage;

class PreviewPane final : public QWidget {
    Q_OBJECT
public:
    explicit PreviewPane(QWidget *parent = nullptr);
    void showFile(const QString &path, int index = 0); // empty path: nothing selected
    // What happened to the selected file, in its tone (empty text: nothing to say).
    void setNote(Tone tone, const QString &text);
    void step(int delta); // next (+1) or previous (-1) page / frame / position
    // Under the list (a narrow window): the facts beside the picture rather than below it.
    void setWide(bool wide);
    const Preview &current() const { return m_current; }
    const FittedImage &picture() const { return *m_picture; }

signals:
    void shown(const QString &path);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void show(const Preview &preview);
    QSize renderBox() const;

    QBoxLayout *m_layout = nullptr;
    FittedImage *m_picture;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_position;
    QLabel *m_note;
    QLabel *m_facts;
    QToolButton *m_rawToggle;
    QLabel *m_raw;
    Preview m_current;
    QString m_path;
    int m_index = 0;
    QSize m_renderedFor;
    quint64 m_request = 0;
};

} // namespace pacsdrop
