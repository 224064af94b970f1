// The codecs module's entry: DCMTK's decoders, registered when the core first needs them
// (dicom/Decoders.h).
#include "dicom/Decoders.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcrledrg.h"
#include "dcmtk/dcmjpeg/djdecode.h"
#include "dcmtk/dcmjpls/djdecode.h"

#include <QtGlobal>

namespace pacsdrop {

namespace {

void registerDecoders()
{
    DJDecoderRegistration::registerCodecs();
    DJLSDecoderRegistration::registerCodecs();
    DcmRLEDecoderRegistration::registerCodecs();
}

void unregisterDecoders()
{
    DcmRLEDecoderRegistration::cleanup();
    DJLSDecoderRegistration::cleanup();
    DJDecoderRegistration::cleanup();
}

const DecoderFunctions kTable{sizeof(DecoderFunctions), &registerDecoders, &unregisterDecoders};

} // namespace

} // namespace pacsdrop

extern "C" Q_DECL_EXPORT const pacsdrop::DecoderFunctions *pacsdrop_codecs_functions() { return &pacsdrop::kTable; }
