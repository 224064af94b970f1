#pragma once
// The window's style: the desktop's (or Fusion, when the user picks light or dark) with PacsDrop's
// own icon for the tool bar's overflow button. Qt's is a PNG, and Qt reads a PNG only after asking
// every image-format plugin whether it can (loading TIFF, WebP, MNG, JPEG 2000, ... and their
// libraries): 12 M instructions, a tenth of the window's start, for one small arrow (issue 14).

#include <QProxyStyle>

namespace pacsdrop {

class WindowStyle final : public QProxyStyle {
    Q_OBJECT
public:
    // baseStyle: a style name for QStyleFactory; empty: the desktop's default.
    explicit WindowStyle(const QString &baseStyle = {});

    QIcon standardIcon(StandardPixmap which, const QStyleOption *option = nullptr, const QWidget *widget = nullptr) const override;
};

// Installs WindowStyle over the desktop's default style; call right after creating QApplication.
void useWindowStyle();

} // namespace pacsdrop
