// DICOM intake: the checks PacsDrop makes on a file before it is sent (structure walk for nesting,
// DCMTK's parse, UIDs against the grammar, pixel description against the data), on any bytes.

#include "FuzzInput.h"

#include "dicom/DicomFileInfo.h"
#include "dicom/StructureScan.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = pacsdrop::fuzz::bytesOf(data, size);
    (void)pacsdrop::scanStructure(bytes);
    // As a file: what `pacsdrop send`, hot folders and the API read.
    (void)pacsdrop::readDicomFileInfo(pacsdrop::fuzz::scratchFile(bytes, QStringLiteral("input.dcm")));
    return 0;
}
