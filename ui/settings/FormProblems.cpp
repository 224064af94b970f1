#include "FormProblems.h"

#include "StatusLook.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pacsdrop {

FormProblems::FormProblems(QWidget *owner) : QObject(owner), m_owner(owner) {}

void FormProblems::addRow(QFormLayout *form, const QString &key, const QString &label, QWidget *field)
{
    auto *problem = new QLabel(m_owner);
    problem->setObjectName(key + QStringLiteral("Problem"));
    problem->setWordWrap(true);
    problem->hide();
    auto *cell = new QVBoxLayout;
    cell->setSpacing(1);
    cell->addWidget(field);
    cell->addWidget(problem);
    form->addRow(label, cell);
    m_labels.insert(key, problem);
    m_fields.insert(key, field);
}

void FormProblems::alias(const QString &key, const QString &shownAt) { m_aliases.insert(key, shownAt); }

void FormProblems::show(const QStringList &messages)
{
    QHash<QString, QStringList> byKey;
    QStringList rest;
    for (const QString &m : messages) {
        QString key = m.section(QStringLiteral(": "), 0, 0).trimmed();
        const QString what = m.section(QStringLiteral(": "), 1).trimmed();
        key = m_aliases.value(key, key);
        if (!m_labels.contains(key) && m_labels.contains(key.section(u'.', -1)))
            key = key.section(u'.', -1);
        if (m_labels.contains(key))
            byKey[key] << what;
        else
            rest << m;
    }
    const QString colour = toneText(Tone::Bad, QApplication::palette()).name();
    m_shown = static_cast<int>(messages.size());
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const QStringList here = byKey.value(it.key());
        it.value()->setText(here.join(u'\n'));
        it.value()->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(colour));
        it.value()->setVisible(!here.isEmpty());
    }
    if (m_rest) {
        m_rest->setText(rest.join(u'\n'));
        m_rest->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(colour));
        m_rest->setVisible(!rest.isEmpty());
    }
    growOwner();
}

void FormProblems::growOwner()
{
    QWidget *window = m_owner->window();
    if (!window->isVisible() || !window->layout())
        return;
    // Each shown line asks for the height its text needs at the width it got; then the window
    // grows to hold them (never shrinks: the user's size stays).
    for (int pass = 0; pass < 2; ++pass) {
        window->layout()->activate();
        for (QLabel *label : std::as_const(m_labels))
            label->setMinimumHeight(label->isHidden() ? 0 : label->heightForWidth(label->width()));
    }
    window->layout()->activate();
    const int needed = std::max(window->layout()->totalHeightForWidth(window->width()), window->minimumSizeHint().height());
    if (needed > window->height())
        window->resize(window->width(), needed);
}

QStringList FormProblems::shownMessages() const
{
    QStringList shown;
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        if (!it.value()->isHidden())
            shown << it.key() + QStringLiteral(": ") + it.value()->text();
    }
    if (m_rest && !m_rest->isHidden())
        shown << m_rest->text();
    shown.sort();
    return shown;
}

QString FormProblems::at(const QString &key) const
{
    const QLabel *label = m_labels.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace pacsdrop
