#pragma once
// One watched folder, edited in a form: the folder and where its files go; DICOM only, or also
// photos, scans, PDFs and videos for one patient (their details as fields, not "Keyword=value");
// what happens to a file once sent; and when a file counts as complete. Checked as edited.

#include "settings/HotFolder.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace pacsdrop {

class FormProblems;
class PathField;

class HotFolderForm final : public QDialog {
    Q_OBJECT
public:
    HotFolderForm(const HotFolder &folder, const QStringList &devices, QWidget *parent = nullptr);

    HotFolder folder() const;
    QStringList problems() const;
    QString problemAt(const QString &key) const;
    void accept() override;
    // The patient details for non-DICOM files, by DICOM keyword.
    void setStudyValue(const QString &keyword, const QString &value);

private:
    void check();

    FormProblems *m_problems;
    PathField *m_folder;
    QComboBox *m_destination;
    QCheckBox *m_recursive;
    QComboBox *m_kind;
    QTableWidget *m_study;
    QComboBox *m_after;
    PathField *m_done;
    QSpinBox *m_stable;
    QSpinBox *m_poll;
    QLabel *m_rest;
};

} // namespace pacsdrop
