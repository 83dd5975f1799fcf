// Dataset readers: real Fashion-MNIST, IDX (gzip and raw), CIFAR binaries, image folders,
// subsets, normalisation, and a typed error naming the file for every kind of bad input.
#include "TestSupport.h"

#include "core/data/CifarReader.h"
#include "core/data/DatasetLoader.h"
#include "core/data/IdxReader.h"
#include "core/data/ImageFolderReader.h"
#include "core/data/ImageHeader.h"
#include "core/data/ImageSetFile.h"

#include <QBuffer>
#include <QImage>
#include <QtTest>

#include <zlib.h>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using namespace itgan;

namespace {

std::vector<uint8_t> idxBytes(uint8_t ndims, const std::vector<uint32_t> &dims, const std::vector<uint8_t> &payload)
{
    std::vector<uint8_t> b = {0, 0, 0x08, ndims};
    for (uint32_t d : dims)
        for (int s = 24; s >= 0; s -= 8)
            b.push_back(static_cast<uint8_t>(d >> s));
    b.insert(b.end(), payload.begin(), payload.end());
    return b;
}

void writeRaw(const std::string &path, const std::vector<uint8_t> &bytes)
{
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char *>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

void writeGz(const std::string &path, const std::vector<uint8_t> &bytes)
{
    gzFile f = gzopen(path.c_str(), "wb");
    gzwrite(f, bytes.data(), static_cast<unsigned>(bytes.size()));
    gzclose(f);
}

// n images of 4x5 pixels (pixel = image index) and labels i % classes.
void writeIdxPair(const std::string &dir, const std::string &prefix, uint32_t n, int classes, bool gz)
{
    std::vector<uint8_t> pixels, labels;
    for (uint32_t i = 0; i < n; ++i) {
        pixels.insert(pixels.end(), 20, static_cast<uint8_t>(i));
        labels.push_back(static_cast<uint8_t>(i % classes));
    }
    auto write = gz ? writeGz : writeRaw;
    const std::string suffix = gz ? ".gz" : "";
    write(dir + "/" + prefix + "-images-idx3-ubyte" + suffix, idxBytes(3, {n, 4, 5}, pixels));
    write(dir + "/" + prefix + "-labels-idx1-ubyte" + suffix, idxBytes(1, {n}, labels));
}

void writePng(const std::string &path, int w, int h, int grey)
{
    QImage img(w, h, QImage::Format_RGB888);
    img.fill(QColor(grey, 255 - grey, grey / 2));
    QVERIFY(img.save(QString::fromStdString(path)));
}

} // namespace

class DatasetsTest : public QObject {
    Q_OBJECT

private:
    std::string m_dir;

private slots:
    void init() { m_dir = test::makeTempDir("datasets"); }
    void cleanup() { fs::remove_all(m_dir); }

    void fashionMnistFromDebianPackage()
    {
        const Dataset ds = loadDataset({"fashion-mnist", 32, 0});
        QCOMPARE(ds.train.size(), int64_t(60000));
        QCOMPARE(ds.test.size(), int64_t(10000));
        QCOMPARE(ds.channels(), int64_t(1));
        QCOMPARE(ds.height(), int64_t(28));
        QCOMPARE(ds.numClasses(), int64_t(10));
        QCOMPARE(ds.classNames[9], std::string("Ankle boot"));
        QCOMPARE(ds.normalisation.mean[0], 0.2861f);
        for (const auto &idx : indicesPerClass(ds.train.labels, 10))
            QCOMPARE(idx.size(), size_t(6000));
        // The published statistics match the pixels (core/README.md: Data spaces).
        const Normalisation measured = computeNormalisation(ds.train.images);
        QVERIFY(std::abs(measured.mean[0] - 0.2861f) < 1e-3);
        QVERIFY(std::abs(measured.std[0] - 0.3530f) < 1e-3);
    }

    void seededSubsetsAreBalancedAndRepeatable()
    {
        const Dataset ds = loadDataset({"fashion-mnist", 32, 0});
        auto a = subsetPerClass(ds.train, 10, 7, 42);
        auto b = subsetPerClass(ds.train, 10, 7, 42);
        auto c = subsetPerClass(ds.train, 10, 7, 43);
        QCOMPARE(a.size(), int64_t(70));
        QVERIFY(torch::equal(a.images, b.images));
        QVERIFY(!torch::equal(a.images, c.images));
        for (const auto &idx : indicesPerClass(a.labels, 10))
            QCOMPARE(idx.size(), size_t(7));
        QVERIFY_THROWS_EXCEPTION(DatasetError, subsetPerClass(ds.test, 10, 1001, 0));
    }

