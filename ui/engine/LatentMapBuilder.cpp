#include "LatentMapBuilder.h"

#include "EngineCache.h"

#include "core/base/Errors.h"
#include "core/gan/GanMetrics.h"
#include "core/latents/FeatureNeighbours.h"

#include <algorithm>
#include <numeric>

namespace studio {

namespace {

// IT-GAN latents whose path through the history is drawn at most (evenly spread over the
// shown ones): each costs a ψ(G(z)) per step in the feature space.
constexpr size_t kMaxTracks = 1000;
// Real images per class whose nearest other real image gives the real-to-real median.
constexpr int64_t kRealToRealPerClass = 100;

QPointF pointAt(const torch::Tensor &xy, int64_t row)
{
    return {xy[row][0].item<double>(), xy[row][1].item<double>()};
}

QVector<double> toVector(const torch::Tensor &values)
{
    const auto flat = values.to(torch::kFloat64).contiguous().flatten();
    return QVector<double>(flat.data_ptr<double>(), flat.data_ptr<double>() + flat.numel());
}

torch::Tensor indexTensor(const std::vector<int64_t> &indices)
{
    return torch::tensor(indices, torch::kInt64);
}

} // namespace

MapSets::MapSets(const itgan::Dataset &data, itgan::Generator &generator, itgan::ClassifierPtr features)
    : m_data(data), m_generator(generator), m_features(std::move(features))
{
}

void MapSets::addLatents(const std::string &name, const itgan::LatentSet &set)
{
    m_latents[name] = set;
}

void MapSets::addPixels(const std::string &name, const itgan::DatasetSplit &images)
{
    m_pixels[name] = images;
}

void MapSets::setHistory(std::vector<int64_t> steps, std::vector<torch::Tensor> latents)
{
    m_historySteps = std::move(steps);
    m_historyLatents = std::move(latents);
}

std::vector<std::string> MapSets::names() const
{
    std::vector<std::string> present;
    for (const char *name : {"gan", "inversion", "itgan", "dm"})
        if (m_latents.count(name) || m_pixels.count(name))
            present.emplace_back(name);
    return present;
}

itgan::ClassifierNet &MapSets::featureNet()
{
    if (!m_features)
        throw itgan::ConfigError("no feature network is open: the feature space and nearest-real checks need one");
    return *m_features;
}

const itgan::DatasetSplit &MapSets::pixels(const std::string &name)
{
    if (name == "real")
        return m_data.train;
    auto found = m_pixels.find(name);
    if (found != m_pixels.end())
        return found->second;
    const auto latents = m_latents.find(name);
    if (latents == m_latents.end())
        throw itgan::ConfigError("no \"" + name + "\" set is open");
    const auto images = itgan::generatePixels(m_generator, latents->second, m_data);
    return m_pixels[name] = {images, latents->second.labels};
}

torch::Tensor MapSets::featuresOf(const torch::Tensor &uint8Images)
{
    const itgan::DatasetSplit split{uint8Images, torch::zeros({uint8Images.size(0)}, torch::kInt64)};
    return itgan::embedImages(featureNet(), split, m_data.normalisation);
}

const torch::Tensor &MapSets::features(const std::string &name)
{
    auto found = m_featureCache.find(name);
    if (found != m_featureCache.end())
        return found->second;
    return m_featureCache[name] = featuresOf(pixels(name).images);
}

void MapSets::buildPool()
{
    if (m_poolIndices.defined())
        return;
    const int64_t classes = m_data.numClasses();
    int64_t perClass = kPoolPerClass;
    for (const auto &members : itgan::indicesPerClass(m_data.train.labels, classes))
        perClass = std::min<int64_t>(perClass, static_cast<int64_t>(members.size()));
    // Class-major: the first n of each class are a seeded random n of it (the map's real points).
    auto chosen = itgan::chooseIndicesPerClass(m_data.train.labels, classes, perClass, 0);
    std::vector<int64_t> pool(chosen.data_ptr<int64_t>(), chosen.data_ptr<int64_t>() + chosen.numel());
    std::vector<bool> inPool(static_cast<size_t>(m_data.train.size()), false);
    for (int64_t i : pool)
        inPool[static_cast<size_t>(i)] = true;
    for (const auto &[name, set] : m_latents) {
        if (!set.sourceIndices.defined())
            continue;
        const auto sources = set.sourceIndices.contiguous();
        for (int64_t i = 0; i < sources.numel(); ++i) {
            const int64_t source = sources.data_ptr<int64_t>()[i];
            if (source >= 0 && source < m_data.train.size() && !inPool[static_cast<size_t>(source)]) {
                inPool[static_cast<size_t>(source)] = true;
                pool.push_back(source);
            }
        }
    }
    m_poolPerClass = perClass;
    m_poolIndices = indexTensor(pool);
    m_poolFeatures = featuresOf(m_data.train.images.index_select(0, m_poolIndices));
}

const torch::Tensor &MapSets::poolIndices()
{
    buildPool();
    return m_poolIndices;
}

torch::Tensor MapSets::rowsFor(const std::string &name, const std::string &space, const torch::Tensor &indices)
{
    if (space == latentSpaceName().toStdString())
        return m_latents.at(name).latents.index_select(0, indices);
    return features(name).index_select(0, indices);
}

LatentMap MapSets::buildMap(const LatentMapRequest &request)
{
    const std::string space = request.space.toStdString();
    const bool inFeatures = request.space == featureSpaceName();
    if (!inFeatures && request.space != latentSpaceName())
        throw itgan::ConfigError("map space \"" + space + "\": expected " + latentSpaceName().toStdString() + " or "
                                 + featureSpaceName().toStdString());
    if (request.maxPoints < 1 || request.realPerClass < 0)
        throw itgan::ConfigError("map: at least one point and no negative count of real images expected");
    const int64_t classes = m_data.numClasses();

    // Candidate points, grouped by set and class: (set, label, indices in the set).
    struct Group {
        std::string set;
        int64_t label;
        std::vector<int64_t> indices;
        std::vector<int64_t> rows; // pool rows (real) — the features the map uses
    };
    std::vector<Group> groups;
    if (inFeatures && request.showReal && request.realPerClass > 0) {
        buildPool();
        const int64_t shown = std::min<int64_t>(request.realPerClass, m_poolPerClass);
        const auto pool = m_poolIndices.contiguous();
        for (int64_t c = 0; c < classes; ++c) {
            Group g{"real", c, {}, {}};
            for (int64_t j = 0; j < shown; ++j) {
                g.rows.push_back(c * m_poolPerClass + j);
                g.indices.push_back(pool.data_ptr<int64_t>()[c * m_poolPerClass + j]);
            }
            groups.push_back(std::move(g));
        }
    }
    for (const auto &name : names()) {
        if (!inFeatures && !isLatentSet(name))
            continue; // DM's images have no latent
        const auto labels = isLatentSet(name) ? m_latents.at(name).labels : m_pixels.at(name).labels;
        for (int64_t c = 0; c < classes; ++c) {
            const auto members = labels.eq(c).nonzero().flatten().contiguous();
            groups.push_back({name, c, std::vector<int64_t>(members.data_ptr<int64_t>(),
                                                            members.data_ptr<int64_t>() + members.numel()), {}});
        }
    }

    LatentMap map;
    map.space = request.space;
    for (const auto &name : m_data.classNames)
        map.classNames << QString::fromStdString(name);
    int64_t total = 0;
    for (const auto &g : groups)
        total += static_cast<int64_t>(g.indices.size());
    map.candidates = static_cast<int>(total);

    // Beyond the cap, the same share of every set and class (at least one each), chosen by
    // a seeded shuffle so the same run always shows the same points.
    std::vector<torch::Tensor> rowBlocks;
    auto gen = at::detail::createCPUGenerator(0);
    for (auto &g : groups) {
        const int64_t n = static_cast<int64_t>(g.indices.size());
        std::vector<int64_t> keep(static_cast<size_t>(n));
        std::iota(keep.begin(), keep.end(), 0);
        if (total > request.maxPoints && n > 0) {
            const int64_t share = std::max<int64_t>(1, n * request.maxPoints / total);
            const auto chosen = torch::randperm(n, gen).narrow(0, 0, std::min(share, n));
            const auto order = std::get<0>(chosen.sort()).contiguous();
            keep.assign(order.data_ptr<int64_t>(), order.data_ptr<int64_t>() + order.numel());
        }
        if (keep.empty())
            continue;
        std::vector<int64_t> indices, rows;
        for (int64_t k : keep) {
            MapPoint point;
            point.set = QString::fromStdString(g.set);
            point.label = static_cast<int>(g.label);
            point.index = static_cast<int>(g.indices[static_cast<size_t>(k)]);
            point.indexInClass = static_cast<int>(k);
            map.points.push_back(point);
            indices.push_back(point.index);
            if (!g.rows.empty())
                rows.push_back(g.rows[static_cast<size_t>(k)]);
        }
        const auto indexRows = indexTensor(indices);
        const auto &images = pixels(g.set).images;
        const auto tiles = images.index_select(0, indexRows);
        for (int64_t i = 0; i < tiles.size(0); ++i)
            map.tiles.push_back(toQImage(tiles[i]));
        rowBlocks.push_back(g.set == "real" ? m_poolFeatures.index_select(0, indexTensor(rows))
                                            : rowsFor(g.set, space, indexRows));
    }
    if (map.points.size() < 2)
        throw itgan::ConfigError("the map needs at least two points; this run has " + std::to_string(map.points.size()));

    const auto rowsAll = torch::cat(rowBlocks);
    const auto axes = itgan::principalAxes(rowsAll, 2);
    if (axes.axes.size(0) < 2)
        throw itgan::ConfigError("the map needs two directions of variation; these points vary along "
                                 + std::to_string(axes.axes.size(0)));
    const auto xy = itgan::projectOnto(axes, rowsAll);
    for (int64_t i = 0; i < xy.size(0); ++i)
        map.points[static_cast<int>(i)].position = pointAt(xy, i);
    map.explained = QVector<double>(axes.explained.begin(), axes.explained.end());
    map.mean = toVector(axes.mean);
    map.axes = {toVector(axes.axes[0]), toVector(axes.axes[1])};

    addTracks(map, axes, inFeatures);
    if (inFeatures)
        addRealClassMeans(map, axes);
    return map;
}

void MapSets::addTracks(LatentMap &map, const itgan::PrincipalAxes &axes, bool inFeatures)
{
    // IT-GAN's trajectories: each tracked latent's position at every history step, under the
    // map's projection (kMaxTracks of the shown IT-GAN points at most, evenly spread).
    std::vector<int> shown;
    for (int i = 0; i < map.points.size(); ++i)
        if (map.points[i].set == QLatin1String("itgan"))
            shown.push_back(i);
    if (shown.empty() || m_historySteps.empty())
        return;
    const size_t stride = std::max<size_t>(1, (shown.size() + kMaxTracks - 1) / kMaxTracks);
    std::vector<int64_t> trackedIndices;
    for (size_t i = 0; i < shown.size(); i += stride) {
        MapTrack track;
        track.point = shown[i];
        map.tracks.push_back(track);
        trackedIndices.push_back(map.points[shown[i]].index);
    }
    const auto rows = indexTensor(trackedIndices);
    const auto labels = m_latents.at("itgan").labels.index_select(0, rows);
    for (size_t s = 0; s < m_historySteps.size(); ++s) {
        map.steps.push_back(m_historySteps[s]);
        const auto z = m_historyLatents[s].index_select(0, rows);
        const auto stepRows = inFeatures ? featuresOf(itgan::generatePixels(m_generator, {z, labels, {}}, m_data)) : z;
        const auto xy = itgan::projectOnto(axes, stepRows);
        for (int t = 0; t < map.tracks.size(); ++t)
            map.tracks[t].positions.push_back(pointAt(xy, t));
    }
}

void MapSets::addRealClassMeans(LatentMap &map, const itgan::PrincipalAxes &axes)
{
    // Eq. 2 matches each class's mean ψ of real and synthetic images: the real means, from the
    // whole stratified pool, under the map's projection.
    buildPool();
    const int64_t classes = m_data.numClasses();
    const auto means = m_poolFeatures.narrow(0, 0, m_poolPerClass * classes).view({classes, m_poolPerClass, -1}).mean(1);
    const auto xy = itgan::projectOnto(axes, means);
    for (int64_t c = 0; c < classes; ++c)
        map.realClassMeans.push_back(pointAt(xy, c));
}

NearestReal MapSets::nearestReal(const std::string &set, int index, int k)
{
    buildPool();
    const auto &images = pixels(set);
    if (index < 0 || index >= images.size())
        throw itgan::ConfigError("image " + std::to_string(index) + " of the \"" + set + "\" set does not exist (it has "
                                 + std::to_string(images.size()) + ")");
    torch::Tensor query;
    if (set == "real") {
        // A real image of the pool is searched with its own pool features (bit-identical: its
        // nearest neighbour is itself at distance 0); any other is embedded now.
        const auto at = m_poolIndices.eq(index).nonzero();
        query = at.numel() > 0 ? m_poolFeatures[at[0][0].item<int64_t>()].unsqueeze(0)
                               : featuresOf(images.images.narrow(0, index, 1));
    } else {
        query = features(set).narrow(0, index, 1);
    }
    const int64_t count = std::min<int64_t>(k, m_poolIndices.size(0));
    const auto found = itgan::nearestNeighbours(query, m_poolFeatures, count);
    NearestReal result;
    result.set = QString::fromStdString(set);
    result.index = index;
    result.query = toQImage(images.images[index]);
    result.poolSize = static_cast<int>(m_poolIndices.size(0));
    for (int64_t j = 0; j < count; ++j) {
        const int64_t real = m_poolIndices[found.indices[0][j].item<int64_t>()].item<int64_t>();
        result.realIndices.push_back(static_cast<int>(real));
        result.neighbours.push_back(toQImage(m_data.train.images[real]));
        result.distances.push_back(found.distances[0][j].item<double>());
    }
    return result;
}

NearestRealSummary MapSets::nearestRealSummary()
{
    buildPool();
    NearestRealSummary summary;
    summary.poolSize = static_cast<int>(m_poolIndices.size(0));
    for (const auto &name : names()) {
        const auto found = itgan::nearestNeighbours(features(name), m_poolFeatures, 1);
        summary.medianToReal.insert(QString::fromStdString(name), itgan::medianOf(found.distances));
    }
    // Real to real: the first kRealToRealPerClass of each class's seeded choice, each against
    // the pool without itself.
    const int64_t classes = m_data.numClasses();
    std::vector<int64_t> rows;
    for (int64_t c = 0; c < classes; ++c)
        for (int64_t j = 0; j < std::min(kRealToRealPerClass, m_poolPerClass); ++j)
            rows.push_back(c * m_poolPerClass + j);
    const auto queryRows = indexTensor(rows);
    const auto found = itgan::nearestNeighbours(m_poolFeatures.index_select(0, queryRows), m_poolFeatures, 1, queryRows);
    summary.medianRealToReal = itgan::medianOf(found.distances);
    return summary;
}

} // namespace studio
