#include "TestSupport.h"

#include "crypto/Hash.h"
#include "ledger/Audit.h"
#include "ledger/Bundle.h"
#include "ledger/Database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace suyuan;
using namespace suyuan::test;

namespace {
const QByteArray kPass = "correct horse";

QString dbPath(const QString& dir)
{
    const QStringList dbs = QDir(dir).entryList({QStringLiteral("ledger-*.db")}, QDir::Files);
    return dbs.isEmpty() ? QString() : QDir(dir).filePath(dbs.first());
}

void copyDir(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    for (const QString& name : QDir(from).entryList(QDir::Files)) {
        QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name));
    }
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAndReopen();
    void createRefusesExistingProfile();
    void openMissingProfile();
    void wrongPassphraseLeavesFilesIdentical();
    void passwdThenReopen();
    void passwdWithWrongOldPassphraseChangesNothing();
    void databaseIsNotPlainSqlite();
    void noSecretsOrRecordTextInClear();
    void durableSettings();
    void missingDatabaseIsRefused();
    void emptyDatabaseIsRefused();
    void truncatedDatabaseIsRefused_data();
    void truncatedDatabaseIsRefused();
    void garbageDatabaseIsRefused();
    void rollbackIsDetectedAndRepaired();
};

void TestProfile::createAndReopen()
{
    QTemporaryDir tmp;
    QString nodeId;
    {
        auto ledger = createProfile(tmp.path(), kPass, QStringLiteral("奉节脐橙合作社"));
        nodeId = ledger->nodeId();
        QVERIFY(ledger->append(QStringLiteral("note"), {{QStringLiteral("n"), 1}}).ok());
    }
    QVERIFY(Profile::exists(tmp.path()));
    auto again = Profile::open(tmp.path(), kPass);
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
    QCOMPARE(again.value()->nodeId(), nodeId);
    QCOMPARE(again.value()->organisationName(), QStringLiteral("奉节脐橙合作社"));
    QCOMPARE(again.value()->recordCount().value(), 1);
}

void TestProfile::createRefusesExistingProfile()
{
    QTemporaryDir tmp;
    createProfile(tmp.path());
    auto second = Profile::create(tmp.path(), kPass, QStringLiteral("x"), crypto::testKdfParams());
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::ProfileExists);
    QVERIFY(!Profile::create(tmp.path() + QStringLiteral("/new"), QByteArray(), QStringLiteral("x")).ok());
    QVERIFY(!Profile::create(tmp.path() + QStringLiteral("/new"), kPass, QStringLiteral("  ")).ok());
}

void TestProfile::openMissingProfile()
{
    QTemporaryDir tmp;
    auto r = Profile::open(tmp.path(), kPass);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::ProfileMissing);
    QVERIFY(QDir(tmp.path()).entryList(QDir::Files).isEmpty()); // nothing created
}

void TestProfile::wrongPassphraseLeavesFilesIdentical()
{
    QTemporaryDir tmp;
    {
        auto ledger = createProfile(tmp.path());
        QVERIFY(ledger->append(QStringLiteral("note"), {{QStringLiteral("n"), 1}}).ok());
    }
    const auto bytes = snapshotFiles(tmp.path());
    const auto mtimes = snapshotMtimes(tmp.path());
    QTest::qWait(20); // so that a write would show in the mtime
    for (const QByteArray& wrong : {QByteArray("correct horsE"), QByteArray(""), QByteArray("x")}) {
        auto r = Profile::open(tmp.path(), wrong);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::WrongPassphrase);
        QVERIFY(!r.error().message.isEmpty());
    }
    QCOMPARE(snapshotFiles(tmp.path()), bytes);
    QCOMPARE(snapshotMtimes(tmp.path()), mtimes);
}

