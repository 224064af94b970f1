// The window opens on the configured devices (the default marked).
#include "MainWindow.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QListWidget>
#include <QTest>

using namespace pacsdrop;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void showsDevices()
    {
        Settings s = *Settings::load(QStringLiteral("/nonexistent/settings.json"));
        Device a;
        a.name = QStringLiteral("Radiology");
        a.aeTitle = QStringLiteral("RAD");
        a.host = QStringLiteral("127.0.0.1");
        a.isDefault = true;
        Device b = a;
        b.name = QStringLiteral("Archive");
        b.isDefault = false;
        QVERIFY(s.putDevice(a));
        QVERIFY(s.putDevice(b));
        MainWindow w(s);
        w.show();
        auto *list = w.findChild<QListWidget *>(QStringLiteral("devices"));
        QVERIFY(list);
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("(default)")));
        QVERIFY(!list->item(1)->text().contains(QStringLiteral("(default)")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
