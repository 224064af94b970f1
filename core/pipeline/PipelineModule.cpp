#include "pipeline/PipelineModule.h"

#include "common/ModuleLoader.h"

#include <mutex>

#include <dlfcn.h>

namespace pacsdrop {

namespace {

constexpr char kEntry[] = "pacsdrop_pipeline_functions";

std::mutex g_runtimeLock;
const PipelineFunctions *g_loaded = nullptr; // under g_runtimeLock, as are the two below
bool g_runtimeWanted = false;
bool g_runtimeStarted = false;

// Under g_runtimeLock: DCMTK's state set up once the table is there and a PipelineRuntime wants it.
void startRuntimeIfWanted()
{
    if (g_loaded && g_runtimeWanted && !g_runtimeStarted) {
        g_loaded->startDcmtk();
        g_runtimeStarted = true;
    }
}

Result<const PipelineFunctions *> load()
{
    // Linked into this process already (the tests, a static build): found without loading anything.
    if (void *linked = ::dlsym(RTLD_DEFAULT, kEntry)) {
        const auto *table = reinterpret_cast<PacsdropPipelineEntry *>(linked)();
        if (table && table->tableSize == static_cast<int>(sizeof(PipelineFunctions)))
            return table;
    }
    const auto loaded = moduleTable(QStringLiteral("libpacsdrop_core"), kEntry, static_cast<int>(sizeof(PipelineFunctions)),
                                    QStringLiteral("DICOM support"));
    if (!loaded)
        return std::unexpected(loaded.error());
    return static_cast<const PipelineFunctions *>(*loaded);
}

} // namespace

Result<const PipelineFunctions *> pipelineFunctions()
{
    static const Result<const PipelineFunctions *> table = [] {
        auto loaded = load();
        if (loaded) { // before anything of the pipeline runs (dicom/DcmtkRuntime.h)
            std::lock_guard lock(g_runtimeLock);
            g_loaded = *loaded;
            startRuntimeIfWanted();
        }
        return loaded;
    }();
    return table;
}

PipelineRuntime::PipelineRuntime()
{
    std::lock_guard lock(g_runtimeLock);
    g_runtimeWanted = true;
    startRuntimeIfWanted(); // the settings may have loaded the table already (an uncommon keyword)
}

PipelineRuntime::~PipelineRuntime()
{
    std::lock_guard lock(g_runtimeLock);
    if (g_runtimeStarted)
        g_loaded->stopDcmtk();
    g_runtimeStarted = g_runtimeWanted = false;
}

} // namespace pacsdrop
