#include "editor/questionnairewidget.h"

#include "advice/advicetext.h"

#include "editor/commands.h"
#include "editor/liveadvice.h"
#include "editor/scenariodocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace akkoord::ui {

QuestionnaireWidget::QuestionnaireWidget(const KnowledgeBase &kb, Language language,
                                         QWidget *parent)
    : QWidget(parent), m_kb(kb), m_language(language)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Local situation")));
    m_counter = new QLabel;
    fitCounter();
    // No name of its own: the text ("14 of 14 answered") is what a screen reader should say.
    auto *help = new QToolButton;
    help->setText(tr("Explanations"));
    help->setCheckable(true);
    help->setToolTip(tr("Show the explanation under every question"));
    help->setAccessibleName(tr("Show explanations"));
    connect(help, &QToolButton::toggled, this, &QuestionnaireWidget::setHelpVisible);
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_counter);
    header->addWidget(help);
    outer->addLayout(header);
    // Above the questions while a practice example is open: what is filled in, and why so little.
    m_exampleNote = new QLabel;
    m_exampleNote->setWordWrap(true);
    m_exampleNote->setTextFormat(Qt::PlainText);
    m_exampleNote->setFrameShape(QFrame::StyledPanel);
    m_exampleNote->setMargin(6);
    m_exampleNote->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_exampleNote->setFocusPolicy(Qt::StrongFocus);
    m_exampleNote->hide();
    outer->addWidget(m_exampleNote);

    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setAccessibleName(tr("Questions about the local situation"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    for (const Group &g : kb.groups()) {
        auto *box = new QGroupBox(g.label.in(language));
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setSpacing(10);
        for (const Question &q : kb.questions()) {
            if (q.group == g.id) {
                boxLayout->addWidget(buildQuestion(q));
            }
        }
        layout->addWidget(box);
    }
    auto *notesBox = new QGroupBox(tr("Notes"));
    auto *notesLayout = new QVBoxLayout(notesBox);
    m_notes = new QPlainTextEdit;
    m_notes->setPlaceholderText(tr("Agreements, sources, names of contacts, what to check…"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    // Undo goes through the window's one undo stack, not the editor's own.
    m_notes->setUndoRedoEnabled(false);
    m_notes->installEventFilter(this);
    m_notes->setMinimumHeight(90);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating) {
            Q_EMIT notesRequested(m_notes->toPlainText());
        }
    });
    notesLayout->addWidget(m_notes);
    layout->addWidget(notesBox);
    layout->addStretch();
    m_scroll->setWidget(content);
    outer->addWidget(m_scroll);
    help->setChecked(false);
    setHelpVisible(false);
    updateCounter();
}

QWidget *QuestionnaireWidget::buildQuestion(const Question &q)
{
    auto *row = new QWidget;
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    auto *label = new QLabel(q.label.in(m_language));
    label->setWordWrap(true);
    label->setToolTip(q.help.in(m_language));
    layout->addWidget(label);
    const QString unknown = AdviceText(m_kb, m_language).unknownAnswer();

    if (q.multiple) {
        layout->addWidget(buildChecks(q, unknown));
    } else {
        layout->addLayout(buildCombo(q, unknown, label));
    }
    auto *help = new QLabel(q.help.in(m_language));
    help->setWordWrap(true);
    help->setContentsMargins(12, 0, 0, 0);
    QPalette p = help->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    help->setPalette(p);
    QFont f = help->font();
    f.setPointSizeF(f.pointSizeF() * 0.92);
    help->setFont(f);
    layout->addWidget(help);
    m_helps.insert(q.id, help);
    auto *remark = new QLabel;
    remark->setWordWrap(true);
    remark->setContentsMargins(12, 0, 0, 0);
    remark->setTextFormat(Qt::PlainText);
    remark->setVisible(false);
    layout->addWidget(remark);
    m_remarks.insert(q.id, remark);
    m_rows.insert(q.id, row);
    return row;
}

