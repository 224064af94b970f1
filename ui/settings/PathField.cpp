#include "PathField.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace pacsdrop {

PathField::PathField(Kind kind, const QString &caption, QWidget *parent) : QWidget(parent), m_kind(kind), m_caption(caption), m_edit(new QLineEdit(this))
{
    auto *choose = new QToolButton(this);
    choose->setText(tr("Choose…"));
    choose->setObjectName(QStringLiteral("choose"));
    connect(choose, &QToolButton::clicked, this, [this] {
        if (m_kind == Kind::Folder) {
            const QString folder = QFileDialog::getExistingDirectory(this, m_caption, text());
            if (!folder.isEmpty())
                setText(folder);
        } else if (m_kind == Kind::File) {
            const QString file = QFileDialog::getOpenFileName(this, m_caption, text());
            if (!file.isEmpty())
                setText(file);
        } else {
            const QStringList files = QFileDialog::getOpenFileNames(this, m_caption);
            if (!files.isEmpty())
                setPaths(paths() + files);
        }
        emit edited();
    });
    connect(m_edit, &QLineEdit::textEdited, this, &PathField::edited);
    if (kind == Kind::Files)
        m_edit->setPlaceholderText(tr("files or folders, separated by ;"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(choose);
    setFocusProxy(m_edit);
}

QString PathField::text() const { return m_edit->text().trimmed(); }

void PathField::setText(const QString &text) { m_edit->setText(text); }

QStringList PathField::paths() const
{
    QStringList list;
    for (const QString &p : m_edit->text().split(u';', Qt::SkipEmptyParts))
        list << p.trimmed();
    list.removeAll(QString());
    return list;
}

void PathField::setPaths(const QStringList &paths) { m_edit->setText(paths.join(QStringLiteral("; "))); }

} // namespace pacsdrop
