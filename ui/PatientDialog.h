#pragma once
// "Non-DICOM file info": the patient and study the converted photos, scans, videos and PDFs get.
// Each field is checked against DICOM's limits, and a problem is shown at its field. The data
// can also come from a worklist item or a study found on the PACS (then the identity fields are
// filled from it and read-only).

#include "convert/StudyData.h"
#include "settings/Settings.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace pacsdrop {

class PatientDialog final : public QDialog {
    Q_OBJECT
public:
    explicit PatientDialog(const Settings &settings, QWidget *parent = nullptr);

    // Starts from these values (e.g. the last ones used, or a lookup's result).
    void setStudyData(const StudyData &data);
    // Valid study data when accepted.
    StudyData studyData() const { return m_data; }
    // The message at a field, empty when the field is fine ("PatientID", "PatientBirthDate", ...).
    QString problemAt(const QString &keyword) const;

    void accept() override;
    // Opens the patient search (worklist or PACS); a chosen result fills the fields.
    void openSearch();
    // Fills the dialog from a lookup: identity fields become read-only (copied, not re-typed).
    void useLookupResult(const StudyData &found);

private:
    QLineEdit *addField(const QString &keyword, const QString &label, QFormLayout *form);
    Result<StudyData> read() const;
    Result<StudyData> finishRead(StudyData d) const;
    void showProblem(const QString &keyword, const QString &message);

    QHash<QString, QLineEdit *> m_fields;  // by DICOM keyword
    QHash<QString, QLabel *> m_problems;   // by DICOM keyword
    QComboBox *m_sex = nullptr;
    QLabel *m_general = nullptr;
    void setIdentityReadOnly(bool readOnly);

    Settings m_settings;
    StudyData m_data;
    bool m_identityFromLookup = false;
};

} // namespace pacsdrop
