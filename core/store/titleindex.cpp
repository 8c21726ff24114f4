#include "store/titleindex.h"

#include <algorithm>
#include <numeric>

namespace akkoord {

namespace {

constexpr QChar Separator(0);

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            return false;
        }
    }
    return true;
}

// Appends text folded: ASCII is lowered here, as that is nearly every title and Qt's general
// case mapping would cost a quarter of building the index.
void appendFolded(QString &out, QStringView text)
{
    if (!isAscii(text)) {
        out.append(TitleIndex::fold(text));
        return;
    }
    const qsizetype start = out.size();
    out.resize(start + text.size());
    QChar *to = out.data() + start;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        *to++ = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : (u == 0 ? u' ' : u));
    }
}

} // namespace

QString TitleIndex::fold(QStringView text)
{
    QString out;
    if (isAscii(text)) {
        appendFolded(out, text);
    } else {
        // Decompose, drop the accents, then fold case: "Súdwest-Fryslân" -> "sudwest-fryslan".
        const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
        out.reserve(decomposed.size());
        for (const QChar c : decomposed) {
            if (c.category() != QChar::Mark_NonSpacing) {
                out.append(c);
            }
        }
        out = out.toCaseFolded();
        out.replace(Separator, QLatin1Char(' '));
    }
    return out;
}

void TitleIndex::add(qint64 id, qint64 caseId, QStringView title, bool baseline)
{
    m_entries.append({id, caseId, baseline});
    extendRanges(caseId);
    m_keyStart.append(m_keys.size());
    appendFolded(m_keys, title);
    m_keys.append(Separator);
    m_titles.append(title);
    m_titleStart.append(m_titles.size());
}

void TitleIndex::add(qint64 id, qint64 caseId, QByteArrayView utf8Title, bool baseline)
{
    for (const char c : utf8Title) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            add(id, caseId, QString::fromUtf8(utf8Title), baseline);
            return;
        }
    }
    // ASCII, nearly every title: no conversion, no temporary string.
    m_entries.append({id, caseId, baseline});
    extendRanges(caseId);
    m_keyStart.append(m_keys.size());
    qsizetype start = m_keys.size();
    m_keys.resize(start + utf8Title.size() + 1);
    QChar *key = m_keys.data() + start;
    for (const char c : utf8Title) {
        *key++ = QLatin1Char(c >= 'A' && c <= 'Z' ? char(c + 32) : (c == 0 ? ' ' : c));
    }
    *key = Separator;
    m_titles.append(QLatin1StringView(utf8Title.data(), utf8Title.size()));
    m_titleStart.append(m_titles.size());
}

void TitleIndex::squeeze()
{
    m_entries.squeeze();
    m_ranges.squeeze();
    m_keyStart.squeeze();
    m_titleStart.squeeze();
    m_keys.squeeze();
    m_titles.squeeze();
}

QString TitleIndex::title(qsizetype i) const
{
    return m_titles.mid(m_titleStart[i], m_titleStart[i + 1] - m_titleStart[i]);
}

QVector<qsizetype> TitleIndex::search(const QString &text, qsizetype first, qsizetype last,
                                      qsizetype limit) const
{
    QVector<qsizetype> found;
    if (last < 0 || last > m_entries.size()) {
        last = m_entries.size();
    }
    if (first >= last || limit == 0) {
        return found;
    }
    const QString needle = fold(text);
    if (needle.isEmpty()) {
        const qsizetype n = limit < 0 ? last - first : qMin(limit, last - first);
        found.resize(n);
        std::iota(found.begin(), found.end(), first);
        return found;
    }
    // One pass over the part of the buffer holding those titles; the needle holds no separator,
    // so a hit never spans two titles. After a hit the search goes on at the next title.
    // Candidates are found by the needle's first character (a vectorised scan) and then
    // compared: restarting a general substring search after every hit cost more than the scan
    // when nearly every title matched.
    const qsizetype endOfRange = last < m_keyStart.size() ? m_keyStart[last] : m_keys.size();
    const QStringView keys = QStringView(m_keys).first(endOfRange);
    const QChar firstChar = needle.front();
    const qsizetype length = needle.size();
    qsizetype from = m_keyStart[first];
    qsizetype entry = first;
    while (limit < 0 || found.size() < limit) {
        const qsizetype at = keys.indexOf(firstChar, from);
        if (at < 0) {
            break;
        }
        if (keys.mid(at, length) != needle) {
            from = at + 1;
            continue;
        }
        // The title holding the hit: hits come in order, so gallop forward from the last one.
        qsizetype low = entry;
        qsizetype step = 1;
        while (low + step < last && m_keyStart[low + step] <= at) {
            low += step;
            step *= 2;
        }
        const auto high = m_keyStart.begin() + qMin(low + step, last);
        entry = std::upper_bound(m_keyStart.begin() + low, high, at) - m_keyStart.begin() - 1;
        found.append(entry);
        if (entry + 1 >= last) {
            break;
        }
        from = m_keyStart[entry + 1];
    }
    return found;
}

void TitleIndex::extendRanges(qint64 caseId)
{
    const qsizetype i = m_entries.size() - 1;
    if (m_ranges.isEmpty() || m_ranges.last().caseId != caseId) {
        m_ranges.append({caseId, i, i});
    }
    m_ranges.last().last = i + 1;
}

} // namespace akkoord
