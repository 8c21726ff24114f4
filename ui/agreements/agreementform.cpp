#include "agreements/agreementform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace akkoord::ui {

namespace {

enum CommitmentColumn
{
    GroupColumn,
    UnitColumn,
    TargetColumn,
    DueColumn,
    CommitsColumn
};

constexpr int IdRole = Qt::UserRole + 1;

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[;\\n]")))) {
        if (!part.trimmed().isEmpty()) {
            out << part.trimmed();
        }
    }
    return out;
}

// Edits a cell of the commitments and reviews tables with the right control: a choice among the
// documented identifiers (shown in words), a number, or a date.
class CellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QHash<int, std::function<QString(const QString &)>> choices; // column -> label of an id
    QHash<int, QStringList> ids;
    QSet<int> numbers;
    QSet<int> dates;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (ids.contains(index.column())) {
            auto *box = new QComboBox(parent);
            for (const QString &id : ids[index.column()]) {
                box->addItem(choices[index.column()](id), id);
            }
            return box;
        }
        if (numbers.contains(index.column())) {
            auto *spin = new QDoubleSpinBox(parent);
            spin->setRange(0, 1e12);
            spin->setDecimals(1);
            return spin;
        }
        if (dates.contains(index.column())) {
            auto *date = new QDateEdit(parent);
            date->setCalendarPopup(true);
            date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            return date;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *box = qobject_cast<QComboBox *>(editor)) {
            box->setCurrentIndex(std::max(0, box->findData(index.data(IdRole))));
        } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
            spin->setValue(index.data(IdRole).toDouble());
        } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
            const QDate d = QDate::fromString(index.data(IdRole).toString(), Qt::ISODate);
            date->setDate(d.isValid() ? d : QDate::currentDate());
        } else {
            QStyledItemDelegate::setEditorData(editor, index);
        }
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        if (auto *box = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, box->currentData(), IdRole);
            model->setData(index, box->currentText(), Qt::DisplayRole);
        } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
            model->setData(index, spin->value(), IdRole);
            model->setData(index, QLocale().toString(spin->value(), 'g', 12), Qt::DisplayRole);
        } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
            const QString iso = date->date().toString(Qt::ISODate);
            model->setData(index, iso, IdRole);
            model->setData(index, iso, Qt::DisplayRole);
        } else {
            QStyledItemDelegate::setModelData(editor, model, index);
        }
    }
};

QTableWidgetItem *cell(const QString &shown, const QVariant &id = QVariant())
{
    auto *item = new QTableWidgetItem(shown);
    item->setData(IdRole, id.isValid() ? id : QVariant(shown));
    return item;
}

QString idOf(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->data(IdRole).toString() : QString();
}

} // namespace

