#pragma once
// The run panel: every setting of a condensation experiment (the same JSON that
// `itgan compare --config` reads), λ and the learning rate as logarithmic sliders,
// Start / Pause / Cancel / Evaluate, and a progress bar with ETA. λ and the learning
// rate stay live while a run is going: moving them emits lambdaChanged /
// learningRateChanged, which the main window forwards to the worker.
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QWidget>

#include <functional>

class LogSlider;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class SchemaForm;

class RunPanel : public QWidget {
    Q_OBJECT

public:
    // `defaults`: the engine's complete default configuration (every key); `schema`: the
    // field tables ({"compare": [top-level keys], "inversion": [...], "itgan": [...], "dm": [...],
    // "evaluation": [...]},
    // StudioWorker::configSchema()), from which those sections' widgets are built.
    RunPanel(const QJsonObject &defaults, const QJsonObject &schema, QWidget *parent = nullptr);

    // The configuration: the last loaded (or default) JSON with every field of the form
    // written over it, so keys the form has no field for survive a round trip.
    QJsonObject config() const;
    // Fills the form; returns false with a message naming the key when a value has the
    // wrong type, or when the checker (below) refuses the configuration.
    bool setConfig(const QJsonObject &config, QString *error = nullptr);
    bool saveConfig(const QString &path, QString *error = nullptr) const;
    bool loadConfig(const QString &path, QString *error = nullptr);
    // The presets to offer ([{name, title, description, overlay}], StudioWorker::presets(),
    // read from resources/presets like `itgan compare --preset`).
    void setPresets(const QJsonArray &presets);
    // Overlays a preset ("cpu", "quick", "paper") on the current configuration; false when
    // there is no such preset.
    bool applyPreset(const QString &name);

    // The engine's verdict on a whole configuration (StudioWorker::configProblem): "" or
    // what is wrong. Without one, only the types are checked.
    void setConfigChecker(std::function<QString(const QJsonObject &)> checker);

    void setInputs(const QString &dataset, const QString &generator);
    QString runDirectory() const;
    void setRunDirectory(const QString &dir);

    // Job state shown by the buttons and the progress bar.
    void setRunning(bool running);
    void setPaused(bool paused);
    void setProgress(qint64 done, qint64 total, double secondsPerIteration, const QString &what);
    void setStage(const QString &text);

    LogSlider *lambdaSlider() const { return m_lambda; }
    LogSlider *learningRateSlider() const { return m_learningRate; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *evaluateButton() const { return m_evaluate; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *etaLabel() const { return m_eta; }

Q_SIGNALS:
    void startRequested();
    void pauseRequested(bool pause);
    void cancelRequested();
    void evaluateRequested();
    void lambdaChanged(double lambda);
    void learningRateChanged(double learningRate);

private:
    void chooseRunDirectory();
    void chooseConfigToLoad();
    void chooseConfigToSave();

    QJsonObject m_base;
    QJsonObject m_defaults;
    QJsonObject m_schema;
    std::function<QString(const QJsonObject &)> m_checker;
    QJsonArray m_presets;
    QComboBox *m_preset = nullptr;
    QLineEdit *m_dataset = nullptr;
    QLineEdit *m_generator = nullptr;
    QLineEdit *m_runDir = nullptr;
    QSpinBox *m_imagesPerClass = nullptr;
    QSpinBox *m_seed = nullptr;
    QMap<QString, QCheckBox *> m_sets;
    QStringList m_setOrder; // the engine's order of the set names
    QMap<QString, SchemaForm *> m_forms; // "inversion", "itgan", "dm", "evaluation"
    LogSlider *m_lambda = nullptr;       // IT-GAN's, owned by its form
    LogSlider *m_learningRate = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_evaluate = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_eta = nullptr;
    QLabel *m_stage = nullptr;
    bool m_paused = false;
};
