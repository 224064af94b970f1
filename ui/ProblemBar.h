#pragma once
// The bar above the file list that nobody can miss when files did not go: what happened in
// plain words ("2 files were not sent. The PACS 'Orthanc' cannot be reached. Your files are safe
// and will be sent when it is back."), with Retry now and Details for IT where it is shown.

#include "StatusLook.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace pacsdrop {

class ProblemBar final : public QFrame {
    Q_OBJECT
public:
    explicit ProblemBar(QWidget *parent = nullptr);

    void showProblem(Tone tone, const QString &text, const QString &details);
    void clear();
    QString text() const;
    QString details() const { return m_details; }

signals:
    void retryClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTone();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retry;
    QPushButton *m_more;
    Tone m_tone = Tone::Bad;
    QString m_details;
    bool m_applying = false;
};

} // namespace pacsdrop
