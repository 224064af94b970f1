// The file list and the preview as a clinician sees them, on a 1600x1000 screen (also run at
// QT_SCALE_FACTOR 1.5 and 2): models pass Qt's model tester; names sort as people count;
// failed rows carry the failed tone, colour and icon; names, results and dates are never cut
// off at the default width; the preview shows the whole picture with its shape; the empty list
// says where to drop files; the window opens at a sensible size; dark colours stay readable.
#include "Appearance.h"
#include "EmptyState.h"
#include "FileListModel.h"
#include "FileListProxy.h"
#include "FileListView.h"
#include "FittedImage.h"
#include "GuiTestMain.h"
#include "LookupResultsModel.h"
#include "MainWindow.h"
#include "OutboxHistoryModel.h"
#include "PreviewPane.h"
#include "StatusLook.h"
#include "TestData.h"
#include "ViewChecks.h"
#include "intake/Intake.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QProcess>
#include <QScreen>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>

using namespace pacsdrop;
using namespace pacsdrop::test;

namespace {

Settings noDevices() { return *Settings::load(QStringLiteral("/nonexistent/settings.json")); }

FileRow dicomRow(const QString &path, const QString &name, const QString &id, const QString &date, const QString &description)
{
    FileRow r;
    r.item.kind = IntakeItem::Kind::Dicom;
    r.item.path = path;
    r.item.dicom.patientName = name;
    r.item.dicom.patientId = id;
    r.item.dicom.studyDate = date;
    r.item.dicom.studyDescription = description;
    r.kind = FileRow::Kind::Dicom;
    r.size = 530000;
    return r;
}

// Contrast ratio of two colours (WCAG): 4.5 is the least for body text.
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestFileList : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QStringLiteral("en_US"))); }

    void modelsPassTheTester()
    {
        FileListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FileListProxy proxy(model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<FileRow> rows;
        for (int i = 0; i < 50; ++i)
            rows << dicomRow(QStringLiteral("/x/%1.dcm").arg(i), QStringLiteral("Doe^Jane"), QStringLiteral("P%1").arg(i % 3), QStringLiteral("20260101"), {});
        QCOMPARE(model.addRows(rows), 50);
        QCOMPARE(model.addRows(rows.mid(0, 10)), 0); // listed once
        model.setStatus(QStringLiteral("/x/3.dcm"), FileRow::Status::Sent);
        model.setStatus(QStringLiteral("/x/4.dcm"), FileRow::Status::Confirmed);
        model.setStatus(QStringLiteral("/x/40.dcm"), FileRow::Status::Warning);
        model.removeSent();
        QCOMPARE(model.rowCount(), 47);
        QCOMPARE(proxy.rowCount(), 47);
        model.removeRowsAt({0, 1, 2, 10, 46});
        QCOMPARE(model.rowCount(), 42);
        QCOMPARE(model.rowOf(QStringLiteral("/x/0.dcm")), -1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);

        LookupResultsModel results;
        QAbstractItemModelTester resultsTester(&results, QAbstractItemModelTester::FailureReportingMode::QtTest);
        results.reset(true);
        WorklistItem item;
        item.patientName = QStringLiteral("HAYDN^JOSEPH");
        item.patientBirthDate = QStringLiteral("17320331");
        item.patientSex = QStringLiteral("M");
        item.scheduledStartDate = QStringLiteral("19951015");
        item.scheduledStartTime = QStringLiteral("0856");
        results.add(item);
        QCOMPARE(results.data(results.index(0, LookupResultsModel::Patient)).toString(), QStringLiteral("JOSEPH HAYDN"));
        QCOMPARE(results.data(results.index(0, LookupResultsModel::Born)).toString(), QStringLiteral("3/31/1732"));
        QCOMPARE(results.data(results.index(0, LookupResultsModel::Sex)).toString(), QStringLiteral("male"));
        QVERIFY(results.data(results.index(0, LookupResultsModel::When)).toString().startsWith(QStringLiteral("10/15/1995 8:56")));
        results.reset(false);
        QCOMPARE(results.rowCount(), 0);

        OutboxHistoryModel history;
        QAbstractItemModelTester historyTester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        OutboxFilter filter;
        filter.setSourceModel(&history);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        OutboxEntry sent, failed;
        sent.id = 1;
        sent.state = OutboxEntry::State::Done;
        sent.path = QStringLiteral("/spool/x.dcm");
        sent.source = QStringLiteral("/photos/wound.jpg");
        sent.patientName = QStringLiteral("Müller^Anna");
        failed.id = 2;
        failed.state = OutboxEntry::State::Failed;
        failed.failure = ErrorCode::AssociationRejected;
        failed.destination = QStringLiteral("Archive");
        failed.path = QStringLiteral("/cd/ct.dcm");
        history.setEntries({sent, failed});
        QCOMPARE(history.data(history.index(0, OutboxHistoryModel::File)).toString(), QStringLiteral("wound.jpg")); // the photo, not the DICOM made of it
        QCOMPARE(history.data(history.index(0, OutboxHistoryModel::Patient)).toString(), QStringLiteral("Anna Müller"));
        QVERIFY(history.data(history.index(1, OutboxHistoryModel::Result)).toString().contains(QStringLiteral("does not accept connections")));
        filter.setShow(OutboxFilter::Show::NotSent);
        QCOMPARE(filter.rowCount(), 1);
        filter.setShow(OutboxFilter::Show::Everything);
        filter.setText(QStringLiteral("müller"));
        QCOMPARE(filter.rowCount(), 1);
    }

    void failuresCarryTheirToneColourAndIcon()
    {
        FileListModel model;
        model.addRows({dicomRow(QStringLiteral("/a.dcm"), {}, {}, {}, {}), dicomRow(QStringLiteral("/b.dcm"), {}, {}, {}, {}),
                       dicomRow(QStringLiteral("/c.dcm"), {}, {}, {}, {}), dicomRow(QStringLiteral("/d.dcm"), {}, {}, {}, {})});
        model.setStatus(QStringLiteral("/a.dcm"), FileRow::Status::Failed, QStringLiteral("The PACS 'X' refused to store this file."),
                        QStringLiteral("status 0xA900"), ErrorCode::PeerFailure);
        model.setStatus(QStringLiteral("/b.dcm"), FileRow::Status::Waiting, QStringLiteral("The PACS 'X' cannot be reached."), {}, ErrorCode::NetworkUnreachable);
        model.setStatus(QStringLiteral("/c.dcm"), FileRow::Status::Sent);
        model.setStatus(QStringLiteral("/d.dcm"), FileRow::Status::Confirmed);
        const QPalette palette = QApplication::palette();
        const QModelIndex failed = model.index(0, FileListModel::Status);
        QCOMPARE(failed.data(FileListModel::ToneRole).toInt(), int(Tone::Bad));
        QCOMPARE(failed.data(Qt::BackgroundRole).value<QColor>(), toneBackground(Tone::Bad, palette));
        QCOMPARE(model.index(0, FileListModel::Name).data(Qt::BackgroundRole).value<QColor>(), toneBackground(Tone::Bad, palette)); // the whole row
        QCOMPARE(failed.data(Qt::ForegroundRole).value<QColor>(), toneText(Tone::Bad, palette));
        QVERIFY(!failed.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(failed.data().toString(), QStringLiteral("Failed"));
        // The tooltip wraps (rich text) and says it plainly, with the technical reason after.
        const QString tip = failed.data(Qt::ToolTipRole).toString();
        QVERIFY(tip.startsWith(QStringLiteral("<qt>")) && tip.contains(QStringLiteral("refused to store")) && tip.contains(QStringLiteral("0xA900")));
        QCOMPARE(model.index(1, FileListModel::Status).data(FileListModel::ToneRole).toInt(), int(Tone::Warning));
        QCOMPARE(model.index(2, FileListModel::Status).data(FileListModel::ToneRole).toInt(), int(Tone::Good));
        QCOMPARE(model.index(3, FileListModel::Status).data(FileListModel::ToneRole).toInt(), int(Tone::Good));
        QVERIFY(model.index(2, FileListModel::Status).data(Qt::BackgroundRole).isNull()); // only problems are tinted
        // Each tone has its own icon.
        QSet<qint64> icons;
        for (auto s : {FileRow::Status::Failed, FileRow::Status::Waiting, FileRow::Status::Sent, FileRow::Status::Confirmed, FileRow::Status::Warning})
            icons.insert(statusIcon(s).cacheKey());
        QCOMPARE(icons.size(), 5);
    }

    void namesSortAsPeopleCount()
    {
        FileListModel model;
        FileListView view(model, nullptr, nullptr);
        QList<IntakeItem> items;
        for (const char *name : {"ct_100.dcm", "ct_10.dcm", "ct_2.dcm", "CT_1.dcm", "ct_20.dcm"}) {
            IntakeItem item;
            item.kind = IntakeItem::Kind::Dicom;
            item.path = QStringLiteral("/cd/") + QLatin1String(name);
            items << item;
        }
        model.addRows(rowsFor(items));
        view.table().sortByColumn(FileListModel::Name, Qt::AscendingOrder);
        QStringList shown;
        for (int r = 0; r < view.proxy().rowCount(); ++r)
            shown << view.proxy().index(r, FileListModel::Name).data().toString();
        QCOMPARE(shown, QStringList({QStringLiteral("CT_1.dcm"), QStringLiteral("ct_2.dcm"), QStringLiteral("ct_10.dcm"), QStringLiteral("ct_20.dcm"),
                                     QStringLiteral("ct_100.dcm")}));
        // Row numbers count the rows as shown.
        QCOMPARE(view.proxy().headerData(0, Qt::Vertical).toInt(), 1);
        QCOMPARE(view.proxy().headerData(4, Qt::Vertical).toInt(), 5);
        // Sorting by status puts what did not go first.
        model.setStatus(QStringLiteral("/cd/ct_20.dcm"), FileRow::Status::Failed);
        view.table().sortByColumn(FileListModel::Status, Qt::AscendingOrder);
        QCOMPARE(view.proxy().index(0, FileListModel::Name).data().toString(), QStringLiteral("ct_20.dcm"));
    }

    void emptyListSaysWhereToDrop()
    {
        QSettings().clear();
        MainWindow w(noDevices());
        w.show();
        auto *empty = w.findChild<EmptyState *>();
        QVERIFY(empty && empty->isVisible());
        QCOMPARE(empty->parentWidget(), static_cast<QWidget *>(&w.list())); // in the list, where files are dropped
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("dropHint"))->text(), QStringLiteral("Drop files or folders here"));
        QVERIFY(w.findChild<QToolButton *>(QStringLiteral("addFilesButton")) && w.findChild<QToolButton *>(QStringLiteral("addFolderButton")));
        QSignalSpy added(&w, &MainWindow::pathsAdded);
        w.addPaths({pydicomFile(QStringLiteral("CT_small.dcm"))});
        QVERIFY(added.wait(20000));
        QVERIFY(!empty->isVisible());
        QVERIFY(w.table().isVisible());
        // Nothing selected: the preview says so instead of the drop hint.
        QVERIFY(w.preview().picture().text().contains(QStringLiteral("Select a file")));
    }

    void opensAtASensibleSize()
    {
        QCOMPARE(MainWindow::defaultSize(QSize(1600, 1000)), QSize(1280, 800));
        QCOMPARE(MainWindow::defaultSize(QSize(1366, 728)), QSize(1093, 600)); // a laptop: 80 % wide, at least 600 high
        QCOMPARE(MainWindow::defaultSize(QSize(3840, 2100)), QSize(1600, 1000));
        QSettings().clear(); // a first start: nothing remembered
        MainWindow w(noDevices());
        w.show();
        const QSize screen = w.screen()->availableGeometry().size();
        QCOMPARE(w.size(), MainWindow::defaultSize(screen));
        // The size is remembered for the next start.
        w.resize(1111, 777);
        w.close();
        MainWindow again(noDevices());
        QCOMPARE(again.size(), QSize(1111, 777).boundedTo(screen));
        QSettings().clear();
    }

    void namesAndResultsAreNeverCutOff()
    {
        QSettings().clear();
        MainWindow w(noDevices());
        w.show();
        if (w.screen()->availableGeometry().width() < 1000) // scale 2 on 1600x1000: 800 logical pixels for everything
            QSKIP("On a screen 800 points wide, Name and Study give way first and then Patient and Status are elided; "
                  "their tooltips and the preview carry the whole text");
        QSignalSpy added(&w, &MainWindow::pathsAdded);
        // Real files with typical names and studies.
        w.addPaths({pydicomFile(QStringLiteral("CT_small.dcm")), pydicomFile(QStringLiteral("MR_small.dcm")), pydicomFile(QStringLiteral("JPEG-lossy.dcm")),
                    pydicomFile(QStringLiteral("rtplan.dcm")), pydicomFile(QStringLiteral("MR_truncated.dcm"))});
        QVERIFY(added.wait(20000));
        FileListModel &m = w.model();
        m.setStatus(m.row(0).item.path, FileRow::Status::Confirmed);
        m.setStatus(m.row(1).item.path, FileRow::Status::Waiting, QStringLiteral("The PACS 'Radiology PACS' cannot be reached."));
        m.setStatus(m.row(2).item.path, FileRow::Status::Failed, QStringLiteral("The PACS 'Radiology PACS' refused to store this file."));
        m.setStatus(m.row(3).item.path, FileRow::Status::Warning);
        QTest::qWait(100);
        QTableView &view = w.table();
        for (int r = 0; r < view.model()->rowCount(); ++r) {
            for (int column : {int(FileListModel::Patient), int(FileListModel::Status)}) {
                const QModelIndex index = view.model()->index(r, column);
                QVERIFY2(fitsUnelided(view, index), qPrintable(QStringLiteral("\"%1\" in %2 px").arg(index.data().toString()).arg(view.columnWidth(column))));
            }
        }
        // The Patient column is not narrower than what it holds while Status has spare room.
        QVERIFY(view.columnWidth(FileListModel::Patient) >= static_cast<QAbstractItemView &>(view).sizeHintForColumn(FileListModel::Patient));
        // Dates as people write them, not 20040119.
        QVERIFY2(view.model()->index(0, FileListModel::Study).data().toString().startsWith(QStringLiteral("1/19/2004")),
                 qPrintable(view.model()->index(0, FileListModel::Study).data().toString()));
    }

    void previewShowsTheWholePicture_data()
    {
        QTest::addColumn<QString>("size");
        QTest::newRow("landscape photo 1600x1200") << "1600x1200";
        QTest::newRow("portrait scan 850x1100") << "850x1100";
    }
    void previewShowsTheWholePicture()
    {
        QFETCH(QString, size);
        const QString photo = m_dir.filePath(size + QStringLiteral(".jpg"));
        QCOMPARE(QProcess::execute(QStringLiteral("/usr/bin/convert"), {QStringLiteral("-size"), size, QStringLiteral("plasma:"), photo}), 0);
        QSettings().clear();
        MainWindow w(noDevices());
        w.show();
        QSignalSpy added(&w, &MainWindow::pathsAdded);
        w.addPaths({photo});
        QVERIFY(added.wait(20000));
        QSignalSpy shown(&w.preview(), &PreviewPane::shown);
        w.list().selectRow(0);
        QVERIFY(shown.wait(20000));
        const FittedImage &picture = w.preview().picture();
        const QRect on = picture.shownRect();
        const QSize full(size.section(u'x', 0, 0).toInt(), size.section(u'x', 1, 1).toInt());
        QVERIFY(!on.isEmpty());
        QVERIFY2(picture.rect().contains(on), "the picture is painted inside its pane: nothing cropped");
        QCOMPARE(on.width() > on.height(), full.width() > full.height()); // landscape stays landscape
        const double shownRatio = double(on.width()) / on.height(), realRatio = double(full.width()) / full.height();
        QVERIFY2(qAbs(shownRatio - realRatio) < 0.02, qPrintable(QString::number(shownRatio)));
        // As large as the pane allows: it touches two opposite edges.
        QVERIFY(on.width() >= picture.width() - 2 || on.height() >= picture.height() - 2);
    }

    void darkColoursStayReadable()
    {
        for (const QPalette &palette : {QApplication::style()->standardPalette(), darkPalette()}) {
            for (Tone tone : {Tone::Bad, Tone::Warning, Tone::Good, Tone::Busy}) {
                QVERIFY2(contrast(toneText(tone, palette), toneBackground(tone, palette)) >= 4.5, qPrintable(toneText(tone, palette).name()));
                QVERIFY2(contrast(toneText(tone, palette), palette.color(QPalette::Base)) >= 4.5, qPrintable(toneText(tone, palette).name()));
            }
        }
        QVERIFY(isDark(darkPalette()));
        QVERIFY(toneBackground(Tone::Bad, darkPalette()) != toneBackground(Tone::Bad, QApplication::style()->standardPalette()));
    }
};

PACSDROP_GUI_TEST_MAIN(TestFileList)
#include "tst_filelist.moc"
