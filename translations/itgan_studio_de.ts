<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ExplorerEngine</name>
    <message>
        <source>class %1 · %2 #%3 → %4 #%5 · t = %6 · ‖z‖ = %7</source>
        <translation>Klasse %1 · %2 #%3 → %4 #%5 · t = %6 · ‖z‖ = %7</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export datasets</source>
        <translation>Datensätze exportieren</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Mengen</translation>
    </message>
    <message>
        <source>PNG class folders + manifest.json</source>
        <translation>PNG-Klassenordner + manifest.json</translation>
    </message>
    <message>
        <source>NumPy images.npy + labels.npy</source>
        <translation>NumPy images.npy + labels.npy</translation>
    </message>
    <message>
        <source>PyTorch .pt dict {images, labels, classes}</source>
        <translation>PyTorch-.pt-Dict {images, labels, classes}</translation>
    </message>
    <message>
        <source>CIFAR binary records</source>
        <translation>CIFAR-Binärdatensätze</translation>
    </message>
    <message>
        <source>Latent bundle (generator + latents + manifest)</source>
        <translation>Latent-Bündel (Generator + Latents + Manifest)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Into folder:</source>
        <translation>In Ordner:</translation>
    </message>
    <message>
        <source>Replace existing exports</source>
        <translation>Vorhandene Exporte ersetzen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>No finished inversion, IT-GAN or DM run is open: start a run or open a run folder first.</source>
        <translation>Kein abgeschlossener Inversions-, IT-GAN- oder DM-Lauf ist geöffnet: Starten Sie zuerst einen Lauf oder öffnen Sie einen Laufordner.</translation>
    </message>
    <message>
        <source>Choose the folder to export into.</source>
        <translation>Wählen Sie den Zielordner für den Export.</translation>
    </message>
    <message>
        <source>Choose at least one set.</source>
        <translation>Wählen Sie mindestens eine Menge.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message>
        <source>Done. </source>
        <translation>Fertig. </translation>
    </message>
    <message>
        <source>Failed: </source>
        <translation>Fehlgeschlagen: </translation>
    </message>
</context>
<context>
    <name>JobController</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 processes × %2 thread(s) started (itgan launch)</source>
        <translation>%1 Prozesse × %2 Thread(s) gestartet (itgan launch)</translation>
    </message>
    <message>
        <source>pausing needs a run in one process; Cancel stops every process and keeps the last checkpoint</source>
        <translation>Pausieren braucht einen Lauf in einem Prozess; Abbrechen beendet alle Prozesse und behält den letzten Checkpoint</translation>
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
        <translation>Reale Quelle</translation>
    </message>
    <message>
        <source>Inversion</source>
        <translation>Inversion</translation>
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
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Latent</source>
        <translation>Latent</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Klasse:</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B:</translation>
    </message>
    <message>
        <source>A → B:</source>
        <translation>A → B:</translation>
    </message>
    <message>
        <source>principal directions of the class</source>
        <translation>Hauptrichtungen der Klasse</translation>
    </message>
    <message>
        <source>random directions</source>
        <translation>zufällige Richtungen</translation>
    </message>
    <message>
        <source>Directions:</source>
        <translation>Richtungen:</translation>
    </message>
    <message>
        <source>Step along direction %1, in standard deviations (−3 … 3)</source>
        <translation>Schritt entlang Richtung %1, in Standardabweichungen (−3 … 3)</translation>
    </message>
    <message>
        <source>Direction %1:</source>
        <translation>Richtung %1:</translation>
    </message>
    <message>
        <source>Reset directions</source>
        <translation>Richtungen zurücksetzen</translation>
    </message>
