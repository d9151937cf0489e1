#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// Drives the suyuan-cli executable as a script would: exit codes, output, passphrase sources.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usageAndHelp();
    void initWhoamiAppendLogVerify();
    void wrongPassphraseExitsThree();
    void passphraseFile();
    void bundleExchange();
    void passwd();
    void bench();
    void traceCommands();
    void demoAndEpcis();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList& args, const QByteArray& passphrase = "cli pass",
            const QByteArray& newPassphrase = {});
    QString m_cli;
    QTemporaryDir m_tmp;
};

void TestCli::initTestCase()
{
    m_cli = qEnvironmentVariable("SUYUAN_CLI");
    QVERIFY2(!m_cli.isEmpty(), "SUYUAN_CLI must name the suyuan-cli executable");
}

TestCli::Run TestCli::cli(const QStringList& args, const QByteArray& passphrase,
                          const QByteArray& newPassphrase)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("SUYUAN_PASSPHRASE"));
    if (!passphrase.isNull()) {
        env.insert(QStringLiteral("SUYUAN_PASSPHRASE"), QString::fromUtf8(passphrase));
    }
    if (!newPassphrase.isNull()) {
        env.insert(QStringLiteral("SUYUAN_NEW_PASSPHRASE"), QString::fromUtf8(newPassphrase));
    }
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(m_cli, args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestCli::usageAndHelp()
{
    QCOMPARE(cli({}).code, 2);
    QCOMPARE(cli({QStringLiteral("frobnicate")}).code, 2);
    const Run help = cli({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    for (const char* command :
         {"init", "whoami", "passwd", "append", "log", "verify", "bundle export", "bundle import", "bench"}) {
        QVERIFY2(help.out.contains(QLatin1String(command)), command);
        QStringList args = QString::fromLatin1(command).split(QLatin1Char(' '));
        const Run h = cli(args << QStringLiteral("--help"));
        QCOMPARE(h.code, 0);
        QVERIFY2(h.out.contains(QStringLiteral("Usage:")), qPrintable(h.out));
    }
    QCOMPARE(cli({QStringLiteral("append"), QStringLiteral("--bogus")}).code, 2);
}

void TestCli::initWhoamiAppendLogVerify()
{
    const QString profile = m_tmp.filePath(QStringLiteral("one"));
    Run r = cli({QStringLiteral("--profile"), profile, QStringLiteral("init"), QStringLiteral("--name"),
                 QStringLiteral("涪陵榨菜加工厂")});
    QCOMPARE(r.code, 0);
    const QRegularExpression nodeId(QStringLiteral("Node ID: ((?:[0-9A-Z]{4}-){7}[0-9A-Z]{4})"));
    const auto m = nodeId.match(r.out);
    QVERIFY2(m.hasMatch(), qPrintable(r.out));
    QCOMPARE(cli({QStringLiteral("--profile"), profile, QStringLiteral("init")}).code, 1); // exists already

    r = cli({QStringLiteral("--profile"), profile, QStringLiteral("whoami")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(m.captured(1)));
    QVERIFY(r.out.contains(QStringLiteral("涪陵榨菜加工厂")));

    r = cli({QStringLiteral("--profile"), profile, QStringLiteral("append"), QStringLiteral("--kind"),
             QStringLiteral("note"), QStringLiteral("--body"),
             QStringLiteral(R"({"text":"腌制 day 1","kg":800})")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("seq 1")));
    QCOMPARE(cli({QStringLiteral("--profile"), profile, QStringLiteral("append"), QStringLiteral("--kind"),
                  QStringLiteral("note"), QStringLiteral("--body"), QStringLiteral("{not json")})
                 .code,
             2);
    QCOMPARE(cli({QStringLiteral("--profile"), profile, QStringLiteral("append"), QStringLiteral("--kind"),
                  QStringLiteral("Bad Kind"), QStringLiteral("--body"), QStringLiteral("{}")})
                 .code,
             2);

    r = cli({QStringLiteral("--profile"), profile, QStringLiteral("log"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("腌制 day 1")));
    QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')).size(), 1);

    r = cli({QStringLiteral("--profile"), profile, QStringLiteral("verify")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("Database integrity: ok")));
}

void TestCli::wrongPassphraseExitsThree()
{
    const QString profile = m_tmp.filePath(QStringLiteral("locked"));
    QCOMPARE(cli({QStringLiteral("--profile"), profile, QStringLiteral("init")}).code, 0);
    const Run r = cli({QStringLiteral("--profile"), profile, QStringLiteral("whoami")}, "not it");
    QCOMPARE(r.code, 3);
    QVERIFY(r.err.contains(QStringLiteral("Wrong passphrase")));
    // No passphrase and no terminal: a usage error, not a hang.
    QCOMPARE(cli({QStringLiteral("--profile"), profile, QStringLiteral("whoami")}, QByteArray()).code, 2);
    QCOMPARE(cli({QStringLiteral("--profile"), m_tmp.filePath(QStringLiteral("nothing")),
                  QStringLiteral("whoami")})
                 .code,
             1);
}

void TestCli::passphraseFile()
{
    const QString profile = m_tmp.filePath(QStringLiteral("file"));
    const QString passFile = m_tmp.filePath(QStringLiteral("pass.txt"));
    QFile f(passFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("from a file\n");
    f.close();
    QCOMPARE(cli({QStringLiteral("--profile"), profile, QStringLiteral("--passphrase-file"), passFile,
                  QStringLiteral("init")},
                 QByteArray())
                 .code,
             0);
    QCOMPARE(cli({QStringLiteral("--profile"), profile, QStringLiteral("whoami")}, "from a file").code, 0);
    QCOMPARE(cli({QStringLiteral("--profile"), profile, QStringLiteral("whoami")}, "from a file\n").code, 3);
}

void TestCli::bundleExchange()
{
    const QString a = m_tmp.filePath(QStringLiteral("xa"));
    const QString b = m_tmp.filePath(QStringLiteral("xb"));
    QCOMPARE(cli({QStringLiteral("--profile"), a, QStringLiteral("init")}).code, 0);
    QCOMPARE(cli({QStringLiteral("--profile"), b, QStringLiteral("init")}).code, 0);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(cli({QStringLiteral("--profile"), a, QStringLiteral("append"), QStringLiteral("--kind"),
                      QStringLiteral("note"), QStringLiteral("--body"), QStringLiteral(R"({"i":%1})").arg(i)})
                     .code,
                 0);
    }
    const QString bundle = m_tmp.filePath(QStringLiteral("a.bundle"));
    Run r = cli({QStringLiteral("--profile"), a, QStringLiteral("bundle"), QStringLiteral("export"), bundle});
    QCOMPARE(r.code, 0);
    // B does not know A yet: the records are held as pending.
    r = cli({QStringLiteral("--profile"), b, QStringLiteral("bundle"), QStringLiteral("import"), bundle});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("held: 3")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("unknown_author")));
    const QString aId = QRegularExpression(QStringLiteral("Node ID: (\\S+)"))
                            .match(cli({QStringLiteral("--profile"), a, QStringLiteral("whoami")}).out)
                            .captured(1);
    r = cli({QStringLiteral("--profile"), b, QStringLiteral("author"), QStringLiteral("trust"), aId.toLower(),
             QStringLiteral("--name"), QStringLiteral("Co-op A")});
    QCOMPARE(r.code, 0);
    r = cli({QStringLiteral("--profile"), b, QStringLiteral("author"), QStringLiteral("list")});
    QVERIFY(r.out.contains(aId));
    QVERIFY(r.out.contains(QStringLiteral("trusted")));
    r = cli({QStringLiteral("--profile"), b, QStringLiteral("bundle"), QStringLiteral("import"), bundle});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("duplicate: 3")), qPrintable(r.out));
    r = cli({QStringLiteral("--profile"), b, QStringLiteral("whoami")});
    QVERIFY(r.out.contains(QStringLiteral("Records: 3")));
    QCOMPARE(cli({QStringLiteral("--profile"), b, QStringLiteral("verify")}).code, 0);
    // A damaged bundle: exit code 1 and the reason.
    QFile f(bundle);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray data = f.readAll();
    data[data.indexOf("\"i\":2") + 4] = '7';
    f.seek(0);
    f.write(data);
    f.close();
    const QString c = m_tmp.filePath(QStringLiteral("xc"));
    QCOMPARE(cli({QStringLiteral("--profile"), c, QStringLiteral("init")}).code, 0);
    QCOMPARE(
        cli({QStringLiteral("--profile"), c, QStringLiteral("author"), QStringLiteral("trust"), aId}).code,
        1);
    r = cli({QStringLiteral("--profile"), c, QStringLiteral("bundle"), QStringLiteral("import"), bundle});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("rejected: 1")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("bad_signature")));
}

