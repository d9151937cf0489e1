#include "TestSupport.h"

#include "ledger/Audit.h"
#include "ledger/Bundle.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace suyuan;
using namespace suyuan::test;

class TestBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void exchangeBothWays();
    void importTwiceChangesNothing();
    void alteredByteRejectsThatRecord();
    void truncatedBundle();
    void notABundle();
    void exportOneAuthorSince();
    void checkpointsAreRelayed();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    void fill(Ledger& ledger, int n, const QString& tag);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ledger> m_a;
    std::unique_ptr<Ledger> m_b;
};

void TestBundle::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_a = createProfile(path(QStringLiteral("a")), "pass a", QStringLiteral("奉节脐橙合作社"));
    m_b = createProfile(path(QStringLiteral("b")), "pass b", QStringLiteral("两路寸滩物流中心"));
    QVERIFY(m_a->setAuthorStatus(m_b->publicKey(), AuthorStatus::Trusted).ok());
    QVERIFY(m_b->setAuthorStatus(m_a->publicKey(), AuthorStatus::Trusted).ok());
}

void TestBundle::cleanup()
{
    m_a.reset();
    m_b.reset();
    m_dir.reset();
}

void TestBundle::fill(Ledger& ledger, int n, const QString& tag)
{
    QList<Ledger::Draft> drafts;
    for (int i = 0; i < n; ++i) {
        drafts.append({QStringLiteral("note"), {{QStringLiteral("tag"), tag}, {QStringLiteral("i"), i}}});
    }
    QVERIFY(ledger.appendBatch(drafts).ok());
}

void TestBundle::exchangeBothWays()
{
    fill(*m_a, 50, QStringLiteral("A"));
    fill(*m_b, 30, QStringLiteral("B"));
    auto exported = exportBundle(*m_a, path(QStringLiteral("a.bundle")));
    QVERIFY(exported.ok());
    QCOMPARE(exported->records, 50);
    auto intoB = importBundle(*m_b, path(QStringLiteral("a.bundle")));
    QVERIFY(intoB.ok());
    QCOMPARE(intoB->ingest.accepted, 50);
    QCOMPARE(intoB->ingest.rejected, 0);
    QCOMPARE(intoB->checkpointsAccepted, 1);

    QVERIFY(exportBundle(*m_b, path(QStringLiteral("b.bundle"))).ok());
    auto intoA = importBundle(*m_a, path(QStringLiteral("b.bundle")));
    QVERIFY(intoA.ok());
    QCOMPARE(intoA->ingest.accepted, 30);
    QCOMPARE(intoA->ingest.duplicate, 50); // A's own records came back
    QCOMPARE(intoA->ingest.rejected, 0);

    QCOMPARE(m_a->recordCount().value(), 80);
    QCOMPARE(m_b->recordCount().value(), 80);
    auto auditA = runAudit(*m_a);
    auto auditB = runAudit(*m_b);
    QVERIFY2(auditA->clean(), qPrintable(auditA->summary()));
    QVERIFY2(auditB->clean(), qPrintable(auditB->summary()));
    QCOMPARE(auditA->authors, 2);
}

void TestBundle::importTwiceChangesNothing()
{
    fill(*m_a, 40, QStringLiteral("A"));
    QVERIFY(exportBundle(*m_a, path(QStringLiteral("a.bundle"))).ok());
    QCOMPARE(importBundle(*m_b, path(QStringLiteral("a.bundle")))->ingest.accepted, 40);
    const auto before = m_b->author(m_a->publicKey()).value();
    const qint64 countBefore = m_b->recordCount().value();
    auto again = importBundle(*m_b, path(QStringLiteral("a.bundle")));
    QVERIFY(again.ok());
    QCOMPARE(again->ingest.accepted, 0);
    QCOMPARE(again->ingest.duplicate, 40);
    QCOMPARE(again->ingest.held, 0);
    QCOMPARE(again->ingest.rejected, 0);
    QCOMPARE(m_b->recordCount().value(), countBefore);
    const auto after = m_b->author(m_a->publicKey()).value();
    QCOMPARE(after.headSeq, before.headSeq);
    QCOMPARE(after.headId, before.headId);
    QCOMPARE(m_b->heldCount().value(), 0);
}

