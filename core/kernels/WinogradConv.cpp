#include "core/kernels/WinogradConv.h"

#include "core/base/Errors.h"
#include "core/kernels/WinogradF43.h"

#include <ATen/Parallel.h>
#include <oneapi/dnnl/dnnl.hpp>

#include <array>
#include <cstdlib>
#include <map>
#include <mutex>
#include <unordered_map>

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

// One convolution shape's primitive (forward, or gradient w.r.t. the input) and the
// reorders between LibTorch's NCHW and the blocked layouts the Winograd kernel works in.
// Immutable once built and reused by every call on the thread that built it.
struct ShapePrimitive {
    dnnl::primitive primitive;
    memory::desc in, out, weights, bias; // the primitive's layouts (bias: forward only)
    memory::desc scratchpad;             // this primitive's scratch memory, passed per call
    memory::desc userIn, userOut;        // NCHW
    dnnl::reorder toIn, fromOut;
    // Backward weights only: its second input (the output gradient) and its outputs.
    memory::desc gradIn, userGradIn, diffWeights, userDiffWeights, diffBias;
    dnnl::reorder gradToIn, fromDiffWeights;
};

enum class Pass { Forward, BackwardData, BackwardWeights };
// pass, N, Cin, Cout, H, W, padding, threads. A oneDNN primitive sizes its scratch memory
// for the thread count at creation and must never run with more threads, so the thread
// count is part of the key.
using ShapeKey = std::array<int64_t, 8>;

// Scratch memory is passed with each call ("user" mode). With oneDNN's default
// library-managed scratchpad, a Winograd primitive built on one thread crashed when run on
// another (oneDNN 2.6; reproduced without LibTorch). Primitives are also kept per thread
// (primitiveFor), which user mode alone did not make safe in the studio.
dnnl::primitive_attr userScratchpad()
{
    dnnl::primitive_attr attr;
    attr.set_scratchpad_mode(dnnl::scratchpad_mode::user);
    return attr;
}

memory::desc anyLayout(const Dims &dims)
{
    return memory::desc(dims, memory::data_type::f32, memory::format_tag::any);
}

// A reorder between LibTorch's plain layout and a primitive's blocked one, built in user
// scratchpad mode like the primitives; between plain and blocked layouts it needs no scratch
// memory at all (a layout that would is refused as "no kernel").
dnnl::reorder layoutReorder(const memory::desc &from, const memory::desc &to)
{
    const dnnl::reorder::primitive_desc pd(cpuEngine(), from, cpuEngine(), to, userScratchpad());
    if (pd.scratchpad_desc().get_size() != 0)
        throw dnnl::error(dnnl_unimplemented, "layout reorder needs scratch memory");
    return dnnl::reorder(pd);
}

dnnl::convolution_forward::primitive_desc forwardDesc(const ShapeKey &k, dnnl::prop_kind kind)
{
    const int64_t outH = k[4] + 2 * k[6] - 2, outW = k[5] + 2 * k[6] - 2;
    const dnnl::convolution_forward::desc desc(kind, dnnl::algorithm::convolution_winograd, anyLayout({k[1], k[2], k[4], k[5]}),
                                               anyLayout({k[3], k[2], 3, 3}), anyLayout({k[3]}),
                                               anyLayout({k[1], k[3], outH, outW}), {1, 1}, {k[6], k[6]}, {k[6], k[6]});
    return dnnl::convolution_forward::primitive_desc(desc, userScratchpad(), cpuEngine());
}

