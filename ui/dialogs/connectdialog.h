#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace akkoord::ui {

// Asks for the address of the region's shared database (postgresql://user@server/database) and,
// when the server wants one and neither ~/.pgpass nor PGPASSWORD has it, the password. The
// address is remembered among the recent databases; the password never is.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(const QString &address, QWidget *parent = nullptr);

    // Shows why the last attempt failed, above the fields.
    void setProblem(const QString &problem);
    // The address with the password in it when one was typed: for opening, never for keeping.
    QString addressToOpen() const;
    // The address as typed, without a password.
    QString address() const;

private:
    void check();

    QLineEdit *m_address;
    QLineEdit *m_password;
    QLabel *m_problem;
    QWidget *m_ok = nullptr;
};

} // namespace akkoord::ui
