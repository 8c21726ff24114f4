#pragma once

#include <QString>

namespace akkoord {

// Text a user typed (a municipality, a title, notes) shown beside the program's own text. The
// embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) are taken out, so a
// right-to-left override in a name cannot turn around the text after it; the text is stored as
// typed and changed only where it is shown.
QString withoutBidiControls(const QString &text);
// The same, isolated (FSI … PDI), so that right-to-left text keeps its own direction without
// reordering its neighbours: for reports, whose renderers know isolates.
QString isolated(const QString &text);

} // namespace akkoord
