#pragma once
// Mean and spread of a set's accuracy curves over its evaluation runs: what the accuracy
// plot draws by default (one line per set and split, with a ± std band).
#include <QPointF>
#include <QVector>

struct MeanCurve {
    QVector<double> x;    // every x some run has, ascending
    QVector<double> mean; // over the runs that have a point at x
    QVector<double> std;  // population std over those runs (numpy.std, as results.json); 0 for one run
    QVector<int> runs;    // how many runs have a point at x
};

// The runs' points need not share their x (test accuracy is measured on some epochs only).
// A run with several points at one x counts with its last.
MeanCurve meanOverRuns(const QVector<QVector<QPointF>> &runs);
