#include "testsupport.h"

#include "dialogs/settingsdialog.h"

#include <QComboBox>

using namespace akkoord::ui;

TEST_CASE("The settings dialog shows the language chosen and returns the new choice",
          "[ui][settings]")
{
    SettingsDialog dialog(QStringLiteral("nl"), QStringLiteral("system"));
    auto *language = dialog.findChild<QComboBox *>();
    REQUIRE(language);
    CHECK(language->currentText() == QStringLiteral("Nederlands"));
    CHECK(dialog.languageChoice() == QStringLiteral("nl"));
    language->setCurrentIndex(language->findData(QStringLiteral("system")));
    CHECK(dialog.languageChoice() == QStringLiteral("system"));
}
