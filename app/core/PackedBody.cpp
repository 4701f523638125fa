#include "core/PackedBody.h"

QByteArray PackedBody::bytes() const
{
    return m_packed ? qUncompress(m_stored) : m_stored;
}

void PackedBody::assign(const QByteArray &bytes)
{
    m_size = bytes.size();
    m_packed = false;
    m_stored = bytes;
    if (bytes.size() < packFrom)
        return;
    // Level 1: about 0.2 ms for a 47 KB page of the list, most of the saving of level 9.
    QByteArray packed = qCompress(bytes, 1);
    if (packed.size() < bytes.size() * 3 / 4) {
        m_stored = std::move(packed);
        m_packed = true;
    }
}
