#include "cli/WindowsService.h"

#include "cli/Cancellation.h"
#include "cli/CliContext.h"

#include <QTextStream>

#ifdef Q_OS_WIN
#include <windows.h>

#include <thread>
#endif

namespace pacsdrop::cli {

#ifdef Q_OS_WIN

namespace {

wchar_t kServiceName[] = L"PacsDrop";
SERVICE_STATUS_HANDLE g_statusHandle = nullptr;
HANDLE g_serveEnded = nullptr;   // set by the main thread when serve returns
HANDLE g_serviceReady = nullptr; // set by ServiceMain once the SCM knows the service runs
DWORD g_exitCode = 0;

void report(DWORD state, DWORD exitCode = NO_ERROR)
{
    SERVICE_STATUS status{};
    status.dwServiceType = SERVICE_WIN32_OWN_PROCESS;
    status.dwCurrentState = state;
    status.dwControlsAccepted = state == SERVICE_RUNNING ? SERVICE_ACCEPT_STOP | SERVICE_ACCEPT_SHUTDOWN : 0;
    status.dwWin32ExitCode = exitCode == 0 ? NO_ERROR : ERROR_SERVICE_SPECIFIC_ERROR;
    status.dwServiceSpecificExitCode = exitCode;
    status.dwWaitHint = state == SERVICE_STOP_PENDING ? 60000 : 0; // the current file may take a while
    SetServiceStatus(g_statusHandle, &status);
}

DWORD WINAPI onControl(DWORD control, DWORD, void *, void *)
{
    if (control == SERVICE_CONTROL_STOP || control == SERVICE_CONTROL_SHUTDOWN) {
        report(SERVICE_STOP_PENDING);
        requestCancel(); // serve's loop notices it within 200 ms
        return NO_ERROR;
    }
    return control == SERVICE_CONTROL_INTERROGATE ? NO_ERROR : ERROR_CALL_NOT_IMPLEMENTED;
}

void WINAPI serviceMain(DWORD, wchar_t **)
{
    g_statusHandle = RegisterServiceCtrlHandlerExW(kServiceName, onControl, nullptr);
    if (!g_statusHandle) {
        SetEvent(g_serviceReady);
        return;
    }
    report(SERVICE_RUNNING);
    SetEvent(g_serviceReady);
    WaitForSingleObject(g_serveEnded, INFINITE);
    report(SERVICE_STOPPED, g_exitCode);
}

} // namespace

int runAsWindowsService(const std::function<int()> &serve)
{
    g_serveEnded = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    g_serviceReady = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    bool dispatched = true;
    std::thread dispatcher([&dispatched] {
        SERVICE_TABLE_ENTRYW table[] = {{kServiceName, serviceMain}, {nullptr, nullptr}};
        if (!StartServiceCtrlDispatcherW(table)) { // not started by the SCM
            dispatched = false;
            SetEvent(g_serviceReady);
        }
    });
    WaitForSingleObject(g_serviceReady, INFINITE);
    if (!dispatched) {
        dispatcher.join();
        QTextStream(stderr) << "pacsdrop serve: --windows-service is for the Service Control Manager; run \"pacsdrop serve\" instead"
                            << Qt::endl;
        return ExitUsage;
    }
    g_exitCode = static_cast<DWORD>(serve());
    SetEvent(g_serveEnded);
    dispatcher.join();
    return static_cast<int>(g_exitCode);
}

#else

int runAsWindowsService(const std::function<int()> &)
{
    QTextStream(stderr) << "pacsdrop serve: --windows-service exists on Windows only; use the systemd unit (docs/service.md)" << Qt::endl;
    return ExitUsage;
}

#endif

} // namespace pacsdrop::cli
