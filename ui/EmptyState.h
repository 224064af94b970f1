#pragma once
// What the file list shows while it is empty: where to drop files, what can be dropped, and the
// buttons to add files or a folder instead.

#include <QWidget>

class QAction;

namespace pacsdrop {

class EmptyState final : public QWidget {
    Q_OBJECT
public:
    EmptyState(QAction *addFiles, QAction *addFolder, QWidget *parent = nullptr);
};

} // namespace pacsdrop
