#pragma once
// Helpers shared by the engine tests: fixture files and tensor comparisons.
#include "core/Errors.h"
#include "core/StateDict.h"
#include "core/TensorIo.h"

#include <QString>
#include <QStringList>

#include <string>

namespace itgan::test {

// ../shared/fixtures beside the checkout, or $ITGAN_FIXTURES when set.
std::string fixturePath(const std::string &name);
// Loads a fixture dict; QFAIL-style errors are left to the caller (throws IoError).
TensorMap loadFixture(const std::string &name);
// Fixture entry with int8 weights dequantised by their qscale.
torch::Tensor entry(const TensorMap &fx, const std::string &key);

// max |got - want|
double maxAbsDiff(const torch::Tensor &got, const torch::Tensor &want);
// The fixtures' tolerance: |Δ| <= absTol + relTol·max|want|.
bool closeTo(const torch::Tensor &got, const torch::Tensor &want, double absTol = 1e-5, double relTol = 1e-5);
QString describeDiff(const std::string &what, const torch::Tensor &got, const torch::Tensor &want);

// Whether Debian's /usr/bin/python3 can import torch (python3-torch installed).
bool pythonHasTorch();
// Runs a Python script with /usr/bin/python3; returns the exit code (-1 when it did not
// finish) and its stderr + stdout.
int runPython(const QString &script, const QStringList &args, QString *output);

// A fresh temporary folder (removed by the OS's tmp cleaning; tests remove what they can).
std::string makeTempDir(const std::string &tag);

} // namespace itgan::test
