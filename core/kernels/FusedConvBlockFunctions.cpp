// Autograd nodes for the fused ConvNet blocks (declared in core/kernels/FusedConvBlocks.h). Kept
// apart from the kernels: that file is compiled with OpenMP and without the precompiled
// header, this one is ordinary LibTorch code.
#include "core/kernels/FusedConvBlocks.h"

#include "core/base/Errors.h"

namespace itgan {
namespace {

using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

struct NormReluPoolFunction : public torch::autograd::Function<NormReluPoolFunction> {
    static torch::Tensor forward(AutogradContext *ctx, const torch::Tensor &x, const torch::Tensor &gamma,
                                 const torch::Tensor &beta, double eps)
    {
        torch::Tensor statistics;
        const auto xc = x.contiguous();
        auto out = instanceNormReluAvgPool(xc, gamma, beta, eps, &statistics);
        ctx->save_for_backward({xc, gamma, beta, statistics});
        return out;
    }

    static variable_list backward(AutogradContext *ctx, variable_list gradOutputs)
    {
        const auto s = ctx->get_saved_variables();
        // Training (trainable γ, β) needs their gradients too; the frozen paths skip them.
        const bool affine = ctx->needs_input_grad(1) || ctx->needs_input_grad(2);
        NormAffineGradients parameterGradients;
        auto gradInput =
            instanceNormReluAvgPoolBackward(gradOutputs[0], s[0], s[1], s[2], s[3], affine ? &parameterGradients : nullptr);
        return {gradInput, parameterGradients.gamma, parameterGradients.beta, torch::Tensor()};
    }
};

struct FirstBlockFunction : public torch::autograd::Function<FirstBlockFunction> {
    static torch::Tensor forward(AutogradContext *ctx, const torch::Tensor &x, const torch::Tensor &weight,
                                 const torch::Tensor &bias, int64_t padding, const torch::Tensor &gamma,
                                 const torch::Tensor &beta, double eps)
    {
        torch::Tensor statistics;
        const auto xc = x.contiguous();
        auto out = firstConvBlock(xc, weight, bias, padding, gamma, beta, eps, &statistics);
        ctx->save_for_backward({xc, weight, bias, gamma, beta, statistics});
        ctx->saved_data["padding"] = padding;
        return out;
    }

    static variable_list backward(AutogradContext *ctx, variable_list gradOutputs)
    {
        const auto s = ctx->get_saved_variables();
        // needs_input_grad counts the tensor inputs only: x, weight, bias, gamma, beta.
        const bool parameters = ctx->needs_input_grad(1) || ctx->needs_input_grad(2) || ctx->needs_input_grad(3)
                                || ctx->needs_input_grad(4);
        const FirstBlockGradients grads =
            firstConvBlockGradients(gradOutputs[0], s[0], s[1], s[2], ctx->saved_data["padding"].toInt(), s[3], s[4], s[5],
                                    ctx->needs_input_grad(0), parameters);
        return {grads.input, grads.weight, grads.bias, torch::Tensor(), grads.gamma, grads.beta, torch::Tensor()};
    }
};

} // namespace

torch::Tensor fusedInstanceNormReluAvgPool(const torch::Tensor &x, const torch::Tensor &gamma, const torch::Tensor &beta,
                                           double eps)
{
    const bool anyGradient = torch::GradMode::is_enabled()
                             && (x.requires_grad() || gamma.requires_grad() || beta.requires_grad());
    return anyGradient ? NormReluPoolFunction::apply(x, gamma, beta, eps) : instanceNormReluAvgPool(x, gamma, beta, eps);
}

torch::Tensor fusedFirstConvBlock(const torch::Tensor &x, const torch::Tensor &weight, const torch::Tensor &bias,
                                  int64_t padding, const torch::Tensor &gamma, const torch::Tensor &beta, double eps)
{
    const bool anyGradient = torch::GradMode::is_enabled()
                             && (x.requires_grad() || weight.requires_grad() || bias.requires_grad()
                                 || gamma.requires_grad() || beta.requires_grad());
    return anyGradient ? FirstBlockFunction::apply(x, weight, bias, padding, gamma, beta, eps)
                       : firstConvBlock(x, weight, bias, padding, gamma, beta, eps);
}

} // namespace itgan
