#include "core/kernels/ScaleShiftRelu.h"

#include "core/base/Errors.h"
#include "core/kernels/CpuClones.h"

#include <ATen/Parallel.h>

#include <algorithm>

namespace itgan {
namespace {

ITGAN_CPU_CLONES void scaleShiftReluPlane(const float *__restrict__ x,
                                                                                     int64_t n, float scale, float shift,
                                                                                     float *__restrict__ out)
{
    for (int64_t i = 0; i < n; ++i)
        out[i] = std::max(0.0f, x[i] * scale + shift);
}

// d relu(x·s + b)/dx = s where the output is positive, else 0.
ITGAN_CPU_CLONES void scaleShiftReluPlaneBackward(
    const float *__restrict__ gradOut, const float *__restrict__ out, int64_t n, float scale, float *__restrict__ gradIn)
{
    for (int64_t i = 0; i < n; ++i)
        gradIn[i] = out[i] > 0.0f ? gradOut[i] * scale : 0.0f;
}

// Runs `plane(p, offset)` for every (image, channel) plane p, in parallel.
template <typename Plane>
void forEachPlane(int64_t planes, const Plane &plane)
{
    at::parallel_for(0, planes, 16, [&](int64_t begin, int64_t end) {
        for (int64_t p = begin; p < end; ++p)
            plane(p);
    });
}

torch::Tensor scaleShiftRelu(const torch::Tensor &x, const torch::Tensor &scale, const torch::Tensor &shift)
{
    auto out = torch::empty_like(x, at::MemoryFormat::Contiguous);
    const int64_t planeSize = x.size(2) * x.size(3);
    const float *src = x.data_ptr<float>(), *s = scale.data_ptr<float>(), *b = shift.data_ptr<float>();
    float *dst = out.data_ptr<float>();
    forEachPlane(x.size(0) * x.size(1), [&](int64_t p) {
        scaleShiftReluPlane(src + p * planeSize, planeSize, s[p], b[p], dst + p * planeSize);
    });
    return out;
}

struct ScaleShiftReluFunction : public torch::autograd::Function<ScaleShiftReluFunction> {
    static torch::Tensor forward(torch::autograd::AutogradContext *ctx, const torch::Tensor &x,
                                 const torch::Tensor &scale, const torch::Tensor &shift)
    {
        auto out = scaleShiftRelu(x, scale, shift);
        ctx->save_for_backward({out, scale});
        return out;
    }

    static torch::autograd::variable_list backward(torch::autograd::AutogradContext *ctx,
                                                   torch::autograd::variable_list gradOutputs)
    {
        const auto saved = ctx->get_saved_variables();
        const auto &out = saved[0], &scale = saved[1];
        const auto gradOut = gradOutputs[0].to(torch::kFloat).contiguous();
        auto gradIn = torch::empty_like(out);
        const int64_t planeSize = out.size(2) * out.size(3);
        const float *g = gradOut.data_ptr<float>(), *o = out.data_ptr<float>(), *s = scale.data_ptr<float>();
        float *gi = gradIn.data_ptr<float>();
        forEachPlane(out.size(0) * out.size(1), [&](int64_t p) {
            scaleShiftReluPlaneBackward(g + p * planeSize, o + p * planeSize, planeSize, s[p], gi + p * planeSize);
        });
        return {gradIn, torch::Tensor(), torch::Tensor()};
    }
};

} // namespace

torch::Tensor frozenScaleShiftRelu(const torch::Tensor &input, const torch::Tensor &scaleIn, const torch::Tensor &shiftIn)
{
    if (input.dim() != 4 || input.scalar_type() != torch::kFloat || !input.device().is_cpu())
        throw ModelError("scale-shift-ReLU: expected a float CPU tensor [N,C,H,W], got " + c10::str(input.sizes()));
    const std::vector<int64_t> perPlane{input.size(0), input.size(1)};
    if (scaleIn.sizes() != torch::IntArrayRef(perPlane) || shiftIn.sizes() != torch::IntArrayRef(perPlane))
        throw ModelError("scale-shift-ReLU: scale " + c10::str(scaleIn.sizes()) + " and shift " + c10::str(shiftIn.sizes())
                         + " must be [N, C] = " + c10::str(torch::IntArrayRef(perPlane)));
    const bool grad = torch::GradMode::is_enabled();
    if (grad && (scaleIn.requires_grad() || shiftIn.requires_grad()))
        throw ModelError("scale-shift-ReLU: only a frozen scale and shift are supported (one requires a gradient)");
    const auto x = input.contiguous();
    const auto scale = scaleIn.detach().to(torch::kFloat).contiguous(), shift = shiftIn.detach().to(torch::kFloat).contiguous();
    return grad && x.requires_grad() ? ScaleShiftReluFunction::apply(x, scale, shift) : scaleShiftRelu(x, scale, shift);
}

} // namespace itgan
