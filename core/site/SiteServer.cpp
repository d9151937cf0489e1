#include "SiteServer.h"

#include "SiteExport.h"
#include "trace/Gs1.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace suyuan::site {

namespace {

constexpr qsizetype kMaxRequestHead = 16 * 1024;
// The whole exchange (request in, answer out) must end within this time: a client that sends its
// request a byte at a time, or never reads the answer, is cut off.
constexpr int kIdleTimeoutMs = 15000;
// Connections open at once; more are refused (503) at once, so that many slow clients hold at
// most kMaxConnections × kMaxRequestHead bytes and never block the event loop.
constexpr int kMaxConnections = 64;
constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    case 500:
        return "Internal Server Error";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Error";
    }
}

bool isDigits(const QString& s)
{
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
    }
    return !s.isEmpty();
}

} // namespace

QByteArray siteContentType(const QString& fileName)
{
    const QString name = fileName.section(QLatin1Char('/'), -1).toLower();
    if (name == QLatin1String("linkset.json")) {
        return "application/linkset+json";
    }
    const QString suffix = name.section(QLatin1Char('.'), -1);
    static const std::pair<const char*, const char*> types[] = {
        {"html", "text/html; charset=utf-8"},
        {"htm", "text/html; charset=utf-8"},
        {"css", "text/css; charset=utf-8"},
        {"js", "text/javascript; charset=utf-8"},
        {"json", "application/json"},
        {"txt", "text/plain; charset=utf-8"},
        {"xml", "application/xml"},
        {"svg", "image/svg+xml"},
        {"png", "image/png"},
        {"jpg", "image/jpeg"},
        {"jpeg", "image/jpeg"},
        {"webp", "image/webp"},
        {"gif", "image/gif"},
        {"ico", "image/x-icon"},
        {"pdf", "application/pdf"},
    };
    for (const auto& [ext, type] : types) {
        if (suffix == QLatin1String(ext)) {
            return type;
        }
    }
    return "application/octet-stream";
}

namespace {

// The candidates for one list of names: the path itself, then (a Digital Link under a base path,
// or with a GTIN-8/12/13) from its "01" or "p" segment on.
void addCandidates(QStringList names, QStringList& out)
{
    // An item-level label: …/10/{lot}/21/{serial} is the lot's page.
    qsizetype n = names.size();
    if (n >= 4 && names.at(n - 2) == QLatin1String("21") && names.at(n - 4) == QLatin1String("10")) {
        names.resize(n - 2);
        n -= 2;
    }
    if (const QString whole = names.join(QLatin1Char('/')); !out.contains(whole)) {
        out.append(whole);
    }
    for (qsizetype i = n - 4; i >= 0 && i >= n - 5; --i) {
        const bool file = i == n - 5;
        if ((names.at(i) != QLatin1String("01") && names.at(i) != QLatin1String("p")) ||
            names.at(i + 2) != QLatin1String("10") ||
            (file && names.at(n - 1) != QLatin1String("index.html") &&
             names.at(n - 1) != QLatin1String("linkset.json"))) {
            continue;
        }
        QStringList tail = names.mid(i);
        if (tail.at(0) == QLatin1String("01") && isDigits(tail.at(1))) {
            if (auto gtin = gs1::normaliseGtin(tail.at(1))) {
                tail[1] = gtin.value();
            }
        }
        const QString candidate = tail.join(QLatin1Char('/'));
        if (!out.contains(candidate)) {
            out.append(candidate);
        }
        break;
    }
}

} // namespace

SitePath mapRequestPath(const QByteArray& path)
{
    SitePath out;
    QStringList names;   // each segment in its file-name form: what a printed label asks for
    QStringList literal; // each segment decoded once, as a static web server reads it
    bool literalUsable = true;
    for (const QByteArray& raw : path.split('/')) {
        if (raw.isEmpty()) {
            continue;
        }
        const auto decoded = gs1::percentDecode(QString::fromUtf8(raw));
        if (!decoded || *decoded == QLatin1String(".") || *decoded == QLatin1String("..")) {
            out.status = 400; // undecodable, or a way out of the folder
            return out;
        }
        names.append(fileNameForSegment(*decoded));
        // A folder kept percent-encoded (A%2FB) is linked from the index with its name encoded
        // once more (A%252FB), as static hosts and file:// read it: the decoded text is then
        // that name. Used only as a single file name: never with / or \ in it.
        literalUsable = literalUsable && !decoded->contains(QLatin1Char('/')) &&
                        !decoded->contains(QLatin1Char('\\')) && !decoded->contains(QChar(0));
        literal.append(*decoded);
    }
    addCandidates(names, out.candidates);
    if (literalUsable && literal != names) {
        addCandidates(literal, out.candidates);
    }
    return out;
}

