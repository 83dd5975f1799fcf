<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccuracyPlot</name>
    <message>
        <location filename="../ui/AccuracyPlot.cpp" line="53"/>
        <source>Every run</source>
        <translation>每次运行</translation>
    </message>
    <message>
        <location filename="../ui/AccuracyPlot.cpp" line="54"/>
        <source>Off: the mean over the runs with a ± std band. On: each run&apos;s own curve.</source>
        <translation>关：各次运行的均值及 ± 标准差带。开：每次运行各自的曲线。</translation>
    </message>
    <message>
        <location filename="../ui/AccuracyPlot.cpp" line="56"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../ui/AccuracyPlot.cpp" line="60"/>
        <source>Overlay run…</source>
        <translation>叠加运行…</translation>
    </message>
    <message>
        <location filename="../ui/AccuracyPlot.cpp" line="61"/>
        <source>Draw another run folder&apos;s curves on these plots (dotted) to compare the two runs</source>
        <translation>在这些图上（点线）绘制另一个运行文件夹的曲线，以比较两次运行</translation>
    </message>
    <message>
        <location filename="../ui/AccuracyPlot.cpp" line="63"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../ui/AccuracyPlot.cpp" line="64"/>
        <source>Save the plot as PNG or PDF, or its data as CSV</source>
        <translation>将图保存为 PNG 或 PDF，或将其数据保存为 CSV</translation>
    </message>
    <message>
        <location filename="../ui/AccuracyPlot.cpp" line="69"/>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../ui/AccuracyPlot.cpp" line="70"/>
        <source>accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <location filename="../ui/AccuracyPlot.cpp" line="93"/>
        <source>Run folder to overlay</source>
        <translation>要叠加的运行文件夹</translation>
    </message>
    <message>
        <location filename="../ui/AccuracyPlot.cpp" line="231"/>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/AccuracyPlot.cpp" line="231"/>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../ui/AccuracyPlot.cpp" line="272"/>
        <source> (mean ± std of %1 runs)</source>
        <translation>（%1 次运行的均值 ± 标准差）</translation>
    </message>
