#include "FileListModel.h"

#include "StatusLook.h"
#include "text/PeopleText.h"

#include <QApplication>
#include <QColor>
#include <QFileInfo>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace pacsdrop {

namespace {

QString escaped(const QString &text) { return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")); }

} // namespace

FileListModel::FileListModel(QObject *parent) : QAbstractTableModel(parent) {}

int FileListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }

int FileListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString FileListModel::kindName(FileRow::Kind kind)
{
    switch (kind) {
    case FileRow::Kind::Dicom: return tr("DICOM");
    case FileRow::Kind::Image: return tr("Image");
    case FileRow::Kind::Video: return tr("Video");
    case FileRow::Kind::Pdf: return tr("PDF");
    case FileRow::Kind::Unsupported: break;
    }
    return tr("Other");
}

QString FileListModel::patientText(const FileRow &row)
{
    const QString name = nameForPeople(row.patientName()), id = row.patientId().trimmed();
    if (name.isEmpty() || id.isEmpty())
        return name.isEmpty() ? id : name;
    return QStringLiteral("%1 (%2)").arg(name, id);
}

QString FileListModel::studyText(const FileRow &row)
{
    QStringList parts{dicomDateForPeople(row.studyDate()), row.studyDescription().trimmed()};
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

QVariant FileListModel::tooltip(const FileRow &row, int column) const
{
    switch (column) {
    case Patient: {
        if (row.patientName().isEmpty() && row.patientId().isEmpty())
            return row.needsConversion() ? tr("PacsDrop asks for the patient when you send this file.") : QVariant();
        QString text = tr("Stored as: %1, patient ID %2").arg(row.patientName(), row.patientId());
        if (m_patients.size() > 1 && m_patients.contains(row.patientId()))
            text += u'\n' + tr("Patient %1 of %2 in this list").arg(m_patients.value(row.patientId()) + 1).arg(m_patients.size());
        return text;
    }
    case Study:
        return row.studyDate().isEmpty() ? QVariant() : tr("Study date as stored: %1").arg(row.studyDate());
    case Status: {
        // Rich text, so the tooltip wraps instead of running off the screen.
        QString html = QStringLiteral("<p><b>%1</b></p>").arg(escaped(statusWord(row.status)));
        if (!row.plain.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(escaped(row.plain));
        if (row.status == FileRow::Status::Waiting && row.retryAt.isValid())
            html += QStringLiteral("<p>%1</p>").arg(escaped(tr("Next try at %1.").arg(QLocale().toString(row.retryAt.time(), QLocale::ShortFormat))));
        if (!row.detail.isEmpty() && row.detail != row.plain)
            html += QStringLiteral("<p><small>%1</small></p>").arg(escaped(tr("For IT: %1").arg(row.detail)));
        return QStringLiteral("<qt>%1</qt>").arg(html);
    }
    default:
        return row.item.path;
    }
}

QVariant FileListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const FileRow &r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Kind: return kindName(r.kind);
        case Name: return QFileInfo(r.item.path).fileName();
        case Patient: return patientText(r);
        case Study: return studyText(r);
        case Size: return QLocale().formattedDataSize(r.size);
        case Status: return statusWord(r.status);
        default: return {};
        }
    case Qt::ToolTipRole:
        return tooltip(r, column);
    case Qt::DecorationRole:
        if (column == Status)
            return statusIcon(r.status);
        // DICOM files of different patients are marked apart: one colour per patient.
        if (column == Patient && m_patients.size() > 1 && m_patients.contains(r.patientId()))
            return QColor::fromHsv((m_patients.value(r.patientId()) * 67) % 360, 160, 220);
        return {};
    case Qt::ForegroundRole:
        if (column == Status && toneOf(r.status) != Tone::Neutral)
            return toneText(toneOf(r.status), QApplication::palette());
        return {};
    case Qt::BackgroundRole: {
        const Tone tone = toneOf(r.status);
        if (tone == Tone::Bad || tone == Tone::Warning) // failures stand out across the whole row
            return toneBackground(tone, QApplication::palette());
        return {};
    }
    case Qt::TextAlignmentRole:
        return column == Size ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case PathRole:
        return r.item.path;
    case StatusRole:
        return static_cast<int>(r.status);
    case ToneRole:
        return static_cast<int>(toneOf(r.status));
    case SortRole:
        switch (column) {
        case Size: return r.size;
        case Status: return static_cast<int>(r.status);
        case Study: return QString(r.studyDate() + u' ' + r.studyDescription());
        default: return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant FileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
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

int FileListModel::addRows(QList<FileRow> rows)
{
    QSet<QString> seen;
    rows.removeIf([&](const FileRow &r) {
        if (m_index.contains(r.item.path) || seen.contains(r.item.path))
            return true;
        seen.insert(r.item.path);
        return false;
    });
    if (rows.isEmpty())
        return 0;
    const int first = static_cast<int>(m_rows.size());
    const int added = static_cast<int>(rows.size());
    beginInsertRows({}, first, first + added - 1);
    m_rows.append(std::move(rows));
    reindex(first);
    endInsertRows();
    return added;
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
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Patient), index(static_cast<int>(m_rows.size()) - 1, Patient)); // marks may have gone
}

void FileListModel::removeSent()
{
    QList<int> sent;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).isDelivered())
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

void FileListModel::setStatus(const QString &path, FileRow::Status status, const QString &plain, const QString &detail,
                              std::optional<ErrorCode> failure, const QDateTime &retryAt)
{
    const int r = rowOf(path);
    if (r < 0)
        return;
    FileRow &row = m_rows[r];
    row.status = status;
    row.plain = plain;
    row.detail = detail;
    row.failure = failure;
    row.retryAt = retryAt;
    emit dataChanged(index(r, 0), index(r, ColumnCount - 1)); // the tint is the whole row's
}

void FileListModel::setSentAs(const QString &path, const QString &patientName, const QString &patientId, const QString &studyDate,
                              const QString &studyDescription)
{
    const int r = rowOf(path);
    if (r < 0)
        return;
    FileRow &row = m_rows[r];
    row.sentPatientName = patientName;
    row.sentPatientId = patientId;
    row.sentStudyDate = studyDate;
    row.sentStudyDescription = studyDescription;
    const int before = patientCount();
    notePatient(row);
    if (patientCount() != before) // a new patient: every mark may change
        emit dataChanged(index(0, Patient), index(static_cast<int>(m_rows.size()) - 1, Study));
    else
        emit dataChanged(index(r, Patient), index(r, Study));
}

void FileListModel::addEntries(const QString &path, const QList<qint64> &entries)
{
    const int r = rowOf(path);
    if (r < 0)
        return;
    for (qint64 id : entries) {
        if (!m_rows[r].entries.contains(id))
            m_rows[r].entries.append(id);
    }
}

void FileListModel::notePatient(const FileRow &row)
{
    const QString id = row.patientId();
    if (!id.isEmpty() && !m_patients.contains(id))
        m_patients.insert(id, static_cast<int>(m_patients.size()));
}

void FileListModel::reindex(int from)
{
    if (from == 0) {
        m_index.clear();
        m_patients.clear();
    }
    for (int r = from; r < m_rows.size(); ++r) {
        m_index.insert(m_rows.at(r).item.path, r);
        notePatient(m_rows.at(r));
    }
}

} // namespace pacsdrop
