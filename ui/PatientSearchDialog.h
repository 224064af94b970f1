#pragma once
// Finds the patient for non-DICOM files: on a worklist device (scheduled procedures) or a query
// device (studies already on the PACS). Criteria start from the device's defaults (dates chosen
// as "today", "last 7 days" or between two dates); results appear as they arrive, names and dates
// as people write them (the C-FIND runs on a worker thread; Stop sends C-CANCEL); columns fit
// their content and are remembered; the chosen result becomes the study data, as the core's
// Lookup builds it.

#include "convert/StudyData.h"
#include "settings/Settings.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <thread>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace pacsdrop {

class DateRangeField;
class LookupResultsModel;

class PatientSearchDialog final : public QDialog {
    Q_OBJECT
public:
    explicit PatientSearchDialog(const Settings &settings, QWidget *parent = nullptr);
    ~PatientSearchDialog() override;

    void search();
    bool isSearching() const { return m_worker != nullptr && m_searching; }
    int resultCount() const;
    // The chosen result as study data (identity from the lookup, the rest from base).
    Result<StudyData> chosen(const StudyData &base) const;
    // Where the results come from, for people: "the worklist 'RIS'", "the PACS 'Archive'".
    QString sourceName() const;
    LookupResultsModel &results() { return *m_model; }
    QTableView &resultsView() { return *m_results; }

signals:
    void searchFinished(const QString &summary);

private:
    void sourceChanged();
    void finishSearch(const QString &summary);
    void fitColumns();
    void stopWorker();

    Settings m_settings;
    QComboBox *m_source;
    QLineEdit *m_name, *m_id, *m_accession, *m_modality;
    DateRangeField *m_date;
    QPushButton *m_searchButton, *m_stopButton;
    LookupResultsModel *m_model;
    QTableView *m_results;
    QLabel *m_state;
    bool m_searching = false;
    std::atomic_bool m_stop{false};
    std::unique_ptr<std::thread> m_worker;
};

} // namespace pacsdrop
