#pragma once
// One preview maker per kind of file, behind previewOf() (preview/Preview.h). Each fills the
// picture, the steps and the facts; previewOf adds the title.

#include "preview/Preview.h"

#include <QCoreApplication>

namespace pacsdrop {

class PreviewKinds {
    Q_DECLARE_TR_FUNCTIONS(PreviewKinds)
public:
    static Preview ofImage(const QString &path, QSize box, int index);
    static Preview ofPdf(const QString &path, QSize box, int index);
    static Preview ofVideo(const QString &path, QSize box, int index);
    static Preview ofDicom(const QString &path, QSize box, int index);
    static Preview unsupported();

    // The picture scaled to fit box, aspect kept; never enlarged.
    static QImage fitted(const QImage &image, QSize box);
};

} // namespace pacsdrop
