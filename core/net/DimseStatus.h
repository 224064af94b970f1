#pragma once
// The meaning of a DIMSE C-STORE response status (PS3.4 B.2.3, PS3.7 Annex C), for people.

#include <QString>
#include <cstdint>

namespace pacsdrop {

struct DimseStatus {
    enum class Kind { Success, Warning, Failure };
    Kind kind = Kind::Failure;
    QString meaning;

    bool delivered() const { return kind != Kind::Failure; }
};

DimseStatus describeStoreStatus(std::uint16_t status);

// "0xA700" style.
QString statusHex(std::uint16_t status);

} // namespace pacsdrop
