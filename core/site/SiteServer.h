#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>

class QTcpServer;
class QTcpSocket;

// A small HTTP/1.1 server over an exported site folder (docs/site-format.md), for preview and
// for a hub: GET and HEAD only, Digital Link paths with or without a query, item-level paths
// (…/10/{lot}/21/{serial}) answered with the lot's page, index.html for folders,
// linkset.json as application/linkset+json; no directory listings, no path outside the folder.
namespace suyuan::site {

// Where a request path leads inside the site folder: the relative file path (without a leading
// "/"), or an HTTP status (400 for a path that tries to leave the folder or cannot be decoded).
struct SitePath
{
    int status = 200;
    QStringList candidates; // relative paths to try in order (a folder means its index.html)
};
// Maps the path of a request (percent-encoded, without the query) to file paths: each segment is
// decoded and put in its file-name form (fileNameForSegment); "." and ".." segments, encoded or
// not, are refused; /21/{serial} after a lot is dropped; a Digital Link under a base path
// (…/01/{gtin}/10/{lot}, …/p/{code}/10/{lot}) is also tried from its "01" or "p" segment on,
// with a GTIN-8/12/13 written as GTIN-14.
SitePath mapRequestPath(const QByteArray& path);

class SiteServer : public QObject
{
public:
    explicit SiteServer(const QString& dir, QObject* parent = nullptr);
    ~SiteServer() override;

    // Listens on address:port (port 0: any free port). The error says why it cannot.
    Status listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QHostAddress address() const;
    // http://host:port/ as a browser takes it.
    QString url() const;

    struct Response
    {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    // The answer to one request (exposed for tests; the socket handling only frames it).
    Response respond(const QByteArray& method, const QByteArray& target, const QByteArray& accept) const;

private:
    void onConnection();
    void onReadable(QTcpSocket* socket);
    Response fileResponse(const QString& path, const QByteArray& contentType) const;
    Response errorResponse(int status) const;

    QString m_root; // canonical path of the site folder
    QTcpServer* m_server = nullptr;
    int m_connections = 0; // open connections (see kMaxConnections)
};

// The Content-Type of a file in the site, by its name.
QByteArray siteContentType(const QString& fileName);

} // namespace suyuan::site
