// EmailListModel (over a store in memory) against the sandbox: paging, projection, filters, refresh,
// in-place updates and failed pages, checked with QAbstractItemModelTester and exact signal counts.
#include "core/api/CloseClient.h"
#include "core/api/RequestLog.h"
#include "core/base/BidiText.h"
#include "core/list/EmailListModel.h"
#include "core/store/EmailStore.h"
#include "fakes/SandboxFixture.h"
#include "http/QtHttpEngine.h"
#include "sandbox/DemoData.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A sandbox on the real clock (its rate-limit windows start over in real time, as Close's do) that
// allows `limit` requests per `seconds` per endpoint group, and a client of its own.
struct TightBudget
{
    TightBudget(int limit, double seconds)
    {
        server.api().setApiKey("k");
        server.api().rateLimiter().setLimit(limit, seconds);
        server.api().rateLimiter().setEnabled(true);
        started = populated && server.start(0) != 0;
        client.setBaseUrl(server.baseUrl());
        client.setApiKey("k");
        client.retryPolicy().maxAttempts = 4;
    }
    int answered(int status) const
    {
        int count = 0;
        for (int i = 0; i < client.requestLog()->size(); ++i)
            count += client.requestLog()->at(i).status == status ? 1 : 0;
        return count;
    }
    int requestsTo(const QString &path) const
    {
        int count = 0;
        for (int i = 0; i < client.requestLog()->size(); ++i)
            count += client.requestLog()->at(i).url.path().contains(path) ? 1 : 0;
        return count;
    }

    SystemClock realTime;
    SandboxStore data;
    bool populated = DemoData::populate(data, 40, realTime.now());
    SandboxServer server {data, realTime};
    QNetworkAccessManager network;
    QtHttpEngine http {&network};
    CloseClient client {&http};
    bool started = false;
};

class TestEmailListModel final : public QObject
{
    Q_OBJECT

private:
    SandboxFixture sandbox;
    SandboxStore *store = nullptr;
    SandboxServer *server = nullptr;
    ManualClock *clock = nullptr;
    std::unique_ptr<CloseClient> client;
    std::unique_ptr<EmailListModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;

    void start(int emails)
    {
        QVERIFY(sandbox.start(emails));
        store = sandbox.store.get();
        server = sandbox.server.get();
        clock = sandbox.clock.get();
        client = std::make_unique<CloseClient>(sandbox.http.get());
        client->setBaseUrl(server->baseUrl());
        client->setApiKey("k");
        client->retryPolicy().maxAttempts = 1;
        model = std::make_unique<EmailListModel>(client.get());
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void loadFirstPage(const EmailQuery &query = {})
    {
        QSignalSpy loaded(model.get(), &EmailListModel::pageLoaded);
        model->setQuery(query);
        QVERIFY(loaded.wait(10000));
    }
    // The idle point: every request this client made has its answer (or was cancelled); an answer
    // still to be read by the model would have reached it by now.
    bool nothingPending() const
    {
        const RequestLog *log = client->requestLog();
        for (int i = 0; i < log->size(); ++i) {
            if (log->at(i).isPending())
                return false;
        }
        return true;
    }
    QStringList ids() const
    {
        QStringList list;
        for (int row = 0; row < model->rowCount(); ++row)
            list.append(model->idAt(row));
        return list;
    }

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules("draftdesk.sandbox*.info=false"); }
    void cleanup()
    {
        tester.reset();
        model.reset();
        client.reset();
        sandbox.stop();
    }

    void pagesThroughOneThousandRows()
    {
        start(1000);
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        loadFirstPage();
        QCOMPARE(model->rowCount(), 100);
        QVERIFY(model->hasMore());
        // Note: the model tester itself calls fetchMore(), as a view would; either way one page at a time.
        while (model->hasMore()) {
            QSignalSpy loaded(model.get(), &EmailListModel::pageLoaded);
            model->fetchMore({});
            QVERIFY(loaded.wait(10000));
        }
        QCOMPARE(model->rowCount(), 1000);
        QCOMPARE(inserted.count(), 10);
        for (int page = 0; page < 10; ++page) {
            QCOMPARE(inserted.at(page).at(1).toInt(), page * 100);
            QCOMPARE(inserted.at(page).at(2).toInt(), page * 100 + 99);
        }
        QCOMPARE(ids(), store->orderedEmailIds());
        QVERIFY(!model->hasMore());
        QVERIFY(!model->canFetchMore({}));
    }