AgreementForm::AgreementForm(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setMaxLength(2000);
    form->addRow(tr("&Title:"), m_title);
    m_kind = new QComboBox(this);
    for (const QString &id : agreements::kinds()) {
        m_kind->addItem(AgreementText::kind(id), id);
    }
    form->addRow(tr("K&ind:"), m_kind);
    m_status = new QComboBox(this);
    for (const QString &id : agreements::statuses()) {
        m_status->addItem(AgreementText::status(id), id);
    }
    form->addRow(tr("Stat&us:"), m_status);
    m_visibility = new QComboBox(this);
    for (const QString &id : agreements::visibilities()) {
        m_visibility->addItem(AgreementText::visibility(id), id);
    }
    form->addRow(tr("&Visibility:"), m_visibility);
    m_start = new QDateEdit(this);
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Start:"), m_start);
    auto *endRow = new QHBoxLayout;
    m_end = new QDateEdit(this);
    m_end->setCalendarPopup(true);
    m_end->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_openEnd = new QCheckBox(tr("Open-ended"), this);
    endRow->addWidget(m_end, 1);
    endRow->addWidget(m_openEnd);
    auto *endLabel = new QLabel(tr("&End:"), this);
    endLabel->setBuddy(m_end);
    form->addRow(endLabel, endRow);
    m_organisations = new QLineEdit(this);
    m_organisations->setPlaceholderText(tr("names, separated by ;"));
    form->addRow(tr("Emplo&yer organisations:"), m_organisations);
    m_employerCount = new QSpinBox(this);
    m_employerCount->setRange(0, 10000000);
    form->addRow(tr("Number of e&mployers:"), m_employerCount);
    m_employers = new QLineEdit(this);
    m_employers->setPlaceholderText(tr("only where public; separated by ;"));
    form->addRow(tr("Named emp&loyers:"), m_employers);
    m_sectors = new QLineEdit(this);
    m_sectors->setPlaceholderText(tr("separated by ;"));
    form->addRow(tr("Se&ctors:"), m_sectors);
    m_targetGroups = new QListWidget(this);
    for (const QString &id : agreements::targetGroups()) {
        auto *item = new QListWidgetItem(AgreementText::targetGroup(id), m_targetGroups);
        item->setData(IdRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_targetGroups->setMaximumHeight(m_targetGroups->sizeHintForRow(0) * 6 + 6);
    form->addRow(tr("Target &groups:"), m_targetGroups);
    m_integral = new QCheckBox(tr("Integral (all sectors and target groups)"), this);
    form->addRow(QString(), m_integral);

    m_commitments = new QTableWidget(0, 5, this);
    m_commitments->setHorizontalHeaderLabels({tr("Target group"), tr("Unit"), tr("Target"),
                                              tr("Due"), tr("The municipality commits to")});
    m_commitments->horizontalHeader()->setSectionResizeMode(CommitsColumn, QHeaderView::Stretch);
    m_commitments->setAccessibleName(tr("Commitments"));
    m_commitments->setMinimumHeight(m_commitments->horizontalHeader()->sizeHint().height() +
                                    4 * m_commitments->verticalHeader()->defaultSectionSize() + 4);
    auto *delegate = new CellDelegate(m_commitments);
    delegate->ids = {{GroupColumn, agreements::targetGroups()}, {UnitColumn, agreements::units()}};
    delegate->choices = {{GroupColumn, &AgreementText::targetGroup},
                         {UnitColumn, &AgreementText::unit}};
    delegate->numbers = {TargetColumn};
    delegate->dates = {DueColumn};
    m_commitments->setItemDelegate(delegate);
    auto *commitmentButtons = new QHBoxLayout;
    auto *addC = new QPushButton(tr("Add commitment"), this);
    auto *removeC = new QPushButton(tr("Remove commitment"), this);
    commitmentButtons->addWidget(addC);
    commitmentButtons->addWidget(removeC);
    commitmentButtons->addStretch();

    m_reviews = new QTableWidget(0, 2, this);
    m_reviews->setHorizontalHeaderLabels({tr("Date"), tr("What was agreed then")});
    m_reviews->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_reviews->setAccessibleName(tr("Review moments"));
    m_reviews->setMinimumHeight(m_reviews->horizontalHeader()->sizeHint().height() +
                                3 * m_reviews->verticalHeader()->defaultSectionSize() + 4);
    auto *reviewDelegate = new CellDelegate(m_reviews);
    reviewDelegate->dates = {0};
    m_reviews->setItemDelegate(reviewDelegate);
    auto *reviewButtons = new QHBoxLayout;
    auto *addR = new QPushButton(tr("Add review moment"), this);
    auto *removeR = new QPushButton(tr("Remove review moment"), this);
    reviewButtons->addWidget(addR);
    reviewButtons->addWidget(removeR);
    reviewButtons->addStretch();

    m_notes = new QPlainTextEdit(this);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setMaximumHeight(90);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *commitmentsLabel =
        new QLabel(tr("Commitments (figures only, never about a person)"), this);
    commitmentsLabel->setBuddy(m_commitments);
    layout->addWidget(commitmentsLabel);
    layout->addWidget(m_commitments);
    layout->addLayout(commitmentButtons);
    auto *reviewsLabel = new QLabel(tr("Review moments"), this);
    reviewsLabel->setBuddy(m_reviews);
    layout->addWidget(reviewsLabel);
    layout->addWidget(m_reviews);
    layout->addLayout(reviewButtons);
    auto *notesLabel = new QLabel(tr("Notes"), this);
    notesLabel->setBuddy(m_notes);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes);

    for (QLineEdit *e : {m_title, m_organisations, m_employers, m_sectors}) {
        connect(e, &QLineEdit::editingFinished, this, &AgreementForm::changed);
    }
    for (QComboBox *b : {m_kind, m_status, m_visibility}) {
        connect(b, &QComboBox::currentIndexChanged, this, &AgreementForm::changed);
    }
    for (QDateEdit *d : {m_start, m_end}) {
        connect(d, &QDateEdit::editingFinished, this, &AgreementForm::changed);
    }
    connect(m_openEnd, &QCheckBox::toggled, this, [this](bool open) {
        m_end->setEnabled(!open);
        changed();
    });
    connect(m_integral, &QCheckBox::toggled, this, &AgreementForm::changed);
    connect(m_employerCount, &QSpinBox::editingFinished, this, &AgreementForm::changed);
    connect(m_targetGroups, &QListWidget::itemChanged, this, &AgreementForm::changed);
    connect(m_commitments, &QTableWidget::itemChanged, this, &AgreementForm::changed);
    connect(m_reviews, &QTableWidget::itemChanged, this, &AgreementForm::changed);
    // Every keystroke is announced; the window's undo joins a run of typing into one step.
    connect(m_notes, &QPlainTextEdit::textChanged, this, &AgreementForm::changed);
    connect(addC, &QPushButton::clicked, this, &AgreementForm::addCommitment);
    connect(removeC, &QPushButton::clicked, this, &AgreementForm::removeCommitment);
    connect(addR, &QPushButton::clicked, this, &AgreementForm::addReview);
    connect(removeR, &QPushButton::clicked, this, &AgreementForm::removeReview);
}

void AgreementForm::changed()
{
    if (!m_showing) {
        Q_EMIT edited();
    }
}

void AgreementForm::setCommitmentRow(int row, const Commitment &c)
{
    m_commitments->setItem(row, GroupColumn,
                           cell(AgreementText::targetGroup(c.targetGroup), c.targetGroup));
    m_commitments->setItem(row, UnitColumn, cell(AgreementText::unit(c.unit), c.unit));
    m_commitments->setItem(row, TargetColumn,
                           cell(QLocale().toString(c.target, 'g', 12), c.target));
    m_commitments->setItem(row, DueColumn, cell(c.due.toString(Qt::ISODate)));
    m_commitments->setItem(row, CommitsColumn, cell(c.municipalityCommits));
}

void AgreementForm::setAgreement(const Agreement &a)
{
    m_showing = true;
    m_shown = a;
    m_title->setText(a.title);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(a.kind)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(a.status)));
    m_visibility->setCurrentIndex(std::max(0, m_visibility->findData(a.visibility)));
    m_start->setDate(a.start.isValid() ? a.start : QDate::currentDate());
    m_openEnd->setChecked(!a.end.isValid());
    m_end->setEnabled(a.end.isValid());
    m_end->setDate(a.end.isValid() ? a.end : m_start->date().addYears(2));
    m_organisations->setText(a.employerOrganisations.join(QStringLiteral("; ")));
    m_employerCount->setValue(a.employerCount);
    m_employers->setText(a.employers.join(QStringLiteral("; ")));
    m_sectors->setText(a.sectors.join(QStringLiteral("; ")));
    for (int i = 0; i < m_targetGroups->count(); ++i) {
        QListWidgetItem *item = m_targetGroups->item(i);
        item->setCheckState(a.targetGroups.contains(item->data(IdRole).toString()) ? Qt::Checked
                                                                                   : Qt::Unchecked);
    }
    m_integral->setChecked(a.integral);
    m_commitments->setRowCount(int(a.commitments.size()));
    for (int i = 0; i < a.commitments.size(); ++i) {
        setCommitmentRow(i, a.commitments[i]);
    }
    m_reviews->setRowCount(int(a.reviews.size()));
    for (int i = 0; i < a.reviews.size(); ++i) {
        m_reviews->setItem(i, 0, cell(a.reviews[i].date.toString(Qt::ISODate)));
        m_reviews->setItem(i, 1, cell(a.reviews[i].agreed));
    }
    m_notes->setPlainText(a.notes);
    m_showing = false;
}

