// Matching objectives against the reference scripts (shared/fixtures/losses.pt).
#include "TestSupport.h"

#include "core/condensation/Losses.h"
#include "core/nets/NetworkFactory.h"

#include <QtTest>

using namespace itgan;

class LossesConformanceTest : public QObject {
    Q_OBJECT

private:
    TensorMap m_fx;

    // Relative 1e-5 holds on every CPU: the losses reduce stored features and images (no
    // network in between to amplify rounding), and a blocked float32 sum of M terms errs by
    // about u·log2(M) relative — 6e-8 · 17 ≈ 1e-6 for the largest (64 × 2 048 features), a
    // tenth of the bound. The end-to-end DM step runs a ConvNet-3, whose float32 rounding
    // tst_network_conformance measures at ~1.6e-6 of max|ref|. Passes natively and capped
    // to AVX2 (tst_losses_conformance_avx2).
    void expectRelClose(const torch::Tensor &got, const std::string &key)
    {
        const torch::Tensor want = m_fx.at(key);
        QVERIFY2(test::closeTo(got, want, 1e-7, 1e-5), qPrintable(test::describeDiff(key, got, want)));
    }

private slots:
    void initTestCase() { m_fx = test::loadFixture("losses.pt"); }

    void distributionMatching()
    {
        auto syn = m_fx.at("dm.feat_syn").clone().requires_grad_(true);
        auto loss = distributionMatchingLoss(m_fx.at("dm.feat_real"), syn);
        expectRelClose(loss, "dm.loss");
        loss.backward();
        expectRelClose(syn.grad(), "dm.grad_feat_syn");
    }

    void itganObjectiveAndRegulariser()
    {
        auto syn = m_fx.at("dm.feat_syn").clone().requires_grad_(true);
        auto reg = pairRegulariser(syn, m_fx.at("itgan.feat_pair_real"));
        auto con = distributionMatchingLoss(m_fx.at("dm.feat_real"), syn);
        expectRelClose(reg, "itgan.loss_reg");
        expectRelClose(con, "itgan.loss_cond");
        auto total = itganObjective(con, reg, m_fx.at("itgan.ratio_div").item<double>());
        expectRelClose(total, "itgan.loss");
        total.backward();
        expectRelClose(syn.grad(), "itgan.grad_feat_syn");
    }

    void ganInversion()
    {
        // The per-image terms the inversion job minimises (GanInversion.cpp); the fixture's
        // means over all elements equal the means of the per-image means (equal sizes).
        const auto e = inversionImageErrors(m_fx.at("dm.feat_syn"), m_fx.at("itgan.feat_pair_real"), m_fx.at("inv.img_syn"),
                                            m_fx.at("inv.img_real"));
        QCOMPARE(e.feature.size(0), m_fx.at("inv.img_syn").size(0));
        expectRelClose(e.feature.mean(), "inv.loss_feat");
        expectRelClose(e.pixel.mean(), "inv.loss_pixel");
        expectRelClose(e.feature.mean() + 1.0 * e.pixel.mean(), "inv.loss");
    }

    void gradientMatchingDistances()
    {
        const int64_t n = m_fx.at("gw.num").item<int64_t>();
        std::vector<torch::Tensor> real, syn;
        for (int64_t i = 0; i < n; ++i) {
            real.push_back(m_fx.at("gw_real." + std::to_string(i)));
            syn.push_back(m_fx.at("gw_syn." + std::to_string(i)));
            expectRelClose(layerGradientDistance(real.back(), syn.back()), "gw.layer_dist." + std::to_string(i));
        }
        QCOMPARE(layerGradientDistance(real[1], syn[1]).item<float>(), 0.0f); // a bias: ignored
        expectRelClose(gradientMatchingLoss(syn, real, GradientDistance::Layerwise), "gw.dist_ours");
        expectRelClose(gradientMatchingLoss(syn, real, GradientDistance::Mse), "gw.dist_mse");
        expectRelClose(gradientMatchingLoss(syn, real, GradientDistance::Cosine), "gw.dist_cos");
    }

    void distributionMatchingEndToEndThroughTheFixtureConvNet()
    {
        const TensorMap net = test::loadFixture("convnet_cifar.pt");
        auto model = createNetwork({"convnet", 3, 10, 32});
        loadStateDict(*model, net, "param.", true, "convnet_cifar.pt");
        model->train();
        torch::Tensor realFeatures;
        {
            torch::NoGradGuard noGrad;
            realFeatures = model->embed(m_fx.at("dm_e2e.real"));
        }
        auto syn = m_fx.at("dm_e2e.syn").clone().requires_grad_(true);
        auto loss = distributionMatchingLoss(realFeatures, model->embed(syn));
        expectRelClose(loss, "dm_e2e.loss");
        loss.backward();
        const auto &want = m_fx.at("dm_e2e.grad_syn");
        QVERIFY2(test::closeTo(syn.grad(), want), qPrintable(test::describeDiff("dm_e2e.grad_syn", syn.grad(), want)));
    }
};

QTEST_GUILESS_MAIN(LossesConformanceTest)
#include "tst_losses_conformance.moc"
