#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <QVector>

namespace akkoord {

// Every live scenario's title, folded for matching into one buffer, so that a keystroke in a
// filter searches a hundred thousand titles in memory instead of asking the database again.
// Matching ignores case and accents: "sudwest" finds "Súdwest", "EEN" finds "één".
class TitleIndex
{
public:
    struct Entry
    {
        qint64 id = 0;
        qint64 caseId = 0;
        bool baseline = false;
    };

    // Titles in the order the entries are added; search returns them in that order.
    void add(qint64 id, qint64 caseId, QStringView title, bool baseline);
    void add(qint64 id, qint64 caseId, QByteArrayView utf8Title, bool baseline);
    // Frees what adding reserved beyond what the titles need.
    void squeeze();

    qsizetype size() const { return m_entries.size(); }
    const Entry &entry(qsizetype i) const { return m_entries[i]; }
    QString title(qsizetype i) const;
    // The entries whose title contains text after folding; all of them for an empty text. Only
    // entries from first up to (not including) last are searched (-1: to the end), and the
    // search stops after limit hits (-1: none), so that a list showing the first few hits, or
    // asking only whether there are any, does not pay for a million.
    QVector<qsizetype> search(const QString &text, qsizetype first = 0, qsizetype last = -1,
                              qsizetype limit = -1) const;
    // Where each municipality's entries are, when they were added municipality by municipality
    // (as the store lists them): case id -> [first, last).
    struct Range
    {
        qint64 caseId = 0;
        qsizetype first = 0;
        qsizetype last = 0;
    };
    const QVector<Range> &caseRanges() const { return m_ranges; }

    // Lower case, without accents, with the separator removed: what matching compares.
    static QString fold(QStringView text);

private:
    void extendRanges(qint64 caseId);

    QVector<Entry> m_entries;
    QVector<Range> m_ranges;
    QVector<qsizetype> m_keyStart; // where each folded title starts in m_keys
    QVector<qsizetype> m_titleStart{
        0};           // where each title starts in m_titles, and where the last ends
    QString m_keys;   // folded titles, each followed by a separator
    QString m_titles; // the titles as written, back to back
};

} // namespace akkoord
