#pragma once
// Internal to the studio's engine library (includes LibTorch): the latent map's data and
// the nearest-real checks, computed on the explorer's thread from the sets of the open
// run. Pixels and ψ features of each set are computed once and kept while the run stays open.
#include "LatentMapTypes.h"

#include "core/data/Dataset.h"
#include "core/latents/LatentSet.h"
#include "core/latents/PrincipalAxes.h"
#include "core/nets/ClassifierNet.h"

#include <map>
#include <string>
#include <vector>

namespace studio {

class MapSets {
public:
    MapSets(const itgan::Dataset &data, itgan::Generator &generator, itgan::ClassifierPtr features);

    // Latent sets (gan, inversion, itgan) and a pixel set (dm).
    void addLatents(const std::string &name, const itgan::LatentSet &set);
    void addPixels(const std::string &name, const itgan::DatasetSplit &images);
    // IT-GAN's history: latents at each step (0 = its start), rows aligned with its final set.
    void setHistory(std::vector<int64_t> steps, std::vector<torch::Tensor> latents);

    // The sets in the map's order: gan, inversion, itgan, dm (those present).
    std::vector<std::string> names() const;
    bool isLatentSet(const std::string &name) const { return m_latents.count(name) > 0; }
    const itgan::Dataset &data() const { return m_data; }

    // Everything the map shows for `request` (the feature space needs the feature network).
    LatentMap buildMap(const LatentMapRequest &request);
    // The k nearest real training images of image `index` of `set` ("real" too) in ψ space.
    NearestReal nearestReal(const std::string &set, int index, int k);
    // Median nearest-real distance per set, and real-to-real (each real image of the pool
    // against the others).
    NearestRealSummary nearestRealSummary();

    // The real images searched for neighbours: up to kPoolPerClass per class (seeded), plus
    // every training image the run's latents were inverted from (so "is it its source?"
    // can be answered).
    static constexpr int64_t kPoolPerClass = 1000;
    const torch::Tensor &poolIndices();

private:
    // uint8 [N,C,H,W] pixels and labels of a whole set (generated once for latent sets).
    const itgan::DatasetSplit &pixels(const std::string &name);
    // ψ features [N, D] of a whole set.
    const torch::Tensor &features(const std::string &name);
    torch::Tensor featuresOf(const torch::Tensor &uint8Images);
    // The rows of `name` a map shows in `space`, for the given indices.
    torch::Tensor rowsFor(const std::string &name, const std::string &space, const torch::Tensor &indices);
    void buildPool();
    void addTracks(LatentMap &map, const itgan::PrincipalAxes &axes, bool inFeatures);
    void addRealClassMeans(LatentMap &map, const itgan::PrincipalAxes &axes);
    itgan::ClassifierNet &featureNet();

    const itgan::Dataset &m_data;
    itgan::Generator &m_generator;
    itgan::ClassifierPtr m_features;
    std::map<std::string, itgan::LatentSet> m_latents;
    std::map<std::string, itgan::DatasetSplit> m_pixels;
    std::map<std::string, torch::Tensor> m_featureCache;
    std::vector<int64_t> m_historySteps;
    std::vector<torch::Tensor> m_historyLatents;
    int64_t m_poolPerClass = 0;   // the pool's seeded images per class, class-major at its start
    torch::Tensor m_poolIndices;  // into the training split
    torch::Tensor m_poolFeatures;
};

} // namespace studio