void TestCli::passwd()
{
    const QString profile = m_tmp.filePath(QStringLiteral("pw"));
    QCOMPARE(cli({QStringLiteral("--profile"), profile, QStringLiteral("init")}, "old one").code, 0);
    QCOMPARE(cli({QStringLiteral("--profile"), profile, QStringLiteral("passwd")}, "wrong", "new one").code,
             3);
    QCOMPARE(cli({QStringLiteral("--profile"), profile, QStringLiteral("passwd")}, "old one", "new one").code,
             0);
    QCOMPARE(cli({QStringLiteral("--profile"), profile, QStringLiteral("whoami")}, "old one").code, 3);
    QCOMPARE(cli({QStringLiteral("--profile"), profile, QStringLiteral("whoami")}, "new one").code, 0);
}

void TestCli::bench()
{
    const Run r =
        cli({QStringLiteral("bench"), QStringLiteral("--records"), QStringLiteral("2000")}, QByteArray());
    QCOMPARE(r.code, 0);
    for (const char* key : {"cores", "sign_limit_per_s", "verify_limit_per_s", "append_per_s", "append_ratio",
                            "audit_per_s", "audit_ratio"}) {
        const QRegularExpression line(QStringLiteral("^%1: ([0-9.]+)$").arg(QLatin1String(key)),
                                      QRegularExpression::MultilineOption);
        const auto m = line.match(r.out);
        QVERIFY2(m.hasMatch(), key);
        QVERIFY2(m.captured(1).toDouble() > 0, key);
    }
    qInfo("%s", qPrintable(r.out));
}

