#include "core/evaluation/EvaluationSettings.h"

#include "core/augment/DsaAugment.h"
#include "core/nets/NetworkFactory.h"

namespace itgan {

const ConfigSchema<EvaluationSettings> &evaluationSchema()
{
    using C = EvaluationSettings;
    static const ConfigSchema<C> schema(
        "evaluation",
        {textListField("architectures", &C::architectures,
                       "Architectures to train: convnet, resnet18, resnet18bn, vgg11, vgg11bn, vgg19, wrn-16-8, "
                       "mobilenetv2, convnet:<options>",
                       {}, "Tab. 3")
             .option("arch")
             .checkedBy(checkArchitectureName),
         numberField("runs", &C::runs, 1, 1000, "Classifiers trained from scratch per set and architecture", "§3.1"),
         numberField("epochs", &C::epochs, 1, 1e6, "Training epochs per run", "§3.1"),
         integerMapField("epochs_per_set", &C::epochsPerSet, 1, 1e6, "Epochs for particular sets, e.g. {\"real\": 8}"),
         numberField("batch_size", &C::batchSize, 1, 1e6, "Batch size").option("batch"),
         numberField("learning_rate", &C::learningRate, 1e-12, 1e6, "Initial SGD learning rate (×0.1 at half the epochs)")
             .option("lr")
             .logarithmic(),
         numberField("momentum", &C::momentum, 0, 1, "SGD momentum"),
         numberField("weight_decay", &C::weightDecay, 0, 1, "SGD weight decay"),
         textField("dsa_strategy", &C::dsaStrategy,
                   "DSA on every batch: auto (the dataset's default), none, or a strategy like "
                   "color_crop_cutout_flip_scale_rotate")
             .checkedBy(checkDsaStrategy)
             .option("dsa"),
         numberField("test_every", &C::testEvery, 0, 1e9, "Test every N epochs (0 = about 10 times; the last epoch always)"),
         numberField("test_probe", &C::testProbe, 0, 1e9,
                     "Test images for the curve's points before the last epoch: a fixed class-balanced subset "
                     "(0 = the whole test set; the last epoch always tests the whole set)"),
         numberField("seed", &C::seed, 0, kAnyCount, "Seed of run 0 (run r uses seed + r)")});
    return schema;
}

TrainingConfig trainingConfigFor(const EvaluationSettings &s, const std::string &set, const std::string &arch,
                                 bool allowsHorizontalFlip)
{
    TrainingConfig t;
    t.arch = arch;
    const auto override = s.epochsPerSet.find(set);
    t.epochs = override != s.epochsPerSet.end() ? override->second : s.epochs;
    t.batchSize = s.batchSize;
    t.learningRate = s.learningRate;
    t.momentum = s.momentum;
    t.weightDecay = s.weightDecay;
    t.dsaStrategy = resolveDsaStrategy(s.dsaStrategy, allowsHorizontalFlip);
    t.testEvery = s.testEvery;
    t.testProbe = s.testProbe;
    t.seed = s.seed;
    return t;
}

} // namespace itgan
