#include "core/base/WholeFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WholeFile", text);
}

} // namespace

bool WholeFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    // A direct write would truncate the old file before the new one is known to fit.
    file.setDirectWriteFallback(false);
    // Unbuffered: a failing write() says so itself instead of being lost in the flush at commit().
    // A short write is followed by another, so that the reason (ENOSPC, EFBIG) reaches errorString().
    bool written = file.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    for (qint64 done = 0; written && done < bytes.size();) {
        const qint64 now = file.write(bytes.constData() + done, bytes.size() - done);
        written = now > 0;
        done += qMax<qint64>(now, 0);
    }
    written = written && file.flush() && file.error() == QFileDevice::NoError && file.size() == bytes.size();
    if (!written) {
        if (error)
            *error = file.error() != QFileDevice::NoError ? file.errorString()
                                                          : tr("the file could not be written whole");
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    // Read back: what is on disk now must be what was meant, or the caller must not say it is kept.
    QFile check(path);
    if (!check.open(QIODevice::ReadOnly) || check.size() != bytes.size() || check.readAll() != bytes) {
        if (error)
            *error = tr("the file on disk differs from what was written");
        return false;
    }
    return true;
}
