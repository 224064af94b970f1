#pragma once
// DCMTK's decoders for compressed pixel data (JPEG baseline/extended/lossless, JPEG-LS, RLE) live
// in libpacsdrop_codecs.so, a module loaded the first time something decompresses: a send whose
// PACS refuses the stored format, or a preview of a compressed image. Linking them into the core
// cost every command ~3 ms of start-up and CharLS's static initialisers (issue 14).

#include "common/Error.h"

namespace pacsdrop {

// Loads the module and registers its decoders with DCMTK, once per process (thread-safe); an
// error says what is missing. Call before DCMTK decompresses anything.
Result<void> ensureDecoders();

// Unregisters them if they were registered (at exit, after worker threads have finished).
void releaseDecoders();

} // namespace pacsdrop

// The module's entry point and table.
namespace pacsdrop {
struct DecoderFunctions {
    int tableSize = sizeof(DecoderFunctions); // the module and the core were built together
    void (*registerDecoders)();
    void (*unregisterDecoders)();
};
} // namespace pacsdrop
extern "C" using PacsdropCodecsEntry = const pacsdrop::DecoderFunctions *();