    void normalisationRoundTrip()
    {
        const Normalisation n{{0.4914f, 0.4822f, 0.4465f}, {0.2023f, 0.1994f, 0.2010f}};
        auto pixels = torch::randint(0, 256, {3, 3, 8, 8}, torch::kInt64).to(torch::kUInt8);
        QVERIFY(torch::equal(fromClassifierSpace(toClassifierSpace(pixels, n), n), pixels));
        // Generator space [-1,1] maps like the reference: ((g+1)/2 - mean)/std.
        auto g = torch::full({1, 3, 1, 1}, 1.0f);
        auto c = generatorToClassifierSpace(g, n);
        QVERIFY(std::abs(c[0][0][0][0].item<float>() - (1.0f - 0.4914f) / 0.2023f) < 1e-5);
    }

    void idxRawAndGzip()
    {
        for (bool gz : {false, true}) {
            const std::string dir = m_dir + (gz ? "/gz" : "/raw");
            fs::create_directories(dir);
            writeIdxPair(dir, "train", 30, 10, gz);
            writeIdxPair(dir, "t10k", 10, 10, gz);
            const Dataset ds = loadDataset({dir, 32, 0});
            QCOMPARE(ds.name, "idx-" + fs::path(dir).filename().string()); // neither MNIST's nor Fashion-MNIST's content
            QCOMPARE(ds.train.size(), int64_t(30));
            QCOMPARE(ds.train.images.sizes(), (std::vector<int64_t>{30, 1, 4, 5}));
            QCOMPARE(ds.train.images[13][0][3][4].item<uint8_t>(), uint8_t(13));
            QCOMPARE(ds.train.labels[13].item<int64_t>(), int64_t(3));
        }
    }

    void idxErrorsNameTheFileAndTheProblem()
    {
        const std::string f = m_dir + "/x-idx";
        QVERIFY(test::errorOf<DatasetError>([&] { readIdxFile(m_dir + "/absent"); }).contains("missing IDX file"));

        writeRaw(f, {1, 2, 8, 1, 0, 0, 0, 1, 5});
        QString e = test::errorOf<DatasetError>([&] { readIdxFile(f); });
        QVERIFY2(e.contains("wrong magic number") && e.contains("x-idx"), qPrintable(e));

        writeRaw(f, {0, 0, 0x0D, 1, 0, 0, 0, 1, 5});
        QVERIFY(test::errorOf<DatasetError>([&] { readIdxFile(f); }).contains("element type"));

        writeRaw(f, idxBytes(1, {10}, {1, 2, 3}));
        e = test::errorOf<DatasetError>([&] { readIdxFile(f); });
        QVERIFY2(e.contains("truncated"), qPrintable(e));

        writeGz(f, idxBytes(1, {2}, {1, 2, 3}));
        QVERIFY(test::errorOf<DatasetError>([&] { readIdxFile(f); }).contains("longer than"));

        writeRaw(f, {0, 0});
        QVERIFY(test::errorOf<DatasetError>([&] { readIdxFile(f); }).contains("truncated IDX header"));
    }

    void idxSplitConsistencyErrors()
    {
        writeIdxPair(m_dir, "train", 30, 10, false);
        writeIdxPair(m_dir, "t10k", 10, 10, false);
        // Labels and images disagree in count.
        std::vector<uint8_t> labels(29, 0);
        for (size_t i = 0; i < labels.size(); ++i)
            labels[i] = static_cast<uint8_t>(i % 10);
        writeRaw(m_dir + "/train-labels-idx1-ubyte", idxBytes(1, {29}, labels));
        QString e = test::errorOf<DatasetError>([&] { loadDataset({m_dir, 32, 0}); });
        QVERIFY2(e.contains("30 images") && e.contains("29 labels"), qPrintable(e));
        // A label beyond the classes.
        labels.assign(30, 1);
        labels[7] = 12;
        writeRaw(m_dir + "/train-labels-idx1-ubyte", idxBytes(1, {30}, labels));
        e = test::errorOf<DatasetError>([&] { loadDataset({m_dir, 32, 0}); });
        QVERIFY2(e.contains("label 12"), qPrintable(e));
        // A class without images.
        for (size_t i = 0; i < labels.size(); ++i)
            labels[i] = static_cast<uint8_t>(i % 9);
        writeRaw(m_dir + "/train-labels-idx1-ubyte", idxBytes(1, {30}, labels));
        e = test::errorOf<DatasetError>([&] { loadDataset({m_dir, 32, 0}); });
        QVERIFY2(e.contains("class 9 has no images"), qPrintable(e));
        // A missing test file.
        fs::remove(m_dir + "/t10k-labels-idx1-ubyte");
        writeIdxPair(m_dir, "train", 30, 10, false);
        e = test::errorOf<DatasetError>([&] { loadDataset({m_dir, 32, 0}); });
        QVERIFY2(e.contains("t10k-labels-idx1-ubyte"), qPrintable(e));
    }

