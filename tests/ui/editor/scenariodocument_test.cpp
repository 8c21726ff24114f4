#include "testsupport.h"

#include "editor/scenariodocument.h"

#include <QSignalSpy>

using namespace akkoord;
using namespace akkoord::ui;

namespace {

ScenarioContent content()
{
    ScenarioContent c;
    c.title = QStringLiteral("Startsituatie");
    c.answers.set(QStringLiteral("network_size"), QStringLiteral("small"));
    return c;
}

} // namespace

// The window's title star, the Save action and the draft all hang on "modified": it must say
// whether the content differs from what the store holds, not whether anything was touched.
TEST_CASE("The document knows whether it differs from what is saved", "[ui][document]")
{
    ScenarioDocument document;
    QSignalSpy modified(&document, &ScenarioDocument::modifiedChanged);
    QSignalSpy loaded(&document, &ScenarioDocument::loaded);
    QSignalSpy changed(&document, &ScenarioDocument::changed);
    document.load(QStringLiteral("Soest"), 1, 7, 2, content());
    CHECK(loaded.size() == 1);
    CHECK(document.isOpen());
    CHECK_FALSE(document.isModified());

    const QString q = QStringLiteral("network_size");
    document.setAnswer(q, Answer::of({QStringLiteral("large")}), false);
    CHECK(document.isModified());
    CHECK(document.content().answers.value(q) == QStringLiteral("large"));
    CHECK(modified.size() == 1);
    CHECK(loaded.size() == 1); // an edit is not a load
    CHECK(changed.size() >= 2);

    // Back to what is saved: no longer modified.
    document.setAnswer(q, Answer::of({QStringLiteral("small")}), false);
    CHECK_FALSE(document.isModified());
    CHECK(modified.size() == 2);

    // "Don't know" clears the answer; saving makes the edited content the saved one.
    document.setAnswer(q, Answer::unknown(), false);
    CHECK_FALSE(document.content().answers.isKnown(q));
    document.markSaved(7, 3, document.content());
    CHECK_FALSE(document.isModified());
    CHECK(document.revision() == 3);
}

TEST_CASE("A multiple-choice answer keeps every option, and none is a known answer",
          "[ui][document]")
{
    ScenarioDocument document;
    document.load(QStringLiteral("Soest"), 1, 7, 1, content());
    const QString q = QStringLiteral("existing");
    document.setAnswer(q, Answer::of({QStringLiteral("covenant"), QStringLiteral("summit")}), true);
    CHECK(document.content().answers.values(q) ==
          QStringList{QStringLiteral("covenant"), QStringLiteral("summit")});
    document.setAnswer(q, Answer::of({}), true);
    CHECK(document.content().answers.isKnown(q));
    CHECK(document.content().answers.values(q).isEmpty());
    CHECK(document.content().answers.answer(q) == Answer::of({}));
    document.setAnswer(q, Answer::unknown(), true);
    CHECK(document.content().answers.answer(q) == Answer::unknown());
}
