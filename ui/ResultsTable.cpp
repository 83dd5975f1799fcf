#include "ResultsTable.h"

#include "SampleGridWidget.h"
#include "SetStyle.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

ResultsTable::ResultsTable(QWidget *parent) : QTableWidget(parent)
{
    setColumnCount(7);
    setHorizontalHeaderLabels({tr("Set"), tr("Images/class"), tr("Storage"), tr("Architecture"), tr("Accuracy (%)"),
                               tr("Runs"), tr("Nearest real (ψ median)")});
    horizontalHeaderItem(kNearestRealColumn)
        ->setToolTip(tr("Median distance of the set's images to their nearest real training image in the feature "
                        "space ψ (the latent map's nearest-real check); compare with real to real."));
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
            item(row, 0)->setData(Qt::UserRole, name);
            QPixmap swatch(10, 10);
            swatch.fill(setColour(name == QLatin1String("real") ? QStringLiteral("whole-real") : name));
            item(row, 0)->setIcon(QIcon(swatch)); // the set's colour in every view
        }
    }
    showNearestReal();
    return true;
}

void ResultsTable::setNearestRealSummary(const NearestRealSummary &summary)
{
    m_nearest = summary;
    m_hasNearest = true;
    // Rows added for the summary alone are replaced.
    for (int row = rowCount() - 1; row >= 0; --row)
        if (item(row, 0)->data(Qt::UserRole + 1).toBool())
            removeRow(row);
    showNearestReal();
}

void ResultsTable::showNearestReal()
{
    if (!m_hasNearest)
        return;
    auto cell = [](double distance) { return new QTableWidgetItem(QString::number(distance, 'f', 2)); };
    auto addRow = [this](const QString &name, const QString &title) {
        const int row = rowCount();
        insertRow(row);
        for (int c = 0; c < columnCount(); ++c)
            setItem(row, c, new QTableWidgetItem(c == 0 ? title : QString()));
        item(row, 0)->setData(Qt::UserRole, name);
        item(row, 0)->setData(Qt::UserRole + 1, true);
        return row;
    };
    QSet<QString> shown;
    for (int row = 0; row < rowCount(); ++row) {
        const QString name = item(row, 0)->data(Qt::UserRole).toString();
        if (m_nearest.medianToReal.contains(name)) {
            setItem(row, kNearestRealColumn, cell(m_nearest.medianToReal.value(name)));
            shown.insert(name);
        }
    }
    for (auto it = m_nearest.medianToReal.begin(); it != m_nearest.medianToReal.end(); ++it)
        if (!shown.contains(it.key()))
            setItem(addRow(it.key(), setTitle(it.key())), kNearestRealColumn, cell(it.value()));
    const int row = addRow(QStringLiteral("real-to-real"), tr("Real → nearest other real"));
    setItem(row, kNearestRealColumn, cell(m_nearest.medianRealToReal));
    item(row, kNearestRealColumn)->setToolTip(tr("%1 real images searched").arg(m_nearest.poolSize));
}

QString ResultsTable::csv() const
{
    QString text;
    for (int c = 0; c < columnCount(); ++c)
        text += (c ? QStringLiteral(",") : QString()) + horizontalHeaderItem(c)->text();
    text += QLatin1Char('\n');
    for (int r = 0; r < rowCount(); ++r) {
        for (int c = 0; c < columnCount(); ++c)
            text += (c ? QStringLiteral(",") : QString()) + QLatin1Char('"') + (item(r, c) ? item(r, c)->text() : QString())
                    + QLatin1Char('"');
        text += QLatin1Char('\n');
    }
    return text;
}
