// The reference for the window benchmark: a bare Qt Widgets program that does the least a file
// list can do — a main window with a table of file names and sizes (read from a folder given on
// the command line), shown, then quit. What PacsDrop costs above this is its own work.
#include <QApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <ctime>

// The same milestones as PacsDrop's (core/common/StartupTrace.cpp), for bench/gui/start_timer.cpp.
static void markStartup(const char *milestone)
{
    if (!std::getenv("PACSDROP_START_TRACE"))
        return;
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    std::fprintf(stderr, "start-mark %lld %s\n", static_cast<long long>(now.tv_sec) * 1000000 + now.tv_nsec / 1000, milestone);
}

int main(int argc, char *argv[])
{
    markStartup("main");
    QApplication app(argc, argv);
    markStartup("application");
    QMainWindow window;
    auto *table = new QTableView(&window);
    auto *model = new QStandardItemModel(0, 2, table);
    if (argc > 1) {
        QDirIterator it(QString::fromLocal8Bit(argv[1]), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo info(it.next());
            model->appendRow({new QStandardItem(info.fileName()), new QStandardItem(QString::number(info.size()))});
        }
    }
    table->setModel(model);
    window.setCentralWidget(table);
    window.resize(960, 560);
    markStartup("window built");
    window.show();
    markStartup("shown");
    QTimer::singleShot(0, &app, &QApplication::quit); // after the first paint is queued
    const int code = QApplication::exec();
    markStartup("event loop done");
    return code;
}
