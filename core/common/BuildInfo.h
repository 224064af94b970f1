#pragma once
// The libraries PacsDrop is built on, with their versions and licences, for the About box and
// support requests.

#include <QList>
#include <QString>

namespace pacsdrop {

struct LibraryInfo {
    QString name;
    QString version;
    QString licence;
};

QList<LibraryInfo> builtOn();

} // namespace pacsdrop
