#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace akkoord {

// A question an item refers to, so that a renderer can link it (the advice panel jumps to it).
struct OutlineQuestion
{
    QString id;
    QString label;
    QString answer; // the options that made the item apply, in words; may be empty
};

// One entry of a section: an optional bold lead, its text, where it comes from, and details.
struct OutlineItem
{
    QString lead;
    QString text;
    QString basis; // "source: …, paragraph N", "our own elaboration", or empty
    QString questionsLead;
    QVector<OutlineQuestion> questions;
    QStringList details;
    QString caseId; // a practice example the item is about
};

struct OutlineSection
{
    QString title;
    QString titleBasis; // for a section that is one piece of knowledge as a whole
    QString intro;
    QString empty; // shown when there are no items
    QVector<OutlineItem> items;
    bool numbered = false;
    QVector<OutlineItem> after = {}; // paragraphs after the list: a lead ending in ":" and its text
    // What the section is, whatever the language: "why", "change", "first_steps", "ranking", …
    // (the advice panel remembers by it which sections the reader folded).
    QString key = {};
};

// The advice as one outline in the reader's language, which the text and HTML renderers draw:
// the verdict first, then why and what would change it, then the other sections in reading order.
// Every sentence is translated once.
struct AdviceOutline
{
    QString headline;
    QString title; // the recommended starting point's name, else the headline
    QString description;
    QString descriptionBasis;
    QString strength;
    QString explanation;
    QVector<OutlineItem> decide; // deciding questions or the source's ways in
    QString openQuestions;
    QVector<OutlineSection> sections;
    QString footer;
};

} // namespace akkoord
