#include "convert/VideoTranscodePlan.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pacsdrop {

namespace {

constexpr double kLevel41MacroblocksPerSecond = 245760; // H.264 Table A-1

int even(double v) { return std::max(2, int(std::lround(v / 2)) * 2); }

void setRate(TranscodePlan &plan, int num, int den)
{
    plan.rateNum = num;
    plan.rateDen = den;
}

bool nearer(double rate, double a, double b) { return std::abs(rate - a) <= std::abs(rate - b); }

// Places the picture in a fixed frame of the plan's size and pixel aspect, centred, scaled to fill
// one dimension, on even coordinates (4:2:0 chroma).
void placePicture(TranscodePlan &plan, double displayWidth, double displayHeight)
{
    const double pixelAspect = double(plan.sarNum) / plan.sarDen;
    const double scale = std::min(plan.width * pixelAspect / displayWidth, plan.height / displayHeight);
    plan.pictureWidth = std::min(plan.width, even(displayWidth * scale / pixelAspect));
    plan.pictureHeight = std::min(plan.height, even(displayHeight * scale));
    plan.pictureX = (plan.width - plan.pictureWidth) / 4 * 2;
    plan.pictureY = (plan.height - plan.pictureHeight) / 4 * 2;
}

void setFrame(TranscodePlan &plan, int width, int height, int displayAspectNum = 16, int displayAspectDen = 9)
{
    plan.width = width;
    plan.height = height;
    // pixel aspect = display aspect x height / width
    const long long num = 1LL * displayAspectNum * height, den = 1LL * displayAspectDen * width;
    const long long g = std::gcd(num, den);
    plan.sarNum = int(num / g);
    plan.sarDen = int(den / g);
}

TranscodePlan h264Default(double displayWidth, double displayHeight, int rateNum, int rateDen)
{
    TranscodePlan plan;
    const double scale = std::min({1.0, 1920 / displayWidth, 1080 / displayHeight});
    plan.width = plan.pictureWidth = even(displayWidth * scale);
    plan.height = plan.pictureHeight = even(displayHeight * scale);
    const double macroblocks = std::ceil(plan.width / 16.0) * std::ceil(plan.height / 16.0);
    if (rateNum <= 0 || rateDen <= 0)
        rateNum = 25, rateDen = 1;
    setRate(plan, rateNum, rateDen);
    for (const int lower : {60, 30, 25}) {
        const double rate = double(plan.rateNum) / plan.rateDen;
        if (rate * macroblocks > kLevel41MacroblocksPerSecond || rate > 60.01)
            setRate(plan, lower, 1);
    }
    return plan;
}

TranscodePlan h264BluRay(double displayWidth, double displayHeight, double r)
{
    TranscodePlan plan;
    if (r >= 45) {
        setFrame(plan, 1280, 720);
        nearer(r, 50, 59.94) ? setRate(plan, 50, 1) : setRate(plan, 60000, 1001);
    } else if (r <= 24.5) {
        setFrame(plan, 1920, 1080);
        nearer(r, 24000.0 / 1001, 24) ? setRate(plan, 24000, 1001) : setRate(plan, 24, 1);
    } else {
        setFrame(plan, 1920, 1080);
        plan.interlaced = true;
        nearer(r, 25, 29.97) ? setRate(plan, 25, 1) : setRate(plan, 30000, 1001);
    }
    placePicture(plan, displayWidth, displayHeight);
    return plan;
}

TranscodePlan mpeg2MainLevel(double displayWidth, double displayHeight, double r)
{
    TranscodePlan plan;
    plan.mpeg2 = true;
    const bool pal = r >= 45 ? nearer(r, 50, 59.94) : nearer(r, 25, 29.97);
    const bool wide = displayWidth / displayHeight >= (4.0 / 3 + 16.0 / 9) / 2;
    setFrame(plan, 720, pal ? 576 : 480, wide ? 16 : 4, wide ? 9 : 3);
    pal ? setRate(plan, 25, 1) : setRate(plan, 30000, 1001);
    placePicture(plan, displayWidth, displayHeight);
    return plan;
}

TranscodePlan mpeg2HighLevel(double displayWidth, double displayHeight, double r)
{
    TranscodePlan plan;
    plan.mpeg2 = true;
    plan.mpeg2Level = 4;
    if (r >= 45) {
        setFrame(plan, 1280, 720);
        nearer(r, 50, 59.94) ? setRate(plan, 50, 1) : setRate(plan, 60000, 1001);
    } else {
        setFrame(plan, 1920, 1080);
        nearer(r, 25, 29.97) ? setRate(plan, 25, 1) : setRate(plan, 30000, 1001);
    }
    placePicture(plan, displayWidth, displayHeight);
    return plan;
}

} // namespace

TranscodePlan planTranscode(VideoFormat format, double displayWidth, double displayHeight, int rateNum, int rateDen)
{
    const double sourceRate = rateNum > 0 && rateDen > 0 ? double(rateNum) / rateDen : 25;
    displayWidth = std::max(2.0, displayWidth);
    displayHeight = std::max(2.0, displayHeight);
    switch (format) {
    case VideoFormat::H264BluRay:
        return h264BluRay(displayWidth, displayHeight, sourceRate);
    case VideoFormat::Mpeg2MainLevel:
        return mpeg2MainLevel(displayWidth, displayHeight, sourceRate);
    case VideoFormat::Mpeg2HighLevel:
        return mpeg2HighLevel(displayWidth, displayHeight, sourceRate);
    case VideoFormat::Auto:
    case VideoFormat::H264HighLevel41:
        break;
    }
    return h264Default(displayWidth, displayHeight, rateNum, rateDen);
}

} // namespace pacsdrop
