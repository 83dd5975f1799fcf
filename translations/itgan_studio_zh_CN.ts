<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExplorerEngine</name>
    <message>
        <source>class %1 · %2 #%3 → %4 #%5 · t = %6 · ‖z‖ = %7</source>
        <translation>类别 %1 · %2 #%3 → %4 #%5 · t = %6 · ‖z‖ = %7</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export datasets</source>
        <translation>导出数据集</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>PNG class folders + manifest.json</source>
        <translation>PNG 类别文件夹 + manifest.json</translation>
    </message>
    <message>
        <source>NumPy images.npy + labels.npy</source>
        <translation>NumPy images.npy + labels.npy</translation>
    </message>
    <message>
        <source>PyTorch .pt dict {images, labels, classes}</source>
        <translation>PyTorch .pt 字典 {images, labels, classes}</translation>
    </message>
    <message>
        <source>CIFAR binary records</source>
        <translation>CIFAR 二进制记录</translation>
    </message>
    <message>
        <source>Latent bundle (generator + latents + manifest)</source>
        <translation>潜向量包（生成器 + 潜向量 + 清单）</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Into folder:</source>
        <translation>目标文件夹：</translation>
    </message>
    <message>
        <source>Replace existing exports</source>
        <translation>替换已有的导出</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>No finished inversion, IT-GAN or DM run is open: start a run or open a run folder first.</source>
        <translation>没有打开已完成的反演、IT-GAN 或 DM 运行：请先开始一次运行或打开一个运行文件夹。</translation>
    </message>
    <message>
        <source>Choose the folder to export into.</source>
        <translation>请选择导出的目标文件夹。</translation>
    </message>
    <message>
        <source>Choose at least one set.</source>
        <translation>请至少选择一个数据集。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Done. </source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Failed: </source>
        <translation>失败：</translation>
    </message>
</context>
<context>
    <name>JobController</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1 processes × %2 thread(s) started (itgan launch)</source>
        <translation>已启动 %1 个进程 × %2 个线程（itgan launch）</translation>
    </message>
    <message>
        <source>pausing needs a run in one process; Cancel stops every process and keeps the last checkpoint</source>
        <translation>暂停需要单进程运行；取消会停止所有进程并保留最后一个检查点</translation>
    </message>
</context>
<context>
    <name>LatentExplorer</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Real source</source>
        <translation>真实来源</translation>
    </message>
    <message>
        <source>Inversion</source>
        <translation>反演</translation>
    </message>
    <message>
        <source>IT-GAN</source>
        <translation>IT-GAN</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Latent</source>
        <translation>潜向量</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>A：</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B：</translation>
    </message>
    <message>
        <source>A → B:</source>
        <translation>A → B：</translation>
    </message>
    <message>
        <source>principal directions of the class</source>
        <translation>该类别的主方向</translation>
    </message>
    <message>
        <source>random directions</source>
        <translation>随机方向</translation>
    </message>
    <message>
        <source>Directions:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>Step along direction %1, in standard deviations (−3 … 3)</source>
        <translation>沿方向 %1 移动，单位为标准差（−3 … 3）</translation>
    </message>
    <message>
        <source>Direction %1:</source>
        <translation>方向 %1：</translation>
    </message>
    <message>
        <source>Reset directions</source>
        <translation>重置方向</translation>
    </message>
</context>
<context>
    <name>LivePlot</name>
    <message>
        <source>Log y</source>
        <translation>对数 y</translation>
    </message>
    <message>
        <source>Smoothing:</source>
        <translation>平滑：</translation>
    </message>
    <message>
        <source>Moving average over this many points (1 = raw values)</source>
        <translation>对这么多个点取滑动平均（1 = 原始值）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the plot as PNG or PDF, or its data as CSV</source>
        <translation>将图表保存为 PNG 或 PDF，或将其数据保存为 CSV</translation>
    </message>
    <message>
        <source>%1: could not write (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;CSV data (*.csv)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf);;CSV 数据 (*.csv)</translation>
    </message>
    <message>
        <source>%1: could not write the file.</source>
        <translation>%1：无法写入该文件。</translation>
    </message>
