#pragma once

// Shared by TestBatchesPage and TestBatchDetail: a translator that reads the zh_CN words of
// the batch pages straight from a JSON dictionary (made from
// translations/tools/zh_ui_batches.py), so that their screenshots can be looked at in
// Chinese before the .ts catalogue is regenerated. Set SUYUAN_TEST_ZH_JSON to use it.

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>

namespace suyuan::test {

class DictTranslator : public QTranslator
{
public:
    bool loadJson(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return false;
        }
        const QJsonObject words = QJsonDocument::fromJson(file.readAll()).object();
        for (auto it = words.begin(); it != words.end(); ++it) {
            m_words.insert(it.key(), it.value().toString());
        }
        return !m_words.isEmpty();
    }
    QString translate(const char*, const char* sourceText, const char* = nullptr, int = -1) const override
    {
        return m_words.value(QString::fromUtf8(sourceText));
    }
    bool isEmpty() const override { return m_words.isEmpty(); }

private:
    QHash<QString, QString> m_words;
};

// Installs the dictionary when SUYUAN_TEST_ZH_JSON names one; true when it did.
inline bool installZhDictionary()
{
    const QString path = qEnvironmentVariable("SUYUAN_TEST_ZH_JSON");
    if (path.isEmpty()) {
        return false;
    }
    static DictTranslator translator;
    if (!translator.loadJson(path)) {
        qWarning("cannot read %s", qPrintable(path));
        return false;
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QCoreApplication::installTranslator(&translator);
    return true;
}

} // namespace suyuan::test
