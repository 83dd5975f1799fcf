<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExplorerEngine</name>
    <message>
        <location filename="../ui/engine/ExplorerEngine.cpp" line="219" />
        <source>class %1 · %2 #%3 → %4 #%5 · t = %6 · ‖z‖ = %7</source>
        <translation>类别 %1 · %2 #%3 → %4 #%5 · t = %6 · ‖z‖ = %7</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="25" />
        <source>Export datasets</source>
        <translation>导出数据集</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="27" />
        <source>Sets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="33" />
        <source>PNG class folders + manifest.json</source>
        <translation>PNG 类别文件夹 + manifest.json</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="33" />
        <source>NumPy images.npy + labels.npy</source>
        <translation>NumPy images.npy + labels.npy</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="34" />
        <source>PyTorch .pt dict {images, labels, classes}</source>
        <translation>PyTorch .pt 字典 {images, labels, classes}</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="34" />
        <source>CIFAR binary records</source>
        <translation>CIFAR 二进制记录</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="35" />
        <source>Latent bundle (generator + latents + manifest)</source>
        <translation>潜向量包（生成器 + 潜向量 + 清单）</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="38" />
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="41" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="44" />
        <source>Into folder:</source>
        <translation>目标文件夹：</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="45" />
        <source>Replace existing exports</source>
        <translation>替换已有的导出</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="58" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="63" />
        <source>Export into</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="81" />
        <source>No finished inversion, IT-GAN or DM run is open: start a run or open a run folder first.</source>
        <translation>没有打开已完成的反演、IT-GAN 或 DM 运行：请先开始一次运行或打开一个运行文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="126" />
        <source>Choose the folder to export into.</source>
        <translation>请选择导出的目标文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="130" />
        <source>Choose at least one set.</source>
        <translation>请至少选择一个数据集。</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="134" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="148" />
        <source>Done. </source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="148" />
        <source>Failed: </source>
        <translation>失败：</translation>
    </message>
</context>
<context>
    <name>LatentExplorer</name>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="33" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="46" />
        <source>Real source</source>
        <translation>真实来源</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="46" />
        <source>Inversion</source>
        <translation>反演</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="46" />
        <source>IT-GAN</source>
        <translation>IT-GAN</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="46" />
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="46" />
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="46" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="60" />
        <source>Latent</source>
        <translation>潜向量</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="63" />
        <source>Class:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="73" />
        <source>A:</source>
        <translation>A：</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="74" />
        <source>B:</source>
        <translation>B：</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="77" />
        <source>A → B:</source>
        <translation>A → B：</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="79" />
        <source>principal directions of the class</source>
        <translation>该类别的主方向</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="80" />
        <source>random directions</source>
        <translation>随机方向</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="81" />
        <source>Directions:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="85" />
        <source>Step along direction %1, in standard deviations (−3 … 3)</source>
        <translation>沿方向 %1 移动，单位为标准差（−3 … 3）</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="87" />
        <source>Direction %1:</source>
        <translation>方向 %1：</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="90" />
        <source>Reset directions</source>
        <translation>重置方向</translation>
    </message>
