#include "dialogs/newmunicipalitydialog.h"

#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QLineEdit>

namespace akkoord::ui {

NewMunicipalityDialog::NewMunicipalityDialog(QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit), m_code(new QLineEdit), m_region(new QLineEdit)
{
    setWindowTitle(tr("New municipality"));
    auto *form = new QFormLayout(this);
    m_code->setPlaceholderText(tr("e.g. GM0342 (optional)"));
    m_region->setPlaceholderText(tr("labour-market region (optional)"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&CBS code:"), m_code);
    form->addRow(tr("&Region:"), m_region);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    // Wide enough that the placeholders show in full: they say what is optional.
    const QFontMetrics metrics(m_region->font());
    m_region->setMinimumWidth(metrics.horizontalAdvance(m_region->placeholderText()) + 24);
}

void NewMunicipalityDialog::edit(const QString &name, const QString &cbsCode, const QString &region)
{
    setWindowTitle(tr("Municipality details"));
    m_name->setText(name);
    m_code->setText(cbsCode);
    m_region->setText(region);
}

QString NewMunicipalityDialog::name() const
{
    return m_name->text();
}

QString NewMunicipalityDialog::cbsCode() const
{
    return m_code->text();
}

QString NewMunicipalityDialog::region() const
{
    return m_region->text();
}

} // namespace akkoord::ui
