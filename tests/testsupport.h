#pragma once

#include "knowledge/advisor.h"
#include "knowledge/knowledgebase.h"

#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <initializer_list>
#include <memory>
#include <ostream>
#include <utility>

// Lets Catch print Qt strings in failure messages.
std::ostream &operator<<(std::ostream &os, const QString &s);

namespace akkoord::test {

// The built-in knowledge base, loaded once; a failed load fails the test that asked.
std::shared_ptr<const KnowledgeBase> knowledge();
const Advisor &advisor();
QByteArray defaultKnowledgeJson();

Answers answers(std::initializer_list<std::pair<const char *, const char *>> list);
QString sourcePath(const QString &relative);
QByteArray readAll(const QString &path);
void writeFile(const QString &path, const QByteArray &data);

} // namespace akkoord::test
