#pragma once

#include <QByteArrayView>
#include <QSet>

// A set of ids (Close's are about 48 bytes) kept as 128-bit digests: about 20 bytes an id instead of
// the 120 a QSet<QByteArray> costs, which is what a Load All of a million emails keeps to know which
// it met. Two different ids share a digest with a chance of about 2^-128 per pair: never, in practice.
class IdSet final
{
public:
    IdSet() = default;
    IdSet(std::initializer_list<QByteArrayView> ids);

    void insert(QByteArrayView id) { m_digests.insert(digestOf(id)); }
    bool contains(QByteArrayView id) const { return m_digests.contains(digestOf(id)); }
    qsizetype size() const { return m_digests.size(); }
    bool isEmpty() const { return m_digests.isEmpty(); }
    void clear() { m_digests.clear(); }

private:
    struct Digest
    {
        quint64 first = 0;
        quint64 second = 0;
        friend bool operator==(const Digest &, const Digest &) = default;
        friend size_t qHash(const Digest &digest, size_t seed = 0) noexcept
        {
            return size_t(digest.first ^ digest.second) ^ seed; // already keyed and spread
        }
    };
    static Digest digestOf(QByteArrayView id);

    QSet<Digest> m_digests;
};
