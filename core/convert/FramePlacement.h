#pragma once
// Copies a planar 4:2:0 picture into a larger 4:2:0 frame at an offset, turned by a multiple of
// 90 degrees clockwise: how a transcode applies a phone's rotation and letterboxes a picture into
// the fixed frame sizes of Blu-ray and MPEG-2 video. Offsets must be even.

extern "C" {
struct AVFrame;
}

namespace pacsdrop {

// Fills a 4:2:0 frame with black (video range: Y 16, Cb/Cr 128).
void fillBlack(AVFrame *frame);

// source and target are 8-bit 4:2:0; source turned by clockwiseDegrees (0, 90, 180, 270) must fit
// at (x, y) in target.
void placePicture(const AVFrame *source, AVFrame *target, int x, int y, int clockwiseDegrees);

} // namespace pacsdrop
