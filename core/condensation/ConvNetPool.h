#pragma once
// A pool of pre-trained embedding networks (paper Tab. T7): ConvNets trained on the real
// data and snapshotted after every epoch, each with its validation accuracy, so IT-GAN
// can draw ψ_ϑ from the members whose accuracy lies in a chosen range instead of using
// freshly initialised networks. Stored as pool.json plus one weight file per member.
#include "core/base/Cancellation.h"
#include "core/nets/ClassifierNet.h"
#include "core/data/Dataset.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace itgan {

struct PoolMember {
    std::string file;          // relative to the pool folder
    int64_t network = 0;       // which training run
    int epoch = 0;             // snapshot after this many epochs
    double validationAccuracy = 0; // percent, on images held out of the training split
};

struct PoolConfig {
    int count = 5;                   // networks trained
    int epochs = 3;                  // each snapshotted after every epoch
    std::string arch = "convnet";
    int64_t trainPerClass = 500;     // real training images per class (0 = all not held out)
    int64_t validationPerClass = 100; // held out of the training split for the accuracies
    double learningRate = 0.01;
    uint64_t seed = 0;
};

// Trains the pool into `dir` (which must not hold a pool.json). `onMember` reports each snapshot.
// Called again on a folder that an interrupted call left, it keeps the networks that
// finished there with the same settings (netNNN.json) and trains the others.
void makeConvNetPool(const Dataset &data, const PoolConfig &config, const std::string &dir,
                     const CancellationToken *cancel = nullptr,
                     const std::function<void(const PoolMember &, int network, int epoch)> &onMember = {});

class ConvNetPool {
public:
    // Reads dir/pool.json; IoError/ConfigError naming the file when it is missing or malformed.
    static ConvNetPool load(const std::string &dir);

    const std::string &arch() const { return m_arch; }
    const std::vector<PoolMember> &members() const { return m_members; }
    // Indices of members with lo <= accuracy <= hi; ConfigError when there are none.
    std::vector<size_t> eligible(double lo, double hi) const;
    // The member's network (loaded once, then cached), in training mode like a fresh one.
    ClassifierPtr network(size_t member, const Dataset &data, bool weightGradients);

private:
    std::string m_dir, m_arch;
    std::vector<PoolMember> m_members;
    std::map<size_t, ClassifierPtr> m_loaded;
};

} // namespace itgan
