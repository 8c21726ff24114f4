#include "common/usertext.h"

namespace akkoord {

namespace {

bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString withoutBidiControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!isBidiControl(c.unicode())) {
            out += c;
        }
    }
    return out;
}

QString isolated(const QString &text)
{
    return QChar(0x2068) + withoutBidiControls(text) + QChar(0x2069);
}

} // namespace akkoord
