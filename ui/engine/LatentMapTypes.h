#pragma once
// What the latent map asks the explorer's thread for and gets back: plain Qt values (no
// tensors), so the widgets stay free of LibTorch.
#include <QImage>
#include <QMap>
#include <QMetaType>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

// The spaces the map can project: the generator's latent space, or the feature space of
// the run's feature network ψ (where IT-GAN's distribution-matching loss, Eq. 2, compares
// real and synthetic images).
inline QString latentSpaceName() { return QStringLiteral("z"); }
inline QString featureSpaceName() { return QStringLiteral("features"); }

struct LatentMapRequest {
    QString space = latentSpaceName(); // latentSpaceName() | featureSpaceName()
    bool showReal = true;              // real training images as points (feature space only)
    int realPerClass = 100;            // how many, chosen by a seeded shuffle per class
    int maxPoints = 10000;             // beyond: a stratified sample per set and class
};

// One point: which image it is (stable through every filter: set + index in the set).
struct MapPoint {
    QString set;         // real | gan | inversion | itgan | dm
    int label = 0;
    int index = 0;       // in its set (real: in the training split)
    int indexInClass = 0; // among its set's images of its class (the explorer's numbering)
    QPointF position;    // final position
};

// A latent's path through an IT-GAN run's history: positions[i] at steps[i].
struct MapTrack {
    int point = 0; // index into LatentMap::points
    QVector<QPointF> positions;
};

struct LatentMap {
    quint64 sequence = 0;
    QString space;
    QStringList classNames;
    QVector<MapPoint> points;
    QVector<QImage> tiles;            // one per point
    int candidates = 0;               // points before the cap
    QVector<double> explained;        // variance share of the two axes
    // The projection itself: coordinates = axes · (row − mean), axes [2][D].
    QVector<double> mean;
    QVector<QVector<double>> axes;
    QVector<qint64> steps;            // IT-GAN iterations with positions (0 = its start, the inversion)
    QVector<MapTrack> tracks;
    QVector<QPointF> realClassMeans;  // feature space: per class mean of real images' ψ (empty in z)
};

// The nearest real training images of one synthetic (or real) image in ψ space.
struct NearestReal {
    QString set;
    int index = 0;
    QImage query;
    QVector<QImage> neighbours;
    QVector<int> realIndices;  // in the training split
    QVector<double> distances; // ascending
    int poolSize = 0;          // real images searched
};

// Per set: the median distance of its images to their nearest real image, beside the same
// median for real images to their nearest other real image (what "not a copy" looks like).
struct NearestRealSummary {
    QMap<QString, double> medianToReal;
    double medianRealToReal = 0;
    int poolSize = 0;
};

Q_DECLARE_METATYPE(LatentMapRequest)
Q_DECLARE_METATYPE(LatentMap)
Q_DECLARE_METATYPE(NearestReal)
Q_DECLARE_METATYPE(NearestRealSummary)
