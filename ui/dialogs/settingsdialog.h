#pragma once

#include <QDialog>

class QComboBox;

namespace akkoord::ui {

// The program's settings: the language ("system", "nl" or "en").
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const QString &languageChoice, QWidget *parent = nullptr);

    QString languageChoice() const;

private:
    QComboBox *m_language;
};

} // namespace akkoord::ui
