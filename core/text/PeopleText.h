#pragma once
// DICOM values as people write them: "Anna Müller" for the PN value "Müller^Anna" (with the
// ideographic and phonetic forms after it), dates and times in the user's locale with four-digit
// years, "female" for "F", "Image comments" for the keyword ImageComments. A value that cannot be
// read as what it should be is returned as it is, never dropped. Callers keep the raw value for
// details views. Pure functions; any thread.

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTime>

namespace pacsdrop {

struct PersonName;

// "Given Middle Family" with prefix and suffix ("Dr. Anna Maria Müller, Jr."), then the
// ideographic and phonetic groups in their own order in parentheses: "Tarou Yamada (山田 太郎, やまだ たろう)".
QString nameForPeople(const PersonName &name);
QString nameForPeople(const QString &dicomPersonName);

// The locale's short date with a four-digit year (19.01.2004, 1/19/2004, 2004-01-19).
QString dateForPeople(const QDate &date, const QLocale &locale = {});
// A DICOM DA value ("20040119", also the old "2004.01.19"); empty stays empty, unreadable stays as it is.
QString dicomDateForPeople(const QString &value, const QLocale &locale = {});
// A DICOM TM value ("0856", "085612.123") as the locale writes hours and minutes (08:56, 8:56 AM).
QString dicomTimeForPeople(const QString &value, const QLocale &locale = {});
// Date and time together, either may be empty.
QString dicomDateTimeForPeople(const QString &date, const QString &time, const QLocale &locale = {});
QString dateTimeForPeople(const QDateTime &when, const QLocale &locale = {});

// The date format date fields use: the locale's short format with a four-digit year.
QString dateFormatForPeople(const QLocale &locale = {});

QDate parseDicomDate(const QString &value);
QTime parseDicomTime(const QString &value);

// "F" -> "female", "M" -> "male", "O" -> "other"; anything else as it is.
QString sexForPeople(const QString &code);

// A DICOM keyword as words: "ImageComments" -> "Image comments", "BodyPartExamined" -> "Body part examined".
QString keywordForPeople(const QString &keyword);

} // namespace pacsdrop
