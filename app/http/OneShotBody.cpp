#include "http/OneShotBody.h"

#include <cstring>

OneShotBody::OneShotBody(QByteArray data, QObject *parent) : QIODevice(parent), m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 count = qMin(maxSize, m_data.size() - m_position);
    if (count <= 0)
        return m_position >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_position, size_t(count));
    m_position += count;
    return count;
}
