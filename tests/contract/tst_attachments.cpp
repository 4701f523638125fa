// Attachments end to end: Close's Files API as the sandbox plays it (the upload slot, its S3 form
// target, the 60-second expiry), FileUpload through CloseClient, and DraftSession's PUTs carrying
// `attachments` only when they changed. Faults of the file store come from a server of the tests'
// own, not from the sandbox.
#include "core/api/CloseClient.h"
#include "core/api/RequestLog.h"
#include "core/drafts/DraftJournal.h"
#include "core/drafts/DraftSession.h"
#include "core/drafts/Drafts.h"
#include "core/drafts/FileUpload.h"
#include "core/email/EmailValidation.h"
#include "fakes/RawHttpServer.h"
#include "fakes/SandboxFixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString key = QStringLiteral("attach-key-n0t-in-logs");
}

class TestAttachments final : public QObject
{
    Q_OBJECT

private:
    SandboxFixture sandbox;
    std::unique_ptr<CloseClient> client;
    QTemporaryDir dir;

    ApiResult run(ApiCall *call)
    {
        QSignalSpy finished(call, &ApiCall::finished);
        if (!finished.wait(20000))
            qFatal("call never finished");
        return finished.first().first().value<ApiResult>();
    }
    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write a test file");
        return file.fileName();
    }
    // Runs an upload to its end: the attachment, or the failure's message in *error.
    std::optional<EmailActivity::Attachment> upload(FileUpload &upload, QString *error = nullptr)
    {
        QSignalSpy done(&upload, &FileUpload::finished);
        QSignalSpy failed(&upload, &FileUpload::failed);
        upload.start();
        if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 20000))
            qFatal("upload never ended");
        if (!failed.isEmpty()) {
            if (error)
                *error = failed.first().first().toString();
            return std::nullopt;
        }
        return done.first().first().value<EmailActivity::Attachment>();
    }
    QJsonObject lastPutBody() const
    {
        const RequestLog *log = client->requestLog();
        for (int row = log->size() - 1; row >= 0; --row) {
            if (log->at(row).method == "PUT")
                return QJsonDocument::fromJson(log->at(row).requestBody).object();
        }
        return {};
    }
    EmailActivity draftWithAttachment() const
    {
        for (const QString &id : sandbox.store->orderedEmailIds()) {
            const QJsonObject &e = *sandbox.store->email(id);
            if (e.value(u"status").toString() == QLatin1String("draft")
                && !e.value(u"attachments").toArray().isEmpty())
                return EmailActivity::fromJson(e).activity;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<EmailActivity::Attachment>();
        QVERIFY(dir.isValid());
    }
    void init()
    {
        QVERIFY(sandbox.start(60, key));
        client = sandbox.makeClient(key);
    }
    void cleanup()
    {
        client.reset();
        sandbox.stop();
    }

    void slotRequestIsValidated_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("no filename") << QJsonObject {{"content_type", "text/plain"}} << "filename"
                                     << "This field is required.";
        QTest::newRow("blank filename")
            << QJsonObject {{"filename", "  "}, {"content_type", "text/plain"}} << "filename"
            << "This field is required.";
        QTest::newRow("number filename")
            << QJsonObject {{"filename", 7}, {"content_type", "text/plain"}} << "filename"
            << "Not a valid string.";
        QTest::newRow("long filename")
            << QJsonObject {{"filename", QString(256, 'a')}, {"content_type", "text/plain"}} << "filename"
            << "Ensure this field has no more than 255 characters.";
        QTest::newRow("no type") << QJsonObject {{"filename", "a.txt"}} << "content_type"
                                 << "This field is required.";
        QTest::newRow("not a type") << QJsonObject {{"filename", "a.txt"}, {"content_type", "pdf"}}
                                    << "content_type"
                                    << "Not a valid MIME type.";
    }
    void slotRequestIsValidated()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const ApiResult result
            = run(client->send({.method = "POST", .path = QStringLiteral("files/upload/"), .body = body}));
        QCOMPARE(result.httpStatus, 400);
        QCOMPARE(result.error.kind, ApiError::Kind::Validation);
        QCOMPARE(result.error.fieldErrors.value(field), message);
        // Only POST, and only with a key.
        QCOMPARE(run(client->send({.path = QStringLiteral("files/upload/")})).httpStatus, 405);
        auto stranger = sandbox.makeClient(QStringLiteral("wrong"));
        QCOMPARE(run(stranger->requestUpload("a.txt", "text/plain")).httpStatus, 401);
    }

    void uploadsAFileThroughTheSlotAndItsForm()
    {
        const QByteArray content = QByteArray("%PDF-1.4\n") + QByteArray(300 * 1024, 'x');
        FileUpload file(client.get(), writeFile("Quote \"final\" Q4.pdf", content));
        QCOMPARE(file.contentType(), QStringLiteral("application/pdf"));
        QSignalSpy progress(&file, &FileUpload::progressed);
        const auto attachment = upload(file);
        QVERIFY(attachment);
        QCOMPARE(attachment->filename, QStringLiteral("Quote \"final\" Q4.pdf"));
        QCOMPARE(attachment->contentType, QStringLiteral("application/pdf"));
        QCOMPARE(attachment->size, content.size());
        QVERIFY(attachment->url.startsWith("https://app.close.com/go/file/file_"));
        QCOMPARE(progress.constLast().at(0).toLongLong(), content.size());
        QCOMPARE(sandbox.server->api().files().uploadedCount(), 1);

        // The log holds both steps; the form's entry names its fields, never their values, and
        // neither the form nor anything else carries the key.
        const RequestLog *log = client->requestLog();
        QCOMPARE(log->size(), 2);
        QCOMPARE(log->at(0).url.path(), SandboxApi::basePath + "/files/upload/");
        const Exchange &form = log->at(1);
        QCOMPARE(form.status, 201);
        QVERIFY(form.url.path() == SandboxFiles::targetPath);
        QVERIFY(QString::fromUtf8(form.requestBody).contains("policy"));
        const QJsonObject slot = QJsonDocument::fromJson(log->at(0).responseBody.bytes()).object();
        const QString policy = slot["upload"]["fields"]["policy"].toString();
        QVERIFY(!policy.isEmpty());
        QVERIFY(!form.requestBody.contains(policy.toUtf8()));
        for (const auto &[name, value] : form.requestHeaders)
            QVERIFY2(name.compare("Authorization", Qt::CaseInsensitive) != 0, value.constData());

        // The URL passes the attachment rules, and a draft takes it.
        const QJsonArray list {QJsonObject {{"url", attachment->url},
                                            {"filename", attachment->filename},
                                            {"content_type", attachment->contentType},
                                            {"size", attachment->size}}};
        const EmailActivity draft = sandbox.firstEmail("draft");
        const EmailValidation::Result rules = EmailValidation::validateUpdate(draft, {{"attachments", list}});
        QVERIFY2(rules.ok(), qPrintable(rules.fieldErrors.value("attachments")));
        const ApiResult put = run(client->updateEmail(draft.id(), {{"attachments", list}}));
        QVERIFY2(put.ok(), qPrintable(put.error.fullText()));
        QCOMPARE(put.object()["attachments"].toArray(), list);
    }

    void aSlotUnusedForSixtySecondsExpires()
    {
        // The sandbox's clock jumps a minute on as it hands out the slot: the form arrives too late.
        connect(sandbox.server.get(), &SandboxServer::requestHandled, this,
                [this](const QByteArray &, const QString &path, int) {
                    if (path.endsWith("/files/upload/"))
                        sandbox.clock->advance(SandboxFiles::slotLifetimeMs + 1000);
                });
        FileUpload file(client.get(), writeFile("late.txt", "hello"));
        QString error;
        QVERIFY(!upload(file, &error));
        QCOMPARE(file.stage(), FileUpload::Stage::Failed);
        QVERIFY2(error.contains("expired"), qPrintable(error));
        QCOMPARE(client->requestLog()->at(1).status, 403);
        QCOMPARE(sandbox.server->api().files().uploadedCount(), 0);
        // Starting again asks for a new slot, and goes through in time.
        sandbox.server->disconnect(this);
        QVERIFY(upload(file));
    }

    void aFileNotUploadedIsRefusedInAnEmail()
    {
        const ApiResult slot = run(client->requestUpload("never.txt", "text/plain"));
        QVERIFY(slot.ok());
        const QString url = slot.object()["download"].toObject()["url"].toString();
        const EmailActivity draft = sandbox.firstEmail("draft");
        const ApiResult put = run(client->updateEmail(
            draft.id(),
            {{"attachments",
              QJsonArray {QJsonObject {{"url", url}, {"filename", "never.txt"}, {"size", 3}}}}}));
        QCOMPARE(put.httpStatus, 400);
        QVERIFY2(put.error.fieldErrors.value("attachments").contains("has not been uploaded"),
                 qPrintable(put.error.fullText()));
    }

    void theFormTargetChecksEveryField()
    {
        const ApiResult slot = run(client->requestUpload("a.txt", "text/plain"));
        const QJsonObject fields = slot.object()["upload"].toObject()["fields"].toObject();
        const auto post = [&](const QJsonObject &sent, const QByteArray &file = "abc", bool fileLast = true) {
            QByteArray body;
            const auto part = [&](const QByteArray &disposition, const QByteArray &data) {
                body
                    += "--XyZ\r\nContent-Disposition: form-data; " + disposition + "\r\n\r\n" + data + "\r\n";
            };
            if (!fileLast)
                part("name=\"file\"; filename=\"a.txt\"", file);
            for (auto it = sent.begin(); it != sent.end(); ++it)
                part("name=\"" + it.key().toUtf8() + "\"", it.value().toString().toUtf8());
            if (fileLast)
                part("name=\"file\"; filename=\"a.txt\"", file);
            body += "--XyZ--\r\n";
            return sandbox.server->api().handle({"POST",
                                                 SandboxFiles::targetPath,
                                                 QUrlQuery(),
                                                 {{"Content-Type", "multipart/form-data; boundary=XyZ"}},
                                                 body});
        };
        QJsonObject changedType = fields;
        changedType["Content-Type"] = "text/html";
        SandboxResponse answer = post(changedType);
        QCOMPARE(answer.status, 403);
        QVERIFY(answer.body.contains("Policy Condition failed"));
        QJsonObject unsigned_ = fields;
        unsigned_.remove("x-amz-signature");
        QCOMPARE(post(unsigned_).status, 403);
        QCOMPARE(post(fields, "abc", false).status, 403); // fields after the file are not read
        answer = sandbox.server->api().handle({"POST",
                                               SandboxFiles::targetPath,
                                               QUrlQuery(),
                                               {{"Content-Type", "multipart/form-data; boundary=XyZ"}},
                                               "junk"});
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.body.contains("MalformedPOSTRequest"));
        QCOMPARE(post(fields).status, 201);
    }

    void hostileSlotsAreNotUsed_data()
    {
        QTest::addColumn<QJsonObject>("answer");
        const QJsonObject fields {{"key", "k"}};
        const QJsonObject download {{"url", "https://app.close.com/go/file/file_x/"}};
        const auto slot = [&](const QJsonValue &url, const QJsonValue &f = QJsonValue()) {
            return QJsonObject {
                {"upload",
                 QJsonObject {{"url", url},
                              {"fields", f.isUndefined() || f.isNull() ? QJsonValue(fields) : f}}},
                {"download", download}};
        };
        QTest::newRow("plain http elsewhere") << slot("http://files.example.com/up");
        QTest::newRow("credentials in URL") << slot("https://user:pw@files.example.com/up");
        QTest::newRow("file scheme") << slot("file:///etc/passwd");
        QTest::newRow("relative") << slot("/up");
        QTest::newRow("number") << slot(42);
        QTest::newRow("field not a string") << slot("https://s3.example.com/", QJsonObject {{"key", 1}});
        QTest::newRow("field named file") << slot("https://s3.example.com/", QJsonObject {{"file", "x"}});
        QTest::newRow("fields an array") << slot("https://s3.example.com/", QJsonArray {"x"});
        QJsonObject otherDownload = slot("https://s3.example.com/");
        otherDownload["download"] = QJsonObject {{"url", "https://evil.example.com/file"}};
        QTest::newRow("download elsewhere") << otherDownload;
        QTest::newRow("empty") << QJsonObject {};
    }
    void hostileSlotsAreNotUsed()
    {
        QFETCH(QJsonObject, answer);
        QString problem;
        QVERIFY(!FileUpload::readSlot(answer, &problem));
        QVERIFY(!problem.isEmpty());
        // What the sandbox hands out passes the same checks.
        const ApiResult slot = run(client->requestUpload("a.txt", "text/plain"));
        QVERIFY(FileUpload::readSlot(slot.object(), &problem));
    }

    void fileStoreFaultsAreSaidAndNothingIsAttached_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QString>("said");
        QTest::newRow("500") << RawHttpServer::answer(500, "Oops",
                                                      "<Error><Code>InternalError</Code><Message>We "
                                                      "encountered an internal error.</Message></Error>")
                             << "internal error";
        QTest::newRow("redirect") << QByteArray(
            "HTTP/1.1 307 Temporary Redirect\r\nLocation: http://127.0.0.1:1/x\r\n"
            "Content-Length: 0\r\nConnection: close\r\n\r\n")
                                  << "redirect";
        QTest::newRow("dropped") << QByteArray() << "did not finish";
        QTest::newRow("huge answer") << RawHttpServer::answer(201, "Created", QByteArray(256 * 1024, 'a'))
                                     << "answered too much";
    }
    void fileStoreFaultsAreSaidAndNothingIsAttached()
    {
        QFETCH(QByteArray, reply);
        QFETCH(QString, said);
        // A file store of the tests' own stands in for S3; Close (the sandbox) points the slot at it.
        RawHttpServer store;
        QVERIFY(store.start());
        store.handle = [&](const RawRequest &, QTcpSocket *socket) {
            if (reply.isEmpty()) {
                socket->abort();
                return;
            }
            socket->write(reply);
            socket->disconnectFromHost();
        };
        sandbox.server->api().files().setOrigin(QString::fromLatin1(store.base()));
        FileUpload file(client.get(), writeFile("f.txt", "data"));
        QString error;
        QVERIFY(!upload(file, &error));
        QVERIFY2(error.contains(said), qPrintable(error));
        QCOMPARE(store.received.size() + (reply.isEmpty() ? 1 : 0) >= 1, true);
        QVERIFY(!store.received.isEmpty() || reply.isEmpty());
        if (!store.received.isEmpty())
            QVERIFY(!store.received.first().hasHeader("Authorization"));
    }

    void filesTheClientCannotSendAreRefusedBeforeAnyRequest()
    {
        QVERIFY(FileUpload::problemWith(dir.filePath("missing.pdf")));
        QVERIFY(FileUpload::problemWith(dir.path())); // a folder
        QFile big(dir.filePath("big.bin"));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(FileUpload::maxFileBytes + 1)); // sparse: no 25 MB written
        big.close();
        const auto problem = FileUpload::problemWith(big.fileName());
        QVERIFY(problem);
        QVERIFY2(problem->contains("at most"), qPrintable(*problem));
        QVERIFY(!FileUpload::problemWith(writeFile("ok.txt", "fine")));
        DraftSession session(client.get(), sandbox.firstEmail("draft"));
        QVERIFY(!session.attachFile(big.fileName()));
        QCOMPARE(client->requestLog()->size(), 0);
    }

    void untouchedAttachmentsRoundTripAndRemovalIsAChange()
    {
        const EmailActivity draft = draftWithAttachment();
        QVERIFY(!draft.id().isEmpty());
        const QJsonArray before = draft.toJson()["attachments"].toArray();
        DraftSession session(client.get(), draft);
        QSignalSpy saved(&session, &DraftSession::saved);
        session.setSubject("Only the subject");
        session.save();
        QVERIFY(saved.wait());
        QVERIFY(!lastPutBody().contains("attachments"));
        QCOMPARE(sandbox.store->email(draft.id())->value("attachments").toArray(), before);

        // A file joins the list when it arrives; the save carries the old entries unchanged.
        QSignalSpy uploads(&session, &DraftSession::uploadsChanged);
        FileUpload *file = session.attachFile(writeFile("notes.txt", "notes"));
        QVERIFY(file);
        QCOMPARE(session.activeUploads(), 1);
        QVERIFY(!session.check({}).ok()); // no send while the file is on its way
        QVERIFY(QTest::qWaitFor([&] { return session.activeUploads() == 0; }, 20000));
        QVERIFY(session.check({}).errors.isEmpty());
        QCOMPARE(session.attachments().size(), before.size() + 1);
        QVERIFY(session.isDirty());
        session.save();
        QVERIFY(saved.wait());
        const QJsonArray put = lastPutBody()["attachments"].toArray();
        QCOMPARE(put.size(), before.size() + 1);
        QCOMPARE(put.first(), before.first()); // every key as Close gave it
        QCOMPARE(put.last()["filename"].toString(), "notes.txt");

        // Removing one is an ordinary edit: dirty, journalled, saved as the remaining list.
        session.removeAttachment(0);
        QVERIFY(session.isDirty());
        QCOMPARE(session.changes().fields(), QStringList {"attachments"});
        session.save();
        QVERIFY(saved.wait());
        QCOMPARE(lastPutBody()["attachments"].toArray(), QJsonArray {put.last()});
        QCOMPARE(sandbox.store->email(draft.id())->value("attachments").toArray(), QJsonArray {put.last()});
    }

    // A file still on its way when its window closes is not lost: the session stays until it lands,
    // the journal holds it, and a new session (after a crash) takes it back.
    void aFileOnItsWayOutlivesItsWindowAndIsJournalled()
    {
        QTemporaryDir journalDir;
        DraftJournal journal(journalDir.path());
        journal.setDelay(0);
        Drafts drafts(client.get(), &journal);
        const EmailActivity draft = sandbox.firstEmail("draft");
        DraftSession *session = drafts.open(draft);
        QVERIFY(session->attachFile(writeFile("late-night.txt", "notes")));
        drafts.close(session); // the window goes while the file is on its way
        QCOMPARE(drafts.find(draft.id()), session);
        QTRY_VERIFY_WITH_TIMEOUT(drafts.find(draft.id()) == nullptr, 20000); // landed, then let go
        const std::optional<DraftJournal::Entry> entry = journal.entry(draft.id());
        QVERIFY(entry);
        const QJsonArray journalled = entry->edits.value("attachments").toArray();
        QCOMPARE(journalled.size(), 1);
        QCOMPARE(journalled.first()["filename"].toString(), "late-night.txt");
        DraftSession restored(client.get(), draft, &journal);
        restored.restore(*entry);
        QCOMPARE(restored.attachments().size(), 1);
        QCOMPARE(restored.changes().fields(), QStringList {"attachments"});
    }

    // A session that goes (the program quits) while its file is being posted: the post is aborted,
    // nothing is attached or announced afterwards, and nothing crashes.
    void aSessionDestroyedMidUploadSaysNothingMore()
    {
        RawHttpServer store; // a file store that takes the form and never answers
        QVERIFY(store.start());
        store.handle = [](const RawRequest &, QTcpSocket *) {
        };
        sandbox.server->api().files().setOrigin(QString::fromLatin1(store.base()));
        auto session = std::make_unique<DraftSession>(client.get(), sandbox.firstEmail("draft"));
        FileUpload *upload = session->attachFile(writeFile("slow.txt", "data"));
        QVERIFY(upload);
        QTRY_VERIFY_WITH_TIMEOUT(!store.received.isEmpty(), 10000); // the form is on its way
        QCOMPARE(upload->stage(), FileUpload::Stage::Sending);
        int heard = 0;
        connect(session.get(), &DraftSession::uploadsChanged, this, [&heard] { ++heard; });
        connect(session.get(), &DraftSession::changed, this, [&heard] { ++heard; });
        session.reset();
        QCOMPARE(heard, 0);
        const Exchange &form = client->requestLog()->at(client->requestLog()->size() - 1);
        QVERIFY(form.url.path() == SandboxFiles::targetPath);
    }

    void aFailedUploadStaysListedUntilDismissed()
    {
        connect(sandbox.server.get(), &SandboxServer::requestHandled, this,
                [this](const QByteArray &, const QString &path, int) {
                    if (path.endsWith("/files/upload/"))
                        sandbox.clock->advance(SandboxFiles::slotLifetimeMs + 1000);
                });
        DraftSession session(client.get(), sandbox.firstEmail("draft"));
        FileUpload *file = session.attachFile(writeFile("late.txt", "x"));
        QSignalSpy failed(file, &FileUpload::failed);
        QVERIFY(failed.wait());
        QCOMPARE(session.uploads(), QList<FileUpload *> {file});
        QCOMPARE(session.activeUploads(), 0);
        QVERIFY(!session.isDirty());
        session.dismissUpload(file);
        QVERIFY(session.uploads().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAttachments)
#include "tst_attachments.moc"
