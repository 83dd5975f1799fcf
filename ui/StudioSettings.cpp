#include "StudioSettings.h"

#include <QSettings>
#include <QThread>

#include <algorithm>

namespace {
const QString kLanguage = QStringLiteral("language");
const QString kThreads = QStringLiteral("threads");
const QString kDevice = QStringLiteral("device");
const QString kLocalProcesses = QStringLiteral("local_processes");
const QString kRecentFiles = QStringLiteral("recentFiles");
const QString kGeometry = QStringLiteral("geometry");
const QString kWindowState = QStringLiteral("windowState");
} // namespace

QString StudioSettings::language()
{
    return QSettings().value(kLanguage).toString();
}

void StudioSettings::setLanguage(const QString &language)
{
    QSettings().setValue(kLanguage, language);
}

int StudioSettings::threads()
{
    return std::max(0, QSettings().value(kThreads, 0).toInt());
}

void StudioSettings::setThreads(int threads)
{
    QSettings().setValue(kThreads, std::max(0, threads));
}

int StudioSettings::effectiveThreads()
{
    const int setting = threads();
    return setting > 0 ? setting : std::max(1, QThread::idealThreadCount() - 1);
}

QString StudioSettings::device()
{
    return QSettings().value(kDevice, QStringLiteral("cpu")).toString();
}

void StudioSettings::setDevice(const QString &device)
{
    QSettings().setValue(kDevice, device);
}

int StudioSettings::localProcesses()
{
    return std::clamp(QSettings().value(kLocalProcesses, 1).toInt(), 1, 256);
}

void StudioSettings::setLocalProcesses(int processes)
{
    QSettings().setValue(kLocalProcesses, std::clamp(processes, 1, 256));
}

QStringList StudioSettings::recentFiles()
{
    return QSettings().value(kRecentFiles).toStringList();
}

void StudioSettings::setRecentFiles(const QStringList &files)
{
    QSettings().setValue(kRecentFiles, files);
}

QByteArray StudioSettings::windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

QByteArray StudioSettings::windowState()
{
    return QSettings().value(kWindowState).toByteArray();
}

void StudioSettings::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(kGeometry, geometry);
    settings.setValue(kWindowState, state);
}
