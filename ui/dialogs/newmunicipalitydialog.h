#pragma once

#include <QDialog>

class QLineEdit;

namespace akkoord::ui {

// Asks for a new municipality: its name, and optionally its CBS code and labour-market region.
class NewMunicipalityDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewMunicipalityDialog(QWidget *parent = nullptr);

    QString name() const;
    QString cbsCode() const;
    QString region() const;

private:
    QLineEdit *m_name;
    QLineEdit *m_code;
    QLineEdit *m_region;
};

} // namespace akkoord::ui
