#include "LookupResultsModel.h"

#include "text/PeopleText.h"

namespace pacsdrop {

LookupResultsModel::LookupResultsModel(QObject *parent) : QAbstractTableModel(parent) {}

int LookupResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_worklist ? m_items.size() : m_studies.size());
}

int LookupResultsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

LookupResultsModel::Cells LookupResultsModel::cellsOf(int row) const
{
    if (m_worklist) {
        const WorklistItem &i = m_items.at(row);
        return {i.patientName, i.patientId, i.patientBirthDate, i.patientSex, i.accessionNumber, i.scheduledStartDate,
                i.scheduledStartTime, i.modality, i.requestedProcedureDescription.isEmpty() ? i.scheduledStepDescription : i.requestedProcedureDescription};
    }
    const QueryResult &s = m_studies.at(row);
    return {s.patientName, s.patientId, s.patientBirthDate, s.patientSex, s.accessionNumber, s.studyDate, s.studyTime,
            QString(s.modalitiesInStudy).replace(u'\\', QStringLiteral(", ")), s.studyDescription};
}

QVariant LookupResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Cells c = cellsOf(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Patient: return nameForPeople(c.name);
        case Id: return c.id;
        case Born: return dicomDateForPeople(c.born);
        case Sex: return sexForPeople(c.sex);
        case Accession: return c.accession;
        case When: return dicomDateTimeForPeople(c.whenDate, c.whenTime);
        case Modality: return c.modality;
        case Description: return c.description;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Patient: return tr("Stored as: %1").arg(c.name);
        case Born: return c.born.isEmpty() ? QVariant() : tr("Stored as: %1").arg(c.born);
        case When: return c.whenDate.isEmpty() ? QVariant() : tr("Stored as: %1 %2").arg(c.whenDate, c.whenTime).trimmed();
        default: return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant LookupResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Patient: return tr("Patient");
    case Id: return tr("Patient ID");
    case Born: return tr("Born");
    case Sex: return tr("Sex");
    case Accession: return tr("Accession");
    case When: return m_worklist ? tr("Scheduled") : tr("Study date");
    case Modality: return tr("Modality");
    case Description: return m_worklist ? tr("Procedure") : tr("Description");
    default: return {};
    }
}

void LookupResultsModel::reset(bool worklist)
{
    beginResetModel();
    m_worklist = worklist;
    m_items.clear();
    m_studies.clear();
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void LookupResultsModel::add(const WorklistItem &item)
{
    if (!m_worklist)
        return;
    const int row = static_cast<int>(m_items.size());
    beginInsertRows({}, row, row);
    m_items.append(item);
    endInsertRows();
}

void LookupResultsModel::add(const QueryResult &study)
{
    if (m_worklist)
        return;
    const int row = static_cast<int>(m_studies.size());
    beginInsertRows({}, row, row);
    m_studies.append(study);
    endInsertRows();
}

} // namespace pacsdrop
