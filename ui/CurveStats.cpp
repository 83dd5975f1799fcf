#include "CurveStats.h"

#include "core/base/RunStatistics.h"

#include <QMap>

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
        const itgan::MeanAndStd summary = itgan::meanAndStd(std::vector<double>(values.begin(), values.end()));
        curve.x << it.key();
        curve.mean << summary.mean;
        curve.std << summary.std;
        curve.runs << static_cast<int>(values.size());
    }
    return curve;
}
