#pragma once

#include "agreements/agreement.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace akkoord::ui {

// One agreement's own fields, its commitments and its review moments, edited in place. Every
// finished change the user makes is announced with edited(); the window turns it into an undo
// step and a draft. Showing an agreement (setAgreement) announces nothing.
class AgreementForm : public QWidget
{
    Q_OBJECT

public:
    explicit AgreementForm(QWidget *parent = nullptr);

    void setAgreement(const Agreement &agreement);
    // What the form shows now. Realisations are the realisations table's; they are passed
    // through unchanged here.
    Agreement agreement() const;
    // The realisations it passes through, as the realisations table has them now (renumbered
    // here when a commitment is removed).
    void setRealisations(const QVector<Realisation> &realisations)
    {
        m_shown.realisations = realisations;
    }

    QLineEdit *titleEdit() const { return m_title; }
    QTableWidget *commitments() const { return m_commitments; }
    QTableWidget *reviews() const { return m_reviews; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *statusBox() const { return m_status; }

Q_SIGNALS:
    void edited();

private:
    void changed();
    void addCommitment();
    void removeCommitment();
    void addReview();
    void removeReview();
    void setCommitmentRow(int row, const Commitment &c);

    bool m_showing = false;
    Agreement m_shown; // for what the form does not edit (realisations)
    QLineEdit *m_title;
    QComboBox *m_kind;
    QComboBox *m_status;
    QComboBox *m_visibility;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QCheckBox *m_openEnd;
    QLineEdit *m_organisations;
    QSpinBox *m_employerCount;
    QLineEdit *m_employers;
    QLineEdit *m_sectors;
    QListWidget *m_targetGroups;
    QCheckBox *m_integral;
    QTableWidget *m_commitments;
    QTableWidget *m_reviews;
    QPlainTextEdit *m_notes;
};

} // namespace akkoord::ui
