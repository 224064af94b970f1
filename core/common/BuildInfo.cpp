#include "common/BuildInfo.h"

#include "dcmtk/config/osconfig.h"

#include "media/MediaModule.h"


#include <QtGlobal>

namespace pacsdrop {

QList<LibraryInfo> builtOn()
{
    QList<LibraryInfo> libraries{{QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0")},
                                 {QStringLiteral("DCMTK"), QStringLiteral(PACKAGE_VERSION), QStringLiteral("BSD-3-Clause")}};
    // FFmpeg and Poppler as the media module loads them (it is loaded for this, if not yet).
    if (const auto media = mediaFunctions())
        libraries += (*media)->libraries();
    else
        libraries.append({QStringLiteral("FFmpeg, Poppler"), QStringLiteral("not available"), media.error().message});
    libraries += {{QStringLiteral("libjpeg-turbo"), QString(), QStringLiteral("IJG, BSD-3-Clause, Zlib")},
                  {QStringLiteral("SQLite (through Qt Sql)"), QString(), QStringLiteral("public domain")}};
    return libraries;
}

} // namespace pacsdrop
