#include "dicom/Uid.h"

#include <QStringList>

namespace pacsdrop {

QString uidProblem(const QString &uid)
{
    if (uid.isEmpty())
        return QStringLiteral("empty");
    if (uid.size() > 64)
        return QStringLiteral("longer than 64 characters (%1)").arg(uid.size());
    for (QChar c : uid) {
        if (!(c.isDigit() && c.unicode() < 0x80) && c != u'.')
            return QStringLiteral("only digits and dots are allowed, not \"%1\"").arg(c);
    }
    if (uid.split(u'.').contains(QString()))
        return QStringLiteral("an empty component (two dots together, or a dot at an end)");
    return {};
}

} // namespace pacsdrop
