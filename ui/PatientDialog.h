#pragma once
// "Patient and study": whose the photos, scans, videos and PDFs are, and the study they belong
// to, for the files it names. Dates are typed as people write them or picked from a calendar;
// the study date is today unless said otherwise. Every field is checked as it is typed and every
// problem shows at its own field at once (and goes when fixed). The data can come from a worklist
// item or a study found on the PACS: then the patient's identity is copied, shown read-only and
// marked as such, and can be typed in instead only by choosing so.

#include "convert/StudyData.h"
#include "settings/Settings.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimeEdit;

namespace pacsdrop {

class DateField;
class FormProblems;

class PatientDialog final : public QDialog {
    Q_OBJECT
public:
    explicit PatientDialog(const Settings &settings, QWidget *parent = nullptr);

    // The files the data is for (their paths), named at the top.
    void setFiles(const QStringList &paths);
    // Starts from these values (e.g. the last ones used, or a lookup's result).
    void setStudyData(const StudyData &data);
    // What the dialog starts from for the next batch after data was used: the same patient, but a
    // study of its own (not the scheduled one a worklist choice named), dated when it opens.
    static StudyData forNextBatch(StudyData data);
    // Valid study data when accepted.
    StudyData studyData() const { return m_data; }
    // The message at a field, empty when the field is fine ("PatientID", "PatientBirthDate", ...).
    QString problemAt(const QString &keyword) const;
    // Every problem shown now, "field: message".
    QStringList problemsShown() const;

    void accept() override;
    // Opens the patient search (worklist or PACS); a chosen result fills the fields.
    void openSearch();
    // Fills the dialog from a lookup: identity fields become read-only (copied, not re-typed).
    void useLookupResult(const StudyData &found, const QString &source);
    bool identityFromLookup() const { return m_identityFromLookup; }

private:
    QLineEdit *addLine(const QString &keyword, const QString &label, QFormLayout *form, const QString &placeholder = {});
    void addRow(const QString &keyword, const QString &label, QWidget *field, QFormLayout *form);
    Result<StudyData> read(QHash<QString, QString> &problems) const;
    void check(bool showRequired);
    void setIdentityReadOnly(bool readOnly);
    void typeInInstead();

    Settings m_settings;
    StudyData m_data;
    QHash<QString, QWidget *> m_fields;  // by DICOM keyword
    QLabel *m_forFiles;
    QLabel *m_lookupBanner;
    QPushButton *m_typeInstead;
    QComboBox *m_sex;
    DateField *m_birthDate;
    DateField *m_studyDate;
    QTimeEdit *m_studyTime;
    QComboBox *m_modality;
    QLabel *m_general;
    FormProblems *m_problems; // at their fields, by DICOM keyword
    bool m_identityFromLookup = false;
    bool m_triedOk = false;
};

} // namespace pacsdrop