</context>
<context>
    <name>ExplorerEngine</name>
    <message>
        <location filename="../ui/engine/ExplorerEngine.cpp" line="446"/>
        <source>drawn as %1</source>
        <translation>绘制为 %1</translation>
    </message>
    <message>
        <location filename="../ui/engine/ExplorerEngine.cpp" line="448"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/engine/ExplorerEngine.cpp" line="449"/>
        <source>%1 · %2 #%3 → %4 #%5 · t = %6 (%7) · ‖z‖ = %8</source>
        <translation>%1 · %2 #%3 → %4 #%5 · t = %6 (%7) · ‖z‖ = %8</translation>
    </message>
    <message>
        <location filename="../ui/engine/ExplorerEngine.cpp" line="494"/>
        <source>Saved the latent (%1 #%2, class %3) to %4</source>
        <translation>已将潜向量（%1 #%2，类别 %3）保存到 %4</translation>
    </message>
    <message>
        <location filename="../ui/engine/ExplorerEngine.cpp" line="511"/>
        <source> (from %1)</source>
        <translation>（来自 %1）</translation>
    </message>
    <message>
        <location filename="../ui/engine/ExplorerEngine.cpp" line="512"/>
        <source>Loaded %1 latent(s) from %2%3 as the &quot;loaded&quot; set</source>
        <translation>已从 %2%3 加载 %1 个潜向量，作为“已加载”集合</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="25"/>
        <source>Export datasets</source>
        <translation>导出数据集</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="27"/>
        <source>Sets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="33"/>
        <source>PNG class folders + manifest.json</source>
        <translation>PNG 类别文件夹 + manifest.json</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="33"/>
        <source>NumPy images.npy + labels.npy</source>
        <translation>NumPy images.npy + labels.npy</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="34"/>
        <source>PyTorch .pt dict {images, labels, classes}</source>
        <translation>PyTorch .pt 字典 {images, labels, classes}</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="34"/>
        <source>CIFAR binary records</source>
        <translation>CIFAR 二进制记录</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="35"/>
        <source>Latent bundle (generator + latents + manifest)</source>
        <translation>潜向量包（生成器 + 潜向量 + 清单）</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="38"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="41"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="44"/>
        <source>Into folder:</source>
        <translation>目标文件夹：</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="45"/>
        <source>Replace existing exports</source>
        <translation>替换已有的导出</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="58"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="63"/>
        <source>Export into</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="81"/>
        <source>No finished inversion, IT-GAN or DM run is open: start a run or open a run folder first.</source>
        <translation>没有打开已完成的反演、IT-GAN 或 DM 运行：请先开始一次运行或打开一个运行文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="126"/>
        <source>Choose the folder to export into.</source>
        <translation>请选择导出的目标文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="130"/>
        <source>Choose at least one set.</source>
        <translation>请至少选择一个数据集。</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="134"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="148"/>
        <source>Done. </source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="148"/>
        <source>Failed: </source>
        <translation>失败：</translation>
    </message>
</context>
<context>
    <name>JobController</name>
    <message>
        <location filename="../ui/JobController.cpp" line="38"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../ui/JobController.cpp" line="118"/>
        <source>%1 processes × %2 thread(s) started (itgan launch)</source>
        <translation>已启动 %1 个进程 × %2 个线程（itgan launch）</translation>
    </message>
    <message>
        <location filename="../ui/JobController.cpp" line="169"/>
        <source>pausing needs a run in one process; Cancel stops every process and keeps the last checkpoint</source>
        <translation>暂停需要单进程运行；取消会停止所有进程并保留最后一个检查点</translation>
    </message>
</context>
<context>
    <name>LatentExplorer</name>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="38"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="51"/>
        <source>Real source</source>
        <translation>真实来源</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="51"/>
        <source>Inversion</source>
        <translation>反演</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="51"/>
        <source>IT-GAN</source>
        <translation>IT-GAN</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="51"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="51"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="51"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="68"/>
        <source>Latent</source>
        <translation>潜向量</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="71"/>
        <source>Class:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="80"/>
        <source>B&apos;s class: another class interpolates from A&apos;s class to B&apos;s on the way</source>
        <translation>B 的类别：若为其他类别，则沿途从 A 的类别插值到 B 的类别</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="86"/>
        <source>A:</source>
        <translation>A：</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="87"/>
        <source>B:</source>
        <translation>B：</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="98"/>
        <source>lerp</source>
        <translation>线性插值</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="99"/>
        <source>slerp</source>
        <translation>球面插值</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="100"/>
        <source>lerp: the straight line from A to B; slerp: the great circle (keeps the norm a Gaussian latent typically has)</source>
        <translation>线性插值：从 A 到 B 的直线；球面插值：沿大圆（保持高斯潜向量通常具有的范数）</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="103"/>
        <source>A → B:</source>
        <translation>A → B：</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="105"/>
        <source>The same z drawn as another class (the generator is class-conditional)</source>
        <translation>将同一个 z 绘制为另一个类别（生成器以类别为条件）</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="106"/>
        <source>Draw as:</source>
        <translation>绘制为：</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="109"/>
        <source>principal directions</source>
        <translation>主方向</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="152"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="153"/>
        <source>Images at t = 0 … 1 from A to B, with the direction steps applied</source>
        <translation>从 A 到 B、t = 0 … 1 处的图像，已应用方向步长</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="155"/>
        <source>Export strip…</source>
        <translation>导出条带…</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="156"/>
        <source>The strip as one PNG. Animated GIF or APNG would need an encoder that neither Qt 6.4 nor OpenCV 4.6 ships.</source>
        <translation>条带保存为一张 PNG。动画 GIF 或 APNG 需要 Qt 6.4 和 OpenCV 4.6 都未提供的编码器。</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="160"/>
        <source>Strip steps:</source>
        <translation>条带步数：</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="162"/>
        <source>Save latent…</source>
        <translation>保存潜向量…</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="163"/>
        <source>The result&apos;s latent as a .pt with its provenance (set, index, class, source image, run)</source>
        <translation>将结果的潜向量连同其来源（集合、索引、类别、源图像、运行）保存为 .pt</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="164"/>
        <source>Load latents…</source>
        <translation>加载潜向量…</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="205"/>
        <source>Save latent</source>
        <translation>保存潜向量</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="205"/>
        <location filename="../ui/LatentExplorer.cpp" line="210"/>
        <source>Latents (*.pt)</source>
        <translation>潜向量 (*.pt)</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="210"/>
        <source>Load latents</source>
        <translation>加载潜向量</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="225"/>
        <source>A&apos;s class</source>
        <translation>A 的类别</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="225"/>
        <source>the A → B class path</source>
        <translation>A → B 的类别路径</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="320"/>
        <source>%1 % of the variance</source>
        <translation>方差的 %1 %</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="342"/>
        <source>Done: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="342"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="409"/>
        <source>No strip to export: set the strip steps to 2 or more.</source>
        <translation>没有可导出的条带：请将条带步数设为 2 或以上。</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="415"/>
        <source>%1: could not write (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="423"/>
        <location filename="../ui/LatentExplorer.cpp" line="429"/>
        <source>Export strip</source>
        <translation>导出条带</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="423"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="434"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="440"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="110"/>
        <source>random directions</source>
        <translation>随机方向</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="113"/>
        <source>of A&apos;s class</source>
        <translation>A 的类别的</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="114"/>
        <source>of all of A&apos;s set</source>
        <translation>A 的整个集合的</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="116"/>
        <source>Directions:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="121"/>
        <source>Step along direction %1, in standard deviations (−3 … 3)</source>
        <translation>沿方向 %1 移动，单位为标准差（−3 … 3）</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="134"/>
        <source>Direction %1:</source>
        <translation>方向 %1：</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="147"/>
        <source>Reset directions</source>
        <translation>重置方向</translation>
    </message>
</context>
<context>
    <name>LatentMapView</name>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="62"/>
        <source>Space:</source>
        <translation>空间：</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="64"/>
        <source>latent z (PCA)</source>
        <translation>潜向量 z（PCA）</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="65"/>
        <source>features ψ(G(z)) (PCA)</source>
        <translation>特征 ψ(G(z))（PCA）</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="66"/>
        <source>ψ is the run&apos;s feature network (the bundled ConvNet&apos;s last block): the space IT-GAN&apos;s distribution matching compares real and synthetic images in.</source>
        <translation>ψ 是该运行的特征网络（随附 ConvNet 的最后一个块）：IT-GAN 的分布匹配在此空间中比较真实图像与合成图像。</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="69"/>
        <source>Real images</source>
        <translation>真实图像</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="71"/>
        <source>Place real training images on the feature-space map (100 per class).</source>
        <translation>在特征空间图上放置真实训练图像（每类 100 张）。</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="73"/>
        <source>Class:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="75"/>
        <location filename="../ui/LatentMapView.cpp" line="210"/>
        <source>All classes</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="77"/>
        <source>Trajectories</source>
        <translation>轨迹</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="81"/>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="83"/>
        <source>Drag a rectangle to select points (off: drag pans, the wheel zooms).</source>
        <translation>拖出矩形以选择点（关：拖动平移，滚轮缩放）。</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="85"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="86"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="92"/>
        <source>Step:</source>
        <translation>步骤：</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="96"/>
        <location filename="../ui/LatentMapView.cpp" line="225"/>
        <location filename="../ui/LatentMapView.cpp" line="374"/>
        <source>final</source>
        <translation>最终</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="114"/>
        <source>Open a run to see its latents.</source>
        <translation>打开一个运行以查看其潜向量。</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="184"/>
        <source>Computing the map…</source>
        <translation>正在计算图…</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="227"/>
        <source>PC1 (%1 % of the variance)</source>
        <translation>主成分 1（方差的 %1 %）</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="228"/>
        <source>PC2 (%1 % of the variance)</source>
        <translation>主成分 2（方差的 %1 %）</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="229"/>
        <source>Feature space ψ(G(z)).</source>
        <translation>特征空间 ψ(G(z))。</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="229"/>
        <source>Latent space z.</source>
        <translation>潜空间 z。</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="232"/>
        <source>Showing %1 of %2 points, sampled per set and class.</source>
        <translation>显示 %2 个点中的 %1 个，按集合和类别抽样。</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="234"/>
        <source>%1 points.</source>
        <translation>%1 个点。</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="236"/>
        <source>%1 IT-GAN trajectories over %2 steps.</source>
        <translation>%1 条 IT-GAN 轨迹，共 %2 步。</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="238"/>
        <source>Large + : a class&apos;s mean real features, × : its IT-GAN mean at this step (the means Eq. 2 matches), joined by a dashed line.</source>
        <translation>大 + ：某类真实特征的均值，× ：该步该类 IT-GAN 的均值（式 2 匹配的均值），以虚线相连。</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="241"/>
        <source>DM and real images have no latent: switch to the feature space to see them.</source>
        <translation>DM 图像和真实图像没有潜向量：切换到特征空间以查看它们。</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="253"/>
        <source>The map could not be computed: %1</source>
        <translation>无法计算该图：%1</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="374"/>
        <source>iteration %1</source>
        <translation>迭代 %1</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="437"/>
        <source> (hidden)</source>
        <translation>（已隐藏）</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="515"/>
        <source>selected (%1)</source>
        <translation>已选（%1）</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="591"/>
        <location filename="../ui/LatentMapView.cpp" line="642"/>
        <source>%1 #%2 · %3</source>
        <translation>%1 #%2 · %3</translation>
    </message>
</context>
<context>
    <name>LivePlot</name>
    <message>
        <location filename="../ui/LivePlot.cpp" line="24"/>
        <source>Log y</source>
        <translation>对数 y</translation>
    </message>
    <message>
        <location filename="../ui/LivePlot.cpp" line="26"/>
        <source>Smoothing:</source>
        <translation>平滑：</translation>
    </message>
    <message>
        <location filename="../ui/LivePlot.cpp" line="30"/>
        <source>Moving average over this many points (1 = raw values)</source>
        <translation>对这么多个点取滑动平均（1 = 原始值）</translation>
    </message>
    <message>
        <location filename="../ui/LivePlot.cpp" line="33"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../ui/LivePlot.cpp" line="34"/>
        <source>Save the plot as PNG or PDF, or its data as CSV</source>
        <translation>将图表保存为 PNG 或 PDF，或将其数据保存为 CSV</translation>
    </message>
</context>
<context>
    <name>LocalRunProcess</name>
    <message>
        <location filename="../ui/LocalRunProcess.cpp" line="47"/>
        <source>A run with several processes is already under way.</source>
        <translation>一个多进程运行已在进行中。</translation>
    </message>
    <message>
        <location filename="../ui/LocalRunProcess.cpp" line="51"/>
        <source>Choose a run folder first.</source>
        <translation>请先选择运行文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/LocalRunProcess.cpp" line="56"/>
        <source>Runs with several processes need the itgan program beside itgan-studio or on PATH.</source>
        <translation>多进程运行需要 itgan 程序位于 itgan-studio 旁边或在 PATH 中。</translation>
    </message>
    <message>
        <location filename="../ui/LocalRunProcess.cpp" line="65"/>
        <source>Cannot write the run configuration to %1</source>
        <translation>无法将运行配置写入 %1</translation>
    </message>
    <message>
        <location filename="../ui/LocalRunProcess.cpp" line="88"/>
        <source>Cannot start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/LocalRunProcess.cpp" line="124"/>
        <source>The run&apos;s processes finished.</source>
        <translation>运行的各进程已完成。</translation>
    </message>
    <message>
        <location filename="../ui/LocalRunProcess.cpp" line="126"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../ui/LocalRunProcess.cpp" line="128"/>
        <source>itgan launch exited with code %1</source>
        <translation>itgan launch 以代码 %1 退出</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="99"/>
        <location filename="../ui/MainWindow.cpp" line="550"/>
        <location filename="../ui/MainWindow.cpp" line="588"/>
        <source>IT-GAN Studio</source>
        <translation>IT-GAN Studio</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84"/>
        <source>Opening inputs</source>
        <translation>正在打开输入</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="85"/>
        <source>Opening the run</source>
        <translation>正在打开运行</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>Building the sets</source>
        <translation>正在构建数据集</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="87"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="88"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="105"/>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="108"/>
        <source>iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="108"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="115"/>
        <source>Plots &amp;&amp; results</source>
        <translation>图表和结果</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="118"/>
        <source>Latent explorer</source>
        <translation>潜向量浏览器</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120"/>
        <source>Latent map</source>
        <translation>潜向量图</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="131"/>
        <location filename="../ui/MainWindow.cpp" line="213"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>Model info</source>
        <translation>模型信息</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="179"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="180"/>
        <source>Open &amp;dataset…</source>
        <translation>打开数据集(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="180"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="181"/>
        <source>Open dataset folder</source>
        <translation>打开数据集文件夹</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>Open &amp;generator…</source>
        <translation>打开生成器(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186"/>
        <source>Open generator</source>
        <translation>打开生成器</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>Generators (*.pt *.pth);;All files (*)</source>
        <translation>生成器 (*.pt *.pth);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="191"/>
        <source>&amp;Open run folder…</source>
        <translation>打开运行文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="192"/>
        <source>Open run folder</source>
        <translation>打开运行文件夹</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196"/>
        <source>Recent</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199"/>
        <source>&amp;Export datasets…</source>
        <translation>导出数据集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="200"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="203"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="207"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208"/>
        <source>&amp;Pause / resume</source>
        <translation>暂停 / 继续(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>&amp;Evaluate</source>
        <translation>评估(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="221"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="229"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="230"/>
        <source>&amp;About IT-GAN Studio</source>
        <translation>关于 IT-GAN Studio(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="258"/>
        <source>λ</source>
        <translation>λ</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="258"/>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="308"/>
        <source>Open a run folder first: the selection is exported from its sets.</source>
        <translation>请先打开运行文件夹：所选内容从其集合中导出。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="439"/>
        <source>Overlay failed</source>
        <translation>叠加失败</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="452"/>
        <source>Overlaid %1: %2 evaluation points, %3 logged iterations</source>
        <translation>已叠加 %1：%2 个评估点，%3 次记录的迭代</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="504"/>
        <source>%1: running</source>
        <translation>%1：运行中</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="361"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="379"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="379"/>
        <source>%1 already holds a run; choose another folder.</source>
        <translation>%1 中已有一次运行；请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="398"/>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="398"/>
        <source>Choose or start a run folder first.</source>
        <translation>请先选择或开始一个运行文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="463"/>
        <source>evaluate: %1 on %2, run %3, epoch %4</source>
        <translation>评估：%1，网络 %2，第 %3 次运行，第 %4 轮</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="489"/>
        <source>IT-GAN Studio — %1</source>
        <translation>IT-GAN Studio — %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="516"/>
        <source>%1 failed</source>
        <translation>%1 失败</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="526"/>
        <source>%1 cancelled; the run folder keeps its last checkpoint</source>
        <translation>%1 已取消；运行文件夹保留其最后一个检查点</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="529"/>
        <source>Dataset loaded; the generator could not be loaded (see Model info)</source>
        <translation>数据集已加载；生成器无法加载（见模型信息）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="531"/>
        <source>%1 finished</source>
        <translation>%1 已完成</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="537"/>
        <source>Evaluation finished; results in the Plots tab</source>
        <translation>评估完成；结果见“图表”标签页</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="584"/>
        <source>Load run configuration</source>
        <translation>加载运行配置</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="588"/>
        <source>%1: no such file or folder</source>
        <translation>%1：没有这个文件或文件夹</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="651"/>
        <source>&lt;b&gt;IT-GAN Studio&lt;/b&gt; %1&lt;br&gt;Synthesizing informative training samples with a GAN (Zhao &amp;amp; Bilen, 2022): GAN inversion, IT-GAN condensation and the DM baseline, side by side, with live plots, a latent explorer and dataset export.&lt;br&gt;&lt;br&gt;Qt %2 · %3</source>
        <translation>&lt;b&gt;IT-GAN Studio&lt;/b&gt; %1&lt;br&gt;用 GAN 合成信息丰富的训练样本（Zhao &amp;amp; Bilen，2022）：GAN 反演、IT-GAN 压缩与 DM 基线并排比较，带有实时图表、潜向量浏览器和数据集导出。&lt;br&gt;&lt;br&gt;Qt %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="345"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="641"/>
        <source>%1 · %2 LibTorch thread(s) of %3 cores</source>
        <translation>%1 · %2 个 LibTorch 线程（共 %3 个核心）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="650"/>
        <source>About IT-GAN Studio</source>
        <translation>关于 IT-GAN Studio</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="260"/>
        <source>IT-GAN %1 = %2 from iteration %3 (written to the run log)</source>
        <translation>IT-GAN %1 = %2，自第 %3 次迭代起（已写入运行日志）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263"/>
        <source>%1: paused after iteration %2</source>
        <translation>%1：在第 %2 次迭代后已暂停</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="506"/>
        <source>%1: pausing…</source>
        <translation>%1：正在暂停…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="313"/>
        <location filename="../ui/MainWindow.cpp" line="336"/>
        <source>Wait until the running job has finished.</source>
        <translation>请等待正在运行的任务结束。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="503"/>
        <source>%1: waiting to start</source>
        <translation>%1：等待开始</translation>
    </message>
</context>
<context>
    <name>MapSidePanel</name>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="57"/>
        <source>Mean image:</source>
        <translation>平均图像：</translation>
    </message>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="74"/>
        <source>Export selection…</source>
        <translation>导出所选…</translation>
    </message>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="81"/>
        <source>Nearest real images (ψ distance):</source>
        <translation>最近的真实图像（ψ 距离）：</translation>
    </message>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="88"/>
        <source>Nearest-real check of every set</source>
        <translation>检查每个集合的最近真实图像</translation>
    </message>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="89"/>
        <source>Median distance of each set&apos;s images to their nearest real training image, beside real images to their nearest other one: is the synthetic data a copy?</source>
        <translation>各集合图像到最近真实训练图像的距离中位数，并与真实图像到最近另一真实图像的距离对比：合成数据是否为复制？</translation>
    </message>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="97"/>
        <source>Folder to create for the selection</source>
        <translation>为所选内容创建的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="102"/>
        <source>Computing ψ features of the real pool and every set…</source>
        <translation>正在计算真实图像池和每个集合的 ψ 特征…</translation>
    </message>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="128"/>
        <location filename="../ui/MapSidePanel.cpp" line="164"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="136"/>
        <source>No selection: turn on Select and drag a rectangle.</source>
        <translation>无选择：打开“选择”并拖出矩形。</translation>
    </message>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="137"/>
        <source>Selected: %1</source>
        <translation>已选：%1</translation>
    </message>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="146"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="147"/>
        <source>The image looked up</source>
        <translation>查询的图像</translation>
    </message>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="151"/>
        <source>d = %1
real #%2</source>
        <translation>d = %1
真实 #%2</translation>
    </message>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="152"/>
        <source>Training image %1 at ψ distance %2 (searched: %3 real images)</source>
        <translation>训练图像 %1，ψ 距离 %2（已搜索 %3 张真实图像）</translation>
    </message>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="165"/>
        <source>Median ψ distance to the nearest real image: %1; real to its nearest other real image: %2 (%3 real images searched).</source>
        <translation>到最近真实图像的 ψ 距离中位数：%1；真实图像到最近另一真实图像：%2（已搜索 %3 张真实图像）。</translation>
    </message>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="179"/>
        <source>Done: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="179"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/engine/EngineCache.cpp" line="128"/>
        <source>Generator: %1
File kind: %2
Architecture: %3
Parameters: %4
Latent size: %5
Classes: %6
Channels: %7
Resolution: %8×%8</source>
        <translation>生成器：%1
文件类型：%2
架构：%3
参数：%4
潜向量维度：%5
类别数：%6
通道数：%7
分辨率：%8×%8</translation>
    </message>
    <message>
        <location filename="../ui/engine/EngineCache.cpp" line="138"/>
        <source>
Training metrics:</source>
        <translation>
训练指标：</translation>
    </message>
    <message>
        <location filename="../ui/engine/EngineCache.cpp" line="152"/>
        <source>Dataset: %1
Source: %2
Training images: %3
Test images: %4
Classes: %5
Image: %6×%7×%8</source>
        <translation>数据集：%1
来源：%2
训练图像：%3
测试图像：%4
类别数：%5
图像：%6×%7×%8</translation>
    </message>
    <message>
        <location filename="../ui/engine/RunReader.cpp" line="26"/>
        <source>source: training image #%1</source>
        <translation>来源：训练图像 #%1</translation>
    </message>
    <message>
        <location filename="../ui/engine/RunReader.cpp" line="44"/>
        <source>training image #%1</source>
        <translation>训练图像 #%1</translation>
    </message>
    <message>
        <location filename="../ui/engine/RunReader.cpp" line="53"/>
        <source>z ~ N(0, I), seed %1, latent #%2</source>
        <translation>z ~ N(0, I)，种子 %1，潜向量 #%2</translation>
    </message>
    <message>
        <location filename="../ui/engine/RunReader.cpp" line="104"/>
        <source>
feature error %1, pixel error %2</source>
        <translation>
特征误差 %1，像素误差 %2</translation>
    </message>
    <message>
        <location filename="../ui/PlotExport.cpp" line="14"/>
        <source>%1: could not write (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <location filename="../ui/PlotExport.cpp" line="32"/>
        <location filename="../ui/PlotExport.cpp" line="45"/>
        <source>Export plot</source>
        <translation>导出图</translation>
    </message>
    <message>
        <location filename="../ui/PlotExport.cpp" line="33"/>
        <source>PNG image (*.png);;PDF document (*.pdf);;CSV data (*.csv)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf);;CSV 数据 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/PlotExport.cpp" line="46"/>
        <source>%1: could not write the file.</source>
        <translation>%1：无法写入文件。</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="15"/>
        <source>Set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="15"/>
        <source>Images/class</source>
        <translation>每类图像</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="15"/>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="15"/>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="15"/>
        <source>Accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="16"/>
        <source>Runs</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="16"/>
        <source>Nearest real (ψ median)</source>
        <translation>最近真实（ψ 中位数）</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="18"/>
        <source>Median distance of the set&apos;s images to their nearest real training image in the feature space ψ (the latent map&apos;s nearest-real check); compare with real to real.</source>
        <translation>该集合图像在特征空间 ψ 中到最近真实训练图像的距离中位数（潜向量图的最近真实检查）；请与真实到真实比较。</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="52"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="101"/>
        <source>Real → nearest other real</source>
        <translation>真实 → 最近另一真实</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="103"/>
        <source>%1 real images searched</source>
        <translation>已搜索 %1 张真实图像</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <location filename="../ui/RunPanel.cpp" line="62"/>
        <source>%1: expected a number, got %2</source>
        <translation>%1：应为数字，实际为 %2</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="74"/>
        <source>%1: expected a string</source>
        <translation>%1：应为字符串</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="96"/>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="102"/>
        <source>Folder for the run (created)</source>
        <translation>运行文件夹（会自动创建）</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="103"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="106"/>
        <source>Dataset:</source>
        <translation>数据集：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="107"/>
        <source>Generator:</source>
        <translation>生成器：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="108"/>
        <source>Run folder:</source>
        <translation>运行文件夹：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="111"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="114"/>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="129"/>
        <source>Synthetic sets</source>
        <translation>合成数据集</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="132"/>
        <source>Latents (images) per class:</source>
        <translation>每类潜向量（图像）数：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="134"/>
        <source>Seed (every stage):</source>
        <translation>随机种子（所有阶段）：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="136"/>
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="137"/>
        <source>Inversion</source>
        <translation>反演</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="138"/>
        <source>IT-GAN</source>
        <translation>IT-GAN</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="139"/>
        <source>DM</source>
        <translation>DM</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="140"/>
        <source>Random real</source>
        <translation>随机真实</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="141"/>
        <source>Whole real</source>
        <translation>全部真实</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="151"/>
        <source>Sets:</source>
        <translation>数据集：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="164"/>
        <source>GAN inversion (Eq. 1)</source>
        <translation>GAN 反演（式 1）</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="25"/>
        <source>Iterations:</source>
        <translation>迭代次数：</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="26"/>
        <source>Learning rate:</source>
        <translation>学习率：</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="27"/>
        <source>λ pixel:</source>
        <translation>λ 像素：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="165"/>
        <source>IT-GAN condensation (Eq. 2–4)</source>
        <translation>IT-GAN 压缩（式 2–4）</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="29"/>
        <source>Objective:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="28"/>
        <source>λ:</source>
        <translation>λ：</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="30"/>
        <source>Real batch per class:</source>
        <translation>每类真实批大小：</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="31"/>
        <source>Split size:</source>
        <translation>划分大小：</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="32"/>
        <source>Splitting:</source>
        <translation>划分方式：</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="33"/>
        <source>Embedding networks:</source>
        <translation>嵌入网络：</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="34"/>
        <source>Pool folder:</source>
        <translation>网络池文件夹：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="166"/>
        <source>DM baseline (pixels)</source>
        <translation>DM 基线（像素空间）</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="159"/>
        <source>same as above</source>
        <translation>与上面相同</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="37"/>
        <source>Images per class:</source>
        <translation>每类图像数：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="178"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="38"/>
        <source>Architectures:</source>
        <translation>架构：</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="39"/>
        <source>Runs:</source>
        <translation>运行次数：</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="40"/>
        <source>Epochs:</source>
        <translation>轮数：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="187"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="188"/>
        <source>Build the chosen sets: inversion, IT-GAN, DM (F5)</source>
        <translation>构建所选数据集：反演、IT-GAN、DM (F5)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="189"/>
        <location filename="../ui/RunPanel.cpp" line="399"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="190"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="191"/>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="192"/>
        <source>Train classifiers on every set and test them on real data (F7)</source>
        <translation>在每个数据集上训练分类器并在真实数据上测试 (F7)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="193"/>
        <source>Load…</source>
        <translation>加载…</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="194"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="264"/>
        <source>sets: expected a list of set names</source>
        <translation>sets：应为数据集名称列表</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="333"/>
        <source>%1: could not write (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="344"/>
        <source>%1: could not open (%2)</source>
        <translation>%1：无法打开（%2）</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="352"/>
        <source>%1: not valid JSON at offset %2 (%3)</source>
        <translation>%1：偏移 %2 处不是有效的 JSON（%3）</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="353"/>
        <source>%1: expected a JSON object (a compare configuration)</source>
        <translation>%1：应为 JSON 对象（compare 配置）</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="399"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="409"/>
        <source>%1 / %2 · %3 s/it · ETA %4:%5</source>
        <translation>%1 / %2 · %3 秒/次 · 剩余 %4:%5</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="424"/>
        <source>Run folder</source>
        <translation>运行文件夹</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="431"/>
        <location filename="../ui/RunPanel.cpp" line="434"/>
        <source>Load run configuration</source>
        <translation>加载运行配置</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="431"/>
        <location filename="../ui/RunPanel.cpp" line="440"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="439"/>
        <location filename="../ui/RunPanel.cpp" line="445"/>
        <source>Save run configuration</source>
        <translation>保存运行配置</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="33"/>
        <source>Live: moved during a run, IT-GAN uses the new value from its next iteration; moved during inversion or DM, it waits until IT-GAN starts.</source>
        <translation>实时：运行中调整时，IT-GAN 从下一次迭代起使用新值；在反演或 DM 期间调整时，新值等待 IT-GAN 开始。</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="171"/>
        <source>IT-GAN λ (live):</source>
        <translation>IT-GAN λ（实时）：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="172"/>
        <source>IT-GAN learning rate (live):</source>
        <translation>IT-GAN 学习率（实时）：</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="35"/>
        <source>Pool accuracy from (%):</source>
        <translation>网络池准确率下限 (%)：</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="36"/>
        <source>Pool accuracy up to (%):</source>
        <translation>网络池准确率上限 (%)：</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="55"/>
        <source>distribution matching (dm)</source>
        <translation>分布匹配 (dm)</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="56"/>
        <source>gradient matching (gm)</source>
        <translation>梯度匹配 (gm)</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="57"/>
        <source>fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="58"/>
        <source>mixed</source>
        <translation>混合</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="59"/>
        <source>fresh random ConvNets</source>
        <translation>新的随机 ConvNet</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="60"/>
        <source>pre-trained pool</source>
        <translation>预训练网络池</translation>
    </message>
</context>
<context>
    <name>SampleGridWidget</name>
    <message>
        <location filename="../ui/SampleGridWidget.cpp" line="17"/>
        <source>Real</source>
        <translation>真实</translation>
    </message>
    <message>
        <location filename="../ui/SampleGridWidget.cpp" line="19"/>
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <location filename="../ui/SampleGridWidget.cpp" line="21"/>
        <source>Inversion</source>
        <translation>反演</translation>
    </message>
    <message>
        <location filename="../ui/SampleGridWidget.cpp" line="23"/>
        <source>IT-GAN</source>
        <translation>IT-GAN</translation>
    </message>
    <message>
        <location filename="../ui/SampleGridWidget.cpp" line="25"/>
        <source>DM</source>
        <translation>DM</translation>
    </message>
    <message>
        <location filename="../ui/SampleGridWidget.cpp" line="31"/>
        <source>Loaded latents</source>
        <translation>已加载的潜向量</translation>
    </message>
    <message>
        <location filename="../ui/SampleGridWidget.cpp" line="225"/>
        <source> · it %1</source>
        <translation> · 第 %1 次迭代</translation>
    </message>
    <message>
        <location filename="../ui/SampleGridWidget.cpp" line="247"/>
        <source>class %1 (%2), #%3</source>
        <translation>类别 %1（%2），#%3</translation>
    </message>
    <message>
        <location filename="../ui/SampleGridWidget.cpp" line="27"/>
        <source>Random real</source>
        <translation>随机真实</translation>
    </message>
    <message>
        <location filename="../ui/SampleGridWidget.cpp" line="29"/>
        <source>Whole real</source>
        <translation>全部真实</translation>
    </message>
</context>
<context>
    <name>SamplesView</name>
    <message>
        <location filename="../ui/SamplesView.cpp" line="17"/>
        <source>Class:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../ui/SamplesView.cpp" line="19"/>
        <location filename="../ui/SamplesView.cpp" line="96"/>
        <source>All classes</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location filename="../ui/SamplesView.cpp" line="21"/>
        <source>Per class:</source>
        <translation>每类：</translation>
    </message>
    <message>
        <location filename="../ui/SamplesView.cpp" line="26"/>
        <source>Zoom:</source>
        <translation>缩放：</translation>
    </message>
    <message>
        <location filename="../ui/SamplesView.cpp" line="32"/>
        <source>Step:</source>
        <translation>步骤：</translation>
    </message>
    <message>
        <location filename="../ui/SamplesView.cpp" line="36"/>
        <location filename="../ui/SamplesView.cpp" line="56"/>
        <location filename="../ui/SamplesView.cpp" line="88"/>
        <source>latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location filename="../ui/SamplesView.cpp" line="56"/>
        <location filename="../ui/SamplesView.cpp" line="88"/>
        <source>iteration %1</source>
        <translation>第 %1 次迭代</translation>
    </message>
</context>
<context>
    <name>SchemaForm</name>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="132"/>
        <source>Range: %1 – %2</source>
        <translation>范围：%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="193"/>
        <source>%1: expected a number, got %2</source>
        <translation>%1：应为数字，实际为 %2</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="197"/>
        <source>%1: expected a string, got %2</source>
        <translation>%1：应为字符串，实际为 %2</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="199"/>
        <source>%1: expected one of %2, got &quot;%3&quot;</source>
        <translation>%1：应为 %2 之一，实际为“%3”</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="121"/>
        <source>comma-separated</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="195"/>
        <source>%1: expected a list of names, got %2</source>
        <translation>%1：应为名称列表，实际为 %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="14"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="17"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="22"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="23"/>
        <source>The language changes at the next start.</source>
        <translation>语言将在下次启动时更改。</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="26"/>
        <source>automatic (all cores but one)</source>
        <translation>自动（保留一个核心）</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="28"/>
        <source>LibTorch threads:</source>
        <translation>LibTorch 线程数：</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="32"/>
        <source>Where inversion, IT-GAN, DM and evaluation compute. A GPU (cuda:N) is listed when this machine has one and LibTorch was built with CUDA. Takes effect from the next job.</source>
        <translation>反演、IT-GAN、DM 和评估在何处计算。若本机有 GPU 且 LibTorch 以 CUDA 构建，则列出 GPU (cuda:N)。从下一个任务起生效。</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="34"/>
        <source>Compute device:</source>
        <translation>计算设备：</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="38"/>
        <source>1: Start and Evaluate run on the studio&apos;s worker thread. More: they run as that many itgan processes (itgan launch), which share the work and give the same result; the threads above are divided among them. Pause, live sliders and previews need one process.</source>
        <translation>1：开始和评估在工作室的工作线程上运行。更多：它们以相应数量的 itgan 进程（itgan launch）运行，分担工作并给出相同结果；上面的线程数在它们之间分配。暂停、实时滑块和预览需要单进程。</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="41"/>
        <source>Processes for Start / Evaluate:</source>
        <translation>开始 / 评估的进程数：</translation>
    </message>
</context>
<context>
    <name>StudioWorker</name>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="108"/>
        <source>LibTorch %1 · %2</source>
        <translation>LibTorch %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="220"/>
        <source>No generator loaded.</source>
        <translation>未加载生成器。</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="229"/>
        <source>No generator: %1</source>
        <translation>没有生成器：%1</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="232"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="240"/>
        <source>Choose a run folder first.</source>
        <translation>请先选择一个运行文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="296"/>
        <source>The sets are in %1</source>
        <translation>数据集位于 %1</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="336"/>
        <source>Opened run %1</source>
        <translation>已打开运行 %1</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="344"/>
        <source>Choose at least one set to export.</source>
        <translation>请至少选择一个要导出的数据集。</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="359"/>
        <source>Exported %1 set(s) as %2:
%3</source>
        <translation>已将 %1 个数据集导出为 %2：
%3</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="368"/>
        <source>Select some points of the map to export.</source>
        <translation>请在图上选择要导出的点。</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="391"/>
        <source>%1 (%2 images)</source>
        <translation>%1（%2 张图像）</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="395"/>
        <source>Nothing to export: the selection holds only %1, which the run folder does not store (select inversion, IT-GAN or DM points)</source>
        <translation>没有可导出的内容：所选内容只有 %1，而运行文件夹不保存它们（请选择反演、IT-GAN 或 DM 的点）</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="399"/>
        <source>Exported the selection as %1:
%2</source>
        <translation>已将所选内容导出为 %1：
%2</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="401"/>
        <source>Not exported (not stored in the run folder): %1</source>
        <translation>未导出（运行文件夹中未保存）：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio_main.cpp" line="38"/>
        <source>Synthesize informative training data with a GAN</source>
        <translation>用 GAN 合成信息丰富的训练数据</translation>
    </message>
    <message>
        <location filename="../app/studio_main.cpp" line="41"/>
        <source>Dataset name or folder.</source>
        <translation>数据集名称或文件夹。</translation>
    </message>
    <message>
        <location filename="../app/studio_main.cpp" line="44"/>
        <source>Generator file (&apos;bundled&apos; = the bundled one).</source>
        <translation>生成器文件（&apos;bundled&apos; = 自带的生成器）。</translation>
    </message>
    <message>
        <location filename="../app/studio_main.cpp" line="46"/>
        <source>Run folder to open.</source>
        <translation>要打开的运行文件夹。</translation>
    </message>
    <message>
        <location filename="../app/studio_main.cpp" line="49"/>
        <source>View to open: samples, plots, explorer or map.</source>
        <translation>要打开的视图：samples、plots、explorer 或 map。</translation>
    </message>
</context>
</TS>
