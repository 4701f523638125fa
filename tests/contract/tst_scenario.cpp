// The QA workbench's core against the sandbox: what the server changed on each write (and in the
// HAR), scenarios recorded from the request log, replayed green on a fresh sandbox and red when a
// rule changes, never holding the key, and `draftdesk --scenario` headless with its exit codes.
#include "core/api/ApiCall.h"
#include "core/api/CloseClient.h"
#include "core/api/RequestLog.h"
#include "core/qa/HarExport.h"
#include "core/qa/InspectorServices.h"
#include "core/qa/Scenario.h"
#include "core/qa/ScenarioRunner.h"
#include "core/qa/ServerChanges.h"
#include "fakes/SandboxFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {
const QString key = QStringLiteral("scenario-key-n3ver-in-files");
const QString senderAddress = QStringLiteral("\"Anna Krause\" <anna.krause@northwind.example>");
} // namespace

class TestScenario final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;

    static ApiResult run(ApiCall *call)
    {
        QSignalSpy finished(call, &ApiCall::finished);
        if (!finished.wait(20000))
            qFatal("call never finished");
        return finished.first().first().value<ApiResult>();
    }
    // On a sandbox: open the draft without a sender, change the subject, schedule it without a
    // sender (400), with one, and unschedule it. The scenario of the issue, recorded from the log.
    Scenario recordTheSampleSession(const QString &name = QStringLiteral("Schedule round trip"))
    {
        SandboxFixture sandbox;
        if (!sandbox.start(60, key))
            qFatal("no sandbox");
        auto client = sandbox.makeClient(key);
        const QString id = sandbox.firstEmail("draft", false).id();
        const QString when = QStringLiteral("2030-01-07T09:00:00+00:00");
        run(client->email(id));
        run(client->updateEmail(id, QJsonObject {{"subject", "Delivery on the 14th"}}));
        if (run(client->updateEmail(id, QJsonObject {{"status", "scheduled"}, {"date_scheduled", when}}))
                .httpStatus
            != 400)
            qFatal("the sender rule did not hold");
        run(client->updateEmail(
            id, QJsonObject {{"status", "scheduled"}, {"date_scheduled", when}, {"sender", senderAddress}}));
        run(client->updateEmail(id, QJsonObject {{"status", "draft"}}));
        QList<Exchange> exchanges;
        for (int row = 0; row < client->requestLog()->size(); ++row)
            exchanges.append(client->requestLog()->at(row));
        return Scenario::record(name, exchanges, client->baseUrl());
    }
    QList<ScenarioRunner::StepResult> replay(const Scenario &scenario, SandboxFixture &sandbox)
    {
        auto client = sandbox.makeClient(key);
        ScenarioRunner runner(client.get(), scenario);
        runner.confirmSend = [](int) {
            return true;
        };
        QSignalSpy finished(&runner, &ScenarioRunner::finished);
        runner.runAll();
        if (!finished.wait(30000))
            qFatal("the scenario never finished");
        return runner.results();
    }
    QString saved(const Scenario &scenario, const QString &name)
    {
        QString error;
        const QString path = dir.filePath(name);
        if (!scenario.save(path, &error))
            qFatal("%s", qPrintable(error));
        return path;
    }
    int runHeadless(const QStringList &arguments, const QString &apiKey, QString *output,
                    const QString &program = QStringLiteral(DRAFTDESK_BINARY))
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("CLOSE_API_KEY", apiKey);
        environment.insert("QT_QPA_PLATFORM", "xcb"); // no display: it must not need one
        environment.insert("DISPLAY", "");
        environment.insert("XDG_CONFIG_HOME", dir.filePath("config"));
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        QSignalSpy done(&process, &QProcess::finished);
        process.start(program, arguments);
        if (!done.wait(60000)) // the sandbox of this process answers while it waits
            qFatal("draftdesk --scenario did not end");
        *output = QString::fromUtf8(process.readAll());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private slots:
    void initTestCase() { QVERIFY(dir.isValid()); }

    // --demo runs draftdesk-sandbox beside draftdesk: without it, or when it stops before it is
    // ready, one sentence says which and why, and nothing hangs. (A hard link of draftdesk in a
    // folder of its own: that folder is where it looks.)
    void aDemoWithoutItsSandboxSaysWhy()
    {
        const QString alone = dir.filePath("alone");
        QVERIFY(QDir().mkpath(alone));
        const QString program = alone + "/draftdesk";
        QVERIFY(::link(DRAFTDESK_BINARY, QFile::encodeName(program).constData()) == 0
                || QFile::copy(DRAFTDESK_BINARY, program));
        const QString scenario
            = QStringLiteral(DRAFTDESK_SOURCE_DIR "/resources/scenarios/schedule-round-trip.json");
        QString output;
        QCOMPARE(runHeadless({"--scenario", scenario, "--demo"}, QString(), &output, program), 2);
        QVERIFY2(output.contains("The demo needs draftdesk-sandbox, which is not installed beside Draftdesk ("
                                 + alone + ")"),
                 qPrintable(output));

        QFile broken(alone + "/draftdesk-sandbox");
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("#!/bin/sh\necho 'draftdesk-sandbox: cannot listen on 127.0.0.1:0' >&2\nexit 2\n");
        broken.close();
        QVERIFY(
            broken.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        QCOMPARE(runHeadless({"--scenario", scenario, "--demo"}, QString(), &output, program), 2);
        QVERIFY2(output.contains("stopped before it was ready (exit status 2)"), qPrintable(output));
        QVERIFY2(output.contains("cannot listen on 127.0.0.1:0"), qPrintable(output)); // its own words
    }

    void serverChangesFieldByField()
    {
        const QJsonObject before {{"subject", "Old"},
                                  {"status", "draft"},
                                  {"date_updated", "2026-11-01T10:00:00+00:00"},
                                  {"body_preview", "Hi"}};
        const QJsonObject sent {{"subject", "  New   subject "},
                                {"sender", "\"Anna\" <ANNA@example.org>"},
                                {"date_scheduled", "2030-01-07T10:00:00+01:00"},
                                {"send_in", 30},
                                {"status", "scheduled"},
                                {"cc", QJsonArray {"x@example.org"}}};
        const QJsonObject answer {{"subject", "New subject"},
                                  {"sender", "\"Anna\" <anna@example.org>"},
                                  {"date_scheduled", "2030-01-07T09:00:00.000000+00:00"},
                                  {"status", "draft"},
                                  {"cc", QJsonArray {"y@example.org"}},
                                  {"date_updated", "2026-11-28T10:00:00+00:00"},
                                  {"body_preview", "Hi"}};
        QMap<QString, ServerChanges::Kind> kinds;
        for (const ServerChanges::Field &field : ServerChanges::compare(sent, answer, before))
            kinds.insert(field.name, field.kind);
        using K = ServerChanges::Kind;
        QCOMPARE(kinds.value("subject"), K::Normalised);
        QCOMPARE(kinds.value("sender"), K::Normalised);
        QCOMPARE(kinds.value("date_scheduled"), K::Normalised);
        QCOMPARE(kinds.value("send_in"), K::Ignored); // not in the answer
        QCOMPARE(kinds.value("status"), K::Ignored); // the old value stayed
        QCOMPARE(kinds.value("cc"), K::Changed);
        QCOMPARE(kinds.value("date_updated"), K::SetByServer);
        QVERIFY(!kinds.contains("body_preview")); // unchanged and not sent: not news
        const QStringList lines = ServerChanges::describe(ServerChanges::compare(sent, answer, before));
        QVERIFY2(lines.join('\n').contains("cc: changed by the server"), qPrintable(lines.join('\n')));
    }

    // A PUT through the client: the diff from its log entry and the record before it, and the HAR's
    // "_draftdesk" field for that entry.
    void aPutSaysWhatTheServerChangedAndTheHarCarriesIt()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(60, key));
        auto client = sandbox.makeClient(key);
        const QString id = sandbox.firstEmail("draft", true).id();
        run(client->email(id));
        sandbox.clock->advance(5000);
        QVERIFY(run(client->updateEmail(id, {{"subject", "Edited in QA"}})).ok());
        QList<Exchange> log {client->requestLog()->at(0), client->requestLog()->at(1)};
        QVERIFY(ServerChanges::isBefore(log.at(0), log.at(1)));
        QMap<QString, ServerChanges::Kind> kinds;
        for (const ServerChanges::Field &field : ServerChanges::forExchange(log.at(1), &log.at(0)))
            kinds.insert(field.name, field.kind);
        QCOMPARE(kinds.value("subject"), ServerChanges::Kind::Kept);
        QCOMPARE(kinds.value("date_updated"), ServerChanges::Kind::SetByServer);
        const QJsonObject har = QJsonDocument::fromJson(HarExport::toHar(log, "test")).object();
        const QJsonArray entries = har["log"].toObject()["entries"].toArray();
        QVERIFY(!entries.at(0).toObject().contains("_draftdesk")); // a GET has nothing to say
        const QJsonArray changes
            = entries.at(1).toObject()["_draftdesk"].toObject()["serverChanges"].toArray();
        QVERIFY(!changes.isEmpty());
        bool subjectKept = false;
        for (const QJsonValue &change : changes)
            subjectKept |= change["field"] == "subject" && change["verdict"] == "kept";
        QVERIFY(subjectKept);
        // A search is POSTed but writes nothing: no "query: ignored", "data: set by the server".
        QVERIFY(run(client->leadsById({sandbox.store->leads.firstKey()}, {"display_name"})).ok());
        QCOMPARE(client->requestLog()->at(2).method, QByteArray("POST"));
        QVERIFY(ServerChanges::forExchange(client->requestLog()->at(2), nullptr).isEmpty());
    }

    // The rate-limit view from the log: per endpoint group, the budget over time and each 429 with
    // the wait it asked for.
    void rateLimitsPerGroupFromTheLog()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(60, key));
        sandbox.server->api().rateLimiter().setEnabled(true);
        sandbox.server->api().rateLimiter().setLimit(10, 10);
        auto client = sandbox.makeClient(key);
        for (int i = 0; i < 3; ++i)
            run(client->me());
        sandbox.server->faults().setRateLimitBurst(1); // the next answer is a 429
        sandbox.server->faults().setRetryAfterSeconds(7);
        QCOMPARE(run(client->me()).httpStatus, 429);
        run(client->email(sandbox.firstEmail("draft").id()));
        InspectorServices services(client.get());
        const QList<InspectorServices::RateLimitGroup> groups = services.rateLimits();
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).group, "me read");
        QCOMPARE(groups.at(0).points.size(), 4);
        QCOMPARE(groups.at(0).rateLimited, 1);
        QCOMPARE(groups.at(0).points.at(0).remaining, 9);
        QCOMPARE(groups.at(0).points.last().waitSeconds, 7.0);
        QCOMPARE(groups.at(1).group, "activity read");
        const QStringList lines = InspectorServices::describe(groups, QDateTime::currentDateTimeUtc());
        QVERIFY2(lines.at(0).contains("1 × 429"), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(0).contains("last asked to wait 7 s"), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains("9 of 10 left"), qPrintable(lines.at(1)));
        const QString line = InspectorServices::sparkline(groups.at(0));
        QCOMPARE(line.size(), 4);
        QVERIFY(line.endsWith('!'));
    }

    void recordedScenarioReplaysGreenOnAFreshSandbox()
    {
        const Scenario scenario = recordTheSampleSession();
        QCOMPARE(scenario.steps.size(), 5);
        QCOMPARE(scenario.steps.at(2).expectedStatus, 400);
        QCOMPARE(scenario.steps.at(1).path, "activity/email/{{email_id}}/");
        const QString path = saved(scenario, "round-trip.json");
        QString error;
        const std::optional<Scenario> loaded = Scenario::load(path, &error);
        QVERIFY2(loaded, qPrintable(error));

        SandboxFixture fresh;
        QVERIFY(fresh.start(60, key));
        const QList<ScenarioRunner::StepResult> results = replay(*loaded, fresh);
        QCOMPARE(results.size(), 5);
        for (const ScenarioRunner::StepResult &result : results)
            QVERIFY2(result.passed, qPrintable(result.request + ": " + result.failures.join("; ")));
        QCOMPARE(fresh.store->email(loaded->variables.value("email_id"))->value("subject").toString(),
                 "Delivery on the 14th");
    }

    void aChangedRuleReplaysRed()
    {
        const Scenario scenario = recordTheSampleSession();
        // The same sandbox with one rule changed: the scheduling PUT meets a 503 this time.
        SandboxFixture changed;
        QVERIFY(changed.start(60, key));
        FaultPlan::Rule rule;
        rule.fault = FaultPlan::Fault::ServerError;
        rule.method = "PUT";
        rule.times = 1;
        rule.status = 503;
        changed.server->faults().add(rule);
        const QList<ScenarioRunner::StepResult> results = replay(scenario, changed);
        QCOMPARE(results.size(), 5);
        QVERIFY(!results.at(1).passed);
        QVERIFY2(results.at(1).failures.join(' ').contains("status 503, recorded 200"),
                 qPrintable(results.at(1).failures.join(' ')));
        // And a changed shape: a field missing from the answer fails, a new one is a note.
        Scenario reshaped = scenario;
        reshaped.steps[0].expectedShape.insert("legacy_field", "string");
        SandboxFixture fresh;
        QVERIFY(fresh.start(60, key));
        const ScenarioRunner::StepResult first = replay(reshaped, fresh).constFirst();
        QVERIFY(!first.passed);
        QVERIFY(first.failures.join(' ').contains("legacy_field is missing"));
    }

    // The recording keeps what Close said: the whole shape (so nothing is "new" on replay), a
    // refusal's words and the values the request set. A refusal for another reason fails the step:
    // recorded "schedule without a sender" (400, field-errors.sender), replayed after the email was
    // scheduled (400, "Only drafts can be modified"): same status, and still red, naming both.
    void aRefusalForAnotherReasonFails()
    {
        const Scenario scenario = recordTheSampleSession();
        QCOMPARE(
            scenario.steps.at(2).expectedError->value("field-errors").toObject().value("sender").toString(),
            "This field is required.");
        QCOMPARE(scenario.steps.at(1).expectedValues, (QJsonObject {{"subject", "Delivery on the 14th"}}));
        QVERIFY(scenario.steps.at(0).expectedShape.size() > 30); // every field of the email

        SandboxFixture fresh;
        QVERIFY(fresh.start(60, key));
        const QList<ScenarioRunner::StepResult> green = replay(scenario, fresh);
        for (const ScenarioRunner::StepResult &result : green) {
            QVERIFY2(result.passed, qPrintable(result.request + ": " + result.failures.join("; ")));
            QVERIFY2(result.notes.isEmpty(), qPrintable(result.request + ": " + result.notes.join("; ")));
        }

        SandboxFixture scheduled;
        QVERIFY(scheduled.start(60, key));
        const QString id = scenario.variables.value("email_id");
        QCOMPARE(scheduled.changeInClose(id,
                                         {{"status", "scheduled"},
                                          {"date_scheduled", "2030-01-07T09:00:00+00:00"},
                                          {"sender", senderAddress}},
                                         key.toUtf8()),
                 200);
        Scenario justTheRefusal = scenario;
        justTheRefusal.steps = {scenario.steps.at(2)};
        const ScenarioRunner::StepResult refusal = replay(justTheRefusal, scheduled).constFirst();
        QCOMPARE(refusal.status, 400);
        QVERIFY(!refusal.passed);
        const QString line = refusal.failures.join('\n');
        QVERIFY2(line.contains("This field is required.") && line.contains("Only drafts can be modified"),
                 qPrintable(line));

        // A 2xx that sets another value than recorded fails too, with both values named.
        Scenario otherSubject = scenario;
        otherSubject.steps = {scenario.steps.at(1)};
        otherSubject.steps[0].expectedValues.insert("subject", "Delivery on the 15th");
        SandboxFixture again;
        QVERIFY(again.start(60, key));
        const ScenarioRunner::StepResult put = replay(otherSubject, again).constFirst();
        QVERIFY(!put.passed);
        QVERIFY2(put.failures.join(' ').contains(
                     "subject: recorded “Delivery on the 15th”; got “Delivery on the 14th”"),
                 qPrintable(put.failures.join(' ')));
        // Dates compare by instant, and a field marked volatile is not compared.
        otherSubject.steps[0].volatileFields = {"subject"};
        SandboxFixture third;
        QVERIFY(third.start(60, key));
        QVERIFY(replay(otherSubject, third).constFirst().passed);
    }

    // A file from the first format still replays, and says that it compares less.
    void anOlderScenarioStillLoads()
    {
        const QByteArray v1
            = "{\"draftdesk_scenario\": 1, \"name\": \"old\", \"steps\": [{\"method\": \"GET\", "
              "\"path\": \"me/\", \"expect\": {\"status\": 200, \"shape\": {\"id\": \"string\"}}}]}";
        QString error;
        const std::optional<Scenario> old = Scenario::fromJson(v1, &error);
        QVERIFY2(old, qPrintable(error));
        QVERIFY(old->comparesLess());
        QVERIFY(!recordTheSampleSession().comparesLess());
    }

    // Without a yes, a step that could send is not sent, and the steps after it are not run.
    void aSendingStepWaitsForConfirmation()
    {
        const Scenario scenario = recordTheSampleSession();
        SandboxFixture fresh;
        QVERIFY(fresh.start(60, key));
        auto client = fresh.makeClient(key);
        ScenarioRunner runner(client.get(), scenario);
        QList<int> asked;
        runner.confirmSend = [&asked](int step) {
            asked.append(step);
            return false;
        };
        QSignalSpy finished(&runner, &ScenarioRunner::finished);
        runner.runAll();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(asked, QList<int> {2}); // the first schedule; nothing after it was even asked
        const QList<ScenarioRunner::StepResult> results = runner.results();
        QCOMPARE(results.size(), 5);
        QVERIFY(results.at(0).passed && results.at(1).passed);
        QVERIFY(results.at(2).failures.join(' ').contains("not sent"));
        QVERIFY(results.at(3).failures.join(' ').contains("not run"));
        QVERIFY(results.at(4).failures.join(' ').contains("not run"));
        for (int row = 0; row < client->requestLog()->size(); ++row)
            QVERIFY(!client->requestLog()->at(row).requestBody.contains("scheduled"));
    }

    // A hand-built request (Replay, Edit and Resend, a scenario step) that moves an email to the
    // outbox is treated like the editor's send: after a dropped answer it is read back, not repeated.
    void aHandBuiltSendIsReadBackAfterADroppedAnswer()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(60, key));
        FaultPlan::Rule rule;
        rule.fault = FaultPlan::Fault::DropAfterProcessing;
        rule.method = "PUT";
        sandbox.server->faults().add(rule);
        auto client = sandbox.makeClient(key);
        const QString id = sandbox.firstEmail("draft", true).id();
        const ApiResult result = run(client->send({.method = "PUT",
                                                   .path = "activity/email/" + id + "/",
                                                   .body = QJsonObject {{"status", "outbox"}}}));
        QVERIFY(!result.ok());
        QVERIFY(result.readBack.has_value());
        QCOMPARE(result.readBack->value("id").toString(), id);
        int puts = 0;
        for (int row = 0; row < client->requestLog()->size(); ++row)
            puts += client->requestLog()->at(row).method == "PUT" ? 1 : 0;
        QCOMPARE(puts, 1);
    }

    void noKeyInScenarioFiles()
    {
        const QString path = saved(recordTheSampleSession(), "keyless.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains(key.toUtf8()));
        QVERIFY(!text.contains(QByteArray(key.toUtf8() + ':').toBase64()));
        QVERIFY(!text.contains("Authorization"));
        QVERIFY(text.contains("{{email_id}}"));
    }

    void hostileScenarioFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{steps");
        QTest::newRow("no version") << QByteArray(
            "{\"steps\": [{\"method\": \"GET\", \"path\": \"me/\", \"expect\": {\"status\": 200}}]}");
        QTest::newRow("no steps") << QByteArray("{\"draftdesk_scenario\": 1, \"steps\": []}");
        QTest::newRow("absolute url")
            << QByteArray("{\"draftdesk_scenario\": 1, \"steps\": [{\"method\": \"GET\", \"path\": "
                          "\"https://evil.example/x\", \"expect\": {\"status\": 200}}]}");
        QTest::newRow("climbs out") << QByteArray(
            "{\"draftdesk_scenario\": 1, \"steps\": [{\"method\": \"GET\", \"path\": \"../../admin/\", "
            "\"expect\": {\"status\": 200}}]}");
        QTest::newRow("odd method") << QByteArray(
            "{\"draftdesk_scenario\": 1, \"steps\": [{\"method\": \"TRACE\", \"path\": \"me/\", \"expect\": "
            "{\"status\": 200}}]}");
        QTest::newRow("no status") << QByteArray(
            "{\"draftdesk_scenario\": 1, \"steps\": [{\"method\": \"GET\", \"path\": \"me/\"}]}");
    }
    void hostileScenarioFilesAreRefused()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!Scenario::fromJson(json, &error));
        QVERIFY(!error.isEmpty());
    }

    void headlessRunExitCodes()
    {
        const QString path = saved(recordTheSampleSession(), "headless.json");
        QString output;
        {
            SandboxFixture fresh;
            QVERIFY(fresh.start(60, key));
            const int code = runHeadless(
                {"--scenario", path, "--api-base", fresh.server->baseUrl().toString()}, key, &output);
            QVERIFY2(code == 0, qPrintable(output));
            QVERIFY2(output.contains("5 steps passed, 0 failed."), qPrintable(output));
            QVERIFY(!output.contains(key));
        }
        {
            SandboxFixture broken;
            QVERIFY(broken.start(60, key));
            FaultPlan::Rule rule;
            rule.fault = FaultPlan::Fault::ServerError;
            rule.method = "PUT";
            rule.times = -1;
            broken.server->faults().add(rule);
            const int code = runHeadless(
                {"--scenario", path, "--api-base", broken.server->baseUrl().toString()}, key, &output);
            QVERIFY2(code == 1, qPrintable(output));
            QVERIFY(output.contains("FAIL"));
        }
        QCOMPARE(runHeadless({"--scenario", dir.filePath("missing.json")}, key, &output), 2);
        QFile junk(dir.filePath("junk.json"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a scenario");
        junk.close();
        QCOMPARE(runHeadless({"--scenario", junk.fileName()}, key, &output), 2);
        QVERIFY(output.contains("cannot read the scenario"));
        // The built-in sandbox, no key needed: the demo data holds the same draft.
        const int demo = runHeadless({"--scenario", path, "--demo"}, QString(), &output);
        QVERIFY2(demo == 0, qPrintable(output));

        // Could not be run: nothing listening, or a refused key. 2, at the first step, with the reason.
        {
            SandboxFixture gone;
            QVERIFY(gone.start(60, key));
            const QString base = gone.server->baseUrl().toString();
            gone.stop();
            const int code = runHeadless({"--scenario", path, "--api-base", base}, key, &output);
            QVERIFY2(code == 2, qPrintable(output));
            QVERIFY2(output.contains("no connection could be set up"), qPrintable(output));
            QVERIFY2(output.contains("1 failed."), qPrintable(output)); // stopped at the first step
        }
        {
            SandboxFixture fresh;
            QVERIFY(fresh.start(60, key));
            const QString report = dir.filePath("report.xml");
            const int code = runHeadless(
                {"--scenario", path, "--api-base", fresh.server->baseUrl().toString(), "--report", report},
                "not-the-key", &output);
            QVERIFY2(code == 2, qPrintable(output));
            QVERIFY2(output.contains("the key was refused on the first step (401)"), qPrintable(output));
            QFile xml(report);
            QVERIFY(xml.open(QIODevice::ReadOnly));
            const QByteArray written = xml.readAll();
            QVERIFY2(written.contains("<testsuite name=\"Schedule round trip\" tests=\"5\" failures=\"1\" "
                                      "errors=\"1\" skipped=\"4\""),
                     written.constData());
            QVERIFY(!written.contains("not-the-key"));
        }
    }

    // The shipped example replays green on the demo, with a clean table: no notes, no new fields.
    void theShippedExampleIsClean()
    {
        QString output;
        const QString report = dir.filePath("example.xml");
        const int code = runHeadless(
            {"--scenario",
             QStringLiteral(DRAFTDESK_SOURCE_DIR "/resources/scenarios/schedule-round-trip.json"), "--demo",
             "--report", report},
            QString(), &output);
        QVERIFY2(code == 0, qPrintable(output));
        QVERIFY2(!output.contains("new field") && !output.contains("       · "), qPrintable(output));
        QVERIFY(!output.contains("older Draftdesk"));
        QFile xml(report);
        QVERIFY(xml.open(QIODevice::ReadOnly));
        const QByteArray written = xml.readAll();
        QVERIFY2(written.contains("tests=\"5\" failures=\"0\" errors=\"0\" skipped=\"0\""),
                 written.constData());
        QCOMPARE(written.count("<testcase "), 5);
    }
};

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
