#pragma once
// The one error vocabulary of PacsDrop's core: a code to branch on, a short message for people
// (translatable, names the file or peer) and a technical detail for logs. Adapters convert
// DCMTK/SQLite/filesystem errors into this at their boundary; nothing else crosses a thread.

#include <QString>

#include <expected>

namespace pacsdrop {

enum class ErrorCode {
    InvalidArgument,
    InvalidSettings,
    FileNotFound,
    FileUnreadable,
    NotDicom,
    DamagedFile,
    Database,
    NetworkUnreachable,
    AssociationRejected,
    AssociationAborted,
    Timeout,
    NoPresentationContext,
    CannotDecompress,
    PeerFailure,
    ProtocolViolation,
    Cancelled,
    Internal,
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message; // for people: what happened and, where possible, what to do next
    QString detail;  // for logs: the underlying condition text; never patient data
};

template <typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorCode code, QString message, QString detail = {})
{
    return std::unexpected(Error{code, std::move(message), std::move(detail)});
}

} // namespace pacsdrop
