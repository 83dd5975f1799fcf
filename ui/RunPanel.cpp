#include "RunPanel.h"

#include "LogSlider.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QSpinBox *spinBox(int minimum, int maximum, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    return box;
}

QComboBox *comboBox(const QStringList &items, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItems(items);
    return box;
}

// Reading typed values out of the JSON with an error naming the key.
struct Reader {
    QString error;
    QJsonValue at(const QJsonObject &object, const QString &section, const QString &key)
    {
        const QJsonObject from = section.isEmpty() ? object : object.value(section).toObject();
        return from.value(key);
    }
    QString name(const QString &section, const QString &key) const
    {
        return section.isEmpty() ? key : section + QLatin1Char('.') + key;
    }
    bool number(const QJsonObject &o, const QString &section, const QString &key, double &out)
    {
        const QJsonValue v = at(o, section, key);
        if (v.isUndefined())
            return true;
        if (!v.isDouble()) {
            error = RunPanel::tr("%1: expected a number, got %2").arg(name(section, key), QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)));
            return false;
        }
        out = v.toDouble();
        return true;
    }
    bool text(const QJsonObject &o, const QString &section, const QString &key, QString &out)
    {
        const QJsonValue v = at(o, section, key);
        if (v.isUndefined())
            return true;
        if (!v.isString()) {
            error = RunPanel::tr("%1: expected a string").arg(name(section, key));
            return false;
        }
        out = v.toString();
        return true;
    }
};

void setSection(QJsonObject &config, const QString &section, const QString &key, const QJsonValue &value)
{
    QJsonObject inner = config.value(section).toObject();
    inner.insert(key, value);
    config.insert(section, inner);
}

} // namespace

