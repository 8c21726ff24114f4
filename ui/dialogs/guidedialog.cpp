#include "dialogs/guidedialog.h"

#include "support/screenfit.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace akkoord::ui {

GuideDialog::GuideDialog(Language language, QWidget *parent)
    : QDialog(parent), m_browser(new QTextBrowser)
{
    setObjectName(QStringLiteral("guide"));
    setWindowTitle(tr("User guide"));
    m_browser->setAccessibleName(tr("User guide"));
    // Links inside the guide move within it; nothing is opened outside the program.
    m_browser->setOpenExternalLinks(false);
    m_browser->setSource(QUrl(source(language)));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(fittingSize(this, QSize(720, 760)));
}

QString GuideDialog::source(Language language)
{
    return language == Language::Dutch ? QStringLiteral("qrc:/guide/guide.nl.html")
                                       : QStringLiteral("qrc:/guide/guide.en.html");
}

} // namespace akkoord::ui