Agreement AgreementForm::agreement() const
{
    Agreement a = m_shown;
    a.title = m_title->text().trimmed();
    a.kind = m_kind->currentData().toString();
    a.status = m_status->currentData().toString();
    a.visibility = m_visibility->currentData().toString();
    a.start = m_start->date();
    a.end = m_openEnd->isChecked() ? QDate() : m_end->date();
    a.employerOrganisations = splitList(m_organisations->text());
    a.employerCount = m_employerCount->value();
    a.employers = splitList(m_employers->text());
    a.sectors = splitList(m_sectors->text());
    a.targetGroups.clear();
    for (int i = 0; i < m_targetGroups->count(); ++i) {
        if (m_targetGroups->item(i)->checkState() == Qt::Checked) {
            a.targetGroups << m_targetGroups->item(i)->data(IdRole).toString();
        }
    }
    a.integral = m_integral->isChecked();
    a.commitments.clear();
    for (int i = 0; i < m_commitments->rowCount(); ++i) {
        Commitment c;
        c.targetGroup = idOf(m_commitments, i, GroupColumn);
        c.unit = idOf(m_commitments, i, UnitColumn);
        c.target = m_commitments->item(i, TargetColumn)
                       ? m_commitments->item(i, TargetColumn)->data(IdRole).toDouble()
                       : 0;
        c.due = QDate::fromString(idOf(m_commitments, i, DueColumn), Qt::ISODate);
        c.municipalityCommits = m_commitments->item(i, CommitsColumn)
                                    ? m_commitments->item(i, CommitsColumn)->text().trimmed()
                                    : QString();
        a.commitments << c;
    }
    a.reviews.clear();
    for (int i = 0; i < m_reviews->rowCount(); ++i) {
        a.reviews << Review{QDate::fromString(idOf(m_reviews, i, 0), Qt::ISODate),
                            m_reviews->item(i, 1) ? m_reviews->item(i, 1)->text().trimmed()
                                                  : QString()};
    }
    a.notes = m_notes->toPlainText();
    return a;
}

