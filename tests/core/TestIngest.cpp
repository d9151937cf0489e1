#include "TestSupport.h"

#include "crypto/Hash.h"
#include "ledger/Audit.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace suyuan;
using namespace suyuan::test;

using Outcome = IngestResult::Outcome;

class TestIngest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void acceptsTrustedChain();
    void malformed_data();
    void malformed();
    void tooLarge();
    void badSignature();
    void unknownAuthorPendingThenTrusted();
    void unknownAuthorRejectedByPolicy();
    void revokedAuthor();
    void chainBroken();
    void sequenceGapHeldUntilFilled();
    void timeRegressionHeld();
    void timeFutureHeldUntilItsTime();
    void forkKeptAsEvidence();
    void duplicateIsNoOp();
    void rejectionStoresNothing();
    void ownRecordsComeBack();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<ForeignAuthor> m_author;
    void trust() { QVERIFY(m_ledger->setAuthorStatus(m_author->publicKey(), AuthorStatus::Trusted).ok()); }
    qint64 count() { return m_ledger->recordCount().value(); }
};

void TestIngest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ledger = createProfile(m_dir->path());
    m_author = std::make_unique<ForeignAuthor>();
}

void TestIngest::cleanup()
{
    m_ledger.reset();
    m_dir.reset();
}

void TestIngest::acceptsTrustedChain()
{
    trust();
    for (int i = 0; i < 5; ++i) {
        const IngestResult r = m_ledger->ingest(m_author->next());
        QCOMPARE(r.outcome, Outcome::Accepted);
    }
    QCOMPARE(count(), 5);
    auto info = m_ledger->author(m_author->publicKey());
    QCOMPARE(info->headSeq, 5);
    QCOMPARE(info->headId, m_author->headId());
    QVERIFY(runAudit(*m_ledger)->clean());
}

void TestIngest::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const ForeignAuthor a;
    const QByteArray key = a.publicKey().toHex();
    const QByteArray time = "2026-11-20T01:30:00.000Z";
    const auto rec = [&](const QByteArray& inner) { return "{\"author\":\"" + key + "\"," + inner + "}"; };
    QTest::newRow("whitespace") << QByteArray(
        "{\"author\": \"" + key + "\",\"body\":{},\"kind\":\"note\",\"prev\":null,\"seq\":1,\"time\":\"" +
        time + "\",\"v\":1}");
    QTest::newRow("missing field") << rec("\"body\":{},\"kind\":\"note\",\"prev\":null,\"seq\":1,\"v\":1");
    QTest::newRow("extra field") << rec(
        "\"body\":{},\"extra\":1,\"kind\":\"note\",\"prev\":null,\"seq\":1,\"time\":\"" + time +
        "\",\"v\":1");
    QTest::newRow("bad kind") << rec("\"body\":{},\"kind\":\"Note!\",\"prev\":null,\"seq\":1,\"time\":\"" +
                                     time + "\",\"v\":1");
    QTest::newRow("seq zero") << rec("\"body\":{},\"kind\":\"note\",\"prev\":null,\"seq\":0,\"time\":\"" +
                                     time + "\",\"v\":1");
    QTest::newRow("seq fraction") << rec(
        "\"body\":{},\"kind\":\"note\",\"prev\":null,\"seq\":1.5,\"time\":\"" + time + "\",\"v\":1");
    QTest::newRow("prev on seq 1") << rec("\"body\":{},\"kind\":\"note\",\"prev\":\"" + QByteArray(64, 'a') +
                                          "\",\"seq\":1,\"time\":\"" + time + "\",\"v\":1");
    QTest::newRow("no prev on seq 2")
        << rec("\"body\":{},\"kind\":\"note\",\"prev\":null,\"seq\":2,\"time\":\"" + time + "\",\"v\":1");
    QTest::newRow("local time") << rec(
        "\"body\":{},\"kind\":\"note\",\"prev\":null,\"seq\":1,\"time\":\"2026-11-20 "
        "09:30\",\"v\":1");
    QTest::newRow("body not object") << rec(
        "\"body\":[],\"kind\":\"note\",\"prev\":null,\"seq\":1,\"time\":\"" + time + "\",\"v\":1");
    QTest::newRow("version 2") << rec("\"body\":{},\"kind\":\"note\",\"prev\":null,\"seq\":1,\"time\":\"" +
                                      time + "\",\"v\":2");
    QTest::newRow("upper-case key") << QByteArray(
        "{\"author\":\"" + key.toUpper() +
        "\",\"body\":{},\"kind\":\"note\",\"prev\":null,\"seq\":1,\"time\":\"" + time + "\",\"v\":1}");
    QTest::newRow("not json") << QByteArray("hello");
}

void TestIngest::malformed()
{
    QFETCH(QByteArray, bytes);
    trust();
    const IngestResult r = m_ledger->ingest(m_author->signRaw(bytes));
    QCOMPARE(r.outcome, Outcome::Rejected);
    QCOMPARE(r.reason, ErrorCode::Malformed);
    QVERIFY(!r.message.isEmpty());
    QCOMPARE(count(), 0);
}

