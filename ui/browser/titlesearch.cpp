#include "browser/titlesearch.h"

#include <QThread>

namespace akkoord::ui {

TitleSearch::TitleSearch(QObject *parent) : QObject(parent) {}

TitleSearch::~TitleSearch()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void TitleSearch::setStore(const ScenarioStore *store)
{
    m_store = store;
    invalidate();
}

void TitleSearch::invalidate()
{
    ++m_generation;
    m_titles.reset();
}

std::shared_ptr<const TitleIndex> TitleSearch::titles()
{
    if (m_titles || !m_store || m_thread) {
        return m_titles;
    }
    const Result<bool> large = m_store->hasMoreScenariosThan(m_readAtOnce);
    if (large.ok() && large.value()) {
        startReading();
        return nullptr;
    }
    const Error e = readNow();
    if (e.isError()) {
        Q_EMIT failed(e);
    }
    return m_titles;
}

Error TitleSearch::readNow()
{
    if (!m_store) {
        return {};
    }
    auto index = m_store->titleIndex();
    if (!index.ok()) {
        return index.error();
    }
    m_titles = std::make_shared<const TitleIndex>(std::move(index).value());
    return {};
}

void TitleSearch::startReading()
{
    // The thread opens the same database read-only on a connection of its own; SQLite's WAL lets
    // it read while this connection goes on saving.
    const QString path = m_store->path();
    const int generation = m_generation;
    m_thread = QThread::create([this, path, generation] {
        StoreOptions options;
        options.readOnly = true;
        Result<TitleIndex> result = [&]() -> Result<TitleIndex> {
            auto opened = ScenarioStore::open(path, options);
            if (!opened.ok()) {
                return opened.error();
            }
            return opened.value()->titleIndex();
        }();
        QMetaObject::invokeMethod(
            this,
            [this, generation, result = std::move(result)]() mutable {
                finished(generation, std::move(result));
            },
            Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
}

void TitleSearch::finished(int generation, Result<TitleIndex> result)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (generation != m_generation) {
        // The store changed while its titles were read: read them again.
        if (m_store) {
            startReading();
        }
        return;
    }
    if (!result.ok()) {
        Q_EMIT failed(result.error());
        return;
    }
    m_titles = std::make_shared<const TitleIndex>(std::move(result).value());
    Q_EMIT ready();
}

} // namespace akkoord::ui
