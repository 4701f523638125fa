#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

struct UCollator;
class QLocale;

// The list's text order for a locale: case-insensitive, accents counted, numbers as numbers, as
// QCollator with CaseInsensitive and numeric mode sets ICU up; in the C locale, like QCollator,
// case-folded code points. Not to be shared between threads.
class SortCollator final
{
public:
    explicit SortCollator(const QLocale &locale);
    ~SortCollator();
    SortCollator(const SortCollator &) = delete;
    SortCollator &operator=(const SortCollator &) = delete;

    // A key that compares as bytes (no 0 byte inside); case-folded text when ICU cannot help.
    QByteArray key(const QString &text) const;
    // <0, 0, >0 as a sorts before, with, after b.
    int compare(const QString &a, const QString &b) const;

private:
    UCollator *m_collator = nullptr;
};

// Locale-aware sort keys for one column of a list, made once per row and kept in one block: how the
// list sorts text (case-insensitive, numbers as numbers: "Quote 9" before "Quote 10"). ICU's keys
// compare with a plain byte comparison, so a sort of 10,000 rows is ~130,000 memcmp calls.
// QCollatorSortKey gives the same keys, but as two heap objects per row (about 130 bytes with the
// allocator's share); here a row costs its key's bytes and 8 more.
class SortKeys final
{
public:
    using TextOf = std::function<QString(int row)>;

    SortKeys();
    ~SortKeys();
    SortKeys(SortKeys &&) noexcept;
    SortKeys &operator=(SortKeys &&) noexcept;
    SortKeys(const SortKeys &) = delete;
    SortKeys &operator=(const SortKeys &) = delete;

    // The rows [first, first + count) are new: they have no key yet.
    void insertRows(int first, int count);
    // The row's text changed: its key is made again when next asked for.
    void forget(int row);
    void clear();
    int rowCount() const { return int(m_slots.size()); }

    bool has(int row) const
    {
        return row >= 0 && size_t(row) < m_slots.size() && m_slots[size_t(row)].length != missing;
    }
    // Makes the row's key now (from textOf) if it has none.
    void ensure(int row, const SortCollator &collator, const TextOf &textOf);
    // <0, 0, >0 as a's text sorts before, with, after b's. Both keys must exist (ensure()).
    int compare(int a, int b) const;

private:
    struct Slot
    {
        quint32 offset = 0;
        quint32 length = missing;
    };
    static constexpr quint32 missing = 0xffffffffu;
    void compactIfWasteful();

    QByteArray m_block;
    std::vector<Slot> m_slots;
    qsizetype m_wasted = 0; // bytes of keys that were forgotten
};
