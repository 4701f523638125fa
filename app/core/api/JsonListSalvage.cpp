#include "core/api/JsonListSalvage.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(const QByteArray &text, qsizetype pos)
{
    while (pos < text.size() && isSpace(text.at(pos)))
        ++pos;
    return pos;
}

// The index just past the JSON value that starts at pos, or -1 when it does not end. Brackets are
// counted, not recursed into, so any depth costs constant stack.
qsizetype valueEnd(const QByteArray &text, qsizetype pos)
{
    qsizetype depth = 0;
    bool inString = false;
    for (qsizetype i = pos; i < text.size(); ++i) {
        const char c = text.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"') {
                inString = false;
                if (depth == 0)
                    return i + 1;
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            ++depth;
            break;
        case ']':
        case '}':
            if (depth == 0)
                return i; // the end of the container around a scalar
            if (--depth == 0)
                return i + 1;
            break;
        case ',':
            if (depth == 0)
                return i;
            break;
        default:
            break;
        }
    }
    return depth == 0 && !inString ? text.size() : -1;
}

std::optional<QJsonValue> parseValue(const QByteArray &text, QJsonParseError *error = nullptr)
{
    QJsonParseError parseError;
    const QJsonDocument wrapped = QJsonDocument::fromJson("[" + text + "]", &parseError);
    if (error)
        *error = parseError;
    if (parseError.error != QJsonParseError::NoError || wrapped.array().size() != 1)
        return std::nullopt;
    return wrapped.array().at(0);
}

// The string value of a record's own "id" (not one nested inside it), read key by key without parsing
// the rest: the record as a whole is what could not be parsed.
QString topLevelId(const QByteArray &record)
{
    qsizetype pos = skipSpace(record, 0);
    if (pos >= record.size() || record.at(pos) != '{')
        return {};
    pos = skipSpace(record, pos + 1);
    while (pos < record.size() && record.at(pos) == '"') {
        const qsizetype keyEnd = valueEnd(record, pos);
        if (keyEnd < 0)
            return {};
        const std::optional<QJsonValue> key = parseValue(record.mid(pos, keyEnd - pos));
        pos = skipSpace(record, keyEnd);
        if (pos >= record.size() || record.at(pos) != ':')
            return {};
        pos = skipSpace(record, pos + 1);
        const qsizetype end = valueEnd(record, pos);
        if (end < 0 || end == pos)
            return {};
        if (key && key->toString() == QLatin1String("id")) {
            const std::optional<QJsonValue> id = parseValue(record.mid(pos, end - pos));
            return id && id->isString() && id->toString().size() <= 200 ? id->toString() : QString();
        }
        pos = skipSpace(record, end);
        if (pos < record.size() && record.at(pos) == ',')
            pos = skipSpace(record, pos + 1);
    }
    return {};
}
} // namespace

QString JsonListSalvage::reasonFor(const QJsonParseError &error)
{
    switch (error.error) {
    case QJsonParseError::IllegalUTF8String:
        return tr("it holds text that is not valid UTF-8");
    case QJsonParseError::IllegalNumber:
        return tr("it holds a number that is out of range or badly written");
    case QJsonParseError::DeepNesting:
        return tr("it is nested deeper than Draftdesk reads");
    default:
        return tr("it is not valid JSON (%1)").arg(error.errorString());
    }
}

std::optional<JsonListSalvage::Result> JsonListSalvage::salvage(const QByteArray &json)
{
    qsizetype pos = skipSpace(json, 0);
    if (pos >= json.size() || json.at(pos) != '{')
        return std::nullopt;
    pos = skipSpace(json, pos + 1);
    Result result;
    QJsonObject top;
    while (pos < json.size() && json.at(pos) != '}') {
        // "key" : value
        const qsizetype keyEnd = valueEnd(json, pos);
        if (keyEnd < 0 || json.at(pos) != '"')
            return std::nullopt;
        const std::optional<QJsonValue> key = parseValue(json.mid(pos, keyEnd - pos));
        if (!key || !key->isString())
            return std::nullopt;
        pos = skipSpace(json, keyEnd);
        if (pos >= json.size() || json.at(pos) != ':')
            return std::nullopt;
        pos = skipSpace(json, pos + 1);
        if (key->toString() == QLatin1String("data") && pos < json.size() && json.at(pos) == '[') {
            QJsonArray records;
            pos = skipSpace(json, pos + 1);
            while (pos < json.size() && json.at(pos) != ']') {
                const qsizetype end = valueEnd(json, pos);
                if (end < 0 || end == pos)
                    return std::nullopt;
                QJsonParseError error;
                const QByteArray text = json.mid(pos, end - pos);
                const std::optional<QJsonValue> record = parseValue(text, &error);
                if (!record)
                    result.damaged.append({records.size(), topLevelId(text), reasonFor(error)});
                records.append(record ? *record : QJsonValue(QJsonValue::Null));
                result.unreadable += record ? 0 : 1;
                pos = skipSpace(json, end);
                if (pos < json.size() && json.at(pos) == ',')
                    pos = skipSpace(json, pos + 1);
            }
            if (pos >= json.size())
                return std::nullopt;
            top.insert(QStringLiteral("data"), records);
            pos = skipSpace(json, pos + 1);
        } else {
            const qsizetype end = valueEnd(json, pos);
            if (end < 0 || end == pos)
                return std::nullopt;
            if (const std::optional<QJsonValue> value = parseValue(json.mid(pos, end - pos)))
                top.insert(key->toString(), *value);
            pos = skipSpace(json, end);
        }
        if (pos < json.size() && json.at(pos) == ',')
            pos = skipSpace(json, pos + 1);
    }
    // Past the closing brace only white space: text after the page means the page is not what it seems.
    if (pos >= json.size() || skipSpace(json, pos + 1) != json.size())
        return std::nullopt;
    result.document = QJsonDocument(top);
    return result;
}
