#include "RunPanel.h"

#include "LogSlider.h"
#include "SchemaForm.h"

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

#include <algorithm>

namespace {

// What the two live sliders do during a run (they act on IT-GAN only).
QString liveHint()
{
    return RunPanel::tr("Live: moved during a run, IT-GAN uses the new value from its next iteration; "
                        "moved during inversion or DM, it waits until IT-GAN starts.");
}

QSpinBox *spinBox(int minimum, int maximum, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
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


} // namespace

RunPanel::RunPanel(const QJsonObject &defaults, const QJsonObject &schema, QWidget *parent)
    : QWidget(parent), m_base(defaults), m_defaults(defaults), m_schema(schema)
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
    m_preset = new QComboBox(inputs); // filled by setPresets
    auto *applyPresetButton = new QPushButton(tr("Apply"), inputs);
    presetRow->addWidget(m_preset, 1);
    presetRow->addWidget(applyPresetButton);
    inputsForm->addRow(tr("Preset:"), presetRow);
    layout->addWidget(inputs);

    // The top-level keys the panel shows, with the ranges, choices and help of the
    // engine's "compare" table.
    QMap<QString, QJsonObject> top;
    for (const QJsonValue &field : schema.value(QStringLiteral("compare")).toArray())
        top.insert(field.toObject().value(QStringLiteral("key")).toString(), field.toObject());
    const auto fieldSpin = [&](const QString &key, QWidget *parent) {
        const QJsonObject field = top.value(key);
        auto *box = spinBox(static_cast<int>(field.value(QStringLiteral("minimum")).toDouble()),
                            static_cast<int>(std::min(field.value(QStringLiteral("maximum")).toDouble(), 1e9)), parent);
        box->setToolTip(field.value(QStringLiteral("help")).toString());
        return box;
    };
    auto *general = new QGroupBox(tr("Synthetic sets"), content);
    auto *generalForm = new QFormLayout(general);
    m_imagesPerClass = fieldSpin(QStringLiteral("images_per_class"), general);
    generalForm->addRow(tr("Latents (images) per class:"), m_imagesPerClass);
    m_seed = fieldSpin(QStringLiteral("seed"), general);
    generalForm->addRow(tr("Seed (every stage):"), m_seed);
    auto *setsRow = new QGridLayout;
    const QMap<QString, QString> setTitles = {{QStringLiteral("gan"), tr("GAN")},
                                              {QStringLiteral("inversion"), tr("Inversion")},
                                              {QStringLiteral("itgan"), tr("IT-GAN")},
                                              {QStringLiteral("dm"), tr("DM")},
                                              {QStringLiteral("random"), tr("Random real")},
                                              {QStringLiteral("real"), tr("Whole real")}};
    int column = 0;
    for (const QJsonValue &choice : top.value(QStringLiteral("sets")).value(QStringLiteral("choices")).toArray()) {
        const QString name = choice.toString();
        auto *box = new QCheckBox(setTitles.value(name, name), general);
        m_sets.insert(name, box);
        m_setOrder.append(name);
        setsRow->addWidget(box, column / 2, column % 2);
        ++column;
    }
    generalForm->addRow(tr("Sets:"), setsRow);
    layout->addWidget(general);

    // The three method sections come from the engine's field tables: every key with its
    // range, choices and help. The seed is the one above; k is the top-level one.
    const QSet<QString> hidden = {QStringLiteral("seed")};
    const auto sectionForm = [&](const QString &title, const QString &section) {
        auto *form = new SchemaForm(title, section, schema.value(section).toArray(), defaults.value(section).toObject(),
                                    hidden, tr("same as above"), content);
        m_forms.insert(section, form);
        layout->addWidget(form);
        return form;
    };
    sectionForm(tr("GAN inversion (Eq. 1)"), QStringLiteral("inversion"));
    SchemaForm *itgan = sectionForm(tr("IT-GAN condensation (Eq. 2–4)"), QStringLiteral("itgan"));
    sectionForm(tr("DM baseline (pixels)"), QStringLiteral("dm"));
    m_lambda = itgan->logSlider(QStringLiteral("lambda"));
    m_learningRate = itgan->logSlider(QStringLiteral("learning_rate"));
    if (!m_lambda || !m_learningRate)
        qFatal("RunPanel: the IT-GAN schema has no logarithmic lambda / learning_rate");
    itgan->setLabel(QStringLiteral("lambda"), tr("IT-GAN λ (live):"));
    itgan->setLabel(QStringLiteral("learning_rate"), tr("IT-GAN learning rate (live):"));
    m_lambda->setToolTip(m_lambda->toolTip() + QLatin1Char('\n') + liveHint());
    m_learningRate->setToolTip(m_learningRate->toolTip() + QLatin1Char('\n') + liveHint());