</context>
<context>
    <name>LivePlot</name>
    <message>
        <source>Log y</source>
        <translation>Log. y</translation>
    </message>
    <message>
        <source>Smoothing:</source>
        <translation>Glättung:</translation>
    </message>
    <message>
        <source>Moving average over this many points (1 = raw values)</source>
        <translation>Gleitender Mittelwert über so viele Punkte (1 = Rohwerte)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the plot as PNG or PDF, or its data as CSV</source>
        <translation>Diagramm als PNG oder PDF speichern, oder seine Daten als CSV</translation>
    </message>
    <message>
        <source>%1: could not write (%2)</source>
        <translation>%1: konnte nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;CSV data (*.csv)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf);;CSV-Daten (*.csv)</translation>
    </message>
    <message>
        <source>%1: could not write the file.</source>
        <translation>%1: Die Datei konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>LocalRunProcess</name>
    <message>
        <source>A run with several processes is already under way.</source>
        <translation>Ein Lauf mit mehreren Prozessen ist bereits im Gang.</translation>
    </message>
    <message>
        <source>Choose a run folder first.</source>
        <translation>Wählen Sie zuerst einen Laufordner.</translation>
    </message>
    <message>
        <source>Runs with several processes need the itgan program beside itgan-studio or on PATH.</source>
        <translation>Läufe mit mehreren Prozessen brauchen das Programm itgan neben itgan-studio oder im PATH.</translation>
    </message>
    <message>
        <source>Cannot write the run configuration to %1</source>
        <translation>Die Laufkonfiguration kann nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The run&apos;s processes finished.</source>
        <translation>Die Prozesse des Laufs sind fertig.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>itgan launch exited with code %1</source>
        <translation>itgan launch endete mit Code %1</translation>
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
        <translation>Eingaben werden geöffnet</translation>
    </message>
    <message>
        <source>Opening the run</source>
        <translation>Lauf wird geöffnet</translation>
    </message>
    <message>
        <source>Building the sets</source>
        <translation>Mengen werden erzeugt</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <source>Plots &amp;&amp; results</source>
        <translation>Diagramme &amp;&amp; Ergebnisse</translation>
    </message>
    <message>
        <source>Latent explorer</source>
        <translation>Latent-Explorer</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Model info</source>
        <translation>Modellinfo</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;dataset…</source>
        <translation>&amp;Datensatz öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Open dataset folder</source>
        <translation>Datensatzordner öffnen</translation>
    </message>
    <message>
        <source>Open &amp;generator…</source>
        <translation>&amp;Generator öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Open generator</source>
        <translation>Generator öffnen</translation>
    </message>
    <message>
        <source>Generators (*.pt *.pth);;All files (*)</source>
        <translation>Generatoren (*.pt *.pth);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Open run folder…</source>
        <translation>Lauf&amp;ordner öffnen…</translation>
    </message>
    <message>
        <source>Open run folder</source>
        <translation>Laufordner öffnen</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>&amp;Export datasets…</source>
        <translation>Datensätze &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Pause / resume</source>
        <translation>&amp;Pause / Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>&amp;Auswerten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About IT-GAN Studio</source>
        <translation>Ü&amp;ber IT-GAN Studio</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>λ</source>
        <translation>λ</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>%1: running</source>
        <translation>%1: läuft</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>%1 already holds a run; choose another folder.</source>
        <translation>%1 enthält bereits einen Lauf; wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <source>Choose or start a run folder first.</source>
        <translation>Wählen oder starten Sie zuerst einen Laufordner.</translation>
    </message>
    <message>
        <source> test</source>
        <translation> Test</translation>
    </message>
    <message>
        <source> train</source>
        <translation> Training</translation>
    </message>
    <message>
        <source>evaluate: %1 on %2, run %3, epoch %4</source>
        <translation>Auswertung: %1 mit %2, Lauf %3, Epoche %4</translation>
    </message>
    <message>
        <source>IT-GAN Studio — %1</source>
        <translation>IT-GAN Studio — %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 cancelled; the run folder keeps its last checkpoint</source>
        <translation>%1 abgebrochen; der Laufordner behält seinen letzten Checkpoint</translation>
    </message>
    <message>
        <source>Dataset loaded; the generator could not be loaded (see Model info)</source>
        <translation>Datensatz geladen; der Generator konnte nicht geladen werden (siehe Modellinfo)</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 abgeschlossen</translation>
    </message>
    <message>
        <source>Evaluation finished; results in the Plots tab</source>
        <translation>Auswertung abgeschlossen; Ergebnisse im Reiter Diagramme</translation>
    </message>
    <message>
        <source>Load run configuration</source>
        <translation>Laufkonfiguration laden</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>CPU · %1 LibTorch thread(s) of %2 cores</source>
        <translation>CPU · %1 LibTorch-Thread(s) von %2 Kernen</translation>
    </message>
    <message>
        <source>&lt;b&gt;IT-GAN Studio&lt;/b&gt; %1&lt;br&gt;Synthesizing informative training samples with a GAN (Zhao &amp;amp; Bilen, 2022): GAN inversion, IT-GAN condensation and the DM baseline, side by side, with live plots, a latent explorer and dataset export.&lt;br&gt;&lt;br&gt;Qt %2 · %3</source>
        <translation>&lt;b&gt;IT-GAN Studio&lt;/b&gt; %1&lt;br&gt;Informative Trainingsbeispiele mit einem GAN erzeugen (Zhao &amp;amp; Bilen, 2022): GAN-Inversion, IT-GAN-Kondensation und die DM-Baseline im direkten Vergleich, mit Live-Diagrammen, einem Latent-Explorer und Datensatz-Export.&lt;br&gt;&lt;br&gt;Qt %2 · %3</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Lade %1…</translation>
    </message>
    <message>
        <source>About IT-GAN Studio</source>
        <translation>Über IT-GAN Studio</translation>
    </message>
    <message>
        <source>IT-GAN %1 = %2 from iteration %3 (written to the run log)</source>
        <translation>IT-GAN %1 = %2 ab Iteration %3 (im Laufprotokoll vermerkt)</translation>
    </message>
    <message>
        <source>%1: paused after iteration %2</source>
        <translation>%1: angehalten nach Iteration %2</translation>
    </message>
    <message>
        <source>%1: pausing…</source>
        <translation>%1: wird angehalten…</translation>
    </message>
    <message>
        <source>Wait until the running job has finished.</source>
        <translation>Warten Sie, bis die laufende Aufgabe beendet ist.</translation>
    </message>
    <message>
        <source>%1: waiting to start</source>
        <translation>%1: wartet auf den Start</translation>
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
        <source>
