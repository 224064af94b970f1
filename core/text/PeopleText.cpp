#include "text/PeopleText.h"

#include "convert/StudyData.h"

#include <QCoreApplication>
#include <QStringList>

namespace pacsdrop {

namespace {

QString joinNonEmpty(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    }
    return kept.join(separator);
}

// The alphabetic group as Western names are written: prefix, given, middle, family, ", suffix".
QString alphabeticForPeople(const PersonName &n)
{
    QString text = joinNonEmpty({n.prefix, n.given, n.middle, n.family}, QStringLiteral(" "));
    if (!n.suffix.trimmed().isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(", ")) + n.suffix.trimmed();
    return text;
}

// Ideographic and phonetic groups keep their own order (family name first, as CJK names are
// written); only the component separators become spaces.
QString groupForPeople(const QString &group)
{
    return joinNonEmpty(group.split(u'^'), QStringLiteral(" "));
}

} // namespace

QString nameForPeople(const PersonName &name)
{
    QStringList forms{alphabeticForPeople(name), groupForPeople(name.ideographic), groupForPeople(name.phonetic)};
    forms.removeAll(QString());
    if (forms.size() <= 1)
        return forms.value(0);
    // The first form people read, the others in parentheses.
    const QString first = forms.takeFirst();
    return QStringLiteral("%1 (%2)").arg(first, forms.join(QStringLiteral(", ")));
}

QString nameForPeople(const QString &dicomPersonName)
{
    return nameForPeople(PersonName::fromDicom(dicomPersonName.trimmed()));
}

QString dateFormatForPeople(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy")); // a birth year needs its century
    return format;
}

QString dateForPeople(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, dateFormatForPeople(locale)) : QString();
}

QDate parseDicomDate(const QString &value)
{
    const QString v = value.trimmed();
    QDate d = QDate::fromString(v, QStringLiteral("yyyyMMdd"));
    if (!d.isValid())
        d = QDate::fromString(v, QStringLiteral("yyyy.MM.dd")); // ACR-NEMA style, still seen
    return d;
}

QTime parseDicomTime(const QString &value)
{
    const QString v = value.trimmed().section(u'.', 0, 0);
    for (const char *format : {"HHmmss", "HHmm", "HH", "HH:mm:ss", "HH:mm"}) {
        const QTime t = QTime::fromString(v, QString::fromLatin1(format));
        if (t.isValid())
            return t;
    }
    return {};
}

QString dicomDateForPeople(const QString &value, const QLocale &locale)
{
    const QDate d = parseDicomDate(value);
    return d.isValid() ? dateForPeople(d, locale) : value.trimmed();
}

QString dicomTimeForPeople(const QString &value, const QLocale &locale)
{
    const QTime t = parseDicomTime(value);
    return t.isValid() ? locale.toString(t, QLocale::ShortFormat) : value.trimmed();
}

QString dicomDateTimeForPeople(const QString &date, const QString &time, const QLocale &locale)
{
    return joinNonEmpty({dicomDateForPeople(date, locale), dicomTimeForPeople(time, locale)}, QStringLiteral(" "));
}

QString dateTimeForPeople(const QDateTime &when, const QLocale &locale)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    return dateForPeople(local.date(), locale) + u' ' + locale.toString(local.time(), QLocale::ShortFormat);
}

QString sexForPeople(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    if (c == QLatin1String("F"))
        return QCoreApplication::translate("PeopleText", "female");
    if (c == QLatin1String("M"))
        return QCoreApplication::translate("PeopleText", "male");
    if (c == QLatin1String("O"))
        return QCoreApplication::translate("PeopleText", "other");
    return code.trimmed();
}

QString keywordForPeople(const QString &keyword)
{
    QString words;
    for (qsizetype i = 0; i < keyword.size(); ++i) {
        const QChar c = keyword.at(i);
        // A capital starts a word unless it continues an abbreviation ("ID", "UID").
        const bool startsWord = i > 0 && c.isUpper()
                                && (keyword.at(i - 1).isLower() || (i + 1 < keyword.size() && keyword.at(i + 1).isLower()));
        if (startsWord)
            words += u' ';
        words += c;
    }
    // Only the first word keeps its capital; abbreviations stay as they are.
    QStringList parts = words.split(u' ');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts[i].size() > 1 && parts[i].at(1).isLower())
            parts[i] = parts[i].toLower();
    }
    return parts.join(u' ');
}

} // namespace pacsdrop
