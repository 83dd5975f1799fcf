// Every shipped language is complete, and the compiled catalogues translate the UI.
#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QTranslator>
#include <QtTest>

class TranslationsTest : public QObject {
    Q_OBJECT

private:
    static QStringList sourcesOf(const QString &tsPath, int *unfinished)
    {
        QFile f(tsPath);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QDomDocument doc;
        doc.setContent(&f);
        QStringList sources;
        *unfinished = 0;
        const QDomNodeList messages = doc.elementsByTagName("message");
        for (int i = 0; i < messages.size(); ++i) {
            const QDomElement m = messages.at(i).toElement();
            sources << m.firstChildElement("source").text();
            const QDomElement t = m.firstChildElement("translation");
            if (t.attribute("type") == "unfinished" || t.attribute("type") == "obsolete" || t.text().isEmpty())
                ++*unfinished;
        }
        return sources;
    }

private slots:
    void catalogsAreCompleteAndAgree()
    {
        const QDir dir(ITGAN_TRANSLATIONS_DIR);
        const QStringList files = dir.entryList({"*.ts"});
        QCOMPARE(files.size(), 2);
        QStringList reference;
        for (const QString &file : files) {
            int unfinished = -1;
            QStringList sources = sourcesOf(dir.filePath(file), &unfinished);
            QVERIFY2(!sources.isEmpty(), qPrintable(file));
            QCOMPARE(unfinished, 0);
            sources.sort();
            if (reference.isEmpty())
                reference = sources;
            QCOMPARE(sources, reference);
        }
    }

    void compiledCatalogsTranslate()
    {
        const QString qmDir = qEnvironmentVariable("ITGAN_BUILD_DIR") + "/app";
        QTranslator german;
        QVERIFY2(german.load("itgan_studio_de", qmDir), qPrintable(qmDir));
        QCOMPARE(german.translate("MainWindow", "Real images"), QString("Echte Bilder"));
        QTranslator chinese;
        QVERIFY(chinese.load("itgan_studio_zh_CN", qmDir));
        QCOMPARE(chinese.translate("MainWindow", "Generator"), QString::fromUtf8("生成器"));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
