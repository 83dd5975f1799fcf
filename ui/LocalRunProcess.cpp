#include "LocalRunProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <csignal>

LocalRunProcess::LocalRunProcess(QObject *parent) : QObject(parent) {}

LocalRunProcess::~LocalRunProcess()
{
    if (isRunning()) {
        cancel();
        if (!m_process->waitForFinished(30000))
            m_process->kill();
        m_process->waitForFinished();
    }
}

QString LocalRunProcess::itganExecutable()
{
    const QString fromEnvironment = qEnvironmentVariable("ITGAN_CLI");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("itgan"));
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(QStringLiteral("itgan"));
}

bool LocalRunProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool LocalRunProcess::start(const QJsonObject &compareConfig, const QString &runDir, bool resume, int processes,
                            int threadsPerProcess, QString *error)
{
    if (isRunning()) {
        *error = tr("A run with several processes is already under way.");
        return false;
    }
    if (runDir.isEmpty()) {
        *error = tr("Choose a run folder first.");
        return false;
    }
    const QString program = itganExecutable();
    if (program.isEmpty()) {
        *error = tr("Runs with several processes need the itgan program beside itgan-studio or on PATH.");
        return false;
    }
    // The configuration goes in a file of its own: the run folder takes only the run's files.
    m_configDir = std::make_unique<QTemporaryDir>();
    const QString configPath = m_configDir->filePath(QStringLiteral("compare.json"));
    QSaveFile file(configPath);
    if (!m_configDir->isValid() || !file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(compareConfig).toJson()) < 0 || !file.commit()) {
        *error = tr("Cannot write the run configuration to %1").arg(configPath);
        return false;
    }
    QStringList arguments{QStringLiteral("launch"), QStringLiteral("-n"), QString::number(processes),
                          QStringLiteral("--threads-per-rank"), QString::number(threadsPerProcess), QStringLiteral("--"),
                          QStringLiteral("compare"), QStringLiteral("--config"), configPath, QStringLiteral("--out"), runDir};
    if (resume)
        arguments << QStringLiteral("--resume");
    m_pending.clear();
    m_problems.clear();
    m_cancelRequested = false;
    delete m_process;
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process, &QProcess::readyRead, this, &LocalRunProcess::readOutput);
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        onFinished(status == QProcess::NormalExit ? exitCode : -1);
    });
    // Started without waiting on the GUI thread; a program that cannot start ends the run.
    connect(m_process, &QProcess::errorOccurred, this, [this, program](QProcess::ProcessError failure) {
        if (failure != QProcess::FailedToStart)
            return;
        m_configDir.reset();
        Q_EMIT finished(false, false, tr("Cannot start %1: %2").arg(program, m_process->errorString()));
    });
    m_process->start(program, arguments);
    return true;
}

void LocalRunProcess::cancel()
{
    if (!isRunning())
        return;
    m_cancelRequested = true;
    // The launcher forwards Ctrl-C to every rank; they stop together at an iteration boundary.
    ::kill(static_cast<pid_t>(m_process->processId()), SIGINT);
}

void LocalRunProcess::readOutput()
{
    m_pending += m_process->readAll();
    static const QRegularExpression rankZero(QStringLiteral("^\\[rank 0\\] (?:itgan: )?(.*)$"));
    int end;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_pending.left(end)).trimmed();
        m_pending.remove(0, end + 1);
        if (line.contains(QLatin1String("error:")) || line.startsWith(QLatin1String("itgan launch: rank")))
            m_problems << line;
        const auto match = rankZero.match(line);
        if (match.hasMatch() && !match.captured(1).isEmpty())
            Q_EMIT stageChanged(match.captured(1));
    }
}

void LocalRunProcess::onFinished(int exitCode)
{
    readOutput();
    m_configDir.reset();
    if (exitCode == 0) {
        Q_EMIT finished(true, false, tr("The run's processes finished."));
    } else if (m_cancelRequested) {
        Q_EMIT finished(false, true, tr("Cancelled."));
    } else {
        const QString details = m_problems.isEmpty() ? tr("itgan launch exited with code %1").arg(exitCode)
                                                     : m_problems.join(QLatin1Char('\n'));
        Q_EMIT finished(false, false, details);
    }
}
