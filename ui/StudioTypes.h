#pragma once
// Plain values that travel from the worker threads to the widgets through queued
// signals: image copies, numbers and text, never tensors.
#include <QImage>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

// One image of a samples column with what a tooltip says about it.
struct SampleTile {
    QImage image;
    int label = 0;
    int index = 0;       // index within its set (latent / image number)
    QString info;        // class, index, seed or source image, loss (tooltip)
};

// The images of one set at one iteration (iteration 0 = a set without history).
struct SampleFrame {
    qint64 iteration = 0;
    QVector<SampleTile> tiles;
};

// Everything the samples view shows: per column (Real, GAN, Inversion, IT-GAN, DM) a
// list of frames ordered by iteration, and the class names.
struct SampleBoard {
    QStringList classNames;
    QMap<QString, QVector<SampleFrame>> columns;
};

// One finished iteration of inversion, IT-GAN or DM.
struct IterationInfo {
    QString method;
    qint64 iteration = 0;
    qint64 iterations = 0;
    QMap<QString, double> terms;
    double lambda = 0;
    double learningRate = 0;
    double seconds = 0;
    double elapsed = 0;
};

// One epoch of an evaluation run (paper Fig. 3/4).
struct EvalEpochInfo {
    QString set;
    QString arch;
    int run = 0;
    int epoch = 0;
    double trainAccuracy = 0;
    double testAccuracy = -1; // -1 = not tested this epoch
};

// A run folder's logs: every logged iteration (loss terms, all stages in order) and the
// evaluation curves (curves.csv).
struct RunLogs {
    QVector<IterationInfo> iterations;
    QVector<EvalEpochInfo> curves;
};

// The column names, in the order the samples view shows them.
inline QStringList sampleColumnNames()
{
    return {QStringLiteral("real"), QStringLiteral("gan"), QStringLiteral("inversion"), QStringLiteral("itgan"),
            QStringLiteral("dm")};
}

Q_DECLARE_METATYPE(SampleBoard)
Q_DECLARE_METATYPE(IterationInfo)
Q_DECLARE_METATYPE(EvalEpochInfo)

// Registers the types above for queued connections (idempotent).
void registerStudioTypes();
