#include "core/api/PackedBody.h"

QByteArray PackedBody::bytes() const
{
    return m_packed ? qUncompress(m_stored) : m_stored;
}

void PackedBody::assign(const QByteArray &bytes)
{
    m_size = bytes.size();
    m_packed = false;
    m_triedPacking = false;
    m_stored = bytes;
}

bool PackedBody::pack()
{
    if (!needsPacking())
        return false;
    m_triedPacking = true;
    QByteArray packed = qCompress(m_stored, 1); // level 1: most of level 9's saving, far faster
    if (packed.size() < m_size * 3 / 4) {
        packed.squeeze(); // qCompress allocates for the worst case: keep only what it wrote
        m_stored = std::move(packed);
        m_packed = true;
    }
    return true;
}