</context>
<context>
    <name>LivePlot</name>
    <message>
        <location filename="../ui/LivePlot.cpp" line="38" />
        <source>Log y</source>
        <translation>对数 y</translation>
    </message>
    <message>
        <location filename="../ui/LivePlot.cpp" line="40" />
        <source>Smoothing:</source>
        <translation>平滑：</translation>
    </message>
    <message>
        <location filename="../ui/LivePlot.cpp" line="44" />
        <source>Moving average over this many points (1 = raw values)</source>
        <translation>对这么多个点取滑动平均（1 = 原始值）</translation>
    </message>
    <message>
        <location filename="../ui/LivePlot.cpp" line="47" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../ui/LivePlot.cpp" line="48" />
        <source>Save the plot as PNG or PDF, or its data as CSV</source>
        <translation>将图表保存为 PNG 或 PDF，或将其数据保存为 CSV</translation>
    </message>
    <message>
        <location filename="../ui/LivePlot.cpp" line="208" />
        <source>%1: could not write (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <location filename="../ui/LivePlot.cpp" line="228" />
        <location filename="../ui/LivePlot.cpp" line="241" />
        <source>Export plot</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../ui/LivePlot.cpp" line="229" />
        <source>PNG image (*.png);;PDF document (*.pdf);;CSV data (*.csv)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf);;CSV 数据 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/LivePlot.cpp" line="242" />
        <source>%1: could not write the file.</source>
        <translation>%1：无法写入该文件。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="82" />
        <location filename="../ui/MainWindow.cpp" line="449" />
        <location filename="../ui/MainWindow.cpp" line="481" />
        <source>IT-GAN Studio</source>
        <translation>IT-GAN Studio</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="46" />
        <source>IT-GAN</source>
        <translation>IT-GAN</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="48" />
        <source>DM</source>
        <translation>DM</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="50" />
        <source>Inversion</source>
        <translation>反演</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="52" />
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="54" />
        <source>Random real</source>
        <translation>随机真实</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="56" />
        <source>Whole real</source>
        <translation>全部真实</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="64" />
        <source>Opening inputs</source>
        <translation>正在打开输入</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="66" />
        <source>Opening the run</source>
        <translation>正在打开运行</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="68" />
        <source>Building the sets</source>
        <translation>正在构建数据集</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="70" />
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="72" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="88" />
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91" />
        <source>iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91" />
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="92" />
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="92" />
        <source>accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97" />
        <source>Plots &amp;&amp; results</source>
        <translation>图表和结果</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="100" />
        <source>Latent explorer</source>
        <translation>潜向量浏览器</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="104" />
        <location filename="../ui/MainWindow.cpp" line="200" />
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112" />
        <source>Model info</source>
        <translation>模型信息</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="121" />
        <location filename="../ui/MainWindow.cpp" line="435" />
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="166" />
        <source>Open &amp;dataset…</source>
        <translation>打开数据集(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="166" />
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167" />
        <source>Open dataset folder</source>
        <translation>打开数据集文件夹</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="171" />
        <source>Open &amp;generator…</source>
        <translation>打开生成器(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="171" />
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="172" />
        <source>Open generator</source>
        <translation>打开生成器</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="173" />
        <source>Generators (*.pt *.pth);;All files (*)</source>
        <translation>生成器 (*.pt *.pth);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="177" />
        <source>&amp;Open run folder…</source>
        <translation>打开运行文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="178" />
        <source>Open run folder</source>
        <translation>打开运行文件夹</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="182" />
        <source>Recent</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185" />
        <source>&amp;Export datasets…</source>
        <translation>导出数据集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186" />
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="189" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="191" />
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193" />
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194" />
        <source>&amp;Pause / resume</source>
        <translation>暂停 / 继续(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196" />
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="198" />
        <source>&amp;Evaluate</source>
        <translation>评估(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="217" />
        <source>&amp;About IT-GAN Studio</source>
        <translation>关于 IT-GAN Studio(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="241" />
        <source>λ</source>
        <translation>λ</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="241" />
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242" />
        <source>%1 = %2 from iteration %3 (written to the run log)</source>
        <translation>%1 = %2，自第 %3 次迭代起（已写入运行日志）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276" />
        <source>%1: paused</source>
        <translation>%1：已暂停</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276" />
        <location filename="../ui/MainWindow.cpp" line="435" />
        <source>%1: running</source>
        <translation>%1：运行中</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="315" />
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="333" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="333" />
        <source>%1 already holds a run; choose another folder.</source>
        <translation>%1 中已有一次运行；请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="352" />
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="352" />
        <source>Choose or start a run folder first.</source>
        <translation>请先选择或开始一个运行文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="389" />
        <source> test</source>
        <translation> 测试</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="389" />
        <source> train</source>
        <translation> 训练</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="395" />
        <source>evaluate: %1 on %2, run %3, epoch %4</source>
        <translation>评估：%1，网络 %2，第 %3 次运行，第 %4 轮</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="426" />
        <source>IT-GAN Studio — %1</source>
        <translation>IT-GAN Studio — %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="443" />
        <source>%1 failed</source>
        <translation>%1 失败</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="451" />
        <source>%1 cancelled; the run folder keeps its last checkpoint</source>
        <translation>%1 已取消；运行文件夹保留其最后一个检查点</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="453" />
        <source>%1 finished</source>
        <translation>%1 已完成</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="457" />
        <source>Evaluation finished; results in the Plots tab</source>
        <translation>评估完成；结果见“图表”标签页</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="477" />
        <source>Load run configuration</source>
        <translation>加载运行配置</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="481" />
        <source>%1: no such file or folder</source>
        <translation>%1：没有这个文件或文件夹</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="538" />
        <source>CPU · %1 LibTorch thread(s) of %2 cores</source>
        <translation>CPU · %1 个 LibTorch 线程（共 %2 个核心）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="544" />
        <source>&lt;b&gt;IT-GAN Studio&lt;/b&gt; %1&lt;br&gt;Synthesizing informative training samples with a GAN (Zhao &amp;amp; Bilen, 2022): GAN inversion, IT-GAN condensation and the DM baseline, side by side, with live plots, a latent explorer and dataset export.&lt;br&gt;&lt;br&gt;Qt %2 · %3</source>
        <translation>&lt;b&gt;IT-GAN Studio&lt;/b&gt; %1&lt;br&gt;用 GAN 合成信息丰富的训练样本（Zhao &amp;amp; Bilen，2022）：GAN 反演、IT-GAN 压缩与 DM 基线并排比较，带有实时图表、潜向量浏览器和数据集导出。&lt;br&gt;&lt;br&gt;Qt %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="298" />
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="543" />
        <source>About IT-GAN Studio</source>
        <translation>关于 IT-GAN Studio</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/engine/EngineCache.cpp" line="66" />
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
        <location filename="../ui/engine/EngineCache.cpp" line="76" />
        <source>
Training metrics:</source>
        <translation>
训练指标：</translation>
    </message>
    <message>
        <location filename="../ui/engine/EngineCache.cpp" line="90" />
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
        <location filename="../ui/engine/RunReader.cpp" line="26" />
        <source>source: training image #%1</source>
        <translation>来源：训练图像 #%1</translation>
    </message>
    <message>
        <location filename="../ui/engine/RunReader.cpp" line="44" />
        <source>training image #%1</source>
        <translation>训练图像 #%1</translation>
    </message>
    <message>
        <location filename="../ui/engine/RunReader.cpp" line="53" />
        <source>z ~ N(0, I), seed %1, latent #%2</source>
        <translation>z ~ N(0, I)，种子 %1，潜向量 #%2</translation>
    </message>
    <message>
        <location filename="../ui/engine/RunReader.cpp" line="90" />
        <source>
feature error %1, pixel error %2</source>
        <translation>
特征误差 %1，像素误差 %2</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="14" />
        <source>Set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="14" />
        <source>Images/class</source>
        <translation>每类图像</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="14" />
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="14" />
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="14" />
        <source>Accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="15" />
        <source>Runs</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="37" />
        <source>Random real</source>
        <translation>随机真实</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="38" />
        <source>Whole real</source>
        <translation>全部真实</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="50" />
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <location filename="../ui/RunPanel.cpp" line="59" />
        <source>%1: expected a number, got %2</source>
        <translation>%1：应为数字，实际为 %2</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="71" />
        <source>%1: expected a string</source>
        <translation>%1：应为字符串</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="98" />
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="104" />
        <source>Folder for the run (created)</source>
        <translation>运行文件夹（会自动创建）</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="105" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="108" />
        <source>Dataset:</source>
        <translation>数据集：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="109" />
        <source>Generator:</source>
        <translation>生成器：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="110" />
        <source>Run folder:</source>
        <translation>运行文件夹：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="113" />
        <source>CPU scale (minutes)</source>
        <translation>CPU 规模（数分钟）</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="114" />
        <source>Quick look (seconds)</source>
        <translation>快速预览（数秒）</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="115" />
        <source>Paper (GPU scale)</source>
        <translation>论文设置（GPU 规模）</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="116" />
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="119" />
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="122" />
        <source>Synthetic sets</source>
        <translation>合成数据集</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="125" />
        <source>Latents (images) per class:</source>
        <translation>每类潜向量（图像）数：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="127" />
        <source>Seed (every stage):</source>
        <translation>随机种子（所有阶段）：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="129" />
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="130" />
        <source>Inversion</source>
        <translation>反演</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="131" />
        <source>IT-GAN</source>
        <translation>IT-GAN</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="132" />
        <source>DM</source>
        <translation>DM</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="133" />
        <source>Random real</source>
        <translation>随机真实</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="134" />
        <source>Whole real</source>
        <translation>全部真实</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="140" />
        <source>Sets:</source>
        <translation>数据集：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="143" />
        <source>GAN inversion (Eq. 1)</source>
        <translation>GAN 反演（式 1）</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="150" />
        <location filename="../ui/RunPanel.cpp" line="185" />
        <location filename="../ui/RunPanel.cpp" line="205" />
        <source>Iterations:</source>
        <translation>迭代次数：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="151" />
        <location filename="../ui/RunPanel.cpp" line="188" />
        <location filename="../ui/RunPanel.cpp" line="206" />
        <source>Learning rate:</source>
        <translation>学习率：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="152" />
        <source>λ pixel:</source>
        <translation>λ 像素：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="155" />
        <source>IT-GAN condensation (Eq. 2–4)</source>
        <translation>IT-GAN 压缩（式 2–4）</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="159" />
        <source>distribution matching (dm)</source>
        <translation>分布匹配 (dm)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="160" />
        <source>gradient matching (gm)</source>
        <translation>梯度匹配 (gm)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="162" />
        <source>λ of Eq. 4: L = (1 − λ)·L_con + λ·R. The far left is exactly 0.</source>
        <translation>式 4 中的 λ：L = (1 − λ)·L_con + λ·R。最左端恰好为 0。</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="166" />
        <source>whole class</source>
        <translation>整个类别</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="168" />
        <source>fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="169" />
        <source>mixed</source>
        <translation>混合</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="171" />
        <source>fresh random ConvNets</source>
        <translation>新的随机 ConvNet</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="172" />
        <source>pre-trained pool</source>
        <translation>预训练网络池</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="174" />
        <source>Pool folder from `itgan make-pool`</source>
        <translation>由 `itgan make-pool` 生成的网络池文件夹</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="186" />
        <source>Objective:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="187" />
        <source>λ:</source>
        <translation>λ：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="189" />
        <location filename="../ui/RunPanel.cpp" line="207" />
        <source>Real batch per class:</source>
        <translation>每类真实批大小：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="190" />
        <source>Split size:</source>
        <translation>划分大小：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="191" />
        <source>Splitting:</source>
        <translation>划分方式：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="192" />
        <source>Embedding networks:</source>
        <translation>嵌入网络：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="193" />
        <source>Pool folder:</source>
        <translation>网络池文件夹：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="194" />
        <source>Pool accuracy range:</source>
        <translation>网络池准确率范围：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="197" />
        <source>DM baseline (pixels)</source>
        <translation>DM 基线（像素空间）</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="203" />
        <source>same as above</source>
        <translation>与上面相同</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="204" />
        <source>Set it for comparisons at equal storage (paper Tab. 2)</source>
        <translation>用于相同存储量下的比较（论文表 2）</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="208" />
        <source>Images per class:</source>
        <translation>每类图像数：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="211" />
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="214" />
        <source>Comma-separated: convnet, resnet18, vgg19, vgg19bn, wrn-16-8, mobilenetv2, …</source>
        <translation>逗号分隔：convnet, resnet18, vgg19, vgg19bn, wrn-16-8, mobilenetv2, …</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="217" />
        <source>Architectures:</source>
        <translation>架构：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="218" />
        <source>Runs:</source>
        <translation>运行次数：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="219" />
        <source>Epochs:</source>
        <translation>轮数：</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="227" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="228" />
        <source>Build the chosen sets: inversion, IT-GAN, DM (F5)</source>
        <translation>构建所选数据集：反演、IT-GAN、DM (F5)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="229" />
        <location filename="../ui/RunPanel.cpp" line="516" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="230" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="231" />
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="232" />
        <source>Train classifiers on every set and test them on real data (F7)</source>
        <translation>在每个数据集上训练分类器并在真实数据上测试 (F7)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="233" />
        <source>Load…</source>
        <translation>加载…</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="234" />
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="351" />
        <source>itgan.objective: expected "dm" or "gm", got "%1"</source>
        <translation>itgan.objective：应为 "dm" 或 "gm"，实际为 "%1"</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="353" />
        <source>itgan.split_strategy: expected "fixed" or "mixed", got "%1"</source>
        <translation>itgan.split_strategy：应为 "fixed" 或 "mixed"，实际为 "%1"</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="355" />
        <source>itgan.embedding: expected "random" or "pool", got "%1"</source>
        <translation>itgan.embedding：应为 "random" 或 "pool"，实际为 "%1"</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="358" />
        <source>sets: expected a list of set names</source>
        <translation>sets：应为数据集名称列表</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="361" />
        <source>evaluation.architectures: expected a list of architecture names</source>
        <translation>evaluation.architectures：应为架构名称列表</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="455" />
        <source>%1: could not write (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="466" />
        <source>%1: could not open (%2)</source>
        <translation>%1：无法打开（%2）</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="474" />
        <source>%1: not valid JSON at offset %2 (%3)</source>
        <translation>%1：偏移 %2 处不是有效的 JSON（%3）</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="475" />
        <source>%1: expected a JSON object (a compare configuration)</source>
        <translation>%1：应为 JSON 对象（compare 配置）</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="516" />
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="526" />
        <source>%1 / %2 · %3 s/it · ETA %4:%5</source>
        <translation>%1 / %2 · %3 秒/次 · 剩余 %4:%5</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="541" />
        <source>Run folder</source>
        <translation>运行文件夹</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="548" />
        <location filename="../ui/RunPanel.cpp" line="551" />
        <source>Load run configuration</source>
        <translation>加载运行配置</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="548" />
        <location filename="../ui/RunPanel.cpp" line="557" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="556" />
        <location filename="../ui/RunPanel.cpp" line="562" />
        <source>Save run configuration</source>
        <translation>保存运行配置</translation>
    </message>
</context>
<context>
    <name>SampleGridWidget</name>
    <message>
        <location filename="../ui/SampleGridWidget.cpp" line="15" />
        <source>Real</source>
        <translation>真实</translation>
    </message>
    <message>
        <location filename="../ui/SampleGridWidget.cpp" line="17" />
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <location filename="../ui/SampleGridWidget.cpp" line="19" />
        <source>Inversion</source>
        <translation>反演</translation>
    </message>
    <message>
        <location filename="../ui/SampleGridWidget.cpp" line="21" />
        <source>IT-GAN</source>
        <translation>IT-GAN</translation>
    </message>
    <message>
        <location filename="../ui/SampleGridWidget.cpp" line="23" />
        <source>DM</source>
        <translation>DM</translation>
    </message>
    <message>
        <location filename="../ui/SampleGridWidget.cpp" line="217" />
        <source> · it %1</source>
        <translation> · 第 %1 次迭代</translation>
    </message>
    <message>
        <location filename="../ui/SampleGridWidget.cpp" line="237" />
        <source>class %1 (%2), #%3</source>
        <translation>类别 %1（%2），#%3</translation>
    </message>
</context>
<context>
    <name>SamplesView</name>
    <message>
        <location filename="../ui/SamplesView.cpp" line="17" />
        <source>Class:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../ui/SamplesView.cpp" line="19" />
        <location filename="../ui/SamplesView.cpp" line="78" />
        <source>All classes</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location filename="../ui/SamplesView.cpp" line="21" />
        <source>Per class:</source>
        <translation>每类：</translation>
    </message>
    <message>
        <location filename="../ui/SamplesView.cpp" line="26" />
        <source>Zoom:</source>
        <translation>缩放：</translation>
    </message>
    <message>
        <location filename="../ui/SamplesView.cpp" line="32" />
        <source>Step:</source>
        <translation>步骤：</translation>
    </message>
    <message>
        <location filename="../ui/SamplesView.cpp" line="36" />
        <location filename="../ui/SamplesView.cpp" line="56" />
        <source>latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location filename="../ui/SamplesView.cpp" line="56" />
        <source>iteration %1</source>
        <translation>第 %1 次迭代</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="13" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="16" />
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="22" />
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="23" />
        <source>The language changes at the next start.</source>
        <translation>语言将在下次启动时更改。</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="26" />
        <source>automatic (all cores but one)</source>
        <translation>自动（保留一个核心）</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="28" />
        <source>LibTorch threads:</source>
        <translation>LibTorch 线程数：</translation>
    </message>
</context>
<context>
    <name>StudioWorker</name>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="86" />
        <source>LibTorch %1 · CPU</source>
        <translation>LibTorch %1 · CPU</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="178" />
        <source>No generator loaded.</source>
        <translation>未加载生成器。</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="187" />
        <source>No generator: %1</source>
        <translation>没有生成器：%1</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="190" />
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="198" />
        <source>Choose a run folder first.</source>
        <translation>请先选择一个运行文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="249" />
        <source>The sets are in %1</source>
        <translation>数据集位于 %1</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="274" />
        <source>Opened run %1</source>
        <translation>已打开运行 %1</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="282" />
        <source>Choose at least one set to export.</source>
        <translation>请至少选择一个要导出的数据集。</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="297" />
        <source>Exported %1 set(s) as %2:
%3</source>
        <translation>已将 %1 个数据集导出为 %2：
%3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio_main.cpp" line="32" />
        <source>Synthesize informative training data with a GAN</source>
        <translation>用 GAN 合成信息丰富的训练数据</translation>
    </message>
    <message>
        <location filename="../app/studio_main.cpp" line="35" />
        <source>Dataset name or folder.</source>
        <translation>数据集名称或文件夹。</translation>
    </message>
    <message>
        <location filename="../app/studio_main.cpp" line="38" />
        <source>Generator file ('bundled' = the bundled one).</source>
        <translation>生成器文件（'bundled' = 自带的生成器）。</translation>
    </message>
    <message>
        <location filename="../app/studio_main.cpp" line="40" />
        <source>Run folder to open.</source>
        <translation>要打开的运行文件夹。</translation>
    </message>
    <message>
        <location filename="../app/studio_main.cpp" line="43" />
        <source>View to open: samples, plots or explorer.</source>
        <translation>初始视图：samples、plots 或 explorer。</translation>
    </message>
</context>
</TS>