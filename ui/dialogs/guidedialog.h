#pragma once

#include "common/language.h"

#include <QDialog>

class QTextBrowser;

namespace akkoord::ui {

// The user guide (F1): what the program is for, the five steps, what the matrix shows, what the
// advice means and does not mean, where the knowledge comes from, and the keys. Shipped inside
// the program in Dutch and English, so it works without a network. Not modal: it can stay open
// beside the window while the reader tries what it says.
class GuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GuideDialog(Language language, QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }
    // Where the guide for a language is kept.
    static QString source(Language language);

private:
    QTextBrowser *m_browser;
};

} // namespace akkoord::ui
