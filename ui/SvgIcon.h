#pragma once
// The window's icons (resources/icons/*.svg), drawn by Qt Svg the first time they are painted, at
// the size and scale they are painted at (crisp at any scale). Qt's own SVG icon engine is a plugin,
// found by scanning the plugin folder, and it reads and parses every file as the icon is made, then
// again to draw it: the ~15 icons the window makes before it shows cost 2 ms of a 30 ms start.

#include <QIcon>
#include <QString>

namespace pacsdrop {

// path: a resource (":/icons/send.svg").
QIcon svgIcon(const QString &path);

} // namespace pacsdrop
