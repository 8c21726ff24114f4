#include "common/outputfile.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <sys/stat.h>

namespace akkoord {

OutputFile::OutputFile(const QString &path) : m_path(path), m_file(path) {}

Error OutputFile::failure(int why) const
{
    Error e;
    e.file = m_path;
    if (why == ENOSPC || why == EDQUOT) {
        e.kind = ErrorKind::DiskFull;
        e.message = tr("the disk is full; the file was not written. Free some space and try again");
    } else {
        e.kind = ErrorKind::StorageFailed;
        e.message = tr("the file could not be written (%1)")
                        .arg(why ? QString::fromLocal8Bit(strerror(why)) : m_file.errorString());
    }
    return e;
}

Error OutputFile::open()
{
    const QFileInfo target(m_path); // follows a link to what it points at
    if (target.exists() && !target.isFile()) {
        Error e;
        e.kind = ErrorKind::WrongFormat;
        e.file = m_path;
        e.message = tr("this is not a regular file (a folder, device or pipe); it was left alone. "
                       "Choose a file name");
        return e;
    }
    errno = 0;
    if (!m_file.open(QIODevice::WriteOnly)) {
        return failure(errno);
    }
    if (!m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const int why = errno;
        m_file.cancelWriting();
        return failure(why);
    }
    return {};
}

Error OutputFile::commit()
{
    errno = 0;
    if (!m_file.flush()) {
        const int why = errno;
        m_file.cancelWriting();
        m_file.commit();
        return failure(why);
    }
    if (!m_file.commit()) {
        return failure(errno);
    }
    return {};
}

Error OutputFile::write(const QString &path, const QByteArray &data)
{
    OutputFile file(path);
    Error e = file.open();
    if (e.isError()) {
        return e;
    }
    errno = 0;
    if (file.m_file.write(data) != data.size()) {
        const int why = errno;
        file.m_file.cancelWriting();
        file.m_file.commit();
        return file.failure(why);
    }
    return file.commit();
}

bool OutputFile::makeFolder(const QString &path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QStringList parts = absolute.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString at;
    for (const QString &part : parts) {
        at += QLatin1Char('/') + part;
        if (::mkdir(QFile::encodeName(at).constData(), 0700) != 0 && errno != EEXIST) {
            return false;
        }
    }
    return QFileInfo(absolute).isDir();
}

} // namespace akkoord
