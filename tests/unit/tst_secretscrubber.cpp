#include "core/api/SecretScrubber.h"

#include <QTest>
#include <QUrl>

class TestSecretScrubber final : public QObject
{
    Q_OBJECT

private slots:
    void everyFormOfTheKeyGoes_data()
    {
        // A key with characters that base64, URL-safe base64 and percent-encoding each write differently.
        const QByteArray key = "api_4Fq9Zt+W2x/Lr7Pk?V3";
        QTest::addColumn<QByteArray>("echoed");
        QTest::newRow("as typed") << QByteArray("Invalid key " + key + " given");
        QTest::newRow("Basic header") << QByteArray("Basic " + QByteArray(key + ':').toBase64());
        QTest::newRow("base64 of the key") << key.toBase64();
        QTest::newRow("URL-safe base64") << QByteArray(key + ':').toBase64(QByteArray::Base64UrlEncoding);
        QTest::newRow("percent-encoded")
            << QByteArray("?key=" + QUrl::toPercentEncoding(QString::fromUtf8(key)));
        QTest::newRow("twice") << QByteArray(key + " and " + key);
    }
    void everyFormOfTheKeyGoes()
    {
        QFETCH(QByteArray, echoed);
        const QByteArray key = "api_4Fq9Zt+W2x/Lr7Pk?V3";
        SecretScrubber scrubber;
        scrubber.setSecret(QString::fromUtf8(key));
        const QByteArray scrubbed = scrubber.scrubbed(echoed);
        QVERIFY2(scrubbed.contains("[redacted]"), scrubbed.constData());
        for (const QByteArray &form :
             {key, QByteArray(key + ':').toBase64(QByteArray::OmitTrailingEquals), key.toBase64()})
            QVERIFY2(!scrubbed.contains(form), scrubbed.constData());
        QVERIFY(!scrubber.scrubbed(QString::fromUtf8(echoed)).contains(QString::fromUtf8(key)));
        const Exchange::Headers headers = scrubber.scrubbed(Exchange::Headers {{"X-Echo", echoed}});
        QCOMPARE(headers.constFirst().second, scrubbed);
    }

    void otherTextAndShortTestKeysAreLeftAlone()
    {
        SecretScrubber scrubber;
        scrubber.setSecret(QStringLiteral("api_4Fq9ZtW2xLr7PkV3"));
        QCOMPARE(scrubber.scrubbed(QByteArray("{\"subject\": \"Hello\"}")),
                 QByteArray("{\"subject\": \"Hello\"}"));
        SecretScrubber test;
        test.setSecret(QStringLiteral("k")); // would blank every k
        QCOMPARE(test.scrubbed(QByteArray("keep the k")), QByteArray("keep the k"));
    }
};

QTEST_GUILESS_MAIN(TestSecretScrubber)
#include "tst_secretscrubber.moc"
