#pragma once
// Renders the latent explorer's images and computes the latent map and nearest-real
// checks on its own thread, so exploring stays fluid even while the job worker is busy
// with a long run. Requests are latest-wins per kind: while one is being computed, newer
// requests of a kind replace older waiting ones, and only the newest is answered next
// (explorer renders first: they are the interactive ones). No LibTorch types in this header.
#include "LatentMapTypes.h"

#include <QImage>
#include <QMap>
#include <QObject>
#include <QStringList>
#include <QVector>

#include <memory>

struct ExploreRequest {
    int label = 0;
    QString setA = QStringLiteral("gan"); // gan | inversion | itgan
    int indexA = 0;                       // within the class
    QString setB = QStringLiteral("gan");
    int indexB = 0;
    double t = 0;                         // interpolation: (1 − t)·z_A + t·z_B
    QString directions = QStringLiteral("principal"); // principal | random
    QVector<double> alphas;               // steps along the directions, in standard deviations
};

struct ExploreResult {
    quint64 sequence = 0;                 // which request this answers
    QImage source, inversion, itgan;      // the A latent's real source and its two versions
    QImage a, b, result;
    QString caption;
};

Q_DECLARE_METATYPE(ExploreRequest)
Q_DECLARE_METATYPE(ExploreResult)

class ExplorerEngine : public QObject {
    Q_OBJECT

public:
    explicit ExplorerEngine(QObject *parent = nullptr);
    ~ExplorerEngine() override;

    // Thread-safe: queue `request`, replacing any request still waiting. Returns its sequence number.
    quint64 request(const ExploreRequest &request);
    int renderedCount() const;
    // Thread-safe, latest wins per kind: the latent map of the open sets; the nearest real
    // images of one image (set "real" too); the per-set nearest-real medians.
    quint64 requestMap(const LatentMapRequest &request);
    void requestNearestReal(const QString &set, int index);
    void requestNearestRealSummary();

public Q_SLOTS:
    // The latent sets to explore: GAN latents of the dataset and generator...
    void openInputs(const QString &dataset, const QString &generator);
    // ...plus a run folder's inversion and IT-GAN latents.
    void openRun(const QString &runDir);
    // LibTorch threads for the renders on this thread (JobController applies the studio's rule).
    void setThreads(int threads);

Q_SIGNALS:
    // counts[set] = latents per class.
    void opened(const QStringList &classNames, const QMap<QString, QVector<int>> &counts);
    void rendered(const ExploreResult &result);
    void failed(const QString &message);
    void mapReady(const LatentMap &map);
    void nearestRealReady(const NearestReal &result);
    void nearestRealSummaryReady(const NearestRealSummary &summary);
    // A map or nearest-real request could not be answered (the explorer's own go to `failed`).
    void mapFailed(const QString &message);

private:
    void processPending();
    // Schedules processPending unless it is already scheduled; with d->mutex held.
    void scheduleLocked();
    void render(const ExploreRequest &r, quint64 sequence);
    // Opens dataset and generator and the GAN latents; false (after `failed`) when they do not load.
    bool loadInputs(const QString &dataset, const QString &generator, const std::string &featureNetwork,
                    const std::string &featureArch);
    void emitOpened();

    struct State;
    std::unique_ptr<State> d;
};
