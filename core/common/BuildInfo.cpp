#include "common/BuildInfo.h"

#include "dcmtk/config/osconfig.h"

#include <poppler-version.h>
#include <turbojpeg.h>

#include <QtGlobal>

extern "C" {
#include <libavformat/avformat.h>
}

namespace pacsdrop {

QList<LibraryInfo> builtOn()
{
    return {{QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0")},
            {QStringLiteral("DCMTK"), QStringLiteral(PACKAGE_VERSION), QStringLiteral("BSD-3-Clause")},
            {QStringLiteral("FFmpeg (libavformat)"), QString::fromLatin1(av_version_info()), QStringLiteral("LGPL-2.1+, GPL-2.0+ as built by Debian")},
            {QStringLiteral("Poppler"), QStringLiteral(POPPLER_VERSION), QStringLiteral("GPL-2.0+")},
            {QStringLiteral("libjpeg-turbo"), QString(), QStringLiteral("IJG, BSD-3-Clause, Zlib")},
            {QStringLiteral("SQLite (through Qt Sql)"), QString(), QStringLiteral("public domain")}};
}

} // namespace pacsdrop