RunPanel::RunPanel(const QJsonObject &defaults, QWidget *parent) : QWidget(parent), m_base(defaults)
{
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);

    // Inputs and output.
    auto *inputs = new QGroupBox(tr("Inputs"), content);
    auto *inputsForm = new QFormLayout(inputs);
    m_dataset = new QLineEdit(inputs);
    m_generator = new QLineEdit(inputs);
    auto *runDirRow = new QHBoxLayout;
    m_runDir = new QLineEdit(inputs);
    m_runDir->setPlaceholderText(tr("Folder for the run (created)"));
    auto *browse = new QPushButton(tr("Browse…"), inputs);
    runDirRow->addWidget(m_runDir, 1);
    runDirRow->addWidget(browse);
    inputsForm->addRow(tr("Dataset:"), m_dataset);
    inputsForm->addRow(tr("Generator:"), m_generator);
    inputsForm->addRow(tr("Run folder:"), runDirRow);
    auto *presetRow = new QHBoxLayout;
    auto *preset = new QComboBox(inputs);
    preset->addItem(tr("CPU scale (minutes)"), QStringLiteral("cpu"));
    preset->addItem(tr("Quick look (seconds)"), QStringLiteral("quick"));
    preset->addItem(tr("Paper (GPU scale)"), QStringLiteral("paper"));
    auto *applyPresetButton = new QPushButton(tr("Apply"), inputs);
    presetRow->addWidget(preset, 1);
    presetRow->addWidget(applyPresetButton);
    inputsForm->addRow(tr("Preset:"), presetRow);
    layout->addWidget(inputs);

    auto *general = new QGroupBox(tr("Synthetic sets"), content);
    auto *generalForm = new QFormLayout(general);
    m_imagesPerClass = spinBox(1, 5000, general);
    generalForm->addRow(tr("Latents (images) per class:"), m_imagesPerClass);
    m_seed = spinBox(0, 1000000000, general);
    generalForm->addRow(tr("Seed (every stage):"), m_seed);
    auto *setsRow = new QGridLayout;
    const QList<QPair<QString, QString>> sets = {{QStringLiteral("gan"), tr("GAN")},
                                                 {QStringLiteral("inversion"), tr("Inversion")},
                                                 {QStringLiteral("itgan"), tr("IT-GAN")},
                                                 {QStringLiteral("dm"), tr("DM")},
                                                 {QStringLiteral("random"), tr("Random real")},
                                                 {QStringLiteral("real"), tr("Whole real")}};
    for (int i = 0; i < sets.size(); ++i) {
        auto *box = new QCheckBox(sets[i].second, general);
        m_sets.insert(sets[i].first, box);
        setsRow->addWidget(box, i / 2, i % 2);
    }
    generalForm->addRow(tr("Sets:"), setsRow);
    layout->addWidget(general);

    auto *inversion = new QGroupBox(tr("GAN inversion (Eq. 1)"), content);
    auto *inversionForm = new QFormLayout(inversion);
    m_inversionIterations = spinBox(1, 1000000, inversion);
    m_inversionLr = new LogSlider(1e-4, 1.0, false, 120, inversion);
    m_lambdaPixel = new QDoubleSpinBox(inversion);
    m_lambdaPixel->setRange(0, 100);
    m_lambdaPixel->setDecimals(4);
    inversionForm->addRow(tr("Iterations:"), m_inversionIterations);
    inversionForm->addRow(tr("Learning rate:"), m_inversionLr);
    inversionForm->addRow(tr("λ pixel:"), m_lambdaPixel);
    layout->addWidget(inversion);

    auto *itgan = new QGroupBox(tr("IT-GAN condensation (Eq. 2–4)"), content);
    auto *itganForm = new QFormLayout(itgan);
    m_itganIterations = spinBox(1, 1000000, itgan);
    m_objective = comboBox({QStringLiteral("dm"), QStringLiteral("gm")}, itgan);
    m_objective->setItemText(0, tr("distribution matching (dm)"));
    m_objective->setItemText(1, tr("gradient matching (gm)"));
    m_lambda = new LogSlider(1e-4, 1.0, true, 121, itgan);
    m_lambda->setToolTip(tr("λ of Eq. 4: L = (1 − λ)·L_con + λ·R. The far left is exactly 0."));
    m_learningRate = new LogSlider(1e-5, 1.0, false, 121, itgan);
    m_realBatch = spinBox(1, 100000, itgan);
    m_splitSize = spinBox(0, 100000, itgan);
    m_splitSize->setSpecialValueText(tr("whole class"));
    m_splitStrategy = comboBox({QStringLiteral("fixed"), QStringLiteral("mixed")}, itgan);
    m_splitStrategy->setItemText(0, tr("fixed"));
    m_splitStrategy->setItemText(1, tr("mixed"));
    m_embedding = comboBox({QStringLiteral("random"), QStringLiteral("pool")}, itgan);
    m_embedding->setItemText(0, tr("fresh random ConvNets"));
    m_embedding->setItemText(1, tr("pre-trained pool"));
    m_poolDir = new QLineEdit(itgan);
    m_poolDir->setPlaceholderText(tr("Pool folder from `itgan make-pool`"));
    m_poolMin = new QDoubleSpinBox(itgan);
    m_poolMax = new QDoubleSpinBox(itgan);
    for (auto *box : {m_poolMin, m_poolMax}) {
        box->setRange(0, 100);
        box->setSuffix(QStringLiteral(" %"));
    }
    auto *poolRange = new QHBoxLayout;
    poolRange->addWidget(m_poolMin);
    poolRange->addWidget(new QLabel(QStringLiteral("–"), itgan));
    poolRange->addWidget(m_poolMax);
    itganForm->addRow(tr("Iterations:"), m_itganIterations);
    itganForm->addRow(tr("Objective:"), m_objective);
    itganForm->addRow(tr("λ:"), m_lambda);
    itganForm->addRow(tr("Learning rate:"), m_learningRate);
    itganForm->addRow(tr("Real batch per class:"), m_realBatch);
    itganForm->addRow(tr("Split size:"), m_splitSize);
    itganForm->addRow(tr("Splitting:"), m_splitStrategy);
    itganForm->addRow(tr("Embedding networks:"), m_embedding);
    itganForm->addRow(tr("Pool folder:"), m_poolDir);
    itganForm->addRow(tr("Pool accuracy range:"), poolRange);
    layout->addWidget(itgan);

    auto *dm = new QGroupBox(tr("DM baseline (pixels)"), content);
    auto *dmForm = new QFormLayout(dm);
    m_dmIterations = spinBox(1, 1000000, dm);
    m_dmLr = new LogSlider(1e-3, 100.0, false, 101, dm);
    m_dmRealBatch = spinBox(1, 100000, dm);
    m_dmImagesPerClass = spinBox(0, 100000, dm);
    m_dmImagesPerClass->setSpecialValueText(tr("same as above"));
    m_dmImagesPerClass->setToolTip(tr("Set it for comparisons at equal storage (paper Tab. 2)"));
    dmForm->addRow(tr("Iterations:"), m_dmIterations);
    dmForm->addRow(tr("Learning rate:"), m_dmLr);
    dmForm->addRow(tr("Real batch per class:"), m_dmRealBatch);
    dmForm->addRow(tr("Images per class:"), m_dmImagesPerClass);
    layout->addWidget(dm);

    auto *evaluation = new QGroupBox(tr("Evaluation"), content);
    auto *evaluationForm = new QFormLayout(evaluation);
    m_architectures = new QLineEdit(evaluation);
    m_architectures->setToolTip(tr("Comma-separated: convnet, resnet18, vgg19, vgg19bn, wrn-16-8, mobilenetv2, …"));
    m_evalRuns = spinBox(1, 100, evaluation);
    m_evalEpochs = spinBox(1, 100000, evaluation);
    evaluationForm->addRow(tr("Architectures:"), m_architectures);
    evaluationForm->addRow(tr("Runs:"), m_evalRuns);
    evaluationForm->addRow(tr("Epochs:"), m_evalEpochs);
    layout->addWidget(evaluation);
    layout->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    // Job controls.
    auto *buttons = new QGridLayout;
    m_start = new QPushButton(tr("Start"), this);
    m_start->setToolTip(tr("Build the chosen sets: inversion, IT-GAN, DM (F5)"));
    m_pause = new QPushButton(tr("Pause"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_evaluate = new QPushButton(tr("Evaluate"), this);
    m_evaluate->setToolTip(tr("Train classifiers on every set and test them on real data (F7)"));
    auto *load = new QPushButton(tr("Load…"), this);
    auto *save = new QPushButton(tr("Save…"), this);
    buttons->addWidget(m_start, 0, 0);
    buttons->addWidget(m_pause, 0, 1);
    buttons->addWidget(m_cancel, 0, 2);
    buttons->addWidget(m_evaluate, 1, 0);
    buttons->addWidget(load, 1, 1);
    buttons->addWidget(save, 1, 2);
    outer->addLayout(buttons);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    outer->addWidget(m_progress);
    m_eta = new QLabel(this);
    m_stage = new QLabel(this);
    m_stage->setWordWrap(true);
    outer->addWidget(m_eta);
    outer->addWidget(m_stage);

    connect(browse, &QPushButton::clicked, this, &RunPanel::chooseRunDirectory);
    connect(applyPresetButton, &QPushButton::clicked, this,
            [this, preset] { applyPreset(preset->currentData().toString()); });
    connect(load, &QPushButton::clicked, this, &RunPanel::chooseConfigToLoad);
    connect(save, &QPushButton::clicked, this, &RunPanel::chooseConfigToSave);
    connect(m_start, &QPushButton::clicked, this, &RunPanel::startRequested);
    connect(m_evaluate, &QPushButton::clicked, this, &RunPanel::evaluateRequested);
    connect(m_cancel, &QPushButton::clicked, this, &RunPanel::cancelRequested);
    connect(m_pause, &QPushButton::clicked, this, [this] { Q_EMIT pauseRequested(!m_paused); });
    connect(m_lambda, &LogSlider::valueChanged, this, &RunPanel::lambdaChanged);
    connect(m_learningRate, &LogSlider::valueChanged, this, &RunPanel::learningRateChanged);

    setConfig(defaults);
    applyPreset(QStringLiteral("cpu"));
    setRunning(false);
}

QJsonObject RunPanel::config() const
{
    QJsonObject c = m_base;
    c.insert(QStringLiteral("dataset"), m_dataset->text());
    c.insert(QStringLiteral("generator"), m_generator->text());
    c.insert(QStringLiteral("images_per_class"), m_imagesPerClass->value());
    c.insert(QStringLiteral("seed"), m_seed->value());
    QJsonArray sets;
    for (const QString &name : {"gan", "inversion", "itgan", "dm", "random", "real"})
        if (m_sets.value(name)->isChecked())
            sets.append(name);
    c.insert(QStringLiteral("sets"), sets);
    const QString inv = QStringLiteral("inversion"), it = QStringLiteral("itgan"), dm = QStringLiteral("dm"),
                  ev = QStringLiteral("evaluation");
    setSection(c, inv, QStringLiteral("iterations"), m_inversionIterations->value());
    setSection(c, inv, QStringLiteral("learning_rate"), m_inversionLr->value());
    setSection(c, inv, QStringLiteral("lambda_pixel"), m_lambdaPixel->value());
    setSection(c, inv, QStringLiteral("seed"), m_seed->value());
    setSection(c, it, QStringLiteral("iterations"), m_itganIterations->value());
    setSection(c, it, QStringLiteral("objective"), m_objective->currentIndex() == 1 ? "gm" : "dm");
    setSection(c, it, QStringLiteral("lambda"), m_lambda->value());
    setSection(c, it, QStringLiteral("learning_rate"), m_learningRate->value());
    setSection(c, it, QStringLiteral("real_batch"), m_realBatch->value());
    setSection(c, it, QStringLiteral("split_size"), m_splitSize->value());
    setSection(c, it, QStringLiteral("split_strategy"), m_splitStrategy->currentIndex() == 1 ? "mixed" : "fixed");
    setSection(c, it, QStringLiteral("embedding"), m_embedding->currentIndex() == 1 ? "pool" : "random");
    setSection(c, it, QStringLiteral("pool_dir"), m_poolDir->text());
    setSection(c, it, QStringLiteral("pool_min_accuracy"), m_poolMin->value());
    setSection(c, it, QStringLiteral("pool_max_accuracy"), m_poolMax->value());
    setSection(c, it, QStringLiteral("seed"), m_seed->value());
    setSection(c, dm, QStringLiteral("iterations"), m_dmIterations->value());
    setSection(c, dm, QStringLiteral("learning_rate"), m_dmLr->value());
    setSection(c, dm, QStringLiteral("real_batch"), m_dmRealBatch->value());
    setSection(c, dm, QStringLiteral("images_per_class"),
               m_dmImagesPerClass->value() == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(m_dmImagesPerClass->value()));
    setSection(c, dm, QStringLiteral("seed"), m_seed->value());
    QJsonArray architectures;
    for (const QString &arch : m_architectures->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        architectures.append(arch.trimmed());
    setSection(c, ev, QStringLiteral("architectures"), architectures);
    setSection(c, ev, QStringLiteral("runs"), m_evalRuns->value());
    setSection(c, ev, QStringLiteral("epochs"), m_evalEpochs->value());
    return c;
}

bool RunPanel::setConfig(const QJsonObject &config, QString *error)
{
    // Read everything first, so a bad file leaves the form as it was.
    Reader r;
    double k = m_imagesPerClass->value(), seed = m_seed->value(), invIt = m_inversionIterations->value(),
           invLr = m_inversionLr->value(), lambdaPixel = m_lambdaPixel->value(), itIt = m_itganIterations->value(),
           lambda = m_lambda->value(), lr = m_learningRate->value(), realBatch = m_realBatch->value(),
           split = m_splitSize->value(), poolMin = m_poolMin->value(), poolMax = m_poolMax->value(),
           dmIt = m_dmIterations->value(), dmLr = m_dmLr->value(), dmReal = m_dmRealBatch->value(),
           dmK = m_dmImagesPerClass->value(), runs = m_evalRuns->value(), epochs = m_evalEpochs->value();
    QString dataset = m_dataset->text(), generator = m_generator->text(), objective = m_objective->currentIndex() ? "gm" : "dm",
            strategy = m_splitStrategy->currentIndex() ? "mixed" : "fixed",
            embedding = m_embedding->currentIndex() ? "pool" : "random", poolDir = m_poolDir->text();
    const QString inv = QStringLiteral("inversion"), it = QStringLiteral("itgan"), dm = QStringLiteral("dm"),
                  ev = QStringLiteral("evaluation");
    bool ok = r.text(config, {}, QStringLiteral("dataset"), dataset) && r.text(config, {}, QStringLiteral("generator"), generator)
              && r.number(config, {}, QStringLiteral("images_per_class"), k) && r.number(config, {}, QStringLiteral("seed"), seed)
              && r.number(config, inv, QStringLiteral("iterations"), invIt)
              && r.number(config, inv, QStringLiteral("learning_rate"), invLr)
              && r.number(config, inv, QStringLiteral("lambda_pixel"), lambdaPixel)
              && r.number(config, it, QStringLiteral("iterations"), itIt) && r.text(config, it, QStringLiteral("objective"), objective)
              && r.number(config, it, QStringLiteral("lambda"), lambda) && r.number(config, it, QStringLiteral("learning_rate"), lr)
              && r.number(config, it, QStringLiteral("real_batch"), realBatch)
              && r.number(config, it, QStringLiteral("split_size"), split)
              && r.text(config, it, QStringLiteral("split_strategy"), strategy)
              && r.text(config, it, QStringLiteral("embedding"), embedding) && r.text(config, it, QStringLiteral("pool_dir"), poolDir)
              && r.number(config, it, QStringLiteral("pool_min_accuracy"), poolMin)
              && r.number(config, it, QStringLiteral("pool_max_accuracy"), poolMax)
              && r.number(config, dm, QStringLiteral("iterations"), dmIt) && r.number(config, dm, QStringLiteral("learning_rate"), dmLr)
              && r.number(config, dm, QStringLiteral("real_batch"), dmReal)
              && r.number(config, ev, QStringLiteral("runs"), runs) && r.number(config, ev, QStringLiteral("epochs"), epochs);
    const QJsonValue dmImages = config.value(dm).toObject().value(QStringLiteral("images_per_class"));
    if (ok && dmImages.isNull())
        dmK = 0;
    else if (ok)
        ok = r.number(config, dm, QStringLiteral("images_per_class"), dmK);
    if (ok && objective != QLatin1String("dm") && objective != QLatin1String("gm"))
        ok = false, r.error = tr("itgan.objective: expected \"dm\" or \"gm\", got \"%1\"").arg(objective);
    if (ok && strategy != QLatin1String("fixed") && strategy != QLatin1String("mixed"))
        ok = false, r.error = tr("itgan.split_strategy: expected \"fixed\" or \"mixed\", got \"%1\"").arg(strategy);
    if (ok && embedding != QLatin1String("random") && embedding != QLatin1String("pool"))
        ok = false, r.error = tr("itgan.embedding: expected \"random\" or \"pool\", got \"%1\"").arg(embedding);
    const QJsonValue sets = config.value(QStringLiteral("sets"));
    if (ok && !sets.isUndefined() && !sets.isArray())
        ok = false, r.error = tr("sets: expected a list of set names");
    const QJsonValue architectures = config.value(ev).toObject().value(QStringLiteral("architectures"));
    if (ok && !architectures.isUndefined() && !architectures.isArray())
        ok = false, r.error = tr("evaluation.architectures: expected a list of architecture names");
    if (!ok) {
        if (error)
            *error = r.error;
        return false;
    }

    // Keep every key of the file; unknown ones are for the engine to accept or reject.
    for (auto item = config.begin(); item != config.end(); ++item) {
        if (item.value().isObject() && m_base.value(item.key()).isObject()) {
            QJsonObject merged = m_base.value(item.key()).toObject();
            const QJsonObject inner = item.value().toObject();
            for (auto i = inner.begin(); i != inner.end(); ++i)
                merged.insert(i.key(), i.value());
            m_base.insert(item.key(), merged);
        } else {
            m_base.insert(item.key(), item.value());
        }
    }
    m_dataset->setText(dataset);
    m_generator->setText(generator);
    m_imagesPerClass->setValue(static_cast<int>(k));
    m_seed->setValue(static_cast<int>(seed));
    if (sets.isArray()) {
        const QJsonArray list = sets.toArray();
        for (auto box = m_sets.begin(); box != m_sets.end(); ++box)
            box.value()->setChecked(list.contains(box.key()));
    }
    m_inversionIterations->setValue(static_cast<int>(invIt));
    m_inversionLr->setValue(invLr);
    m_lambdaPixel->setValue(lambdaPixel);
    m_itganIterations->setValue(static_cast<int>(itIt));
    m_objective->setCurrentIndex(objective == QLatin1String("gm") ? 1 : 0);
    m_lambda->setValue(lambda);
    m_learningRate->setValue(lr);
    m_realBatch->setValue(static_cast<int>(realBatch));
    m_splitSize->setValue(static_cast<int>(split));
    m_splitStrategy->setCurrentIndex(strategy == QLatin1String("mixed") ? 1 : 0);
    m_embedding->setCurrentIndex(embedding == QLatin1String("pool") ? 1 : 0);
    m_poolDir->setText(poolDir);
    m_poolMin->setValue(poolMin);
    m_poolMax->setValue(poolMax);
    m_dmIterations->setValue(static_cast<int>(dmIt));
    m_dmLr->setValue(dmLr);
    m_dmRealBatch->setValue(static_cast<int>(dmReal));
    m_dmImagesPerClass->setValue(static_cast<int>(dmK));
    if (architectures.isArray()) {
        QStringList names;
        for (const auto &a : architectures.toArray())
            names << a.toString();
        m_architectures->setText(names.join(QStringLiteral(", ")));
    }
    m_evalRuns->setValue(static_cast<int>(runs));
    m_evalEpochs->setValue(static_cast<int>(epochs));
    return true;
}

QJsonObject RunPanel::presetOverlay(const QString &name)
{
    auto overlay = [](int inversion, int itgan, int dm, int itganReal, int epochs, int runs) {
        return QJsonObject{
            {QStringLiteral("inversion"), QJsonObject{{QStringLiteral("iterations"), inversion}}},
            {QStringLiteral("itgan"), QJsonObject{{QStringLiteral("iterations"), itgan},
                                                  {QStringLiteral("real_batch"), itganReal}}},
            {QStringLiteral("dm"), QJsonObject{{QStringLiteral("iterations"), dm}}},
            {QStringLiteral("evaluation"), QJsonObject{{QStringLiteral("epochs"), epochs}, {QStringLiteral("runs"), runs}}}};
    };
    if (name == QLatin1String("paper"))
        return overlay(5000, 5000, 20000, 500, 1000, 5);
    if (name == QLatin1String("quick"))
        return overlay(20, 10, 20, 64, 20, 1);
    // The settings of this project's CPU reproduction (tests/benchmarks/results/tab1_k10),
    // with the learning rates it used.
    QJsonObject cpu = overlay(300, 200, 1000, 256, 300, 3);
    QJsonObject inv = cpu.value(QStringLiteral("inversion")).toObject();
    inv.insert(QStringLiteral("learning_rate"), 0.1);
    cpu.insert(QStringLiteral("inversion"), inv);
    QJsonObject it = cpu.value(QStringLiteral("itgan")).toObject();
    it.insert(QStringLiteral("learning_rate"), 0.01);
    cpu.insert(QStringLiteral("itgan"), it);
    return cpu;
}

void RunPanel::applyPreset(const QString &name)
{
    setConfig(presetOverlay(name));
}

bool RunPanel::saveConfig(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(config()).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        if (error)
            *error = tr("%1: could not write (%2)").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool RunPanel::loadConfig(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: could not open (%2)").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? tr("%1: not valid JSON at offset %2 (%3)").arg(path).arg(parseError.offset).arg(parseError.errorString())
                         : tr("%1: expected a JSON object (a compare configuration)").arg(path);
        return false;
    }
    QString message;
    if (!setConfig(document.object(), &message)) {
        if (error)
            *error = path + QStringLiteral(": ") + message;
        return false;
    }
    return true;
}

void RunPanel::setInputs(const QString &dataset, const QString &generator)
{
    m_dataset->setText(dataset);
    m_generator->setText(generator);
}

QString RunPanel::runDirectory() const
{
    return m_runDir->text().trimmed();
}

void RunPanel::setRunDirectory(const QString &dir)
{
    m_runDir->setText(dir);
}

void RunPanel::setRunning(bool running)
{
    m_start->setEnabled(!running);
    m_evaluate->setEnabled(!running);
    m_pause->setEnabled(running);
    m_cancel->setEnabled(running);
    if (!running)
        setPaused(false);
}

void RunPanel::setPaused(bool paused)
{
    m_paused = paused;
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
}

void RunPanel::setProgress(qint64 done, qint64 total, double secondsPerIteration, const QString &what)
{
    m_progress->setRange(0, static_cast<int>(std::max<qint64>(total, 1)));
    m_progress->setValue(static_cast<int>(done));
    m_progress->setFormat(QStringLiteral("%1 %p%").arg(what));
    const qint64 left = std::max<qint64>(0, total - done);
    const int seconds = static_cast<int>(left * secondsPerIteration);
    m_eta->setText(tr("%1 / %2 · %3 s/it · ETA %4:%5")
                       .arg(done)
                       .arg(total)
                       .arg(secondsPerIteration, 0, 'f', 2)
                       .arg(seconds / 60)
                       .arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

void RunPanel::setStage(const QString &text)
{
    m_stage->setText(text);
}

void RunPanel::chooseRunDirectory()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Run folder"), m_runDir->text());
    if (!dir.isEmpty())
        m_runDir->setText(dir);
}

void RunPanel::chooseConfigToLoad()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load run configuration"), QString(), tr("JSON (*.json)"));
    QString error;
    if (!path.isEmpty() && !loadConfig(path, &error))
        QMessageBox::warning(this, tr("Load run configuration"), error);
}

void RunPanel::chooseConfigToSave()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save run configuration"), QStringLiteral("run.json"),
                                                tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveConfig(path, &error))
        QMessageBox::warning(this, tr("Save run configuration"), error);
}
