#include "dialogs/settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

namespace akkoord::ui {

SettingsDialog::SettingsDialog(const QString &languageChoice, const QString &themeChoice,
                               QWidget *parent)
    : QDialog(parent), m_language(new QComboBox), m_theme(new QComboBox)
{
    setWindowTitle(tr("Settings"));
    auto *form = new QFormLayout(this);
    m_language->addItem(tr("As the system"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(languageChoice));
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(tr("A new language applies the next time Akkoord starts."));
    note->setWordWrap(true);
    form->addRow(note);
    m_theme->addItem(tr("As the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->addItem(tr("High contrast"), QStringLiteral("high-contrast"));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(themeChoice)));
    form->addRow(tr("&Colours:"), m_theme);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QString SettingsDialog::themeChoice() const
{
    return m_theme->currentData().toString();
}

QString SettingsDialog::languageChoice() const
{
    return m_language->currentData().toString();
}

} // namespace akkoord::ui
