#include "CurveStats.h"

#include <QMap>

#include <cmath>

MeanCurve meanOverRuns(const QVector<QVector<QPointF>> &runs)
{
    QMap<double, QVector<double>> valuesAt; // x -> one value per run
    for (const auto &run : runs) {
        QMap<double, double> last;
        for (const QPointF &p : run)
            last[p.x()] = p.y();
        for (auto it = last.begin(); it != last.end(); ++it)
            valuesAt[it.key()] << it.value();
    }
    MeanCurve curve;
    for (auto it = valuesAt.begin(); it != valuesAt.end(); ++it) {
        const QVector<double> &values = it.value();
        double sum = 0;
        for (double v : values)
            sum += v;
        const double mean = sum / values.size();
        double squares = 0;
        for (double v : values)
            squares += (v - mean) * (v - mean);
        curve.x << it.key();
        curve.mean << mean;
        curve.std << std::sqrt(squares / values.size());
        curve.runs << static_cast<int>(values.size());
    }
    return curve;
}
