<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>ExplorerEngine</name>
    <message>
        <location filename="../ui/engine/ExplorerEngine.cpp" line="219" />
        <source>class %1 · %2 #%3 → %4 #%5 · t = %6 · ‖z‖ = %7</source>
        <translation>Klasse %1 · %2 #%3 → %4 #%5 · t = %6 · ‖z‖ = %7</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="25" />
        <source>Export datasets</source>
        <translation>Datensätze exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="27" />
        <source>Sets</source>
        <translation>Mengen</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="33" />
        <source>PNG class folders + manifest.json</source>
        <translation>PNG-Klassenordner + manifest.json</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="33" />
        <source>NumPy images.npy + labels.npy</source>
        <translation>NumPy images.npy + labels.npy</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="34" />
        <source>PyTorch .pt dict {images, labels, classes}</source>
        <translation>PyTorch-.pt-Dict {images, labels, classes}</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="34" />
        <source>CIFAR binary records</source>
        <translation>CIFAR-Binärdatensätze</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="35" />
        <source>Latent bundle (generator + latents + manifest)</source>
        <translation>Latent-Bündel (Generator + Latents + Manifest)</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="38" />
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="41" />
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="44" />
        <source>Into folder:</source>
        <translation>In Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="45" />
        <source>Replace existing exports</source>
        <translation>Vorhandene Exporte ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="58" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="63" />
        <source>Export into</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="81" />
        <source>No finished inversion, IT-GAN or DM run is open: start a run or open a run folder first.</source>
        <translation>Kein abgeschlossener Inversions-, IT-GAN- oder DM-Lauf ist geöffnet: Starten Sie zuerst einen Lauf oder öffnen Sie einen Laufordner.</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="126" />
        <source>Choose the folder to export into.</source>
        <translation>Wählen Sie den Zielordner für den Export.</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="130" />
        <source>Choose at least one set.</source>
        <translation>Wählen Sie mindestens eine Menge.</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="134" />
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="148" />
        <source>Done. </source>
        <translation>Fertig. </translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="148" />
        <source>Failed: </source>
        <translation>Fehlgeschlagen: </translation>
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
        <translation>Reale Quelle</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="46" />
        <source>Inversion</source>
        <translation>Inversion</translation>
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
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="60" />
        <source>Latent</source>
        <translation>Latent</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="63" />
        <source>Class:</source>
        <translation>Klasse:</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="73" />
        <source>A:</source>
        <translation>A:</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="74" />
        <source>B:</source>
        <translation>B:</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="77" />
        <source>A → B:</source>
        <translation>A → B:</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="79" />
        <source>principal directions of the class</source>
        <translation>Hauptrichtungen der Klasse</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="80" />
        <source>random directions</source>
        <translation>zufällige Richtungen</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="81" />
        <source>Directions:</source>
        <translation>Richtungen:</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="85" />
        <source>Step along direction %1, in standard deviations (−3 … 3)</source>
        <translation>Schritt entlang Richtung %1, in Standardabweichungen (−3 … 3)</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="87" />
        <source>Direction %1:</source>
        <translation>Richtung %1:</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="90" />
        <source>Reset directions</source>
        <translation>Richtungen zurücksetzen</translation>
    </message>
