#include "FileListModel.h"

#include <QColor>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace pacsdrop {

FileListModel::FileListModel(QObject *parent) : QAbstractTableModel(parent) {}

int FileListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }

int FileListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString FileListModel::kindName(FileRow::Kind kind)
{
    switch (kind) {
    case FileRow::Kind::Dicom: return tr("DICOM");
    case FileRow::Kind::Image: return tr("IMAGE");
    case FileRow::Kind::Video: return tr("VIDEO");
    case FileRow::Kind::Pdf: return tr("PDF");
    case FileRow::Kind::Unsupported: break;
    }
    return tr("OTHER");
}

QString FileListModel::statusName(FileRow::Status status)
{
    switch (status) {
    case FileRow::Status::Ready: return tr("ready");
    case FileRow::Status::Queued: return tr("queued");
    case FileRow::Status::Sending: return tr("sending");
    case FileRow::Status::Sent: return tr("sent");
    case FileRow::Status::Failed: return tr("failed");
    case FileRow::Status::NotSendable: break;
    }
    return tr("cannot be sent");
}

QVariant FileListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const FileRow &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Kind: return kindName(r.kind);
        case Name: return QFileInfo(r.item.path).fileName();
        case Patient:
            return r.isDicom() && !r.item.dicom.patientId.isEmpty()
                       ? QStringLiteral("%1 (%2)").arg(r.item.dicom.patientName, r.item.dicom.patientId) : QString();
        case Study: return r.isDicom() ? QStringLiteral("%1 %2").arg(r.item.dicom.studyDate, r.item.dicom.studyDescription).trimmed() : QString();
        case Size: return QLocale().formattedDataSize(r.size);
        case Status:
            return r.statusText.isEmpty() ? statusName(r.status) : QStringLiteral("%1: %2").arg(statusName(r.status), r.statusText);
        default: break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() != Patient) {
        if (index.column() == Status && !r.statusText.isEmpty())
            return r.statusText;
        return r.item.path;
    }
    // DICOM files of different patients are marked apart: one colour per patient, and a tooltip.
    if (role == Qt::DecorationRole && index.column() == Patient && r.isDicom() && !r.item.dicom.patientId.isEmpty() && m_patients.size() > 1) {
        const int n = m_patients.value(r.item.dicom.patientId);
        return QColor::fromHsv((n * 67) % 360, 160, 220);
    }
    if (role == Qt::ToolTipRole && index.column() == Patient && r.isDicom() && m_patients.size() > 1)
        return tr("Patient %1 of %2 in this list").arg(m_patients.value(r.item.dicom.patientId) + 1).arg(m_patients.size());
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return r.item.path;
    return {};
}

QVariant FileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role); // vertical: the row number
    switch (section) {
    case Kind: return tr("Kind");
    case Name: return tr("Name");
    case Patient: return tr("Patient");
    case Study: return tr("Study");
    case Size: return tr("Size");
    case Status: return tr("Status");
    default: return {};
    }
}

int FileListModel::addRows(const QList<FileRow> &rows)
{
    QList<FileRow> fresh;
    QSet<QString> seen;
    for (const FileRow &r : rows) {
        if (!m_index.contains(r.item.path) && !seen.contains(r.item.path)) {
            seen.insert(r.item.path);
            fresh.append(r);
        }
    }
    if (fresh.isEmpty())
        return 0;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    m_rows += fresh;
    reindex(first);
    endInsertRows();
    return static_cast<int>(fresh.size());
}

void FileListModel::removeRowsAt(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.removeIf([&](int r) { return r < 0 || r >= m_rows.size(); });
    // Highest first, one removal per contiguous run, so indices stay valid and a view updates once per run.
    for (qsizetype i = 0; i < rows.size();) {
        const int last = rows[i];
        int first = last;
        while (i + 1 < rows.size() && rows[i + 1] == first - 1)
            first = rows[++i];
        ++i;
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r)
            m_index.remove(m_rows.at(r).item.path);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    }
    reindex(0);
}

void FileListModel::removeSent()
{
    QList<int> sent;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).status == FileRow::Status::Sent)
            sent.append(r);
    }
    removeRowsAt(sent);
}

void FileListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    m_patients.clear();
    endResetModel();
}

void FileListModel::setStatus(const QString &path, FileRow::Status status, const QString &text)
{
    const int r = rowOf(path);
    if (r < 0)
        return;
    m_rows[r].status = status;
    m_rows[r].statusText = text;
    emit dataChanged(index(r, Status), index(r, Status));
}

void FileListModel::reindex(int from)
{
    if (from == 0) {
        m_index.clear();
        m_patients.clear();
    }
    for (int r = from; r < m_rows.size(); ++r) {
        const FileRow &row = m_rows.at(r);
        m_index.insert(row.item.path, r);
        if (row.isDicom() && !row.item.dicom.patientId.isEmpty() && !m_patients.contains(row.item.dicom.patientId))
            m_patients.insert(row.item.dicom.patientId, static_cast<int>(m_patients.size()));
    }
}

} // namespace pacsdrop
