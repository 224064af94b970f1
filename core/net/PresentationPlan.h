#pragma once
// Which presentation contexts to propose for a list of files, and how to split them over
// associations (at most 128 contexts each, PS3.8 9.3.2.2: context IDs are odd numbers 1-255).
// Each file gets a context with its own transfer syntax alone, so a peer that accepts it gets
// the file exactly as stored; and, where allowed, a second context with the uncompressed
// syntaxes to fall back on (decompressing when the stored syntax is compressed).

#include "net/StoreItem.h"

#include <QList>
#include <QStringList>

namespace pacsdrop {

struct ProposedContext {
    QString abstractSyntax;     // SOP class UID
    QStringList transferSyntaxes;
    friend bool operator==(const ProposedContext &, const ProposedContext &) = default;
};

struct AssociationRound {
    QList<ProposedContext> contexts;
    QList<StoreItem> items;
};

constexpr int kMaxContextsPerAssociation = 128;

// The contexts one file needs (own syntax first).
QList<ProposedContext> contextsFor(const StoreItem &item, bool allowDecompression);

// Files in their order, grouped into rounds that each need at most maxContexts contexts.
QList<AssociationRound> planRounds(const QList<StoreItem> &items, bool allowDecompression,
                                   int maxContexts = kMaxContextsPerAssociation);

// Whether PacsDrop can decode this transfer syntax to uncompressed (DCMTK's registered codecs).
bool canDecompress(const QString &transferSyntaxUid);
// Encapsulated (compressed) pixel data.
bool isCompressedSyntax(const QString &transferSyntaxUid);
// The uncompressed syntaxes, in order of preference, as fallbacks.
QStringList uncompressedSyntaxes();

} // namespace pacsdrop
