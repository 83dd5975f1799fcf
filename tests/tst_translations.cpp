// Every shipped language is complete, and the compiled catalogues translate the UI.
#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QRegularExpression>
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
            // Every %N placeholder of the source survives translation (else .arg() misplaces values).
            static const QRegularExpression placeholder(QStringLiteral("%\\d"));
            QStringList wanted, got;
            for (auto it = placeholder.globalMatch(m.firstChildElement("source").text()); it.hasNext();)
                wanted << it.next().captured();
            for (auto it = placeholder.globalMatch(t.text()); it.hasNext();)
                got << it.next().captured();
            wanted.removeDuplicates();
            got.removeDuplicates();
            wanted.sort();
            got.sort();
            if (wanted != got) {
                qWarning("%s: placeholders differ in \"%s\"", qPrintable(tsPath),
                         qPrintable(m.firstChildElement("source").text()));
                ++*unfinished;
            }
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
        QCOMPARE(german.translate("MainWindow", "Samples"), QString("Beispiele"));
        QCOMPARE(german.translate("RunPanel", "Learning rate:"), QString("Lernrate:"));
        QTranslator chinese;
        QVERIFY(chinese.load("itgan_studio_zh_CN", qmDir));
        QCOMPARE(chinese.translate("RunPanel", "Learning rate:"), QString::fromUtf8("学习率："));
        QCOMPARE(chinese.translate("SampleGridWidget", "Real"), QString::fromUtf8("真实"));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
