#include "testsupport.h"

#include "store/scenariostore.h"
#include "store/titleindex.h"

using namespace akkoord;

namespace {

QStringList titlesOf(const TitleIndex &index, const QVector<qsizetype> &found)
{
    QStringList out;
    for (const qsizetype i : found) {
        out << index.title(i);
    }
    return out;
}

} // namespace

TEST_CASE("Folding ignores case and accents, as a filter should", "[titles]")
{
    CHECK(TitleIndex::fold(QStringLiteral("Súdwest-Fryslân")) == QStringLiteral("sudwest-fryslan"));
    CHECK(TitleIndex::fold(QStringLiteral("ÉÉN Convenant")) == QStringLiteral("een convenant"));
    CHECK(TitleIndex::fold(QStringLiteral("'s-Hertogenbosch")) ==
          QStringLiteral("'s-hertogenbosch"));
}

TEST_CASE("The title index finds every title holding the text, in the order they were added",
          "[titles]")
{
    TitleIndex index;
    index.add(1, 10, QStringLiteral("Startsituatie 2026"), true);
    index.add(2, 10, QByteArrayView("Na het convenant"), false);
    index.add(3, 11, QByteArrayView("Convenant met de regio"), false);
    index.add(4, 12, QStringLiteral("Súdwest: één werktop"), false);
    index.add(5, 12,
              QByteArrayView("S\xc3\xba"
                             "dwest 2027"),
              true); // UTF-8, not ASCII
    index.add(6, 13, QByteArrayView("abc"), false);
    index.add(7, 13, QByteArrayView("def"), false);
    REQUIRE(index.size() == 7);

    CHECK(
        titlesOf(index, index.search(QStringLiteral("CONVENANT"))) ==
        QStringList{QStringLiteral("Na het convenant"), QStringLiteral("Convenant met de regio")});
    CHECK(titlesOf(index, index.search(QStringLiteral("sudwest"))) ==
          QStringList{QStringLiteral("Súdwest: één werktop"), QStringLiteral("Súdwest 2027")});
    CHECK(titlesOf(index, index.search(QStringLiteral("EEN werk"))) ==
          QStringList{QStringLiteral("Súdwest: één werktop")});
    // A match never runs from the end of one title into the next.
    CHECK(index.search(QStringLiteral("cd")).isEmpty());
    CHECK(index.search(QStringLiteral("regioabc")).isEmpty());
    CHECK(index.search(QStringLiteral("nothing like it")).isEmpty());
    // An empty filter shows everything.
    CHECK(index.search(QString()).size() == 7);

    const QVector<qsizetype> found = index.search(QStringLiteral("2027"));
    REQUIRE(found.size() == 1);
    CHECK(index.entry(found[0]).id == 5);
    CHECK(index.entry(found[0]).caseId == 12);
    CHECK(index.entry(found[0]).baseline);
    CHECK_FALSE(index.entry(index.search(QStringLiteral("werktop"))[0]).baseline);
}

TEST_CASE("The store's title index holds the scenarios not in the trash, by municipality and title",
          "[titles][store]")
{
    QTemporaryDir dir;
    auto store = ScenarioStore::open(dir.filePath(QStringLiteral("titles.sqlite"))).take();
    const CaseRecord soest = store->createCase(QStringLiteral("Soest")).value();
    const CaseRecord sudwest = store->createCase(QStringLiteral("Súdwest-Fryslân")).value();
    const auto add = [&](const CaseRecord &c, const char *title) {
        return store->createScenario(c.id, ScenarioContent{QString::fromUtf8(title), {}, {}, {}})
            .value();
    };
    add(sudwest, "Zomer 2026");
    const ScenarioRecord baseline = add(sudwest, "Één werktafel");
    add(soest, "Na het convenant");
    const ScenarioRecord trashed = add(soest, "Convenant, oude versie");
    add(soest, "Startsituatie");
    REQUIRE(store->setBaseline(baseline.id, true).ok());
    REQUIRE_FALSE(store->trashScenario(trashed.id).isError());

    const TitleIndex index = store->titleIndex().value();
    QStringList all;
    QVector<qint64> cases;
    for (qsizetype i = 0; i < index.size(); ++i) {
        all << index.title(i);
        cases << index.entry(i).caseId;
    }
    CHECK(all == QStringList{QStringLiteral("Na het convenant"), QStringLiteral("Startsituatie"),
                             QStringLiteral("Zomer 2026"), QStringLiteral("Één werktafel")});
    CHECK(cases == QVector<qint64>{soest.id, soest.id, sudwest.id, sudwest.id});
    const QVector<qsizetype> een = index.search(QStringLiteral("een werk"));
    REQUIRE(een.size() == 1);
    CHECK(index.entry(een[0]).id == baseline.id);
    CHECK(index.entry(een[0]).baseline);
    CHECK(index.search(QStringLiteral("oude versie")).isEmpty());

    // Back from the trash, it is found again.
    REQUIRE_FALSE(store->restoreScenario(trashed.id).isError());
    CHECK(store->titleIndex().value().search(QStringLiteral("oude versie")).size() == 1);
}

TEST_CASE("Searching thousands of titles finds exactly what a title-by-title check finds",
          "[titles]")
{
    // Titles of varying length over a small alphabet, so that hits are dense for short
    // needles and sparse for long ones, and candidates often fail after the first character.
    quint32 seed = 7;
    const auto next = [&seed] {
        seed = seed * 1103515245u + 12345u;
        return (seed >> 16) & 0x7fff;
    };
    const QString alphabet = QStringLiteral("abcAB ée");
    TitleIndex index;
    QStringList titles;
    for (int i = 0; i < 3000; ++i) {
        QString title;
        const int length = int(next() % 12);
        for (int c = 0; c < length; ++c) {
            title.append(alphabet[int(next() % alphabet.size())]);
        }
        titles << title;
        index.add(i, i / 10, title, false);
    }
    for (const QString &needle :
         {QStringLiteral("a"), QStringLiteral("ab"), QStringLiteral("bca"), QStringLiteral("e"),
          QStringLiteral("aaaa"), QStringLiteral("b a"), QStringLiteral("cab é")}) {
        QVector<qsizetype> expected;
        for (int i = 0; i < titles.size(); ++i) {
            if (TitleIndex::fold(titles[i]).contains(TitleIndex::fold(needle))) {
                expected << i;
            }
        }
        INFO(needle.toStdString());
        CHECK(index.search(needle) == expected);
        // Within one municipality's range, and stopping after a few hits: the same hits, cut.
        for (const TitleIndex::Range &r :
             {index.caseRanges()[0], index.caseRanges()[17], index.caseRanges().last()}) {
            QVector<qsizetype> inRange;
            for (const qsizetype i : expected) {
                if (i >= r.first && i < r.last) {
                    inRange << i;
                }
            }
            CHECK(index.search(needle, r.first, r.last) == inRange);
            CHECK(index.search(needle, r.first, r.last, 2) == inRange.mid(0, 2));
        }
        CHECK(index.search(needle, 0, -1, 5) == expected.mid(0, 5));
    }
    // Ten titles per municipality, in the order they were added.
    REQUIRE(index.caseRanges().size() == 300);
    CHECK(index.caseRanges()[17].caseId == 17);
    CHECK(index.caseRanges()[17].first == 170);
    CHECK(index.caseRanges()[17].last == 180);
    CHECK(index.search(QString(), 170, 180, 3) == QVector<qsizetype>{170, 171, 172});
}
