#include "api/Multipart.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace pacsdrop {

namespace {

// The value of name="..." (or name=token) in a header like Content-Disposition.
QString parameter(const QByteArray &header, const QByteArray &name)
{
    const QRegularExpression quoted(QStringLiteral("(?:^|;)\\s*%1=\"((?:[^\"\\\\]|\\\\.)*)\"").arg(QString::fromLatin1(name)),
                                    QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromUtf8(header);
    if (const auto m = quoted.match(text); m.hasMatch())
        return m.captured(1).replace(QStringLiteral("\\\""), QStringLiteral("\""));
    const QRegularExpression token(QStringLiteral("(?:^|;)\\s*%1=([^;\\s]+)").arg(QString::fromLatin1(name)),
                                   QRegularExpression::CaseInsensitiveOption);
    if (const auto m = token.match(text); m.hasMatch())
        return m.captured(1);
    return {};
}

} // namespace

Result<QList<FormPart>> parseFormData(const QByteArray &contentType, const QByteArray &body)
{
    if (!contentType.trimmed().toLower().startsWith("multipart/form-data"))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("expected multipart/form-data"));
    const QByteArray boundary = parameter(contentType, "boundary").toUtf8();
    if (boundary.isEmpty() || boundary.size() > 200)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("multipart/form-data without a boundary"));
    const QByteArray delimiter = "--" + boundary;
    QList<FormPart> parts;
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the form data holds no parts"));
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return parts; // the closing delimiter
        if (body.mid(pos, 2) != "\r\n")
            return fail(ErrorCode::InvalidArgument, QStringLiteral("malformed form data (after a boundary)"));
        pos += 2;
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos);
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), pos);
        if (headerEnd < 0 || next < 0 || headerEnd > next)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("malformed form data (a part is not closed)"));
        FormPart part;
        for (const QByteArray &line : body.mid(pos, headerEnd - pos).split('\n')) {
            const QByteArray header = line.trimmed();
            const qsizetype colon = header.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray key = header.left(colon).trimmed().toLower();
            const QByteArray value = header.mid(colon + 1).trimmed();
            if (key == "content-disposition") {
                part.name = parameter(value, "name");
                part.fileName = parameter(value, "filename");
            } else if (key == "content-type") {
                part.contentType = value;
            }
        }
        part.data = body.mid(headerEnd + 4, next - headerEnd - 4);
        parts.append(std::move(part));
        pos = next + 2;
    }
}

QString safeFileName(const QString &name, int index)
{
    QString base = QFileInfo(QString(name).replace(u'\\', u'/')).fileName();
    base.remove(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f:*?\"<>|]")));
    while (base.startsWith(u'.'))
        base.remove(0, 1);
    if (base.isEmpty())
        base = QStringLiteral("upload");
    return QStringLiteral("%1-%2").arg(index).arg(base.left(150));
}

} // namespace pacsdrop