void AgreementForm::addCommitment()
{
    m_showing = true;
    const int row = m_commitments->rowCount();
    m_commitments->insertRow(row);
    setCommitmentRow(row,
                     Commitment{agreements::targetGroups().first(), agreements::units().first(), 1,
                                m_openEnd->isChecked() ? QDate() : m_end->date(), QString()});
    m_showing = false;
    changed();
    m_commitments->setCurrentCell(row, GroupColumn);
    m_commitments->setFocus();
}

void AgreementForm::removeCommitment()
{
    const int row = m_commitments->currentRow();
    if (row < 0) {
        return;
    }
    // Realisations of a removed commitment go with it; those of later ones move up.
    QVector<Realisation> kept;
    for (Realisation r : std::as_const(m_shown.realisations)) {
        if (r.commitment == row) {
            continue;
        }
        if (r.commitment > row) {
            --r.commitment;
        }
        kept << r;
    }
    m_shown.realisations = kept;
    m_commitments->removeRow(row);
    changed();
}

void AgreementForm::addReview()
{
    m_showing = true;
    const int row = m_reviews->rowCount();
    m_reviews->insertRow(row);
    m_reviews->setItem(row, 0, cell(QDate::currentDate().addMonths(3).toString(Qt::ISODate)));
    m_reviews->setItem(row, 1, cell(QString()));
    m_showing = false;
    changed();
    m_reviews->setCurrentCell(row, 0);
    m_reviews->setFocus();
}

void AgreementForm::removeReview()
{
    const int row = m_reviews->currentRow();
    if (row >= 0) {
        m_reviews->removeRow(row);
        changed();
    }
}

} // namespace akkoord::ui
