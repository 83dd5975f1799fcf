<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccuracyPlot</name>
    <message>
        <location filename="../ui/AccuracyPlot.cpp" line="53"/>
        <source>Every run</source>
        <translation>Jeder Lauf</translation>
    </message>
    <message>
        <location filename="../ui/AccuracyPlot.cpp" line="54"/>
        <source>Off: the mean over the runs with a ± std band. On: each run&apos;s own curve.</source>
        <translation>Aus: Mittelwert über die Läufe mit ±-Standardabweichungsband. An: die Kurve jedes Laufs.</translation>
    </message>
    <message>
        <location filename="../ui/AccuracyPlot.cpp" line="56"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="../ui/AccuracyPlot.cpp" line="60"/>
        <source>Overlay run…</source>
        <translation>Lauf überlagern…</translation>
    </message>
    <message>
        <location filename="../ui/AccuracyPlot.cpp" line="61"/>
        <source>Draw another run folder&apos;s curves on these plots (dotted) to compare the two runs</source>
        <translation>Die Kurven eines anderen Laufordners (gepunktet) in diese Diagramme zeichnen, um beide Läufe zu vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/AccuracyPlot.cpp" line="63"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/AccuracyPlot.cpp" line="64"/>
        <source>Save the plot as PNG or PDF, or its data as CSV</source>
        <translation>Diagramm als PNG oder PDF speichern, oder seine Daten als CSV</translation>
    </message>
    <message>
        <location filename="../ui/AccuracyPlot.cpp" line="69"/>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../ui/AccuracyPlot.cpp" line="70"/>
        <source>accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <location filename="../ui/AccuracyPlot.cpp" line="93"/>
        <source>Run folder to overlay</source>
        <translation>Zu überlagernder Laufordner</translation>
    </message>
    <message>
        <location filename="../ui/AccuracyPlot.cpp" line="231"/>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/AccuracyPlot.cpp" line="231"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/AccuracyPlot.cpp" line="272"/>
        <source> (mean ± std of %1 runs)</source>
        <translation> (Mittelwert ± Std. von %1 Läufen)</translation>
    </message>