Training metrics:</source>
        <translation>
Trainingsmetriken:</translation>
    </message>
    <message>
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
        <source>source: training image #%1</source>
        <translation>Quelle: Trainingsbild #%1</translation>
    </message>
    <message>
        <source>training image #%1</source>
        <translation>Trainingsbild #%1</translation>
    </message>
    <message>
        <source>z ~ N(0, I), seed %1, latent #%2</source>
        <translation>z ~ N(0, I), Seed %1, Latent #%2</translation>
    </message>
    <message>
        <source>
feature error %1, pixel error %2</source>
        <translation>
Merkmalsfehler %1, Pixelfehler %2</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <source>Set</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Images/class</source>
        <translation>Bilder/Klasse</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <source>%1: expected a number, got %2</source>
        <translation>%1: Zahl erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>%1: expected a string</source>
        <translation>%1: Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Folder for the run (created)</source>
        <translation>Ordner für den Lauf (wird angelegt)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <source>Generator:</source>
        <translation>Generator:</translation>
    </message>
    <message>
        <source>Run folder:</source>
        <translation>Laufordner:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Voreinstellung:</translation>
    </message>
    <message>
        <source>Synthetic sets</source>
        <translation>Synthetische Mengen</translation>
    </message>
    <message>
        <source>Latents (images) per class:</source>
        <translation>Latents (Bilder) pro Klasse:</translation>
    </message>
    <message>
        <source>Seed (every stage):</source>
        <translation>Seed (alle Stufen):</translation>
    </message>
    <message>
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <source>Inversion</source>
        <translation>Inversion</translation>
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
        <translation>Zufällig real</translation>
    </message>
    <message>
        <source>Whole real</source>
        <translation>Alle realen</translation>
    </message>
    <message>
        <source>Sets:</source>
        <translation>Mengen:</translation>
    </message>
    <message>
        <source>GAN inversion (Eq. 1)</source>
        <translation>GAN-Inversion (Gl. 1)</translation>
    </message>
    <message>
        <source>Iterations:</source>
        <translation>Iterationen:</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Lernrate:</translation>
    </message>
    <message>
        <source>λ pixel:</source>
        <translation>λ Pixel:</translation>
    </message>
    <message>
        <source>IT-GAN condensation (Eq. 2–4)</source>
        <translation>IT-GAN-Kondensation (Gl. 2–4)</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>Zielfunktion:</translation>
    </message>
    <message>
        <source>λ:</source>
        <translation>λ:</translation>
    </message>
    <message>
        <source>Real batch per class:</source>
        <translation>Reale Batchgröße pro Klasse:</translation>
    </message>
    <message>
        <source>Split size:</source>
        <translation>Teilmengengröße:</translation>
    </message>
    <message>
        <source>Splitting:</source>
        <translation>Aufteilung:</translation>
    </message>
    <message>
        <source>Embedding networks:</source>
        <translation>Einbettungsnetze:</translation>
    </message>
    <message>
        <source>Pool folder:</source>
        <translation>Pool-Ordner:</translation>
    </message>
    <message>
        <source>DM baseline (pixels)</source>
        <translation>DM-Baseline (Pixel)</translation>
    </message>
    <message>
        <source>same as above</source>
        <translation>wie oben</translation>
    </message>
    <message>
        <source>Images per class:</source>
        <translation>Bilder pro Klasse:</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Architectures:</source>
        <translation>Architekturen:</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Läufe:</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>Epochen:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Build the chosen sets: inversion, IT-GAN, DM (F5)</source>
        <translation>Die gewählten Mengen erzeugen: Inversion, IT-GAN, DM (F5)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <source>Train classifiers on every set and test them on real data (F7)</source>
        <translation>Klassifikatoren auf jeder Menge trainieren und auf realen Daten testen (F7)</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>sets: expected a list of set names</source>
        <translation>sets: Liste von Mengennamen erwartet</translation>
    </message>
    <message>
        <source>%1: could not write (%2)</source>
        <translation>%1: konnte nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>%1: could not open (%2)</source>
        <translation>%1: konnte nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2 (%3)</source>
        <translation>%1: kein gültiges JSON an Position %2 (%3)</translation>
    </message>
    <message>
        <source>%1: expected a JSON object (a compare configuration)</source>
        <translation>%1: JSON-Objekt erwartet (eine compare-Konfiguration)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>%1 / %2 · %3 s/it · ETA %4:%5</source>
        <translation>%1 / %2 · %3 s/It · Rest %4:%5</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>Laufordner</translation>
    </message>
    <message>
        <source>Load run configuration</source>
        <translation>Laufkonfiguration laden</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Save run configuration</source>
        <translation>Laufkonfiguration speichern</translation>
    </message>
    <message>
        <source>Live: moved during a run, IT-GAN uses the new value from its next iteration; moved during inversion or DM, it waits until IT-GAN starts.</source>
        <translation>Live: während eines Laufs verschoben, nutzt IT-GAN den neuen Wert ab seiner nächsten Iteration; während Inversion oder DM verschoben, wartet er, bis IT-GAN beginnt.</translation>
    </message>
    <message>
        <source>IT-GAN λ (live):</source>
        <translation>IT-GAN λ (live):</translation>
    </message>
    <message>
        <source>IT-GAN learning rate (live):</source>
        <translation>IT-GAN-Lernrate (live):</translation>
    </message>
    <message>
        <source>Pool accuracy from (%):</source>
        <translation>Pool-Genauigkeit ab (%):</translation>
    </message>
    <message>
        <source>Pool accuracy up to (%):</source>
        <translation>Pool-Genauigkeit bis (%):</translation>
    </message>
    <message>
        <source>distribution matching (dm)</source>
        <translation>Verteilungsabgleich (dm)</translation>
    </message>
    <message>
        <source>gradient matching (gm)</source>
        <translation>Gradientenabgleich (gm)</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fest</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>fresh random ConvNets</source>
        <translation>neue zufällige ConvNets</translation>
    </message>
    <message>
        <source>pre-trained pool</source>
        <translation>vortrainierter Pool</translation>
    </message>
