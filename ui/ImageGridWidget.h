#pragma once
// Shows images in a grid, one row per class with the class name on the left.
#include <QImage>
#include <QStringList>
#include <QWidget>

#include <vector>

class ImageGridWidget : public QWidget {
    Q_OBJECT

public:
    explicit ImageGridWidget(QWidget *parent = nullptr);

    // rows[c] holds the images of class c; names[c] labels that row.
    void setRows(const QStringList &names, const std::vector<std::vector<QImage>> &rows);
    int rowCount() const { return static_cast<int>(m_rows.size()); }
    int tileCount() const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QStringList m_names;
    std::vector<std::vector<QImage>> m_rows;
    int m_tile = 56;
    int m_labelWidth = 110;
};
