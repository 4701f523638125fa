#pragma once

#include "core/api/HttpEngine.h"

class QNetworkAccessManager;

// core's HttpEngine spoken with QNetworkAccessManager. The program loads it as a module after its
// first frame (HttpModule); tests link it and hand it the manager they script or watch.
class QtHttpEngine final : public HttpEngine
{
public:
    // Its own manager.
    QtHttpEngine();
    // `network` (not owned) must outlive the engine and every transfer it started.
    explicit QtHttpEngine(QNetworkAccessManager *network);
    ~QtHttpEngine() override;

    std::unique_ptr<HttpTransfer> start(const HttpRequest &request, HttpTransfer::Events *events) override;

private:
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    QNetworkAccessManager *m_network;
};