    // The evaluation keeps its own seed (run r trains with seed + r).
    m_forms.insert(QStringLiteral("evaluation"),
                   new SchemaForm(tr("Evaluation"), QStringLiteral("evaluation"), schema.value(QStringLiteral("evaluation")).toArray(),
                                  defaults.value(QStringLiteral("evaluation")).toObject(), {}, QString(), content));
    layout->addWidget(m_forms.value(QStringLiteral("evaluation")));
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
            [this] { applyPreset(m_preset->currentData().toString()); });
    connect(load, &QPushButton::clicked, this, &RunPanel::chooseConfigToLoad);
    connect(save, &QPushButton::clicked, this, &RunPanel::chooseConfigToSave);
    connect(m_start, &QPushButton::clicked, this, &RunPanel::startRequested);
    connect(m_evaluate, &QPushButton::clicked, this, &RunPanel::evaluateRequested);
    connect(m_cancel, &QPushButton::clicked, this, &RunPanel::cancelRequested);
    connect(m_pause, &QPushButton::clicked, this, [this] { Q_EMIT pauseRequested(!m_paused); });
    connect(m_lambda, &LogSlider::valueChanged, this, &RunPanel::lambdaChanged);
    connect(m_learningRate, &LogSlider::valueChanged, this, &RunPanel::learningRateChanged);

    setConfig(defaults);
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
    for (const QString &name : m_setOrder)
        if (m_sets.value(name)->isChecked())
            sets.append(name);
    c.insert(QStringLiteral("sets"), sets);
    const QString ev = QStringLiteral("evaluation");
    for (auto form = m_forms.begin(); form != m_forms.end(); ++form) {
        QJsonObject section = form.value()->values(c.value(form.key()).toObject());
        if (form.key() != ev) // the method stages take the panel's one seed
            section.insert(QStringLiteral("seed"), m_seed->value());
        c.insert(form.key(), section);
    }
    return c;
}

bool RunPanel::setConfig(const QJsonObject &config, QString *error)
{
    // Read everything first, so a bad file leaves the form as it was.
    Reader r;
    double k = m_imagesPerClass->value(), seed = m_seed->value();
    QString dataset = m_dataset->text(), generator = m_generator->text();
    bool ok = r.text(config, {}, QStringLiteral("dataset"), dataset) && r.text(config, {}, QStringLiteral("generator"), generator)
              && r.number(config, {}, QStringLiteral("images_per_class"), k) && r.number(config, {}, QStringLiteral("seed"), seed);
    // The sections: checked against their tables before anything changes.
    for (auto form = m_forms.begin(); ok && form != m_forms.end(); ++form)
        ok = SchemaForm::checkValues(form.key(), m_schema.value(form.key()).toArray(), m_defaults.value(form.key()).toObject(),
                                     config.value(form.key()).toObject(), &r.error);
    const QJsonValue sets = config.value(QStringLiteral("sets"));
    if (ok && !sets.isUndefined() && !sets.isArray())
        ok = false, r.error = tr("sets: expected a list of set names");
    // Then the engine's own check of every key, range and name (λ −1 would otherwise be
    // clamped to the spin box's 0 without a word).
    if (ok && m_checker) {
        r.error = m_checker(config);
        ok = r.error.isEmpty();
    }
    if (!ok) {
        if (error)
            *error = r.error;
        return false;
    }

    // Keep every key of the file, including those the form has no field for.
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
    for (auto form = m_forms.begin(); form != m_forms.end(); ++form)
        form.value()->setValues(config.value(form.key()).toObject(), nullptr);
    return true;
}

void RunPanel::setPresets(const QJsonArray &presets)
{
    m_presets = presets;
    m_preset->clear();
    for (const QJsonValue &value : presets) {
        const QJsonObject preset = value.toObject();
        m_preset->addItem(preset.value(QStringLiteral("title")).toString(), preset.value(QStringLiteral("name")).toString());
        m_preset->setItemData(m_preset->count() - 1, preset.value(QStringLiteral("description")).toString(),
                              Qt::ToolTipRole);
    }
}

bool RunPanel::applyPreset(const QString &name)
{
    for (const QJsonValue &value : m_presets) {
        const QJsonObject preset = value.toObject();
        if (preset.value(QStringLiteral("name")).toString() == name) {
            m_preset->setCurrentIndex(m_preset->findData(name));
            return setConfig(preset.value(QStringLiteral("overlay")).toObject());
        }
    }
    return false;
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

void RunPanel::setConfigChecker(std::function<QString(const QJsonObject &)> checker)
{
    m_checker = std::move(checker);
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
