#include "SamplesView.h"

#include "SampleGridWidget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

SamplesView::SamplesView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Class:"), this));
    m_classFilter = new QComboBox(this);
    m_classFilter->addItem(tr("All classes"), -1);
    controls->addWidget(m_classFilter);
    controls->addWidget(new QLabel(tr("Per class:"), this));
    m_perCell = new QSpinBox(this);
    m_perCell->setRange(1, 100);
    m_perCell->setValue(5);
    controls->addWidget(m_perCell);
    controls->addWidget(new QLabel(tr("Zoom:"), this));
    m_zoom = new QSlider(Qt::Horizontal, this);
    m_zoom->setRange(12, 160);
    m_zoom->setValue(30);
    m_zoom->setMaximumWidth(160);
    controls->addWidget(m_zoom);
    controls->addWidget(new QLabel(tr("Step:"), this));
    m_stepSlider = new QSlider(Qt::Horizontal, this);
    m_stepSlider->setRange(0, 0);
    controls->addWidget(m_stepSlider, 1);
    m_stepLabel = new QLabel(tr("latest"), this);
    m_stepLabel->setMinimumWidth(90);
    controls->addWidget(m_stepLabel);
    layout->addLayout(controls);

    m_grid = new SampleGridWidget(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_grid);
    scroll->setWidgetResizable(true);
    layout->addWidget(scroll, 1);

    connect(m_classFilter, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { m_grid->setClassFilter(m_classFilter->currentData().toInt()); });
    connect(m_perCell, qOverload<int>(&QSpinBox::valueChanged), m_grid, &SampleGridWidget::setImagesPerCell);
    connect(m_zoom, &QSlider::valueChanged, m_grid, &SampleGridWidget::setTileSize);
    connect(m_stepSlider, &QSlider::valueChanged, this, [this](int position) {
        const auto steps = m_grid->steps();
        m_followLatest = position >= m_stepSlider->maximum();
        const qint64 iteration = m_followLatest || steps.isEmpty() ? -1 : steps[position];
        m_grid->setStep(iteration);
        m_stepLabel->setText(m_followLatest ? tr("latest") : tr("iteration %1").arg(iteration));
        Q_EMIT stepChanged(iteration);
    });
    connect(m_grid, &SampleGridWidget::stepsChanged, this, &SamplesView::refreshSteps);
    connect(m_grid, &SampleGridWidget::tileClicked, this, &SamplesView::tileClicked);
}

void SamplesView::setBoard(const SampleBoard &board)
{
    m_grid->setBoard(board);
    refreshClassNames();
}

void SamplesView::addFrame(const QString &column, const SampleFrame &frame)
{
    m_grid->addFrame(column, frame);
}

void SamplesView::showStep(qint64 iteration)
{
    const auto steps = m_grid->steps();
    int position = m_stepSlider->maximum();
    if (iteration >= 0) {
        position = 0;
        for (int i = 0; i < steps.size() && steps[i] <= iteration; ++i)
            position = i;
    }
    m_followLatest = iteration < 0;
    QSignalBlocker block(m_stepSlider);
    m_stepSlider->setValue(position);
    const qint64 shown = m_followLatest || steps.isEmpty() ? -1 : steps[position];
    m_grid->setStep(shown);
    m_stepLabel->setText(m_followLatest ? tr("latest") : tr("iteration %1").arg(shown));
}

void SamplesView::refreshClassNames()
{
    const int current = m_classFilter->currentData().toInt();
    QSignalBlocker block(m_classFilter);
    m_classFilter->clear();
    m_classFilter->addItem(tr("All classes"), -1);
    const QStringList names = m_grid->board().classNames;
    for (int c = 0; c < names.size(); ++c)
        m_classFilter->addItem(names[c], c);
    const int index = m_classFilter->findData(current < names.size() ? current : -1);
    m_classFilter->setCurrentIndex(std::max(0, index));
    m_grid->setClassFilter(m_classFilter->currentData().toInt());
}

void SamplesView::refreshSteps()
{
    const auto steps = m_grid->steps();
    const int last = std::max(0, static_cast<int>(steps.size()) - 1);
    QSignalBlocker block(m_stepSlider);
    m_stepSlider->setRange(0, last);
    if (m_followLatest) {
        m_stepSlider->setValue(last);
        m_grid->setStep(-1);
    }
}
