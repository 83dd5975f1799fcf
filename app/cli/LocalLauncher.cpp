#include "LocalLauncher.h"

#include "core/base/Errors.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <thread>

extern char **environ;

namespace itgan::cli {
namespace {

using Clock = std::chrono::steady_clock;

// Ctrl-C and SIGTERM to the launcher: counted here, forwarded by the main loop.
volatile std::sig_atomic_t g_interrupts = 0;

void onInterrupt(int)
{
    g_interrupts = g_interrupts + 1;
}

// How long a failed rank's peers get to stop on SIGTERM before SIGKILL, and how long
// after the first failure other exits are still collected to find its cause (a rank
// killed by a signal is the cause; its peers then fail with "connection closed").
constexpr auto kStopGrace = std::chrono::seconds(10);
constexpr auto kCauseWindow = std::chrono::milliseconds(1000);

struct RankProcess {
    int rank = 0;
    pid_t pid = -1;
    int outFd = -1, errFd = -1;
    std::string outPending, errPending;
    bool running = true;
    int status = 0;
    Clock::time_point endedAt;
};

std::string describeExit(int status)
{
    if (WIFSIGNALED(status))
        return "was killed by signal " + std::to_string(WTERMSIG(status)) + " (" + strsignal(WTERMSIG(status)) + ")";
    return "exited with code " + std::to_string(WEXITSTATUS(status));
}

bool failed(int status)
{
    return WIFSIGNALED(status) || WEXITSTATUS(status) != 0;
}

// Writes complete lines of `pending` + `data` with the rank's prefix; a progress bar's
// carriage returns end lines too.
void forwardLines(std::string &pending, const char *data, size_t size, int rank, FILE *to, bool flushAll)
{
    pending.append(data, size);
    size_t end;
    while ((end = pending.find_first_of("\r\n")) != std::string::npos || (flushAll && !pending.empty())) {
        if (end == std::string::npos)
            end = pending.size();
        const std::string line = pending.substr(0, end);
        pending.erase(0, std::min(end + 1, pending.size()));
        if (!line.empty())
            std::fprintf(to, "[rank %d] %s\n", rank, line.c_str());
    }
    std::fflush(to);
}

// This process's environment without the variables the launcher sets, plus those.
std::vector<std::string> rankEnvironment(const LaunchRequest &request, int rank, int port, int threads)
{
    const std::vector<std::pair<std::string, std::string>> ours{
        {"MASTER_ADDR", "127.0.0.1"},
        {"MASTER_PORT", std::to_string(port)},
        {"RANK", std::to_string(rank)},
        {"WORLD_SIZE", std::to_string(request.ranks)},
        {"LOCAL_RANK", std::to_string(rank)},
        {"LOCAL_WORLD_SIZE", std::to_string(request.ranks)},
        {"OMP_NUM_THREADS", std::to_string(threads)}};
    std::vector<std::string> env;
    for (char **entry = environ; entry && *entry; ++entry) {
        const std::string text(*entry);
        const auto name = text.substr(0, text.find('='));
        if (std::none_of(ours.begin(), ours.end(), [&](const auto &kv) { return kv.first == name; }))
            env.push_back(text);
    }
    for (const auto &[name, value] : ours)
        env.push_back(name + "=" + value);
    return env;
}

RankProcess startRank(const LaunchRequest &request, int rank, int port, int threads)
{
    int out[2], err[2];
    if (pipe2(out, O_CLOEXEC) != 0 || pipe2(err, O_CLOEXEC) != 0)
        throw Error(std::string("itgan launch: cannot create a pipe: ") + std::strerror(errno));
    // Everything exec needs is built before fork (the child may only call async-signal-safe functions).
    const auto envStrings = rankEnvironment(request, rank, port, threads);
    std::vector<char *> envp, argv;
    for (const auto &s : envStrings)
        envp.push_back(const_cast<char *>(s.c_str()));
    envp.push_back(nullptr);
    argv.push_back(const_cast<char *>(request.executable.c_str()));
    for (const auto &arg : request.command)
        argv.push_back(const_cast<char *>(arg.c_str()));
    argv.push_back(nullptr);

    const pid_t pid = fork();
    if (pid < 0)
        throw Error(std::string("itgan launch: cannot start rank ") + std::to_string(rank) + ": " + std::strerror(errno));
    if (pid == 0) {
        dup2(out[1], STDOUT_FILENO);
        dup2(err[1], STDERR_FILENO);
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        execve(argv[0], argv.data(), envp.data());
        const char message[] = "itgan launch: cannot execute the itgan binary\n";
        (void)!write(STDERR_FILENO, message, sizeof message - 1);
        _exit(127);
    }
    close(out[1]);
    close(err[1]);
    RankProcess process;
    process.rank = rank;
    process.pid = pid;
    process.outFd = out[0];
    process.errFd = err[0];
    return process;
}

void signalRunning(std::vector<RankProcess> &ranks, int signal)
{
    for (auto &r : ranks)
        if (r.running)
            kill(r.pid, signal);
}

// Reads what is there (or the end) of one pipe; returns false at its end.
bool drain(int &fd, std::string &pending, int rank, FILE *to)
{
    char buffer[4096];
    const ssize_t n = read(fd, buffer, sizeof buffer);
    if (n > 0) {
        forwardLines(pending, buffer, static_cast<size_t>(n), rank, to, false);
        return true;
    }
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return true;
    forwardLines(pending, nullptr, 0, rank, to, true);
    close(fd);
    fd = -1;
    return false;
}

} // namespace

int freeLoopbackPort()
{
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        throw Error(std::string("itgan launch: cannot open a socket: ") + std::strerror(errno));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0; // the kernel picks a free one
    socklen_t length = sizeof address;
    if (bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        const std::string reason = std::strerror(errno);
        close(fd);
        throw Error("itgan launch: cannot find a free port on 127.0.0.1: " + reason);
    }
    close(fd);
    return ntohs(address.sin_port);
}

int launchLocalRanks(const LaunchRequest &request)
{
    const int port = request.masterPort > 0 ? request.masterPort : freeLoopbackPort();
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const int threads = request.threadsPerRank > 0 ? request.threadsPerRank
                                                   : std::max(1, static_cast<int>(cores) / request.ranks);
    std::fprintf(stderr, "itgan launch: %d ranks x %d thread(s), rendezvous at 127.0.0.1:%d\n", request.ranks, threads,
                 port);

    struct sigaction action {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    struct sigaction oldInt {}, oldTerm {};
    sigaction(SIGINT, &action, &oldInt);
    sigaction(SIGTERM, &action, &oldTerm);

    std::vector<RankProcess> ranks;
    try {
        for (int r = 0; r < request.ranks; ++r) {
            ranks.push_back(startRank(request, r, port, threads));
            std::fprintf(stderr, "itgan launch: rank %d is pid %d\n", r, static_cast<int>(ranks.back().pid));
        }
    } catch (...) {
        signalRunning(ranks, SIGKILL);
        for (auto &r : ranks)
            waitpid(r.pid, nullptr, 0);
        throw;
    }

    int forwardedInterrupts = 0;
    bool stopping = false;
    Clock::time_point firstFailure{}, stopDeadline{};
    for (;;) {
        std::vector<pollfd> fds;
        std::vector<std::pair<RankProcess *, bool>> owners; // (rank, is stdout)
        for (auto &r : ranks) {
            if (r.outFd >= 0) {
                fds.push_back({r.outFd, POLLIN, 0});
                owners.emplace_back(&r, true);
            }
            if (r.errFd >= 0) {
                fds.push_back({r.errFd, POLLIN, 0});
                owners.emplace_back(&r, false);
            }
        }
        const bool anyRunning = std::any_of(ranks.begin(), ranks.end(), [](const RankProcess &r) { return r.running; });
        if (fds.empty() && !anyRunning)
            break;
        if (!fds.empty() && poll(fds.data(), fds.size(), 200) > 0) {
            for (size_t i = 0; i < fds.size(); ++i) {
                if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                    continue;
                auto *rank = owners[i].first;
                if (owners[i].second)
                    drain(rank->outFd, rank->outPending, rank->rank, stdout);
                else
                    drain(rank->errFd, rank->errPending, rank->rank, stderr);
            }
        } else if (fds.empty()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        for (auto &r : ranks) {
            if (!r.running)
                continue;
            int status = 0;
            if (waitpid(r.pid, &status, WNOHANG) == r.pid) {
                r.running = false;
                r.status = status;
                r.endedAt = Clock::now();
                if (failed(status) && firstFailure == Clock::time_point{})
                    firstFailure = r.endedAt;
            }
        }
        // Ctrl-C: once to every rank (they stop together at an iteration boundary), twice: kill.
        if (g_interrupts > forwardedInterrupts) {
            forwardedInterrupts = g_interrupts;
            signalRunning(ranks, forwardedInterrupts == 1 ? SIGINT : SIGKILL);
        }
        if (firstFailure != Clock::time_point{} && !stopping && Clock::now() - firstFailure > kCauseWindow) {
            stopping = true;
            stopDeadline = Clock::now() + kStopGrace;
            signalRunning(ranks, SIGTERM);
        }
        if (stopping && Clock::now() > stopDeadline)
            signalRunning(ranks, SIGKILL);
    }
    sigaction(SIGINT, &oldInt, nullptr);
    sigaction(SIGTERM, &oldTerm, nullptr);

    if (firstFailure == Clock::time_point{})
        return 0;
    if (forwardedInterrupts > 0) {
        std::fprintf(stderr, "itgan launch: interrupted; every rank stopped\n");
        return 130;
    }
    // The cause: a rank killed by a signal (its peers then fail talking to it), else the
    // first to fail.
    const RankProcess *cause = nullptr;
    for (const auto &r : ranks) {
        if (!failed(r.status) || r.endedAt > firstFailure + kCauseWindow)
            continue;
        const bool better = !cause || (WIFSIGNALED(r.status) && !WIFSIGNALED(cause->status))
                            || (WIFSIGNALED(r.status) == WIFSIGNALED(cause->status) && r.endedAt < cause->endedAt);
        if (better)
            cause = &r;
    }
    std::fprintf(stderr, "itgan launch: rank %d (pid %d) %s; the other ranks were stopped\n", cause->rank,
                 static_cast<int>(cause->pid), describeExit(cause->status).c_str());
    return 1;
}

} // namespace itgan::cli
