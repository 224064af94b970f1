#include "WindowStyle.h"

#include "SvgIcon.h"

#include <QApplication>
#include <QIcon>

namespace pacsdrop {

WindowStyle::WindowStyle(const QString &baseStyle) : QProxyStyle(baseStyle) {}

QIcon WindowStyle::standardIcon(StandardPixmap which, const QStyleOption *option, const QWidget *widget) const
{
    switch (which) {
    case SP_ToolBarHorizontalExtensionButton:
        return svgIcon(QStringLiteral(":/icons/more-horizontal.svg"));
    case SP_ToolBarVerticalExtensionButton:
        return svgIcon(QStringLiteral(":/icons/more-vertical.svg"));
    default:
        return QProxyStyle::standardIcon(which, option, widget);
    }
}

void useWindowStyle()
{
    QApplication::setStyle(new WindowStyle); // QApplication owns it
}

} // namespace pacsdrop
