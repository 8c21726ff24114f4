// akkoord_knowledgec, a build step: checks the built-in knowledge base in full, exactly as a
// program would load it from JSON, and writes its snapshot (knowledgesnapshot.h). A knowledge
// base that does not pass fails the build with the loader's own message.
#include "knowledge/knowledgesnapshot.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace akkoord;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: akkoord_knowledgec KNOWLEDGE.json OUT.snapshot\n");
        return 2;
    }
    const QString in = QString::fromLocal8Bit(argv[1]);
    const QString out = QString::fromLocal8Bit(argv[2]);
    const auto kb = KnowledgeBase::loadFile(in);
    if (!kb.ok()) {
        std::fprintf(stderr, "akkoord_knowledgec: %s\n", qPrintable(kb.error().toString()));
        return 1;
    }
    const QByteArray snapshot = KnowledgeSnapshot::write(*kb.value());
    // What the programs will read must read back to the same knowledge base.
    const auto back = KnowledgeSnapshot::read(snapshot, out);
    if (!back.ok() || KnowledgeSnapshot::write(*back.value()) != snapshot) {
        std::fprintf(stderr, "akkoord_knowledgec: the snapshot does not read back unchanged\n");
        return 1;
    }
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(snapshot) != snapshot.size() ||
        !file.flush()) {
        std::fprintf(stderr, "akkoord_knowledgec: cannot write %s\n", argv[2]);
        return 1;
    }
    return 0;
}
