#pragma once
// The studio's persistent settings, typed, in one place (QSettings underneath): every key
// the studio stores is named only here.
#include <QByteArray>
#include <QString>
#include <QStringList>

class StudioSettings {
public:
    // The interface language ("" = the system's), applied at the next start.
    static QString language();
    static void setLanguage(const QString &language);
    // LibTorch threads for every studio thread that computes (0 = automatic).
    static int threads();
    static void setThreads(int threads);
    // The threads `threads()` means on this machine: the setting, or all cores but one
    // (left to the GUI).
    static int effectiveThreads();
    // Where jobs compute: "cpu" (default), "cuda" or "cuda:N" (core/base/ComputeDevice.h);
    // JobController uses the CPU when the device named here is not in this machine.
    static QString device();
    static void setDevice(const QString &device);
    // Processes for Start and Evaluate (1: the worker thread; more: `itgan launch`, see
    // LocalRunProcess.h).
    static int localProcesses();
    static void setLocalProcesses(int processes);
    static QStringList recentFiles();
    static void setRecentFiles(const QStringList &files);
    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindow(const QByteArray &geometry, const QByteArray &state);
};
