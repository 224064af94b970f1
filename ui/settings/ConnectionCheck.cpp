#include "ConnectionCheck.h"

#include "EchoRunner.h"
#include "RecordList.h"
#include "StatusLook.h"

#include <QLabel>
#include <QPushButton>

namespace pacsdrop {

ConnectionCheck::ConnectionCheck(QWidget *parent)
    : QObject(parent), m_button(new QPushButton(tr("Check connection"), parent)), m_result(new QLabel(parent))
{
    m_button->setObjectName(QStringLiteral("echo"));
    m_result->setObjectName(QStringLiteral("echoResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMargin(6);
    m_result->hide();
}

QString ConnectionCheck::text() const { return m_result->isHidden() ? QString() : m_result->text(); }

void ConnectionCheck::refuse(const QString &why)
{
    m_result->setText(why);
    showAsToneBox(m_result, Tone::Bad);
    m_result->show();
    emit checked(false);
}

void ConnectionCheck::run(const Device &device, const QString &localAe)
{
    m_button->setEnabled(false);
    m_result->setText(tr("Checking the connection to '%1'…").arg(device.name));
    showAsToneBox(m_result, Tone::Busy);
    m_result->show();
    echoInBackground(this, device, device.callingAeTitle.isEmpty() ? localAe : device.callingAeTitle, [this](const EchoOutcome &r) {
        m_button->setEnabled(true);
        m_result->setText(r.text);
        showAsToneBox(m_result, r.ok ? Tone::Good : Tone::Bad);
        emit checked(r.ok);
    });
}

void checkIntoList(RecordList &list, const Device &device, const QString &localAe)
{
    list.setNote(ConnectionCheck::tr("Checking the connection to '%1'…").arg(device.name), int(Tone::Busy));
    echoInBackground(&list, device, device.callingAeTitle.isEmpty() ? localAe : device.callingAeTitle,
                     [&list](const EchoOutcome &r) { list.setNote(r.text, int(r.ok ? Tone::Good : Tone::Bad)); });
}

} // namespace pacsdrop
