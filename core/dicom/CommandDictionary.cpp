#include "dicom/CommandDictionary.h"

#include "dicom/DictionaryReader.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdicent.h"
#include "dcmtk/dcmdata/dcdict.h"

namespace pacsdrop {

namespace {

struct CommandElement {
    Uint16 element;
    DcmEVR vr;
    const char *keyword;
    int vmMax; // DcmVariableVM for 1-n
};

// PS3.7 Table E.1-1, the command elements still in the standard (group 0000).
constexpr CommandElement kCommandElements[] = {
    {0x0000, EVR_UL, "CommandGroupLength", 1},
    {0x0002, EVR_UI, "AffectedSOPClassUID", 1},
    {0x0003, EVR_UI, "RequestedSOPClassUID", 1},
    {0x0100, EVR_US, "CommandField", 1},
    {0x0110, EVR_US, "MessageID", 1},
    {0x0120, EVR_US, "MessageIDBeingRespondedTo", 1},
    {0x0600, EVR_AE, "MoveDestination", 1},
    {0x0700, EVR_US, "Priority", 1},
    {0x0800, EVR_US, "CommandDataSetType", 1},
    {0x0900, EVR_US, "Status", 1},
    {0x0901, EVR_AT, "OffendingElement", DcmVariableVM},
    {0x0902, EVR_LO, "ErrorComment", 1},
    {0x0903, EVR_US, "ErrorID", 1},
    {0x1000, EVR_UI, "AffectedSOPInstanceUID", 1},
    {0x1001, EVR_UI, "RequestedSOPInstanceUID", 1},
    {0x1002, EVR_US, "EventTypeID", 1},
    {0x1005, EVR_AT, "AttributeIdentifierList", DcmVariableVM},
    {0x1008, EVR_US, "ActionTypeID", 1},
    {0x1020, EVR_US, "NumberOfRemainingSuboperations", 1},
    {0x1021, EVR_US, "NumberOfCompletedSuboperations", 1},
    {0x1022, EVR_US, "NumberOfFailedSuboperations", 1},
    {0x1023, EVR_US, "NumberOfWarningSuboperations", 1},
    {0x1030, EVR_AE, "MoveOriginatorApplicationEntityTitle", 1},
    {0x1031, EVR_US, "MoveOriginatorMessageID", 1},
};

} // namespace

bool useCommandDictionaryOnly()
{
    fillNewDataDictionary([](DcmDataDictionary &dict) {
        for (const CommandElement &e : kCommandElements) {
            if (!dict.findEntry(DcmTagKey(0x0000, e.element), nullptr))
                dict.addEntry(new DcmDictEntry(0x0000, e.element, DcmVR(e.vr), e.keyword, 1, e.vmMax, "DICOM", OFTrue, nullptr));
        }
    });
    return dcmDataDict.isDictionaryLoaded();
}

} // namespace pacsdrop