</context>
<context>
    <name>LivePlot</name>
    <message>
        <location filename="../ui/LivePlot.cpp" line="38" />
        <source>Log y</source>
        <translation>Log. y</translation>
    </message>
    <message>
        <location filename="../ui/LivePlot.cpp" line="40" />
        <source>Smoothing:</source>
        <translation>Glättung:</translation>
    </message>
    <message>
        <location filename="../ui/LivePlot.cpp" line="44" />
        <source>Moving average over this many points (1 = raw values)</source>
        <translation>Gleitender Mittelwert über so viele Punkte (1 = Rohwerte)</translation>
    </message>
    <message>
        <location filename="../ui/LivePlot.cpp" line="47" />
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/LivePlot.cpp" line="48" />
        <source>Save the plot as PNG or PDF, or its data as CSV</source>
        <translation>Diagramm als PNG oder PDF speichern, oder seine Daten als CSV</translation>
    </message>
    <message>
        <location filename="../ui/LivePlot.cpp" line="208" />
        <source>%1: could not write (%2)</source>
        <translation>%1: konnte nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../ui/LivePlot.cpp" line="228" />
        <location filename="../ui/LivePlot.cpp" line="241" />
        <source>Export plot</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../ui/LivePlot.cpp" line="229" />
        <source>PNG image (*.png);;PDF document (*.pdf);;CSV data (*.csv)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf);;CSV-Daten (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/LivePlot.cpp" line="242" />
        <source>%1: could not write the file.</source>
        <translation>%1: Die Datei konnte nicht geschrieben werden.</translation>
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
        <translation>Inversion</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="52" />
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="54" />
        <source>Random real</source>
        <translation>Zufällig real</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="56" />
        <source>Whole real</source>
        <translation>Alle realen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="64" />
        <source>Opening inputs</source>
        <translation>Eingaben werden geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="66" />
        <source>Opening the run</source>
        <translation>Lauf wird geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="68" />
        <source>Building the sets</source>
        <translation>Mengen werden erzeugt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="70" />
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="72" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="88" />
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91" />
        <source>iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91" />
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="92" />
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="92" />
        <source>accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97" />
        <source>Plots &amp;&amp; results</source>
        <translation>Diagramme &amp;&amp; Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="100" />
        <source>Latent explorer</source>
        <translation>Latent-Explorer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="104" />
        <location filename="../ui/MainWindow.cpp" line="200" />
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112" />
        <source>Model info</source>
        <translation>Modellinfo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="121" />
        <location filename="../ui/MainWindow.cpp" line="435" />
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="166" />
        <source>Open &amp;dataset…</source>
        <translation>&amp;Datensatz öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="166" />
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167" />
        <source>Open dataset folder</source>
        <translation>Datensatzordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="171" />
        <source>Open &amp;generator…</source>
        <translation>&amp;Generator öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="171" />
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="172" />
        <source>Open generator</source>
        <translation>Generator öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="173" />
        <source>Generators (*.pt *.pth);;All files (*)</source>
        <translation>Generatoren (*.pt *.pth);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="177" />
        <source>&amp;Open run folder…</source>
        <translation>Lauf&amp;ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="178" />
        <source>Open run folder</source>
        <translation>Laufordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="182" />
        <source>Recent</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185" />
        <source>&amp;Export datasets…</source>
        <translation>Datensätze &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186" />
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187" />
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="189" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="191" />
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193" />
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194" />
        <source>&amp;Pause / resume</source>
        <translation>&amp;Pause / Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196" />
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="198" />
        <source>&amp;Evaluate</source>
        <translation>&amp;Auswerten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="217" />
        <source>&amp;About IT-GAN Studio</source>
        <translation>Ü&amp;ber IT-GAN Studio</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="241" />
        <source>λ</source>
        <translation>λ</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="241" />
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242" />
        <source>%1 = %2 from iteration %3 (written to the run log)</source>
        <translation>%1 = %2 ab Iteration %3 (im Laufprotokoll vermerkt)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252" />
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276" />
        <source>%1: paused</source>
        <translation>%1: pausiert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276" />
        <location filename="../ui/MainWindow.cpp" line="435" />
        <source>%1: running</source>
        <translation>%1: läuft</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="315" />
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="333" />
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="333" />
        <source>%1 already holds a run; choose another folder.</source>
        <translation>%1 enthält bereits einen Lauf; wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="352" />
        <source>Evaluate</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="352" />
        <source>Choose or start a run folder first.</source>
        <translation>Wählen oder starten Sie zuerst einen Laufordner.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="389" />
        <source> test</source>
        <translation> Test</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="389" />
        <source> train</source>
        <translation> Training</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="395" />
        <source>evaluate: %1 on %2, run %3, epoch %4</source>
        <translation>Auswertung: %1 mit %2, Lauf %3, Epoche %4</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="426" />
        <source>IT-GAN Studio — %1</source>
        <translation>IT-GAN Studio — %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="443" />
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="451" />
        <source>%1 cancelled; the run folder keeps its last checkpoint</source>
        <translation>%1 abgebrochen; der Laufordner behält seinen letzten Checkpoint</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="453" />
        <source>%1 finished</source>
        <translation>%1 abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="457" />
        <source>Evaluation finished; results in the Plots tab</source>
        <translation>Auswertung abgeschlossen; Ergebnisse im Reiter Diagramme</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="477" />
        <source>Load run configuration</source>
        <translation>Laufkonfiguration laden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="481" />
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="538" />
        <source>CPU · %1 LibTorch thread(s) of %2 cores</source>
        <translation>CPU · %1 LibTorch-Thread(s) von %2 Kernen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="544" />
        <source>&lt;b&gt;IT-GAN Studio&lt;/b&gt; %1&lt;br&gt;Synthesizing informative training samples with a GAN (Zhao &amp;amp; Bilen, 2022): GAN inversion, IT-GAN condensation and the DM baseline, side by side, with live plots, a latent explorer and dataset export.&lt;br&gt;&lt;br&gt;Qt %2 · %3</source>
        <translation>&lt;b&gt;IT-GAN Studio&lt;/b&gt; %1&lt;br&gt;Informative Trainingsbeispiele mit einem GAN erzeugen (Zhao &amp;amp; Bilen, 2022): GAN-Inversion, IT-GAN-Kondensation und die DM-Baseline im direkten Vergleich, mit Live-Diagrammen, einem Latent-Explorer und Datensatz-Export.&lt;br&gt;&lt;br&gt;Qt %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="298" />
        <source>Loading %1…</source>
        <translation>Lade %1…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="543" />
        <source>About IT-GAN Studio</source>
        <translation>Über IT-GAN Studio</translation>
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
        <translation>Generator: %1
Dateiart: %2
Architektur: %3
Parameter: %4
Latent-Größe: %5
Klassen: %6
Kanäle: %7
Auflösung: %8×%8</translation>
    </message>
    <message>
        <location filename="../ui/engine/EngineCache.cpp" line="76" />
        <source>
Training metrics:</source>
        <translation>
Trainingsmetriken:</translation>
    </message>
    <message>
        <location filename="../ui/engine/EngineCache.cpp" line="90" />
        <source>Dataset: %1
Source: %2
Training images: %3
Test images: %4
Classes: %5
Image: %6×%7×%8</source>
        <translation>Datensatz: %1
Quelle: %2
Trainingsbilder: %3
Testbilder: %4
Klassen: %5
Bild: %6×%7×%8</translation>
    </message>
    <message>
        <location filename="../ui/engine/RunReader.cpp" line="26" />
        <source>source: training image #%1</source>
        <translation>Quelle: Trainingsbild #%1</translation>
    </message>
    <message>
        <location filename="../ui/engine/RunReader.cpp" line="44" />
        <source>training image #%1</source>
        <translation>Trainingsbild #%1</translation>
    </message>
    <message>
        <location filename="../ui/engine/RunReader.cpp" line="53" />
        <source>z ~ N(0, I), seed %1, latent #%2</source>
        <translation>z ~ N(0, I), Seed %1, Latent #%2</translation>
    </message>
    <message>
        <location filename="../ui/engine/RunReader.cpp" line="90" />
        <source>
feature error %1, pixel error %2</source>
        <translation>
Merkmalsfehler %1, Pixelfehler %2</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="14" />
        <source>Set</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="14" />
        <source>Images/class</source>
        <translation>Bilder/Klasse</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="14" />
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="14" />
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="14" />
        <source>Accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="15" />
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="37" />
        <source>Random real</source>
        <translation>Zufällig real</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="38" />
        <source>Whole real</source>
        <translation>Alle realen</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="50" />
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <location filename="../ui/RunPanel.cpp" line="59" />
        <source>%1: expected a number, got %2</source>
        <translation>%1: Zahl erwartet, erhalten: %2</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="71" />
        <source>%1: expected a string</source>
        <translation>%1: Zeichenkette erwartet</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="98" />
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="104" />
        <source>Folder for the run (created)</source>
        <translation>Ordner für den Lauf (wird angelegt)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="105" />
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="108" />
        <source>Dataset:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="109" />
        <source>Generator:</source>
        <translation>Generator:</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="110" />
        <source>Run folder:</source>
        <translation>Laufordner:</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="113" />
        <source>CPU scale (minutes)</source>
        <translation>CPU-Maßstab (Minuten)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="114" />
        <source>Quick look (seconds)</source>
        <translation>Schnellansicht (Sekunden)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="115" />
        <source>Paper (GPU scale)</source>
        <translation>Paper (GPU-Maßstab)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="116" />
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="119" />
        <source>Preset:</source>
        <translation>Voreinstellung:</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="122" />
        <source>Synthetic sets</source>
        <translation>Synthetische Mengen</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="125" />
        <source>Latents (images) per class:</source>
        <translation>Latents (Bilder) pro Klasse:</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="127" />
        <source>Seed (every stage):</source>
        <translation>Seed (alle Stufen):</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="129" />
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="130" />
        <source>Inversion</source>
        <translation>Inversion</translation>
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
        <translation>Zufällig real</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="134" />
        <source>Whole real</source>
        <translation>Alle realen</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="140" />
        <source>Sets:</source>
        <translation>Mengen:</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="143" />
        <source>GAN inversion (Eq. 1)</source>
        <translation>GAN-Inversion (Gl. 1)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="150" />
        <location filename="../ui/RunPanel.cpp" line="185" />
        <location filename="../ui/RunPanel.cpp" line="205" />
        <source>Iterations:</source>
        <translation>Iterationen:</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="151" />
        <location filename="../ui/RunPanel.cpp" line="188" />
        <location filename="../ui/RunPanel.cpp" line="206" />
        <source>Learning rate:</source>
        <translation>Lernrate:</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="152" />
        <source>λ pixel:</source>
        <translation>λ Pixel:</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="155" />
        <source>IT-GAN condensation (Eq. 2–4)</source>
        <translation>IT-GAN-Kondensation (Gl. 2–4)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="159" />
        <source>distribution matching (dm)</source>
        <translation>Verteilungsabgleich (dm)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="160" />
        <source>gradient matching (gm)</source>
        <translation>Gradientenabgleich (gm)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="162" />
        <source>λ of Eq. 4: L = (1 − λ)·L_con + λ·R. The far left is exactly 0.</source>
        <translation>λ aus Gl. 4: L = (1 − λ)·L_con + λ·R. Ganz links ist genau 0.</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="166" />
        <source>whole class</source>
        <translation>ganze Klasse</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="168" />
        <source>fixed</source>
        <translation>fest</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="169" />
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="171" />
        <source>fresh random ConvNets</source>
        <translation>neue zufällige ConvNets</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="172" />
        <source>pre-trained pool</source>
        <translation>vortrainierter Pool</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="174" />
        <source>Pool folder from `itgan make-pool`</source>
        <translation>Pool-Ordner von `itgan make-pool`</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="186" />
        <source>Objective:</source>
        <translation>Zielfunktion:</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="187" />
        <source>λ:</source>
        <translation>λ:</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="189" />
        <location filename="../ui/RunPanel.cpp" line="207" />
        <source>Real batch per class:</source>
        <translation>Reale Batchgröße pro Klasse:</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="190" />
        <source>Split size:</source>
        <translation>Teilmengengröße:</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="191" />
        <source>Splitting:</source>
        <translation>Aufteilung:</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="192" />
        <source>Embedding networks:</source>
        <translation>Einbettungsnetze:</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="193" />
        <source>Pool folder:</source>
        <translation>Pool-Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="194" />
        <source>Pool accuracy range:</source>
        <translation>Genauigkeitsbereich des Pools:</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="197" />
        <source>DM baseline (pixels)</source>
        <translation>DM-Baseline (Pixel)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="203" />
        <source>same as above</source>
        <translation>wie oben</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="204" />
        <source>Set it for comparisons at equal storage (paper Tab. 2)</source>
        <translation>Für Vergleiche bei gleichem Speicherbedarf setzen (Paper Tab. 2)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="208" />
        <source>Images per class:</source>
        <translation>Bilder pro Klasse:</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="211" />
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="214" />
        <source>Comma-separated: convnet, resnet18, vgg19, vgg19bn, wrn-16-8, mobilenetv2, …</source>
        <translation>Kommagetrennt: convnet, resnet18, vgg19, vgg19bn, wrn-16-8, mobilenetv2, …</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="217" />
        <source>Architectures:</source>
        <translation>Architekturen:</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="218" />
        <source>Runs:</source>
        <translation>Läufe:</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="219" />
        <source>Epochs:</source>
        <translation>Epochen:</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="227" />
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="228" />
        <source>Build the chosen sets: inversion, IT-GAN, DM (F5)</source>
        <translation>Die gewählten Mengen erzeugen: Inversion, IT-GAN, DM (F5)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="229" />
        <location filename="../ui/RunPanel.cpp" line="516" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="230" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="231" />
        <source>Evaluate</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="232" />
        <source>Train classifiers on every set and test them on real data (F7)</source>
        <translation>Klassifikatoren auf jeder Menge trainieren und auf realen Daten testen (F7)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="233" />
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="234" />
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="351" />
        <source>itgan.objective: expected "dm" or "gm", got "%1"</source>
        <translation>itgan.objective: "dm" oder "gm" erwartet, erhalten: "%1"</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="353" />
        <source>itgan.split_strategy: expected "fixed" or "mixed", got "%1"</source>
        <translation>itgan.split_strategy: "fixed" oder "mixed" erwartet, erhalten: "%1"</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="355" />
        <source>itgan.embedding: expected "random" or "pool", got "%1"</source>
        <translation>itgan.embedding: "random" oder "pool" erwartet, erhalten: "%1"</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="358" />
        <source>sets: expected a list of set names</source>
        <translation>sets: Liste von Mengennamen erwartet</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="361" />
        <source>evaluation.architectures: expected a list of architecture names</source>
        <translation>evaluation.architectures: Liste von Architekturnamen erwartet</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="455" />
        <source>%1: could not write (%2)</source>
        <translation>%1: konnte nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="466" />
        <source>%1: could not open (%2)</source>
        <translation>%1: konnte nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="474" />
        <source>%1: not valid JSON at offset %2 (%3)</source>
        <translation>%1: kein gültiges JSON an Position %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="475" />
        <source>%1: expected a JSON object (a compare configuration)</source>
        <translation>%1: JSON-Objekt erwartet (eine compare-Konfiguration)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="516" />
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="526" />
        <source>%1 / %2 · %3 s/it · ETA %4:%5</source>
        <translation>%1 / %2 · %3 s/It · Rest %4:%5</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="541" />
        <source>Run folder</source>
        <translation>Laufordner</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="548" />
        <location filename="../ui/RunPanel.cpp" line="551" />
        <source>Load run configuration</source>
        <translation>Laufkonfiguration laden</translation>
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
        <translation>Laufkonfiguration speichern</translation>
    </message>
</context>
<context>
    <name>SampleGridWidget</name>
    <message>
        <location filename="../ui/SampleGridWidget.cpp" line="15" />
        <source>Real</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../ui/SampleGridWidget.cpp" line="17" />
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <location filename="../ui/SampleGridWidget.cpp" line="19" />
        <source>Inversion</source>
        <translation>Inversion</translation>
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
        <translation> · It. %1</translation>
    </message>
    <message>
        <location filename="../ui/SampleGridWidget.cpp" line="237" />
        <source>class %1 (%2), #%3</source>
        <translation>Klasse %1 (%2), #%3</translation>
    </message>
</context>
<context>
    <name>SamplesView</name>
    <message>
        <location filename="../ui/SamplesView.cpp" line="17" />
        <source>Class:</source>
        <translation>Klasse:</translation>
    </message>
    <message>
        <location filename="../ui/SamplesView.cpp" line="19" />
        <location filename="../ui/SamplesView.cpp" line="78" />
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <location filename="../ui/SamplesView.cpp" line="21" />
        <source>Per class:</source>
        <translation>Pro Klasse:</translation>
    </message>
    <message>
        <location filename="../ui/SamplesView.cpp" line="26" />
        <source>Zoom:</source>
        <translation>Zoom:</translation>
    </message>
    <message>
        <location filename="../ui/SamplesView.cpp" line="32" />
        <source>Step:</source>
        <translation>Schritt:</translation>
    </message>
    <message>
        <location filename="../ui/SamplesView.cpp" line="36" />
        <location filename="../ui/SamplesView.cpp" line="56" />
        <source>latest</source>
        <translation>neuester</translation>
    </message>
    <message>
        <location filename="../ui/SamplesView.cpp" line="56" />
        <source>iteration %1</source>
        <translation>Iteration %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="13" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="16" />
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="22" />
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="23" />
        <source>The language changes at the next start.</source>
        <translation>Die Sprache ändert sich beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="26" />
        <source>automatic (all cores but one)</source>
        <translation>automatisch (alle Kerne bis auf einen)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="28" />
        <source>LibTorch threads:</source>
        <translation>LibTorch-Threads:</translation>
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
        <translation>Kein Generator geladen.</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="187" />
        <source>No generator: %1</source>
        <translation>Kein Generator: %1</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="190" />
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="198" />
        <source>Choose a run folder first.</source>
        <translation>Wählen Sie zuerst einen Laufordner.</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="249" />
        <source>The sets are in %1</source>
        <translation>Die Mengen liegen in %1</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="274" />
        <source>Opened run %1</source>
        <translation>Lauf %1 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="282" />
        <source>Choose at least one set to export.</source>
        <translation>Wählen Sie mindestens eine Menge zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="297" />
        <source>Exported %1 set(s) as %2:
%3</source>
        <translation>%1 Menge(n) als %2 exportiert:
%3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio_main.cpp" line="32" />
        <source>Synthesize informative training data with a GAN</source>
        <translation>Informative Trainingsdaten mit einem GAN erzeugen</translation>
    </message>
    <message>
        <location filename="../app/studio_main.cpp" line="35" />
        <source>Dataset name or folder.</source>
        <translation>Name oder Ordner des Datensatzes.</translation>
    </message>
    <message>
        <location filename="../app/studio_main.cpp" line="38" />
        <source>Generator file ('bundled' = the bundled one).</source>
        <translation>Generatordatei ('bundled' = der mitgelieferte).</translation>
    </message>
    <message>
        <location filename="../app/studio_main.cpp" line="40" />
        <source>Run folder to open.</source>
        <translation>Zu öffnender Laufordner.</translation>
    </message>
    <message>
        <location filename="../app/studio_main.cpp" line="43" />
        <source>View to open: samples, plots or explorer.</source>
        <translation>Anfangsansicht: samples, plots oder explorer.</translation>
    </message>
</context>
</TS>