void TestCli::traceCommands()
{
    const QString profile = m_tmp.filePath(QStringLiteral("trace"));
    const auto run = [&](const QStringList& args) {
        return cli(QStringList{QStringLiteral("--profile"), profile} + args);
    };
    QCOMPARE(run({QStringLiteral("init")}).code, 0);
    QCOMPARE(run({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--name-zh"),
                  QStringLiteral("青菜头"), QStringLiteral("--code"), QStringLiteral("QCT")})
                 .code,
             0);
    QCOMPARE(run({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--name-zh"),
                  QStringLiteral("涪陵榨菜"), QStringLiteral("--gtin"), QStringLiteral("6901234567892")})
                 .code,
             0);
    Run r = run({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--name-zh"),
                 QStringLiteral("x"), QStringLiteral("--gtin"), QStringLiteral("6901234567891")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("check digit")), qPrintable(r.err));
    QCOMPARE(run({QStringLiteral("location"), QStringLiteral("add"), QStringLiteral("plot-a"),
                  QStringLiteral("--name-zh"), QStringLiteral("江北 3 号地块"), QStringLiteral("--type"),
                  QStringLiteral("plot")})
                 .code,
             0);
    QCOMPARE(run({QStringLiteral("event"), QStringLiteral("record"), QStringLiteral("harvest"),
                  QStringLiteral("--product"), QStringLiteral("code:QCT"), QStringLiteral("--lot"),
                  QStringLiteral("A-01"), QStringLiteral("--quantity"), QStringLiteral("1000"),
                  QStringLiteral("--location"), QStringLiteral("plot-a"), QStringLiteral("--time"),
                  QStringLiteral("2026-02-10T09:30:00+08:00")})
                 .code,
             0);
    r = run({QStringLiteral("event"), QStringLiteral("record"), QStringLiteral("process"),
             QStringLiteral("--input"), QStringLiteral("A-01:900"), QStringLiteral("--output"),
             QStringLiteral("06901234567892:ZC/01:880")});
    QCOMPARE(r.code, 0);
    // Taking more than is left is refused, and nothing is written.
    r = run({QStringLiteral("event"), QStringLiteral("record"), QStringLiteral("process"),
             QStringLiteral("--input"), QStringLiteral("A-01:101"), QStringLiteral("--output"),
             QStringLiteral("06901234567892:ZC-02:100")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("100")), qPrintable(r.err));

    r = run({QStringLiteral("batch"), QStringLiteral("show"),
             QStringLiteral("https://example.cn/01/06901234567892/10/ZC%2F01"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject batch = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(batch.value(QStringLiteral("lot")).toString(), QStringLiteral("ZC/01"));
    QCOMPARE(batch.value(QStringLiteral("available")).toDouble(), 880.0);
    QCOMPARE(batch.value(QStringLiteral("events")).toArray().size(), 1);

    r = run({QStringLiteral("trace"), QStringLiteral("--up"),
             QStringLiteral("urn:epc:class:lgtin:6901234.056789.ZC%2F01"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray edges =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("edges")).toArray();
    QCOMPARE(edges.size(), 1);
    QCOMPARE(edges.first().toObject().value(QStringLiteral("parent")).toString(),
             QStringLiteral("urn:suyuan:lot:QCT:A-01"));

    const QString csv = m_tmp.filePath(QStringLiteral("recall.csv"));
    r = run({QStringLiteral("recall"), QStringLiteral("A-01"), QStringLiteral("--csv"), csv});
    QCOMPARE(r.code, 0);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3); // header, A-01 itself, ZC/01
    QVERIFY(lines.at(2).contains("ZC/01"));
    QCOMPARE(run({QStringLiteral("batch"), QStringLiteral("show"), QStringLiteral("NOPE")}).code, 1);
    QCOMPARE(run({QStringLiteral("verify")}).code, 0);
}

void TestCli::demoAndEpcis()
{
    const QString profile = m_tmp.filePath(QStringLiteral("demo"));
    const auto run = [&](const QStringList& args) {
        return cli(QStringList{QStringLiteral("--profile"), profile} + args);
    };
    Run r = run({QStringLiteral("demo")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("events")), qPrintable(r.out));
    QCOMPARE(run({QStringLiteral("demo")}).code, 1); // only into a new profile
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--if-missing")}).code,
             0); // the README's run command
    r = run({QStringLiteral("batch"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).array().size() >= 10);
    // The whole demo ledger as an EPCIS document that the official schema accepts.
    const QString doc = m_tmp.filePath(QStringLiteral("demo.jsonld"));
    QCOMPARE(run({QStringLiteral("epcis"), QStringLiteral("export"), doc}).code, 0);
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(SUYUAN_TOOLS "/validate_epcis.py"),
                  QStringLiteral(SUYUAN_TEST_DATA "/epcis/EPCIS-JSON-Schema.json"), doc});
    QVERIFY(python.waitForFinished(60000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardOutput().constData());
    // An official example imports into another profile; a broken one is refused.
    const QString other = m_tmp.filePath(QStringLiteral("importer"));
    QCOMPARE(cli({QStringLiteral("--profile"), other, QStringLiteral("init")}).code, 0);
    r = cli({QStringLiteral("--profile"), other, QStringLiteral("epcis"), QStringLiteral("import"),
             QStringLiteral(SUYUAN_TEST_DATA "/epcis/Example_9.6.3-AggregationEvent.jsonld")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("imported: 1")), qPrintable(r.out));
    QFile broken(m_tmp.filePath(QStringLiteral("broken.jsonld")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(
        R"({"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],"type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2026-01-01T00:00:00Z",)"
        R"("epcisBody":{"eventList":[{"type":"ObjectEvent","action":"ADD","eventTimeZoneOffset":"+08:00",)"
        R"("epcList":["urn:epc:id:sgtin:0614141.107346.2017"]}]}})");
    broken.close();
    r = cli({QStringLiteral("--profile"), other, QStringLiteral("epcis"), QStringLiteral("import"),
             broken.fileName()});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("$.epcisBody.eventList[0].eventTime")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
