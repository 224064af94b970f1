#pragma once
// A list of records (devices, worklist devices, watched folders), one line each with the few
// facts that tell them apart, and Add…, Edit…, Remove and the page's own buttons (Check
// connection). A double click edits. The records themselves are edited in the page's form.

#include <QStringList>
#include <QWidget>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pacsdrop {

class RecordList final : public QWidget {
    Q_OBJECT
public:
    RecordList(const QStringList &headers, QWidget *parent = nullptr);

    void setRows(const QList<QStringList> &rows);
    int currentRow() const;
    void setCurrentRow(int row);
    // A button acting on the chosen record (enabled only while one is chosen).
    QPushButton *addRowButton(const QString &label, const QString &objectName, std::function<void(int row)> action);
    // A line under the list (e.g. the last connection check), in plain words.
    void setNote(const QString &text, int tone);
    QString note() const;
    QTableWidget *table() const { return m_table; }

signals:
    void addRequested();
    void editRequested(int row);
    void removeRequested(int row);

private:
    void updateButtons();

    QTableWidget *m_table;
    QHBoxLayout *m_buttons;
    QList<QPushButton *> m_rowButtons;
    QLabel *m_note;
};

} // namespace pacsdrop
