#include "dialogs/connectdialog.h"

#include "store/scenariostore.h"

#include <QDialogButtonBox>
#include <QFont>
#include <QFontMetrics>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>

namespace akkoord::ui {

ConnectDialog::ConnectDialog(const QString &address, QWidget *parent)
    : QDialog(parent), m_address(new QLineEdit(address)), m_password(new QLineEdit),
      m_problem(new QLabel)
{
    setWindowTitle(tr("Connect to regional database"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("The region's shared database, on its PostgreSQL server. You "
                                "read the work of every municipality in the region and change "
                                "that of your own."));
    intro->setWordWrap(true);
    form->addRow(intro);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("connectProblem"));
    QFont strong = m_problem->font();
    strong.setBold(true); // why the last attempt failed, set apart from the explanation
    m_problem->setFont(strong);
    m_problem->setVisible(false);
    form->addRow(m_problem);
    m_address->setPlaceholderText(QStringLiteral("postgresql://naam@server/regio"));
    m_address->setAccessibleDescription(
        tr("for example postgresql://jansen@db.regio.nl/foodvalley?sslmode=verify-full"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass or PGPASSWORD"));
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Password:"), m_password);
    auto *note = new QLabel(tr("The address is remembered; the password is not."));
    note->setWordWrap(true);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QLineEdit::textChanged, this, &ConnectDialog::check);
    form->addRow(buttons);
    const QFontMetrics metrics(m_address->font());
    m_address->setMinimumWidth(
        metrics.horizontalAdvance(QStringLiteral("postgresql://jansen@db.regio.nl/foodvalley")) +
        24);
    m_password->setMinimumWidth(metrics.horizontalAdvance(m_password->placeholderText()) + 24);
    check();
    if (!address.isEmpty()) {
        m_password->setFocus();
    }
}

void ConnectDialog::check()
{
    m_ok->setEnabled(ScenarioStore::isServerAddress(m_address->text().trimmed()));
}

void ConnectDialog::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

QString ConnectDialog::address() const
{
    QUrl url(m_address->text().trimmed());
    url.setPassword(QString());
    return url.toString();
}

QString ConnectDialog::addressToOpen() const
{
    if (m_password->text().isEmpty()) {
        return m_address->text().trimmed();
    }
    QUrl url(m_address->text().trimmed());
    url.setPassword(m_password->text());
    return url.toString();
}

} // namespace akkoord::ui
