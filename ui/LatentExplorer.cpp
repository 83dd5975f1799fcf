#include "LatentExplorer.h"

#include "SampleGridWidget.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
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
    m_strip = new QLabel(this);
    m_strip->setMinimumHeight(40);
    layout->addWidget(m_strip);

    auto *controls = new QGroupBox(tr("Latent"), this);
    auto *form = new QFormLayout(controls);
    m_class = new QComboBox(controls);
    form->addRow(tr("Class:"), m_class);
    auto endpoint = [&](QComboBox *&set, QSpinBox *&index, QComboBox **classBox, const QString &label) {
        auto *row = new QHBoxLayout;
        set = new QComboBox(controls);
        index = new QSpinBox(controls);
        index->setPrefix(QStringLiteral("#"));
        row->addWidget(set, 1);
        if (classBox) {
            *classBox = new QComboBox(controls);
            (*classBox)->setToolTip(tr("B's class: another class interpolates from A's class to B's on the way"));
            row->addWidget(*classBox, 1);
        }
        row->addWidget(index);
        form->addRow(label, row);
    };
    endpoint(m_setA, m_indexA, nullptr, tr("A:"));
    endpoint(m_setB, m_indexB, &m_classB, tr("B:"));
    auto *tRow = new QHBoxLayout;
    m_t = new QSlider(Qt::Horizontal, controls);
    m_t->setRange(0, 100);
    tRow->addWidget(m_t, 1);
    m_tValue = new QDoubleSpinBox(controls);
    m_tValue->setRange(0.0, 1.0);
    m_tValue->setSingleStep(0.01);
    m_tValue->setDecimals(2);
    tRow->addWidget(m_tValue);
    m_path = new QComboBox(controls);
    m_path->addItem(tr("lerp"), QStringLiteral("lerp"));
    m_path->addItem(tr("slerp"), QStringLiteral("slerp"));
    m_path->setToolTip(tr("lerp: the straight line from A to B; slerp: the great circle (keeps the norm a Gaussian "
                          "latent typically has)"));
    tRow->addWidget(m_path);
    form->addRow(tr("A → B:"), tRow);
    m_renderClass = new QComboBox(controls);
    m_renderClass->setToolTip(tr("The same z drawn as another class (the generator is class-conditional)"));
    form->addRow(tr("Draw as:"), m_renderClass);
    auto *directionRow = new QHBoxLayout;
    m_directions = new QComboBox(controls);
    m_directions->addItem(tr("principal directions"), QStringLiteral("principal"));
    m_directions->addItem(tr("random directions"), QStringLiteral("random"));
    directionRow->addWidget(m_directions, 1);
    m_scope = new QComboBox(controls);
    m_scope->addItem(tr("of A's class"), QStringLiteral("class"));
    m_scope->addItem(tr("of all of A's set"), QStringLiteral("all"));
    directionRow->addWidget(m_scope, 1);
    form->addRow(tr("Directions:"), directionRow);
    for (int i = 0; i < kDirections; ++i) {
        auto *row = new QHBoxLayout;
        auto *slider = new QSlider(Qt::Horizontal, controls);
        slider->setRange(-300, 300);
        slider->setToolTip(tr("Step along direction %1, in standard deviations (−3 … 3)").arg(i + 1));
        auto *value = new QDoubleSpinBox(controls);
        value->setRange(-3.0, 3.0);
        value->setSingleStep(0.05);
        value->setDecimals(2);
        auto *explained = new QLabel(controls);
        explained->setMinimumWidth(120);
        row->addWidget(slider, 1);
        row->addWidget(value);
        row->addWidget(explained);
        m_alphas.append(slider);
        m_alphaValues.append(value);
        m_explained.append(explained);
        form->addRow(tr("Direction %1:").arg(i + 1), row);
        // Slider and box show one value: each moves the other without a second request.
        connect(slider, &QSlider::valueChanged, this, [this, value](int position) {
            QSignalBlocker block(value);
            value->setValue(position / 100.0);
            emitRequest();
        });
        connect(value, qOverload<double>(&QDoubleSpinBox::valueChanged), this, [this, slider](double step) {
            QSignalBlocker block(slider);
            slider->setValue(qRound(step * 100));
            emitRequest();
        });
    }
    auto *reset = new QPushButton(tr("Reset directions"), controls);
    form->addRow(reset);
    auto *stripRow = new QHBoxLayout;
    m_stripSteps = new QSpinBox(controls);
    m_stripSteps->setRange(0, 32);
    m_stripSteps->setSpecialValueText(tr("off"));
    m_stripSteps->setToolTip(tr("Images at t = 0 … 1 from A to B, with the direction steps applied"));
    stripRow->addWidget(m_stripSteps);
    m_exportStrip = new QPushButton(tr("Export strip…"), controls);
    m_exportStrip->setToolTip(tr("The strip as one PNG. Animated GIF or APNG would need an encoder that neither "
                                 "Qt 6.4 nor OpenCV 4.6 ships."));
    stripRow->addWidget(m_exportStrip);
    stripRow->addStretch(1);
    form->addRow(tr("Strip steps:"), stripRow);
    auto *fileRow = new QHBoxLayout;
    auto *save = new QPushButton(tr("Save latent…"), controls);
    save->setToolTip(tr("The result's latent as a .pt with its provenance (set, index, class, source image, run)"));
    auto *load = new QPushButton(tr("Load latents…"), controls);
    fileRow->addWidget(save);
    fileRow->addWidget(load);
    fileRow->addStretch(1);
    form->addRow(fileRow);
    m_fileResult = new QLabel(controls);
    m_fileResult->setWordWrap(true);
    form->addRow(m_fileResult);
    layout->addWidget(controls);
    layout->addStretch(1);

    connect(m_class, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        refreshRanges();
        emitRequest();
    });
    for (QComboBox *box : {m_setA, m_setB, m_classB, m_directions, m_scope, m_path, m_renderClass})
        connect(box, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
            refreshRanges();
            emitRequest();
        });
    for (QSpinBox *box : {m_indexA, m_indexB, m_stripSteps})
        connect(box, qOverload<int>(&QSpinBox::valueChanged), this, &LatentExplorer::emitRequest);
    connect(m_t, &QSlider::valueChanged, this, [this](int position) {
        QSignalBlocker block(m_tValue);
        m_tValue->setValue(position / 100.0);
        emitRequest();
    });
    connect(m_tValue, qOverload<double>(&QDoubleSpinBox::valueChanged), this, [this](double t) {
        QSignalBlocker block(m_t);
        m_t->setValue(qRound(t * 100));
        emitRequest();
    });
    connect(reset, &QPushButton::clicked, this, [this] {
        m_updating = true;
        for (auto *slider : m_alphas)
            slider->setValue(0);
        m_updating = false;
        emitRequest();
    });
    connect(m_exportStrip, &QPushButton::clicked, this, &LatentExplorer::exportStripInteractively);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save latent"), QString(), tr("Latents (*.pt)"));
        if (!path.isEmpty())
            saveLatent(path);
    });
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load latents"), QString(), tr("Latents (*.pt)"));
        if (!path.isEmpty())
            loadLatents(path);
    });
}

