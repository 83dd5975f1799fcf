#include "core/WinogradConv.h"

#include "core/Errors.h"

#include <oneapi/dnnl/dnnl.hpp>

#include <array>
#include <cstdlib>
#include <map>
#include <mutex>

namespace itgan {
namespace {

using dnnl::memory;
using Dims = memory::dims;

dnnl::engine &cpuEngine()
{
    static dnnl::engine engine(dnnl::engine::kind::cpu, 0);
    return engine;
}

memory::desc plainDesc(const Dims &dims, memory::format_tag tag)
{
    return memory::desc(dims, memory::data_type::f32, tag);
}

// One convolution shape's primitive and the reorders between LibTorch's NCHW and the
// blocked layouts the Winograd kernel works in. Immutable once built, so shared.
struct ShapePrimitive {
    dnnl::convolution_forward::primitive_desc pd;
    dnnl::convolution_forward conv;
    memory::desc userSrc, userDst;
    dnnl::reorder toSrc, fromDst;
};

using ShapeKey = std::array<int64_t, 6>; // N, Cin, Cout, H, W, padding

dnnl::convolution_forward::primitive_desc makeWinogradDesc(const ShapeKey &k)
{
    const auto any = [](const Dims &dims) { return memory::desc(dims, memory::data_type::f32, memory::format_tag::any); };
    const int64_t outH = k[3] + 2 * k[5] - 2, outW = k[4] + 2 * k[5] - 2;
    const dnnl::convolution_forward::desc desc(
        dnnl::prop_kind::forward_inference, dnnl::algorithm::convolution_winograd, any({k[0], k[1], k[3], k[4]}),
        any({k[2], k[1], 3, 3}), any({k[2]}), any({k[0], k[2], outH, outW}), {1, 1}, {k[5], k[5]}, {k[5], k[5]});
    return dnnl::convolution_forward::primitive_desc(desc, cpuEngine());
}

std::shared_ptr<const ShapePrimitive> primitiveFor(const ShapeKey &key)
{
    static std::mutex mutex;
    static std::map<ShapeKey, std::shared_ptr<const ShapePrimitive>> cache;
    std::lock_guard<std::mutex> lock(mutex);
    auto found = cache.find(key);
    if (found != cache.end())
        return found->second;
    auto p = std::make_shared<ShapePrimitive>();
    p->pd = makeWinogradDesc(key);
    p->conv = dnnl::convolution_forward(p->pd);
    p->userSrc = plainDesc({key[0], key[1], key[3], key[4]}, memory::format_tag::nchw);
    p->userDst = plainDesc(p->pd.dst_desc().dims(), memory::format_tag::nchw);
    p->toSrc = dnnl::reorder(dnnl::reorder::primitive_desc(cpuEngine(), p->userSrc, cpuEngine(), p->pd.src_desc()));
    p->fromDst = dnnl::reorder(dnnl::reorder::primitive_desc(cpuEngine(), p->pd.dst_desc(), cpuEngine(), p->userDst));
    cache.emplace(key, p);
    return p;
}

// oneDNN memory over a LibTorch-owned buffer, so allocations go through LibTorch's
// allocator (tuned once for the whole process, core/MemoryTuning.h).
memory bufferMemory(const memory::desc &desc, torch::Tensor &owner)
{
    owner = torch::empty({static_cast<int64_t>(desc.get_size())}, torch::kUInt8);
    return memory(desc, cpuEngine(), owner.data_ptr());
}

} // namespace

struct WinogradConv3x3::State {
    torch::Tensor weight, bias; // contiguous float copies of the module's parameters
    int64_t padding = 1;
    memory::desc weightsDesc;   // the layout `weights` is in (depends on the primitive)
    torch::Tensor weightsBuffer, biasBuffer;
    memory weights, biasMemory;
};

WinogradConv3x3::WinogradConv3x3(const torch::Tensor &weight, const torch::Tensor &bias, int64_t padding)
    : m_state(std::make_unique<State>())
{
    if (weight.dim() != 4 || weight.size(2) != 3 || weight.size(3) != 3 || bias.numel() != weight.size(0))
        throw ModelError("Winograd convolution: expected 3x3 weights [Cout,Cin,3,3] and Cout biases, got "
                         + c10::str(weight.sizes()) + " and " + c10::str(bias.sizes()));
    m_state->weight = weight.detach().to(torch::kFloat).contiguous();
    m_state->bias = bias.detach().to(torch::kFloat).contiguous();
    m_state->padding = padding;
}

WinogradConv3x3::~WinogradConv3x3() = default;

bool WinogradConv3x3::available(int64_t inChannels, int64_t outChannels)
{
    if (const char *off = std::getenv("ITGAN_NO_WINOGRAD"); off && *off && std::string(off) != "0")
        return false;
    static std::mutex mutex;
    static std::map<std::pair<int64_t, int64_t>, bool> known;
    std::lock_guard<std::mutex> lock(mutex);
    const auto key = std::make_pair(inChannels, outChannels);
    auto found = known.find(key);
    if (found != known.end())
        return found->second;
    bool ok = true;
    try {
        makeWinogradDesc({16, inChannels, outChannels, 8, 8, 1});
    } catch (const dnnl::error &) {
        ok = false; // no Winograd kernel for this CPU or these channel counts
    }
    known.emplace(key, ok);
    return ok;
}

torch::Tensor WinogradConv3x3::forward(const torch::Tensor &input)
{
    State &s = *m_state;
    if (input.dim() != 4 || input.scalar_type() != torch::kFloat || !input.device().is_cpu()
        || input.size(1) != s.weight.size(1))
        throw ModelError("Winograd convolution: expected a float CPU tensor [N," + std::to_string(s.weight.size(1))
                         + ",H,W], got " + c10::str(input.sizes()));
    auto x = input.contiguous();
    const ShapeKey key{x.size(0), x.size(1), s.weight.size(0), x.size(2), x.size(3), s.padding};
    const auto p = primitiveFor(key);
    dnnl::stream stream(cpuEngine());

    // The weights' Winograd transform is done once per layout (the last chunk of a batch
    // may get another one from its own primitive).
    if (!s.weights || s.weightsDesc != p->pd.weights_desc()) {
        memory userWeights(plainDesc({key[2], key[1], 3, 3}, memory::format_tag::oihw), cpuEngine(), s.weight.data_ptr());
        s.weights = bufferMemory(p->pd.weights_desc(), s.weightsBuffer);
        dnnl::reorder(userWeights, s.weights).execute(stream, userWeights, s.weights);
        memory userBias(plainDesc({key[2]}, memory::format_tag::a), cpuEngine(), s.bias.data_ptr());
        s.biasMemory = bufferMemory(p->pd.bias_desc(), s.biasBuffer);
        dnnl::reorder(userBias, s.biasMemory).execute(stream, userBias, s.biasMemory);
        s.weightsDesc = p->pd.weights_desc();
    }

    memory userSrc(p->userSrc, cpuEngine(), x.data_ptr());
    torch::Tensor srcBuffer, dstBuffer;
    memory src = bufferMemory(p->pd.src_desc(), srcBuffer), dst = bufferMemory(p->pd.dst_desc(), dstBuffer);
    p->toSrc.execute(stream, userSrc, src);
    p->conv.execute(stream, {{DNNL_ARG_SRC, src}, {DNNL_ARG_WEIGHTS, s.weights}, {DNNL_ARG_BIAS, s.biasMemory},
                             {DNNL_ARG_DST, dst}});
    const auto &outDims = p->userDst.dims();
    auto out = torch::empty({outDims[0], outDims[1], outDims[2], outDims[3]}, x.options());
    memory userDst(p->userDst, cpuEngine(), out.data_ptr());
    p->fromDst.execute(stream, dst, userDst);
    stream.wait();
    return out;
}

} // namespace itgan
