#pragma once
// A watched folder as the Monitor settings describe it: where files appear, where they go, whose
// they are (or DICOM only), and what happens to a file once sent. The watching itself is the
// hot-folder front's (core/watch, with the automation work); the window edits this list.

#include "common/Error.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace pacsdrop {

struct HotFolder {
    enum class AfterSend { Leave, Delete, MoveToDone };

    QString folder;
    QString destination;              // a device name
    bool recursive = true;
    bool dicomOnly = true;            // false: non-DICOM files are converted with `study`
    QMap<QString, QString> study;     // DICOM keyword -> value, as "--set" takes them
    AfterSend afterSend = AfterSend::Leave;
    QString doneFolder;               // for MoveToDone
    int stableSeconds = 5;            // size and time unchanged this long: the file is complete
    int pollSeconds = 10;             // for shares without change events

    QString validate(const QString &prefix) const;
    QStringList problems(const QString &prefix = {}) const; // every problem, "field: problem"
    QJsonObject toJson() const;
    static Result<HotFolder> fromJson(const QJsonObject &json, const QString &prefix);

    friend bool operator==(const HotFolder &, const HotFolder &) = default;
};

QString afterSendName(HotFolder::AfterSend action);

} // namespace pacsdrop