    void cifarBinaries()
    {
        auto record = [](uint8_t label, uint8_t value, bool hundred) {
            std::vector<uint8_t> r;
            if (hundred)
                r.push_back(label / 5); // coarse
            r.push_back(label);
            r.insert(r.end(), 1024, value);          // R plane
            r.insert(r.end(), 1024, uint8_t(value + 1)); // G plane
            r.insert(r.end(), 1024, uint8_t(value + 2)); // B plane
            return r;
        };
        std::vector<uint8_t> file;
        for (int i = 0; i < 20; ++i) {
            auto r = record(static_cast<uint8_t>(i % 10), static_cast<uint8_t>(i), false);
            file.insert(file.end(), r.begin(), r.end());
        }
        for (int b = 1; b <= 5; ++b)
            writeRaw(m_dir + "/data_batch_" + std::to_string(b) + ".bin", file);
        writeRaw(m_dir + "/test_batch.bin", file);
        const Dataset ds = loadDataset({m_dir, 32, 0});
        QCOMPARE(ds.name, std::string("cifar10"));
        QCOMPARE(ds.train.size(), int64_t(100));
        QCOMPARE(ds.train.images.sizes(), (std::vector<int64_t>{100, 3, 32, 32}));
        QCOMPARE(ds.train.images[3][2][5][5].item<uint8_t>(), uint8_t(5)); // B plane of image 3
        QCOMPARE(ds.classNames[0], std::string("airplane"));

        // Not a whole number of records.
        file.push_back(0);
        writeRaw(m_dir + "/test_batch.bin", file);
        QString e = test::errorOf<DatasetError>([&] { loadDataset({m_dir, 32, 0}); });
        QVERIFY2(e.contains("test_batch.bin") && e.contains("multiple of the 3073-byte"), qPrintable(e));
        file.pop_back();
        file[0] = 10; // label out of range
        writeRaw(m_dir + "/test_batch.bin", file);
        e = test::errorOf<DatasetError>([&] { loadDataset({m_dir, 32, 0}); });
        QVERIFY2(e.contains("label 10"), qPrintable(e));

        // CIFAR-100: coarse + fine label bytes, the fine label is used.
        const std::string dir100 = m_dir + "/c100";
        fs::create_directories(dir100);
        std::vector<uint8_t> f100;
        for (int i = 0; i < 200; ++i) {
            auto r = record(static_cast<uint8_t>(i % 100), 7, true);
            f100.insert(f100.end(), r.begin(), r.end());
        }
        writeRaw(dir100 + "/train.bin", f100);
        writeRaw(dir100 + "/test.bin", f100);
        const Dataset d100 = loadDataset({dir100, 32, 0});
        QCOMPARE(d100.numClasses(), int64_t(100));
        QCOMPARE(d100.train.labels[57].item<int64_t>(), int64_t(57));
        writeRaw(dir100 + "/test.bin", {});
        QVERIFY(test::errorOf<DatasetError>([&] { loadDataset({dir100, 32, 0}); }).contains("empty"));
    }

    void imageFolders()
    {
        for (const char *split : {"train", "test"})
            for (int c = 0; c < 3; ++c) {
                const std::string dir = m_dir + "/" + split + "/class" + std::to_string(c);
                fs::create_directories(dir);
                for (int i = 0; i < 2; ++i)
                    writePng(dir + "/" + std::to_string(i) + ".png", 40, 30, 60 * c + i);
            }
        const Dataset ds = loadDataset({m_dir, 16, 0});
        QCOMPARE(ds.numClasses(), int64_t(3));
        QCOMPARE(ds.classNames[2], std::string("class2"));
        QCOMPARE(ds.train.images.sizes(), (std::vector<int64_t>{6, 3, 16, 16}));
        QCOMPARE(ds.test.size(), int64_t(6));
        QCOMPARE(ds.train.images[4][0][8][8].item<uint8_t>(), uint8_t(120)); // class 2, image 0, red channel

        // An unreadable image names its file.
        writeRaw(m_dir + "/train/class1/broken.png", {1, 2, 3, 4});
        QString e = test::errorOf<DatasetError>([&] { loadDataset({m_dir, 16, 0}); });
        QVERIFY2(e.contains("unreadable image") && e.contains("broken.png"), qPrintable(e));
        fs::remove(m_dir + "/train/class1/broken.png");
        // An empty class folder.
        fs::create_directories(m_dir + "/train/class3");
        fs::create_directories(m_dir + "/test/class3");
        e = test::errorOf<DatasetError>([&] { loadDataset({m_dir, 16, 0}); });
        QVERIFY2(e.contains("class3") && e.contains("no .png/.jpg"), qPrintable(e));
    }

