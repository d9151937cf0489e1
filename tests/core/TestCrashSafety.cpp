#include "TestSupport.h"

#include "ledger/Audit.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace suyuan;
using namespace suyuan::test;

// Kills a child that appends in a loop with SIGKILL at random moments; every record it
// reported committed must be there, and the database must open and audit clean each
// time. SUYUAN_CRASH_RUNS sets the number of kills (default 50; try 1000 by hand, with
// QTEST_FUNCTION_TIMEOUT=7200000 so that Qt Test's 5-minute watchdog does not stop it).
class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedAppender();
    void killedPasswd();

private:
    QString m_child;
};

void TestCrashSafety::initTestCase()
{
    m_child = qEnvironmentVariable("SUYUAN_CRASH_CHILD");
    QVERIFY2(!m_child.isEmpty(), "SUYUAN_CRASH_CHILD must name the crash_child executable");
}

void TestCrashSafety::killedAppender()
{
    const int runs = qEnvironmentVariableIntValue("SUYUAN_CRASH_RUNS") > 0
                         ? qEnvironmentVariableIntValue("SUYUAN_CRASH_RUNS")
                         : 50;
    const QByteArray pass = "crash test";
    QRandomGenerator rng(20261123);
    std::unique_ptr<QTemporaryDir> tmp;
    QSet<QByteArray> committed;
    qint64 totalCommitted = 0;
    for (int run = 0; run < runs; ++run) {
        if (run % 50 == 0) {
            // A fresh profile every 50 kills keeps each audit short in the long mode.
            totalCommitted += committed.size();
            committed.clear();
            tmp = std::make_unique<QTemporaryDir>();
            createProfile(tmp->path(), pass);
        }
        QProcess child;
        child.start(m_child, {QStringLiteral("append"), tmp->path(), QString::fromUtf8(pass)});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(30000)); // "ready"
        QTest::qWait(static_cast<int>(rng.bounded(5, 120)));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        for (const QByteArray& line : lines) {
            if (line.startsWith("committed ")) {
                committed.insert(QByteArray::fromHex(line.mid(10)));
            }
        }
        auto ledger = Profile::open(tmp->path(), pass);
        QVERIFY2(ledger.ok(), qPrintable(QStringLiteral("run %1: %2").arg(run).arg(ledger.error().message)));
        for (const QByteArray& id : std::as_const(committed)) {
            auto found = ledger.value()->recordById(id);
            QVERIFY(found.ok());
            QVERIFY2(found->has_value(), qPrintable(QStringLiteral("run %1: committed record %2 is missing")
                                                        .arg(run)
                                                        .arg(QString::fromLatin1(id.toHex()))));
        }
        auto report = runAudit(*ledger.value());
        QVERIFY(report.ok());
        QVERIFY2(report->clean(), qPrintable(QStringLiteral("run %1: %2").arg(run).arg(report->summary())));
        QVERIFY(ledger.value()->recordCount().value() >= committed.size());
    }
    totalCommitted += committed.size();
    qInfo("%d kills, %lld records reported committed, all present and audited", runs, totalCommitted);
    QVERIFY(totalCommitted > runs); // the child really got work done between kills
}

void TestCrashSafety::killedPasswd()
{
    // Passphrase changes killed at random moments: the profile always opens, with the old
    // passphrase until the change reported done, and with exactly one of the two.
    QTemporaryDir tmp;
    QByteArray current = "passphrase 0";
    {
        auto ledger = createProfile(tmp.path(), current);
        QList<Ledger::Draft> drafts;
        for (int i = 0; i < 2000; ++i) {
            drafts.append({QStringLiteral("note"), {{QStringLiteral("i"), i}}});
        }
        QVERIFY(ledger->appendBatch(drafts).ok());
    }
    // How long one uninterrupted change takes here, so the kills spread over all of it.
    QElapsedTimer timer;
    {
        QProcess child;
        child.start(m_child, {QStringLiteral("passwd"), tmp.path(), QString::fromUtf8(current),
                              QStringLiteral("passphrase 0")});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(30000));
        timer.start();
        QVERIFY(child.waitForFinished(60000));
        QVERIFY(child.readAllStandardOutput().contains("done"));
    }
    const int window = static_cast<int>(timer.elapsed() * 13 / 10) + 1;
    QRandomGenerator rng(7);
    int changed = 0;
    int run = 0;
    // At least 20 kills; on a machine whose speed varies (other jobs), more, until kills
    // have landed both before and after the commit point (at most 80).
    while (++run <= 80 && (run <= 20 || changed == 0 || changed == run - 1)) {
        const QByteArray next = "passphrase " + QByteArray::number(run);
        QProcess child;
        child.start(m_child, {QStringLiteral("passwd"), tmp.path(), QString::fromUtf8(current),
                              QString::fromUtf8(next)});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(30000));
        QTest::qWait(static_cast<int>(rng.bounded(0, window)));
        if (child.state() != QProcess::NotRunning) { // it may have finished meanwhile
            child.kill();
            QVERIFY(child.waitForFinished(10000));
        }
        const bool reportedDone = child.readAllStandardOutput().contains("done");
        auto withOld = Profile::open(tmp.path(), current);
        const bool oldWorks = withOld.ok();
        withOld = Error();
        auto withNew = Profile::open(tmp.path(), next);
        const bool newWorks = withNew.ok();
        QVERIFY2(oldWorks != newWorks,
                 qPrintable(QStringLiteral("run %1: old %2, new %3").arg(run).arg(oldWorks).arg(newWorks)));
        if (reportedDone) {
            QVERIFY(newWorks);
        }
        if (newWorks) {
            current = next;
            ++changed;
            QCOMPARE(withNew.value()->recordCount().value(), 2000);
            QVERIFY(runAudit(*withNew.value())->clean());
        }
    }
    --run;
    qInfo("%d passphrase changes killed within %d ms, %d completed before the kill", run, window, changed);
    QVERIFY(changed > 0 && changed < run); // the kills really landed before and after the commit point
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
