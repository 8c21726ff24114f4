#include "support/textmeasure.h"

#include <QFontMetrics>
#include <QStringList>

#include <algorithm>

namespace akkoord::ui {

int widestWord(const QFontMetrics &metrics, const QString &text)
{
    int widest = 0;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        widest = std::max(widest, metrics.horizontalAdvance(word));
    }
    return widest;
}

} // namespace akkoord::ui
