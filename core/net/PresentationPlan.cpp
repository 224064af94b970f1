#include "net/PresentationPlan.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcuid.h"
#include "dcmtk/dcmdata/dcxfer.h"

namespace pacsdrop {

namespace {

E_TransferSyntax xferOf(const QString &uid)
{
    const QByteArray latin = uid.toLatin1();
    return DcmXfer(latin.constData()).getXfer();
}

} // namespace

QStringList uncompressedSyntaxes()
{
    return {QStringLiteral(UID_LittleEndianExplicitTransferSyntax), QStringLiteral(UID_LittleEndianImplicitTransferSyntax)};
}

bool isCompressedSyntax(const QString &transferSyntaxUid)
{
    const E_TransferSyntax x = xferOf(transferSyntaxUid);
    return x != EXS_Unknown && DcmXfer(x).isEncapsulated();
}

bool canDecompress(const QString &transferSyntaxUid)
{
    switch (xferOf(transferSyntaxUid)) {
    case EXS_JPEGProcess1:
    case EXS_JPEGProcess2_4:
    case EXS_JPEGProcess14:
    case EXS_JPEGProcess14SV1:
    case EXS_JPEGLSLossless:
    case EXS_JPEGLSLossy:
    case EXS_RLELossless:
        return true;
    default:
        return false;
    }
}

QList<ProposedContext> contextsFor(const StoreItem &item, bool allowDecompression)
{
    QList<ProposedContext> contexts{{item.sopClassUid, {item.transferSyntaxUid}}};
    if (isCompressedSyntax(item.transferSyntaxUid)) {
        if (allowDecompression && canDecompress(item.transferSyntaxUid))
            contexts.append(ProposedContext{item.sopClassUid, uncompressedSyntaxes()});
        return contexts;
    }
    // Uncompressed (or deflated): any other uncompressed syntax carries the same values.
    QStringList fallback = uncompressedSyntaxes();
    fallback.removeAll(item.transferSyntaxUid);
    contexts.append(ProposedContext{item.sopClassUid, fallback});
    return contexts;
}

QList<AssociationRound> planRounds(const QList<StoreItem> &items, bool allowDecompression, int maxContexts)
{
    QList<AssociationRound> rounds;
    for (const StoreItem &item : items) {
        const QList<ProposedContext> needed = contextsFor(item, allowDecompression);
        auto missing = [&](const AssociationRound &round) {
            int count = 0;
            for (const ProposedContext &c : needed)
                count += round.contexts.contains(c) ? 0 : 1;
            return count;
        };
        if (rounds.isEmpty() || rounds.last().contexts.size() + missing(rounds.last()) > maxContexts)
            rounds.append(AssociationRound{});
        AssociationRound &round = rounds.last();
        for (const ProposedContext &c : needed) {
            if (!round.contexts.contains(c))
                round.contexts.append(c);
        }
        round.items.append(item);
    }
    return rounds;
}

} // namespace pacsdrop
