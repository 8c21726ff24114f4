#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace akkoord {

// A file written for the user: an export, a report, a draft. It appears whole or not at all,
// through a temporary with a random name that QSaveFile creates exclusively beside the target (a
// link planted there cannot redirect it), readable by the owner only before any byte is
// written, and it replaces only a regular file: a device, pipe or folder is refused.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(akkoord::OutputFile)

public:
    explicit OutputFile(const QString &path);

    Error open();
    QIODevice *device() { return &m_file; }
    // Flushes, syncs and puts the file in place; on any write error the target stays as it was.
    Error commit();
    // open, write and commit in one.
    static Error write(const QString &path, const QByteArray &data);
    // Creates a folder and its missing parents readable by the owner only (0700) from the start;
    // folders that exist already are left as they are.
    static bool makeFolder(const QString &path);

private:
    Error failure(int why) const;

    QString m_path;
    QSaveFile m_file;
};

} // namespace akkoord
