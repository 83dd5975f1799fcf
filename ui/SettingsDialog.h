#pragma once
// Edits StudioSettings: the interface language (applied at the next start) and the number
// of LibTorch threads of every studio thread (0 = all cores but one, left to the GUI), and
// how many processes Start and Evaluate use, and the device jobs compute on.
#include <QDialog>

class QComboBox;
class QSpinBox;

class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    // `devices`: what this machine can compute on ("cpu", "cuda:0", ...).
    explicit SettingsDialog(const QStringList &devices, QWidget *parent = nullptr);
    int threads() const;
    QString device() const;
    int localProcesses() const;
    QString language() const;

    void accept() override;

private:
    QComboBox *m_language = nullptr;
    QSpinBox *m_threads = nullptr;
    QSpinBox *m_processes = nullptr;
    QComboBox *m_device = nullptr;
};
