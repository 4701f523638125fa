#include "core/api/SecretScrubber.h"

#include <QUrl>

#include <algorithm>

void SecretScrubber::setSecret(const QString &secret)
{
    m_forms.clear();
    const QByteArray raw = secret.toUtf8();
    if (raw.size() < shortestScrubbed)
        return;
    const auto encodings = {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding};
    for (const QByteArray &plain : {QByteArray(raw + ':'), raw}) {
        for (const QByteArray::Base64Options encoding : encodings) {
            // Padded first (longest first below), so no stray "=" is left; unpadded as servers may trim.
            m_forms.append(plain.toBase64(encoding));
            m_forms.append(plain.toBase64(encoding | QByteArray::OmitTrailingEquals));
        }
    }
    m_forms.append(raw);
    m_forms.append(QUrl::toPercentEncoding(secret));
    std::sort(m_forms.begin(), m_forms.end());
    m_forms.erase(std::unique(m_forms.begin(), m_forms.end()), m_forms.end());
    std::stable_sort(m_forms.begin(), m_forms.end(),
                     [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
}

QByteArray SecretScrubber::scrubbed(QByteArray bytes) const
{
    for (const QByteArray &form : m_forms) {
        if (bytes.contains(form))
            bytes.replace(form, mark.toByteArray());
    }
    return bytes;
}

QString SecretScrubber::scrubbed(const QString &text) const
{
    if (m_forms.isEmpty())
        return text;
    QString result = text;
    for (const QByteArray &form : m_forms)
        result.replace(QString::fromUtf8(form), QString::fromLatin1(mark.data(), mark.size()));
    return result;
}

Exchange::Headers SecretScrubber::scrubbed(Exchange::Headers headers) const
{
    for (auto &[name, value] : headers)
        value = scrubbed(value);
    return headers;
}
