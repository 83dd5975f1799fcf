#pragma once
// A Start or Evaluate run as N processes on this machine (core/README.md: Distributed
// runs): `itgan launch -n N -- compare --config FILE --out DIR [--resume]`, the same run
// the worker thread would do, shared among the ranks. It reports rank 0's stage and
// progress lines, stops every rank on cancel (Ctrl-C to the launcher: they stop together
// at an iteration boundary and the folder keeps its last checkpoint) and ends with the
// launcher's verdict. Pause, live λ / learning rate and previews need the in-process
// worker, so they are not available for it; the folder opens when it ends.
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <memory>

class QProcess;
class QTemporaryDir;

class LocalRunProcess : public QObject {
    Q_OBJECT

public:
    explicit LocalRunProcess(QObject *parent = nullptr);
    ~LocalRunProcess() override;

    // The itgan program: $ITGAN_CLI when set, else the one beside itgan-studio, else on PATH.
    static QString itganExecutable();

    // Starts the launcher; false with `error` set when it cannot (no itgan program, already
    // running, no run folder). A program that then fails to start ends with finished().
    bool start(const QJsonObject &compareConfig, const QString &runDir, bool resume, int processes,
               int threadsPerProcess, QString *error);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void stageChanged(const QString &text);
    void finished(bool succeeded, bool cancelled, const QString &message);

private:
    void readOutput();
    void onFinished(int exitCode);

    QProcess *m_process = nullptr;
    std::unique_ptr<QTemporaryDir> m_configDir;
    QByteArray m_pending;
    QStringList m_problems; // error lines of the ranks and the launcher's verdict
    bool m_cancelRequested = false;
};
