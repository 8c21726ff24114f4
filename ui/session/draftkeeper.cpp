#include "session/draftkeeper.h"

#include "common/outputfile.h"
#include "editor/scenariodocument.h"
#include "session/draft.h"
#include "support/prompt.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>
#include <QWidget>

namespace akkoord::ui {

DraftKeeper::DraftKeeper(ScenarioDocument *document, const KnowledgeBase &kb, QWidget *dialogParent)
    : QObject(dialogParent), m_document(document), m_kb(kb), m_parent(dialogParent),
      m_timer(new QTimer(this))
{
    // A draft every few seconds: a crash loses seconds of work, not an afternoon.
    m_timer->setInterval(3000);
    connect(m_timer, &QTimer::timeout, this, &DraftKeeper::write);
    m_timer->start();
    // Changes undone up to what was saved: the draft of them would bring them back after a
    // crash, as if they were the user's latest work (found by a walkthrough). The draft is the
    // open scenario's (write() keeps one, of the scenario being edited).
    connect(m_document, &ScenarioDocument::editedBackToSaved, this, &DraftKeeper::discard);
}

QString DraftKeeper::path() const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                           QStringLiteral("/akkoord/drafts");
    // One draft per database, named after it (a digest: stable across runs, machines and Qt
    // versions): a file by its absolute path, a regional database by its address (without the
    // password), whatever folder the program was started from.
    const QString name = !m_store              ? QString()
                         : m_store->isShared() ? m_store->path()
                                               : QFileInfo(m_store->path()).absoluteFilePath();
    const QString key =
        m_store
            ? QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1)
                                      .toHex()
                                      .left(16))
            : QStringLiteral("none");
    return folder + QStringLiteral("/draft-") + key + QStringLiteral(".json");
}

void DraftKeeper::write()
{
    if (!m_store || !m_document->isOpen() || m_document->isReadOnly() ||
        !m_document->isModified()) {
        return;
    }
    OutputFile::makeFolder(QFileInfo(path()).absolutePath());
    Draft draft;
    draft.database = m_store->identity();
    draft.scenarioId = m_document->scenarioId();
    draft.caseId = m_document->caseId();
    draft.municipality = m_document->municipality();
    draft.baseRevision = m_document->revision();
    draft.baseTitle = m_document->savedContent().title;
    draft.content = m_document->content();
    draft.written = QDateTime::currentDateTimeUtc();
    OutputFile::write(path(), QJsonDocument(draft.toJson(m_kb)).toJson()); // next time again
}

void DraftKeeper::discard()
{
    QFile::remove(path());
}

void DraftKeeper::offer(const std::function<bool(qint64)> &open,
                        const std::function<void(qint64)> &recoveredAsNew)
{
    QFile file(path());
    if (!m_store || !file.open(QIODevice::ReadOnly)) {
        return;
    }
    // The draft is our own file in the user's private data folder, and unsaved notes may be
    // longer than a scenario file allows: it is read whole.
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    file.close();
    if (!document.isObject()) {
        return; // unreadable just now (or half written by a crash): kept for the next start
    }
    const QJsonObject o = document.object();
    const Draft draft = Draft::fromJson(o, m_kb);
    const auto stored = m_store->scenario(draft.scenarioId);
    if (!stored.ok() && stored.error().kind != ErrorKind::NotFound) {
        return; // the database could not be read just now: keep the draft for the next start
    }
    // Only onto the scenario it was made from; anything else gets it as a new scenario.
    if (!draft.belongsTo(*m_store)) {
        recoverAsNew(o, recoveredAsNew);
        return;
    }
    const int choice = Prompt::ask(
        m_parent, {PromptRequest::Question,
                   tr("Unsaved work found"),
                   tr("Changes to “%1” were not saved and were kept as a draft (%2): Akkoord "
                      "closed unexpectedly, or the database could not be reached.")
                       .arg(draft.content.title,
                            QLocale().toString(draft.written.toLocalTime(), QLocale::ShortFormat)),
                   tr("Bring those changes back? You can still review them before saving."),
                   {tr("Bring back"), tr("Discard")}});
    if (choice != 0) {
        discard();
        return;
    }
    if (!open(draft.scenarioId)) {
        return;
    }
    ScenarioContent content = m_document->content();
    content.title = draft.content.title.isEmpty() ? content.title : draft.content.title;
    content.answers = draft.content.answers;
    content.notes = draft.content.notes;
    // Only answers the knowledge base knows come back.
    if (m_kb.validate(content.answers).isError()) {
        content.answers = m_document->content().answers;
    }
    // Saving goes through the normal conflict check against the revision the draft began from.
    m_document->markSaved(draft.scenarioId, draft.baseRevision, m_document->savedContent());
    m_document->setContent(content);
}

void DraftKeeper::recoverAsNew(const QJsonObject &o,
                               const std::function<void(qint64)> &recoveredAsNew)
{
    // The scenario went (deleted and the trash emptied, perhaps by another program) while it had
    // unsaved changes here: they are offered as a new scenario rather than thrown away.
    const Draft draft = Draft::fromJson(o, m_kb);
    const int choice =
        Prompt::ask(m_parent, {PromptRequest::Question,
                               tr("Unsaved work found"),
                               tr("Akkoord closed unexpectedly while “%1” had unsaved changes, "
                                  "and that scenario has since been removed from the database.")
                                   .arg(draft.content.title),
                               tr("Keep those changes as a new scenario?"),
                               {tr("Keep as new scenario"), tr("Discard")}});
    if (choice != 0) {
        discard();
        return;
    }
    ScenarioContent content = draft.content;
    if (content.title.isEmpty()) {
        content.title = tr("Recovered scenario");
    }
    if (m_kb.validate(content.answers).isError()) {
        content.answers = Answers(); // only answers the knowledge base knows come back
    }
    content.knowledgeVersion = m_kb.version();
    // Its municipality, or one of the same name when that went too (or the id is another's).
    auto owner = m_store->caseById(draft.caseId);
    if (!owner.ok() || owner.value().deleted.isValid() ||
        owner.value().name.compare(draft.municipality, Qt::CaseInsensitive) != 0) {
        const QString name = draft.municipality.isEmpty() ? tr("Recovered") : draft.municipality;
        owner = m_store->findCase(name);
        if (!owner.ok()) {
            owner = m_store->createCase(name);
        }
    }
    const auto created = owner.ok() ? m_store->createScenario(owner.value().id, content)
                                    : Result<ScenarioRecord>(owner.error());
    if (!created.ok()) {
        Prompt::showError(m_parent,
                          tr("The changes were not saved; they stay kept for the next start"),
                          created.error());
        return;
    }
    discard();
    recoveredAsNew(created.value().id);
}

} // namespace akkoord::ui
