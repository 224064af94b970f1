#pragma once
// DICOM's side of PacsDrop (intake, conversion, delivery, lookup, echo, the listeners: everything
// that links DCMTK and Qt Network) is libpacsdrop_core.so; settings, the outbox, logging and the
// module loaders are libpacsdrop_base.so, which the core links. The window starts on the base
// alone and reaches the pipeline through this table, loaded the first time it is needed — files
// added, a send, an echo, a search, a retention rule to apply, a setting naming a DICOM keyword
// beyond the common ones — so it shows before DCMTK and Qt Network are mapped. The commands and
// the service link the core: for them this is the same table, found without loading anything.

#include "common/Error.h"
#include "convert/Converter.h"
#include "delivery/SendBatch.h"
#include "inbound/Retention.h"
#include "intake/IntakeItem.h"
#include "lookup/PatientSearch.h"
#include "lookup/StudyFromLookup.h"
#include "net/Echo.h"
#include "settings/InboundListener.h"
#include "settings/Settings.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <memory>

namespace pacsdrop {

class Outbox;

struct PipelineFunctions {
    int tableSize = sizeof(PipelineFunctions); // the base and the core were built together
    // DCMTK's process-wide state (dicom/DcmtkRuntime.h), for the process that asked for it
    // (PipelineRuntime below); the commands set it up themselves.
    void (*startDcmtk)();
    void (*stopDcmtk)();
    bool (*dictionaryHasKeyword)(const QString &keyword); // convert/StudyData.h
    QList<IntakeItem> (*collectItems)(const QStringList &paths, const QSet<QString> &setAside); // intake/Intake.h
    InputKind (*classifyInput)(const QString &path);                                            // convert/Converter.h
    Result<SendBatchOutcome> (*sendBatch)(Outbox &outbox, Settings settings, const SendBatchRequest &request,
                                          SendBatchListener &listener, const std::atomic<bool> &cancel); // delivery/SendBatch.h
    Result<int> (*retryEntries)(Outbox &outbox, const QList<qint64> &ids);                               // delivery/OutboxRunner.h
    Result<DeliverySummary> (*deliverPending)(Outbox &outbox, const Settings &settings, DeliveryListener &listener,
                                              const std::atomic<bool> &cancel);
    // An inbound listener (inbound/StoreListener.h), started; it listens while the handle is held.
    Result<std::shared_ptr<void>> (*startListener)(const InboundListener &rule);
    Result<EchoResult> (*echo)(const Device &device, const QString &callingAe); // net/Echo.h
    QString (*callingAeTitle)(const Settings &settings, const Device &device); // net/Target.h
    Result<QList<RetentionRun>> (*runRetention)(const Settings &settings, bool dryRun); // inbound/Retention.h
    Result<FindSummary> (*searchPatients)(const Settings &settings, const LookupDevice &device, const PatientSearch &search,
                                          const PatientSearchAnswers &answers, QString &problem); // lookup/PatientSearch.h
    Result<StudyData> (*studyDataFromWorklist)(const QList<WorklistItem> &steps, StudyData base); // lookup/StudyFromLookup.h
    StudyData (*studyDataFromStudy)(const QueryResult &study, StudyData base);
};

// The core's table, loaded once per process (thread-safe); an error says what is missing.
Result<const PipelineFunctions *> pipelineFunctions();

// Held by a process that does not set DCMTK up itself (the window): DCMTK's state is set up when
// the pipeline first loads and torn down when this goes, after the work that used it has finished.
class PipelineRuntime final {
public:
    PipelineRuntime();
    ~PipelineRuntime();
    PipelineRuntime(const PipelineRuntime &) = delete;
    PipelineRuntime &operator=(const PipelineRuntime &) = delete;
};

} // namespace pacsdrop

// The core's entry point.
extern "C" using PacsdropPipelineEntry = const pacsdrop::PipelineFunctions *();