std::shared_ptr<const ShapePrimitive> buildPrimitive(const ShapeKey &k)
{
    auto p = std::make_shared<ShapePrimitive>();
    if (static_cast<Pass>(k[0]) == Pass::Forward) {
        const auto pd = forwardDesc(k, dnnl::prop_kind::forward_inference);
        p->primitive = dnnl::convolution_forward(pd);
        p->in = pd.src_desc();
        p->out = pd.dst_desc();
        p->weights = pd.weights_desc();
        p->bias = pd.bias_desc();
        p->scratchpad = pd.scratchpad_desc();
    } else if (static_cast<Pass>(k[0]) == Pass::BackwardData) {
        const auto hint = forwardDesc(k, dnnl::prop_kind::forward_training);
        const dnnl::convolution_backward_data::desc desc(dnnl::algorithm::convolution_winograd, hint.src_desc(),
                                                         hint.weights_desc(), hint.dst_desc(), {1, 1}, {k[6], k[6]},
                                                         {k[6], k[6]});
        const dnnl::convolution_backward_data::primitive_desc pd(desc, userScratchpad(), cpuEngine(), hint);
        p->primitive = dnnl::convolution_backward_data(pd);
        p->in = pd.diff_dst_desc();
        p->out = pd.diff_src_desc();
        p->weights = pd.weights_desc();
        p->scratchpad = pd.scratchpad_desc();
    } else {
        // in = the forward's input, gradIn = the output's gradient; out = the weights'
        // gradient (reordered to OIHW), diffBias plain.
        const auto hint = forwardDesc(k, dnnl::prop_kind::forward_training);
        const dnnl::convolution_backward_weights::desc desc(dnnl::algorithm::convolution_winograd, hint.src_desc(),
                                                            hint.weights_desc(), hint.bias_desc(), hint.dst_desc(),
                                                            {1, 1}, {k[6], k[6]}, {k[6], k[6]});
        const dnnl::convolution_backward_weights::primitive_desc pd(desc, userScratchpad(), cpuEngine(), hint);
        p->primitive = dnnl::convolution_backward_weights(pd);
        p->in = pd.src_desc();
        p->gradIn = pd.diff_dst_desc();
        p->diffWeights = pd.diff_weights_desc();
        p->diffBias = pd.diff_bias_desc();
        p->scratchpad = pd.scratchpad_desc();
        p->userIn = plainDesc(p->in.dims(), memory::format_tag::nchw);
        p->userGradIn = plainDesc(p->gradIn.dims(), memory::format_tag::nchw);
        p->userDiffWeights = plainDesc(p->diffWeights.dims(), memory::format_tag::oihw);
        p->toIn = layoutReorder(p->userIn, p->in);
        p->gradToIn = layoutReorder(p->userGradIn, p->gradIn);
        p->fromDiffWeights = layoutReorder(p->diffWeights, p->userDiffWeights);
        return p;
    }
    p->userIn = plainDesc(p->in.dims(), memory::format_tag::nchw);
    p->userOut = plainDesc(p->out.dims(), memory::format_tag::nchw);
    p->toIn = layoutReorder(p->userIn, p->in);
    p->fromOut = layoutReorder(p->out, p->userOut);
    return p;
}

// The primitive for one shape, or null where oneDNN has no Winograd kernel for it (it
// also depends on padding and size, not only on the channel counts available() probes);
// the caller then uses LibTorch's convolution for that shape.
std::shared_ptr<const ShapePrimitive> primitiveFor(const ShapeKey &key)
{
    // One cache per thread: the studio's worker and explorer threads never share a
    // primitive (sharing one between threads crashed inside oneDNN's Winograd kernel).
    thread_local std::map<ShapeKey, std::shared_ptr<const ShapePrimitive>> cache;
    auto found = cache.find(key);
    if (found == cache.end()) {
        std::shared_ptr<const ShapePrimitive> built;
        try {
            built = buildPrimitive(key);
        } catch (const dnnl::error &) {
            // left null: no kernel for this shape
        }
        found = cache.emplace(key, built).first;
    }
    return found->second;
}

// oneDNN memory over a LibTorch-owned buffer, so allocations go through LibTorch's
// allocator (tuned once for the whole process, core/base/MemoryTuning.h).
memory bufferMemory(const memory::desc &desc, torch::Tensor &owner)
{
    owner = torch::empty({static_cast<int64_t>(desc.get_size())}, torch::kUInt8);
    return memory(desc, cpuEngine(), owner.data_ptr());
}

} // namespace

