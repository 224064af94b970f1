#pragma once
// What a worklist or PACS search found, as a table people read: the patient's name as written
// ("Joseph Haydn"), ID, born, sex, accession number, when it is scheduled (or the study date),
// modality, and the procedure or study description. Dates and times in the user's locale; the
// stored values in the tooltip.

#include "lookup/QueryResult.h"
#include "lookup/WorklistItem.h"

#include <QAbstractTableModel>

namespace pacsdrop {

class LookupResultsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Patient, Id, Born, Sex, Accession, When, Modality, Description, ColumnCount };

    explicit LookupResultsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Empties the table for results of this kind (worklist items or studies).
    void reset(bool worklist);
    bool isWorklist() const { return m_worklist; }
    void add(const WorklistItem &item);
    void add(const QueryResult &study);
    const WorklistItem &worklistItem(int row) const { return m_items.at(row); }
    const QueryResult &study(int row) const { return m_studies.at(row); }

private:
    struct Cells {
        QString name, id, born, sex, accession, whenDate, whenTime, modality, description;
    };
    Cells cellsOf(int row) const;

    bool m_worklist = true;
    QList<WorklistItem> m_items;
    QList<QueryResult> m_studies;
};

} // namespace pacsdrop
