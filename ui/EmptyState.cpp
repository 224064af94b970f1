#include "EmptyState.h"

#include "SvgIcon.h"

#include <QAction>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace pacsdrop {

EmptyState::EmptyState(QAction *addFiles, QAction *addFolder, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto *icon = new QLabel(this);
    const int side = fontMetrics().height() * 4;
    icon->setPixmap(svgIcon(QStringLiteral(":/icons/drop.svg")).pixmap(side, side));
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(tr("Drop files or folders here"), this);
    title->setObjectName(QStringLiteral("dropHint"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    auto *what = new QLabel(tr("Photos, scans, PDFs, videos and DICOM files — or a CD's DICOMDIR."), this);
    what->setAlignment(Qt::AlignCenter);
    what->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    for (QAction *action : {addFiles, addFolder}) {
        if (!action)
            continue;
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(what);
    layout->addSpacing(fontMetrics().height());
    layout->addLayout(buttons);
    layout->addStretch(3);
}

} // namespace pacsdrop
