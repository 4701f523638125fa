#pragma once

// Shared by the libFuzzer harnesses: bytes to Qt types, and a check that stops the run (libFuzzer
// records the input as a crash) when a property the code promises does not hold.
#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "%s:%d: property failed: %s\n", __FILE__, __LINE__, #condition);            \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

inline QByteArray fuzzBytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString fuzzText(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Reads the input a byte at a time for harnesses that build structured values from it.
class FuzzReader
{
public:
    FuzzReader(const uint8_t *data, size_t size) : m_data(data), m_size(size) { }
    bool atEnd() const { return m_pos >= m_size; }
    uint8_t byte() { return atEnd() ? 0 : m_data[m_pos++]; }
    // Up to `max` bytes as text (fewer at the end of the input).
    QString text(size_t max)
    {
        const size_t n = qMin(max, m_size - qMin(m_pos, m_size));
        const QString out = fuzzText(m_data + m_pos, n);
        m_pos += n;
        return out;
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
};
