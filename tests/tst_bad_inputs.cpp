// The bad-input matrix (issue 13, "Prove it"): every row hands the `itgan` CLI one bad
// dataset, tensor or model file, configuration, command-line value or run folder, and
// asserts what a user must get — an exit code in 1..127 (no crash, no abort), a message
// that names the file, key or option and what was expected (no backtrace), and a folder
// tree exactly as it was before (nothing pre-existing changed, nothing half-made left).
#include "TestSupport.h"

#include "core/io/BundledModels.h"
#include "core/io/RunDirectory.h"
#include "core/io/TensorIo.h"

#include <QProcess>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <map>

namespace fs = std::filesystem;
using namespace itgan;

namespace {

std::string bytesOf(const std::vector<char> &bytes) { return std::string(bytes.begin(), bytes.end()); }

// IDX bytes: magic (type byte 0x08 = uint8), dimensions, payload.
std::string idx(uint8_t dims, const std::vector<uint32_t> &sizes, const std::string &payload, uint8_t type = 0x08)
{
    std::string out = {0, 0, static_cast<char>(type), static_cast<char>(dims)};
    for (uint32_t size : sizes)
        for (int shift : {24, 16, 8, 0})
            out.push_back(static_cast<char>((size >> shift) & 0xFF));
    return out + payload;
}

// A train + t10k IDX pair of 10 images 2×2, labels 0..9; `labels` overrides the train labels.
void writeIdxFolder(const std::string &dir, const std::string &trainLabels = "")
{
    std::string labels;
    for (int i = 0; i < 10; ++i)
        labels.push_back(static_cast<char>(i));
    const std::string pixels(40, '\x7f');
    test::writeFileBytes(dir + "/train-images-idx3-ubyte", idx(3, {10, 2, 2}, pixels));
    test::writeFileBytes(dir + "/train-labels-idx1-ubyte", trainLabels.empty() ? idx(1, {10}, labels) : trainLabels);
    test::writeFileBytes(dir + "/t10k-images-idx3-ubyte", idx(3, {10, 2, 2}, pixels));
    test::writeFileBytes(dir + "/t10k-labels-idx1-ubyte", idx(1, {10}, labels));
}

// CIFAR-10 batches of two records each (label byte + 3072 pixels); `badLabel` in batch 3.
void writeCifarFolder(const std::string &dir, char badLabel, bool truncate)
{
    const auto records = [](char label) {
        std::string r;
        for (int i = 0; i < 2; ++i)
            r += std::string(1, label) + std::string(3072, '\x40');
        return r;
    };
    for (int b = 1; b <= 5; ++b) {
        std::string batch = records(b == 3 ? badLabel : static_cast<char>(b));
        if (truncate && b == 2)
            batch.resize(batch.size() - 100);
        test::writeFileBytes(dir + "/data_batch_" + std::to_string(b) + ".bin", batch);
    }
    test::writeFileBytes(dir + "/test_batch.bin", records(1));
}

} // namespace

class BadInputTest : public QObject {
    Q_OBJECT

private:
    std::string m_dir; // every fixture of the matrix; the commands run here

