#pragma once
// The studio's colours, one place for all views: each compared set keeps its colour in the
// sample grid's headers, the latent map, the plots and the results table; classes take the
// ten colours of a categorical palette in label order.
#include <QColor>
#include <QString>

// Colour `index` of the ten-colour categorical palette (wraps around).
QColor paletteColour(int index);
// The colour of a set by its engine name: real, whole-real, gan, inversion, itgan, dm, random
// (any other name: grey).
QColor setColour(const QString &set);
inline QColor classColour(int label) { return paletteColour(label); }
