#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that can be read exactly once. Qt's HTTP stack silently re-sends a request whose
// connection closed before the answer came (up to twice, whatever the method). For a PUT or POST
// that may send an email that would be a second send; with a body that cannot rewind, Qt fails the
// reply with ContentReSendError instead, and the client reads the email back to learn what happened.
// Used together with QNetworkRequest::DoNotBufferUploadDataAttribute (a buffered copy could rewind).
class OneShotBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotBody)

public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool atEnd() const override { return m_position >= m_data.size(); }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};
