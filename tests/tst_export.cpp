// Export of synthetic sets and latent bundles: every format is written completely and
// reads back (Python's torch.load and numpy when Debian's python3-torch is installed),
// outputs are never overwritten without --force and never left half-written, and a
// bundle regenerates its images bit for bit and detects tampering.
#include "TestSupport.h"

#include "core/io/BundledModels.h"
#include "core/nets/ClassifierFile.h"
#include "core/export/DatasetExport.h"
#include "core/io/RunDirectory.h"
#include "core/data/DatasetLoader.h"
#include "core/data/ImageSetFile.h"
#include "core/runs/EngineInputs.h"
#include "core/condensation/GanInversion.h"
#include "core/export/LatentBundle.h"
#include "core/condensation/PixelCondenser.h"

#include <opencv2/imgcodecs.hpp>

#include <QtTest>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using namespace itgan;

class TestExport : public QObject {
    Q_OBJECT

private:
    std::string m_root, m_inversionRun, m_dmRun;
    EngineInputs m_inputs;

    std::string path(const std::string &name) const { return (fs::path(m_root) / name).string(); }

private slots:
    void initTestCase()
    {
        m_root = test::makeTempDir("export");
        m_inputs = loadEngineInputs({});
        m_inputs.data.train = subsetPerClass(m_inputs.data.train, 10, 30, 2);
        InversionConfig inversion;
        inversion.imagesPerClass = 3;
        inversion.iterations = 2;
        m_inversionRun = path("inversion");
        runInversion(*m_inputs.generator.generator, *m_inputs.featureNet, m_inputs.data, inversion,
                     {m_inversionRun, false, m_inputs.identity});
        DmConfig dm;
        dm.imagesPerClass = 2;
        dm.iterations = 1;
        dm.realBatch = 8;
        dm.embeddingArch = "convnet:width=16";
        m_dmRun = path("dm");
        runDm(m_inputs.data, dm, {m_dmRun, false, m_inputs.identity});
    }

    void cleanupTestCase() { fs::remove_all(m_root); }

    void runSourcesRegenerateTheirImages()
    {
        const auto source = openExportSource(m_inversionRun);
        QCOMPARE(source.method, std::string("inversion"));
        QCOMPARE(source.pixels.size(), int64_t(30));
        QCOMPARE(source.pixels.images.sizes().vec(), (std::vector<int64_t>{30, 1, 28, 28}));
        QCOMPARE(source.classNames.at(9), std::string("Ankle boot"));
        const auto latents = loadLatentSet(m_inversionRun + "/latents.pt");
        QVERIFY(torch::equal(source.pixels.images, generatePixels(*m_inputs.generator.generator, latents, m_inputs.data)));
        const auto dm = openExportSource(m_dmRun);
        QCOMPARE(dm.pixels.size(), int64_t(20));
        QVERIFY(!dm.latents);
    }

