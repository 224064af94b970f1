#pragma once
// What the window shows of a selected file: a small picture (the image, the first PDF page, a
// frame from the first second of a video, or a DICOM image when it can be rendered) and a short
// description (for DICOM the header's summary). Blocking; run it on a worker thread.

#include <QImage>
#include <QSize>
#include <QString>

namespace pacsdrop {

struct Preview {
    QImage picture;       // null when nothing can be shown
    QString description;  // lines of "Label: value"
};

Preview previewOf(const QString &path, QSize fitInto = QSize(480, 480));

} // namespace pacsdrop
