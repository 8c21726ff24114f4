// libFuzzer target: a policy team may load its own knowledge base, so any bytes must load into
// something the advisor can use safely, or give a precise error.
#include "knowledge/advisor.h"
#include "knowledge/knowledgebase.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto loaded = akkoord::KnowledgeBase::loadJson(bytes, QStringLiteral("fuzz"));
    if (!loaded.ok()) {
        if (loaded.error().message.isEmpty()) {
            std::abort();
        }
        return 0;
    }
    // A knowledge base that loads must be safe to advise with, on its own reference cases too.
    const akkoord::Advisor advisor(loaded.value());
    akkoord::Answers answers;
    for (const akkoord::Question &q : loaded.value()->questions()) {
        if (q.multiple) {
            answers.setMultiple(q.id, {q.options.first().id});
        } else {
            answers.set(q.id, q.options.last().id);
        }
    }
    const auto &points = loaded.value()->startingPoints();
    advisor.advise(answers, points.last().id);
    advisor.advise(akkoord::Answers(), points.first().id);
    for (const akkoord::ReferenceCase &c : loaded.value()->referenceCases()) {
        advisor.advise(c.answers);
    }
    return 0;
}