    void everyFormatIsWrittenAndReadsBack()
    {
        const auto source = openExportSource(m_inversionRun);
        exportDataset(source, "png-folders", path("png"), false);
        const auto manifest = nlohmann::json::parse(std::ifstream(path("png/manifest.json")));
        QCOMPARE(manifest["count"].get<int64_t>(), int64_t(30));
        QCOMPARE(manifest["files"].size(), size_t(30));
        const std::string first = path("png/") + manifest["files"][0]["file"].get<std::string>();
        const cv::Mat image = cv::imread(first, cv::IMREAD_UNCHANGED);
        QCOMPARE(image.rows, 28);
        QCOMPARE(image.channels(), 1);
        QCOMPARE(int(image.at<uint8_t>(14, 14)), int(source.pixels.images[0][0][14][14].item<uint8_t>()));
        QVERIFY(fs::is_directory(path("png/09_Ankle_boot")));

        exportDataset(source, "npy", path("npy"), false);
        QCOMPARE(fs::file_size(path("npy/images.npy")), uintmax_t(128 + 30 * 28 * 28));
        QCOMPARE(fs::file_size(path("npy/labels.npy")), uintmax_t(128 + 30 * 8));

        exportDataset(source, "torch", path("set.pt"), false);
        // `itgan evaluate` reads our own torch export (its class names and, for a selection, its rows too).
        const Dataset reference = loadDataset({"fashion-mnist"});
        const DatasetSplit back = readImageSet(path("set.pt"), reference);
        QVERIFY(torch::equal(back.images, source.pixels.images));
        QVERIFY(torch::equal(back.labels, source.pixels.labels));
        exportDataset(selectExportRows(source, {3, 7}), "torch", path("selection.pt"), false);
        QCOMPARE(readImageSet(path("selection.pt"), reference).size(), int64_t(2));
        QVERIFY(torch::equal(readImageSet(path("selection.pt"), reference).images[1], source.pixels.images[7]));
        exportDataset(source, "cifar-bin", path("cifar"), false);
        QCOMPARE(fs::file_size(path("cifar/data_batch_1.bin")), uintmax_t(30 * (1 + 784)));
        std::ifstream bin(path("cifar/data_batch_1.bin"), std::ios::binary);
        char label = 0;
        bin.read(&label, 1);
        QCOMPARE(int(label), int(source.pixels.labels[0].item<int64_t>()));

        exportDataset(source, "bundle", path("bundle"), false);
        QVERIFY(isLatentBundle(path("bundle")));
        for (const auto &entry : fs::directory_iterator(m_root))
            QVERIFY2(entry.path().string().find(".partial-") == std::string::npos, entry.path().c_str());

        if (!test::pythonHasTorch()) {
            qInfo("Python check skipped: /usr/bin/python3 cannot import torch (install python3-torch)");
            return;
        }
        saveTensor(source.pixels.images, path("want_images.pt"));
        QString output;
        const int code = test::runPython(
            "import sys, torch, numpy as np\n"
            "d = torch.load(sys.argv[1]); want = torch.load(sys.argv[2])\n"
            "assert set(d.keys()) == {'images', 'labels', 'classes'}, d.keys()\n"
            "assert d['images'].dtype == torch.uint8 and torch.equal(d['images'], want)\n"
            "assert d['labels'].dtype == torch.int64 and d['classes'][9] == 'Ankle boot'\n"
            "x = np.load(sys.argv[3]); y = np.load(sys.argv[4])\n"
            "assert x.shape == (30, 28, 28, 1) and x.dtype == np.uint8, (x.shape, x.dtype)\n"
            "assert (x[..., 0] == want[:, 0].numpy()).all() and y.dtype == np.int64\n"
            "assert (y == d['labels'].numpy()).all()\n"
            "b = torch.load(sys.argv[5]); assert b['latents'].shape == (30, 128)\n",
            {QString::fromStdString(path("set.pt")), QString::fromStdString(path("want_images.pt")),
             QString::fromStdString(path("npy/images.npy")), QString::fromStdString(path("npy/labels.npy")),
             QString::fromStdString(path("bundle/latents.pt"))},
            &output);
        QVERIFY2(code == 0, qPrintable(output));
    }

    void bundleRegeneratesBitForBitAndDetectsTampering()
    {
        const auto bundle = readLatentBundle(path("bundle"));
        QCOMPARE(bundle.manifest["method"].get<std::string>(), std::string("inversion"));
        QCOMPARE(bundle.manifest["dataset"]["name"].get<std::string>(), std::string("fashion-mnist"));
        QVERIFY(bundle.manifest["config"].contains("lambda_pixel"));
        const auto source = openExportSource(m_inversionRun);
        QVERIFY(torch::equal(regenerateBundleImages(bundle), source.pixels.images));
        // A bundle re-exports (e.g. to torch) from its own copy of the generator.
        exportDataset(openExportSource(path("bundle")), "torch", path("from_bundle.pt"), false);

        fs::copy(path("bundle"), path("bundle-tampered"), fs::copy_options::recursive);
        {
            std::fstream f(path("bundle-tampered/latents.pt"), std::ios::in | std::ios::out | std::ios::binary);
            f.seekp(-20, std::ios::end);
            f.put('\x7f');
        }
        try {
            readLatentBundle(path("bundle-tampered"));
            QFAIL("a modified bundle must be rejected");
        } catch (const IoError &e) {
            QVERIFY2(QString(e.what()).contains("latents.pt") && QString(e.what()).contains("hash"), e.what());
        }
    }

