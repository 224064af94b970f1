// Writes synthetic DICOM instances for tests and benchmarks: a CT series of N single-frame
// images, or one large multi-frame Secondary Capture. Every instance gets its own SOP Instance
// UID; the pixels are a cheap pattern. Patient data is obviously fake.
//
//   pacsdrop_make_series --out DIR --count N [--rows 512 --cols 512]
//   pacsdrop_make_series --out DIR --frames F [--rows 512 --cols 512]   (one multi-frame object)

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcfilefo.h"
#include "dcmtk/dcmdata/dcuid.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

std::string newUid()
{
    char buffer[100];
    return dcmGenerateUniqueIdentifier(buffer, SITE_INSTANCE_UID_ROOT);
}

int writeInstance(const std::string &path, const char *sopClass, const std::string &study, const std::string &series,
                  int number, unsigned rows, unsigned cols, unsigned frames)
{
    DcmFileFormat file;
    DcmDataset *ds = file.getDataset();
    const std::string instance = newUid();
    ds->putAndInsertString(DCM_SOPClassUID, sopClass);
    ds->putAndInsertString(DCM_SOPInstanceUID, instance.c_str());
    ds->putAndInsertString(DCM_StudyInstanceUID, study.c_str());
    ds->putAndInsertString(DCM_SeriesInstanceUID, series.c_str());
    ds->putAndInsertString(DCM_PatientName, "TEST^SYNTHETIC");
    ds->putAndInsertString(DCM_PatientID, "PD-TEST-0001");
    ds->putAndInsertString(DCM_PatientBirthDate, "19700101");
    ds->putAndInsertString(DCM_PatientSex, "O");
    ds->putAndInsertString(DCM_StudyDate, "20260101");
    ds->putAndInsertString(DCM_StudyTime, "120000");
    ds->putAndInsertString(DCM_StudyID, "1");
    ds->putAndInsertString(DCM_AccessionNumber, "PDTEST1");
    ds->putAndInsertString(DCM_ReferringPhysicianName, "");
    ds->putAndInsertString(DCM_Modality, frames > 1 ? "OT" : "CT");
    ds->putAndInsertString(DCM_SeriesNumber, "1");
    ds->putAndInsertString(DCM_InstanceNumber, std::to_string(number).c_str());
    ds->putAndInsertString(DCM_Manufacturer, "PacsDrop test data");
    ds->putAndInsertUint16(DCM_SamplesPerPixel, 1);
    ds->putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME2");
    ds->putAndInsertUint16(DCM_Rows, static_cast<Uint16>(rows));
    ds->putAndInsertUint16(DCM_Columns, static_cast<Uint16>(cols));
    ds->putAndInsertUint16(DCM_BitsAllocated, 16);
    ds->putAndInsertUint16(DCM_BitsStored, 12);
    ds->putAndInsertUint16(DCM_HighBit, 11);
    ds->putAndInsertUint16(DCM_PixelRepresentation, 0);
    if (frames > 1) {
        ds->putAndInsertString(DCM_NumberOfFrames, std::to_string(frames).c_str());
        ds->putAndInsertString(DCM_ConversionType, "WSD");
    } else {
        ds->putAndInsertString(DCM_ImageType, "ORIGINAL\\PRIMARY\\AXIAL");
        ds->putAndInsertString(DCM_RescaleIntercept, "-1024");
        ds->putAndInsertString(DCM_RescaleSlope, "1");
        ds->putAndInsertString(DCM_KVP, "120");
        ds->putAndInsertString(DCM_AcquisitionNumber, "1");
        ds->putAndInsertString(DCM_ImagePositionPatient, ("0\\0\\" + std::to_string(number)).c_str());
        ds->putAndInsertString(DCM_ImageOrientationPatient, "1\\0\\0\\0\\1\\0");
        ds->putAndInsertString(DCM_PixelSpacing, "0.5\\0.5");
        ds->putAndInsertString(DCM_SliceThickness, "1");
    }
    const size_t count = static_cast<size_t>(rows) * cols * frames;
    std::vector<Uint16> pixels(count);
    for (size_t i = 0; i < count; ++i)
        pixels[i] = static_cast<Uint16>((i * 7 + static_cast<size_t>(number) * 13) & 0x0fff);
    if (ds->putAndInsertUint16Array(DCM_PixelData, pixels.data(), static_cast<unsigned long>(count)).bad()) {
        std::fprintf(stderr, "cannot set pixel data\n");
        return 1;
    }
    const OFCondition cond = file.saveFile(path.c_str(), EXS_LittleEndianExplicit);
    if (cond.bad()) {
        std::fprintf(stderr, "cannot write %s: %s\n", path.c_str(), cond.text());
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    std::string out;
    int count = 1;
    unsigned rows = 512, cols = 512, frames = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string key = argv[i];
        const char *value = argv[i + 1];
        if (key == "--out") out = value;
        else if (key == "--count") count = std::atoi(value);
        else if (key == "--rows") rows = static_cast<unsigned>(std::atoi(value));
        else if (key == "--cols") cols = static_cast<unsigned>(std::atoi(value));
        else if (key == "--frames") frames = static_cast<unsigned>(std::atoi(value));
    }
    if (out.empty() || count < 1 || rows == 0 || cols == 0 || frames == 0) {
        std::fprintf(stderr, "usage: %s --out DIR [--count N] [--rows R] [--cols C] [--frames F]\n", argv[0]);
        return 2;
    }
    const std::string study = newUid(), series = newUid();
    const char *sopClass = frames > 1 ? UID_MultiframeGrayscaleWordSecondaryCaptureImageStorage : UID_CTImageStorage;
    for (int n = 1; n <= count; ++n) {
        char name[32];
        std::snprintf(name, sizeof name, "/img%05d.dcm", n);
        if (writeInstance(out + name, sopClass, study, series, n, rows, cols, frames) != 0)
            return 1;
    }
    return 0;
}
