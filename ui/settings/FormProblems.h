#pragma once
// A form's fields and the problems shown under them. Each field is registered under the settings
// key its problems name ("aeTitle", "tls.trustedCertificates", "web.url"); show() puts every
// message (the core's "key: problem") under its field — all of them at once — and whatever names
// no field at the bottom; a fixed field's message goes on the next check. A visible owner grows
// to show every message whole (form layouts do not pass a wrapped line's height on by themselves).

#include <QHash>
#include <QObject>
#include <QStringList>

class QFormLayout;
class QLabel;
class QWidget;

namespace pacsdrop {

class FormProblems final : public QObject {
    Q_OBJECT
public:
    explicit FormProblems(QWidget *owner);

    // Adds "label | field" to the form, with a problem line under the field.
    void addRow(QFormLayout *form, const QString &key, const QString &label, QWidget *field);
    // Also shows problems of key at an existing field's row (e.g. "tls" at the certificate).
    void alias(const QString &key, const QString &shownAt);
    void setRest(QLabel *rest) { m_rest = rest; }
    void show(const QStringList &messages);
    QString at(const QString &key) const;
    // Every message shown now, "key: text", sorted.
    QStringList shownMessages() const;
    int shown() const { return m_shown; }
    QWidget *field(const QString &key) const { return m_fields.value(key); }

private:
    void growOwner();

    QWidget *m_owner;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QString> m_aliases;
    QLabel *m_rest = nullptr;
    int m_shown = 0;
};

} // namespace pacsdrop
