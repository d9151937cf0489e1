// Child process for TestCrashSafety: appends records (or changes the passphrase) until it
// is killed, reporting on stdout each record once append() has returned, that is, once
// the ledger reported the commit as done.
#include "crypto/Kdf.h"
#include "ledger/Profile.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

using namespace suyuan;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: crash_child append|passwd DIR PASSPHRASE [NEWPASSPHRASE]\n");
        return 2;
    }
    const QString mode = args.at(1);
    const QString dir = args.at(2);
    const QByteArray pass = args.at(3).toUtf8();
    if (mode == QLatin1String("passwd")) {
        std::printf("ready\n");
        std::fflush(stdout);
        auto st = Profile::changePassphrase(dir, pass, args.value(4).toUtf8(), crypto::testKdfParams());
        std::printf(st ? "done\n" : "failed %s\n", st ? "" : qPrintable(st.error().message));
        std::fflush(stdout);
        return st ? 0 : 1;
    }
    auto ledger = Profile::open(dir, pass);
    if (!ledger) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(ledger.error().message));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    for (qint64 i = 0;; ++i) {
        if (i % 3 == 0) {
            // A batch: all of it, or none of it, is committed.
            QList<Ledger::Draft> drafts;
            for (int k = 0; k < 20; ++k) {
                drafts.append({QStringLiteral("note"), {{QStringLiteral("i"), i}, {QStringLiteral("k"), k}}});
            }
            auto records = ledger.value()->appendBatch(drafts);
            if (!records) {
                std::fprintf(stderr, "append failed: %s\n", qPrintable(records.error().message));
                return 1;
            }
            for (const Record& r : records.value()) {
                std::printf("committed %s\n", r.id.toHex().constData());
            }
        } else {
            auto r = ledger.value()->append(QStringLiteral("note"), {{QStringLiteral("i"), i}});
            if (!r) {
                std::fprintf(stderr, "append failed: %s\n", qPrintable(r.error().message));
                return 1;
            }
            std::printf("committed %s\n", r->id.toHex().constData());
        }
        std::fflush(stdout);
    }
}
