#include "ResultsTable.h"

#include "SampleGridWidget.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

ResultsTable::ResultsTable(QWidget *parent) : QTableWidget(parent)
{
    setColumnCount(6);
    setHorizontalHeaderLabels({tr("Set"), tr("Images/class"), tr("Storage"), tr("Architecture"), tr("Accuracy (%)"),
                               tr("Runs")});
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->setVisible(false);
}

bool ResultsTable::setResults(const QByteArray &resultsJson)
{
    const QJsonObject results = QJsonDocument::fromJson(resultsJson).object();
    if (!results.value(QStringLiteral("sets")).isArray())
        return false;
    setRowCount(0);
    for (const auto &setValue : results.value(QStringLiteral("sets")).toArray()) {
        const QJsonObject set = setValue.toObject();
        for (const auto &evalValue : set.value(QStringLiteral("evaluations")).toArray()) {
            const QJsonObject evaluation = evalValue.toObject();
            const int row = rowCount();
            insertRow(row);
            const QString name = set.value(QStringLiteral("name")).toString();
            const qint64 bytes = set.value(QStringLiteral("bytes")).toInteger();
            const QStringList cells = {
                setTitle(name),
                QString::number(set.value(QStringLiteral("images_per_class")).toInteger()),
                QLocale().formattedDataSize(bytes),
                evaluation.value(QStringLiteral("arch")).toString(),
                QStringLiteral("%1 ± %2")
                    .arg(evaluation.value(QStringLiteral("mean")).toDouble(), 0, 'f', 2)
                    .arg(evaluation.value(QStringLiteral("std")).toDouble(), 0, 'f', 2),
                QString::number(evaluation.value(QStringLiteral("accuracies")).toArray().size())};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells[c]);
                if (c == 2)
                    item->setToolTip(tr("%1 bytes").arg(bytes));
                setItem(row, c, item);
            }
        }
    }
    return true;
}

QString ResultsTable::csv() const
{
    QString text;
    for (int c = 0; c < columnCount(); ++c)
        text += (c ? QStringLiteral(",") : QString()) + horizontalHeaderItem(c)->text();
    text += QLatin1Char('\n');
    for (int r = 0; r < rowCount(); ++r) {
        for (int c = 0; c < columnCount(); ++c)
            text += (c ? QStringLiteral(",") : QString()) + QLatin1Char('"') + item(r, c)->text() + QLatin1Char('"');
        text += QLatin1Char('\n');
    }
    return text;
}
