#pragma once
// The frame a transcode produces for each DICOM video format: coded size, where the source
// picture sits in it (scaled with its display aspect kept; the rest black), frame rate, scan and
// pixel aspect. A pure function of the source geometry, so the rules can be read and tested.
//   H.264 High@4.1 (and Auto): the source size within 1920x1080 (never enlarged), square pixels,
//     the source rate lowered to 60, 30 or 25 until level 4.1 allows it.
//   H.264 BD: 1920x1080 at 23.976p/24p, 25i or 29.97i, or 1280x720 at 50p/59.94p (PS3.5 Table 8-4).
//   MPEG-2 MP@ML: 720x576 at 25 (PAL) or 720x480 at 29.97 (NTSC), 4:3 or 16:9 display aspect.
//   MPEG-2 MP@HL: 1920x1080 at 25 or 29.97, or 1280x720 at 50 or 59.94, 16:9, square pixels.

#include "settings/ConversionSettings.h"

namespace pacsdrop {

struct TranscodePlan {
    bool mpeg2 = false;           // MPEG-2 Main Profile (else H.264 High)
    int mpeg2Level = 8;           // 8 Main Level, 4 High Level
    int width = 0, height = 0;    // coded frame
    int pictureX = 0, pictureY = 0, pictureWidth = 0, pictureHeight = 0; // the source picture in it
    int rateNum = 25, rateDen = 1;
    bool interlaced = false;      // top field first
    int sarNum = 1, sarDen = 1;   // pixel aspect ratio of the coded frame
};

// displayWidth/displayHeight: the source picture as shown (pixel aspect and rotation applied).
TranscodePlan planTranscode(VideoFormat format, double displayWidth, double displayHeight, int rateNum, int rateDen);

} // namespace pacsdrop
