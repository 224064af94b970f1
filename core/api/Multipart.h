#pragma once
// Reads a multipart/form-data body (RFC 7578), as `curl -F` and every HTTP library send uploads:
// one part per form field, files with their names. The whole body is in memory already (the
// server's size limit bounds it).

#include "common/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pacsdrop {

struct FormPart {
    QString name;           // the form field
    QString fileName;       // empty for plain fields
    QByteArray contentType;
    QByteArray data;
};

// contentType: the request's Content-Type header (with the boundary parameter).
Result<QList<FormPart>> parseFormData(const QByteArray &contentType, const QByteArray &body);

// A file name from a client, safe to create inside a folder: no folders, no leading dots, no
// control characters; never empty.
QString safeFileName(const QString &name, int index);

} // namespace pacsdrop
