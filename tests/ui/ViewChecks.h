#pragma once
// Checks on what a view shows, made the way the style paints it.

#include <QStyle>
#include <QStyleOptionViewItem>
#include <QStyledItemDelegate>
#include <QTableView>

namespace pacsdrop::test {

// Whether a cell's text fits without "…": laid out by the style as painting lays it out (the
// text rectangle beside the icon, less the margins the common style takes off before eliding).
inline bool fitsUnelided(QTableView &view, const QModelIndex &index)
{
    struct OptionProbe : QStyledItemDelegate {
        using QStyledItemDelegate::initStyleOption;
    };
    QStyleOptionViewItem option;
    option.initFrom(view.viewport());
    option.rect = view.visualRect(index);
    option.font = view.font();
    option.fontMetrics = view.fontMetrics();
    option.decorationSize = view.iconSize();
    option.textElideMode = view.textElideMode();
    OptionProbe().initStyleOption(&option, index);
    const QRect textRect = view.style()->subElementRect(QStyle::SE_ItemViewItemText, &option, &view);
    const int margin = view.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &view) + 1;
    return option.fontMetrics.horizontalAdvance(option.text) <= textRect.width() - 2 * margin;
}

} // namespace pacsdrop::test