void TestProfile::passwdThenReopen()
{
    QTemporaryDir tmp;
    QByteArray id;
    {
        auto ledger = createProfile(tmp.path());
        id = ledger->append(QStringLiteral("note"), {{QStringLiteral("n"), 1}})->id;
    }
    const QByteArray oldDb = readAll(dbPath(tmp.path()));
    QVERIFY(Profile::changePassphrase(tmp.path(), kPass, "new passphrase 2", crypto::testKdfParams()).ok());
    auto old = Profile::open(tmp.path(), kPass);
    QVERIFY(!old.ok());
    QCOMPARE(old.error().code, ErrorCode::WrongPassphrase);
    auto fresh = Profile::open(tmp.path(), "new passphrase 2");
    QVERIFY2(fresh.ok(), fresh.ok() ? "" : qPrintable(fresh.error().message));
    QVERIFY(fresh.value()->recordById(id).value().has_value());
    auto report = runAudit(*fresh.value());
    QVERIFY(report.ok() && report->clean());
    // Re-encrypted under a new key: the old file is gone, the new one differs throughout.
    QCOMPARE(QDir(tmp.path()).entryList({QStringLiteral("ledger-*.db")}, QDir::Files).size(), 1);
    QVERIFY(readAll(dbPath(tmp.path())).left(4096) != oldDb.left(4096));
}

void TestProfile::passwdWithWrongOldPassphraseChangesNothing()
{
    QTemporaryDir tmp;
    createProfile(tmp.path());
    const auto bytes = snapshotFiles(tmp.path());
    auto st = Profile::changePassphrase(tmp.path(), "wrong", "new", crypto::testKdfParams());
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, ErrorCode::WrongPassphrase);
    QCOMPARE(snapshotFiles(tmp.path()), bytes);
}

void TestProfile::databaseIsNotPlainSqlite()
{
    QTemporaryDir tmp;
    createProfile(tmp.path());
    const QByteArray head = readAll(dbPath(tmp.path())).left(16);
    QVERIFY(!head.startsWith("SQLite format 3"));
    // And plain SQLite cannot read it (no key): the data is not in the clear.
    auto plain = Database::open(dbPath(tmp.path()), QByteArray(), Database::OpenMode::ExistingOnly, 3);
    if (plain.ok()) {
        QVERIFY(!plain.value()->queryText("SELECT count(*) FROM sqlite_master;").ok());
    }
}

void TestProfile::noSecretsOrRecordTextInClear()
{
    QTemporaryDir tmp;
    const QByteArray marker = "MARKER-3b9f0c1e-cleartext";
    auto ledger = createProfile(tmp.path(), kPass, QStringLiteral("Marker Organisation Ltd"));
    for (int i = 0; i < 50; ++i) {
        QVERIFY(
            ledger->append(QStringLiteral("note"), {{QStringLiteral("text"), QString::fromLatin1(marker)}})
                .ok());
    }
    auto seed = ledger->database().prepare("SELECT seed FROM identity;");
    QVERIFY(seed.step());
    const QByteArray secret = seed.blob(0);
    QCOMPARE(secret.size(), 32);
    const auto check = [&] {
        const auto files = snapshotFiles(tmp.path());
        QVERIFY(!files.isEmpty());
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            QVERIFY2(!it.value().contains(marker), qPrintable(it.key()));
            QVERIFY2(!it.value().contains("Marker Organisation"), qPrintable(it.key()));
            QVERIFY2(!it.value().contains(secret), qPrintable(it.key()));
            QVERIFY2(!it.value().contains(secret.toHex()), qPrintable(it.key()));
            QVERIFY2(!it.value().contains(kPass), qPrintable(it.key()));
        }
    };
    check(); // while open: the WAL holds the newest pages
    seed.reset();
    ledger.reset();
    check();
}

void TestProfile::durableSettings()
{
    QTemporaryDir tmp;
    auto ledger = createProfile(tmp.path());
    QCOMPARE(ledger->database().queryText("PRAGMA journal_mode;").value(), QStringLiteral("wal"));
    QCOMPARE(ledger->database().queryText("PRAGMA synchronous;").value(), QStringLiteral("2")); // FULL
    QCOMPARE(ledger->database().queryText("PRAGMA quick_check;").value(), QStringLiteral("ok"));
}

void TestProfile::missingDatabaseIsRefused()
{
    QTemporaryDir tmp;
    createProfile(tmp.path());
    const QString db = dbPath(tmp.path());
    QVERIFY(QFile::remove(db));
    auto r = Profile::open(tmp.path(), kPass);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::DatabaseMissing);
    QVERIFY(!QFile::exists(db)); // never silently re-created
}

