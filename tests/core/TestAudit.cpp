#include "TestSupport.h"

#include "ledger/Audit.h"

#include <QTemporaryDir>
#include <QTest>

using namespace suyuan;
using namespace suyuan::test;

class TestAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cleanLedgerWithProgress();
    void recordsAreAppendOnly();
    void flippedByteIsNamed();
    void alteredSignatureIsNamed();
    void deletedRecordShowsAsGap();
    void alteredIndexColumnIsFound();
    void cancel();
    void lastAuditIsKept();

private:
    void tamper(const char* sql, const QByteArray& blob, qint64 seq);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ledger> m_ledger;
    QList<Record> m_own;
    std::unique_ptr<ForeignAuthor> m_foreign;
};

void TestAudit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ledger = createProfile(m_dir->path());
    QList<Ledger::Draft> drafts;
    for (int i = 0; i < 300; ++i) {
        drafts.append(
            {QStringLiteral("note"),
             {{QStringLiteral("i"), i}, {QStringLiteral("text"), QStringLiteral("批次 %1").arg(i)}}});
    }
    auto appended = m_ledger->appendBatch(drafts);
    QVERIFY(appended.ok());
    m_own = appended.value();
    m_foreign = std::make_unique<ForeignAuthor>();
    QVERIFY(m_ledger->setAuthorStatus(m_foreign->publicKey(), AuthorStatus::Trusted).ok());
    QList<SignedBytes> foreign;
    for (int i = 0; i < 200; ++i) {
        foreign.append(m_foreign->next());
    }
    QCOMPARE(m_ledger->ingestMany(foreign).accepted, 200);
}

void TestAudit::cleanup()
{
    m_ledger.reset();
    m_dir.reset();
}

void TestAudit::tamper(const char* sql, const QByteArray& blob, qint64 seq)
{
    // Simulates an attacker (or a bad disk) editing the database behind the ledger's back.
    QVERIFY(
        m_ledger->database().exec("DROP TRIGGER records_no_update; DROP TRIGGER records_no_delete;").ok());
    auto st = m_ledger->database().prepare(sql);
    QVERIFY(st.isValid());
    int i = 1;
    if (!blob.isNull()) {
        st.bind(i++, blob);
    }
    st.bind(i, seq);
    QVERIFY(st.exec().ok());
    QCOMPARE(m_ledger->database().changes(), 1);
}

void TestAudit::cleanLedgerWithProgress()
{
    qint64 lastDone = -1;
    qint64 lastTotal = 0;
    int calls = 0;
    auto report = runAudit(*m_ledger, {}, [&](qint64 done, qint64 total) {
        [&] { QVERIFY(done >= lastDone); }();
        lastDone = done;
        lastTotal = total;
        ++calls;
        return true;
    });
    QVERIFY(report.ok());
    QVERIFY2(report->clean(), qPrintable(report->summary()));
    QCOMPARE(report->checked, 500);
    QCOMPARE(report->authors, 2);
    QCOMPARE(report->integrity, QStringLiteral("ok"));
    QVERIFY(calls >= 1);
    QCOMPARE(lastDone, 500);
    QCOMPARE(lastTotal, 500);
}

void TestAudit::recordsAreAppendOnly()
{
    QVERIFY(!m_ledger->database().exec("UPDATE records SET kind = 'x' WHERE seq = 1;").ok());
    QVERIFY(!m_ledger->database().exec("DELETE FROM records WHERE seq = 1;").ok());
    QVERIFY(runAudit(*m_ledger)->clean());
}

void TestAudit::flippedByteIsNamed()
{
    const Record& victim = m_own.at(116); // seq 117
    QByteArray altered = victim.bytes;
    const qsizetype at = altered.indexOf("\"i\":116") + 5;
    altered[at] = '7'; // 116 → 176: still valid JSON, no longer what was signed
    tamper("UPDATE records SET bytes = ? WHERE seq = ? AND aid = 1;", altered, victim.seq);
    auto report = runAudit(*m_ledger);
    QVERIFY(report.ok());
    QVERIFY(!report->clean());
    QCOMPARE(report->failures.size(), 1);
    const AuditFailure& f = report->failures.first();
    QCOMPARE(f.recordId, victim.id);
    QCOMPARE(f.seq, victim.seq);
    QCOMPARE(f.reason, ErrorCode::BadSignature);
    QVERIFY(f.message.contains(victim.idHex()));
}

void TestAudit::alteredSignatureIsNamed()
{
    const Record& victim = m_own.at(9);
    QByteArray sig = victim.signature;
    sig[63] = static_cast<char>(sig.at(63) ^ 0x01);
    tamper("UPDATE records SET sig = ? WHERE seq = ? AND aid = 1;", sig, victim.seq);
    auto report = runAudit(*m_ledger);
    QCOMPARE(report->failures.size(), 1);
    QCOMPARE(report->failures.first().recordId, victim.id);
    QCOMPARE(report->failures.first().reason, ErrorCode::BadSignature);
}

void TestAudit::deletedRecordShowsAsGap()
{
    tamper("DELETE FROM records WHERE seq = ? AND aid = 1;", QByteArray(), 50);
    auto report = runAudit(*m_ledger);
    QCOMPARE(report->failures.size(), 1);
    QCOMPARE(report->failures.first().seq, 51);
    QCOMPARE(report->failures.first().reason, ErrorCode::SequenceGap);
}

void TestAudit::alteredIndexColumnIsFound()
{
    // The columns used for queries must agree with the signed bytes.
    tamper("UPDATE records SET prev = ? WHERE seq = ? AND aid = 2;", QByteArray(32, 'z'), 20);
    auto report = runAudit(*m_ledger);
    QCOMPARE(report->failures.size(), 1);
    QCOMPARE(report->failures.first().seq, 20);
    QCOMPARE(report->failures.first().author, m_foreign->publicKey());
    QCOMPARE(report->failures.first().reason, ErrorCode::Malformed);
}

void TestAudit::cancel()
{
    auto report = runAudit(*m_ledger, {}, [](qint64, qint64) { return false; });
    QVERIFY(report.ok());
    QVERIFY(report->cancelled);
    QVERIFY(!report->clean());
    QVERIFY(!m_ledger->lastAudit()->has_value()); // a cancelled audit is not a result
}

void TestAudit::lastAuditIsKept()
{
    QVERIFY(!m_ledger->lastAudit()->has_value());
    m_ledger->setClock([] { return 1763600000000; });
    QVERIFY(runAudit(*m_ledger)->clean());
    auto last = m_ledger->lastAudit();
    QVERIFY(last->has_value());
    QCOMPARE(last->value().atMs, 1763600000000);
    QCOMPARE(last->value().checked, 500);
    QVERIFY(last->value().ok);
}

QTEST_GUILESS_MAIN(TestAudit)
#include "TestAudit.moc"