    void asksOnlyForTheShownColumns()
    {
        start(50);
        loadFirstPage();
        const Exchange &page = client->requestLog()->at(0);
        QCOMPARE(page.url.path(), QStringLiteral("/api/v1/activity/email/"));
        const QUrlQuery query(page.url);
        QCOMPARE(query.queryItemValue("_fields", QUrl::FullyDecoded).split(','),
                 EmailListModel::listFields());
        QCOMPARE(query.queryItemValue("_limit"), QStringLiteral("100"));
        QVERIFY(!page.responseBody.contains("body_html"));
        // A page of 50 rows with the demo's 1 MB body among them still weighs only a few kilobytes.
        QVERIFY2(page.responseSize < 50 * 600, qPrintable(QString::number(page.responseSize)));
    }

    // A start under draftdesk-sandbox --rate-limit 3/10 (three requests per 10 s per endpoint group, on
    // the real clock, as Close's windows run): the first page and every lead's name arrive without a
    // 429, the names in one Advanced Filtering search (POST /data/search/), none by a GET per lead.
    void aStartUnderATightBudgetMakesAtMostOne429()
    {
        TightBudget tight(3, 10.0);
        QVERIFY(tight.started);
        CloseClient &budgeted = tight.client;
        EmailListModel list(&budgeted);
        QSignalSpy loaded(&list, &EmailListModel::pageLoaded);
        list.setQuery({});
        QVERIFY(loaded.wait(10000));
        const auto allNamed = [&list] {
            for (int row = 0; row < list.rowCount(); ++row) {
                const QString lead = list.index(row, EmailListModel::LeadColumn).data().toString();
                if (lead == QString(QChar(0x2026)) || lead.startsWith("lead_"))
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allNamed(), 30000);
        const int limited = tight.answered(429);
        QVERIFY2(limited <= 1, qPrintable(QString::number(limited) + " answers were 429"));
        QCOMPARE(tight.requestsTo("/data/search/"), 1);
        QCOMPARE(tight.requestsTo("/lead/"), 0);
    }

    // Calls waiting in line go out no more at once than the budget has left, the first of a group
    // alone: a dozen lead lookups at once against three a second make at most one 429 (without the
    // turns: nine).
    void callsInLineArePacedToTheBudget()
    {
        TightBudget tight(3, 1.0);
        QVERIFY(tight.started);
        CloseClient &budgeted = tight.client;
        const QStringList leads = tight.data.leads.keys();
        int answered = 0;
        for (int i = 0; i < 12; ++i) {
            connect(budgeted.lead(leads.at(i % leads.size())), &ApiCall::finished, this,
                    [&answered](const ApiResult &result) { answered += result.ok() ? 1 : 0; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered, 12, 30000);
        const int limited = tight.answered(429);
        QVERIFY2(limited <= 1, qPrintable(QString::number(limited) + " answers were 429"));
    }

    void columnsShowWhatAUserReads()
    {
        start(40);
        // The moment the page arrives the lead names are still on their way: "…", never the raw id.
        QStringList leadCellsOnArrival;
        connect(model.get(), &EmailListModel::pageLoaded, this, [&] {
            leadCellsOnArrival.append(model->index(0, EmailListModel::LeadColumn).data().toString());
            leadCellsOnArrival.append(
                model->index(0, EmailListModel::LeadColumn).data(Qt::ToolTipRole).toString());
        });
        loadFirstPage();
        QCOMPARE(leadCellsOnArrival.value(0), QString(QChar(0x2026)));
        QCOMPARE(leadCellsOnArrival.value(1), QStringLiteral("The lead's name is on its way from Close."));
        const int row = 0;
        const QString id = model->idAt(row);
        const QJsonObject &email = *store->email(id);
        QCOMPARE(model->index(row, EmailListModel::SubjectColumn).data().toString(),
                 email.value("subject").toString());
        QCOMPARE(model->index(row, EmailListModel::StatusColumn).data().toString(), QStringLiteral("Draft"));
        QCOMPARE(
            model->index(row, EmailListModel::StatusColumn).data(EmailListModel::StatusNameRole).toString(),
            QStringLiteral("draft"));
        QVERIFY(!model->index(row, EmailListModel::DateColumn).data().toString().isEmpty());
        // Lead names arrive, all in one search, and replace the "…" in place.
        const QString leadName
            = store->leads.value(email.value("lead_id").toString()).value("display_name").toString();
        QTRY_COMPARE(model->index(row, EmailListModel::LeadColumn).data().toString(), leadName);
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString leadId = store->email(model->idAt(r))->value("lead_id").toString();
            QCOMPARE(model->index(r, EmailListModel::LeadColumn).data().toString(),
                     store->leads.value(leadId).value("display_name").toString());
        }
        const auto requestsTo = [this](const QString &path) {
            int count = 0;
            for (int i = 0; i < client->requestLog()->size(); ++i)
                count += client->requestLog()->at(i).url.path().contains(path) ? 1 : 0;
            return count;
        };
        QCOMPARE(requestsTo("/data/search/"), 1);
        QCOMPARE(requestsTo("/lead/"), 0);
        // Another page of the same leads asks for no name again.
        QSignalSpy again(model.get(), &EmailListModel::pageLoaded);
        model->refresh();
        QVERIFY(again.wait(10000));
        QCOMPARE(requestsTo("/data/search/"), 1);
    }

    int searchesMade() const
    {
        int count = 0;
        for (int i = 0; i < client->requestLog()->size(); ++i)
            count += client->requestLog()->at(i).url.path().endsWith("/data/search/") ? 1 : 0;
        return count;
    }

    // A lead Close does not return (deleted, or hidden from the key) shows its id once the answer is
    // in, never "…" for ever, and is not asked for again with the next page.
    void aLeadCloseLacksShowsItsIdAndIsNotAskedAgain()
    {
        start(40);
        const QString gone = store->email(store->orderedEmailIds().first())->value("lead_id").toString();
        store->leads.remove(gone);
        loadFirstPage();
        QTRY_COMPARE(searchesMade(), 1);
        QTRY_COMPARE(model->index(0, EmailListModel::LeadColumn).data().toString(), gone);
        QSignalSpy again(model.get(), &EmailListModel::pageLoaded);
        model->refresh();
        QVERIFY(again.wait(10000));
        QTRY_VERIFY(nothingPending());
        QCOMPARE(searchesMade(), 1);
        // Another store (another profile, maybe another organisation) asks for it again.
        store->leads.insert(gone, QJsonObject {{"id", gone}, {"display_name", "Back Again"}});
        EmailStore other;
        model->setStore(&other);
        loadFirstPage();
        QTRY_COMPARE(model->index(0, EmailListModel::LeadColumn).data().toString(),
                     QStringLiteral("Back Again"));
        model->setStore(nullptr);
    }

    // A search that fails leaves the names to be asked for again with the next page; meanwhile the
    // cells say what they know (the id), not that a name is on its way.
    void aFailedNameSearchIsAskedAgain()
    {
        start(40);
        server->faults().add({FaultPlan::Fault::ServerError, 1, "POST", "/data/search/", 500});
        loadFirstPage();
        QTRY_COMPARE(server->faults().log().size(), 1);
        const QString leadId = store->email(model->idAt(0))->value("lead_id").toString();
        QTRY_COMPARE(model->index(0, EmailListModel::LeadColumn).data().toString(), leadId);
        QSignalSpy again(model.get(), &EmailListModel::pageLoaded);
        model->refresh();
        QVERIFY(again.wait(10000));
        QTRY_COMPARE(model->index(0, EmailListModel::LeadColumn).data().toString(),
                     store->leads.value(leadId).value("display_name").toString());
        QCOMPARE(searchesMade(), 2);
    }

    // A server that spoils one record (invalid UTF-8 in its subject, a number no double holds) makes
    // Qt's parser refuse the whole page; the page still shows, the spoiled record as one row that says
    // why it cannot be shown, with its id, so that it can still be opened (and fail alone).
    void oneBadRecordCostsOneRow_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("reason");
        QTest::newRow("invalid UTF-8") << "bad-utf8"
                                       << "it holds text that is not valid UTF-8";
        QTest::newRow("1e400") << "bad-number"
                               << "it holds a number that is out of range or badly written";
    }
    void oneBadRecordCostsOneRow()
    {
        QFETCH(QString, fault);
        QFETCH(QString, reason);
        start(30);
        std::optional<FaultPlan::Rule> rule = FaultPlan::parseRule(fault + ":GET@/activity/email/");
        QVERIFY(rule);
        server->faults().add(*rule);
        QSignalSpy failed(model.get(), &EmailListModel::errorOccurred);
        loadFirstPage();
        QCOMPARE(server->faults().log().size(), 1); // the page really was spoiled
        QCOMPARE(failed.count(), 0);
        QCOMPARE(model->rowCount(), 30);
        const QStringList ids = store->orderedEmailIds();
        QCOMPARE(model->idAt(1), ids.at(1));
        QCOMPARE(model->index(1, EmailListModel::SubjectColumn).data().toString(),
                 "(cannot be shown: " + reason + ")");
        QVERIFY(
            model->index(1, EmailListModel::SubjectColumn).data(Qt::ToolTipRole).toString().contains(reason));
        QCOMPARE(model->index(1, EmailListModel::StatusColumn).data().toString(),
                 QStringLiteral("Unreadable"));
        // None of the six statuses: no status icon, and a status filter never takes it for a draft.
        QCOMPARE(model->index(1, 0).data(EmailListModel::StatusNameRole).toString(), QString());
        QCOMPARE(model->index(1, 0).data(EmailListModel::StatusRole).toInt(), -1);
        // Its neighbours are whole.
        for (int row : {0, 2, 29})
            QCOMPARE(model->index(row, EmailListModel::SubjectColumn).data().toString(),
                     BidiText::forDisplay(store->email(ids.at(row))->value("subject").toString()));
    }

    // A right-to-left override in any field a column shows (a lead "Evil lead \u202ERTL" read as
    // "Evil lead LTR"): no cell and no tooltip carries a direction control.
    void everyColumnIsShownWithoutDirectionControls()
    {
        start(5);
        const QString rlo = QString(QChar(0x202E));
        const QString id = store->orderedEmailIds().constFirst();
        QJsonObject email = *store->email(id);
        email.insert("subject", QString("Invoice " + rlo + "gnp.exe"));
        email.insert("to", QJsonArray {QString("Evil " + rlo + "RTL <evil@example.com>")});
        email.insert("sender", QString("Sender " + rlo + "RTL <sender@example.com>"));
        store->putEmail(email);
        QJsonObject lead = store->leads.value(email.value("lead_id").toString());
        lead.insert("display_name", QString("Evil lead " + rlo + "RTL"));
        store->leads.insert(email.value("lead_id").toString(), lead);
        loadFirstPage();
        QCOMPARE(model->idAt(0), id);
        QTRY_COMPARE(model->index(0, EmailListModel::LeadColumn).data().toString(),
                     QStringLiteral("Evil lead RTL"));
        for (int column = 0; column < model->columnCount(); ++column) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                const QString shown = model->index(0, column).data(role).toString();
                QVERIFY2(!BidiText::containsControls(shown),
                         qPrintable(QString("column %1 role %2: %3")
                                        .arg(column)
                                        .arg(role)
                                        .arg(BidiText::escaped(shown))));
            }
        }
        QCOMPARE(model->index(0, EmailListModel::SubjectColumn).data().toString(),
                 QStringLiteral("Invoice gnp.exe"));
    }

    void serverSideFiltersRequery()
    {
        start(300);
        EmailQuery query;
        query.leadId = store->leads.firstKey();
        loadFirstPage(query);
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, 0).data(EmailListModel::LeadIdRole).toString(), query.leadId);
        QVERIFY(QUrlQuery(client->requestLog()->at(0).url).hasQueryItem("lead_id"));
    }

    void statusAndTextFilterOnTheClient()
    {
        start(200);
        loadFirstPage();
        model->loadAll();
        QTRY_COMPARE(model->rowCount(), 200);
        model->setStatusFilter(EmailStatus::Draft);
        int drafts = 0;
        for (const QString &id : store->orderedEmailIds())
            drafts += store->email(id)->value("status").toString() == "draft" ? 1 : 0;
        QCOMPARE(model->rowCount(), drafts);
        model->setSearchText("  rain   JACKETS ");
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(model->index(row, 0).data().toString(), QStringLiteral("Draft"));
            QVERIFY(
                model->index(row, EmailListModel::SubjectColumn).data().toString().contains("rain jackets"));
        }
        model->setSearchText("no email has this");
        QCOMPARE(model->rowCount(), 0);
        model->setSearchText(QString());
        model->setStatusFilter(std::nullopt);
        QCOMPARE(model->rowCount(), 200);
        model->sort(EmailListModel::SubjectColumn, Qt::AscendingOrder);
        QVERIFY(QString::localeAwareCompare(model->index(0, 1).data().toString().toLower(),
                                            model->index(199, 1).data().toString().toLower())
                <= 0);
    }

    // The address columns show who, not where: display names in the cell, the full addresses in the
    // tooltip, and searching still finds the address.
    void addressColumnsShowNamesWithTheAddressesInTheTooltip()
    {
        start(20);
        const QString id = store->orderedEmailIds().constFirst();
        QJsonObject email = *store->email(id);
        email.insert("to", QJsonArray {"\"Jane Doe\" <jane.doe@acme.example>", "bob@acme.example"});
        email.insert("sender", "\"Anna Krause\" <anna.krause@northwind.example>");
        store->putEmail(email);
        loadFirstPage();
        const int row = model->rowForId(id);
        QVERIFY(row >= 0);
        const QModelIndex to = model->index(row, EmailListModel::ToColumn);
        const QModelIndex sender = model->index(row, EmailListModel::SenderColumn);
        QCOMPARE(to.data().toString(), QStringLiteral("Jane Doe, bob@acme.example"));
        QCOMPARE(to.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("\"Jane Doe\" <jane.doe@acme.example>, bob@acme.example"));
        QCOMPARE(sender.data().toString(), QStringLiteral("Anna Krause"));
        QCOMPARE(sender.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("\"Anna Krause\" <anna.krause@northwind.example>"));
        model->setSearchText("jane.doe@acme.example");
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->idAt(0), id);
    }

    // Text columns sort by the collator (case-insensitive, numbers as numbers), and stay sorted as
    // pages arrive and rows change: the sort keys are kept per row and must follow.
    void textSortFollowsTheCollatorAndNewRows()
    {
        // The user's locale decides (the C locale has no numeric collation); the store's indexes
        // are made in the language the store was opened in.
        const QLocale pinned;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const auto restore = qScopeGuard([&] { QLocale::setDefault(pinned); });
        start(300);
        const QStringList ids = store->orderedEmailIds();
        QJsonObject a = *store->email(ids.at(1));
        a.insert("subject", "Invoice 10");
        store->putEmail(a);
        QJsonObject b = *store->email(ids.at(2));
        b.insert("subject", "invoice 9");
        store->putEmail(b);
        loadFirstPage();
        model->sort(EmailListModel::SubjectColumn, Qt::AscendingOrder);
        QCollator collator(QLocale(QLocale::English, QLocale::UnitedStates));
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        const auto sorted = [&] {
            for (int row = 1; row < model->rowCount(); ++row) {
                const QString before = model->index(row - 1, EmailListModel::SubjectColumn).data().toString();
                const QString after = model->index(row, EmailListModel::SubjectColumn).data().toString();
                if (collator.compare(before, after) > 0) {
                    qWarning() << "out of order at" << row << before << after;
                    return false;
                }
            }
            return true;
        };
        QVERIFY(sorted());
        const auto rowOf = [&](const QString &subject) {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, EmailListModel::SubjectColumn).data().toString() == subject)
                    return row;
            }
            return -1;
        };
        QVERIFY(rowOf("invoice 9") >= 0);
        QVERIFY(rowOf("invoice 9") < rowOf("Invoice 10"));
        model->loadAll();
        QTRY_COMPARE(model->rowCount(), 300);
        QVERIFY(sorted());
        QCOMPARE(model->rowCount(), 300);
    }

    void refreshKeepsTheSelectionById()
    {
        start(150);
        loadFirstPage();
        QItemSelectionModel selection(model.get());
        const QString chosen = model->idAt(5);
        selection.setCurrentIndex(model->index(5, 0),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        // Someone else creates an email: it becomes the newest, everything moves down one row.
        clock->advance(1000);
        QJsonObject created
            = QJsonDocument::fromJson(
                  server->api()
                      .handle({"POST",
                               "/api/v1/activity/email/",
                               {},
                               {{"Authorization", "Basic " + QByteArray("k:").toBase64()},
                                {"Content-Type", "application/json"}},
                               QJsonDocument(
                                   QJsonObject {{"lead_id", store->leads.firstKey()}, {"status", "draft"}})
                                   .toJson()})
                      .body)
                  .object();
        QVERIFY(created.contains("id"));
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy loaded(model.get(), &EmailListModel::pageLoaded);
        model->refresh();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(reset.count(), 0);
        // The new email joins the hundred listed before (the store keeps every email it has seen).
        QCOMPARE(model->rowCount(), 101);
        QCOMPARE(model->idAt(0), created.value("id").toString());
        QCOMPARE(selection.currentIndex().row(), 6);
        QCOMPARE(model->idAt(selection.currentIndex().row()), chosen);
        QVERIFY(selection.isRowSelected(6, {}));
    }

    void updatesARowInPlace()
    {
        start(30);
        loadFirstPage();
        const QString id = model->idAt(3);
        EmailActivity email = EmailActivity::fromJson(*store->email(id)).activity;
        email.setSubject("Changed in the editor");
        email.setStatus(EmailStatus::Scheduled);
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        model->updateEmail(email);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 3);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(model->index(3, EmailListModel::SubjectColumn).data().toString(),
                 QStringLiteral("Changed in the editor"));
        QCOMPARE(model->index(3, EmailListModel::StatusColumn).data().toString(),
                 QStringLiteral("Scheduled"));
    }

    void failedPageKeepsRowsAndRetriesWithoutDuplicates()
    {
        start(250);
        loadFirstPage();
        server->faults().add({FaultPlan::Fault::ServerError, 1, "GET", "/activity/email/", 500});
        QSignalSpy failed(model.get(), &EmailListModel::errorOccurred);
        model->fetchMore({});
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Server);
        QCOMPARE(model->rowCount(), 100);
        QVERIFY(!model->canFetchMore({})); // no hammering after a failure
        QSignalSpy loaded(model.get(), &EmailListModel::pageLoaded);
        model->retry();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model->rowCount(), 200);
        const QStringList loaded200 = ids();
        QCOMPARE(QSet<QString>(loaded200.begin(), loaded200.end()).size(), 200);
        QCOMPARE(ids(), store->orderedEmailIds().mid(0, 200));
    }

    void malformedPageIsReported()
    {
        start(150);
        loadFirstPage();
        server->faults().add({FaultPlan::Fault::MalformedJson, 1, "GET", "/activity/email/", 0});
        QSignalSpy failed(model.get(), &EmailListModel::errorOccurred);
        model->fetchMore({});
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::BadResponse);
        QCOMPARE(model->rowCount(), 100);
    }

    void unauthorizedIsReported()
    {
        start(10);
        client->setApiKey("wrong");
        QSignalSpy failed(model.get(), &EmailListModel::errorOccurred);
        model->setQuery({});
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(model->rowCount(), 0);
        client->setApiKey("k");
        QSignalSpy loaded(model.get(), &EmailListModel::pageLoaded);
        model->retry();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model->rowCount(), 10);
    }

    void aNewQueryDropsAnswersToTheOldOne()
    {
        start(200);
        server->faults().setLatency(300);
        model->setQuery({});
        EmailQuery query;
        query.leadId = store->leads.lastKey();
        QSignalSpy loaded(model.get(), &EmailListModel::pageLoaded);
        model->setQuery(query);
        QVERIFY(loaded.wait(10000));
        // The idle point: every request this client made has its answer (or was cancelled); an
        // answer to the old query would have reached the model by now.
        QTRY_VERIFY_WITH_TIMEOUT(nothingPending() && client->requestLog()->size() >= 2, 10000);
        QCOMPARE(loaded.count(), 1);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, 0).data(EmailListModel::LeadIdRole).toString(), query.leadId);
    }

    // Load All asks for the next pages while the current one is read: the rows still arrive once
    // each, in the server's order, with at most pagesAskedAhead requests more than the pages (the
    // guesses past the last one).
    void loadAllAsksAheadWithoutDuplicatesOrDisorder()
    {
        start(1050);
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        int aheadWhenRead = 0;
        int pagesRead = 0;
        connect(model.get(), &EmailListModel::pageLoaded, this, [&, this](int, bool more) {
            ++pagesRead;
            if (more && model->listRequestCount() >= pagesRead + 1 + EmailListModel::pagesAskedAhead)
                ++aheadWhenRead;
        });
        model->setQuery({});
        model->loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && !model->hasMore(), 20000);
        QCOMPARE(model->rowCount(), 1050);
        QCOMPARE(ids(), store->orderedEmailIds());
        QCOMPARE(pagesRead, 11);
        // The rows follow the pages in a few steps (at most one a page), always below those before.
        int insertedRows = 0;
        for (const QList<QVariant> &insert : std::as_const(inserted)) {
            QCOMPARE(insert.at(1).toInt(), insertedRows);
            insertedRows = insert.at(2).toInt() + 1;
        }
        QCOMPARE(insertedRows, 1050);
        QVERIFY(inserted.count() >= 1 && inserted.count() <= 11);
        QVERIFY2(model->listRequestCount() <= 11 + EmailListModel::pagesAskedAhead,
                 qPrintable(QString::number(model->listRequestCount())));
        // When a page has been read, the following pagesAskedAhead pages are on their way.
        QVERIFY2(aheadWhenRead >= 11 - EmailListModel::pagesAskedAhead,
                 qPrintable(QString::number(aheadWhenRead)));
    }

    // Load All shows the first page at once, rows in steps while the pages arrive, and every row
    // with the last page: what a person watching the list sees (its pages are followed at most every
    // followEvery, not one by one).
    void loadAllShowsItsRowsWhileItLoads()
    {
        start(1050);
        server->faults().setLatency(60); // the load lasts for several steps whatever the machine
        QList<QPair<int, bool>> pages; // rows shown, more to come
        connect(model.get(), &EmailListModel::pageLoaded, this, [&pages](int rows, bool more) {
            pages.append({rows, more});
        });
        model->setQuery({});
        model->loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(!pages.isEmpty() && !pages.constLast().second, 20000);
        QCOMPARE(pages.size(), 11);
        QCOMPARE(pages.constFirst().first, 100);
        QCOMPARE(pages.constLast().first, 1050);
        QCOMPARE(model->rowCount(), 1050);
        QVERIFY2(
            std::any_of(pages.cbegin(), pages.cend() - 1,
                        [](const QPair<int, bool> &page) { return page.first > 100 && page.first < 1050; }),
            "no rows were shown between the first page and the last");
        QCOMPARE(ids(), store->orderedEmailIds());
    }

    // A page asked for ahead belongs to the query it was asked for: a new query drops it, and its
    // rows never reach the model.
    void aNewQueryDropsThePageAskedAhead()
    {
        start(400);
        server->faults().setLatency(150);
        model->setQuery({});
        model->loadAll();
        QSignalSpy firstPage(model.get(), &EmailListModel::pageLoaded);
        QVERIFY(firstPage.wait(10000)); // the second page and the guessed third are on their way
        EmailQuery query;
        query.leadId = store->leads.lastKey();
        QSignalSpy loaded(model.get(), &EmailListModel::pageLoaded);
        model->setQuery(query);
        QVERIFY(loaded.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(nothingPending(), 10000);
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, 0).data(EmailListModel::LeadIdRole).toString(), query.leadId);
        const QStringList all = ids();
        QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), model->rowCount());
    }

    // A start: the store is opened and the connection made right after (the same view shown twice in
    // one go) shows the stored rows at once. The same view shown again later (a connection made again)
    // follows what another connection (another Draftdesk) wrote to the store meanwhile.
    void theSameViewShownAgainFollowsAnotherConnectionsWrites()
    {
        start(60);
        QTemporaryDir dir;
        const QString path = dir.filePath("emails.sqlite");
        std::unique_ptr<EmailStore> disk = EmailStore::open(path);
        model->setStore(disk.get());
        loadFirstPage();
        QTRY_VERIFY_WITH_TIMEOUT(nothingPending(), 10000);
        const QStringList stored = ids();
        QCOMPARE(stored.size(), 60);
        model->setStore(nullptr);

        model->setStore(disk.get());
        model->showStored({});
        QCOMPARE(ids(), stored);

        std::unique_ptr<EmailStore> other = EmailStore::open(path);
        QVERIFY(other->isOnDisk());
        QJsonObject written = *store->email(stored.first());
        written.insert("id", "acti_writtenElsewhere");
        other->putRows({ListRow::from(EmailActivity::fromJson(written).activity)});
        QCOMPARE(model->rowForId(QStringLiteral("acti_writtenElsewhere")), -1); // nothing told this one
        QCoreApplication::sendPostedEvents(model.get(), QEvent::MetaCall); // the turn ends
        model->showStored({});
        QCOMPARE(model->rowCount(), 61);
        QVERIFY(model->rowForId(QStringLiteral("acti_writtenElsewhere")) >= 0);
        model->setStore(nullptr); // before the stores on disk go
    }

    // The connection that owned a list failed: the rows go, quietly, and nothing keeps loading.
    // A big store on disk is ordered on the reader's thread: a new view shows its first screen, then
    // the rest below it; a sort moves the rows with the selection; rows that arrive, change and go
    // follow. The tester checks every signal on the way (the threshold is lowered to 50 emails).
    void aBigStoreIsOrderedInTheBackground()
    {
        start(300);
        QTemporaryDir dir;
        std::unique_ptr<EmailStore> disk = EmailStore::open(dir.filePath("emails.sqlite"));
        QVERIFY(disk->isOnDisk());
        model->setBackgroundOrderAbove(50);
        model->setStore(disk.get());
        loadFirstPage();
        model->loadAll();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 300, 10000);
        QTRY_VERIFY(!model->isOrdering());
        // A new view: the first screen, then the rest.
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        model->setStatusFilter(EmailStatus::Sent);
        QCOMPARE(model->rowCount(), 300); // nothing waits for the reader: the old rows stay meanwhile
        QTRY_VERIFY(!model->isOrdering());
        int sent = 0;
        for (const QString &id : store->orderedEmailIds())
            sent += store->email(id)->value("status").toString() == "sent" ? 1 : 0;
        QCOMPARE(model->rowCount(), sent);
        QCOMPARE(reset.count(), 1);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, 0).data(EmailListModel::StatusRole).toInt(), int(EmailStatus::Sent));
        // A sort keeps the selected email selected.
        model->setStatusFilter(std::nullopt);
        QTRY_VERIFY(!model->isOrdering() && model->rowCount() == 300);
        QItemSelectionModel selection(model.get());
        const QString chosen = model->idAt(7);
        selection.setCurrentIndex(model->index(7, 0),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        model->sort(EmailListModel::SubjectColumn, Qt::AscendingOrder);
        QTRY_VERIFY(!model->isOrdering());
        QCOMPARE(model->idAt(selection.currentIndex().row()), chosen);
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(QString::compare(model->index(row - 1, 1).data().toString().left(12),
                                     model->index(row, 1).data().toString().left(12), Qt::CaseInsensitive)
                    <= 0);
        // One goes, one changes.
        const QString gone = model->idAt(0);
        model->removeEmail(gone);
        QTRY_VERIFY(!model->isOrdering() && model->rowCount() == 299);
        QCOMPARE(model->rowForId(gone), -1);
        QCOMPARE(model->idAt(selection.currentIndex().row()), chosen);
        EmailActivity changed = EmailActivity::fromJson(*store->email(chosen)).activity;
        changed.setSubject("AAA first now");
        model->updateEmail(changed);
        // It moves where its new subject sorts, and the selection goes with it.
        QTRY_VERIFY(
            !model->isOrdering()
            && model->index(selection.currentIndex().row(), EmailListModel::SubjectColumn).data().toString()
                == "AAA first now");
        QCOMPARE(model->idAt(selection.currentIndex().row()), chosen);
        const int at = selection.currentIndex().row();
        if (at > 0)
            QVERIFY(QString::compare(model->index(at - 1, 1).data().toString().left(3), "AAA",
                                     Qt::CaseInsensitive)
                    <= 0);
        if (at + 1 < model->rowCount())
            QVERIFY(QString::compare(model->index(at + 1, 1).data().toString().left(3), "AAA",
                                     Qt::CaseInsensitive)
                    >= 0);
        model->setStore(nullptr); // before the store on disk goes
    }

    void clearForgetsRowsWithoutAnError()
    {
        start(300);
        loadFirstPage();
        model->loadAll();
        QSignalSpy errors(model.get(), &EmailListModel::errorOccurred);
        QSignalSpy loading(model.get(), &EmailListModel::loadingChanged);
        model->clear();
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(!model->isLoading());
        QVERIFY(!model->hasMore());
        QVERIFY(!model->canFetchMore({}));
        QVERIFY(!loading.isEmpty() && !loading.last().at(0).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(nothingPending(), 10000);
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(errors.count(), 0);
    }

    // A page of Load All fails while the next one, asked for ahead, succeeds: the rows stop at the
    // failure (no gap, nothing out of order), and retrying goes on from there.
    void loadAllFailureStopsInOrderAndRetryGoesOn()
    {
        start(500);
        loadFirstPage();
        server->faults().add({FaultPlan::Fault::ServerError, 1, "GET", "/activity/email/", 500});
        QSignalSpy failed(model.get(), &EmailListModel::errorOccurred);
        model->loadAll();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Server);
        QCOMPARE(model->rowCount(), 100);
        QCOMPARE(ids(), store->orderedEmailIds().mid(0, 100));
        QTRY_VERIFY_WITH_TIMEOUT(nothingPending(), 10000);
        QCOMPARE(model->rowCount(), 100); // the page asked ahead did not slip in
        model->retry();
        model->loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && !model->hasMore(), 20000);
        QCOMPARE(ids(), store->orderedEmailIds());
    }
};

QTEST_GUILESS_MAIN(TestEmailListModel)
#include "tst_emaillistmodel.moc"
