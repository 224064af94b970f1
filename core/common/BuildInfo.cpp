#include "common/BuildInfo.h"

#include "dcmtk/config/osconfig.h"

#include "media/MediaModule.h"


#include <QtGlobal>

namespace pacsdrop {

QList<LibraryInfo> builtOn()
{
    QList<LibraryInfo> libraries{{QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0")},
                                 {QStringLiteral("DCMTK"), QStringLiteral(PACKAGE_VERSION), QStringLiteral("BSD-3-Clause")}};
    // FFmpeg and Poppler as their modules load them (each is loaded for this, if not yet).
    if (const auto video = videoFunctions())
        libraries += (*video)->library();
    else
        libraries.append({QStringLiteral("FFmpeg"), QStringLiteral("not available"), video.error().message});
    if (const auto pdf = pdfFunctions())
        libraries += (*pdf)->library();
    else
        libraries.append({QStringLiteral("Poppler"), QStringLiteral("not available"), pdf.error().message});
    libraries += {{QStringLiteral("libjpeg-turbo"), QString(), QStringLiteral("IJG, BSD-3-Clause, Zlib")},
                  {QStringLiteral("SQLite (through Qt Sql)"), QString(), QStringLiteral("public domain")}};
    return libraries;
}

} // namespace pacsdrop
