#pragma once
// Walks a DICOM file's element structure before any recursive parser does: without recursion,
// without reading values (they are skipped), keeping only a stack of open sequences and items.
// It says how deep sequences nest, so a file that would make DCMTK's parser (one stack frame
// group per level) overflow its stack is refused with a clear error instead of crashing the
// program — the check fo-dicom makes at 256 levels. It follows the encodings a parser would:
// explicit and implicit VR, both byte orders, deflated datasets, UN values holding sequences
// (implicit VR little endian inside, CP-246), defined and undefined lengths, and encapsulated
// pixel data. A structure it cannot follow (truncated, lengths past the end) is left for the
// parser to judge, except in a deflated dataset, which a parser holds whole in memory: there a
// value running past the end (the parser would make room for its declared gigabytes) and more
// than 512 MiB of inflated data (a "zip bomb") are refused too. Thread-safe; reads the file
// once, sequentially.

#include "common/Error.h"

#include <QString>

namespace pacsdrop {

constexpr int kMostSequenceNesting = 256;

struct StructureScan {
    int deepest = 0;        // sequences nested in sequences, at the deepest point
    qint64 elements = 0;    // data elements walked
    bool part10 = false;    // the 128-byte preamble and "DICM" are there (the meta header may still be damaged)
    QString transferSyntax; // from the meta header, when there is one
    // For sending the file's dataset as it is (bit-preserving, without parsing it again):
    qint64 datasetOffset = -1; // where the dataset starts after the meta header (-1: no Part 10 header)
    bool endsCleanly = false;  // the walk ended at the end of the file, every sequence and item closed
    QString sopClassUid;       // the dataset's own (0008,0016) and (0008,0018), as walked
    QString sopInstanceUid;
};

// Err (DamagedFile) when sequences nest deeper than maxNesting; else what the walk saw.
Result<StructureScan> scanStructure(const QString &path, int maxNesting = kMostSequenceNesting);
// The same over bytes in memory (an upload, a fuzzer's input).
Result<StructureScan> scanStructure(const QByteArray &bytes, int maxNesting = kMostSequenceNesting);

} // namespace pacsdrop
