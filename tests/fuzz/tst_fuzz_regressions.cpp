// The fuzz targets' inputs in CTest (README.md here): every seed of corpus/<target>/ must be
// read (a valid file of that format: the targets reach the readers and the readers accept
// good files), and every kept finding of regressions/<target>/ must be refused with the
// project's own error or read — never let another exception escape. Crashes and sanitizer
// reports are the fuzz build's to catch; here a finding would abort the test program.
#include "FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QtTest>

class FuzzRegressionsTest : public QObject {
    Q_OBJECT

private slots:
    // The rule every row below is judged by: a reader that returns accepts, the project's
    // own error refuses, and anything else (a library's exception, bad_alloc) is a finding.
    void verdictSeparatesRefusalsFromEscapes()
    {
        itgan::fuzz::Verdict verdict;
        itgan::fuzz::judgeReader(verdict, [] { throw itgan::DatasetError("file.idx: truncated"); });
        QVERIFY(!verdict.accepted && verdict.escaped.empty());
        itgan::fuzz::judgeReader(verdict, [] { throw std::bad_alloc(); });
        QVERIFY2(verdict.escaped.find("bad_alloc") != std::string::npos, verdict.escaped.c_str());
        itgan::fuzz::judgeReader(verdict, [] { throw std::runtime_error("second"); });
        QVERIFY2(verdict.escaped.find("second") == std::string::npos, "the first escape is the one kept");
        QVERIFY(!verdict.accepted);
        itgan::fuzz::judgeReader(verdict, [] {});
        QVERIFY(verdict.accepted);
    }

    void inputsOfEveryTarget_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("seed");
        for (const auto &[name, target] : itgan::fuzz::targets()) {
            const QString targetName = QString::fromStdString(name);
            for (const bool seed : {true, false}) {
                const QDir dir(QString(ITGAN_FUZZ_DIR) + (seed ? "/corpus/" : "/regressions/") + targetName);
                const QStringList files = dir.entryList(QDir::Files, QDir::Name);
                if (seed)
                    QVERIFY2(!files.isEmpty(), qPrintable("no seed inputs in " + dir.path()));
                for (const QString &file : files)
                    QTest::addRow("%s %s", qPrintable(targetName), qPrintable(file)) << targetName << dir.filePath(file) << seed;
            }
        }
    }

    void inputsOfEveryTarget()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        QFETCH(bool, seed);
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        const itgan::fuzz::Verdict verdict = itgan::fuzz::targets().at(target.toStdString())(
            reinterpret_cast<const uint8_t *>(bytes.constData()), static_cast<size_t>(bytes.size()));
        QVERIFY2(verdict.escaped.empty(), verdict.escaped.c_str());
        if (seed)
            QVERIFY2(verdict.accepted, "a valid seed file was refused");
    }
};

QTEST_MAIN(FuzzRegressionsTest)
#include "tst_fuzz_regressions.moc"