void TestIngest::tooLarge()
{
    trust();
    const SignedBytes big = m_author->next(
        QStringLiteral("note"), {{QStringLiteral("blob"), QString(kMaxRecordSize, QLatin1Char('x'))}});
    const IngestResult r = m_ledger->ingest(big);
    QCOMPARE(r.outcome, Outcome::Rejected);
    QCOMPARE(r.reason, ErrorCode::TooLarge);
    QCOMPARE(count(), 0);
}

void TestIngest::badSignature()
{
    trust();
    SignedBytes rec = m_author->next();
    rec.signature[5] = static_cast<char>(rec.signature.at(5) ^ 0x40);
    IngestResult r = m_ledger->ingest(rec);
    QCOMPARE(r.outcome, Outcome::Rejected);
    QCOMPARE(r.reason, ErrorCode::BadSignature);
    // Signed by someone else, claiming this author.
    const ForeignAuthor impostor;
    const SignedBytes forged{rec.bytes, impostor.signRaw(rec.bytes).signature};
    r = m_ledger->ingest(forged);
    QCOMPARE(r.reason, ErrorCode::BadSignature);
    QCOMPARE(count(), 0);
}

void TestIngest::unknownAuthorPendingThenTrusted()
{
    QCOMPARE(m_ledger->unknownAuthorPolicy(), UnknownAuthorPolicy::Pending);
    for (int i = 0; i < 3; ++i) {
        const IngestResult r = m_ledger->ingest(m_author->next());
        QCOMPARE(r.outcome, Outcome::Held);
    }
    QCOMPARE(count(), 0);
    QCOMPARE(m_ledger->heldCount().value(), 3);
    auto info = m_ledger->author(m_author->publicKey());
    QCOMPARE(info->status, AuthorStatus::Unknown);
    QCOMPARE(info->heldCount, 3);
    trust();
    QCOMPARE(count(), 3);
    QCOMPARE(m_ledger->heldCount().value(), 0);
    QCOMPARE(m_ledger->author(m_author->publicKey())->headSeq, 3);
}

void TestIngest::unknownAuthorRejectedByPolicy()
{
    QVERIFY(m_ledger->setUnknownAuthorPolicy(UnknownAuthorPolicy::Reject).ok());
    const IngestResult r = m_ledger->ingest(m_author->next());
    QCOMPARE(r.outcome, Outcome::Rejected);
    QCOMPARE(r.reason, ErrorCode::UnknownAuthor);
    QCOMPARE(m_ledger->heldCount().value(), 0);
}

void TestIngest::revokedAuthor()
{
    trust();
    QCOMPARE(m_ledger->ingest(m_author->next()).outcome, Outcome::Accepted);
    QVERIFY(m_ledger->setAuthorStatus(m_author->publicKey(), AuthorStatus::Revoked).ok());
    const IngestResult r = m_ledger->ingest(m_author->next());
    QCOMPARE(r.outcome, Outcome::Rejected);
    QCOMPARE(r.reason, ErrorCode::RevokedAuthor);
    QCOMPARE(count(), 1); // what came before the revocation stays
}

void TestIngest::chainBroken()
{
    trust();
    const SignedBytes first = m_author->next();
    QCOMPARE(m_ledger->ingest(first).outcome, Outcome::Accepted);
    const SignedBytes wrongLink =
        m_author->make(2, crypto::sha256("not the previous record"), QDateTime::currentMSecsSinceEpoch());
    const IngestResult r = m_ledger->ingest(wrongLink);
    QCOMPARE(r.outcome, Outcome::Rejected);
    QCOMPARE(r.reason, ErrorCode::ChainBroken);
    QCOMPARE(count(), 1);
}

void TestIngest::sequenceGapHeldUntilFilled()
{
    trust();
    const SignedBytes r1 = m_author->next();
    const SignedBytes r2 = m_author->next();
    const SignedBytes r3 = m_author->next();
    const SignedBytes r4 = m_author->next();
    QCOMPARE(m_ledger->ingest(r1).outcome, Outcome::Accepted);
    IngestResult held = m_ledger->ingest(r4);
    QCOMPARE(held.outcome, Outcome::Held);
    QCOMPARE(held.reason, ErrorCode::SequenceGap);
    QCOMPARE(m_ledger->ingest(r3).reason, ErrorCode::SequenceGap);
    QCOMPARE(count(), 1);
    // Filling the gap takes in the held records, in order.
    const IngestSummary s = m_ledger->ingestMany({r2});
    QCOMPARE(s.accepted, 1);
    QCOMPARE(s.promoted, 2);
    QCOMPARE(count(), 4);
    QCOMPARE(m_ledger->heldCount().value(), 0);
    QCOMPARE(m_ledger->author(m_author->publicKey())->headSeq, 4);
    QVERIFY(runAudit(*m_ledger)->clean());
}

