#pragma once
// The association a DcmSCU holds. DCMTK 3.6.7 keeps DcmSCU::m_assoc private and offers no
// accessor, yet sending a file's bytes as they are needs its DUL handle and the PDV size the peer
// accepts. An explicit template instantiation may name a private member (C++ [temp.spec]), which
// yields a member pointer without patching DCMTK; a renamed member fails to compile, not to run.

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmnet/scu.h"

namespace pacsdrop::scu_detail {

struct AssociationMember {
    using Type = T_ASC_Association *DcmSCU::*;
    friend Type memberPointer(AssociationMember);
};

template <typename Tag, typename Tag::Type Member>
struct Expose {
    friend typename Tag::Type memberPointer(Tag) { return Member; }
};

template struct Expose<AssociationMember, &DcmSCU::m_assoc>;

} // namespace pacsdrop::scu_detail

namespace pacsdrop {

// The SCU's association, or nullptr when none is open.
inline T_ASC_Association *associationOf(DcmSCU &scu)
{
    return scu.*memberPointer(scu_detail::AssociationMember{});
}

} // namespace pacsdrop
