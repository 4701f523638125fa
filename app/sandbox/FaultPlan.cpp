#include "sandbox/FaultPlan.h"

#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcFaults, "draftdesk.sandbox.faults", QtInfoMsg)

FaultPlan::FaultPlan(quint32 seed) : m_random(seed) { }

void FaultPlan::clear()
{
    m_rules.clear();
    m_latencyMs = 0;
    m_serverErrorShare = m_dropBeforeShare = m_dropAfterShare = 0;
    m_malformedShare = m_truncatedShare = m_trickleShare = 0;
    m_burst429 = 0;
}

FaultPlan::Decision FaultPlan::decide(const SandboxRequest &request)
{
    Decision decision;
    decision.latencyMs = m_latencyMs;
    for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
        const bool methodMatches = it->method.isEmpty() || it->method == request.method;
        const bool pathMatches = it->pathContains.isEmpty() || request.path.contains(it->pathContains);
        if (!methodMatches || !pathMatches)
            continue;
        decision.fault = it->fault;
        decision.status = it->status;
        if (it->times > 0 && --it->times == 0)
            m_rules.erase(it);
        break;
    }
    if (decision.fault == Fault::None && m_burst429 > 0) {
        --m_burst429;
        decision.fault = Fault::RateLimited;
    }
    if (decision.fault == Fault::None) {
        const std::pair<double, Fault> shares[] = {
            {m_serverErrorShare, Fault::ServerError},       {m_dropBeforeShare, Fault::DropBeforeProcessing},
            {m_dropAfterShare, Fault::DropAfterProcessing}, {m_malformedShare, Fault::MalformedJson},
            {m_truncatedShare, Fault::TruncatedJson},       {m_trickleShare, Fault::SlowTrickle},
        };
        for (const auto &[share, fault] : shares) {
            if (share > 0 && m_random.generateDouble() < share) {
                decision.fault = fault;
                if (fault == Fault::ServerError) {
                    static constexpr int codes[] = {500, 502, 503, 504};
                    decision.status = codes[m_random.bounded(4)];
                }
                break;
            }
        }
    }
    if (decision.fault != Fault::None) {
        QString entry = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path
            + QLatin1String(": ") + name(decision.fault);
        if (decision.fault == Fault::ServerError)
            entry += QLatin1Char(' ') + QString::number(decision.status);
        m_log.append(entry);
        qCInfo(lcFaults).noquote() << "injected fault:" << entry;
    }
    return decision;
}

QString FaultPlan::name(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return QStringLiteral("none");
    case Fault::ServerError:
        return QStringLiteral("server-error");
    case Fault::RateLimited:
        return QStringLiteral("rate-limited");
    case Fault::DropBeforeProcessing:
        return QStringLiteral("drop-before");
    case Fault::DropAfterProcessing:
        return QStringLiteral("drop-after");
    case Fault::MalformedJson:
        return QStringLiteral("malformed");
    case Fault::TruncatedJson:
        return QStringLiteral("truncated");
    case Fault::SlowTrickle:
        return QStringLiteral("trickle");
    case Fault::EchoKey:
        return QStringLiteral("echo-key");
    case Fault::EchoKeyRefused:
        return QStringLiteral("echo-key-401");
    case Fault::BadUtf8Record:
        return QStringLiteral("bad-utf8");
    case Fault::BadNumberRecord:
        return QStringLiteral("bad-number");
    }
    return {};
}

std::optional<FaultPlan::Rule> FaultPlan::parseRule(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{3}|[a-z0-9-]+?)(?:x(\d+))?(?::([A-Z]+))?(?:@(\S+))?$)"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    Rule rule;
    const QString kind = m.captured(1);
    bool number = false;
    const int status = kind.toInt(&number);
    if (number && (status == 500 || status == 502 || status == 503 || status == 504)) {
        rule.fault = Fault::ServerError;
        rule.status = status;
    } else if (number && status == 429) {
        rule.fault = Fault::RateLimited;
    } else {
        for (Fault fault : {Fault::DropBeforeProcessing, Fault::DropAfterProcessing, Fault::MalformedJson,
                            Fault::TruncatedJson, Fault::SlowTrickle, Fault::EchoKey, Fault::EchoKeyRefused,
                            Fault::BadUtf8Record, Fault::BadNumberRecord}) {
            if (kind == name(fault))
                rule.fault = fault;
        }
        if (rule.fault == Fault::None)
            return std::nullopt;
    }
    rule.times = m.hasCaptured(2) ? m.captured(2).toInt() : 1;
    rule.method = m.captured(3).toLatin1();
    rule.pathContains = m.captured(4);
    return rule;
}
