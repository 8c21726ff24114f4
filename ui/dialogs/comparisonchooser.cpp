#include "dialogs/comparisonchooser.h"

#include "browser/titlesearch.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScopedValueRollback>
#include <QVBoxLayout>

namespace akkoord::ui {

ComparisonChooser::ComparisonChooser(const ScenarioStore &store, TitleSearch &titles,
                                     qint64 openCase, qint64 openScenario, QWidget *parent)
    : QDialog(parent), m_titles(titles), m_openScenario(openScenario), m_search(new QLineEdit),
      m_list(new QListWidget), m_count(new QLabel), m_reference(new QComboBox)
{
    setWindowTitle(tr("Compare scenarios"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Tick two or more scenarios and choose the one the others are compared with."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_search->setPlaceholderText(tr("Search by title or municipality"));
    m_search->setAccessibleName(tr("Search scenarios"));
    m_search->setClearButtonEnabled(true);
    // A visible label, so that the field says what it is once something is typed in it.
    auto *searchRow = new QFormLayout;
    searchRow->addRow(tr("&Search:"), m_search);
    layout->addLayout(searchRow);
    m_list->setAccessibleName(tr("Scenarios"));
    layout->addWidget(m_list);
    m_count->setWordWrap(true);
    layout->addWidget(m_count);
    auto *form = new QFormLayout;
    form->addRow(tr("&Compare with:"), m_reference);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Municipality names only (a few hundred), not their scenarios.
    const auto cases = store.cases(QString(), true, ScenarioStore::Counting::None);
    for (const CaseRecord &c : cases.ok() ? cases.value() : QVector<CaseRecord>()) {
        m_caseNames.insert(c.id, c.name);
    }
    // The open municipality's scenarios, read once for the dialog (it is modal: the store does
    // not change while it is open): all ticked when there are a few, else the open one.
    const auto own = store.scenarioSummaries(openCase);
    m_own = own.ok() ? own.value() : QVector<ScenarioSummary>();
    for (const ScenarioSummary &s : std::as_const(m_own)) {
        if (m_own.size() <= TickAllLimit || s.id == openScenario) {
            setTicked(s.id, label(s.caseId, s.title), true);
        }
    }
    connect(m_search, &QLineEdit::textChanged, this, &ComparisonChooser::showMatches);
    connect(&m_titles, &TitleSearch::ready, this, &ComparisonChooser::showMatches);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!m_filling) {
            setTicked(item->data(Qt::UserRole).toLongLong(), item->text(),
                      item->checkState() == Qt::Checked);
        }
    });
    showMatches();
    updateReference();
    resize(520, 460);
}

QString ComparisonChooser::label(qint64 caseId, const QString &title) const
{
    return QStringLiteral("%1 — %2").arg(m_caseNames.value(caseId), title);
}

void ComparisonChooser::showMatches()
{
    const QScopedValueRollback<bool> filling(m_filling, true);
    m_list->clear();
    const QString text = m_search->text().trimmed();
    const auto add = [&](qint64 id, const QString &label) {
        auto *item = new QListWidgetItem(label);
        item->setData(Qt::UserRole, id);
        item->setCheckState(m_ticked.contains(id) ? Qt::Checked : Qt::Unchecked);
        m_list->addItem(item);
    };
    if (text.isEmpty()) {
        for (qsizetype i = 0; i < m_own.size() && i < MaxShown; ++i) {
            add(m_own[i].id, label(m_own[i].caseId, m_own[i].title));
        }
        m_count->setText(m_own.size() > MaxShown
                             ? tr("The first %1 of this municipality's %2 scenarios; search to "
                                  "find others.")
                                   .arg(MaxShown)
                                   .arg(m_own.size())
                             : tr("This municipality's scenarios; search to find others."));
        return;
    }
    const std::shared_ptr<const TitleIndex> titles = m_titles.titles();
    if (!titles) {
        m_count->setText(m_titles.isReading()
                             ? tr("Reading the scenario titles; the list follows in a moment.")
                             : tr("The scenario titles could not be read."));
        return;
    }
    // A title or the municipality's name may hold the text.
    const QString needle = TitleIndex::fold(text);
    QSet<qint64> namedCases;
    for (auto it = m_caseNames.cbegin(); it != m_caseNames.cend(); ++it) {
        if (TitleIndex::fold(it.value()).contains(needle)) {
            namedCases.insert(it.key());
        }
    }
    // In the index's order, municipality by municipality: all of a municipality found by name,
    // else its titles holding the text; the search stops one past what is shown.
    qsizetype found = 0;
    for (const TitleIndex::Range &r : titles->caseRanges()) {
        const qsizetype room = MaxShown + 1 - found;
        if (room <= 0) {
            break;
        }
        const QVector<qsizetype> hits = namedCases.contains(r.caseId)
                                            ? titles->search(QString(), r.first, r.last, room)
                                            : titles->search(needle, r.first, r.last, room);
        for (const qsizetype i : hits) {
            if (++found <= MaxShown) {
                const TitleIndex::Entry &e = titles->entry(i);
                add(e.id, label(e.caseId, titles->title(i)));
            }
        }
    }
    QString count = found == 0         ? tr("No scenario matches.")
                    : found > MaxShown ? tr("More than %1 found; the first %1 are shown. Type "
                                            "more to narrow the search.")
                                             .arg(MaxShown)
                                       : tr("%n found.", nullptr, int(found));
    // A practice example is not a scenario to compare: the source states little or nothing of
    // its situation (what we assumed counts for nothing), so its column would be nearly empty.
    for (const QString &example : std::as_const(m_examples)) {
        if (TitleIndex::fold(example).contains(needle)) {
            count += QLatin1Char(' ') +
                     tr("“%1” is a practice example. Examples are not compared: the source "
                        "states little or nothing about their situations. The matrix shows "
                        "those it places beside your scenario.")
                         .arg(example);
            break;
        }
    }
    m_count->setText(count);
}

void ComparisonChooser::setPracticeExamples(const QStringList &names)
{
    m_examples = names;
    showMatches();
}

void ComparisonChooser::setTicked(qint64 id, const QString &label, bool ticked)
{
    if (ticked && !m_ticked.contains(id)) {
        m_ticked.append(id);
        m_tickedLabels.insert(id, label);
    } else if (!ticked) {
        m_ticked.removeAll(id);
        m_tickedLabels.remove(id);
    }
    updateReference();
}

void ComparisonChooser::updateReference()
{
    // The reference is one of the ticked scenarios; the open one unless the user chose another.
    const qint64 current =
        m_reference->count() > 0 ? m_reference->currentData().toLongLong() : m_openScenario;
    const QSignalBlocker blocker(m_reference);
    m_reference->clear();
    for (const qint64 id : std::as_const(m_ticked)) {
        m_reference->addItem(m_tickedLabels.value(id), id);
    }
    int at = m_reference->findData(current);
    if (at < 0) {
        at = m_reference->findData(m_openScenario);
    }
    m_reference->setCurrentIndex(qMax(0, at));
}

QVector<qint64> ComparisonChooser::chosen() const
{
    if (m_ticked.isEmpty()) {
        return {};
    }
    const qint64 reference = m_reference->currentData().toLongLong();
    QVector<qint64> ids{reference};
    for (const qint64 id : m_ticked) {
        if (id != reference) {
            ids << id;
        }
    }
    return ids;
}

} // namespace akkoord::ui
