#include "testsupport.h"

#include "dialogs/connectdialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>

using namespace akkoord::ui;

TEST_CASE("The connect dialog takes a server's address, and a typed password only for opening",
          "[ui][regional]")
{
    ConnectDialog dialog(QStringLiteral("postgresql://alice@db.regio.nl/foodvalley"));
    const auto fields = dialog.findChildren<QLineEdit *>();
    REQUIRE(fields.size() == 2);
    QPushButton *connect = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    CHECK(connect->isEnabled());
    // No password typed: libpq finds it (~/.pgpass, PGPASSWORD), and the address stays as it is.
    CHECK(dialog.addressToOpen() == QStringLiteral("postgresql://alice@db.regio.nl/foodvalley"));
    fields.at(1)->setText(QStringLiteral("geheim"));
    CHECK(dialog.addressToOpen() ==
          QStringLiteral("postgresql://alice:geheim@db.regio.nl/foodvalley"));
    // What is remembered never holds it.
    CHECK(dialog.address() == QStringLiteral("postgresql://alice@db.regio.nl/foodvalley"));
    CHECK(fields.at(1)->echoMode() == QLineEdit::Password);
    // A file path is not an address: Connect waits for one.
    fields.at(0)->setText(QStringLiteral("/home/alice/akkoord.sqlite"));
    CHECK_FALSE(connect->isEnabled());
}
