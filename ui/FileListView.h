#pragma once
// The file list where files are dropped: an empty state (drop hint, Add files, Add folder) while
// nothing is listed, else the table. Columns follow their content (Patient and Status never
// squeezed to "…" while Name or Study have room) until the user sizes them; the user's sizes and
// sort order are remembered per user.

#include <QStackedWidget>

class QAction;
class QTableView;

namespace pacsdrop {

class FileListModel;
class FileListProxy;

class FileListView final : public QStackedWidget {
    Q_OBJECT
public:
    FileListView(FileListModel &model, QAction *addFiles, QAction *addFolder, QWidget *parent = nullptr);
    ~FileListView() override;

    QTableView &table() { return *m_table; }
    FileListProxy &proxy() { return *m_proxy; }
    // Source rows of the selected rows, and the current one (-1: none).
    QList<int> selectedRows() const;
    int currentRow() const;
    void selectRow(int sourceRow);
    // Sizes the columns to their content (what a new list does until the user sizes them).
    void fitColumns();
    bool columnsSizedByUser() const { return m_userSized; }

signals:
    void currentChanged(int sourceRow);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showListOrHint();
    void saveHeader() const;

    FileListModel &m_model;
    FileListProxy *m_proxy;
    QTableView *m_table;
    QWidget *m_empty;
    bool m_userSized = false;
    bool m_fitting = false;
};

} // namespace pacsdrop
