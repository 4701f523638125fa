#include "core/qa/ScenarioReport.h"

#include "core/base/WholeFile.h"

#include <QXmlStreamWriter>

QByteArray ScenarioReport::junitXml(const QString &scenarioName,
                                    const QList<ScenarioRunner::StepResult> &results, int stepCount,
                                    const QString &abortReason, qint64 elapsedMs)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    const auto failed = std::count_if(results.cbegin(), results.cend(),
                                      [](const ScenarioRunner::StepResult &r) { return !r.passed; });
    const int notRun = stepCount - int(results.size());
    writer.writeStartElement(QStringLiteral("testsuites"));
    writer.writeStartElement(QStringLiteral("testsuite"));
    writer.writeAttribute(QStringLiteral("name"), scenarioName);
    writer.writeAttribute(QStringLiteral("tests"), QString::number(stepCount));
    writer.writeAttribute(QStringLiteral("failures"), QString::number(failed));
    writer.writeAttribute(QStringLiteral("errors"), QString::number(abortReason.isEmpty() ? 0 : 1));
    writer.writeAttribute(QStringLiteral("skipped"), QString::number(notRun));
    writer.writeAttribute(QStringLiteral("time"), QString::number(double(elapsedMs) / 1000.0, 'f', 3));
    for (const ScenarioRunner::StepResult &result : results) {
        writer.writeStartElement(QStringLiteral("testcase"));
        writer.writeAttribute(QStringLiteral("classname"), scenarioName);
        writer.writeAttribute(QStringLiteral("name"),
                              QStringLiteral("%1. %2").arg(result.step + 1).arg(result.request));
        if (!result.passed) {
            writer.writeStartElement(QStringLiteral("failure"));
            writer.writeAttribute(QStringLiteral("message"), result.failures.value(0));
            writer.writeCharacters(result.failures.join(QLatin1Char('\n')));
            writer.writeEndElement();
        }
        if (!result.notes.isEmpty())
            writer.writeTextElement(QStringLiteral("system-out"), result.notes.join(QLatin1Char('\n')));
        writer.writeEndElement();
    }
    for (int step = int(results.size()); step < stepCount; ++step) {
        writer.writeStartElement(QStringLiteral("testcase"));
        writer.writeAttribute(QStringLiteral("classname"), scenarioName);
        writer.writeAttribute(QStringLiteral("name"), tr("step %1").arg(step + 1));
        writer.writeStartElement(QStringLiteral("skipped"));
        writer.writeAttribute(QStringLiteral("message"), abortReason.isEmpty() ? tr("not run") : abortReason);
        writer.writeEndElement();
        writer.writeEndElement();
    }
    if (!abortReason.isEmpty()) {
        writer.writeStartElement(QStringLiteral("error"));
        writer.writeAttribute(QStringLiteral("message"), abortReason);
        writer.writeEndElement();
    }
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

bool ScenarioReport::write(const QString &path, const QByteArray &xml, QString *error)
{
    return WholeFile::write(path, xml, error);
}
