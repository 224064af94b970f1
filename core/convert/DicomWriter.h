#pragma once
// Shared last steps of every converter: the attributes every created object carries (SOP
// Common, equipment, content date/time, instance number) and an atomic write (temporary name,
// then rename) so a half-written file never looks finished.

#include "common/Error.h"
#include "convert/ConvertedObject.h"
#include "convert/StudyData.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcfilefo.h"

namespace pacsdrop {

// Patient/study/series from data, plus SOP Class/Instance UID, Instance Number, Content and
// Instance Creation date/time, Manufacturer and software version. Returns the instance UID.
Result<QString> writeCommonAttributes(DcmItem &dataset, const StudyData &data, const ObjectPlacement &placement,
                                      const char *sopClassUid);

// Saves into placement.outputDir as <SOPInstanceUID>.dcm and fills the result's path and size.
Result<void> saveObject(DcmFileFormat &file, E_TransferSyntax syntax, const ObjectPlacement &placement,
                        ConvertedObject &result);

} // namespace pacsdrop