SiteServer::SiteServer(const QString& dir, QObject* parent)
    : QObject(parent), m_root(QFileInfo(dir).canonicalFilePath()), m_server(new QTcpServer(this))
{
    QObject::connect(m_server, &QTcpServer::newConnection, this, &SiteServer::onConnection);
}

SiteServer::~SiteServer() = default;

Status SiteServer::listen(const QHostAddress& address, quint16 port)
{
    if (m_root.isEmpty() || !QFileInfo(m_root).isDir()) {
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("suyuan", "There is no site folder to serve here."));
    }
    if (!m_server->listen(address, port)) {
        return Error(ErrorCode::Io, QCoreApplication::translate("suyuan", "Cannot listen on %1 port %2: %3")
                                        .arg(address.toString())
                                        .arg(port)
                                        .arg(m_server->errorString()));
    }
    return {};
}

quint16 SiteServer::port() const
{
    return m_server->serverPort();
}

QHostAddress SiteServer::address() const
{
    return m_server->serverAddress();
}

QString SiteServer::url() const
{
    QHostAddress a = address();
    QString host;
    if (a == QHostAddress::Any || a == QHostAddress::AnyIPv4) {
        host = QStringLiteral("127.0.0.1");
    } else if (a == QHostAddress::AnyIPv6) {
        host = QStringLiteral("[::1]");
    } else if (a.protocol() == QAbstractSocket::IPv6Protocol) {
        host = QLatin1Char('[') + a.toString() + QLatin1Char(']');
    } else {
        host = a.toString();
    }
    return QStringLiteral("http://%1:%2/").arg(host).arg(port());
}

void SiteServer::onConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (m_connections >= kMaxConnections) {
            const Response busy = errorResponse(503);
            socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: " + busy.contentType +
                          "\r\nContent-Length: " + QByteArray::number(busy.body.size()) +
                          "\r\nConnection: close\r\n\r\n" + busy.body);
            socket->disconnectFromHost();
            QTimer::singleShot(1000, socket, &QTcpSocket::abort);
            continue;
        }
        ++m_connections;
        QObject::connect(socket, &QObject::destroyed, this, [this] { --m_connections; });
        // Qt reads no more than this ahead of us: a client that floods us is held by TCP.
        socket->setReadBufferSize(kMaxRequestHead);
        auto* timer = new QTimer(socket);
        timer->setSingleShot(true);
        QObject::connect(timer, &QTimer::timeout, socket, &QTcpSocket::abort);
        timer->start(kIdleTimeoutMs);
        QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
    }
}

void SiteServer::onReadable(QTcpSocket* socket)
{
    if (socket->property("answered").toBool()) {
        socket->readAll(); // one request per connection: the rest is ignored
        return;
    }
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    // The head ends with an empty line; RFC 9112 lets a server take a bare LF as a line end.
    qsizetype end = buffer.indexOf("\r\n\r\n");
    if (const qsizetype lf = buffer.indexOf("\n\n"); lf >= 0 && (end < 0 || lf < end)) {
        end = lf;
    }
    const auto send = [socket](const Response& r, bool head) {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reason(r.status) + "\r\n";
        out += "Content-Type: " + r.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
        for (const auto& [name, value] : r.headers) {
            out += name + ": " + value + "\r\n";
        }
        out += "Connection: close\r\n\r\n";
        if (!head) {
            out += r.body;
        }
        socket->setProperty("answered", true);
        socket->setProperty("buffer", QVariant());
        socket->write(out);
        socket->disconnectFromHost();
    };
    if (end < 0 || end > kMaxRequestHead) {
        if (buffer.size() > kMaxRequestHead) {
            send(errorResponse(431), false);
            return;
        }
        socket->setProperty("buffer", buffer);
        return;
    }
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> request = lines.first().trimmed().split(' ');
    QByteArray accept;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "accept") {
            accept = line.mid(colon + 1).trimmed();
        }
    }
    if (request.size() != 3 || !request.at(2).startsWith("HTTP/1.")) {
        send(errorResponse(request.size() == 3 && request.at(2).startsWith("HTTP/") ? 505 : 400), false);
        return;
    }
    send(respond(request.at(0), request.at(1), accept), request.at(0) == "HEAD");
}

