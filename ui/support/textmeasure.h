#pragma once

#include <QString>

class QFontMetrics;

namespace akkoord::ui {

// The width of the widest word of a text, as the metrics draw it: how narrow a column holding
// it can be without cutting a word (its cell's margins not included).
int widestWord(const QFontMetrics &metrics, const QString &text);

} // namespace akkoord::ui
