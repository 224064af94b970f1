#pragma once
// What a converter made: one DICOM file, described for people and for the outbox.

#include <QString>

namespace pacsdrop {

struct ConvertedObject {
    QString source;            // the input file
    QString path;              // the DICOM file written
    QString sopClassUid;
    QString sopInstanceUid;
    QString transferSyntaxUid;
    int frames = 1;
    qint64 size = 0;
    bool reencoded = false;    // false: the source bytes are inside as they were
    QString note;              // why it was re-encoded, or what was dropped
};

// Where one object of a batch goes: its study, series and number in the series.
struct ObjectPlacement {
    QString studyUid;
    QString seriesUid;
    int seriesNumber = 1;
    int instanceNumber = 1;
    QString outputDir;
    QString characterSet;      // the destination's Specific Character Set; empty: Unicode (ISO_IR 192)
};

} // namespace pacsdrop