</context>
<context>
    <name>LocalRunProcess</name>
    <message>
        <source>A run with several processes is already under way.</source>
        <translation>一个多进程运行已在进行中。</translation>
    </message>
    <message>
        <source>Choose a run folder first.</source>
        <translation>请先选择运行文件夹。</translation>
    </message>
    <message>
        <source>Runs with several processes need the itgan program beside itgan-studio or on PATH.</source>
        <translation>多进程运行需要 itgan 程序位于 itgan-studio 旁边或在 PATH 中。</translation>
    </message>
    <message>
        <source>Cannot write the run configuration to %1</source>
        <translation>无法将运行配置写入 %1</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>The run&apos;s processes finished.</source>
        <translation>运行的各进程已完成。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>itgan launch exited with code %1</source>
        <translation>itgan launch 以代码 %1 退出</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>IT-GAN Studio</source>
        <translation>IT-GAN Studio</translation>
    </message>
    <message>
        <source>Opening inputs</source>
        <translation>正在打开输入</translation>
    </message>
    <message>
        <source>Opening the run</source>
        <translation>正在打开运行</translation>
    </message>
    <message>
        <source>Building the sets</source>
        <translation>正在构建数据集</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <source>Plots &amp;&amp; results</source>
        <translation>图表和结果</translation>
    </message>
    <message>
        <source>Latent explorer</source>
        <translation>潜向量浏览器</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Model info</source>
        <translation>模型信息</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;dataset…</source>
        <translation>打开数据集(&amp;D)…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Open dataset folder</source>
        <translation>打开数据集文件夹</translation>
    </message>
    <message>
        <source>Open &amp;generator…</source>
        <translation>打开生成器(&amp;G)…</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Open generator</source>
        <translation>打开生成器</translation>
    </message>
    <message>
        <source>Generators (*.pt *.pth);;All files (*)</source>
        <translation>生成器 (*.pt *.pth);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Open run folder…</source>
        <translation>打开运行文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Open run folder</source>
        <translation>打开运行文件夹</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <source>&amp;Export datasets…</source>
        <translation>导出数据集(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pause / resume</source>
        <translation>暂停 / 继续(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>评估(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About IT-GAN Studio</source>
        <translation>关于 IT-GAN Studio(&amp;A)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>λ</source>
        <translation>λ</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>%1: running</source>
        <translation>%1：运行中</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>%1 already holds a run; choose another folder.</source>
        <translation>%1 中已有一次运行；请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Choose or start a run folder first.</source>
        <translation>请先选择或开始一个运行文件夹。</translation>
    </message>
    <message>
        <source> test</source>
        <translation> 测试</translation>
    </message>
    <message>
        <source> train</source>
        <translation> 训练</translation>
    </message>
    <message>
        <source>evaluate: %1 on %2, run %3, epoch %4</source>
        <translation>评估：%1，网络 %2，第 %3 次运行，第 %4 轮</translation>
    </message>
    <message>
        <source>IT-GAN Studio — %1</source>
        <translation>IT-GAN Studio — %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 失败</translation>
    </message>
    <message>
        <source>%1 cancelled; the run folder keeps its last checkpoint</source>
        <translation>%1 已取消；运行文件夹保留其最后一个检查点</translation>
    </message>
    <message>
        <source>Dataset loaded; the generator could not be loaded (see Model info)</source>
        <translation>数据集已加载；生成器无法加载（见模型信息）</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 已完成</translation>
    </message>
    <message>
        <source>Evaluation finished; results in the Plots tab</source>
        <translation>评估完成；结果见“图表”标签页</translation>
    </message>
    <message>
        <source>Load run configuration</source>
        <translation>加载运行配置</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1：没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>CPU · %1 LibTorch thread(s) of %2 cores</source>
        <translation>CPU · %1 个 LibTorch 线程（共 %2 个核心）</translation>
    </message>
    <message>
        <source>&lt;b&gt;IT-GAN Studio&lt;/b&gt; %1&lt;br&gt;Synthesizing informative training samples with a GAN (Zhao &amp;amp; Bilen, 2022): GAN inversion, IT-GAN condensation and the DM baseline, side by side, with live plots, a latent explorer and dataset export.&lt;br&gt;&lt;br&gt;Qt %2 · %3</source>
        <translation>&lt;b&gt;IT-GAN Studio&lt;/b&gt; %1&lt;br&gt;用 GAN 合成信息丰富的训练样本（Zhao &amp;amp; Bilen，2022）：GAN 反演、IT-GAN 压缩与 DM 基线并排比较，带有实时图表、潜向量浏览器和数据集导出。&lt;br&gt;&lt;br&gt;Qt %2 · %3</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>About IT-GAN Studio</source>
        <translation>关于 IT-GAN Studio</translation>
    </message>
    <message>
        <source>IT-GAN %1 = %2 from iteration %3 (written to the run log)</source>
        <translation>IT-GAN %1 = %2，自第 %3 次迭代起（已写入运行日志）</translation>
    </message>
    <message>
        <source>%1: paused after iteration %2</source>
        <translation>%1：在第 %2 次迭代后已暂停</translation>
    </message>
    <message>
        <source>%1: pausing…</source>
        <translation>%1：正在暂停…</translation>
    </message>
    <message>
        <source>Wait until the running job has finished.</source>
        <translation>请等待正在运行的任务结束。</translation>
    </message>
    <message>
        <source>%1: waiting to start</source>
        <translation>%1：等待开始</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
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
        <source>
Training metrics:</source>
        <translation>
训练指标：</translation>
    </message>
    <message>
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
        <source>source: training image #%1</source>
        <translation>来源：训练图像 #%1</translation>
    </message>
    <message>
        <source>training image #%1</source>
        <translation>训练图像 #%1</translation>
    </message>
    <message>
        <source>z ~ N(0, I), seed %1, latent #%2</source>
        <translation>z ~ N(0, I)，种子 %1，潜向量 #%2</translation>
    </message>
    <message>
        <source>
feature error %1, pixel error %2</source>
        <translation>
特征误差 %1，像素误差 %2</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <source>Set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Images/class</source>
        <translation>每类图像</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <source>%1: expected a number, got %2</source>
        <translation>%1：应为数字，实际为 %2</translation>
    </message>
    <message>
        <source>%1: expected a string</source>
        <translation>%1：应为字符串</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Folder for the run (created)</source>
        <translation>运行文件夹（会自动创建）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>数据集：</translation>
    </message>
    <message>
        <source>Generator:</source>
        <translation>生成器：</translation>
    </message>
    <message>
        <source>Run folder:</source>
        <translation>运行文件夹：</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <source>Synthetic sets</source>
        <translation>合成数据集</translation>
    </message>
    <message>
        <source>Latents (images) per class:</source>
        <translation>每类潜向量（图像）数：</translation>
    </message>
    <message>
        <source>Seed (every stage):</source>
        <translation>随机种子（所有阶段）：</translation>
    </message>
    <message>
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <source>Inversion</source>
        <translation>反演</translation>
    </message>
    <message>
        <source>IT-GAN</source>
        <translation>IT-GAN</translation>
    </message>
    <message>
        <source>DM</source>
        <translation>DM</translation>
    </message>
    <message>
        <source>Random real</source>
        <translation>随机真实</translation>
    </message>
    <message>
        <source>Whole real</source>
        <translation>全部真实</translation>
    </message>
    <message>
        <source>Sets:</source>
        <translation>数据集：</translation>
    </message>
    <message>
        <source>GAN inversion (Eq. 1)</source>
        <translation>GAN 反演（式 1）</translation>
    </message>
    <message>
        <source>Iterations:</source>
        <translation>迭代次数：</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>学习率：</translation>
    </message>
    <message>
        <source>λ pixel:</source>
        <translation>λ 像素：</translation>
    </message>
    <message>
        <source>IT-GAN condensation (Eq. 2–4)</source>
        <translation>IT-GAN 压缩（式 2–4）</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>λ:</source>
        <translation>λ：</translation>
    </message>
    <message>
        <source>Real batch per class:</source>
        <translation>每类真实批大小：</translation>
    </message>
    <message>
        <source>Split size:</source>
        <translation>划分大小：</translation>
    </message>
    <message>
        <source>Splitting:</source>
        <translation>划分方式：</translation>
    </message>
    <message>
        <source>Embedding networks:</source>
        <translation>嵌入网络：</translation>
    </message>
    <message>
        <source>Pool folder:</source>
        <translation>网络池文件夹：</translation>
    </message>
    <message>
        <source>DM baseline (pixels)</source>
        <translation>DM 基线（像素空间）</translation>
    </message>
    <message>
        <source>same as above</source>
        <translation>与上面相同</translation>
    </message>
    <message>
        <source>Images per class:</source>
        <translation>每类图像数：</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Architectures:</source>
        <translation>架构：</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>运行次数：</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>轮数：</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Build the chosen sets: inversion, IT-GAN, DM (F5)</source>
        <translation>构建所选数据集：反演、IT-GAN、DM (F5)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Train classifiers on every set and test them on real data (F7)</source>
        <translation>在每个数据集上训练分类器并在真实数据上测试 (F7)</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>加载…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>sets: expected a list of set names</source>
        <translation>sets：应为数据集名称列表</translation>
    </message>
    <message>
        <source>%1: could not write (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <source>%1: could not open (%2)</source>
        <translation>%1：无法打开（%2）</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2 (%3)</source>
        <translation>%1：偏移 %2 处不是有效的 JSON（%3）</translation>
    </message>
    <message>
        <source>%1: expected a JSON object (a compare configuration)</source>
        <translation>%1：应为 JSON 对象（compare 配置）</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>%1 / %2 · %3 s/it · ETA %4:%5</source>
        <translation>%1 / %2 · %3 秒/次 · 剩余 %4:%5</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>运行文件夹</translation>
    </message>
    <message>
        <source>Load run configuration</source>
        <translation>加载运行配置</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Save run configuration</source>
        <translation>保存运行配置</translation>
    </message>
    <message>
        <source>Live: moved during a run, IT-GAN uses the new value from its next iteration; moved during inversion or DM, it waits until IT-GAN starts.</source>
        <translation>实时：运行中调整时，IT-GAN 从下一次迭代起使用新值；在反演或 DM 期间调整时，新值等待 IT-GAN 开始。</translation>
    </message>
    <message>
        <source>IT-GAN λ (live):</source>
        <translation>IT-GAN λ（实时）：</translation>
    </message>
    <message>
        <source>IT-GAN learning rate (live):</source>
        <translation>IT-GAN 学习率（实时）：</translation>
    </message>
    <message>
        <source>Pool accuracy from (%):</source>
        <translation>网络池准确率下限 (%)：</translation>
    </message>
    <message>
        <source>Pool accuracy up to (%):</source>
        <translation>网络池准确率上限 (%)：</translation>
    </message>
    <message>
        <source>distribution matching (dm)</source>
        <translation>分布匹配 (dm)</translation>
    </message>
    <message>
        <source>gradient matching (gm)</source>
        <translation>梯度匹配 (gm)</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>混合</translation>
    </message>
    <message>
        <source>fresh random ConvNets</source>
        <translation>新的随机 ConvNet</translation>
    </message>
    <message>
        <source>pre-trained pool</source>
        <translation>预训练网络池</translation>
    </message>
</context>
<context>
    <name>SampleGridWidget</name>
    <message>
        <source>Real</source>
        <translation>真实</translation>
    </message>
    <message>
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <source>Inversion</source>
        <translation>反演</translation>
    </message>
    <message>
        <source>IT-GAN</source>
        <translation>IT-GAN</translation>
    </message>
    <message>
        <source>DM</source>
        <translation>DM</translation>
    </message>
    <message>
        <source> · it %1</source>
        <translation> · 第 %1 次迭代</translation>
    </message>
    <message>
        <source>class %1 (%2), #%3</source>
        <translation>类别 %1（%2），#%3</translation>
    </message>
    <message>
        <source>Random real</source>
        <translation>随机真实</translation>
    </message>
    <message>
        <source>Whole real</source>
        <translation>全部真实</translation>
    </message>
</context>
<context>
    <name>SamplesView</name>
    <message>
        <source>Class:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Per class:</source>
        <translation>每类：</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>缩放：</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>步骤：</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>iteration %1</source>
        <translation>第 %1 次迭代</translation>
    </message>
</context>
<context>
    <name>SchemaForm</name>
    <message>
        <source>Range: %1 – %2</source>
        <translation>范围：%1 – %2</translation>
    </message>
    <message>
        <source>%1: expected a number, got %2</source>
        <translation>%1：应为数字，实际为 %2</translation>
    </message>
    <message>
        <source>%1: expected a string, got %2</source>
        <translation>%1：应为字符串，实际为 %2</translation>
    </message>
    <message>
        <source>%1: expected one of %2, got &quot;%3&quot;</source>
        <translation>%1：应为 %2 之一，实际为“%3”</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <source>%1: expected a list of names, got %2</source>
        <translation>%1：应为名称列表，实际为 %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation>语言将在下次启动时更改。</translation>
    </message>
    <message>
        <source>automatic (all cores but one)</source>
        <translation>自动（保留一个核心）</translation>
    </message>
    <message>
        <source>LibTorch threads:</source>
        <translation>LibTorch 线程数：</translation>
    </message>
    <message>
        <source>1: Start and Evaluate run on the studio&apos;s worker thread. More: they run as that many itgan processes (itgan launch), which share the work and give the same result; the threads above are divided among them. Pause, live sliders and previews need one process.</source>
        <translation>1：开始和评估在工作室的工作线程上运行。更多：它们以相应数量的 itgan 进程（itgan launch）运行，分担工作并给出相同结果；上面的线程数在它们之间分配。暂停、实时滑块和预览需要单进程。</translation>
    </message>
    <message>
        <source>Processes for Start / Evaluate:</source>
        <translation>开始 / 评估的进程数：</translation>
    </message>
</context>
<context>
    <name>StudioWorker</name>
    <message>
        <source>LibTorch %1 · CPU</source>
        <translation>LibTorch %1 · CPU</translation>
    </message>
    <message>
        <source>No generator loaded.</source>
        <translation>未加载生成器。</translation>
    </message>
    <message>
        <source>No generator: %1</source>
        <translation>没有生成器：%1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Choose a run folder first.</source>
        <translation>请先选择一个运行文件夹。</translation>
    </message>
    <message>
        <source>The sets are in %1</source>
        <translation>数据集位于 %1</translation>
    </message>
    <message>
        <source>Opened run %1</source>
        <translation>已打开运行 %1</translation>
    </message>
    <message>
        <source>Choose at least one set to export.</source>
        <translation>请至少选择一个要导出的数据集。</translation>
    </message>
    <message>
        <source>Exported %1 set(s) as %2:
%3</source>
        <translation>已将 %1 个数据集导出为 %2：
%3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Synthesize informative training data with a GAN</source>
        <translation>用 GAN 合成信息丰富的训练数据</translation>
    </message>
    <message>
        <source>Dataset name or folder.</source>
        <translation>数据集名称或文件夹。</translation>
    </message>
    <message>
        <source>Generator file (&apos;bundled&apos; = the bundled one).</source>
        <translation>生成器文件（&apos;bundled&apos; = 自带的生成器）。</translation>
    </message>
    <message>
        <source>Run folder to open.</source>
        <translation>要打开的运行文件夹。</translation>
    </message>
    <message>
        <source>View to open: samples, plots or explorer.</source>
        <translation>初始视图：samples、plots 或 explorer。</translation>
    </message>
</context>
</TS>
