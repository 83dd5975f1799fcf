#include "PlotExport.h"

#include <qcustomplot.h>

#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>

bool savePlotCsv(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = QObject::tr("%1: could not write (%2)").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool savePlotPng(QCustomPlot *plot, const QString &path)
{
    return plot->savePng(path, 0, 0, 2.0);
}

bool savePlotPdf(QCustomPlot *plot, const QString &path)
{
    return plot->savePdf(path);
}

void exportPlotInteractively(QWidget *parent, QCustomPlot *plot, const std::function<QString()> &csv)
{
    const QString path = QFileDialog::getSaveFileName(parent, QObject::tr("Export plot"), QString(),
                                                      QObject::tr("PNG image (*.png);;PDF document (*.pdf);;CSV data (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    bool ok;
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        ok = savePlotCsv(path, csv(), &error);
    else if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        ok = savePlotPdf(plot, path);
    else
        ok = savePlotPng(plot, path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".png"));
    if (!ok)
        QMessageBox::warning(parent, QObject::tr("Export plot"),
                             error.isEmpty() ? QObject::tr("%1: could not write the file.").arg(path) : error);
}
