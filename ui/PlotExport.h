#pragma once
// Saving a plot the way every studio plot offers it: PNG (twice the screen resolution),
// PDF, or the plot's raw data as CSV, written atomically.
#include <QString>

#include <functional>

class QCustomPlot;
class QWidget;

// Writes `text` to `path` through a temporary file; false with `error` naming the file.
bool savePlotCsv(const QString &path, const QString &text, QString *error = nullptr);
bool savePlotPng(QCustomPlot *plot, const QString &path);
bool savePlotPdf(QCustomPlot *plot, const QString &path);
// Asks for a file name and writes PNG, PDF or CSV (`csv()` gives the data) by its extension.
void exportPlotInteractively(QWidget *parent, QCustomPlot *plot, const std::function<QString()> &csv);