</context>
<context>
    <name>ExplorerEngine</name>
    <message>
        <location filename="../ui/engine/ExplorerEngine.cpp" line="446"/>
        <source>drawn as %1</source>
        <translation>gezeichnet als %1</translation>
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
        <translation>Latent (%1 #%2, Klasse %3) gespeichert in %4</translation>
    </message>
    <message>
        <location filename="../ui/engine/ExplorerEngine.cpp" line="511"/>
        <source> (from %1)</source>
        <translation> (aus %1)</translation>
    </message>
    <message>
        <location filename="../ui/engine/ExplorerEngine.cpp" line="512"/>
        <source>Loaded %1 latent(s) from %2%3 as the &quot;loaded&quot; set</source>
        <translation>%1 Latent(s) aus %2%3 als Menge „geladen“ geladen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="25"/>
        <source>Export datasets</source>
        <translation>Datensätze exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="27"/>
        <source>Sets</source>
        <translation>Mengen</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="33"/>
        <source>PNG class folders + manifest.json</source>
        <translation>PNG-Klassenordner + manifest.json</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="33"/>
        <source>NumPy images.npy + labels.npy</source>
        <translation>NumPy images.npy + labels.npy</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="34"/>
        <source>PyTorch .pt dict {images, labels, classes}</source>
        <translation>PyTorch-.pt-Dict {images, labels, classes}</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="34"/>
        <source>CIFAR binary records</source>
        <translation>CIFAR-Binärdatensätze</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="35"/>
        <source>Latent bundle (generator + latents + manifest)</source>
        <translation>Latent-Bündel (Generator + Latents + Manifest)</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="38"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="41"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="44"/>
        <source>Into folder:</source>
        <translation>In Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="45"/>
        <source>Replace existing exports</source>
        <translation>Vorhandene Exporte ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="58"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="63"/>
        <source>Export into</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="81"/>
        <source>No finished inversion, IT-GAN or DM run is open: start a run or open a run folder first.</source>
        <translation>Kein abgeschlossener Inversions-, IT-GAN- oder DM-Lauf ist geöffnet: Starten Sie zuerst einen Lauf oder öffnen Sie einen Laufordner.</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="126"/>
        <source>Choose the folder to export into.</source>
        <translation>Wählen Sie den Zielordner für den Export.</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="130"/>
        <source>Choose at least one set.</source>
        <translation>Wählen Sie mindestens eine Menge.</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="134"/>
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="148"/>
        <source>Done. </source>
        <translation>Fertig. </translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="148"/>
        <source>Failed: </source>
        <translation>Fehlgeschlagen: </translation>
    </message>
</context>
<context>
    <name>JobController</name>
    <message>
        <location filename="../ui/JobController.cpp" line="38"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/JobController.cpp" line="118"/>
        <source>%1 processes × %2 thread(s) started (itgan launch)</source>
        <translation>%1 Prozesse × %2 Thread(s) gestartet (itgan launch)</translation>
    </message>
    <message>
        <location filename="../ui/JobController.cpp" line="169"/>
        <source>pausing needs a run in one process; Cancel stops every process and keeps the last checkpoint</source>
        <translation>Pausieren braucht einen Lauf in einem Prozess; Abbrechen beendet alle Prozesse und behält den letzten Checkpoint</translation>
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
        <translation>Reale Quelle</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="51"/>
        <source>Inversion</source>
        <translation>Inversion</translation>
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
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="68"/>
        <source>Latent</source>
        <translation>Latent</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="71"/>
        <source>Class:</source>
        <translation>Klasse:</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="80"/>
        <source>B&apos;s class: another class interpolates from A&apos;s class to B&apos;s on the way</source>
        <translation>Klasse von B: eine andere Klasse interpoliert unterwegs von der Klasse von A zu der von B</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="86"/>
        <source>A:</source>
        <translation>A:</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="87"/>
        <source>B:</source>
        <translation>B:</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="98"/>
        <source>lerp</source>
        <translation>lerp</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="99"/>
        <source>slerp</source>
        <translation>slerp</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="100"/>
        <source>lerp: the straight line from A to B; slerp: the great circle (keeps the norm a Gaussian latent typically has)</source>
        <translation>lerp: die Gerade von A nach B; slerp: der Großkreis (behält die Norm, die ein Gaußscher Latent typischerweise hat)</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="103"/>
        <source>A → B:</source>
        <translation>A → B:</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="105"/>
        <source>The same z drawn as another class (the generator is class-conditional)</source>
        <translation>Dasselbe z als andere Klasse gezeichnet (der Generator ist klassenbedingt)</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="106"/>
        <source>Draw as:</source>
        <translation>Zeichnen als:</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="109"/>
        <source>principal directions</source>
        <translation>Hauptrichtungen</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="152"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="153"/>
        <source>Images at t = 0 … 1 from A to B, with the direction steps applied</source>
        <translation>Bilder bei t = 0 … 1 von A nach B, mit den Richtungsschritten</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="155"/>
        <source>Export strip…</source>
        <translation>Streifen exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="156"/>
        <source>The strip as one PNG. Animated GIF or APNG would need an encoder that neither Qt 6.4 nor OpenCV 4.6 ships.</source>
        <translation>Der Streifen als ein PNG. Animiertes GIF oder APNG bräuchte einen Encoder, den weder Qt 6.4 noch OpenCV 4.6 mitbringt.</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="160"/>
        <source>Strip steps:</source>
        <translation>Streifenschritte:</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="162"/>
        <source>Save latent…</source>
        <translation>Latent speichern…</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="163"/>
        <source>The result&apos;s latent as a .pt with its provenance (set, index, class, source image, run)</source>
        <translation>Der Latent des Ergebnisses als .pt mit seiner Herkunft (Menge, Index, Klasse, Quellbild, Lauf)</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="164"/>
        <source>Load latents…</source>
        <translation>Latents laden…</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="205"/>
        <source>Save latent</source>
        <translation>Latent speichern</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="205"/>
        <location filename="../ui/LatentExplorer.cpp" line="210"/>
        <source>Latents (*.pt)</source>
        <translation>Latents (*.pt)</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="210"/>
        <source>Load latents</source>
        <translation>Latents laden</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="225"/>
        <source>A&apos;s class</source>
        <translation>Klasse von A</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="225"/>
        <source>the A → B class path</source>
        <translation>der Klassenweg A → B</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="320"/>
        <source>%1 % of the variance</source>
        <translation>%1 % der Varianz</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="342"/>
        <source>Done: %1</source>
        <translation>Fertig: %1</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="342"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="409"/>
        <source>No strip to export: set the strip steps to 2 or more.</source>
        <translation>Kein Streifen zum Exportieren: Streifenschritte auf 2 oder mehr setzen.</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="415"/>
        <source>%1: could not write (%2)</source>
        <translation>%1: konnte nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="423"/>
        <location filename="../ui/LatentExplorer.cpp" line="429"/>
        <source>Export strip</source>
        <translation>Streifen exportieren</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="423"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="434"/>
        <source>Saving…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="440"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="110"/>
        <source>random directions</source>
        <translation>zufällige Richtungen</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="113"/>
        <source>of A&apos;s class</source>
        <translation>der Klasse von A</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="114"/>
        <source>of all of A&apos;s set</source>
        <translation>der ganzen Menge von A</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="116"/>
        <source>Directions:</source>
        <translation>Richtungen:</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="121"/>
        <source>Step along direction %1, in standard deviations (−3 … 3)</source>
        <translation>Schritt entlang Richtung %1, in Standardabweichungen (−3 … 3)</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="134"/>
        <source>Direction %1:</source>
        <translation>Richtung %1:</translation>
    </message>
    <message>
        <location filename="../ui/LatentExplorer.cpp" line="147"/>
        <source>Reset directions</source>
        <translation>Richtungen zurücksetzen</translation>
    </message>
</context>
<context>
    <name>LatentMapView</name>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="62"/>
        <source>Space:</source>
        <translation>Raum:</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="64"/>
        <source>latent z (PCA)</source>
        <translation>Latent z (PCA)</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="65"/>
        <source>features ψ(G(z)) (PCA)</source>
        <translation>Merkmale ψ(G(z)) (PCA)</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="66"/>
        <source>ψ is the run&apos;s feature network (the bundled ConvNet&apos;s last block): the space IT-GAN&apos;s distribution matching compares real and synthetic images in.</source>
        <translation>ψ ist das Merkmalsnetz des Laufs (der letzte Block des mitgelieferten ConvNet): der Raum, in dem IT-GANs Verteilungsabgleich echte und synthetische Bilder vergleicht.</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="69"/>
        <source>Real images</source>
        <translation>Echte Bilder</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="71"/>
        <source>Place real training images on the feature-space map (100 per class).</source>
        <translation>Echte Trainingsbilder auf der Merkmalsraum-Karte zeigen (100 pro Klasse).</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="73"/>
        <source>Class:</source>
        <translation>Klasse:</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="75"/>
        <location filename="../ui/LatentMapView.cpp" line="210"/>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="77"/>
        <source>Trajectories</source>
        <translation>Trajektorien</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="81"/>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="83"/>
        <source>Drag a rectangle to select points (off: drag pans, the wheel zooms).</source>
        <translation>Ein Rechteck ziehen, um Punkte auszuwählen (aus: Ziehen verschiebt, das Mausrad zoomt).</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="85"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="86"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="92"/>
        <source>Step:</source>
        <translation>Schritt:</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="96"/>
        <location filename="../ui/LatentMapView.cpp" line="225"/>
        <location filename="../ui/LatentMapView.cpp" line="374"/>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="114"/>
        <source>Open a run to see its latents.</source>
        <translation>Einen Lauf öffnen, um seine Latents zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="184"/>
        <source>Computing the map…</source>
        <translation>Karte wird berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="227"/>
        <source>PC1 (%1 % of the variance)</source>
        <translation>HK1 (%1 % der Varianz)</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="228"/>
        <source>PC2 (%1 % of the variance)</source>
        <translation>HK2 (%1 % der Varianz)</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="229"/>
        <source>Feature space ψ(G(z)).</source>
        <translation>Merkmalsraum ψ(G(z)).</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="229"/>
        <source>Latent space z.</source>
        <translation>Latentraum z.</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="232"/>
        <source>Showing %1 of %2 points, sampled per set and class.</source>
        <translation>%1 von %2 Punkten gezeigt, pro Menge und Klasse ausgewählt.</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="234"/>
        <source>%1 points.</source>
        <translation>%1 Punkte.</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="236"/>
        <source>%1 IT-GAN trajectories over %2 steps.</source>
        <translation>%1 IT-GAN-Trajektorien über %2 Schritte.</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="238"/>
        <source>Large + : a class&apos;s mean real features, × : its IT-GAN mean at this step (the means Eq. 2 matches), joined by a dashed line.</source>
        <translation>Großes + : mittlere echte Merkmale einer Klasse, × : ihr IT-GAN-Mittel in diesem Schritt (die Mittel, die Gl. 2 angleicht), durch eine gestrichelte Linie verbunden.</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="241"/>
        <source>DM and real images have no latent: switch to the feature space to see them.</source>
        <translation>DM- und echte Bilder haben keinen Latent: zum Merkmalsraum wechseln, um sie zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="253"/>
        <source>The map could not be computed: %1</source>
        <translation>Die Karte konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="374"/>
        <source>iteration %1</source>
        <translation>Iteration %1</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="437"/>
        <source> (hidden)</source>
        <translation> (ausgeblendet)</translation>
    </message>
    <message>
        <location filename="../ui/LatentMapView.cpp" line="515"/>
        <source>selected (%1)</source>
        <translation>ausgewählt (%1)</translation>
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
        <translation>Log. y</translation>
    </message>
    <message>
        <location filename="../ui/LivePlot.cpp" line="26"/>
        <source>Smoothing:</source>
        <translation>Glättung:</translation>
    </message>
    <message>
        <location filename="../ui/LivePlot.cpp" line="30"/>
        <source>Moving average over this many points (1 = raw values)</source>
        <translation>Gleitender Mittelwert über so viele Punkte (1 = Rohwerte)</translation>
    </message>
    <message>
        <location filename="../ui/LivePlot.cpp" line="33"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/LivePlot.cpp" line="34"/>
        <source>Save the plot as PNG or PDF, or its data as CSV</source>
        <translation>Diagramm als PNG oder PDF speichern, oder seine Daten als CSV</translation>
    </message>
</context>
<context>
    <name>LocalRunProcess</name>
    <message>
        <location filename="../ui/LocalRunProcess.cpp" line="47"/>
        <source>A run with several processes is already under way.</source>
        <translation>Ein Lauf mit mehreren Prozessen ist bereits im Gang.</translation>
    </message>
    <message>
        <location filename="../ui/LocalRunProcess.cpp" line="51"/>
        <source>Choose a run folder first.</source>
        <translation>Wählen Sie zuerst einen Laufordner.</translation>
    </message>
    <message>
        <location filename="../ui/LocalRunProcess.cpp" line="56"/>
        <source>Runs with several processes need the itgan program beside itgan-studio or on PATH.</source>
        <translation>Läufe mit mehreren Prozessen brauchen das Programm itgan neben itgan-studio oder im PATH.</translation>
    </message>
    <message>
        <location filename="../ui/LocalRunProcess.cpp" line="65"/>
        <source>Cannot write the run configuration to %1</source>
        <translation>Die Laufkonfiguration kann nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/LocalRunProcess.cpp" line="88"/>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/LocalRunProcess.cpp" line="124"/>
        <source>The run&apos;s processes finished.</source>
        <translation>Die Prozesse des Laufs sind fertig.</translation>
    </message>
    <message>
        <location filename="../ui/LocalRunProcess.cpp" line="126"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/LocalRunProcess.cpp" line="128"/>
        <source>itgan launch exited with code %1</source>
        <translation>itgan launch endete mit Code %1</translation>
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
        <translation>Eingaben werden geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="85"/>
        <source>Opening the run</source>
        <translation>Lauf wird geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>Building the sets</source>
        <translation>Mengen werden erzeugt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="87"/>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="88"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="105"/>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="108"/>
        <source>iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="108"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="115"/>
        <source>Plots &amp;&amp; results</source>
        <translation>Diagramme &amp;&amp; Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="118"/>
        <source>Latent explorer</source>
        <translation>Latent-Explorer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120"/>
        <source>Latent map</source>
        <translation>Latent-Karte</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="131"/>
        <location filename="../ui/MainWindow.cpp" line="213"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>Model info</source>
        <translation>Modellinfo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="179"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="180"/>
        <source>Open &amp;dataset…</source>
        <translation>&amp;Datensatz öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="180"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="181"/>
        <source>Open dataset folder</source>
        <translation>Datensatzordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>Open &amp;generator…</source>
        <translation>&amp;Generator öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186"/>
        <source>Open generator</source>
        <translation>Generator öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>Generators (*.pt *.pth);;All files (*)</source>
        <translation>Generatoren (*.pt *.pth);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="191"/>
        <source>&amp;Open run folder…</source>
        <translation>Lauf&amp;ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="192"/>
        <source>Open run folder</source>
        <translation>Laufordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196"/>
        <source>Recent</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199"/>
        <source>&amp;Export datasets…</source>
        <translation>Datensätze &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="200"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="203"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="207"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208"/>
        <source>&amp;Pause / resume</source>
        <translation>&amp;Pause / Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>&amp;Evaluate</source>
        <translation>&amp;Auswerten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="221"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="229"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="230"/>
        <source>&amp;About IT-GAN Studio</source>
        <translation>Ü&amp;ber IT-GAN Studio</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="258"/>
        <source>λ</source>
        <translation>λ</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="258"/>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="308"/>
        <source>Open a run folder first: the selection is exported from its sets.</source>
        <translation>Zuerst einen Laufordner öffnen: Die Auswahl wird aus seinen Mengen exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="439"/>
        <source>Overlay failed</source>
        <translation>Überlagerung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="452"/>
        <source>Overlaid %1: %2 evaluation points, %3 logged iterations</source>
        <translation>%1 überlagert: %2 Auswertungspunkte, %3 protokollierte Iterationen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="504"/>
        <source>%1: running</source>
        <translation>%1: läuft</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="361"/>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="379"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="379"/>
        <source>%1 already holds a run; choose another folder.</source>
        <translation>%1 enthält bereits einen Lauf; wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="398"/>
        <source>Evaluate</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="398"/>
        <source>Choose or start a run folder first.</source>
        <translation>Wählen oder starten Sie zuerst einen Laufordner.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="463"/>
        <source>evaluate: %1 on %2, run %3, epoch %4</source>
        <translation>Auswertung: %1 mit %2, Lauf %3, Epoche %4</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="489"/>
        <source>IT-GAN Studio — %1</source>
        <translation>IT-GAN Studio — %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="516"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="526"/>
        <source>%1 cancelled; the run folder keeps its last checkpoint</source>
        <translation>%1 abgebrochen; der Laufordner behält seinen letzten Checkpoint</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="529"/>
        <source>Dataset loaded; the generator could not be loaded (see Model info)</source>
        <translation>Datensatz geladen; der Generator konnte nicht geladen werden (siehe Modellinfo)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="531"/>
        <source>%1 finished</source>
        <translation>%1 abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="537"/>
        <source>Evaluation finished; results in the Plots tab</source>
        <translation>Auswertung abgeschlossen; Ergebnisse im Reiter Diagramme</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="584"/>
        <source>Load run configuration</source>
        <translation>Laufkonfiguration laden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="588"/>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="651"/>
        <source>&lt;b&gt;IT-GAN Studio&lt;/b&gt; %1&lt;br&gt;Synthesizing informative training samples with a GAN (Zhao &amp;amp; Bilen, 2022): GAN inversion, IT-GAN condensation and the DM baseline, side by side, with live plots, a latent explorer and dataset export.&lt;br&gt;&lt;br&gt;Qt %2 · %3</source>
        <translation>&lt;b&gt;IT-GAN Studio&lt;/b&gt; %1&lt;br&gt;Informative Trainingsbeispiele mit einem GAN erzeugen (Zhao &amp;amp; Bilen, 2022): GAN-Inversion, IT-GAN-Kondensation und die DM-Baseline im direkten Vergleich, mit Live-Diagrammen, einem Latent-Explorer und Datensatz-Export.&lt;br&gt;&lt;br&gt;Qt %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="345"/>
        <source>Loading %1…</source>
        <translation>Lade %1…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="641"/>
        <source>%1 · %2 LibTorch thread(s) of %3 cores</source>
        <translation>%1 · %2 LibTorch-Thread(s) von %3 Kernen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="650"/>
        <source>About IT-GAN Studio</source>
        <translation>Über IT-GAN Studio</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="260"/>
        <source>IT-GAN %1 = %2 from iteration %3 (written to the run log)</source>
        <translation>IT-GAN %1 = %2 ab Iteration %3 (im Laufprotokoll vermerkt)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263"/>
        <source>%1: paused after iteration %2</source>
        <translation>%1: angehalten nach Iteration %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="506"/>
        <source>%1: pausing…</source>
        <translation>%1: wird angehalten…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="313"/>
        <location filename="../ui/MainWindow.cpp" line="336"/>
        <source>Wait until the running job has finished.</source>
        <translation>Warten Sie, bis die laufende Aufgabe beendet ist.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="503"/>
        <source>%1: waiting to start</source>
        <translation>%1: wartet auf den Start</translation>
    </message>
</context>
<context>
    <name>MapSidePanel</name>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="57"/>
        <source>Mean image:</source>
        <translation>Mittelwertbild:</translation>
    </message>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="74"/>
        <source>Export selection…</source>
        <translation>Auswahl exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="81"/>
        <source>Nearest real images (ψ distance):</source>
        <translation>Nächste echte Bilder (ψ-Abstand):</translation>
    </message>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="88"/>
        <source>Nearest-real check of every set</source>
        <translation>Nächstes-echtes-Bild-Prüfung aller Mengen</translation>
    </message>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="89"/>
        <source>Median distance of each set&apos;s images to their nearest real training image, beside real images to their nearest other one: is the synthetic data a copy?</source>
        <translation>Median-Abstand der Bilder jeder Menge zu ihrem nächsten echten Trainingsbild, neben dem echter Bilder zu ihrem nächsten anderen: Sind die synthetischen Daten eine Kopie?</translation>
    </message>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="97"/>
        <source>Folder to create for the selection</source>
        <translation>Für die Auswahl anzulegender Ordner</translation>
    </message>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="102"/>
        <source>Computing ψ features of the real pool and every set…</source>
        <translation>ψ-Merkmale des echten Pools und aller Mengen werden berechnet…</translation>
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
        <translation>Keine Auswahl: „Auswählen“ einschalten und ein Rechteck ziehen.</translation>
    </message>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="137"/>
        <source>Selected: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="146"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="147"/>
        <source>The image looked up</source>
        <translation>Das gesuchte Bild</translation>
    </message>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="151"/>
        <source>d = %1
real #%2</source>
        <translation>d = %1
echt #%2</translation>
    </message>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="152"/>
        <source>Training image %1 at ψ distance %2 (searched: %3 real images)</source>
        <translation>Trainingsbild %1 im ψ-Abstand %2 (durchsucht: %3 echte Bilder)</translation>
    </message>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="165"/>
        <source>Median ψ distance to the nearest real image: %1; real to its nearest other real image: %2 (%3 real images searched).</source>
        <translation>Median-ψ-Abstand zum nächsten echten Bild: %1; echt zum nächsten anderen echten Bild: %2 (%3 echte Bilder durchsucht).</translation>
    </message>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="179"/>
        <source>Done: %1</source>
        <translation>Fertig: %1</translation>
    </message>
    <message>
        <location filename="../ui/MapSidePanel.cpp" line="179"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
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
        <location filename="../ui/engine/EngineCache.cpp" line="138"/>
        <source>
Training metrics:</source>
        <translation>
Trainingsmetriken:</translation>
    </message>
    <message>
        <location filename="../ui/engine/EngineCache.cpp" line="152"/>
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
        <location filename="../ui/engine/RunReader.cpp" line="26"/>
        <source>source: training image #%1</source>
        <translation>Quelle: Trainingsbild #%1</translation>
    </message>
    <message>
        <location filename="../ui/engine/RunReader.cpp" line="44"/>
        <source>training image #%1</source>
        <translation>Trainingsbild #%1</translation>
    </message>
    <message>
        <location filename="../ui/engine/RunReader.cpp" line="53"/>
        <source>z ~ N(0, I), seed %1, latent #%2</source>
        <translation>z ~ N(0, I), Seed %1, Latent #%2</translation>
    </message>
    <message>
        <location filename="../ui/engine/RunReader.cpp" line="104"/>
        <source>
feature error %1, pixel error %2</source>
        <translation>
Merkmalsfehler %1, Pixelfehler %2</translation>
    </message>
    <message>
        <location filename="../ui/PlotExport.cpp" line="14"/>
        <source>%1: could not write (%2)</source>
        <translation>%1: konnte nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../ui/PlotExport.cpp" line="32"/>
        <location filename="../ui/PlotExport.cpp" line="45"/>
        <source>Export plot</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../ui/PlotExport.cpp" line="33"/>
        <source>PNG image (*.png);;PDF document (*.pdf);;CSV data (*.csv)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf);;CSV-Daten (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/PlotExport.cpp" line="46"/>
        <source>%1: could not write the file.</source>
        <translation>%1: Die Datei konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="15"/>
        <source>Set</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="15"/>
        <source>Images/class</source>
        <translation>Bilder/Klasse</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="15"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="15"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="15"/>
        <source>Accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="16"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="16"/>
        <source>Nearest real (ψ median)</source>
        <translation>Nächstes echtes (ψ-Median)</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="18"/>
        <source>Median distance of the set&apos;s images to their nearest real training image in the feature space ψ (the latent map&apos;s nearest-real check); compare with real to real.</source>
        <translation>Median-Abstand der Bilder der Menge zu ihrem nächsten echten Trainingsbild im Merkmalsraum ψ (die Prüfung der Latent-Karte); mit echt zu echt vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="52"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="101"/>
        <source>Real → nearest other real</source>
        <translation>Echt → nächstes anderes echtes</translation>
    </message>
    <message>
        <location filename="../ui/ResultsTable.cpp" line="103"/>
        <source>%1 real images searched</source>
        <translation>%1 echte Bilder durchsucht</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <location filename="../ui/RunPanel.cpp" line="62"/>
        <source>%1: expected a number, got %2</source>
        <translation>%1: Zahl erwartet, erhalten: %2</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="74"/>
        <source>%1: expected a string</source>
        <translation>%1: Zeichenkette erwartet</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="96"/>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="102"/>
        <source>Folder for the run (created)</source>
        <translation>Ordner für den Lauf (wird angelegt)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="103"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="106"/>
        <source>Dataset:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="107"/>
        <source>Generator:</source>
        <translation>Generator:</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="108"/>
        <source>Run folder:</source>
        <translation>Laufordner:</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="111"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="114"/>
        <source>Preset:</source>
        <translation>Voreinstellung:</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="129"/>
        <source>Synthetic sets</source>
        <translation>Synthetische Mengen</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="132"/>
        <source>Latents (images) per class:</source>
        <translation>Latents (Bilder) pro Klasse:</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="134"/>
        <source>Seed (every stage):</source>
        <translation>Seed (alle Stufen):</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="136"/>
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="137"/>
        <source>Inversion</source>
        <translation>Inversion</translation>
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
        <translation>Zufällig real</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="141"/>
        <source>Whole real</source>
        <translation>Alle realen</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="151"/>
        <source>Sets:</source>
        <translation>Mengen:</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="164"/>
        <source>GAN inversion (Eq. 1)</source>
        <translation>GAN-Inversion (Gl. 1)</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="25"/>
        <source>Iterations:</source>
        <translation>Iterationen:</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="26"/>
        <source>Learning rate:</source>
        <translation>Lernrate:</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="27"/>
        <source>λ pixel:</source>
        <translation>λ Pixel:</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="165"/>
        <source>IT-GAN condensation (Eq. 2–4)</source>
        <translation>IT-GAN-Kondensation (Gl. 2–4)</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="29"/>
        <source>Objective:</source>
        <translation>Zielfunktion:</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="28"/>
        <source>λ:</source>
        <translation>λ:</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="30"/>
        <source>Real batch per class:</source>
        <translation>Reale Batchgröße pro Klasse:</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="31"/>
        <source>Split size:</source>
        <translation>Teilmengengröße:</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="32"/>
        <source>Splitting:</source>
        <translation>Aufteilung:</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="33"/>
        <source>Embedding networks:</source>
        <translation>Einbettungsnetze:</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="34"/>
        <source>Pool folder:</source>
        <translation>Pool-Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="166"/>
        <source>DM baseline (pixels)</source>
        <translation>DM-Baseline (Pixel)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="159"/>
        <source>same as above</source>
        <translation>wie oben</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="37"/>
        <source>Images per class:</source>
        <translation>Bilder pro Klasse:</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="178"/>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="38"/>
        <source>Architectures:</source>
        <translation>Architekturen:</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="39"/>
        <source>Runs:</source>
        <translation>Läufe:</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="40"/>
        <source>Epochs:</source>
        <translation>Epochen:</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="187"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="188"/>
        <source>Build the chosen sets: inversion, IT-GAN, DM (F5)</source>
        <translation>Die gewählten Mengen erzeugen: Inversion, IT-GAN, DM (F5)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="189"/>
        <location filename="../ui/RunPanel.cpp" line="399"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="190"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="191"/>
        <source>Evaluate</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="192"/>
        <source>Train classifiers on every set and test them on real data (F7)</source>
        <translation>Klassifikatoren auf jeder Menge trainieren und auf realen Daten testen (F7)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="193"/>
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="194"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="264"/>
        <source>sets: expected a list of set names</source>
        <translation>sets: Liste von Mengennamen erwartet</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="333"/>
        <source>%1: could not write (%2)</source>
        <translation>%1: konnte nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="344"/>
        <source>%1: could not open (%2)</source>
        <translation>%1: konnte nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="352"/>
        <source>%1: not valid JSON at offset %2 (%3)</source>
        <translation>%1: kein gültiges JSON an Position %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="353"/>
        <source>%1: expected a JSON object (a compare configuration)</source>
        <translation>%1: JSON-Objekt erwartet (eine compare-Konfiguration)</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="399"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="409"/>
        <source>%1 / %2 · %3 s/it · ETA %4:%5</source>
        <translation>%1 / %2 · %3 s/It · Rest %4:%5</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="424"/>
        <source>Run folder</source>
        <translation>Laufordner</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="431"/>
        <location filename="../ui/RunPanel.cpp" line="434"/>
        <source>Load run configuration</source>
        <translation>Laufkonfiguration laden</translation>
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
        <translation>Laufkonfiguration speichern</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="33"/>
        <source>Live: moved during a run, IT-GAN uses the new value from its next iteration; moved during inversion or DM, it waits until IT-GAN starts.</source>
        <translation>Live: während eines Laufs verschoben, nutzt IT-GAN den neuen Wert ab seiner nächsten Iteration; während Inversion oder DM verschoben, wartet er, bis IT-GAN beginnt.</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="171"/>
        <source>IT-GAN λ (live):</source>
        <translation>IT-GAN λ (live):</translation>
    </message>
    <message>
        <location filename="../ui/RunPanel.cpp" line="172"/>
        <source>IT-GAN learning rate (live):</source>
        <translation>IT-GAN-Lernrate (live):</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="35"/>
        <source>Pool accuracy from (%):</source>
        <translation>Pool-Genauigkeit ab (%):</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="36"/>
        <source>Pool accuracy up to (%):</source>
        <translation>Pool-Genauigkeit bis (%):</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="55"/>
        <source>distribution matching (dm)</source>
        <translation>Verteilungsabgleich (dm)</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="56"/>
        <source>gradient matching (gm)</source>
        <translation>Gradientenabgleich (gm)</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="57"/>
        <source>fixed</source>
        <translation>fest</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="58"/>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="59"/>
        <source>fresh random ConvNets</source>
        <translation>neue zufällige ConvNets</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="60"/>
        <source>pre-trained pool</source>
        <translation>vortrainierter Pool</translation>
    </message>
</context>
<context>
    <name>SampleGridWidget</name>
    <message>
        <location filename="../ui/SampleGridWidget.cpp" line="17"/>
        <source>Real</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../ui/SampleGridWidget.cpp" line="19"/>
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <location filename="../ui/SampleGridWidget.cpp" line="21"/>
        <source>Inversion</source>
        <translation>Inversion</translation>
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
        <translation>Geladene Latents</translation>
    </message>
    <message>
        <location filename="../ui/SampleGridWidget.cpp" line="225"/>
        <source> · it %1</source>
        <translation> · It. %1</translation>
    </message>
    <message>
        <location filename="../ui/SampleGridWidget.cpp" line="247"/>
        <source>class %1 (%2), #%3</source>
        <translation>Klasse %1 (%2), #%3</translation>
    </message>
    <message>
        <location filename="../ui/SampleGridWidget.cpp" line="27"/>
        <source>Random real</source>
        <translation>Zufällig real</translation>
    </message>
    <message>
        <location filename="../ui/SampleGridWidget.cpp" line="29"/>
        <source>Whole real</source>
        <translation>Alle echten</translation>
    </message>
</context>
<context>
    <name>SamplesView</name>
    <message>
        <location filename="../ui/SamplesView.cpp" line="17"/>
        <source>Class:</source>
        <translation>Klasse:</translation>
    </message>
    <message>
        <location filename="../ui/SamplesView.cpp" line="19"/>
        <location filename="../ui/SamplesView.cpp" line="96"/>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <location filename="../ui/SamplesView.cpp" line="21"/>
        <source>Per class:</source>
        <translation>Pro Klasse:</translation>
    </message>
    <message>
        <location filename="../ui/SamplesView.cpp" line="26"/>
        <source>Zoom:</source>
        <translation>Zoom:</translation>
    </message>
    <message>
        <location filename="../ui/SamplesView.cpp" line="32"/>
        <source>Step:</source>
        <translation>Schritt:</translation>
    </message>
    <message>
        <location filename="../ui/SamplesView.cpp" line="36"/>
        <location filename="../ui/SamplesView.cpp" line="56"/>
        <location filename="../ui/SamplesView.cpp" line="88"/>
        <source>latest</source>
        <translation>neuester</translation>
    </message>
    <message>
        <location filename="../ui/SamplesView.cpp" line="56"/>
        <location filename="../ui/SamplesView.cpp" line="88"/>
        <source>iteration %1</source>
        <translation>Iteration %1</translation>
    </message>
</context>
<context>
    <name>SchemaForm</name>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="132"/>
        <source>Range: %1 – %2</source>
        <translation>Bereich: %1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="193"/>
        <source>%1: expected a number, got %2</source>
        <translation>%1: Zahl erwartet, erhalten: %2</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="197"/>
        <source>%1: expected a string, got %2</source>
        <translation>%1: Text erwartet, erhalten: %2</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="199"/>
        <source>%1: expected one of %2, got &quot;%3&quot;</source>
        <translation>%1: einer von %2 erwartet, erhalten: „%3“</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="121"/>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/SchemaForm.cpp" line="195"/>
        <source>%1: expected a list of names, got %2</source>
        <translation>%1: Liste von Namen erwartet, erhalten: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="14"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="17"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="22"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="23"/>
        <source>The language changes at the next start.</source>
        <translation>Die Sprache ändert sich beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="26"/>
        <source>automatic (all cores but one)</source>
        <translation>automatisch (alle Kerne bis auf einen)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="28"/>
        <source>LibTorch threads:</source>
        <translation>LibTorch-Threads:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="32"/>
        <source>Where inversion, IT-GAN, DM and evaluation compute. A GPU (cuda:N) is listed when this machine has one and LibTorch was built with CUDA. Takes effect from the next job.</source>
        <translation>Wo Inversion, IT-GAN, DM und Evaluation rechnen. Eine GPU (cuda:N) erscheint, wenn dieser Rechner eine hat und LibTorch mit CUDA gebaut wurde. Gilt ab dem nächsten Auftrag.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="34"/>
        <source>Compute device:</source>
        <translation>Rechengerät:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="38"/>
        <source>1: Start and Evaluate run on the studio&apos;s worker thread. More: they run as that many itgan processes (itgan launch), which share the work and give the same result; the threads above are divided among them. Pause, live sliders and previews need one process.</source>
        <translation>1: Start und Auswerten laufen im Arbeits-Thread des Studios. Mehr: Sie laufen als so viele itgan-Prozesse (itgan launch), die sich die Arbeit teilen und dasselbe Ergebnis liefern; die Threads oben werden auf sie aufgeteilt. Pause, Live-Regler und Vorschauen brauchen einen Prozess.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="41"/>
        <source>Processes for Start / Evaluate:</source>
        <translation>Prozesse für Start / Auswerten:</translation>
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
        <translation>Kein Generator geladen.</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="229"/>
        <source>No generator: %1</source>
        <translation>Kein Generator: %1</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="232"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="240"/>
        <source>Choose a run folder first.</source>
        <translation>Wählen Sie zuerst einen Laufordner.</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="296"/>
        <source>The sets are in %1</source>
        <translation>Die Mengen liegen in %1</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="336"/>
        <source>Opened run %1</source>
        <translation>Lauf %1 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="344"/>
        <source>Choose at least one set to export.</source>
        <translation>Wählen Sie mindestens eine Menge zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="359"/>
        <source>Exported %1 set(s) as %2:
%3</source>
        <translation>%1 Menge(n) als %2 exportiert:
%3</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="368"/>
        <source>Select some points of the map to export.</source>
        <translation>Punkte der Karte zum Exportieren auswählen.</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="391"/>
        <source>%1 (%2 images)</source>
        <translation>%1 (%2 Bilder)</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="395"/>
        <source>Nothing to export: the selection holds only %1, which the run folder does not store (select inversion, IT-GAN or DM points)</source>
        <translation>Nichts zu exportieren: Die Auswahl enthält nur %1, was der Laufordner nicht speichert (Inversions-, IT-GAN- oder DM-Punkte auswählen)</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="399"/>
        <source>Exported the selection as %1:
%2</source>
        <translation>Auswahl als %1 exportiert:
%2</translation>
    </message>
    <message>
        <location filename="../ui/engine/StudioWorker.cpp" line="401"/>
        <source>Not exported (not stored in the run folder): %1</source>
        <translation>Nicht exportiert (nicht im Laufordner gespeichert): %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio_main.cpp" line="38"/>
        <source>Synthesize informative training data with a GAN</source>
        <translation>Informative Trainingsdaten mit einem GAN erzeugen</translation>
    </message>
    <message>
        <location filename="../app/studio_main.cpp" line="41"/>
        <source>Dataset name or folder.</source>
        <translation>Name oder Ordner des Datensatzes.</translation>
    </message>
    <message>
        <location filename="../app/studio_main.cpp" line="44"/>
        <source>Generator file (&apos;bundled&apos; = the bundled one).</source>
        <translation>Generatordatei (&apos;bundled&apos; = der mitgelieferte).</translation>
    </message>
    <message>
        <location filename="../app/studio_main.cpp" line="46"/>
        <source>Run folder to open.</source>
        <translation>Zu öffnender Laufordner.</translation>
    </message>
    <message>
        <location filename="../app/studio_main.cpp" line="49"/>
        <source>View to open: samples, plots, explorer or map.</source>
        <translation>Zu öffnende Ansicht: samples, plots, explorer oder map.</translation>
    </message>
</context>
</TS>
