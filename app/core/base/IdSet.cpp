#include "core/base/IdSet.h"

#include <QHashFunctions>

IdSet::IdSet(std::initializer_list<QByteArrayView> ids)
{
    for (const QByteArrayView id : ids)
        insert(id);
}

IdSet::Digest IdSet::digestOf(QByteArrayView id)
{
    // Two of Qt's keyed hashes, one keyed with the process's random seed, the other with that seed
    // altered: digests are compared only within one run, and ids from the network cannot be made to
    // collide on purpose.
    const size_t seed = QHashSeed::globalSeed();
    return {quint64(qHash(id, seed)), quint64(qHash(id, seed ^ size_t(0x9e3779b97f4a7c15ULL)))};
}
