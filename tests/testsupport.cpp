#include "testsupport.h"

#include <QFile>

std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}

namespace akkoord::test {

std::shared_ptr<const KnowledgeBase> knowledge()
{
    static const auto loaded = KnowledgeBase::loadDefault();
    const std::string why = loaded.ok() ? std::string() : loaded.error().toString().toStdString();
    INFO(why);
    REQUIRE(loaded.ok());
    return loaded.value();
}

const Advisor &advisor()
{
    static const Advisor instance(knowledge());
    return instance;
}

QByteArray defaultKnowledgeJson()
{
    return readAll(KnowledgeBase::defaultPath());
}

Answers answers(std::initializer_list<std::pair<const char *, const char *>> list)
{
    Answers a;
    for (const auto &[q, o] : list) {
        a.set(QString::fromUtf8(q), QString::fromUtf8(o));
    }
    return a;
}

QString sourcePath(const QString &relative)
{
    return QStringLiteral(AKKOORD_SOURCE_DIR "/") + relative;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(data) == data.size());
}

} // namespace akkoord::test
