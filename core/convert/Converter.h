#pragma once
// Converts a batch of non-DICOM files with one set of study data: one Study Instance UID for the
// batch (the given one, or a new one), one series per input kind (images, PDFs), instance
// numbers in order. Each file succeeds or fails on its own. Blocking; thread-safe per call.

#include "convert/ConvertedObject.h"
#include "convert/StudyData.h"
#include "intake/IntakeItem.h"
#include "settings/ConversionSettings.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace pacsdrop {

enum class InputKind { Image, Pdf, Video, Unsupported };

// By content (PDF header, image formats Qt reads), with video recognised by name.
InputKind classifyInput(const QString &path);

struct ConversionItem {
    QString source;
    InputKind kind = InputKind::Unsupported;
    QList<ConvertedObject> objects;
    std::optional<Error> error;
};

QList<ConversionItem> convertFiles(const QStringList &paths, const StudyData &data, const QString &outputDir,
                                   const ConversionSettings &settings = {});

struct PreparedBatch {
    QList<IntakeItem> items;              // DICOM items (given or made) and rejected ones
    QList<ConversionItem> conversions;    // what was converted, for reporting
};

// For sending: non-DICOM items become the DICOM objects converted from them (written into
// outputDir); a conversion failure becomes a rejected item with its reason. Without patient data
// (missingForConversion), non-DICOM items are rejected saying what is missing.
PreparedBatch convertForSending(const QList<IntakeItem> &items, const StudyData &data, const QString &outputDir,
                                 const ConversionSettings &settings = {});

} // namespace pacsdrop