void TestBundle::alteredByteRejectsThatRecord()
{
    fill(*m_a, 20, QStringLiteral("A"));
    QVERIFY(exportBundle(*m_a, path(QStringLiteral("a.bundle"))).ok());
    QFile f(path(QStringLiteral("a.bundle")));
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray data = f.readAll();
    const qsizetype at = data.indexOf("\"i\":12,");
    QVERIFY(at > 0);
    data[at + 5] = '3'; // record seq 13 now says i = 13: one byte, still well-formed
    f.seek(0);
    f.write(data);
    f.close();
    auto result = importBundle(*m_b, f.fileName());
    QVERIFY(result.ok());
    const IngestSummary& s = result->ingest;
    QCOMPARE(s.accepted, 12);
    QCOMPARE(s.rejected, 1);
    QCOMPARE(s.held, 7); // seq 14 … 20 wait for the real seq 13
    const auto rejected = std::find_if(s.problems.cbegin(), s.problems.cend(), [](const IngestResult& r) {
        return r.outcome == IngestResult::Outcome::Rejected;
    });
    QVERIFY(rejected != s.problems.cend());
    QCOMPARE(rejected->reason, ErrorCode::BadSignature);
    QCOMPARE(rejected->seq, 13);
    QCOMPARE(m_b->recordCount().value(), 12);
    // The genuine bundle fills the hole later.
    QVERIFY(exportBundle(*m_a, path(QStringLiteral("again.bundle"))).ok());
    auto repaired = importBundle(*m_b, path(QStringLiteral("again.bundle")));
    QCOMPARE(m_b->recordCount().value(), 20);
    QCOMPARE(m_b->heldCount().value(), 0);
    QVERIFY(runAudit(*m_b)->clean());
}

void TestBundle::truncatedBundle()
{
    fill(*m_a, 10, QStringLiteral("A"));
    QVERIFY(exportBundle(*m_a, path(QStringLiteral("a.bundle"))).ok());
    QFile f(path(QStringLiteral("a.bundle")));
    QVERIFY(f.resize(f.size() - 30));
    auto result = importBundle(*m_b, f.fileName());
    QVERIFY(result.ok());
    QCOMPARE(result->ingest.accepted, 9);
    QCOMPARE(result->ingest.rejected, 1);
    QCOMPARE(result->ingest.problems.last().reason, ErrorCode::Malformed);
}

void TestBundle::notABundle()
{
    QFile f(path(QStringLiteral("junk.bundle")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a bundle at all");
    f.close();
    auto result = importBundle(*m_b, f.fileName());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Malformed);
    QVERIFY(!importBundle(*m_b, path(QStringLiteral("missing.bundle"))).ok());
    QCOMPARE(m_b->recordCount().value(), 0);
}

void TestBundle::exportOneAuthorSince()
{
    fill(*m_a, 10, QStringLiteral("A"));
    fill(*m_b, 5, QStringLiteral("B"));
    QVERIFY(exportBundle(*m_b, path(QStringLiteral("b.bundle"))).ok());
    QCOMPARE(importBundle(*m_a, path(QStringLiteral("b.bundle")))->ingest.accepted, 5);
    BundleExportOptions options;
    options.author = m_a->publicKey();
    options.sinceSeq = 4;
    auto exported = exportBundle(*m_a, path(QStringLiteral("a-since.bundle")), options);
    QCOMPARE(exported->records, 7);
    // A partner that lacks 1–3 holds the rest until the gap is filled.
    auto result = importBundle(*m_b, path(QStringLiteral("a-since.bundle")));
    QCOMPARE(result->ingest.held, 7);
    QVERIFY(exportBundle(*m_a, path(QStringLiteral("a-all.bundle")), {m_a->publicKey(), 1}).ok());
    result = importBundle(*m_b, path(QStringLiteral("a-all.bundle")));
    QCOMPARE(m_b->recordCount().value(), 15);
    QCOMPARE(m_b->heldCount().value(), 0);
}

void TestBundle::checkpointsAreRelayed()
{
    fill(*m_a, 3, QStringLiteral("A"));
    QVERIFY(exportBundle(*m_a, path(QStringLiteral("a.bundle"))).ok());
    QVERIFY(importBundle(*m_b, path(QStringLiteral("a.bundle"))).ok());
    auto cps = m_b->checkpoints();
    QCOMPARE(cps->size(), 1);
    QCOMPARE(cps->first().author, m_a->publicKey());
    QCOMPARE(cps->first().seq, 3);
    auto relayed = exportBundle(*m_b, path(QStringLiteral("b.bundle")));
    QCOMPARE(relayed->checkpoints, 2); // B's own and A's
    QCOMPARE(m_b->author(m_a->publicKey())->knownSeq, 3);
}

QTEST_GUILESS_MAIN(TestBundle)
#include "TestBundle.moc"
