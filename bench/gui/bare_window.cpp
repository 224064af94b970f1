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

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
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
    window.show();
    QTimer::singleShot(0, &app, &QApplication::quit); // after the first paint is queued
    return QApplication::exec();
}
