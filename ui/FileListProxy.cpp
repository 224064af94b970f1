#include "FileListProxy.h"

#include "FileListModel.h"

namespace pacsdrop {

FileListProxy::FileListProxy(FileListModel &model, QObject *parent) : QSortFilterProxyModel(parent), m_model(model)
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSourceModel(&model);
    setSortRole(FileListModel::SortRole);
}

QVariant FileListProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1; // the position people count, whatever the order
    return QSortFilterProxyModel::headerData(section, orientation, role);
}

int FileListProxy::sourceRow(int viewRow) const { return mapToSource(index(viewRow, 0)).row(); }

int FileListProxy::viewRow(int sourceRow) const { return mapFromSource(m_model.index(sourceRow, 0)).row(); }

bool FileListProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const FileRow &a = m_model.row(left.row()), &b = m_model.row(right.row());
    // Ties (and the Name column) fall back to the path in natural order, so the order is stable.
    auto byPath = [&] {
        if (a.sortKey && b.sortKey)
            return a.sortKey->compare(*b.sortKey) < 0;
        return m_collator.compare(a.item.path, b.item.path) < 0;
    };
    switch (left.column()) {
    case FileListModel::Name:
        return byPath();
    case FileListModel::Size:
        return a.size != b.size ? a.size < b.size : byPath();
    case FileListModel::Status:
        return a.status != b.status ? a.status > b.status : byPath(); // failures first
    default: {
        const int order = m_collator.compare(left.data(FileListModel::SortRole).toString(), right.data(FileListModel::SortRole).toString());
        return order != 0 ? order < 0 : byPath();
    }
    }
}

} // namespace pacsdrop
