#pragma once

#include <QDialog>

class QLineEdit;

namespace akkoord::ui {

// Asks for a new municipality: its name, and optionally its CBS code and labour-market region;
// or, given an existing one's, lets the user change them.
class NewMunicipalityDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewMunicipalityDialog(QWidget *parent = nullptr);
    // Shows an existing municipality's details to change.
    void edit(const QString &name, const QString &cbsCode, const QString &region);

    QString name() const;
    QString cbsCode() const;
    QString region() const;

private:
    QLineEdit *m_name;
    QLineEdit *m_code;
    QLineEdit *m_region;
};

} // namespace akkoord::ui
