#pragma once

#include "common/error.h"
#include "store/scenariostore.h"
#include "store/titleindex.h"

#include <QObject>

#include <memory>

class QThread;

namespace akkoord::ui {

// Every scenario's title in memory, for the filter and the comparison chooser to search as the
// user types. Read when first asked for, and again after the store changes. A large store is read
// on a thread of its own through a second, read-only connection: a million titles take half a
// second and 130 MB, which the window should neither wait for nor spend before anyone searches.
class TitleSearch : public QObject
{
    Q_OBJECT

public:
    // Up to this many scenarios the titles are read at once, on the spot (a few milliseconds).
    static constexpr int ReadAtOnceLimit = 20000;
    void setReadAtOnceLimit(int scenarios) { m_readAtOnce = scenarios; }

    explicit TitleSearch(QObject *parent = nullptr);
    // Waits for a read under way: its connection must close in its own thread.
    ~TitleSearch() override;

    void setStore(const ScenarioStore *store);
    // The store changed: the next request reads the titles again.
    void invalidate();
    // The titles if they are in memory. Otherwise a small store is read now; a large one starts
    // reading (once) and this returns null: ready() or failed() follows.
    std::shared_ptr<const TitleIndex> titles();
    // Reads now, in this thread, whatever the size (tests and the benchmark).
    Error readNow();
    bool isReading() const { return m_thread != nullptr; }

Q_SIGNALS:
    void ready();
    void failed(const akkoord::Error &error);

private:
    void startReading();
    void finished(int generation, Result<TitleIndex> result);

    const ScenarioStore *m_store = nullptr;
    std::shared_ptr<const TitleIndex> m_titles;
    QThread *m_thread = nullptr;
    int m_generation = 0; // counts changes of the store: a read of an older one is dropped
    int m_readAtOnce = ReadAtOnceLimit;
};

} // namespace akkoord::ui
