// "pacsdrop FILE..." from a file manager: with a window running, the files go to it and the new
// process ends; the command line stays the command line.
#include "SingleInstance.h"
#include "TestData.h"
#include "TestMain.h"
#include "cli/Dispatch.h"
#include "settings/AppPaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <atomic>
#include <cstring>
#include <thread>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace pacsdrop;
using namespace pacsdrop::test;

class TestSingleInstance : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void commandLineOrWindow()
    {
        using pacsdrop::cli::wantsCommandLine;
        QVERIFY(!wantsCommandLine({}));
        const QString photo = m_dir.filePath(QStringLiteral("photo.jpg"));
        QFile(photo).open(QIODevice::WriteOnly);
        QVERIFY(!wantsCommandLine({photo}));
        QVERIFY(!wantsCommandLine({QStringLiteral("--data-dir"), QStringLiteral("/x"), m_dir.path()}));
        QVERIFY(wantsCommandLine({QStringLiteral("fly")})); // a typo: "unknown command", not a window
        QVERIFY(wantsCommandLine({m_dir.filePath(QStringLiteral("missing.jpg"))}));
        QVERIFY(!wantsCommandLine({QStringLiteral("--config=/x/s.json")}));
        QVERIFY(wantsCommandLine({QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("PACS")}));
        QVERIFY(wantsCommandLine({QStringLiteral("--data-dir"), QStringLiteral("/x"), QStringLiteral("queue")}));
        QVERIFY(wantsCommandLine({QStringLiteral("--help")}));
        QVERIFY(wantsCommandLine({QStringLiteral("--version")}));
    }

    void filesGoToTheRunningWindow()
    {
        const QString data = m_dir.filePath(QStringLiteral("data"));
        paths::setDataDirOverride(data);
        SingleInstance window;
        QVERIFY(window.listen());
        SingleInstance second;
        QVERIFY(!second.listen()); // one window per data folder

        QSignalSpy received(&window, &SingleInstance::pathsReceived);
        QStringList files;
        for (int i = 0; i < 3000; ++i) // a big selection arrives whole
            files << m_dir.filePath(QStringLiteral("file-%1.dcm").arg(i));
        QFile(files.first()).open(QIODevice::WriteOnly); // the first word is an existing file
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        p.start(QStringLiteral(PACSDROP_BINARY), QStringList{QStringLiteral("--data-dir"), data} + files);
        QVERIFY(received.wait(15000));
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitCode(), 0); // handed off and ended, no second window
        QCOMPARE(received.first().first().toStringList(), files);

        // The socket is in a folder only this user may enter.
        struct stat folder {};
        QCOMPARE(::stat(QFile::encodeName(QFileInfo(SingleInstance::socketPath()).path()).constData(), &folder), 0);
        QCOMPARE(folder.st_mode & 077, 0u);
        QCOMPARE(folder.st_uid, ::getuid());

        // Another data folder is another window: the hand-off finds nobody there.
        paths::setDataDirOverride(m_dir.filePath(QStringLiteral("other")));
        QVERIFY(!SingleInstance::handOff({QStringLiteral("/x")}, 500));
        paths::setDataDirOverride(data);
    }

    // A window that crashed left its socket file behind: nobody answers there, so the next window
    // takes the name over and gets the files.
    void aCrashedWindowsSocketIsTakenOver()
    {
        paths::setDataDirOverride(m_dir.filePath(QStringLiteral("crashed")));
        const QByteArray path = QFile::encodeName(SingleInstance::socketPath());
        QVERIFY(!path.isEmpty());
        const int stale = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
        QCOMPARE(::bind(stale, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        ::close(stale); // bound, never listening, never removed: what a crash leaves
        QVERIFY(QFileInfo::exists(QFile::decodeName(path)));
        QVERIFY(!SingleInstance::handOff({QStringLiteral("/x")}, 500));

        SingleInstance window;
        QVERIFY(window.listen());
        QSignalSpy received(&window, &SingleInstance::pathsReceived);
        std::atomic<bool> taken = false;
        {
            std::jthread sender([&] { taken = SingleInstance::handOff({QStringLiteral("/scans/a.jpg")}, 5000); });
            QTRY_VERIFY_WITH_TIMEOUT(received.size() == 1, 5000);
        } // joined: the sender has its answer
        QVERIFY(taken);
        QCOMPARE(received.first().first().toStringList(), QStringList{QStringLiteral("/scans/a.jpg")});
    }
};

PACSDROP_TEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