// The weights (or bias) reordered into one primitive's layout, redone only when a later
// primitive wants another layout. Outside the anonymous namespace because
// WinogradConv3x3::State, a class with external linkage, holds it.
struct ReorderedParameter {
    memory::desc layout;
    torch::Tensor buffer;
    memory data;

    const memory &in(const memory::desc &wanted, const torch::Tensor &source, memory::format_tag sourceTag,
                     dnnl::stream &stream)
    {
        if (!data || layout != wanted) {
            Dims dims(source.sizes().begin(), source.sizes().end());
            memory user(plainDesc(dims, sourceTag), cpuEngine(), source.data_ptr());
            data = bufferMemory(wanted, buffer);
            dnnl::reorder(user, data).execute(stream, user, data);
            layout = wanted;
        }
        return data;
    }
};

namespace {

// Runs one pass: NCHW input → the primitive's layout → primitive → NCHW output.
torch::Tensor runPass(const ShapePrimitive &p, const torch::Tensor &input, const std::unordered_map<int, memory> &parameters,
                      int inArg, int outArg, dnnl::stream &stream)
{
    memory userIn(p.userIn, cpuEngine(), input.data_ptr());
    torch::Tensor inBuffer, outBuffer;
    memory in = bufferMemory(p.in, inBuffer), out = bufferMemory(p.out, outBuffer);
    p.toIn.execute(stream, userIn, in);
    torch::Tensor scratchBuffer;
    std::unordered_map<int, memory> args = parameters;
    args[inArg] = in;
    args[outArg] = out;
    if (p.scratchpad.get_size() != 0)
        args[DNNL_ARG_SCRATCHPAD] = bufferMemory(p.scratchpad, scratchBuffer);
    p.primitive.execute(stream, args);
    const auto dims = p.userOut.dims();
    auto result = torch::empty({dims[0], dims[1], dims[2], dims[3]}, input.options());
    memory userOut(p.userOut, cpuEngine(), result.data_ptr());
    p.fromOut.execute(stream, out, userOut);
    stream.wait();
    return result;
}

} // namespace

struct WinogradConv3x3::State {
    torch::Tensor weight, bias; // contiguous float copies of the parameters
    int64_t padding = 1;
    Status kernel = Status::NoKernel;
    ReorderedParameter forwardWeights, forwardBias, backwardWeights; // oneDNN's layouts
    torch::Tensor ownForward, ownBackward; // the own kernel's transformed weights, made on first use
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
    m_state->kernel = status(weight.size(1), weight.size(0));
}

WinogradConv3x3::~WinogradConv3x3() = default;

WinogradConv3x3::Status WinogradConv3x3::status(int64_t inChannels, int64_t outChannels)
{
    auto environmentFlag = [](const char *name) {
        const char *value = std::getenv(name);
        return value && *value && std::string(value) != "0";
    };
    static const bool disabled = environmentFlag("ITGAN_NO_WINOGRAD"), ownFirst = environmentFlag("ITGAN_OWN_WINOGRAD");
    if (disabled)
        return Status::DisabledByEnvironment;
    if (ownFirst && ownWinogradSupported() && std::min(inChannels, outChannels) >= kOwnMinChannels)
        return Status::Own;
    static std::mutex mutex;
    static std::map<std::pair<int64_t, int64_t>, Status> known;
    std::lock_guard<std::mutex> lock(mutex);
    const auto key = std::make_pair(inChannels, outChannels);
    auto found = known.find(key);
    if (found == known.end()) {
        Status kernel = Status::OneDnn;
        try {
            // The weight gradient is not probed: where oneDNN lacks it for a shape,
            // backwardWeights falls back to LibTorch's.
            for (Pass pass : {Pass::Forward, Pass::BackwardData})
                buildPrimitive({static_cast<int64_t>(pass), 16, inChannels, outChannels, 8, 8, 1, at::get_num_threads()});
        } catch (const dnnl::error &) {
            // No oneDNN Winograd kernel for this CPU or these channel counts.
            kernel = ownWinogradSupported() && std::min(inChannels, outChannels) >= kOwnMinChannels ? Status::Own
                                                                                                    : Status::NoKernel;
        }
        found = known.emplace(key, kernel).first;
    }
    return found->second;
}

