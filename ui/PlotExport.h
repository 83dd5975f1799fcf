#pragma once
// What every studio plot shares: saving it as PNG (twice the screen resolution), PDF, or
// its raw data as CSV, written atomically; and how often it redraws while points stream in.
#include <QString>

#include <functional>

class QCustomPlot;
class QWidget;

// A live plot redraws at most four times per second however fast points arrive.
constexpr int kPlotRedrawIntervalMs = 250;

// Writes `text` to `path` through a temporary file; false with `error` naming the file.
bool savePlotCsv(const QString &path, const QString &text, QString *error = nullptr);
bool savePlotPng(QCustomPlot *plot, const QString &path);
bool savePlotPdf(QCustomPlot *plot, const QString &path);
// Asks for a file name and writes PNG, PDF or CSV (`csv()` gives the data) by its extension.
void exportPlotInteractively(QWidget *parent, QCustomPlot *plot, const std::function<QString()> &csv);
