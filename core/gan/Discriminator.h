#pragma once
// Class-conditional projection discriminators with spectral norm (core/README.md: Networks, GAN training):
// D(x, y) = ψ(h) + <embed(y), h>, h = sum-pooled features of x.
#include "core/generators/SpectralNorm.h"

#include <memory>
#include <string>

namespace itgan {

class Discriminator : public torch::nn::Module {
public:
    virtual torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &y) = 0; // logits [N]
};

using DiscriminatorPtr = std::shared_ptr<Discriminator>;

// The output head shared by both discriminators.
class ProjectionHeadImpl : public torch::nn::Module {
public:
    ProjectionHeadImpl(int64_t features, int64_t numClasses);
    torch::Tensor forward(const torch::Tensor &h, const torch::Tensor &y);

private:
    SNLinear m_linear{nullptr};
    SNLinear m_embed{nullptr}; // applied to one-hot labels: a spectrally normalised class embedding
    int64_t m_numClasses;
};
TORCH_MODULE(ProjectionHead);

// BigGAN's 32x32 discriminator: four residual DBlocks of 4·D_ch channels; the first two
// down-sample by 2x2 average pooling (32 -> 16 -> 8), as in the CIFAR architecture.
class BigGanDiscriminatorImpl : public Discriminator {
public:
    BigGanDiscriminatorImpl(int64_t width, int64_t numClasses, int64_t inputChannels);
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &y) override;

private:
    struct Block {
        SNConv2d conv1{nullptr}, conv2{nullptr}, shortcut{nullptr};
        bool downsample;
        bool preactivation;
    };
    std::vector<Block> m_blocks;
    ProjectionHead m_head{nullptr};
};

// The light pair's discriminator: strided SN convolutions with leaky ReLU.
class DcganDiscriminatorImpl : public Discriminator {
public:
    DcganDiscriminatorImpl(int64_t width, int64_t numClasses, int64_t inputChannels);
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &y) override;

private:
    std::vector<SNConv2d> m_convs;
    ProjectionHead m_head{nullptr};
};

// "biggan32" or "dcgan32".
DiscriminatorPtr createDiscriminator(const std::string &arch, int64_t width, int64_t numClasses, int64_t inputChannels);

} // namespace itgan