bool WinogradConv3x3::available(int64_t inChannels, int64_t outChannels)
{
    const Status kernel = status(inChannels, outChannels);
    return kernel == Status::OneDnn || kernel == Status::Own;
}

torch::Tensor WinogradConv3x3::forward(const torch::Tensor &input)
{
    State &s = *m_state;
    if (input.dim() != 4 || input.scalar_type() != torch::kFloat || !input.device().is_cpu()
        || input.size(1) != s.weight.size(1))
        throw ModelError("Winograd convolution: expected a float CPU tensor [N," + std::to_string(s.weight.size(1))
                         + ",H,W], got " + c10::str(input.sizes()));
    if (s.kernel == Status::Own) {
        if (!s.ownForward.defined())
            s.ownForward = winogradF43Weights(s.weight);
        return winogradF43Forward(input, s.ownForward, s.bias, s.padding);
    }
    if (s.kernel != Status::OneDnn)
        return torch::conv2d(input, s.weight, s.bias, 1, s.padding);
    const auto x = input.contiguous();
    const auto p = primitiveFor({static_cast<int64_t>(Pass::Forward), x.size(0), x.size(1), s.weight.size(0), x.size(2),
                                 x.size(3), s.padding, at::get_num_threads()});
    if (!p)
        return torch::conv2d(x, s.weight, s.bias, 1, s.padding);
    dnnl::stream stream(cpuEngine());
    const auto &weights = s.forwardWeights.in(p->weights, s.weight, memory::format_tag::oihw, stream);
    const auto &bias = s.forwardBias.in(p->bias, s.bias, memory::format_tag::a, stream);
    return runPass(*p, x, {{DNNL_ARG_WEIGHTS, weights}, {DNNL_ARG_BIAS, bias}}, DNNL_ARG_SRC, DNNL_ARG_DST, stream);
}

torch::Tensor WinogradConv3x3::backwardData(const torch::Tensor &gradOutput, int64_t inputHeight, int64_t inputWidth)
{
    State &s = *m_state;
    const int64_t outH = inputHeight + 2 * s.padding - 2, outW = inputWidth + 2 * s.padding - 2;
    if (gradOutput.dim() != 4 || gradOutput.scalar_type() != torch::kFloat || gradOutput.size(1) != s.weight.size(0)
        || gradOutput.size(2) != outH || gradOutput.size(3) != outW)
        throw ModelError("Winograd convolution: expected an output gradient [N," + std::to_string(s.weight.size(0)) + ","
                         + std::to_string(outH) + "," + std::to_string(outW) + "], got " + c10::str(gradOutput.sizes()));
    // The input gradient of a stride-1 convolution is the transposed convolution: a
    // convolution of the output gradient with the kernels flipped and their channels swapped,
    // padded by 2 − padding.
    if (s.kernel == Status::Own && s.padding <= 2) {
        if (!s.ownBackward.defined())
            s.ownBackward = winogradF43Weights(s.weight.flip({2, 3}).transpose(0, 1));
        return winogradF43Forward(gradOutput, s.ownBackward, torch::Tensor(), 2 - s.padding);
    }
    const auto g = gradOutput.contiguous();
    if (s.kernel != Status::OneDnn)
        return torch::conv_transpose2d(g, s.weight, {}, 1, s.padding);
    const auto p = primitiveFor({static_cast<int64_t>(Pass::BackwardData), g.size(0), s.weight.size(1), s.weight.size(0),
                                 inputHeight, inputWidth, s.padding, at::get_num_threads()});
    if (!p) // the input gradient of a stride-1 convolution is the transposed convolution
        return torch::conv_transpose2d(g, s.weight, {}, 1, s.padding);
    dnnl::stream stream(cpuEngine());
    const auto &weights = s.backwardWeights.in(p->weights, s.weight, memory::format_tag::oihw, stream);
    return runPass(*p, g, {{DNNL_ARG_WEIGHTS, weights}}, DNNL_ARG_DIFF_DST, DNNL_ARG_DIFF_SRC, stream);
}

