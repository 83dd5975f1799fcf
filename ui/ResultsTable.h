#pragma once
// The results table of an evaluation (results.json): set, images per class, storage in
// bytes, architecture, mean ± std of the test accuracy over the runs — and, once the latent
// map's nearest-real check has run, each set's median ψ distance to its nearest real
// training image beside the real-to-real median (is the synthetic data a copy?).
#include "engine/LatentMapTypes.h"

#include <QTableWidget>

class ResultsTable : public QTableWidget {
    Q_OBJECT

public:
    explicit ResultsTable(QWidget *parent = nullptr);
    // Returns false (table unchanged) when `resultsJson` is not a results document.
    bool setResults(const QByteArray &resultsJson);
    // Fills the nearest-real column (rows for sets without results are added).
    void setNearestRealSummary(const NearestRealSummary &summary);
    QString csv() const;

    static constexpr int kNearestRealColumn = 6;

private:
    void showNearestReal();

    NearestRealSummary m_nearest;
    bool m_hasNearest = false;
};
