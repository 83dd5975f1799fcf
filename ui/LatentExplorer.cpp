#include "LatentExplorer.h"

#include "SampleGridWidget.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

constexpr int kImageSize = 140;

QLabel *imageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setFixedSize(kImageSize, kImageSize);
    label->setAlignment(Qt::AlignCenter);
    label->setFrameShape(QFrame::StyledPanel);
    return label;
}

void showImage(QLabel *label, const QImage &image)
{
    if (image.isNull()) {
        label->setPixmap({});
        label->setText(LatentExplorer::tr("—"));
        return;
    }
    label->setPixmap(QPixmap::fromImage(image.scaled(kImageSize - 4, kImageSize - 4, Qt::KeepAspectRatio,
                                                     Qt::FastTransformation)));
}

} // namespace

LatentExplorer::LatentExplorer(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *images = new QGridLayout;
    const QStringList titles = {tr("Real source"), tr("Inversion"), tr("IT-GAN"), tr("A"), tr("B"), tr("Result")};
    QVector<QLabel **> targets = {&m_source, &m_inversion, &m_itgan, &m_a, &m_b, &m_result};
    for (int i = 0; i < titles.size(); ++i) {
        auto *title = new QLabel(titles[i], this);
        title->setAlignment(Qt::AlignCenter);
        images->addWidget(title, 0, i);
        *targets[i] = imageLabel(this);
        images->addWidget(*targets[i], 1, i);
    }
    layout->addLayout(images);
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    layout->addWidget(m_caption);

    auto *controls = new QGroupBox(tr("Latent"), this);
    auto *form = new QFormLayout(controls);
    m_class = new QComboBox(controls);
    form->addRow(tr("Class:"), m_class);
    auto endpoint = [&](QComboBox *&set, QSpinBox *&index, const QString &label) {
        auto *row = new QHBoxLayout;
        set = new QComboBox(controls);
        index = new QSpinBox(controls);
        index->setPrefix(QStringLiteral("#"));
        row->addWidget(set, 1);
        row->addWidget(index);
        form->addRow(label, row);
    };
    endpoint(m_setA, m_indexA, tr("A:"));
    endpoint(m_setB, m_indexB, tr("B:"));
    m_t = new QSlider(Qt::Horizontal, controls);
    m_t->setRange(0, 100);
    form->addRow(tr("A → B:"), m_t);
    m_directions = new QComboBox(controls);
    m_directions->addItem(tr("principal directions of the class"), QStringLiteral("principal"));
    m_directions->addItem(tr("random directions"), QStringLiteral("random"));
    form->addRow(tr("Directions:"), m_directions);
    for (int i = 0; i < kDirections; ++i) {
        auto *slider = new QSlider(Qt::Horizontal, controls);
        slider->setRange(-300, 300);
        slider->setToolTip(tr("Step along direction %1, in standard deviations (−3 … 3)").arg(i + 1));
        m_alphas.append(slider);
        form->addRow(tr("Direction %1:").arg(i + 1), slider);
        connect(slider, &QSlider::valueChanged, this, &LatentExplorer::emitRequest);
    }
    auto *reset = new QPushButton(tr("Reset directions"), controls);
    form->addRow(reset);
    layout->addWidget(controls);
    layout->addStretch(1);

    connect(m_class, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        refreshRanges();
        emitRequest();
    });
    for (QComboBox *box : {m_setA, m_setB, m_directions})
        connect(box, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
            refreshRanges();
            emitRequest();
        });
    for (QSpinBox *box : {m_indexA, m_indexB})
        connect(box, qOverload<int>(&QSpinBox::valueChanged), this, &LatentExplorer::emitRequest);
    connect(m_t, &QSlider::valueChanged, this, &LatentExplorer::emitRequest);
    connect(reset, &QPushButton::clicked, this, [this] {
        m_updating = true;
        for (auto *slider : m_alphas)
            slider->setValue(0);
        m_updating = false;
        emitRequest();
    });
}

void LatentExplorer::setSets(const QStringList &classNames, const QMap<QString, QVector<int>> &counts)
{
    m_updating = true;
    m_counts = counts;
    const int currentClass = std::max(0, m_class->currentIndex());
    m_class->clear();
    m_class->addItems(classNames);
    m_class->setCurrentIndex(std::min(currentClass, static_cast<int>(classNames.size()) - 1));
    for (QComboBox *box : {m_setA, m_setB}) {
        const QString current = box->currentData().toString();
        box->clear();
        for (const QString &name : sampleColumnNames())
            if (counts.contains(name))
                box->addItem(sampleColumnTitle(name), name);
        // Default: A = IT-GAN, B = its inversion, when the run has them; else keep the choice.
        const int preferred = box->findData(box == m_setA ? QStringLiteral("itgan") : QStringLiteral("inversion"));
        const int keep = box->findData(current);
        box->setCurrentIndex(preferred >= 0 ? preferred : std::max(0, keep));
    }
    refreshRanges();
    m_updating = false;
    emitRequest();
}

void LatentExplorer::refreshRanges()
{
    const int label = std::max(0, m_class->currentIndex());
    for (auto [set, index] : {std::pair{m_setA, m_indexA}, std::pair{m_setB, m_indexB}}) {
        const auto counts = m_counts.value(set->currentData().toString());
        const int n = label < counts.size() ? counts[label] : 0;
        index->setRange(0, std::max(0, n - 1));
    }
}

void LatentExplorer::showLatent(const QString &set, int label, int index)
{
    if (!m_counts.contains(set))
        return;
    m_updating = true;
    m_class->setCurrentIndex(label);
    m_setA->setCurrentIndex(m_setA->findData(set));
    refreshRanges();
    // The tile's index counts over the whole set; the explorer counts within the class.
    const auto counts = m_counts.value(set);
    int before = 0;
    for (int c = 0; c < label && c < counts.size(); ++c)
        before += counts[c];
    const bool grouped = index >= before && label < counts.size() && index < before + counts[label];
    m_indexA->setValue(grouped ? index - before : index % std::max(1, label < counts.size() ? counts[label] : 1));
    m_updating = false;
    emitRequest();
}

ExploreRequest LatentExplorer::currentRequest() const
{
    ExploreRequest r;
    r.label = std::max(0, m_class->currentIndex());
    r.setA = m_setA->currentData().toString();
    r.indexA = m_indexA->value();
    r.setB = m_setB->currentData().toString();
    r.indexB = m_indexB->value();
    r.t = m_t->value() / 100.0;
    r.directions = m_directions->currentData().toString();
    for (auto *slider : m_alphas)
        r.alphas.append(slider->value() / 100.0);
    return r;
}

void LatentExplorer::emitRequest()
{
    if (m_updating || m_setA->count() == 0)
        return;
    Q_EMIT requestChanged(currentRequest());
}

void LatentExplorer::showResult(const ExploreResult &result)
{
    showImage(m_source, result.source);
    showImage(m_inversion, result.inversion);
    showImage(m_itgan, result.itgan);
    showImage(m_a, result.a);
    showImage(m_b, result.b);
    showImage(m_result, result.result);
    m_caption->setText(result.caption);
}

void LatentExplorer::showError(const QString &message)
{
    m_caption->setText(message);
}
