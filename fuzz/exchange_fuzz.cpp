// libFuzzer target: the importer reads files from colleagues, so any bytes must give a value or
// a clean error, never a crash, a hang or a leak.
#include "exchange/exchange.h"
#include "knowledge/knowledgebase.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cstdint>
#include <cstdlib>

namespace {
std::shared_ptr<const akkoord::KnowledgeBase> knowledge;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    auto loaded = akkoord::KnowledgeBase::loadDefault();
    if (!loaded.ok()) {
        std::abort();
    }
    knowledge = loaded.value();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The list form too: the file is read a piece at a time, so everything between the pieces
    // must be checked as well.
    const auto result = akkoord::Exchange::parseAll(bytes, *knowledge, QStringLiteral("fuzz"));
    if (result.ok()) {
        // What is read piece by piece must be valid JSON as a whole.
        QJsonParseError whole;
        QJsonDocument::fromJson(bytes, &whole);
        if (whole.error != QJsonParseError::NoError) {
            std::abort();
        }
        // What parses must be fully valid against the knowledge base.
        for (const akkoord::ImportedCase &c : result.value()) {
            for (const akkoord::ImportedScenario &s : c.scenarios) {
                for (const akkoord::Revision &r : s.revisions) {
                    if (knowledge->validate(r.content.answers).isError() ||
                        r.content.title.isEmpty()) {
                        std::abort();
                    }
                }
            }
        }
    } else if (result.error().message.isEmpty()) {
        std::abort(); // every refusal says why
    }
    return 0;
}
