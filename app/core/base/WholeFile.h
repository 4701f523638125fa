#pragma once

#include <QByteArray>
#include <QString>

// Writes a file whole or not at all. QSaveFile alone is not enough: in Qt 6.4 its commit() still
// returns true when the buffered write failed (a full disk: ENOSPC; a file size limit: EFBIG), and
// renames a short or empty file over the good one. Here the bytes are written unbuffered, the
// temporary file's size is checked before it replaces anything, and the result is read back.
namespace WholeFile {

// True when `path` now holds exactly `bytes`. Otherwise the old file is untouched and `error` (if
// given) says why in words: "No space left on device", "File too large"...
bool write(const QString &path, const QByteArray &bytes, QString *error = nullptr);

} // namespace WholeFile