    std::string path(const std::string &name) const { return m_dir + "/" + name; }

private slots:
    void initTestCase()
    {
        m_dir = test::makeTempDir("bad-inputs");
        const std::string generator = bundledModelPath(kBundledGenerator);
        const std::string classifier = bundledModelPath(kBundledClassifier);
        const std::string generatorBytes = bytesOf(readFileBytes(generator));

        // A finished small inversion run, and damaged copies of it.
        const auto made = test::runProgram(ITGAN_CLI_PATH, {"invert", "-k", "1", "--iterations", "2", "--checkpoint-every",
                                                            "1", "--threads", "1", "--out", QString::fromStdString(path("run"))});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        for (const char *copy : {"run-badjson", "run-flipped", "run-unfinished", "run-edited"})
            fs::copy(path("run"), path(copy), fs::copy_options::recursive);
        test::writeFileBytes(path("run-badjson/config.json"), "{\"method\": \"inversion\",");
        std::string checkpoint = bytesOf(readFileBytes(path("run/checkpoint.pt")));
        checkpoint[checkpoint.size() / 2] ^= 0x04;
        test::writeFileBytes(path("run-flipped/checkpoint.pt"), checkpoint);
        fs::remove(path("run-unfinished/latents.pt"));
        std::string config = bytesOf(readFileBytes(path("run/config.json")));
        const auto at = config.find("\"iterations\": 2");
        QVERIFY(at != std::string::npos);
        config.replace(at, 15, "\"iterations\": 3");
        test::writeFileBytes(path("run-edited/config.json"), config);
        // Somebody's own folder (not a run) and their file in it.
        test::writeFileBytes(path("user/latents.pt"), "my own latents");

        // Tensor and model files.
        test::writeFileBytes(path("junk.pt"), "junk");
        test::writeFileBytes(path("empty.pt"), "");
        test::writeFileBytes(path("truncated.pt"), generatorBytes.substr(0, generatorBytes.size() / 2));
        std::string flipped = generatorBytes;
        flipped[flipped.size() / 3] ^= 0x01;
        test::writeFileBytes(path("flipped.pt"), flipped);
        fs::copy_file(classifier, path("classifier.pt"));
        saveTensor(torch::randn({2, 7}), path("z_size7.pt"));
        saveTensor(torch::full({2, 128}, std::nan("")), path("z_nan.pt"));
        saveTensor(torch::randn({2, 128}), path("z_ok.pt"));
        saveTensor(torch::tensor({0, 12}, torch::kInt64), path("y_12.pt"));
        saveTensor(torch::tensor({0, 1}, torch::kInt64), path("y_ok.pt"));
        saveTensor(torch::randn({2, 3, 28, 28}), path("input_rgb.pt"));
        const auto labels = torch::arange(10, torch::kInt64);
        saveTensorMap({{"images", torch::zeros({10, 1, 28, 28}, torch::kUInt8)}, {"labels", labels + 1}},
                      path("set_label10.pt"));
        saveTensorMap({{"images", torch::full({10, 1, 28, 28}, std::nan(""))}, {"labels", labels}}, path("set_nan.pt"));
        saveTensorMap({{"images", torch::zeros({10, 1, 5, 5}, torch::kUInt8)}, {"labels", labels}}, path("set_5x5.pt"));
        saveTensorMap({{"images", torch::zeros({10, 1, 28, 28}, torch::kUInt8)}}, path("set_nolabels.pt"));
        saveTensorMap({{"images", torch::zeros({10, 1, 28, 28}, torch::kUInt8)}, {"labels", labels}}, path("set_ok.pt"));
        saveTensorMap({{"latents", torch::randn({10, 7})}, {"labels", labels}}, path("latents_size7.pt"));

        // Datasets.
        test::writeFileBytes(path("a-file"), "not a folder");
        fs::create_directories(path("empty-folder"));
        writeIdxFolder(path("idx-magic"));
        test::writeFileBytes(path("idx-magic/train-images-idx3-ubyte"), "\x12\x34\x56\x78" + std::string(100, '\0'));
        writeIdxFolder(path("idx-type"));
        test::writeFileBytes(path("idx-type/train-images-idx3-ubyte"), idx(3, {10, 2, 2}, std::string(40, '\0'), 0x0D));
        writeIdxFolder(path("idx-truncated"));
        test::writeFileBytes(path("idx-truncated/train-images-idx3-ubyte"), idx(3, {10, 2, 2}, std::string(30, '\0')));
        std::string nine;
        for (int i = 0; i < 9; ++i)
            nine.push_back(static_cast<char>(i));
        writeIdxFolder(path("idx-count"), idx(1, {9}, nine));
        writeIdxFolder(path("idx-label10"), idx(1, {10}, nine + std::string(1, '\x0a')));
        writeIdxFolder(path("idx-gz"));
        fs::remove(path("idx-gz/train-labels-idx1-ubyte"));
        test::writeFileBytes(path("idx-gz/train-labels-idx1-ubyte.gz"), std::string("\x1f\x8b\x08\x00", 4) + "garbage");
        writeCifarFolder(path("cifar-label"), static_cast<char>(10), false);
        writeCifarFolder(path("cifar-truncated"), 1, true);
        test::writeFileBytes(path("images-bad/cat/a.png"), "not a png");
        test::writeFileBytes(path("images-bad/dog/b.png"), "not a png either");

        // Configurations.
        test::writeFileBytes(path("cfg-invalid.json"), "{\"itgan\": ");
        test::writeFileBytes(path("cfg-unknown.json"), "{\"itgan\": {\"lambdaa\": 0.1}}");
        test::writeFileBytes(path("cfg-type.json"), "{\"itgan\": {\"iterations\": \"ten\"}}");
        test::writeFileBytes(path("cfg-fraction.json"), "{\"itgan\": {\"iterations\": 2.5}}");
        test::writeFileBytes(path("cfg-nosets.json"), "{\"sets\": []}");
        test::writeFileBytes(path("cfg-badset.json"), "{\"sets\": [\"itgan\", \"bogus\"]}");
        test::writeFileBytes(path("cfg-duplicate.json"), "{\"itgan\": {\"lambda\": 0.1, \"lambda\": 0.2}}");
        test::writeFileBytes(path("cfg-lambda.json"), "{\"itgan\": {\"lambda\": -1}}");
        test::writeFileBytes(path("cfg-array.json"), "[1, 2, 3]");
        test::writeFileBytes(path("cfg-epochs.json"), "{\"evaluation\": {\"epochs\": 0}}");
        test::writeFileBytes(path("cfg-arch.json"), "{\"evaluation\": {\"architectures\": [\"convnet\", \"resnet19\"]}}");
        test::writeFileBytes(path("cfg-dsa.json"), "{\"evaluation\": {\"dsa_strategy\": \"color_warp\"}}");
        test::writeFileBytes(path("cfg-embedding.json"), "{\"itgan\": {\"embedding_arch\": \"convnet:width=0\"}}");
    }