void TestIngest::timeRegressionHeld()
{
    trust();
    const qint64 t = QDateTime::currentMSecsSinceEpoch() - 3600000;
    QCOMPARE(m_ledger->ingest(m_author->next(QStringLiteral("note"), {}, t)).outcome, Outcome::Accepted);
    const IngestResult r = m_ledger->ingest(m_author->next(QStringLiteral("note"), {}, t - 1000));
    QCOMPARE(r.outcome, Outcome::Held);
    QCOMPARE(r.reason, ErrorCode::TimeRegression);
    QCOMPARE(count(), 1);
}

void TestIngest::timeFutureHeldUntilItsTime()
{
    trust();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const IngestResult r = m_ledger->ingest(m_author->next(QStringLiteral("note"), {}, now + 3600000));
    QCOMPARE(r.outcome, Outcome::Held);
    QCOMPARE(r.reason, ErrorCode::TimeFuture);
    QCOMPARE(count(), 0);
    // Two hours later (injected clock) the record's time has come.
    m_ledger->setClock([now] { return now + 2 * 3600000; });
    const IngestSummary s = m_ledger->ingestMany({});
    QCOMPARE(s.promoted, 1);
    QCOMPARE(count(), 1);
}

void TestIngest::forkKeptAsEvidence()
{
    trust();
    const SignedBytes r1 = m_author->next();
    QCOMPARE(m_ledger->ingest(r1).outcome, Outcome::Accepted);
    const SignedBytes other = m_author->make(1, {}, QDateTime::currentMSecsSinceEpoch(),
                                             QStringLiteral("note"), {{QStringLiteral("n"), 2}});
    const IngestResult r = m_ledger->ingest(other);
    QCOMPARE(r.outcome, Outcome::Fork);
    QCOMPARE(r.reason, ErrorCode::Fork);
    QCOMPARE(count(), 1); // the first stays; neither is silently dropped
    QCOMPARE(m_ledger->forkCount().value(), 1);
    QVERIFY(m_ledger->author(m_author->publicKey())->forked);
    auto id = crypto::sha256(other.bytes);
    auto fork = m_ledger->database().prepare("SELECT other_id, bytes FROM forks WHERE id = ?;");
    fork.bind(1, id);
    QVERIFY(fork.step());
    QCOMPARE(fork.blob(0), crypto::sha256(r1.bytes));
    QCOMPARE(fork.blob(1), other.bytes);
    fork.reset();
    // The audit surfaces it.
    auto report = runAudit(*m_ledger);
    QCOMPARE(report->forks, 1);
    QVERIFY(!report->clean());
    // Seeing the same fork again is a duplicate.
    QCOMPARE(m_ledger->ingest(other).outcome, Outcome::Duplicate);
}

void TestIngest::duplicateIsNoOp()
{
    trust();
    const SignedBytes r1 = m_author->next();
    QCOMPARE(m_ledger->ingest(r1).outcome, Outcome::Accepted);
    const auto before = m_ledger->author(m_author->publicKey()).value();
    const IngestResult r = m_ledger->ingest(r1);
    QCOMPARE(r.outcome, Outcome::Duplicate);
    QCOMPARE(count(), 1);
    QCOMPARE(m_ledger->author(m_author->publicKey())->headSeq, before.headSeq);
    // Held records are duplicates too.
    const SignedBytes r3 = m_author->make(3, crypto::sha256("x"), QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(m_ledger->ingest(r3).outcome, Outcome::Held);
    QCOMPARE(m_ledger->ingest(r3).outcome, Outcome::Duplicate);
    QCOMPARE(m_ledger->heldCount().value(), 1);
}

void TestIngest::rejectionStoresNothing()
{
    const qint64 authorsBefore = m_ledger->authors()->size();
    SignedBytes bad = m_author->next();
    bad.signature[0] = static_cast<char>(bad.signature.at(0) ^ 1);
    QCOMPARE(m_ledger->ingest(bad).outcome, Outcome::Rejected);
    QVERIFY(m_ledger->setUnknownAuthorPolicy(UnknownAuthorPolicy::Reject).ok());
    ForeignAuthor other;
    QCOMPARE(m_ledger->ingest(other.next()).outcome, Outcome::Rejected);
    QCOMPARE(m_ledger->authors()->size(), authorsBefore); // no author row half-created
    QCOMPARE(m_ledger->heldCount().value(), 0);
    QCOMPARE(count(), 0);
}

void TestIngest::ownRecordsComeBack()
{
    // A record this node made is a duplicate when it comes back from a peer.
    auto own = m_ledger->append(QStringLiteral("note"), {{QStringLiteral("x"), 1}});
    QVERIFY(own.ok());
    QCOMPARE(m_ledger->ingest({own->bytes, own->signature}).outcome, Outcome::Duplicate);
}

QTEST_GUILESS_MAIN(TestIngest)
#include "TestIngest.moc"
