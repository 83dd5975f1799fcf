<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
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
        <translation>Echte Bilder</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="44" />
        <source>Generator</source>
        <translation>Generator</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="54" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="55" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="56" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="57" />
        <source>&amp;About IT-GAN Studio</source>
        <translation>Ü&amp;ber IT-GAN Studio</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="59" />
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="78" />
        <source>Loading %1…</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98" />
        <source>Could not load the dataset: %1</source>
        <translation>Der Datensatz konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="109" />
        <source>%1: %2 training and %3 test images, %4 classes</source>
        <translation>%1: %2 Trainings- und %3 Testbilder, %4 Klassen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116" />
        <source>No generator samples: %1</source>
        <translation>Keine Generator-Beispiele: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125" />
        <source>GAN samples, z ~ N(0, I), seed %1: %2</source>
        <translation>GAN-Beispiele, z ~ N(0, I), Seed %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141" />
        <source>About IT-GAN Studio</source>
        <translation>Über IT-GAN Studio</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142" />
        <source>&lt;b&gt;IT-GAN Studio&lt;/b&gt; %1&lt;br&gt;Synthesizing informative training samples with a GAN (Zhao &amp;amp; Bilen, 2022).</source>
        <translation>&lt;b&gt;IT-GAN Studio&lt;/b&gt; %1&lt;br&gt;Synthese informativer Trainingsbeispiele mit einem GAN (Zhao &amp;amp; Bilen, 2022).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio_main.cpp" line="25" />
        <source>Synthesize informative training data with a GAN</source>
        <translation>Informative Trainingsdaten mit einem GAN synthetisieren</translation>
    </message>
    <message>
        <location filename="../app/studio_main.cpp" line="28" />
        <source>Dataset name or folder.</source>
        <translation>Name oder Ordner des Datensatzes.</translation>
    </message>
</context>
</TS>