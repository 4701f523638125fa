#include "core/store/SortKeys.h"

#include <QLocale>

#include <algorithm>
#include <cstring>
#include <unicode/ucol.h>

namespace {
int compareBytes(const char *a, quint32 aLength, const char *b, quint32 bLength)
{
    const int byBytes = std::memcmp(a, b, std::min(aLength, bLength));
    if (byBytes != 0)
        return byBytes;
    return aLength < bLength ? -1 : aLength > bLength ? 1 : 0;
}
} // namespace

SortCollator::SortCollator(const QLocale &locale)
{
    // As QCollator: the C locale compares code points (case-folded) and loads no ICU collation data.
    if (locale.language() == QLocale::C)
        return;
    UErrorCode status = U_ZERO_ERROR;
    const QByteArray name = locale.bcp47Name().replace(QLatin1Char('-'), QLatin1Char('_')).toLatin1();
    m_collator = ucol_open(name.constData(), &status);
    if (U_FAILURE(status) || !m_collator) {
        status = U_ZERO_ERROR;
        m_collator = ucol_open("", &status); // the root rules: still a sensible order
    }
    if (!m_collator)
        return;
    status = U_ZERO_ERROR;
    // As QCollator sets it up for case-insensitive, numeric comparison.
    ucol_setAttribute(m_collator, UCOL_NORMALIZATION_MODE, UCOL_ON, &status);
    ucol_setAttribute(m_collator, UCOL_STRENGTH, UCOL_SECONDARY, &status); // case does not count
    ucol_setAttribute(m_collator, UCOL_NUMERIC_COLLATION, UCOL_ON, &status);
}

SortCollator::~SortCollator()
{
    if (m_collator)
        ucol_close(m_collator);
}

QByteArray SortCollator::key(const QString &text) const
{
    if (!m_collator)
        return text.toCaseFolded().toUtf8();
    QByteArray key(qMax<qsizetype>(64, text.size() * 3), Qt::Uninitialized);
    const auto *chars = reinterpret_cast<const UChar *>(text.utf16());
    for (int attempt = 0; attempt < 2; ++attempt) {
        const int32_t needed = ucol_getSortKey(m_collator, chars, int32_t(text.size()),
                                               reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
        if (needed <= 0)
            return {};
        if (needed <= key.size()) {
            key.truncate(needed - 1); // without the terminating 0 (keys hold no other 0 byte)
            return key;
        }
        key.resize(needed);
    }
    return {};
}

int SortCollator::compare(const QString &a, const QString &b) const
{
    const QByteArray x = key(a);
    const QByteArray y = key(b);
    return compareBytes(x.constData(), quint32(x.size()), y.constData(), quint32(y.size()));
}

SortKeys::SortKeys() = default;
SortKeys::~SortKeys() = default;
SortKeys::SortKeys(SortKeys &&) noexcept = default;
SortKeys &SortKeys::operator=(SortKeys &&) noexcept = default;

void SortKeys::insertRows(int first, int count)
{
    if (first < 0 || size_t(first) > m_slots.size()) {
        clear();
        return;
    }
    m_slots.insert(m_slots.begin() + first, size_t(count), Slot {});
}

void SortKeys::forget(int row)
{
    if (row < 0 || size_t(row) >= m_slots.size() || m_slots[size_t(row)].length == missing)
        return;
    m_wasted += m_slots[size_t(row)].length;
    m_slots[size_t(row)] = Slot {};
}

void SortKeys::clear()
{
    m_block.clear();
    m_slots.clear();
    m_wasted = 0;
}

void SortKeys::ensure(int row, const SortCollator &collator, const TextOf &textOf)
{
    if (row < 0)
        return;
    if (size_t(row) >= m_slots.size())
        m_slots.resize(size_t(row) + 1);
    if (m_slots[size_t(row)].length != missing)
        return;
    const QByteArray key = collator.key(textOf(row));
    compactIfWasteful();
    m_slots[size_t(row)] = Slot {quint32(m_block.size()), quint32(key.size())};
    m_block.append(key);
}

int SortKeys::compare(int a, int b) const
{
    const Slot &x = m_slots[size_t(a)];
    const Slot &y = m_slots[size_t(b)];
    return compareBytes(m_block.constData() + x.offset, x.length, m_block.constData() + y.offset, y.length);
}

void SortKeys::compactIfWasteful()
{
    // Keys of changed rows are dropped from the block when they are most of it.
    if (m_wasted < 4096 || m_wasted * 2 < m_block.size())
        return;
    QByteArray block;
    block.reserve(m_block.size() - m_wasted);
    for (Slot &slot : m_slots) {
        if (slot.length == missing)
            continue;
        const quint32 offset = quint32(block.size());
        block.append(m_block.constData() + slot.offset, slot.length);
        slot.offset = offset;
    }
    m_block = std::move(block);
    m_wasted = 0;
}