WinogradConv3x3::ParameterGradients WinogradConv3x3::backwardWeights(const torch::Tensor &input,
                                                                     const torch::Tensor &gradOutput)
{
    State &s = *m_state;
    const int64_t outH = input.dim() == 4 ? input.size(2) + 2 * s.padding - 2 : -1,
                  outW = input.dim() == 4 ? input.size(3) + 2 * s.padding - 2 : -1;
    if (input.dim() != 4 || input.size(1) != s.weight.size(1) || gradOutput.dim() != 4
        || gradOutput.size(0) != input.size(0) || gradOutput.size(1) != s.weight.size(0) || gradOutput.size(2) != outH
        || gradOutput.size(3) != outW)
        throw ModelError("Winograd convolution: an output gradient " + c10::str(gradOutput.sizes()) + " does not belong to the input "
                         + c10::str(input.sizes()));
    const auto x = input.to(torch::kFloat).contiguous(), g = gradOutput.to(torch::kFloat).contiguous();
    if (s.kernel == Status::Own)
        return {winogradF43WeightGradient(x, g, s.padding), g.sum({0, 2, 3})};
    const auto p = s.kernel != Status::OneDnn ? nullptr : primitiveFor({static_cast<int64_t>(Pass::BackwardWeights), x.size(0), x.size(1), s.weight.size(0),
                                 x.size(2), x.size(3), s.padding, at::get_num_threads()});
    if (!p) { // LibTorch's own weight gradient for this shape
        const auto grads = at::convolution_backward(g, x, s.weight, {{s.weight.size(0)}}, {1, 1}, {s.padding, s.padding},
                                                    {1, 1}, false, {0, 0}, 1, {false, true, true});
        return {std::get<1>(grads), std::get<2>(grads)};
    }
    dnnl::stream stream(cpuEngine());
    memory userIn(p->userIn, cpuEngine(), x.data_ptr()), userGrad(p->userGradIn, cpuEngine(), g.data_ptr());
    torch::Tensor inBuffer, gradBuffer, diffWeightsBuffer, scratchBuffer;
    memory in = bufferMemory(p->in, inBuffer), grad = bufferMemory(p->gradIn, gradBuffer),
           diffWeights = bufferMemory(p->diffWeights, diffWeightsBuffer);
    ParameterGradients result{torch::empty_like(s.weight), torch::empty_like(s.bias)};
    memory diffBias(p->diffBias, cpuEngine(), result.bias.data_ptr());
    p->toIn.execute(stream, userIn, in);
    p->gradToIn.execute(stream, userGrad, grad);
    std::unordered_map<int, memory> args{{DNNL_ARG_SRC, in},
                                         {DNNL_ARG_DIFF_DST, grad},
                                         {DNNL_ARG_DIFF_WEIGHTS, diffWeights},
                                         {DNNL_ARG_DIFF_BIAS, diffBias}};
    if (p->scratchpad.get_size() != 0)
        args[DNNL_ARG_SCRATCHPAD] = bufferMemory(p->scratchpad, scratchBuffer);
    p->primitive.execute(stream, args);
    memory userDiffWeights(p->userDiffWeights, cpuEngine(), result.weight.data_ptr());
    p->fromDiffWeights.execute(stream, diffWeights, userDiffWeights);
    stream.wait();
    return result;
}

namespace {

// Autograd node: the forward and the gradients through Winograd — the input's, and the
// weights' and bias's when they are trained (a classifier in training).
struct WinogradConvFunction : public torch::autograd::Function<WinogradConvFunction> {
    static torch::Tensor forward(torch::autograd::AutogradContext *ctx, const torch::Tensor &x,
                                 const torch::Tensor &weight, const torch::Tensor &bias, int64_t padding)
    {
        const bool trained = weight.requires_grad() || bias.requires_grad();
        // The input is kept only for the weights' gradient.
        ctx->save_for_backward({weight, bias, trained ? x : torch::Tensor()});
        ctx->saved_data["padding"] = padding;
        ctx->saved_data["height"] = x.size(2);
        ctx->saved_data["width"] = x.size(3);
        return WinogradConv3x3(weight, bias, padding).forward(x);
    }