    // Sizes come from the header before anything is decoded, so a small file claiming a huge
    // image is refused by its claim (the fuzzer's 177-byte JPEG of 35152x19972 pixels made
    // OpenCV allocate 2 GB), while real PNG and JPEG files of any ordinary size still load.
    void imageSizesAreCheckedBeforeDecoding()
    {
        const std::string dir = m_dir + "/a";
        fs::create_directories(dir);
        for (const char *format : {"PNG", "JPG"}) {
            QImage img(48, 20, QImage::Format_RGB888);
            img.fill(QColor(10, 200, 30));
            QByteArray encoded;
            QBuffer buffer(&encoded);
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(img.save(&buffer, format));
            const auto dims = readImageDimensions(encoded.constData(), static_cast<size_t>(encoded.size()));
            QVERIFY2(dims.has_value(), format);
            QCOMPARE(dims->width, 48LL);
            QCOMPARE(dims->height, 20LL);
            const std::string file = dir + "/0." + QByteArray(format).toLower().toStdString();
            writeRaw(file, std::vector<uint8_t>(encoded.begin(), encoded.end()));
            QCOMPARE(loadDataset({m_dir, 16, 0}).train.size(), int64_t(1));

            // The same file claiming 30000 x 30000 pixels (PNG: IHDR; JPEG: the start-of-frame
            // segment) is refused by name and size, however little data follows.
            QByteArray huge = encoded;
            const int at = QByteArray(format) == "PNG" ? 16 : encoded.indexOf("\xff\xc0") + 5;
            QVERIFY(at > 5);
            const char big[] = {0, 0, 0x75, 0x30, 0, 0, 0x75, 0x30}; // 30000 big-endian, as 4- or 2-byte fields
            if (QByteArray(format) == "PNG")
                huge.replace(at, 8, big, 8);
            else
                huge.replace(at, 2, big + 2, 2).replace(at + 2, 2, big + 2, 2);
            writeRaw(file, std::vector<uint8_t>(huge.begin(), huge.end()));
            const QString e = test::errorOf<DatasetError>([&] { loadDataset({m_dir, 16, 0}); });
            QVERIFY2(e.contains("30000x30000") && e.contains(QString::fromStdString(file)), qPrintable(e));
            fs::remove(file);
        }
        QVERIFY(!readImageDimensions("GIF89a", 6).has_value());
        QVERIFY(!readImageDimensions("\xff\xd8\xff\xd9", 4).has_value()); // JPEG ending before any frame
    }

    void unknownFormatsAndPathsAreExplained()
    {
        QVERIFY(test::errorOf<DatasetError>([&] { loadDataset({m_dir + "/nothing", 32, 0}); }).contains("neither a known name"));
        QVERIFY(test::errorOf<DatasetError>([&] { loadDataset({m_dir, 32, 0}); }).contains("cannot tell the format"));
        QVERIFY(test::errorOf<DatasetError>([&] { loadDataset({"cifar10", 32, 0}); }).contains("no default location"));
    }

    void imageSetFilesForEvaluation()
    {
        const Dataset ds = loadDataset({"fashion-mnist", 32, 0});
        // Generator-sized 32x32 sets are centre-cropped to 28x28.
        auto images = torch::randint(0, 256, {20, 1, 32, 32}, torch::kInt64).to(torch::kUInt8);
        auto labels = torch::arange(20, torch::kInt64) % 10;
        saveTensorMap({{"images", images}, {"labels", labels}}, m_dir + "/set.pt");
        auto set = readImageSet(m_dir + "/set.pt", ds);
        QCOMPARE(set.images.sizes(), (std::vector<int64_t>{20, 1, 28, 28}));
        QVERIFY(torch::equal(set.images, images.narrow(2, 2, 28).narrow(3, 2, 28)));

        saveTensorMap({{"images", images}}, m_dir + "/nolabels.pt");
        QVERIFY(test::errorOf<DatasetError>([&] { readImageSet(m_dir + "/nolabels.pt", ds); }).contains("no 'labels' entry"));
        saveTensorMap({{"images", images}, {"labels", labels + 5}}, m_dir + "/badlabels.pt");
        QVERIFY(test::errorOf<DatasetError>([&] { readImageSet(m_dir + "/badlabels.pt", ds); }).contains("labels span 5..14"));
        saveTensorMap({{"images", images.narrow(2, 0, 20)}, {"labels", labels}}, m_dir + "/badsize.pt");
        QVERIFY(test::errorOf<DatasetError>([&] { readImageSet(m_dir + "/badsize.pt", ds); }).contains("20x32"));
        writeRaw(m_dir + "/garbage.pt", {1, 2, 3});
        QVERIFY(test::errorOf<DatasetError>([&] { readImageSet(m_dir + "/garbage.pt", ds); }).contains("garbage.pt"));
    }
};

QTEST_GUILESS_MAIN(DatasetsTest)
#include "tst_datasets.moc"
