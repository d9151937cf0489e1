#include "TestSupport.h"

#include "crypto/Hash.h"
#include "ledger/Audit.h"
#include "ledger/Database.h"
#include "trace/Attachments.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace suyuan;
using namespace suyuan::test;
using namespace suyuan::trace;

class TestAttachments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void smallRoundTrip();
    void largeIsChunked();
    void duplicateIsNoOp();
    void overCapRefused();
    void atCapAccepted();
    void invalidInput();
    void encryptedOnDisk();
    void missingPartsAreIncomplete();
    void malformedChunkNotIndexed();
    void auditPassesWithAttachments();
    void projectionRebuildsIdentically();
    void exportWritesFile();

private:
    static QByteArray randomBytes(qsizetype n);
    static QString independentSha256(const QByteArray& data);
    qint64 count(Ledger& ledger) { return ledger.recordCount().value(); }
    QStringList dumpIndex(Ledger& ledger);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<AttachmentStore> m_store;
};

QByteArray TestAttachments::randomBytes(qsizetype n)
{
    QByteArray out(n, Qt::Uninitialized);
    QRandomGenerator gen(20261120);
    gen.fillRange(reinterpret_cast<quint32*>(out.data()), n / 4);
    for (qsizetype i = n / 4 * 4; i < n; ++i) {
        out[i] = static_cast<char>(gen.generate());
    }
    return out;
}

QString TestAttachments::independentSha256(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QStringList TestAttachments::dumpIndex(Ledger& ledger)
{
    QStringList rows;
    auto st = ledger.database().prepare("SELECT sha256, part, parts, size, media_type, name, rid FROM "
                                        "attachment_parts ORDER BY sha256, part;");
    while (st.step()) {
        QStringList cols;
        for (int c = 0; c < 7; ++c) {
            cols << st.text(c);
        }
        rows << cols.join(QLatin1Char('|'));
    }
    return rows;
}

void TestAttachments::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ledger = createProfile(m_dir->filePath(QStringLiteral("a")));
    auto store = AttachmentStore::open(*m_ledger);
    QVERIFY(store.ok());
    m_store = std::move(store.value());
}

void TestAttachments::cleanup()
{
    m_store.reset();
    m_ledger.reset();
    m_dir.reset();
}

void TestAttachments::smallRoundTrip()
{
    const QByteArray content = "%PDF-1.4\n奉节脐橙 农药残留检测报告\n%%EOF\n";
    auto ref = m_store->add(content, QStringLiteral("检测报告.pdf"));
    QVERIFY2(ref.ok(), qPrintable(ref.error().message));
    QCOMPARE(ref->sha256, independentSha256(content));
    QCOMPARE(ref->name, QStringLiteral("检测报告.pdf"));
    QCOMPARE(ref->mediaType, QStringLiteral("application/pdf"));
    QCOMPARE(ref->size, content.size());
    QCOMPARE(ref->parts, 1);
    QVERIFY(ref->complete);
    QCOMPARE(count(*m_ledger), 1);

    auto back = m_store->get(ref->sha256);
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE(back.value(), content);
    // Upper case is accepted too.
    QCOMPARE(m_store->get(ref->sha256.toUpper()).value(), content);

    const QJsonObject json = ref->toJson();
    QCOMPARE(json.keys(), (QStringList{QStringLiteral("mediaType"), QStringLiteral("name"),
                                       QStringLiteral("sha256"), QStringLiteral("size")}));
    QCOMPARE(json.value(QStringLiteral("size")).toInteger(), content.size());
    auto parsed = AttachmentRef::fromJson(json);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->sha256, ref->sha256);
    QCOMPARE(parsed->name, ref->name);
    const auto prefixed = AttachmentRef::fromJson(
        {{QStringLiteral("suyuan:sha256"), ref->sha256}, {QStringLiteral("suyuan:size"), 5}});
    QVERIFY(prefixed.has_value());
    QCOMPARE(prefixed->sha256, ref->sha256);
    QVERIFY(!AttachmentRef::fromJson({{QStringLiteral("sha256"), QStringLiteral("abc")}}).has_value());

    auto info = m_store->info(ref->sha256);
    QVERIFY(info.ok() && info.value().has_value());
    QCOMPARE(info.value()->mediaType, QStringLiteral("application/pdf"));
    QVERIFY(!m_store->info(QString(64, QLatin1Char('0'))).value().has_value());
    auto missing = m_store->get(QString(64, QLatin1Char('0')));
    QVERIFY(!missing.ok());

    // An explicit media type wins over the guess; the record body is as documented.
    auto photo = m_store->add("not really a jpeg", QStringLiteral("照片.jpg"), QStringLiteral("Image/JPEG"));
    QVERIFY(photo.ok());
    QCOMPARE(photo->mediaType, QStringLiteral("image/jpeg"));
    std::optional<Record> last;
    QVERIFY(m_ledger
                ->forEachRecord(m_ledger->publicKey(), 2,
                                [&](const Record& r) {
                                    last = r;
                                    return true;
                                })
                .ok());
    QVERIFY(last.has_value());
    QCOMPARE(last->kind, QStringLiteral("attachment"));
    const QJsonObject body = last->body();
    QCOMPARE(body.keys(),
             (QStringList{QStringLiteral("data"), QStringLiteral("mediaType"), QStringLiteral("name"),
                          QStringLiteral("part"), QStringLiteral("parts"), QStringLiteral("sha256"),
                          QStringLiteral("size")}));
    QCOMPARE(body.value(QStringLiteral("data")).toString(),
             QString::fromLatin1(QByteArray("not really a jpeg").toBase64()));
    QCOMPARE(body.value(QStringLiteral("part")).toInt(), 0);
    QCOMPARE(body.value(QStringLiteral("parts")).toInt(), 1);
    QVERIFY(last->bytes.contains("\"part\":0,\"parts\":1,"));
}