void TestProfile::emptyDatabaseIsRefused()
{
    QTemporaryDir tmp;
    createProfile(tmp.path());
    QFile f(dbPath(tmp.path()));
    QVERIFY(f.resize(0));
    auto r = Profile::open(tmp.path(), kPass);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::DatabaseEmpty);
    QCOMPARE(QFileInfo(f.fileName()).size(), 0);
}

void TestProfile::truncatedDatabaseIsRefused_data()
{
    QTest::addColumn<int>("cut");
    QTest::newRow("mid-page") << 100;
    QTest::newRow("one page") << 4096;
    QTest::newRow("half") << -1;
}

void TestProfile::truncatedDatabaseIsRefused()
{
    QFETCH(int, cut);
    QTemporaryDir tmp;
    {
        auto ledger = createProfile(tmp.path());
        QList<Ledger::Draft> drafts;
        for (int i = 0; i < 300; ++i) {
            drafts.append(
                {QStringLiteral("note"), {{QStringLiteral("text"), QString(200, QLatin1Char('x'))}}});
        }
        QVERIFY(ledger->appendBatch(drafts).ok());
    }
    QFile f(dbPath(tmp.path()));
    const qint64 size = f.size();
    const qint64 newSize = cut < 0 ? (size / 2 / 4096) * 4096 : size - cut;
    QVERIFY(f.resize(newSize));
    auto r = Profile::open(tmp.path(), kPass);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().code == ErrorCode::DatabaseTruncated || r.error().code == ErrorCode::DatabaseCorrupt,
             qPrintable(r.error().message));
    QCOMPARE(f.size(), newSize);
}

void TestProfile::garbageDatabaseIsRefused()
{
    QTemporaryDir tmp;
    createProfile(tmp.path());
    QFile f(dbPath(tmp.path()));
    const qint64 size = f.size();
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(crypto::randomBytes(static_cast<int>(size)));
    f.close();
    auto r = Profile::open(tmp.path(), kPass);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::DatabaseCorrupt);
}

void TestProfile::rollbackIsDetectedAndRepaired()
{
    QTemporaryDir tmp;
    const QString live = tmp.filePath(QStringLiteral("live"));
    const QString backup = tmp.filePath(QStringLiteral("backup"));
    const QString restored = tmp.filePath(QStringLiteral("restored"));
    const QString bundle = tmp.filePath(QStringLiteral("own.bundle"));
    Checkpoint liveCheckpoint;
    {
        auto ledger = createProfile(live);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(ledger->append(QStringLiteral("note"), {{QStringLiteral("i"), i}}).ok());
        }
    }
    copyDir(live, backup); // a backup taken at seq 5
    {
        auto ledger = Profile::open(live, kPass);
        QVERIFY(ledger.ok());
        for (int i = 5; i < 8; ++i) {
            QVERIFY(ledger.value()->append(QStringLiteral("note"), {{QStringLiteral("i"), i}}).ok());
        }
        liveCheckpoint = ledger.value()->makeCheckpoint();
        QCOMPARE(liveCheckpoint.seq, 8);
        QVERIFY(exportBundle(*ledger.value(), bundle).ok());
    }
    // The database is rolled back to the backup; nothing local can tell.
    copyDir(backup, restored);
    auto ledger = Profile::open(restored, kPass);
    QVERIFY(ledger.ok());
    QVERIFY(ledger.value()->authoringAllowed().ok());
    // A peer relays the node's own signed checkpoint: its chain is known to reach 8.
    QVERIFY(ledger.value()->ingestCheckpoint(liveCheckpoint.signedBytes).ok());
    auto refused = ledger.value()->append(QStringLiteral("note"), {{QStringLiteral("i"), 99}});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::RollbackDetected);
    QCOMPARE(ledger.value()->recordCount().value(), 5);
    // Importing its own records back from a bundle repairs it; then it may author again.
    auto imported = importBundle(*ledger.value(), bundle);
    QVERIFY(imported.ok());
    QCOMPARE(imported->ingest.accepted, 3);
    QVERIFY(ledger.value()->authoringAllowed().ok());
    auto next = ledger.value()->append(QStringLiteral("note"), {{QStringLiteral("i"), 8}});
    QVERIFY(next.ok());
    QCOMPARE(next->seq, 9);
    QVERIFY(runAudit(*ledger.value())->clean());
}

QTEST_GUILESS_MAIN(TestProfile)
#include "TestProfile.moc"
