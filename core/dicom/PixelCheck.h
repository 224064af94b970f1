#pragma once
// Whether a dataset's Pixel Data can hold the image its attributes describe. PacsDrop's rule for
// files it is asked to send: a file whose pixel description cannot be true is refused with the
// reason — Bits Allocated that is no pixel size, Rows or Columns of 0, a Number of Frames that
// is not a positive number, native Pixel Data shorter than rows × columns × samples × frames
// say, or (for compressed images other than video) fewer fragments than frames. A receiver
// would store such a file but its viewers would fail or misread it, and a preview would try to
// allocate what the lie claims. Anything else about the pixels (a bad VR elsewhere, private
// elements) is sent as it is: the PACS only stores it.

#include <QString>

class DcmDataset;

namespace pacsdrop {

// Empty when the description fits the data (or there is no Pixel Data); else what does not.
QString pixelProblem(DcmDataset &dataset);

} // namespace pacsdrop