// A multiple-choice question: "Don't know" and a box per option.
QWidget *QuestionnaireWidget::buildChecks(const Question &q, const QString &unknown)
{
    auto *grid = new QWidget;
    auto *gridLayout = new QVBoxLayout(grid);
    gridLayout->setContentsMargins(12, 0, 0, 0);
    gridLayout->setSpacing(1);
    auto *unknownBox = new QCheckBox(unknown);
    unknownBox->setAccessibleName(QStringLiteral("%1: %2").arg(q.label.in(m_language), unknown));
    gridLayout->addWidget(unknownBox);
    m_unknownChecks.insert(q.id, unknownBox);
    // That nothing applies is an answer of its own, said with a box of its own: before, it was
    // "Don't know" unticked with nothing ticked, which only the help text explained.
    const QString none = tr("None of these yet");
    auto *noneBox = new QCheckBox(none);
    noneBox->setAccessibleName(QStringLiteral("%1: %2").arg(q.label.in(m_language), none));
    gridLayout->addWidget(noneBox);
    m_noneChecks.insert(q.id, noneBox);
    QList<QCheckBox *> boxes;
    for (const Option &o : q.options) {
        auto *box = new QCheckBox(o.label.in(m_language));
        box->setAccessibleName(
            QStringLiteral("%1: %2").arg(q.label.in(m_language), o.label.in(m_language)));
        box->setProperty("option", o.id);
        box->setToolTip(q.help.in(m_language));
        gridLayout->addWidget(box);
        boxes << box;
    }
    m_checks.insert(q.id, boxes);
    const QString id = q.id;
    auto ticked = [this, id] {
        QStringList values;
        for (QCheckBox *b : m_checks.value(id)) {
            if (b->isChecked()) {
                values << b->property("option").toString();
            }
        }
        return values;
    };
    // "Don't know" ticked: not known. Unticked with no option ticked: no answer yet, so nothing
    // is recorded until an option (or "None of these yet") is ticked; recording the empty list
    // would say "none of these", which the user did not say.
    connect(unknownBox, &QCheckBox::toggled, this, [this, id, ticked](bool checked) {
        if (m_updating) {
            return;
        }
        const QStringList values = ticked();
        if (checked) {
            Q_EMIT answerRequested(id, Answer::unknown());
        } else if (!values.isEmpty()) {
            Q_EMIT answerRequested(id, Answer::of(values));
        }
    });
    // An option ticked is an answer, whether or not "Don't know" was still ticked; the last one
    // unticked goes back to not known ("None of these yet" has its own box).
    auto emitChange = [this, id, ticked] {
        if (m_updating) {
            return;
        }
        const QStringList values = ticked();
        Q_EMIT answerRequested(id, values.isEmpty() ? Answer::unknown() : Answer::of(values));
    };
    connect(noneBox, &QCheckBox::toggled, this, [this, id](bool checked) {
        if (!m_updating) {
            Q_EMIT answerRequested(id, checked ? Answer::of({}) : Answer::unknown());
        }
    });
    for (QCheckBox *b : boxes) {
        connect(b, &QCheckBox::toggled, this, emitChange);
    }
    return grid;
}

// A single-choice question: a combo box with "Don't know" first.
QLayout *QuestionnaireWidget::buildCombo(const Question &q, const QString &unknown, QLabel *label)
{
    auto *combo = new QComboBox;
    combo->addItem(unknown, QString());
    for (const Option &o : q.options) {
        combo->addItem(o.label.in(m_language), o.id);
    }
    combo->setAccessibleName(q.label.in(m_language));
    combo->setToolTip(q.help.in(m_language));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // The wheel scrolls the questionnaire; it changes an answer only in the focused control.
    combo->setFocusPolicy(Qt::StrongFocus);
    combo->installEventFilter(this);
    label->setBuddy(combo);
    m_combos.insert(q.id, combo);
    const QString id = q.id;
    connect(combo, &QComboBox::currentIndexChanged, this, [this, id, combo](int) {
        if (m_updating) {
            return;
        }
        const QString option = combo->currentData().toString();
        Q_EMIT answerRequested(id, option.isEmpty() ? Answer::unknown() : Answer::of({option}));
    });
    auto *line = new QHBoxLayout;
    line->setContentsMargins(12, 0, 0, 0);
    line->addWidget(combo);
    line->addStretch();
    return line;
}

void QuestionnaireWidget::setRemarks(const QHash<QString, QString> &remarks)
{
    for (auto it = m_remarks.begin(); it != m_remarks.end(); ++it) {
        const QString text = remarks.value(it.key());
        if (it.value()->text() != text) {
            it.value()->setText(text);
        }
        it.value()->setVisible(!text.isEmpty());
    }
}

QString QuestionnaireWidget::remarkFor(const QString &question) const
{
    const QLabel *label = m_remarks.value(question);
    return label && label->isVisible() ? label->text() : QString();
}

