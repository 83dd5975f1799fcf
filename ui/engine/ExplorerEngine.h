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
    int label = 0;                        // A's class
    QString setA = QStringLiteral("gan"); // gan | inversion | itgan | loaded
    int indexA = 0;                       // within the class
    QString setB = QStringLiteral("gan");
    int indexB = 0;                       // within B's class
    int labelB = -1;                      // B's class (-1 = A's): A → B then also goes from class to class
    double t = 0;                         // interpolation from z_A (t = 0) to z_B (t = 1)
    QString path = QStringLiteral("lerp"); // lerp: (1 − t)·z_A + t·z_B; slerp: along the great circle
    // The class the result is drawn as: -1 = the A → B class path ((1 − t)·A + t·B blended,
    // Generator::generateWithClassWeights); a class = the same z switched to that class.
    int renderClass = -1;
    QString directions = QStringLiteral("principal"); // principal | random
    QString directionScope = QStringLiteral("class"); // class: A's class's latents; all: every latent of A's set
    QVector<double> alphas;               // steps along the directions, in standard deviations
    int stripSteps = 0;                   // > 1: also the images at t = 0, 1/(n-1), …, 1
};

struct ExploreResult {
    quint64 sequence = 0;                 // which request this answers
    QImage source, inversion, itgan;      // the A latent's real source and its two versions
    QImage a, b, result;
    QVector<QImage> strip;                // stripSteps images along t, the directions applied
    QVector<double> explained;            // principal directions: share of the variance of each
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
    // Saves the latent `request` renders (the result, with its provenance: sets, indices,
    // classes, source image, run, t, path, steps) to `path` (core/latents/PickedLatents.h).
    void saveLatent(const ExploreRequest &request, const QString &path);
    // Loads such a file (or any latent set file) as the explorer's "loaded" set.
    void loadLatents(const QString &path);

Q_SIGNALS:
    // counts[set] = latents per class.
    void opened(const QStringList &classNames, const QMap<QString, QVector<int>> &counts);
    void rendered(const ExploreResult &result);
    void failed(const QString &message);
    // saveLatent / loadLatents: done (`ok`) or not, with a message naming the file.
    void latentsFileDone(bool ok, const QString &message);
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
    struct Composed;
    // The latent and class weights `r` describes (throws ConfigError for an impossible request).
    Composed compose(const ExploreRequest &r) const;
    // Opens dataset and generator and the GAN latents; false (after `failed`) when they do not load.
    bool loadInputs(const QString &dataset, const QString &generator, const std::string &featureNetwork,
                    const std::string &featureArch);
    void emitOpened();

    struct State;
    std::unique_ptr<State> d;
};
