#include "LogSlider.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSlider>

#include <algorithm>
#include <cmath>

LogSlider::LogSlider(double minimum, double maximum, bool allowZero, int steps, QWidget *parent)
    : QWidget(parent), m_minimum(minimum), m_maximum(maximum), m_allowZero(allowZero), m_steps(std::max(2, steps))
{
    Q_ASSERT(minimum > 0 && maximum > minimum);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(0, positionCount() - 1);
    m_field = new QDoubleSpinBox(this);
    // Enough decimals for the smallest value; the field accepts anything in range.
    const int decimals = std::clamp(static_cast<int>(std::ceil(-std::log10(minimum))) + 2, 2, 10);
    m_field->setDecimals(decimals);
    m_field->setRange(allowZero ? 0.0 : minimum, maximum);
    m_field->setSingleStep(minimum);
    m_field->setMinimumWidth(90);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_field);

    connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
        if (!m_updating)
            applyValue(valueForPosition(position), false);
    });
    connect(m_field, qOverload<double>(&QDoubleSpinBox::valueChanged), this, [this](double value) {
        if (!m_updating)
            applyValue(value, true);
    });
    applyValue(allowZero ? 0.0 : minimum, true);
}

int LogSlider::positionCount() const
{
    return m_steps + (m_allowZero ? 1 : 0);
}

double LogSlider::valueForPosition(int position) const
{
    position = std::clamp(position, 0, positionCount() - 1);
    if (m_allowZero) {
        if (position == 0)
            return 0.0;
        --position;
    }
    const double t = static_cast<double>(position) / (m_steps - 1);
    const double exact = m_minimum * std::pow(m_maximum / m_minimum, t);
    // Three significant digits: values a person can read, type and put in a JSON file.
    const double scale = std::pow(10.0, 2 - std::floor(std::log10(exact)));
    return std::clamp(std::round(exact * scale) / scale, m_minimum, m_maximum);
}

int LogSlider::positionForValue(double value) const
{
    const int offset = m_allowZero ? 1 : 0;
    if (value <= 0)
        return 0; // exactly 0, or the minimum when zero is not allowed
    if (value <= m_minimum)
        return offset;
    if (value >= m_maximum)
        return positionCount() - 1;
    const double t = std::log(value / m_minimum) / std::log(m_maximum / m_minimum);
    return offset + static_cast<int>(std::lround(t * (m_steps - 1)));
}

int LogSlider::sliderPosition() const
{
    return m_slider->value();
}

void LogSlider::setValue(double value)
{
    applyValue(value, true);
}

void LogSlider::applyValue(double value, bool moveSlider)
{
    const double lowest = m_allowZero ? 0.0 : m_minimum;
    value = std::clamp(value, lowest, m_maximum);
    m_updating = true;
    if (moveSlider)
        m_slider->setValue(positionForValue(value));
    m_field->setValue(value);
    m_updating = false;
    if (value != m_value) {
        m_value = value;
        Q_EMIT valueChanged(m_value);
    }
}
