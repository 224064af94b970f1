#include "outbox/OutboxLocation.h"
#include "AboutDialog.h"

#include "common/BuildInfo.h"
#include "settings/AppPaths.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QSysInfo>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pacsdrop {

AboutDialog::AboutDialog(const Settings &settings, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About PacsDrop"));
    setObjectName(QStringLiteral("aboutDialog"));
    const QString rows = QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>");
    m_text = tr("<h2>PacsDrop %1</h2><p>Gets clinical files into a PACS.<br>Built %2 with Qt %3 on %4.</p>")
                 .arg(QStringLiteral(PACSDROP_VERSION), QStringLiteral(__DATE__), QStringLiteral(QT_VERSION_STR), QSysInfo::prettyProductName())
             + tr("<h3>Where things are</h3><table>")
             + rows.arg(tr("Settings"), settings.path(), QString()) + rows.arg(tr("Outbox"), configuredOutbox().describe(), QString())
             + rows.arg(tr("Logs"), paths::logDir(), QString()) + rows.arg(tr("Converted files"), paths::spoolDir(), QString())
             + QStringLiteral("</table>") + tr("<h3>Built on</h3><table>");
    for (const LibraryInfo &library : builtOn())
        m_text += rows.arg(library.name, library.version, library.licence);
    m_text += QStringLiteral("</table>");
    auto *browser = new QTextBrowser(this);
    browser->setObjectName(QStringLiteral("text"));
    browser->setHtml(m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    resize(620, 520);
}

} // namespace pacsdrop