    void cleanupTestCase() { fs::remove_all(m_dir); }

    void rejectedWithAClearMessageAndNothingChanged_data()
    {
        QTest::addColumn<QStringList>("args");     // "@/" stands for the fixtures' folder
        QTest::addColumn<QStringList>("expected"); // every one must appear in the message
        const auto row = [](const char *name, const QStringList &args, const QStringList &expected) {
            QTest::newRow(name) << args << expected;
        };
        // Datasets
        row("dataset missing", {"dataset-info", "--dataset", "@/nowhere"}, {"@/nowhere", "neither a known name"});
        row("dataset is a file", {"dataset-info", "--dataset", "@/a-file"}, {"@/a-file", "expected a folder"});
        row("dataset empty folder", {"dataset-info", "--dataset", "@/empty-folder"}, {"@/empty-folder", "IDX files"});
        row("dataset mnist without folder", {"dataset-info", "--dataset", "mnist"}, {"mnist", "pass the folder"});
        row("idx bad magic", {"dataset-info", "--dataset", "@/idx-magic"}, {"train-images-idx3-ubyte", "magic"});
        row("idx element type", {"dataset-info", "--dataset", "@/idx-type"}, {"train-images-idx3-ubyte", "element type"});
        row("idx truncated", {"dataset-info", "--dataset", "@/idx-truncated"}, {"train-images-idx3-ubyte"});
        row("idx label count", {"dataset-info", "--dataset", "@/idx-count"}, {"train-labels-idx1-ubyte", "9"});
        row("idx label 10", {"dataset-info", "--dataset", "@/idx-label10"}, {"train-labels-idx1-ubyte", "10"});
        row("idx corrupt gzip", {"dataset-info", "--dataset", "@/idx-gz"}, {"train-labels-idx1-ubyte.gz"});
        row("cifar label 10", {"dataset-info", "--dataset", "@/cifar-label"}, {"data_batch_3.bin", "10"});
        row("cifar truncated", {"dataset-info", "--dataset", "@/cifar-truncated"}, {"data_batch_2.bin"});
        row("image folder of junk", {"dataset-info", "--dataset", "@/images-bad"}, {"a.png"});
        row("invert on a bad dataset", {"invert", "--dataset", "@/idx-label10", "--out", "@/out"},
            {"train-labels-idx1-ubyte"});
        // Generator and network files
        row("generator junk", {"generator-info", "@/junk.pt"}, {"@/junk.pt"});
        row("generator empty", {"generator-info", "@/empty.pt"}, {"@/empty.pt"});
        row("generator truncated", {"generator-info", "@/truncated.pt"}, {"@/truncated.pt", "truncated"});
        row("generator flipped byte", {"generator-info", "@/flipped.pt"}, {"@/flipped.pt", "damaged"});
        row("generator is a classifier", {"generator-info", "@/classifier.pt"}, {"@/classifier.pt"});
        row("generator is a folder", {"generator-info", "@/user"}, {"@/user"});
        row("generator missing", {"sample", "--generator", "@/nothing.pt", "--out", "@/out.png"}, {"@/nothing.pt"});
        row("invert with a junk generator", {"invert", "--generator", "@/junk.pt", "--out", "@/out"}, {"@/junk.pt"});
        row("invert with a flipped generator", {"invert", "--generator", "@/flipped.pt", "--out", "@/out"},
            {"@/flipped.pt", "damaged"});
        row("invert with a junk feature net", {"invert", "--feature-net", "@/junk.pt", "--out", "@/out"}, {"@/junk.pt"});
        row("feature net of another arch", {"invert", "--feature-arch", "resnet18", "--out", "@/out"},
            {"convnet_fmnist.pt", "resnet18"});
        row("predict input of 3 channels", {"predict", "--weights", "@/classifier.pt", "--input", "@/input_rgb.pt",
                                            "--output", "@/logits.pt"}, {"@/input_rgb.pt", "channel", "takes 1"});
        row("predict weights missing", {"predict", "--weights", "@/nothing.pt", "--input", "@/input_rgb.pt",
                                        "--output", "@/logits.pt"}, {"@/nothing.pt"});
        row("predict input junk", {"predict", "--weights", "@/classifier.pt", "--input", "@/junk.pt", "--output",
                                   "@/logits.pt"}, {"@/junk.pt"});
        // Latent and image-set files
        row("sample z of size 7", {"sample", "--generator", "bundled", "--z", "@/z_size7.pt", "--y", "@/y_ok.pt", "--out", "@/out.pt"},
            {"@/z_size7.pt", "128"});
        row("sample z NaN", {"sample", "--generator", "bundled", "--z", "@/z_nan.pt", "--y", "@/y_ok.pt", "--out", "@/out.pt"},
            {"@/z_nan.pt", "NaN"});
        row("sample y of class 12", {"sample", "--generator", "bundled", "--z", "@/z_ok.pt", "--y", "@/y_12.pt", "--out",
                                     "@/out.pt"}, {"@/y_12.pt", "12"});
        row("sample z junk", {"sample", "--generator", "bundled", "--z", "@/junk.pt", "--y", "@/y_ok.pt", "--out", "@/out.pt"}, {"@/junk.pt"});
        row("evaluate labels 1..10", {"evaluate", "--images", "@/set_label10.pt", "--out", "@/out"},
            {"@/set_label10.pt", "10"});
        row("evaluate NaN pixels", {"evaluate", "--images", "@/set_nan.pt", "--out", "@/out"}, {"@/set_nan.pt", "NaN"});
        row("evaluate 5x5 images", {"evaluate", "--images", "@/set_5x5.pt", "--out", "@/out"}, {"@/set_5x5.pt", "28"});
        row("evaluate without labels", {"evaluate", "--images", "@/set_nolabels.pt", "--out", "@/out"},
            {"@/set_nolabels.pt", "labels"});
        row("evaluate missing set", {"evaluate", "--images", "@/nothing.pt", "--out", "@/out"}, {"@/nothing.pt"});
        row("condense latents of size 7", {"condense", "--from", "@/latents_size7.pt", "--out", "@/out"},
            {"@/latents_size7.pt", "128"});
        // Run folders
        row("condense from a non-run", {"condense", "--from", "@/user", "--out", "@/out"}, {"@/user", "inversion run"});
        row("condense from an unfinished run", {"condense", "--from", "@/run-unfinished", "--out", "@/out"},
            {"@/run-unfinished/latents.pt", "not finished"});
        row("export from a non-run", {"export", "--from", "@/user", "--format", "npy", "--out", "@/out"}, {"@/user"});
        row("export onto its source", {"export", "--from", "@/run", "--format", "npy", "--out", "@/run", "--force"},
            {"@/run"});
        row("export onto a parent", {"export", "--from", "@/run", "--format", "npy", "--out", "@", "--force"}, {"@/run"});
        row("export over a user folder", {"export", "--from", "@/run", "--format", "npy", "--out", "@/user", "--force"},
            {"@/user"});
        row("invert into a user folder", {"invert", "--out", "@/user"}, {"@/user"});
        row("invert over a finished run", {"invert", "--out", "@/run"}, {"@/run", "--resume"});
        row("resume a damaged checkpoint", {"invert", "--out", "@/run-flipped", "--resume"},
            {"@/run-flipped/checkpoint.pt", "damaged"});
        row("resume an edited config", {"invert", "--out", "@/run-edited", "--resume"},
            {"@/run-edited/config.json", "inversion.iterations"});
        row("resume with another lr", {"invert", "--out", "@/run", "--resume", "--lr", "0.5"},
            {"--lr", "inversion.learning_rate"});
        row("resume config not JSON", {"invert", "--out", "@/run-badjson", "--resume"}, {"@/run-badjson/config.json"});
        row("predict over an output", {"predict", "--weights", "@/classifier.pt", "--input", "@/z_ok.pt", "--output",
                                       "@/junk.pt"}, {"@/junk.pt", "--force"});
        // Configurations
        row("config missing", {"compare", "--config", "@/nothing.json", "--out", "@/out"}, {"@/nothing.json"});
        row("config not JSON", {"compare", "--config", "@/cfg-invalid.json", "--out", "@/out"}, {"@/cfg-invalid.json"});
        row("config unknown key", {"compare", "--config", "@/cfg-unknown.json", "--out", "@/out"}, {"itgan.lambdaa"});
        row("config wrong type", {"compare", "--config", "@/cfg-type.json", "--out", "@/out"}, {"itgan.iterations"});
        row("config fraction", {"compare", "--config", "@/cfg-fraction.json", "--out", "@/out"}, {"itgan.iterations", "2.5"});
        row("config no sets", {"compare", "--config", "@/cfg-nosets.json", "--out", "@/out"}, {"sets"});
        row("config unknown set", {"compare", "--config", "@/cfg-badset.json", "--out", "@/out"}, {"bogus"});
        row("config duplicate key", {"compare", "--config", "@/cfg-duplicate.json", "--out", "@/out"},
            {"@/cfg-duplicate.json", "lambda", "twice"});
        row("config negative lambda", {"compare", "--config", "@/cfg-lambda.json", "--out", "@/out"}, {"itgan.lambda"});
        row("config not an object", {"compare", "--config", "@/cfg-array.json", "--out", "@/out"}, {"@/cfg-array.json"});
        row("config 0 epochs", {"compare", "--config", "@/cfg-epochs.json", "--out", "@/out"}, {"evaluation.epochs"});
        row("config unknown architecture", {"compare", "--config", "@/cfg-arch.json", "--out", "@/out"},
            {"evaluation.architectures", "unknown architecture 'resnet19'"});
        row("config unknown DSA operation", {"compare", "--config", "@/cfg-dsa.json", "--out", "@/out"},
            {"evaluation.dsa_strategy", "warp"});
        row("config bad embedding network", {"compare", "--config", "@/cfg-embedding.json", "--out", "@/out"},
            {"width=0"});
        row("preset unknown", {"compare", "--preset", "bogus", "--out", "@/out"}, {"bogus"});
        // Command-line values
        row("lr 0", {"invert", "--lr", "0", "--out", "@/out"}, {"--lr"});
        row("lr negative", {"invert", "--lr", "-1", "--out", "@/out"}, {"--lr"});
        row("lr not a number", {"invert", "--lr", "fast", "--out", "@/out"}, {"--lr", "fast"});
        row("iterations 0", {"invert", "--iterations", "0", "--out", "@/out"}, {"--iterations"});
        row("k 0", {"invert", "-k", "0", "--out", "@/out"}, {"--images-per-class", "inversion.images_per_class"});
        row("k beyond the dataset", {"invert", "-k", "7000", "--out", "@/out"}, {"7000"});
        row("batch 0", {"invert", "--batch", "0", "--out", "@/out"}, {"--batch"});
        row("lambda negative", {"condense", "--from", "@/run", "--lambda", "-1", "--out", "@/out"}, {"--lambda"});
        row("objective unknown", {"condense", "--from", "@/run", "--objective", "bogus", "--out", "@/out"},
            {"--objective", "bogus"});
        row("dsa unknown", {"dm", "--dsa", "bogus", "--out", "@/out"}, {"bogus"});
        row("real batch 0", {"dm", "--real-batch", "0", "--out", "@/out"}, {"--real-batch"});
        row("threads negative", {"invert", "--threads", "-3", "--out", "@/out"}, {"--threads"});
        row("threads absurd", {"invert", "--threads", "100000", "--out", "@/out"}, {"--threads"});
        row("device unknown", {"invert", "--device", "gpu", "--out", "@/out"},
            {"--device", "\"gpu\"", "expected cpu, cuda or cuda:N"});
        row("device not in this machine", {"evaluate", "--images", "@/set_ok.pt", "--device", "cuda:99", "--out", "@/out"},
            {"--device", "cuda:99", "cannot use CUDA device 99"});
        row("device of a compare", {"compare", "--device", "tpu", "--out", "@/out"}, {"compare.device", "tpu"});
        row("seed negative", {"sample", "--generator", "bundled", "--seed", "-1", "--out", "@/out.png"}, {"--seed"});
        row("arch unknown", {"evaluate", "--images", "@/set_ok.pt", "--arch", "bogus", "--out", "@/out"},
            {"--arch", "unknown architecture 'bogus'", "known: convnet"});
        row("runs negative", {"train-classifier", "--runs", "-1", "--out", "@/out"}, {"--runs"});
        row("epochs 0", {"train-classifier", "--epochs", "0", "--out", "@/out"}, {"--epochs"});
        row("export format unknown", {"export", "--from", "@/run", "--format", "gif", "--out", "@/out"}, {"--format", "gif"});
        row("launch 0 ranks", {"launch", "-n", "0", "--", "invert", "--out", "@/out"}, {"--ranks"});
        row("unknown command", {"condence", "--out", "@/out"}, {"condence"});
        row("gan steps 0", {"train-gan", "--steps", "0", "--out", "@/out"}, {"--steps"});
    }

