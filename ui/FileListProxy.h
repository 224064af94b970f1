#pragma once
// The file list as the view shows it: sorted by the clicked column, names in natural order
// ("ct_2" before "ct_10", QCollator's numeric mode, keys made off the GUI thread), and the row
// numbers counting the rows as shown.

#include <QCollator>
#include <QSortFilterProxyModel>

namespace pacsdrop {

class FileListModel;

class FileListProxy final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit FileListProxy(FileListModel &model, QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The source row shown at this view row, and back.
    int sourceRow(int viewRow) const;
    int viewRow(int sourceRow) const;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    FileListModel &m_model;
    QCollator m_collator;
};

} // namespace pacsdrop