void TestAttachments::largeIsChunked()
{
    const QByteArray content = randomBytes(3 * 1024 * 1024);
    const qint64 before = count(*m_ledger);
    auto ref = m_store->add(content, QStringLiteral("photo.png"));
    QVERIFY2(ref.ok(), qPrintable(ref.error().message));
    QCOMPARE(count(*m_ledger) - before, 6);
    QCOMPARE(ref->parts, 6);
    QCOMPARE(ref->size, 3 * 1024 * 1024);
    QCOMPARE(ref->mediaType, QStringLiteral("image/png"));
    QCOMPARE(ref->sha256, independentSha256(content));
    qint64 maxRecord = 0;
    QVERIFY(m_ledger
                ->forEachRecord({}, 1,
                                [&](const Record& r) {
                                    maxRecord = std::max<qint64>(maxRecord, r.bytes.size());
                                    return true;
                                })
                .ok());
    QVERIFY(maxRecord <= kMaxRecordSize);
    auto back = m_store->get(ref->sha256);
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QVERIFY(back.value() == content);
    QCOMPARE(independentSha256(back.value()), ref->sha256);

    // A size that is not a multiple of the chunk: the last part is short.
    const QByteArray odd = randomBytes(kAttachmentChunkSize * 2 + 17);
    auto oddRef = m_store->add(odd, QStringLiteral("odd.bin"));
    QVERIFY(oddRef.ok());
    QCOMPARE(oddRef->parts, 3);
    QVERIFY(m_store->get(oddRef->sha256).value() == odd);
    QCOMPARE(m_store->list()->size(), 2);
}

void TestAttachments::duplicateIsNoOp()
{
    const QByteArray content = randomBytes(700 * 1024);
    auto first = m_store->add(content, QStringLiteral("证书.pdf"));
    QVERIFY(first.ok());
    const qint64 records = count(*m_ledger);
    QCOMPARE(records, 2);
    auto second = m_store->add(content, QStringLiteral("another name.bin"), QStringLiteral("text/plain"));
    QVERIFY(second.ok());
    QCOMPARE(count(*m_ledger), records);
    QCOMPARE(second->sha256, first->sha256);
    QCOMPARE(second->name, first->name); // the reference already held
    QCOMPARE(second->mediaType, first->mediaType);
    QCOMPARE(m_store->list()->size(), 1);
}

