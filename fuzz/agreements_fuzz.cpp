// libFuzzer target: agreements files come from colleagues and other systems, so any bytes must
// give agreements or a clean error, never a crash, a hang or a leak. What is accepted must be
// accepted again after writing it out, and read back by the store's own decoder unchanged.
#include "agreements/agreementfile.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = akkoord::AgreementFile::parse(bytes, QStringLiteral("fuzz"));
    if (!result.ok()) {
        if (result.error().message.isEmpty()) {
            std::abort(); // every refusal says why
        }
        return 0;
    }
    for (const akkoord::Agreement &a : result.value().agreements) {
        if (akkoord::AgreementFile::check(a, QStringLiteral("fuzz")).isError()) {
            std::abort(); // what was accepted must pass the same checks when saved
        }
        const QJsonObject json = akkoord::AgreementFile::toJson(a);
        const auto stored =
            akkoord::AgreementFile::fromStored(QJsonDocument(json).toJson(QJsonDocument::Compact));
        if (!stored || akkoord::AgreementFile::toJson(*stored) != json) {
            std::abort(); // the store reads back what it wrote, field for field
        }
    }
    return 0;
}
