#pragma once
// What the window shows of a selected file: the whole picture, never cropped (the image, a PDF
// page, a video frame, a DICOM frame as DCMTK renders it), which page/frame/position it is and
// how many there are, and facts for people ("Patient: Anna Müller", dates in the user's locale;
// facts without a value left out), with the values as stored kept for a details view.
// Blocking; run it on a worker thread.

#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

namespace pacsdrop {

struct Preview {
    struct Fact {
        QString label;
        QString value;
    };
    enum class Steps { None, Pages, Frames, Positions }; // what index counts

    QImage picture;      // null when nothing can be shown; scaled to fit the box, aspect kept
    QSize fullSize;      // the picture as it is in the file (display pixels, after rotation)
    Steps steps = Steps::None;
    int index = 0;       // the page / frame / position shown, from 0
    int count = 1;       // how many there are
    QString stepLabel;   // "Page 2 of 5", "Frame 3 of 40", "0:04 of 0:12"
    QString title;       // file name and size
    QList<Fact> facts;   // for people; never an empty value
    QList<Fact> raw;     // values as stored (DICOM attributes), for IT
    QString problem;     // why there is no picture, when there is none

    void addFact(const QString &label, const QString &value); // skips an empty value
    // The title, then the facts as "Label: value" lines, then the problem.
    QString description() const;
};

// index: which page, frame or position (clamped to what the file has).
Preview previewOf(const QString &path, QSize fitInto = QSize(1024, 1024), int index = 0);

} // namespace pacsdrop