    static torch::autograd::variable_list backward(torch::autograd::AutogradContext *ctx,
                                                   torch::autograd::variable_list gradOutputs)
    {
        const auto saved = ctx->get_saved_variables();
        const torch::Tensor &weight = saved[0], &bias = saved[1], &x = saved[2];
        WinogradConv3x3 conv(weight, bias, ctx->saved_data["padding"].toInt());
        torch::Tensor gradInput, gradWeight, gradBias;
        if (ctx->needs_input_grad(0))
            gradInput = conv.backwardData(gradOutputs[0], ctx->saved_data["height"].toInt(), ctx->saved_data["width"].toInt());
        if (ctx->needs_input_grad(1) || ctx->needs_input_grad(2)) {
            auto grads = conv.backwardWeights(x, gradOutputs[0]);
            gradWeight = grads.weight.to(weight.scalar_type());
            if (ctx->needs_input_grad(2))
                gradBias = grads.bias.to(bias.scalar_type());
        }
        return {gradInput, gradWeight, gradBias, torch::Tensor()};
    }
};

} // namespace

bool winogradApplies(const torch::Tensor &x, const torch::Tensor &weight, const torch::Tensor &bias, int64_t stride)
{
    // Maps smaller than one 4×4 output tile waste most of it: VGG11's 2×2 maps at 512 channels made a
    // training step of 256 images 1.02 s through Winograd against 0.76 s with them direct.
    constexpr int64_t minSide = 4;
    return x.scalar_type() == torch::kFloat && x.device().is_cpu() && x.dim() == 4 && x.size(2) >= minSide
           && x.size(3) >= minSide && stride == 1 && weight.dim() == 4
           && weight.size(2) == 3 && weight.size(3) == 3 && weight.scalar_type() == torch::kFloat && weight.device().is_cpu()
           && (!bias.defined() || bias.scalar_type() == torch::kFloat)
           && WinogradConv3x3::available(weight.size(1), weight.size(0));
}

torch::Tensor winogradConv2d(const torch::Tensor &x, const torch::Tensor &weight, const torch::Tensor &bias,
                             int64_t padding)
{
    const bool anyGradient = torch::GradMode::is_enabled()
                             && (x.requires_grad() || weight.requires_grad() || (bias.defined() && bias.requires_grad()));
    // A convolution without bias (ResNet's) runs with zeros, which need no gradient (autograd
    // nodes take no undefined inputs).
    const auto b = bias.defined() ? bias : torch::zeros({weight.size(0)}, torch::kFloat);
    if (!anyGradient)
        return WinogradConv3x3(weight, b, padding).forward(x);
    return WinogradConvFunction::apply(x, weight, b, padding);
}

torch::Tensor convolveFast(torch::nn::Conv2dImpl &conv, const torch::Tensor &x)
{
    const auto &o = conv.options;
    const auto *padding = c10::get_if<torch::ExpandingArray<2>>(&o.padding());
    const bool plain = o.stride()->at(0) == 1 && o.stride()->at(1) == 1 && o.dilation()->at(0) == 1
                       && o.dilation()->at(1) == 1 && o.groups() == 1 && padding && (*padding)->at(0) == (*padding)->at(1)
                       && c10::get_if<torch::enumtype::kZeros>(&o.padding_mode());
    if (plain && winogradApplies(x, conv.weight, conv.bias, 1))
        return winogradConv2d(x, conv.weight, conv.bias, (*padding)->at(0));
    return conv.forward(x);
}

torch::Tensor forwardConvolvingFast(torch::nn::Sequential &layers, torch::Tensor x)
{
    for (auto &layer : *layers) {
        if (auto *conv = layer.ptr()->as<torch::nn::Conv2dImpl>())
            x = convolveFast(*conv, x);
        else
            x = layer.forward(x);
    }
    return x;
}

} // namespace itgan
