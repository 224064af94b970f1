#include "convert/FramePlacement.h"

extern "C" {
#include <libavutil/frame.h>
}

#include <cstring>

namespace pacsdrop {

namespace {

// One plane: w x h source samples turned into the target at (x, y).
void placePlane(const uint8_t *src, int srcStride, int w, int h, uint8_t *dst, int dstStride, int x, int y, int degrees)
{
    if (degrees == 0) {
        for (int row = 0; row < h; ++row)
            std::memcpy(dst + (y + row) * dstStride + x, src + row * srcStride, size_t(w));
        return;
    }
    for (int row = 0; row < h; ++row) {
        const uint8_t *line = src + row * srcStride;
        for (int col = 0; col < w; ++col) {
            int tx = 0, ty = 0;
            if (degrees == 90) { // source row becomes a target column, counted from the right
                tx = h - 1 - row;
                ty = col;
            } else if (degrees == 180) {
                tx = w - 1 - col;
                ty = h - 1 - row;
            } else { // 270
                tx = row;
                ty = w - 1 - col;
            }
            dst[(y + ty) * dstStride + x + tx] = line[col];
        }
    }
}

} // namespace

void fillBlack(AVFrame *frame)
{
    for (int plane = 0; plane < 3; ++plane) {
        const int rows = plane == 0 ? frame->height : (frame->height + 1) / 2;
        const int bytes = plane == 0 ? frame->width : (frame->width + 1) / 2;
        for (int row = 0; row < rows; ++row)
            std::memset(frame->data[plane] + row * frame->linesize[plane], plane == 0 ? 16 : 128, size_t(bytes));
    }
}

void placePicture(const AVFrame *source, AVFrame *target, int x, int y, int clockwiseDegrees)
{
    for (int plane = 0; plane < 3; ++plane) {
        const int shift = plane == 0 ? 0 : 1;
        placePlane(source->data[plane], source->linesize[plane], source->width >> shift, source->height >> shift,
                   target->data[plane], target->linesize[plane], x >> shift, y >> shift, clockwiseDegrees);
    }
}

} // namespace pacsdrop