    void existingOutputsAreKeptUnlessForced()
    {
        const auto source = openExportSource(m_dmRun);
        exportDataset(source, "npy", path("keep"), false);
        const auto before = fs::file_size(path("keep/images.npy"));
        QVERIFY_THROWS_EXCEPTION(IoError, exportDataset(source, "npy", path("keep"), false));
        QCOMPARE(fs::file_size(path("keep/images.npy")), before);
        // --force replaces it with the new content.
        exportDataset(openExportSource(m_inversionRun), "npy", path("keep"), true);
        QCOMPARE(fs::file_size(path("keep/images.npy")), uintmax_t(128 + 30 * 784));
        // DM pixels have no latent form.
        QVERIFY_THROWS_EXCEPTION(ConfigError, exportDataset(source, "bundle", path("dm-bundle"), false));
        QVERIFY(!fs::exists(path("dm-bundle")));
        QVERIFY_THROWS_EXCEPTION(ConfigError, exportDataset(source, "zip", path("x"), false));
        QVERIFY_THROWS_EXCEPTION(IoError, exportDataset(source, "npy", "/proc/itgan-export/x", false));
        QVERIFY_THROWS_EXCEPTION(IoError, openExportSource(path("no-such-run")));
    }

    // --force replaces only earlier outputs: never the source itself, a folder holding it,
    // or somebody else's folder; and a run never writes into a folder of other files.
    void aCancelledExportLeavesNothing()
    {
        const ExportSource source = openExportSource(m_inversionRun);
        for (const char *format : {"png-folders", "npy", "torch", "bundle"}) {
            CancellationToken token;
            token.cancel(); // Ctrl-C before the first image
            const std::string out = path(std::string("cancelled-") + format);
            QVERIFY_THROWS_EXCEPTION(CancelledError, exportDataset(source, format, out, false, &token));
            QVERIFY(!fs::exists(out));
            for (const auto &entry : fs::directory_iterator(m_root)) // no staging sibling left
                QVERIFY2(entry.path().filename().string().find("cancelled-") == std::string::npos, entry.path().c_str());
        }
    }

    void forceNeverDestroysInputsOrOthersFiles()
    {
        const auto source = openExportSource(m_dmRun);
        const auto sourceBytes = fs::file_size(fs::path(m_dmRun) / "images.pt");
        for (const std::string &out : {m_dmRun, m_root}) {
            try {
                exportDataset(source, "npy", out, true);
                QFAIL(qPrintable(QString::fromStdString("export over its own input " + out + " was allowed")));
            } catch (const ConfigError &e) {
                QVERIFY2(QString(e.what()).contains("destroy its own source"), e.what());
            }
        }
        QCOMPARE(fs::file_size(fs::path(m_dmRun) / "images.pt"), sourceBytes);
        fs::create_directories(path("users-folder"));
        std::ofstream(path("users-folder/notes.txt")) << "mine";
        try {
            exportDataset(source, "npy", path("users-folder"), true);
            QFAIL("a folder this program did not write was replaced");
        } catch (const IoError &e) {
            QVERIFY2(QString(e.what()).contains(".itgan-output"), e.what());
        }
        QVERIFY(fs::exists(path("users-folder/notes.txt")));
        // An earlier output carries the marker and may be replaced.
        exportDataset(source, "npy", path("ours"), false);
        QVERIFY(fs::exists(path("ours/.itgan-output")));
        // What a killed export left beside its target is cleared by the next export there.
        fs::create_directories(path("ours.partial-999999999/cls"));
        exportDataset(source, "npy", path("ours"), true);
        QVERIFY(!fs::exists(path("ours.partial-999999999")));
        // A run into somebody's folder is refused before anything is written.
        QVERIFY_THROWS_EXCEPTION(IoError, RunDirectory::open(path("users-folder"), false));
        QVERIFY_THROWS_EXCEPTION(IoError, RunDirectory::open(path("users-folder"), true));
        QCOMPARE(static_cast<int>(std::distance(fs::directory_iterator(path("users-folder")), fs::directory_iterator())), 1);
    }

    void npyHeaderFollowsTheFormat()
    {
        const auto bytes = encodeNpy(torch::arange(6, torch::kInt64).reshape({2, 3}));
        const std::string text(bytes.begin(), bytes.begin() + 128);
        QCOMPARE(bytes.size(), size_t(128 + 48));
        QVERIFY(text.rfind("\x93NUMPY", 0) == 0);
        QVERIFY(text.find("'descr': '<i8'") != std::string::npos);
        QVERIFY(text.find("'shape': (2, 3)") != std::string::npos);
        QCOMPARE(text.back(), '\n');
        const auto one = encodeNpy(torch::zeros({4}, torch::kUInt8));
        QVERIFY(std::string(one.begin(), one.begin() + 64).find("(4,)") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
