#pragma once

#include <QByteArray>

// A body the request log keeps: kept as it came, and compressed with zlib by pack() when that pays
// (JSON shrinks 5–10×); read back as the bytes that were stored. The list's pages are most of what
// the log holds, and kept as they came they were about 470 bytes per loaded row; the inspector
// unpacks the one it shows.
class PackedBody
{
public:
    // Smaller bodies are kept as they are: compressing them saves little and costs a header.
    static constexpr qsizetype packFrom = 2048;

    PackedBody() = default;
    PackedBody(const QByteArray &bytes) { assign(bytes); } // NOLINT: reads like the QByteArray it was
    PackedBody(const char *bytes) : PackedBody(QByteArray(bytes)) { } // NOLINT
    PackedBody &operator=(const QByteArray &bytes)
    {
        assign(bytes);
        return *this;
    }
    PackedBody &operator=(const char *bytes) { return *this = QByteArray(bytes); }

    QByteArray bytes() const;
    operator QByteArray() const { return bytes(); } // NOLINT
    qsizetype size() const { return m_size; } // of the bytes, not of what is stored
    qsizetype storedSize() const { return m_stored.size(); }
    bool isEmpty() const { return m_size == 0; }
    bool isPacked() const { return m_packed; }
    bool contains(const char *text) const { return bytes().contains(text); }
    // Compresses the body if it is large enough and shrinks; true when there was work to do (about
    // 0.3 ms for a 47 KB page of the list, so the log does it when the network is quiet).
    bool pack();
    bool needsPacking() const { return !m_packed && !m_triedPacking && m_size >= packFrom; }
    void clear() { *this = PackedBody(); }

    friend bool operator==(const PackedBody &a, const PackedBody &b) { return a.bytes() == b.bytes(); }

private:
    void assign(const QByteArray &bytes);

    QByteArray m_stored;
    qsizetype m_size = 0;
    bool m_packed = false;
    bool m_triedPacking = false; // it did not shrink enough: kept as it is
};