bool QuestionnaireWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *combo = qobject_cast<QComboBox *>(watched);
        if (combo && !combo->hasFocus()) {
            // Hand the wheel to the scroll area instead, so the page moves and the answer stays.
            QCoreApplication::sendEvent(m_scroll->viewport(), event);
            return true;
        }
    }
    // Let Ctrl+Z and Ctrl+Shift+Z reach the window's undo actions while typing notes.
    if (watched == m_notes && event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QuestionnaireWidget::attach(const ScenarioDocument *document, const LiveAdvice *advice,
                                 Command::Edits *edits)
{
    connect(this, &QuestionnaireWidget::answerRequested, this,
            [edits](const QString &question, const Answer &answer) {
                edits->setAnswer(question, answer);
            });
    connect(this, &QuestionnaireWidget::notesRequested, this,
            [edits](const QString &notes) { edits->setNotes(notes); });
    const auto show = [this, document, advice] {
        if (!document->isOpen()) {
            return;
        }
        setReadOnly(document->isReadOnly());
        setAnswers(document->content().answers, document->content().notes,
                   advice->advice().notApplicable);
        setRemarks(advice->remarks());
        showExampleNote(advice->shownExample());
    };
    connect(advice, &LiveAdvice::changed, this, show);
    show();
}

void QuestionnaireWidget::setAnswers(const Answers &answers, const QString &notes,
                                     const QStringList &notApplicable)
{
    m_updating = true;
    m_answers = answers;
    m_notApplicable = notApplicable;
    for (const Question &q : m_kb.questions()) {
        m_rows.value(q.id)->setVisible(!notApplicable.contains(q.id));
        if (q.multiple) {
            const bool known = answers.isKnown(q.id);
            m_unknownChecks.value(q.id)->setChecked(!known);
            m_noneChecks.value(q.id)->setChecked(known && answers.values(q.id).isEmpty());
            for (QCheckBox *b : m_checks.value(q.id)) {
                b->setChecked(known &&
                              answers.values(q.id).contains(b->property("option").toString()));
            }
        } else {
            QComboBox *combo = m_combos.value(q.id);
            const int index = combo->findData(answers.value(q.id));
            combo->setCurrentIndex(index < 0 ? 0 : index);
        }
    }
    if (m_notes->toPlainText() != notes) {
        m_notes->setPlainText(notes);
    }
    updateOptionBoxes();
    m_updating = false;
    updateCounter();
}

void QuestionnaireWidget::showExampleNote(const ReferenceCase *example)
{
    if (!example) {
        m_exampleNote->hide();
        return;
    }
    const int stated = int(example->stated.questions().size());
    const QString name = example->name;
    QString note =
        stated == 0
            ? tr("Practice example %1, read only. The source tells what %1 did, but nothing "
                 "about its local situation: no question is filled in, and %1 has no place on "
                 "the matrix.")
                  .arg(name)
            : tr("Practice example %1, read only. Only what the source states about it is filled "
                 "in: %n question(s).",
                 nullptr, stated)
                  .arg(name);
    note += QLatin1Char(' ') + tr("What we assumed is in the notes, apart. Duplicate the example "
                                  "to work with its situation.");
    m_exampleNote->setText(note);
    m_exampleNote->show();
}

void QuestionnaireWidget::setReadOnly(bool readOnly)
{
    for (QComboBox *c : std::as_const(m_combos)) {
        c->setEnabled(!readOnly);
    }
    for (QCheckBox *c : std::as_const(m_unknownChecks)) {
        c->setEnabled(!readOnly);
    }
    for (QCheckBox *c : std::as_const(m_noneChecks)) {
        c->setEnabled(!readOnly);
    }
    m_notes->setReadOnly(readOnly);
    updateOptionBoxes();
}

void QuestionnaireWidget::updateOptionBoxes()
{
    // A multiple-choice option can be ticked whenever the scenario is editable: ticking one is
    // the answer, "Weet ik niet" or not (greyed out until "Weet ik niet" was unticked, and
    // unticking that records nothing, they could not be reached at all).
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it) {
        const bool enabled = !m_notes->isReadOnly();
        for (QCheckBox *b : it.value()) {
            b->setEnabled(enabled);
        }
    }
}

void QuestionnaireWidget::setHelpVisible(bool visible)
{
    m_helpVisible = visible;
    for (QLabel *l : std::as_const(m_helps)) {
        l->setVisible(visible);
    }
}

void QuestionnaireWidget::scrollToTop()
{
    m_scroll->verticalScrollBar()->setValue(0);
}

void QuestionnaireWidget::focusQuestion(const QString &question)
{
    QWidget *row = m_rows.value(question);
    if (!row) {
        return;
    }
    m_scroll->ensureWidgetVisible(row);
    if (QComboBox *c = m_combos.value(question)) {
        c->setFocus(Qt::OtherFocusReason);
    } else if (QCheckBox *c = m_unknownChecks.value(question)) {
        c->setFocus(Qt::OtherFocusReason);
    }
}

QString QuestionnaireWidget::counterText() const
{
    return m_counter->text();
}

// As wide for "3 of 15" as for "14 of 16": the panes beside it do not shift as it counts. Measured
// as the label itself would size that text, at its font.
void QuestionnaireWidget::fitCounter()
{
    QLabel widest(tr("%1 of %2 answered").arg(88).arg(88));
    widest.setFont(m_counter->font());
    m_counter->setMinimumWidth(widest.sizeHint().width());
}

void QuestionnaireWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        fitCounter();
    }
}

void QuestionnaireWidget::updateCounter()
{
    int asked = 0;
    int answered = 0;
    for (const Question &q : m_kb.questions()) {
        if (m_notApplicable.contains(q.id)) {
            continue;
        }
        ++asked;
        answered += m_answers.isKnown(q.id) ? 1 : 0;
    }
    m_counter->setText(tr("%1 of %2 answered").arg(answered).arg(asked));
}

} // namespace akkoord::ui
