#pragma once

#include <QDialog>

class QComboBox;

namespace akkoord::ui {

// The program's settings: the language ("system", "nl" or "en") and the colours ("system",
// "light", "dark", "high-contrast").
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const QString &languageChoice, const QString &themeChoice,
                   QWidget *parent = nullptr);

    QString languageChoice() const;
    QString themeChoice() const;

private:
    QComboBox *m_language;
    QComboBox *m_theme;
};

} // namespace akkoord::ui
