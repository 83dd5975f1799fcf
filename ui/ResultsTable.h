#pragma once
// The results table of an evaluation (results.json): set, images per class, storage in
// bytes, architecture, mean ± std of the test accuracy over the runs.
#include <QTableWidget>

class ResultsTable : public QTableWidget {
    Q_OBJECT

public:
    explicit ResultsTable(QWidget *parent = nullptr);
    // Returns false (table unchanged) when `resultsJson` is not a results document.
    bool setResults(const QByteArray &resultsJson);
    QString csv() const;
};
