#pragma once
// Finds the patient for non-DICOM files: on a worklist device (scheduled procedures) or a query
// device (studies already on the PACS). Criteria start from the device's defaults; results appear
// as they arrive (the C-FIND runs on a worker thread; Stop sends C-CANCEL); the chosen result
// becomes the study data, as the core's Lookup builds it.

#include "lookup/QueryResult.h"
#include "lookup/WorklistItem.h"
#include "settings/Settings.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <thread>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pacsdrop {

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

signals:
    void searchFinished(const QString &summary);

private:
    void sourceChanged();
    void addWorklistItem(const WorklistItem &item);
    void addStudy(const QueryResult &study);
    void finishSearch(const QString &summary);
    void stopWorker();

    Settings m_settings;
    QComboBox *m_source;
    QLineEdit *m_name, *m_id, *m_accession, *m_date, *m_modality;
    QPushButton *m_searchButton, *m_stopButton;
    QTableWidget *m_results;
    QLabel *m_state;
    QList<WorklistItem> m_steps;
    QList<QueryResult> m_studies;
    bool m_worklistResults = true;
    bool m_searching = false;
    std::atomic_bool m_stop{false};
    std::unique_ptr<std::thread> m_worker;
};

} // namespace pacsdrop