SiteServer::Response SiteServer::respond(const QByteArray& method, const QByteArray& target,
                                         const QByteArray& accept) const
{
    if (method != "GET" && method != "HEAD") {
        Response r = errorResponse(405);
        r.headers.append(qMakePair(QByteArray("Allow"), QByteArray("GET, HEAD")));
        return r;
    }
    QByteArray path = target;
    if (const qsizetype hash = path.indexOf('#'); hash >= 0) {
        path.truncate(hash);
    }
    QByteArray query;
    if (const qsizetype q = path.indexOf('?'); q >= 0) {
        query = path.mid(q + 1);
        path.truncate(q);
    }
    // The absolute form (a proxy's request): the path after the authority.
    if (path.startsWith("http://") || path.startsWith("https://")) {
        const qsizetype slash = path.indexOf('/', path.indexOf("//") + 2);
        path = slash < 0 ? QByteArray("/") : path.mid(slash);
    }
    if (!path.startsWith('/')) {
        return errorResponse(400);
    }
    const SitePath mapped = mapRequestPath(path);
    if (mapped.status != 200) {
        return errorResponse(mapped.status);
    }
    // GS1 resolvers answer linkType=linkset (or all), or Accept: application/linkset+json, with
    // the linkset.
    const QString linkType = QUrlQuery(QString::fromUtf8(query)).queryItemValue(QStringLiteral("linkType"));
    const bool wantsLinkset = linkType == QLatin1String("linkset") || linkType == QLatin1String("all") ||
                              accept.contains("application/linkset+json");
    for (const QString& rel : mapped.candidates) {
        QString file = rel.isEmpty() ? m_root : m_root + QLatin1Char('/') + rel;
        QFileInfo info(file);
        if (info.isDir()) {
            file += QStringLiteral("/index.html");
            info = QFileInfo(file);
            if (wantsLinkset && QFileInfo::exists(info.absolutePath() + QStringLiteral("/linkset.json"))) {
                file = info.absolutePath() + QStringLiteral("/linkset.json");
                info = QFileInfo(file);
            }
        }
        if (!info.isFile()) {
            continue;
        }
        // No way out of the folder, not even through a symbolic link.
        const QString canonical = info.canonicalFilePath();
        if (!canonical.startsWith(m_root + QLatin1Char('/'))) {
            continue;
        }
        return fileResponse(canonical, siteContentType(canonical));
    }
    return errorResponse(404);
}

SiteServer::Response SiteServer::fileResponse(const QString& path, const QByteArray& contentType) const
{
    QFile f(path);
    if (f.size() > kMaxFileSize || !f.open(QIODevice::ReadOnly)) {
        return errorResponse(500);
    }
    Response r;
    r.contentType = contentType;
    r.body = f.readAll();
    r.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-cache")));
    r.headers.append(qMakePair(QByteArray("X-Content-Type-Options"), QByteArray("nosniff")));
    return r;
}

SiteServer::Response SiteServer::errorResponse(int status) const
{
    Response r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    QString text;
    switch (status) {
    case 404:
        text = QCoreApplication::translate(
            "suyuan", "There is no page at this address. Check the code on the package, or scan it again.");
        break;
    case 405:
        text = QCoreApplication::translate("suyuan", "This site only answers GET and HEAD requests.");
        break;
    default:
        text = QCoreApplication::translate("suyuan", "The request cannot be answered.");
        break;
    }
    r.body = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
             "content=\"width=device-width, initial-scale=1\"><title>" +
             QByteArray::number(status) + ' ' + reason(status) + "</title></head><body><h1>" +
             QByteArray::number(status) + ' ' + reason(status) + "</h1><p>" + text.toHtmlEscaped().toUtf8() +
             "</p></body></html>\n";
    r.headers.append(qMakePair(QByteArray("X-Content-Type-Options"), QByteArray("nosniff")));
    return r;
}

} // namespace suyuan::site
