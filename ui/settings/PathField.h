#pragma once
// A file or folder path typed or chosen with "Choose…"; several paths (trusted CA files) are
// separated by ";". Paths are kept as typed, so a path valid only on the service's machine stays.

#include <QWidget>

class QLineEdit;

namespace pacsdrop {

class PathField final : public QWidget {
    Q_OBJECT
public:
    enum class Kind { File, Folder, Files };
    PathField(Kind kind, const QString &caption, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    QStringList paths() const; // Files: each path
    void setPaths(const QStringList &paths);
    QLineEdit *edit() const { return m_edit; }

signals:
    void edited();

private:
    Kind m_kind;
    QString m_caption;
    QLineEdit *m_edit;
};

} // namespace pacsdrop