void TestAttachments::overCapRefused()
{
    const QByteArray big(kMaxAttachmentSize + 1, 'x');
    auto ref = m_store->add(big, QStringLiteral("huge.tif"));
    QVERIFY(!ref.ok());
    QCOMPARE(ref.error().code, ErrorCode::TooLarge);
    QVERIFY2(ref.error().message.contains(QString::number(kMaxAttachmentSize + 1)),
             qPrintable(ref.error().message));
    QVERIFY(ref.error().message.contains(QString::number(kMaxAttachmentSize)));
    QVERIFY(ref.error().message.contains(QStringLiteral("huge.tif")));
    QCOMPARE(count(*m_ledger), 0);
    QVERIFY(m_store->list()->isEmpty());

    // A file is refused from its size, before it is read.
    const QString path = m_dir->filePath(QStringLiteral("huge.bin"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(kMaxAttachmentSize + 4096));
    f.close();
    auto fromFile = m_store->addFile(path);
    QVERIFY(!fromFile.ok());
    QCOMPARE(fromFile.error().code, ErrorCode::TooLarge);
    QCOMPARE(count(*m_ledger), 0);
}

void TestAttachments::atCapAccepted()
{
    const QByteArray content = randomBytes(kMaxAttachmentSize);
    auto ref = m_store->add(content, QStringLiteral("scan.tiff"));
    QVERIFY2(ref.ok(), qPrintable(ref.error().message));
    QCOMPARE(ref->parts, 64);
    QCOMPARE(count(*m_ledger), 64);
    QVERIFY(m_store->get(ref->sha256).value() == content);
}

void TestAttachments::invalidInput()
{
    QCOMPARE(m_store->add({}, QStringLiteral("empty.txt")).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(m_store->add("x", QString(300, QLatin1Char('n'))).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(m_store->add("x", QStringLiteral("a\nb")).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(m_store->add("x", QStringLiteral("a.txt"), QStringLiteral("not a type")).error().code,
             ErrorCode::InvalidArgument);
    QCOMPARE(m_store->get(QStringLiteral("abc")).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(m_store->addFile(m_dir->filePath(QStringLiteral("nope.pdf"))).error().code, ErrorCode::Io);
    QCOMPARE(count(*m_ledger), 0);
}

void TestAttachments::encryptedOnDisk()
{
    // A distinctive marker, repeated so that it spans pages and chunks.
    const QByteArray marker = "SUYUAN-PLAINTEXT-MARKER-检测报告-7f3a9c";
    QByteArray content;
    while (content.size() < 600 * 1024) {
        content += marker;
    }
    auto ref = m_store->add(content, QStringLiteral("marker-report.txt"));
    QVERIFY(ref.ok());
    // Neither the bytes nor their base64 form (as the record holds them) nor the name may
    // appear in any file of the profile, while open (WAL) or after closing.
    const QByteArray b64 = content.toBase64().mid(4000, 48);
    const auto check = [&](const QString& when) {
        const auto files = snapshotFiles(m_dir->filePath(QStringLiteral("a")));
        QVERIFY(!files.isEmpty());
        qint64 total = 0;
        for (auto it = files.begin(); it != files.end(); ++it) {
            total += it.value().size();
            QVERIFY2(!it.value().contains(marker), qPrintable(when + QLatin1Char(' ') + it.key()));
            QVERIFY2(!it.value().contains(b64), qPrintable(when + QLatin1Char(' ') + it.key()));
            QVERIFY2(!it.value().contains("marker-report"), qPrintable(when + QLatin1Char(' ') + it.key()));
            QVERIFY2(!it.value().contains("attachment"), qPrintable(when + QLatin1Char(' ') + it.key()));
        }
        QVERIFY(total > content.size()); // the content is in there, encrypted
    };
    check(QStringLiteral("open"));
    m_store.reset();
    m_ledger.reset();
    check(QStringLiteral("closed"));
    // Control: the same search finds the marker and its base64 in plaintext files.
    const QString plainDir = m_dir->filePath(QStringLiteral("plain"));
    QVERIFY(QDir().mkpath(plainDir));
    for (const auto& [file, bytes] :
         {std::pair{"content.bin", content}, std::pair{"record.json", content.toBase64()}}) {
        QFile f(plainDir + QLatin1Char('/') + QLatin1String(file));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("header" + bytes);
    }
    const auto plain = snapshotFiles(plainDir);
    QCOMPARE(plain.size(), 2);
    QVERIFY(plain.value(QStringLiteral("content.bin")).contains(marker));
    QVERIFY(plain.value(QStringLiteral("record.json")).contains(b64));
    // And the content is still there after reopening.
    auto reopened = Profile::open(m_dir->filePath(QStringLiteral("a")), "correct horse");
    QVERIFY(reopened.ok());
    m_ledger = std::move(reopened.value());
    m_store = std::move(AttachmentStore::open(*m_ledger).value());
    QVERIFY(m_store->get(ref->sha256).value() == content);
}

void TestAttachments::missingPartsAreIncomplete()
{
    const QByteArray content = randomBytes(3 * 1024 * 1024);
    auto ref = m_store->add(content, QStringLiteral("lab-report.pdf"));
    QVERIFY(ref.ok());
    // A second node that has received only the first three chunk records (sync cut short).
    auto b = createProfile(m_dir->filePath(QStringLiteral("b")), "pass b");
    QVERIFY(b->setAuthorStatus(m_ledger->publicKey(), AuthorStatus::Trusted).ok());
    QList<SignedBytes> sent;
    QVERIFY(m_ledger
                ->forEachRecord(m_ledger->publicKey(), 1,
                                [&](const Record& r) {
                                    sent.append({r.bytes, r.signature});
                                    return true;
                                })
                .ok());
    QCOMPARE(sent.size(), 6);
    const IngestSummary summary = b->ingestMany(sent.mid(0, 3));
    QCOMPARE(summary.accepted, 3);
    {
        auto storeB = AttachmentStore::open(*b); // catches up on the records ingested before
        QVERIFY(storeB.ok());
        auto info = storeB.value()->info(ref->sha256);
        QVERIFY(info.ok() && info.value().has_value());
        QVERIFY(!info.value()->complete);
        QCOMPARE(info.value()->parts, 6);
        auto listed = storeB.value()->list();
        QCOMPARE(listed->size(), 1);
        QVERIFY(!listed->first().complete);
        auto got = storeB.value()->get(ref->sha256);
        QVERIFY(!got.ok());
        QVERIFY2(got.error().message.contains(QStringLiteral("incomplete")), qPrintable(got.error().message));
        QVERIFY2(got.error().message.contains(QStringLiteral("3 of 6")), qPrintable(got.error().message));
        QVERIFY(!storeB.value()->exportTo(ref->sha256, m_dir->filePath(QStringLiteral("out.pdf"))).ok());
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("out.pdf"))));

        // The rest arrives (while the store is open: projected as it is ingested).
        QCOMPARE(b->ingestMany(sent.mid(3)).accepted, 3);
        QVERIFY(storeB.value()->info(ref->sha256).value()->complete);
        QVERIFY(storeB.value()->get(ref->sha256).value() == content);
    }

    // A third node holding only the first two parts adds the same content itself: only
    // the four missing parts are stored.
    auto c = createProfile(m_dir->filePath(QStringLiteral("c")), "pass c");
    QVERIFY(c->setAuthorStatus(m_ledger->publicKey(), AuthorStatus::Trusted).ok());
    QCOMPARE(c->ingestMany(sent.mid(0, 2)).accepted, 2);
    auto storeC = AttachmentStore::open(*c);
    QVERIFY(storeC.ok());
    const qint64 before = count(*c);
    auto added = storeC.value()->add(content, QStringLiteral("lab-report.pdf"));
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    QVERIFY(added->complete);
    QCOMPARE(count(*c) - before, 4);
    QVERIFY(storeC.value()->get(ref->sha256).value() == content);
    QVERIFY(runAudit(*c)->clean());
}

void TestAttachments::malformedChunkNotIndexed()
{
    ForeignAuthor other;
    QVERIFY(m_ledger->setAuthorStatus(other.publicKey(), AuthorStatus::Trusted).ok());
    const QByteArray content = "certificate";
    const QString sha = independentSha256(content);
    // data does not have the length the size says: stored (a valid record) but not indexed.
    QJsonObject body{{QStringLiteral("sha256"), sha},
                     {QStringLiteral("part"), 0},
                     {QStringLiteral("parts"), 1},
                     {QStringLiteral("size"), 1000},
                     {QStringLiteral("mediaType"), QStringLiteral("text/plain")},
                     {QStringLiteral("name"), QStringLiteral("bad.txt")},
                     {QStringLiteral("data"), QString::fromLatin1(content.toBase64())}};
    QCOMPARE(m_ledger->ingest(other.next(QStringLiteral("attachment"), body)).outcome,
             IngestResult::Outcome::Accepted);
    body.insert(QStringLiteral("size"), content.size());
    body.insert(QStringLiteral("part"), 1); // part beyond parts
    QCOMPARE(m_ledger->ingest(other.next(QStringLiteral("attachment"), body)).outcome,
             IngestResult::Outcome::Accepted);
    QVERIFY(!m_store->info(sha).value().has_value());
    QVERIFY(m_store->list()->isEmpty());
    // The real content can still be added under its address.
    auto ref = m_store->add(content, QStringLiteral("cert.txt"));
    QVERIFY(ref.ok());
    QCOMPARE(m_store->get(sha).value(), content);

    // A chunk of the right shape but the wrong bytes is caught by the SHA-256 check.
    ForeignAuthor liar;
    auto d = createProfile(m_dir->filePath(QStringLiteral("d")), "pass d");
    QVERIFY(d->setAuthorStatus(liar.publicKey(), AuthorStatus::Trusted).ok());
    const QByteArray fake = "CERTIFICATE";
    body.insert(QStringLiteral("part"), 0);
    body.insert(QStringLiteral("data"), QString::fromLatin1(fake.toBase64()));
    QCOMPARE(d->ingest(liar.next(QStringLiteral("attachment"), body)).outcome,
             IngestResult::Outcome::Accepted);
    auto storeD = AttachmentStore::open(*d);
    QVERIFY(storeD.value()->info(sha).value()->complete);
    auto got = storeD.value()->get(sha);
    QVERIFY(!got.ok());
    QCOMPARE(got.error().code, ErrorCode::Malformed);
}

void TestAttachments::auditPassesWithAttachments()
{
    QVERIFY(
        m_ledger->append(QStringLiteral("note"), {{QStringLiteral("text"), QStringLiteral("before")}}).ok());
    QVERIFY(m_store->add(randomBytes(1300 * 1024), QStringLiteral("照片.jpg")).ok());
    QVERIFY(m_store->add("small", QStringLiteral("note.txt")).ok());
    QVERIFY(
        m_ledger->append(QStringLiteral("note"), {{QStringLiteral("text"), QStringLiteral("after")}}).ok());
    auto report = runAudit(*m_ledger);
    QVERIFY(report.ok());
    QVERIFY2(report->clean(), qPrintable(report->summary()));
    QCOMPARE(report->checked, 6);
}

void TestAttachments::projectionRebuildsIdentically()
{
    QVERIFY(m_store->add(randomBytes(1100 * 1024), QStringLiteral("证书.pdf")).ok());
    QVERIFY(m_store->add("a photo", QStringLiteral("photo.jpg")).ok());
    const QStringList before = dumpIndex(*m_ledger);
    QCOMPARE(before.size(), 4);

    // Detach, drop, attach again: the projection is rebuilt from the records.
    m_store.reset();
    AttachmentProjector projector;
    QVERIFY(projector.dropSchema(m_ledger->database()).ok());
    QVERIFY(m_ledger->database().exec("DELETE FROM meta WHERE key = 'projection_version.attachments';").ok());
    m_store = std::move(AttachmentStore::open(*m_ledger).value());
    QCOMPARE(dumpIndex(*m_ledger), before);

    // Records stored while no store was attached are caught up on.
    m_store.reset();
    ForeignAuthor other;
    QVERIFY(m_ledger->setAuthorStatus(other.publicKey(), AuthorStatus::Trusted).ok());
    const QByteArray late = "late";
    QCOMPARE(m_ledger
                 ->ingest(other.next(QStringLiteral("attachment"),
                                     {{QStringLiteral("sha256"), independentSha256(late)},
                                      {QStringLiteral("part"), 0},
                                      {QStringLiteral("parts"), 1},
                                      {QStringLiteral("size"), late.size()},
                                      {QStringLiteral("mediaType"), QStringLiteral("text/plain")},
                                      {QStringLiteral("name"), QStringLiteral("late.txt")},
                                      {QStringLiteral("data"), QString::fromLatin1(late.toBase64())}}))
                 .outcome,
             IngestResult::Outcome::Accepted);
    m_store = std::move(AttachmentStore::open(*m_ledger).value());
    QCOMPARE(m_store->get(independentSha256(late)).value(), late);
    const QStringList withLate = dumpIndex(*m_ledger);
    QCOMPARE(withLate.size(), 5);

    // An explicit rebuild gives the same rows.
    QVERIFY(m_ledger->rebuildProjection(&projector).ok());
    m_ledger->detachProjector(&projector);
    QCOMPARE(dumpIndex(*m_ledger), withLate);
}

void TestAttachments::exportWritesFile()
{
    const QString src = m_dir->filePath(QStringLiteral("检测报告.pdf"));
    const QByteArray content = "%PDF-1.7\n" + randomBytes(600 * 1024) + "\n%%EOF\n";
    {
        QFile f(src);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    auto ref = m_store->addFile(src);
    QVERIFY2(ref.ok(), qPrintable(ref.error().message));
    QCOMPARE(ref->name, QStringLiteral("检测报告.pdf"));
    QCOMPARE(ref->mediaType, QStringLiteral("application/pdf"));
    const QString out = m_dir->filePath(QStringLiteral("copy.pdf"));
    QVERIFY(m_store->exportTo(ref->sha256, out).ok());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll() == content);
    QVERIFY(!QFile::exists(out + QStringLiteral(".tmp")));
}

QTEST_GUILESS_MAIN(TestAttachments)
#include "TestAttachments.moc"
