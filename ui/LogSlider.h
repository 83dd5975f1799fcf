#pragma once
// A slider for values that span decades (λ, learning rates): the handle moves on a
// logarithmic scale between `minimum` and `maximum`, optionally with an exact 0 at the
// far left, next to a numeric field for typing any value in range.
#include <QWidget>

class QDoubleSpinBox;
class QSlider;

class LogSlider : public QWidget {
    Q_OBJECT

public:
    // steps: handle positions between minimum and maximum (plus one for 0 when allowZero).
    LogSlider(double minimum, double maximum, bool allowZero, int steps = 120, QWidget *parent = nullptr);

    double value() const { return m_value; }
    void setValue(double value);

    // The mapping, exposed for tests: position 0 is exactly 0 when zero is allowed.
    double valueForPosition(int position) const;
    int positionForValue(double value) const;
    int sliderPosition() const;
    int positionCount() const;
    double minimum() const { return m_minimum; }
    double maximum() const { return m_maximum; }
    bool allowsZero() const { return m_allowZero; }

    QSlider *slider() const { return m_slider; }
    QDoubleSpinBox *field() const { return m_field; }

Q_SIGNALS:
    void valueChanged(double value);

private:
    void applyValue(double value, bool moveSlider);

    double m_minimum;
    double m_maximum;
    bool m_allowZero;
    int m_steps;
    double m_value = 0;
    bool m_updating = false;
    QSlider *m_slider = nullptr;
    QDoubleSpinBox *m_field = nullptr;
};