</context>
<context>
    <name>SampleGridWidget</name>
    <message>
        <source>Real</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <source>Inversion</source>
        <translation>Inversion</translation>
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
        <translation> · It. %1</translation>
    </message>
    <message>
        <source>class %1 (%2), #%3</source>
        <translation>Klasse %1 (%2), #%3</translation>
    </message>
    <message>
        <source>Random real</source>
        <translation>Zufällig real</translation>
    </message>
    <message>
        <source>Whole real</source>
        <translation>Alle echten</translation>
    </message>
</context>
<context>
    <name>SamplesView</name>
    <message>
        <source>Class:</source>
        <translation>Klasse:</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>Per class:</source>
        <translation>Pro Klasse:</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>Zoom:</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Schritt:</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>neuester</translation>
    </message>
    <message>
        <source>iteration %1</source>
        <translation>Iteration %1</translation>
    </message>
</context>
<context>
    <name>SchemaForm</name>
    <message>
        <source>Range: %1 – %2</source>
        <translation>Bereich: %1 – %2</translation>
    </message>
    <message>
        <source>%1: expected a number, got %2</source>
        <translation>%1: Zahl erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>%1: expected a string, got %2</source>
        <translation>%1: Text erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>%1: expected one of %2, got &quot;%3&quot;</source>
        <translation>%1: einer von %2 erwartet, erhalten: „%3“</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>%1: expected a list of names, got %2</source>
        <translation>%1: Liste von Namen erwartet, erhalten: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation>Die Sprache ändert sich beim nächsten Start.</translation>
    </message>
    <message>
        <source>automatic (all cores but one)</source>
        <translation>automatisch (alle Kerne bis auf einen)</translation>
    </message>
    <message>
        <source>LibTorch threads:</source>
        <translation>LibTorch-Threads:</translation>
    </message>
    <message>
        <source>1: Start and Evaluate run on the studio&apos;s worker thread. More: they run as that many itgan processes (itgan launch), which share the work and give the same result; the threads above are divided among them. Pause, live sliders and previews need one process.</source>
        <translation>1: Start und Auswerten laufen im Arbeits-Thread des Studios. Mehr: Sie laufen als so viele itgan-Prozesse (itgan launch), die sich die Arbeit teilen und dasselbe Ergebnis liefern; die Threads oben werden auf sie aufgeteilt. Pause, Live-Regler und Vorschauen brauchen einen Prozess.</translation>
    </message>
    <message>
        <source>Processes for Start / Evaluate:</source>
        <translation>Prozesse für Start / Auswerten:</translation>
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
        <translation>Kein Generator geladen.</translation>
    </message>
    <message>
        <source>No generator: %1</source>
        <translation>Kein Generator: %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Choose a run folder first.</source>
        <translation>Wählen Sie zuerst einen Laufordner.</translation>
    </message>
    <message>
        <source>The sets are in %1</source>
        <translation>Die Mengen liegen in %1</translation>
    </message>
    <message>
        <source>Opened run %1</source>
        <translation>Lauf %1 geöffnet</translation>
    </message>
    <message>
        <source>Choose at least one set to export.</source>
        <translation>Wählen Sie mindestens eine Menge zum Exportieren.</translation>
    </message>
    <message>
        <source>Exported %1 set(s) as %2:
%3</source>
        <translation>%1 Menge(n) als %2 exportiert:
%3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Synthesize informative training data with a GAN</source>
        <translation>Informative Trainingsdaten mit einem GAN erzeugen</translation>
    </message>
    <message>
        <source>Dataset name or folder.</source>
        <translation>Name oder Ordner des Datensatzes.</translation>
    </message>
    <message>
        <source>Generator file (&apos;bundled&apos; = the bundled one).</source>
        <translation>Generatordatei (&apos;bundled&apos; = der mitgelieferte).</translation>
    </message>
    <message>
        <source>Run folder to open.</source>
        <translation>Zu öffnender Laufordner.</translation>
    </message>
    <message>
        <source>View to open: samples, plots or explorer.</source>
        <translation>Anfangsansicht: samples, plots oder explorer.</translation>
    </message>
</context>
</TS>
