<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="34" />
        <source>IT-GAN Studio</source>
        <translation>IT-GAN Studio</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="38" />
        <source>Real images</source>
        <translation>真实图像</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="44" />
        <source>Generator</source>
        <translation>生成器</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="54" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="55" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="56" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="57" />
        <source>&amp;About IT-GAN Studio</source>
        <translation>关于 IT-GAN Studio(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="59" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="78" />
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98" />
        <source>Could not load the dataset: %1</source>
        <translation>无法加载数据集：%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="109" />
        <source>%1: %2 training and %3 test images, %4 classes</source>
        <translation>%1：%2 张训练图像，%3 张测试图像，%4 个类别</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116" />
        <source>No generator samples: %1</source>
        <translation>没有生成器样本：%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125" />
        <source>GAN samples, z ~ N(0, I), seed %1: %2</source>
        <translation>GAN 样本，z ~ N(0, I)，种子 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141" />
        <source>About IT-GAN Studio</source>
        <translation>关于 IT-GAN Studio</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142" />
        <source>&lt;b&gt;IT-GAN Studio&lt;/b&gt; %1&lt;br&gt;Synthesizing informative training samples with a GAN (Zhao &amp;amp; Bilen, 2022).</source>
        <translation>&lt;b&gt;IT-GAN Studio&lt;/b&gt; %1&lt;br&gt;用 GAN 合成信息丰富的训练样本（Zhao &amp;amp; Bilen, 2022）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio_main.cpp" line="25" />
        <source>Synthesize informative training data with a GAN</source>
        <translation>用 GAN 合成信息丰富的训练数据</translation>
    </message>
    <message>
        <location filename="../app/studio_main.cpp" line="28" />
        <source>Dataset name or folder.</source>
        <translation>数据集名称或文件夹。</translation>
    </message>
</context>
</TS>