#pragma once
// "Outbox and history": what was sent when, to where, for which patient, confirmed or not, and
// what did not go and why — so a clinician can answer "did yesterday's wound photos reach the
// PACS?" without a terminal. Filter by period, by what happened and by text; Retry or Remove
// the chosen entries. Read from the outbox on the thread pool; the window does the sending.

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace pacsdrop {

class OutboxFilter;
class OutboxHistoryModel;

class OutboxView final : public QDialog {
    Q_OBJECT
public:
    explicit OutboxView(QWidget *parent = nullptr);
    ~OutboxView() override;

    void reload();
    // Show only what did not go (the status bar's "failed" opens it so).
    void showNotSent();
    OutboxHistoryModel &model() { return *m_model; }
    QTableView &table() { return *m_table; }
    QList<qint64> selectedIds() const;

signals:
    void retryRequested(const QList<qint64> &ids);
    void loaded(int entries);
    void removed(int entries);

private:
    void updateButtons();
    void removeSelected();

    OutboxHistoryModel *m_model;
    OutboxFilter *m_filter;
    QTableView *m_table;
    QComboBox *m_period;
    QComboBox *m_show;
    QLineEdit *m_search;
    QLabel *m_details;
    QLabel *m_state;
    QPushButton *m_retry;
    QPushButton *m_remove;
    quint64 m_request = 0;
};

} // namespace pacsdrop