void LatentExplorer::setSets(const QStringList &classNames, const QMap<QString, QVector<int>> &counts)
{
    m_updating = true;
    m_counts = counts;
    const int currentClass = std::max(0, m_class->currentIndex());
    m_classNames = classNames;
    m_class->clear();
    m_class->addItems(classNames);
    m_class->setCurrentIndex(std::min(currentClass, static_cast<int>(classNames.size()) - 1));
    for (auto [box, first] : {std::pair{m_classB, tr("A's class")}, std::pair{m_renderClass, tr("the A → B class path")}}) {
        const int current = box->currentData().isValid() ? box->currentData().toInt() : -1;
        box->clear();
        box->addItem(first, -1);
        for (int c = 0; c < classNames.size(); ++c)
            box->addItem(classNames[c], c);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    }
    // The sets in the samples view's order, then any other (latents loaded from a file).
    QStringList sets;
    for (const QString &name : sampleColumnNames())
        if (counts.contains(name))
            sets << name;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        if (!sets.contains(it.key()))
            sets << it.key();
    for (QComboBox *box : {m_setA, m_setB}) {
        const QString current = box->currentData().toString();
        box->clear();
        for (const QString &name : sets)
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
    const int labelA = std::max(0, m_class->currentIndex());
    const int labelB = m_classB->currentData().isValid() && m_classB->currentData().toInt() >= 0
                           ? m_classB->currentData().toInt()
                           : labelA;
    for (auto [set, index, label] : {std::tuple{m_setA, m_indexA, labelA}, std::tuple{m_setB, m_indexB, labelB}}) {
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
    r.labelB = m_classB->currentData().isValid() ? m_classB->currentData().toInt() : -1;
    r.t = m_tValue->value();
    r.path = m_path->currentData().toString();
    r.renderClass = m_renderClass->currentData().isValid() ? m_renderClass->currentData().toInt() : -1;
    r.directions = m_directions->currentData().toString();
    r.directionScope = m_scope->currentData().toString();
    for (auto *value : m_alphaValues)
        r.alphas.append(value->value());
    r.stripSteps = m_stripSteps->value() > 1 ? m_stripSteps->value() : 0;
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
    m_last = result;
    for (int i = 0; i < m_explained.size(); ++i)
        m_explained[i]->setText(i < result.explained.size()
                                    ? tr("%1 % of the variance").arg(100.0 * result.explained[i], 0, 'f', 1)
                                    : QString());
    const QImage strip = stripImage();
    m_strip->setPixmap(strip.isNull() ? QPixmap()
                                      : QPixmap::fromImage(strip.scaledToHeight(std::min(strip.height() * 2, 64))));
    m_exportStrip->setEnabled(!strip.isNull());
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

void LatentExplorer::showFileResult(bool ok, const QString &message)
{
    m_fileResult->setText((ok ? tr("Done: %1") : tr("Failed: %1")).arg(message));
}

QString LatentExplorer::fileResultText() const
{
    return m_fileResult->text();
}

QString LatentExplorer::explainedText(int direction) const
{
    return m_explained.value(direction) ? m_explained[direction]->text() : QString();
}

void LatentExplorer::setInterpolation(double t)
{
    m_tValue->setValue(t);
}

void LatentExplorer::setClassB(int label)
{
    m_classB->setCurrentIndex(std::max(0, m_classB->findData(label)));
}

void LatentExplorer::setRenderClass(int label)
{
    m_renderClass->setCurrentIndex(std::max(0, m_renderClass->findData(label)));
}

void LatentExplorer::setPath(const QString &path)
{
    m_path->setCurrentIndex(std::max(0, m_path->findData(path)));
}

void LatentExplorer::setDirectionScope(const QString &scope)
{
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(scope)));
}

void LatentExplorer::setDirectionStep(int direction, double step)
{
    if (direction >= 0 && direction < m_alphaValues.size())
        m_alphaValues[direction]->setValue(step);
}

void LatentExplorer::setStripSteps(int steps)
{
    m_stripSteps->setValue(steps);
}

QImage LatentExplorer::stripImage() const
{
    if (m_last.strip.isEmpty())
        return {};
    const QSize tile = m_last.strip.first().size();
    QImage strip(tile.width() * static_cast<int>(m_last.strip.size()), tile.height(), QImage::Format_RGB888);
    strip.fill(Qt::black);
    QPainter painter(&strip);
    for (int k = 0; k < m_last.strip.size(); ++k)
        painter.drawImage(k * tile.width(), 0, m_last.strip[k]);
    return strip;
}

bool LatentExplorer::saveStripPng(const QString &path, QString *error) const
{
    const QImage strip = stripImage();
    if (strip.isNull()) {
        if (error)
            *error = tr("No strip to export: set the strip steps to 2 or more.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !strip.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = tr("%1: could not write (%2)").arg(path, file.errorString());
        return false;
    }
    return true;
}

void LatentExplorer::exportStripInteractively()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export strip"), QString(), tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveStripPng(path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".png"),
                      &error))
        QMessageBox::warning(this, tr("Export strip"), error);
}

void LatentExplorer::saveLatent(const QString &path)
{
    m_fileResult->setText(tr("Saving…"));
    Q_EMIT saveRequested(currentRequest(), path);
}

void LatentExplorer::loadLatents(const QString &path)
{
    m_fileResult->setText(tr("Loading…"));
    Q_EMIT loadRequested(path);
}
