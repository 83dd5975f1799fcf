#include "SetStyle.h"

#include <QHash>

QColor paletteColour(int index)
{
    static const QColor colours[] = {QColor(31, 119, 180), QColor(255, 127, 14), QColor(44, 160, 44),
                                     QColor(214, 39, 40),  QColor(148, 103, 189), QColor(140, 86, 75),
                                     QColor(227, 119, 194), QColor(127, 127, 127), QColor(188, 189, 34),
                                     QColor(23, 190, 207)};
    return colours[((index % 10) + 10) % 10];
}

QColor setColour(const QString &set)
{
    static const QHash<QString, QColor> colours = {
        {QStringLiteral("real"), QColor(60, 60, 60)},       {QStringLiteral("whole-real"), QColor(60, 60, 60)},
        {QStringLiteral("gan"), QColor(255, 127, 14)},      {QStringLiteral("inversion"), QColor(31, 119, 180)},
        {QStringLiteral("itgan"), QColor(214, 39, 40)},     {QStringLiteral("dm"), QColor(44, 160, 44)},
        {QStringLiteral("random"), QColor(148, 103, 189)},
    };
    return colours.value(set, QColor(127, 127, 127));
}
