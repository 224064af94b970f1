#include "FileRow.h"

#include "convert/Converter.h"

#include <QFileInfo>

namespace pacsdrop {

QList<FileRow> rowsFor(const QList<IntakeItem> &items)
{
    QList<FileRow> rows;
    rows.reserve(items.size());
    for (const IntakeItem &item : items) {
        if (item.kind == IntakeItem::Kind::MediaIndex)
            continue; // a DICOMDIR's files are rows of their own
        FileRow row;
        row.item = item;
        row.size = item.kind == IntakeItem::Kind::Dicom ? item.dicom.fileSize : QFileInfo(item.path).size();
        if (item.kind == IntakeItem::Kind::Dicom) {
            row.kind = FileRow::Kind::Dicom;
        } else if (item.rejection == ErrorCode::NotDicom) {
            switch (classifyInput(item.path)) {
            case InputKind::Image: row.kind = FileRow::Kind::Image; break;
            case InputKind::Video: row.kind = FileRow::Kind::Video; break;
            case InputKind::Pdf: row.kind = FileRow::Kind::Pdf; break;
            case InputKind::Unsupported:
                row.status = FileRow::Status::NotSendable;
                row.statusText = QStringLiteral("neither DICOM nor an image, PDF or video PacsDrop can convert");
                break;
            }
        } else { // damaged DICOM, unreadable file
            row.kind = FileRow::Kind::Dicom;
            row.status = FileRow::Status::NotSendable;
            row.statusText = item.reason;
        }
        rows.append(row);
    }
    return rows;
}

} // namespace pacsdrop