    void rejectedWithAClearMessageAndNothingChanged()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, expected);
        const QString root = QString::fromStdString(m_dir);
        for (QString &arg : args)
            arg.replace(QStringLiteral("@"), root);
        const auto before = test::treeOf(m_dir);
        const auto r = test::runProgram(ITGAN_CLI_PATH, args, QProcessEnvironment::systemEnvironment(), 120000);
        const QString message = r.err + r.out;
        QVERIFY2(r.exitCode >= 1 && r.exitCode <= 127,
                 qPrintable(QString("exit %1 for %2:\n%3").arg(r.exitCode).arg(args.join(' '), message)));
        for (QString part : expected) {
            part.replace(QStringLiteral("@"), root);
            QVERIFY2(message.contains(part), qPrintable(QString("\"%1\" not named in:\n%2").arg(part, message)));
        }
        // A library's backtrace or exception type is not a message.
        for (const char *noise : {"Exception raised from", "frame #", "terminate called", "std::bad_alloc",
                                  "type_error", "c10::Error"})
            QVERIFY2(!message.contains(QLatin1String(noise)), qPrintable(message));
        const auto after = test::treeOf(m_dir);
        QVERIFY2(after == before, qPrintable("the folder changed: " + test::describeTreeChange(before, after)));
    }
};

QTEST_GUILESS_MAIN(BadInputTest)
#include "tst_bad_inputs.moc"
