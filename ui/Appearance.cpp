#include "Appearance.h"

#include "WindowStyle.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>

namespace pacsdrop {

namespace {

const QString kKey = QStringLiteral("view/appearance");

} // namespace

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6), mid(0x55, 0x58, 0x5c);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa1));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Mid, mid);
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4c));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x83, 0x87));
    return p;
}

void applyAppearance(Appearance appearance)
{
    if (appearance == Appearance::System) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    // Fusion follows a palette fully; the platform styles may keep their own colours.
    QApplication::setStyle(new WindowStyle(QStringLiteral("Fusion")));
    QApplication::setPalette(appearance == Appearance::Dark ? darkPalette() : QApplication::style()->standardPalette());
}

Appearance savedAppearance()
{
    const int value = QSettings().value(kKey, int(Appearance::System)).toInt();
    return value == int(Appearance::Dark) ? Appearance::Dark : value == int(Appearance::Light) ? Appearance::Light : Appearance::System;
}

void saveAppearance(Appearance appearance) { QSettings().setValue(kKey, int(appearance)); }

} // namespace pacsdrop
