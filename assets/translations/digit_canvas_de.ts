<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>About</name>
    <message>
        <source>not stated yet (see the project&apos;s README)</source>
        <translation>noch nicht angegeben (siehe README des Projekts)</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Es ist noch kein Modell geladen.</translation>
    </message>
    <message>
        <source>The bundled model</source>
        <translation>Das mitgelieferte Modell</translation>
    </message>
    <message>
        <source>Your model</source>
        <translation>Ihr Modell</translation>
    </message>
    <message>
        <source>trained %1</source>
        <translation>trainiert am %1</translation>
    </message>
    <message>
        <source>%1 right on MNIST&apos;s test digits</source>
        <translation>%1 richtig auf den Testziffern von MNIST</translation>
    </message>
    <message>
        <source>for %1 epochs</source>
        <translation>%1 Epochen lang</translation>
    </message>
    <message>
        <source>in batches of %1</source>
        <translation>in Batches zu %1</translation>
    </message>
    <message>
        <source>learning rate %1</source>
        <translation>Lernrate %1</translation>
    </message>
    <message>
        <source>(%1 schedule)</source>
        <translation>(Zeitplan %1)</translation>
    </message>
    <message>
        <source>with augmented digits</source>
        <translation>mit augmentierten Ziffern</translation>
    </message>
    <message>
        <source>without augmentation</source>
        <translation>ohne Datenaugmentierung</translation>
    </message>
    <message>
        <source>It learned %1.</source>
        <translation>Es lernte %1.</translation>
    </message>
    <message>
        <source>Draw a digit or a number; a small neural network (a ConvNet written with TensorFlow&apos;s low-level API) reads it. Correct it, and teach it your handwriting.</source>
        <translation>Zeichnen Sie eine Ziffer oder eine Zahl; ein kleines neuronales Netz (ein ConvNet, geschrieben mit der Low-Level-API von TensorFlow) liest sie. Korrigieren Sie es und bringen Sie ihm Ihre Handschrift bei.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Lizenz: %1</translation>
    </message>
    <message>
        <source>About Digit Canvas</source>
        <translation>Über Digit Canvas</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>No probabilities yet: draw a digit on the canvas.</source>
        <translation>Noch keine Wahrscheinlichkeiten: Zeichnen Sie eine Ziffer auf die Zeichenfläche.</translation>
    </message>
    <message>
        <source>Empty: nothing drawn yet.</source>
        <translation>Leer: noch nichts gezeichnet.</translation>
    </message>
    <message>
        <source>Empty: no ink.</source>
        <translation>Leer: keine Tinte.</translation>
    </message>
    <message>
        <source>%1 of %2 pixels have ink.</source>
        <translation>%1 von %2 Pixeln haben Tinte.</translation>
    </message>
    <message>
        <source>Where the drawing mattered to the answer</source>
        <translation>Wo die Zeichnung für die Antwort zählte</translation>
    </message>
    <message>
        <source>The chosen map, enlarged</source>
        <translation>Die gewählte Aktivierungskarte, vergrößert</translation>
    </message>
    <message>
        <source>The part of the input the chosen cell sees</source>
        <translation>Der Teil der Eingabe, den die gewählte Zelle sieht</translation>
    </message>
    <message>
        <source>The filters that made the chosen map</source>
        <translation>Die Filter, die die gewählte Karte erzeugt haben</translation>
    </message>
    <message>
        <source>Empty: draw a digit to see this layer.</source>
        <translation>Leer: Zeichnen Sie eine Ziffer, um diese Schicht zu sehen.</translation>
    </message>
    <message>
        <source>%1 maps of %2 by %3 cells; the strongest is map %4.</source>
        <translation>%1 Karten mit %2 × %3 Zellen; die stärkste ist Karte %4.</translation>
    </message>
    <message>
        <source>Click a map to see it enlarged.</source>
        <translation>Klicken Sie auf eine Karte, um sie vergrößert zu sehen.</translation>
    </message>
    <message>
        <source>No images on this page.</source>
        <translation>Keine Bilder auf dieser Seite.</translation>
    </message>
    <message>
        <source>%1 images on this page.</source>
        <translation>%1 Bilder auf dieser Seite.</translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>Ausgewählt: %1.</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>Noch keine Ergebnisse.</translation>
    </message>
    <message>
        <source>%1 right of %2 test digits.</source>
        <translation>%1 richtig von %2 Testziffern.</translation>
    </message>
    <message>
        <source>%1 read as %2 (%3 times)</source>
        <translation>%1 als %2 gelesen (%3-mal)</translation>
    </message>
    <message>
        <source>Most common mistakes: %1.</source>
        <translation>Häufigste Fehler: %1.</translation>
    </message>
    <message>
        <source>Panel (scrolls with the arrow keys)</source>
        <translation>Bereich (scrollt mit den Pfeiltasten)</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <source>No results yet</source>
        <translation>Noch keine Ergebnisse</translation>
    </message>
    <message>
        <source>Confusion matrix: rows are the true digits, columns what the network read</source>
        <translation>Konfusionsmatrix: Zeilen sind die wahren Ziffern, Spalten das, was das Netz gelesen hat</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>right</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>darker = more (log scale)</source>
        <translation>dunkler = mehr (logarithmisch)</translation>
    </message>
    <message>
        <source>predicted digit →</source>
        <translation>vorhergesagte Ziffer →</translation>
    </message>
    <message>
        <source>← true digit</source>
        <translation>← wahre Ziffer</translation>
    </message>
    <message numerus="yes">
        <source>true %1, predicted %2: %n image(s)</source>
        <translation>
            <numerusform>wahr %1, vorhergesagt %2: %n Bild</numerusform>
            <numerusform>wahr %1, vorhergesagt %2: %n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>(%3 of the %1s)</source>
        <translation>(%3 aller Bilder mit %1)</translation>
    </message>
    <message>
        <source>click to show them</source>
        <translation>klicken, um sie zu zeigen</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Draw a digit or a number</source>
        <translation>Zeichnen Sie eine Ziffer oder eine Zahl</translation>
    </message>
    <message>
        <source>Drawing canvas</source>
        <translation>Zeichenfläche</translation>
    </message>
    <message>
        <source>Draw a digit or a number with the mouse, a pen or a finger. Keys 0 to 9 save the drawing as that digit, Enter keeps it as an example, Delete clears it.</source>
        <translation>Zeichnen Sie eine Ziffer oder eine Zahl mit der Maus, einem Stift oder dem Finger. Die Tasten 0 bis 9 speichern die Zeichnung als diese Ziffer, Eingabe behält sie als Beispiel, Entf leert die Fläche.</translation>
    </message>
</context>
<context>
    <name>ExplorerWindow</name>
    <message>
        <source>MNIST test set</source>
        <translation>MNIST-Testdaten</translation>
    </message>
    <message>
        <source>Loading the MNIST test set (%1 digits)…</source>
        <translation>Die MNIST-Testdaten werden geladen (%1 Ziffern)…</translation>
    </message>
    <message>
        <source>Waiting for the model…</source>
        <translation>Warten auf das Modell…</translation>
    </message>
    <message>
        <source>Evaluating %1 test images…</source>
        <translation>%1 Testbilder werden ausgewertet…</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Auswertung läuft…</translation>
    </message>
    <message>
        <source>Evaluation stopped.</source>
        <translation>Auswertung angehalten.</translation>
    </message>
    <message>
        <source>Accuracy &lt;b&gt;%1&lt;/b&gt; · %2 mistakes in %3 images</source>
        <translation>Genauigkeit &lt;b&gt;%1&lt;/b&gt; · %2 Fehler in %3 Bildern</translation>
    </message>
    <message>
        <source>Evaluation failed: %1</source>
        <translation>Auswertung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Evaluation failed</source>
        <translation>Auswertung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Matrix cell: true %1 → pred %2</source>
        <translation>Matrixzelle: wahr %1 → vorherg. %2</translation>
    </message>
    <message numerus="yes">
        <source>page %1 of %2 · %n image(s)</source>
        <translation>
            <numerusform>Seite %1 von %2 · %n Bild</numerusform>
            <numerusform>Seite %1 von %2 · %n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the MNIST test set: its digits appear here in a moment.</source>
        <translation>Die MNIST-Testdaten werden geladen: Ihre Ziffern erscheinen gleich hier.</translation>
    </message>
    <message>
        <source>No test image matches this filter.</source>
        <translation>Kein Testbild passt zu diesem Filter.</translation>
    </message>
    <message>
        <source>true %1</source>
        <translation>wahr %1</translation>
    </message>
    <message>
        <source>pred %1 · true %2</source>
        <translation>vorherg. %1 · wahr %2</translation>
    </message>
    <message>
        <source>pred %1</source>
        <translation>vorherg. %1</translation>
    </message>
    <message>
        <source>Test image #%1 · true digit %2</source>
        <translation>Testbild #%1 · wahre Ziffer %2</translation>
    </message>
    <message>
        <source>Test image #%1 · true digit %2 · predicted %3 (%4), then %5 (%6) · wrong</source>
        <translation>Testbild #%1 · wahre Ziffer %2 · vorhergesagt %3 (%4), dann %5 (%6) · falsch</translation>
    </message>
    <message>
        <source>Test image #%1 · true digit %2 · predicted %3 (%4), then %5 (%6) · right</source>
        <translation>Testbild #%1 · wahre Ziffer %2 · vorhergesagt %3 (%4), dann %5 (%6) · richtig</translation>
    </message>
    <message>
        <source>Click an image to show it in the main window.</source>
        <translation>Klicken Sie auf ein Bild, um es im Hauptfenster zu zeigen.</translation>
    </message>
    <message>
        <source>Export grid as PNG</source>
        <translation>Raster als PNG exportieren</translation>
    </message>
    <message>
        <source>Export matrix as PNG</source>
        <translation>Matrix als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>Alle Bilder</translation>
    </message>
    <message>
        <source>Only mistakes</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Low confidence (&lt; %1)</source>
        <translation>Geringe Konfidenz (&lt; %1)</translation>
    </message>
    <message>
        <source>True digit =</source>
        <translation>Wahre Ziffer =</translation>
    </message>
    <message>
        <source>Predicted digit =</source>
        <translation>Vorhergesagte Ziffer =</translation>
    </message>
    <message>
        <source>Matrix cell (click one)</source>
        <translation>Matrixzelle (eine anklicken)</translation>
    </message>
    <message>
        <source>Digit to show</source>
        <translation>Anzuzeigende Ziffer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Test image number</source>
        <translation>Nummer des Testbilds</translation>
    </message>
    <message>
        <source>Index of a test image (0-based, as in the tutorial)</source>
        <translation>Index eines Testbilds (ab 0, wie im Tutorial)</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Los</translation>
    </message>
    <message>
        <source>Show and select this test image</source>
        <translation>Dieses Testbild zeigen und auswählen</translation>
    </message>
    <message>
        <source>Test image 1000: the tutorial&apos;s confident 9</source>
        <translation>Testbild 1000: die sichere 9 des Tutorials</translation>
    </message>
    <message>
        <source>Test image 3062: the tutorial&apos;s doubtful 8</source>
        <translation>Testbild 3062: die zweifelhafte 8 des Tutorials</translation>
    </message>
    <message>
        <source>Test image 259: the tutorial&apos;s 6 read as 0</source>
        <translation>Testbild 259: die 6 des Tutorials, als 0 gelesen</translation>
    </message>
    <message>
        <source>Go to index</source>
        <translation>Gehe zu Index</translation>
    </message>
    <message>
        <source>Tutorial examples:</source>
        <translation>Beispiele aus dem Tutorial:</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Vorige Seite (Bild auf)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Nächste Seite (Bild ab)</translation>
    </message>
    <message>
        <source>Export grid…</source>
        <translation>Raster exportieren…</translation>
    </message>
    <message>
        <source>Save this page as PNG</source>
        <translation>Diese Seite als PNG speichern</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>Click a cell to show those images.</source>
        <translation>Klicken Sie auf eine Zelle, um diese Bilder zu zeigen.</translation>
    </message>
    <message>
        <source>Export matrix…</source>
        <translation>Matrix exportieren…</translation>
    </message>
    <message>
        <source>Save the confusion matrix as PNG</source>
        <translation>Die Konfusionsmatrix als PNG speichern</translation>
    </message>
</context>
<context>
    <name>FilterStrip</name>
    <message>
        <source>the input</source>
        <translation>der Eingabe</translation>
    </message>
    <message>
        <source>input map %1</source>
        <translation>Eingabekarte %1</translation>
    </message>
    <message>
        <source>%1 kernel from %2 to map %3: weights %4 .. %5 (click: map %3)</source>
        <translation>%1 Faltungskern von %2 zu Karte %3: Gewichte %4 .. %5 (Klick: Karte %3)</translation>
    </message>
</context>
<context>
    <name>ImageGrid</name>
    <message>
        <source>Test images</source>
        <translation>Testbilder</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%n drawing(s) imported</source>
        <translation>
            <numerusform>%n Zeichnung importiert</numerusform>
            <numerusform>%n Zeichnungen importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank skipped</source>
        <translation>
            <numerusform>%n leere übersprungen</numerusform>
            <numerusform>%n leere übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n schon vorhanden</numerusform>
            <numerusform>%n schon vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a digit label ignored</source>
        <translation>
            <numerusform>%n ohne Ziffern-Label ignoriert</numerusform>
            <numerusform>%n ohne Ziffern-Label ignoriert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n unlesbar</numerusform>
            <numerusform>%n unlesbar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectorWindow</name>
    <message>
        <source>input · 28×28, 0 = paper, 1 = ink</source>
        <translation>Eingabe · 28×28, 0 = Papier, 1 = Tinte</translation>
    </message>
    <message>
        <source>c1 · conv 3×3 + ReLU · 16 maps 28×28</source>
        <translation>c1 · Faltung 3×3 + ReLU · 16 Karten 28×28</translation>
    </message>
    <message>
        <source>c2 · conv 3×3 + ReLU · 16 maps 28×28</source>
        <translation>c2 · Faltung 3×3 + ReLU · 16 Karten 28×28</translation>
    </message>
    <message>
        <source>p1 · max pool 2×2 · 16 maps 14×14</source>
        <translation>p1 · Max-Pooling 2×2 · 16 Karten 14×14</translation>
    </message>
    <message>
        <source>c3 · conv 3×3 + ReLU · 32 maps 14×14</source>
        <translation>c3 · Faltung 3×3 + ReLU · 32 Karten 14×14</translation>
    </message>
    <message>
        <source>c4 · conv 3×3 + ReLU · 32 maps 14×14</source>
        <translation>c4 · Faltung 3×3 + ReLU · 32 Karten 14×14</translation>
    </message>
    <message>
        <source>p2 · max pool 2×2 · 32 maps 7×7</source>
        <translation>p2 · Max-Pooling 2×2 · 32 Karten 7×7</translation>
    </message>
    <message>
        <source>d1 · dense + ReLU · 32 units</source>
        <translation>d1 · vollständig verbunden + ReLU · 32 Neuronen</translation>
    </message>
    <message>
        <source>logits · dense · 10 values</source>
        <translation>Logits · vollständig verbunden · 10 Werte</translation>
    </message>
    <message>
        <source>c1 · 16 filters 3×3 on the input</source>
        <translation>c1 · 16 Filter 3×3 auf der Eingabe</translation>
    </message>
    <message>
        <source>c2 · 16 filters 3×3×16 (column = output map, row = input map)</source>
        <translation>c2 · 16 Filter 3×3×16 (Spalte = Ausgabekarte, Zeile = Eingabekarte)</translation>
    </message>
    <message>
        <source>c3 · 32 filters 3×3×16 (column = output map, row = input map)</source>
        <translation>c3 · 32 Filter 3×3×16 (Spalte = Ausgabekarte, Zeile = Eingabekarte)</translation>
    </message>
    <message>
        <source>c4 · 32 filters 3×3×32 (column = output map, row = input map)</source>
        <translation>c4 · 32 Filter 3×3×32 (Spalte = Ausgabekarte, Zeile = Eingabekarte)</translation>
    </message>
    <message>
        <source>Look inside the network</source>
        <translation>Blick ins Innere des Netzes</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>Zeichnen Sie eine Ziffer</translation>
    </message>
    <message>
        <source>Follow training</source>
        <translation>Training verfolgen</translation>
    </message>
    <message>
        <source>While Retrain runs, show the model being trained (weights copied between steps every few hundred steps)</source>
        <translation>Während des Neutrainings das Modell im Training zeigen (Gewichte werden alle paar hundert Schritte zwischen zwei Schritten kopiert)</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>softmax · probabilities</source>
        <translation>Softmax · Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>Saliency</source>
        <translation>Salienz</translation>
    </message>
    <message>
        <source>Draw a digit on the canvas: the ink that mattered lights up here</source>
        <translation>Zeichnen Sie eine Ziffer auf die Zeichenfläche: Die Tinte, die zählte, leuchtet hier auf</translation>
    </message>
    <message>
        <source>Method: gradient × input (positive part) of the digit&apos;s log-probability. Bright: ink that raised the digit&apos;s probability; missing ink cannot show.</source>
        <translation>Methode: Gradient × Eingabe (positiver Teil) der Log-Wahrscheinlichkeit der Ziffer. Hell: Tinte, die die Wahrscheinlichkeit der Ziffer erhöht hat; fehlende Tinte kann nicht erscheinen.</translation>
    </message>
    <message>
        <source>Selected map</source>
        <translation>Gewählte Karte</translation>
    </message>
    <message>
        <source>Click a feature map to enlarge it.</source>
        <translation>Klicken Sie auf eine Aktivierungskarte, um sie zu vergrößern.</translation>
    </message>
    <message>
        <source>Click a feature map in Layers to enlarge it here</source>
        <translation>Klicken Sie unter „Schichten“ auf eine Aktivierungskarte, um sie hier zu vergrößern</translation>
    </message>
    <message>
        <source>The input pixels the strongest position can see</source>
        <translation>Die Eingabepixel, die die stärkste Position sehen kann</translation>
    </message>
    <message>
        <source>the most likely</source>
        <translation>die wahrscheinlichste</translation>
    </message>
    <message>
        <source>Saliency toward the digit the network picks</source>
        <translation>Salienz zur Ziffer, die das Netz wählt</translation>
    </message>
    <message>
        <source>Toward</source>
        <translation>Hin zu</translation>
    </message>
    <message>
        <source>or</source>
        <translation>oder</translation>
    </message>
    <message>
        <source>Which ink speaks for %1</source>
        <translation>Welche Tinte für %1 spricht</translation>
    </message>
    <message>
        <source>The canvas</source>
        <translation>Die Zeichenfläche</translation>
    </message>
    <message>
        <source>Following training, step %1</source>
        <translation>Training wird verfolgt, Schritt %1</translation>
    </message>
    <message>
        <source>Model in use · softmax temperature %1</source>
        <translation>Verwendetes Modell · Softmax-Temperatur %1</translation>
    </message>
    <message>
        <source>Loading model...</source>
        <translation>Modell wird geladen...</translation>
    </message>
    <message>
        <source>the most likely (%1)</source>
        <translation>die wahrscheinlichste (%1)</translation>
    </message>
    <message>
        <source>the most likely digit</source>
        <translation>die wahrscheinlichste Ziffer</translation>
    </message>
    <message>
        <source>your pick</source>
        <translation>Ihre Wahl</translation>
    </message>
    <message>
        <source>Ink that pushed the network toward %1 (%2; p = %3)</source>
        <translation>Tinte, die das Netz zur %1 hin drängte (%2; p = %3)</translation>
    </message>
    <message>
        <source>%1 map %2</source>
        <translation>%1 Karte %2</translation>
    </message>
    <message>
        <source>%1 map %2: strongest at row %3, column %4 (value %5; layer max %6)</source>
        <translation>%1 Karte %2: am stärksten in Zeile %3, Spalte %4 (Wert %5; Maximum der Schicht %6)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no filters: each value is the largest of a 2×2 window of %2 map %3, made by these %n kernel(s) (one per input map; blue &lt; 0 &lt; red).</source>
        <translation>
            <numerusform>%1 hat keine Filter: Jeder Wert ist der größte eines 2×2-Fensters von %2 Karte %3, erzeugt von diesem %n Faltungskern (einer je Eingabekarte; blau &lt; 0 &lt; rot).</numerusform>
            <numerusform>%1 hat keine Filter: Jeder Wert ist der größte eines 2×2-Fensters von %2 Karte %3, erzeugt von diesen %n Faltungskernen (einer je Eingabekarte; blau &lt; 0 &lt; rot).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left: the input pixels the strongest position sees. Right: the %n kernel(s) 3×3 that make this map (one per input map; blue &lt; 0 &lt; red).</source>
        <translation>
            <numerusform>Links: die Eingabepixel, die die stärkste Position sieht. Rechts: der %n Faltungskern 3×3, der diese Karte erzeugt (einer je Eingabekarte; blau &lt; 0 &lt; rot).</numerusform>
            <numerusform>Links: die Eingabepixel, die die stärkste Position sieht. Rechts: die %n Faltungskerne 3×3, die diese Karte erzeugen (einer je Eingabekarte; blau &lt; 0 &lt; rot).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language is used after Digit Canvas restarts.</source>
        <translation>Eine neue Sprache gilt nach einem Neustart von Digit Canvas.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
</context>
<context>
    <name>LayerStrip</name>
    <message>
        <source>%1 map %2: max %3, mean %4 (click to enlarge)</source>
        <translation>%1 Karte %2: Maximum %3, Mittelwert %4 (Klick zum Vergrößern)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading model...</source>
        <translation>Modell wird geladen...</translation>
    </message>
    <message>
        <source>Your drawing is back: Digit Canvas did not close normally last time.</source>
        <translation>Ihre Zeichnung ist wieder da: Digit Canvas wurde beim letzten Mal nicht normal beendet.</translation>
    </message>
    <message>
        <source>&amp;Open image...</source>
        <translation>Bild ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>&amp;Paste image</source>
        <translation>Bild &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>&amp;Retrain</source>
        <translation>&amp;Neu trainieren</translation>
    </message>
    <message>
        <source>&amp;Cancel training</source>
        <translation>Training &amp;abbrechen</translation>
    </message>
    <message>
        <source>Reset to &amp;bundled model</source>
        <translation>Zum &amp;mitgelieferten Modell zurückkehren</translation>
    </message>
    <message>
        <source>&amp;Test-set explorer...</source>
        <translation>&amp;Testdaten-Explorer...</translation>
    </message>
    <message>
        <source>My &amp;drawings...</source>
        <translation>Meine &amp;Zeichnungen...</translation>
    </message>
    <message>
        <source>&amp;Look inside...</source>
        <translation>&amp;Blick ins Innere...</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation>Stiftbreite</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source> Pen </source>
        <translation> Stift </translation>
    </message>
    <message>
        <source>No model: %1</source>
        <translation>Kein Modell: %1</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>Das Modell konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Draw a digit or a number</source>
        <translation>Zeichnen Sie eine Ziffer oder eine Zahl</translation>
    </message>
    <message>
        <source>MNIST test image #%1, true label %2</source>
        <translation>MNIST-Testbild #%1, wahres Label %2</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>Bild öffnen</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>Bilder (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open image</source>
        <translation>Bild kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not an image file that can be read</source>
        <translation>keine lesbare Bilddatei</translation>
    </message>
    <message>
        <source>larger than %1 pixels</source>
        <translation>größer als %1 Pixel</translation>
    </message>
    <message>
        <source>the image has no pixels</source>
        <translation>das Bild hat keine Pixel</translation>
    </message>
    <message>
        <source>Cannot use &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The clipboard holds no image</source>
        <translation>Die Zwischenablage enthält kein Bild</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Das Training läuft</translation>
    </message>
    <message>
        <source>Stop training and quit? The model in use stays as it is.</source>
        <translation>Training abbrechen und beenden? Das verwendete Modell bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Stopping training...</source>
        <translation>Training wird angehalten...</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>NetworkInputPreview</name>
    <message>
        <source>What the network sees, 28 by 28 pixels</source>
        <translation>Was das Netz sieht, 28 × 28 Pixel</translation>
    </message>
    <message>
        <source>Draw: the network&apos;s view shows here</source>
        <translation>Zeichnen Sie: Die Sicht des Netzes erscheint hier</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>PixelView</name>
    <message>
        <source>A picture of %1 by %2 pixels</source>
        <translation>Ein Bild von %1 × %2 Pixeln</translation>
    </message>
    <message>
        <source>Empty: nothing to show yet.</source>
        <translation>Leer: noch nichts zu zeigen.</translation>
    </message>
</context>
<context>
    <name>PredictionPanel</name>
    <message>
        <source>not trusted: this does not look like a digit</source>
        <translation>nicht vertrauenswürdig: Das sieht nicht wie eine Ziffer aus</translation>
    </message>
    <message>
        <source>Draw a digit: how sure the network is of each of 0-9 shows here</source>
        <translation>Zeichnen Sie eine Ziffer: Wie sicher sich das Netz bei jeder von 0–9 ist, erscheint hier</translation>
    </message>
    <message>
        <source>Write digits side by side to read a number: one tile per digit here</source>
        <translation>Schreiben Sie Ziffern nebeneinander, um eine Zahl zu lesen: hier eine Kachel je Ziffer</translation>
    </message>
    <message>
        <source>saved: %1</source>
        <translation>gespeichert: %1</translation>
    </message>
    <message>
        <source>What the network sees (28×28)</source>
        <translation>Was das Netz sieht (28×28)</translation>
    </message>
    <message>
        <source>Draw a digit or a number</source>
        <translation>Zeichnen Sie eine Ziffer oder eine Zahl</translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation>Keine Zahl</translation>
    </message>
    <message>
        <source>Not a digit</source>
        <translation>Keine Ziffer</translation>
    </message>
    <message>
        <source>a piece marked ? does not look like a digit</source>
        <translation>ein mit ? markiertes Stück sieht nicht wie eine Ziffer aus</translation>
    </message>
    <message>
        <source>%1 sure of all %2 digits</source>
        <translation>%1 sicher bei allen %2 Ziffern</translation>
    </message>
    <message>
        <source>%1 sure</source>
        <translation>%1 sicher</translation>
    </message>
    <message>
        <source>true label %1</source>
        <translation>wahres Label %1</translation>
    </message>
    <message>
        <source>Digit %1 of %2 · keys 0-9 correct it · click another digit to see it</source>
        <translation>Ziffer %1 von %2 · Tasten 0–9 korrigieren sie · klicken Sie auf eine andere Ziffer, um sie zu sehen</translation>
    </message>
    <message>
        <source>Digit %1: show its input and histogram</source>
        <translation>Ziffer %1: ihre Eingabe und ihr Histogramm zeigen</translation>
    </message>
    <message>
        <source>no digit comes close</source>
        <translation>keine Ziffer kommt nahe</translation>
    </message>
    <message>
        <source>closest: %1 (%2)</source>
        <translation>am nächsten: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PresetRow</name>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>The recipe of the bundled model: about 99.5 % on MNIST</source>
        <translation>Das Rezept des mitgelieferten Modells: etwa 99,5 % auf MNIST</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Beste</translation>
    </message>
    <message>
        <source>The default recipe for longer: a little more accurate, about twice as long</source>
        <translation>Das Standardrezept, länger trainiert: etwas genauer, etwa doppelt so lang</translation>
    </message>
    <message>
        <source>Tutorial</source>
        <translation>Tutorial</translation>
    </message>
    <message>
        <source>TensorFlow&apos;s tutorial: lr 1e-4, batch 128, 5 epochs, no augmentation</source>
        <translation>Das Tutorial von TensorFlow: Lernrate 1e-4, Batch 128, 5 Epochen, keine Augmentierung</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Fill the settings with a tested recipe</source>
        <translation>Die Einstellungen mit einem erprobten Rezept füllen</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standard wiederherstellen</translation>
    </message>
    <message>
        <source>The Default preset, without your drawings</source>
        <translation>Die Voreinstellung „Standard“, ohne Ihre Zeichnungen</translation>
    </message>
</context>
<context>
    <name>ProbabilityChart</name>
    <message>
        <source>Probabilities of each digit</source>
        <translation>Wahrscheinlichkeiten jeder Ziffer</translation>
    </message>
</context>
<context>
    <name>SamplesModel</name>
    <message>
        <source>Drawing #%1: labelled %2, the network said %3
saved %4 UTC</source>
        <translation>Zeichnung #%1: Label %2, das Netz sagte %3
gespeichert %4 UTC</translation>
    </message>
    <message>
        <source>%1 (said %2)</source>
        <translation>%1 (sagte %2)</translation>
    </message>
</context>
<context>
    <name>SamplesView</name>
    <message>
        <source>%1 — %2 in all</source>
        <translation>%1 — insgesamt %2</translation>
    </message>
    <message>
        <source>My drawings</source>
        <translation>Meine Zeichnungen</translation>
    </message>
    <message>
        <source>All digits</source>
        <translation>Alle Ziffern</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>&amp;Relabel as</source>
        <translation>&amp;Neu beschriften als</translation>
    </message>
    <message>
        <source>Give the selected drawings another label (keys 0-9)</source>
        <translation>Den ausgewählten Zeichnungen ein anderes Label geben (Tasten 0–9)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected drawings (Del)</source>
        <translation>Die ausgewählten Zeichnungen löschen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>To a &amp;folder...</source>
        <translation>In einen &amp;Ordner...</translation>
    </message>
    <message>
        <source>To a .&amp;zip file...</source>
        <translation>In eine .&amp;zip-Datei...</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>From a &amp;folder...</source>
        <translation>Aus einem &amp;Ordner...</translation>
    </message>
    <message>
        <source>From a .&amp;zip file...</source>
        <translation>Aus einer .&amp;zip-Datei...</translation>
    </message>
    <message numerus="yes">
        <source>Your drawings database was damaged. It was kept as %1 and a new one was started; %n drawing(s) could be recovered.</source>
        <translation>
            <numerusform>Die Datenbank Ihrer Zeichnungen war beschädigt. Sie wurde als %1 aufbewahrt und eine neue angelegt; %n Zeichnung konnte gerettet werden.</numerusform>
            <numerusform>Die Datenbank Ihrer Zeichnungen war beschädigt. Sie wurde als %1 aufbewahrt und eine neue angelegt; %n Zeichnungen konnten gerettet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your drawings can be viewed but not changed.</source>
        <translation>Ihre Zeichnungen können angesehen, aber nicht geändert werden.</translation>
    </message>
    <message>
        <source>No drawings yet. Correct a prediction to keep a drawing here.</source>
        <translation>Noch keine Zeichnungen. Korrigieren Sie eine Vorhersage, um hier eine Zeichnung zu behalten.</translation>
    </message>
    <message>
        <source>No drawings labelled %1.</source>
        <translation>Keine Zeichnungen mit dem Label %1.</translation>
    </message>
    <message numerus="yes">
        <source>Relabel %n drawing(s) as %1</source>
        <translation>
            <numerusform>%n Zeichnung neu als %1 beschriften</numerusform>
            <numerusform>%n Zeichnungen neu als %1 beschriften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n drawing(s)</source>
        <translation>
            <numerusform>%n Zeichnung löschen</numerusform>
            <numerusform>%n Zeichnungen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n drawing(s). Ctrl+Z brings them back (for %1 minutes).</source>
        <translation>
            <numerusform>%n Zeichnung gelöscht. Strg+Z holt sie zurück (%1 Minuten lang).</numerusform>
            <numerusform>%n Zeichnungen gelöscht. Strg+Z holt sie zurück (%1 Minuten lang).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n drawing(s). Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%n Zeichnung gelöscht. Strg+Z holt sie zurück.</numerusform>
            <numerusform>%n Zeichnungen gelöscht. Strg+Z holt sie zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n drawing(s) to %1</source>
        <translation>
            <numerusform>%n Zeichnung nach %1 exportiert</numerusform>
            <numerusform>%n Zeichnungen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no digit label</source>
        <translation>%1: kein Ziffern-Label</translation>
    </message>
    <message>
        <source>Export drawings to folder</source>
        <translation>Zeichnungen in einen Ordner exportieren</translation>
    </message>
    <message>
        <source>Export drawings</source>
        <translation>Zeichnungen exportieren</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Import drawings from folder</source>
        <translation>Zeichnungen aus einem Ordner importieren</translation>
    </message>
    <message>
        <source>Import drawings</source>
        <translation>Zeichnungen importieren</translation>
    </message>
    <message>
        <source>Zip archives (*.zip);;All files (*)</source>
        <translation>Zip-Archive (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Your drawings cannot be opened</source>
        <translation>Ihre Zeichnungen können nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>MNIST test image · true label %1</source>
        <translation>MNIST-Testbild · wahres Label %1</translation>
    </message>
    <message>
        <source>The canvas</source>
        <translation>Die Zeichenfläche</translation>
    </message>
    <message>
        <source>The canvas · digit %1</source>
        <translation>Die Zeichenfläche · Ziffer %1</translation>
    </message>
    <message>
        <source>Some checkpoints could not be loaded</source>
        <translation>Einige Checkpoints konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Loading model...</source>
        <translation>Modell wird geladen...</translation>
    </message>
    <message>
        <source>bundled model</source>
        <translation>mitgeliefertes Modell</translation>
    </message>
    <message>
        <source>your model</source>
        <translation>Ihr Modell</translation>
    </message>
    <message>
        <source>MNIST test accuracy %1</source>
        <translation>MNIST-Testgenauigkeit %1</translation>
    </message>
    <message>
        <source>accuracy ?</source>
        <translation>Genauigkeit ?</translation>
    </message>
    <message>
        <source>Model: %1 · %2 · %3</source>
        <translation>Modell: %1 · %2 · %3</translation>
    </message>
    <message>
        <source>MNIST could not be loaded</source>
        <translation>MNIST konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Saved drawings database was damaged</source>
        <translation>Die Datenbank der gespeicherten Zeichnungen war beschädigt</translation>
    </message>
    <message numerus="yes">
        <source>It was kept aside as %1; %n drawing(s) were recovered into a new one.</source>
        <translation>
            <numerusform>Sie wurde als %1 beiseitegelegt; %n Zeichnung wurde in eine neue gerettet.</numerusform>
            <numerusform>Sie wurde als %1 beiseitegelegt; %n Zeichnungen wurden in eine neue gerettet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your drawings cannot be saved</source>
        <translation>Ihre Zeichnungen können nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <source>Wrong? It&apos;s a: save the drawing (or the selected digit) as that digit</source>
        <translation>Falsch? Es ist eine: die Zeichnung (oder die gewählte Ziffer) als diese Ziffer speichern</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Add as example: the reading is right, keep the drawing</source>
        <translation>Als Beispiel hinzufügen: Die Lesung stimmt, die Zeichnung behalten</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Umschalt+Tab</translation>
    </message>
    <message>
        <source>Go to the next / previous control</source>
        <translation>Zum nächsten / vorigen Bedienelement</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Press the button that has the keyboard</source>
        <translation>Die Schaltfläche mit dem Tastaturfokus drücken</translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation>Links / Rechts</translation>
    </message>
    <message>
        <source>Go to the previous / next digit tile of a number and show it</source>
        <translation>Zur vorigen / nächsten Ziffernkachel einer Zahl gehen und sie zeigen</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>Open a menu (Alt+M, R: Model › Retrain)</source>
        <translation>Ein Menü öffnen (Alt+M, N: Modell › Neu trainieren)</translation>
    </message>
    <message>
        <source>Esc or Ctrl+W</source>
        <translation>Esc oder Strg+W</translation>
    </message>
    <message>
        <source>Close Look inside, the test-set explorer, My drawings or this window</source>
        <translation>Blick ins Innere, den Testdaten-Explorer, Meine Zeichnungen oder dieses Fenster schließen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Every action of the menus, and the keys of the canvas.</source>
        <translation>Jede Aktion der Menüs und die Tasten der Zeichenfläche.</translation>
    </message>
</context>
<context>
    <name>TeachRow</name>
    <message>
        <source>an %1</source>
        <translation>eine %1</translation>
    </message>
    <message>
        <source>a %1</source>
        <translation>eine %1</translation>
    </message>
    <message>
        <source>Wrong? It&apos;s a</source>
        <translation>Falsch? Es ist eine</translation>
    </message>
    <message>
        <source>Save this drawing as %1 (key %2)</source>
        <translation>Diese Zeichnung als %1 speichern (Taste %2)</translation>
    </message>
    <message>
        <source>Add as example</source>
        <translation>Als Beispiel</translation>
    </message>
    <message>
        <source>The reading is right: keep the drawing (Enter)</source>
        <translation>Die Lesung stimmt: die Zeichnung behalten (Eingabe)</translation>
    </message>
    <message>
        <source>Save digit %3 of %4 as %1 (key %2)</source>
        <translation>Ziffer %3 von %4 als %1 speichern (Taste %2)</translation>
    </message>
</context>
<context>
    <name>Teaching</name>
    <message>
        <source>The drawing could not be saved</source>
        <translation>Die Zeichnung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Draw a digit first</source>
        <translation>Zeichnen Sie zuerst eine Ziffer</translation>
    </message>
    <message>
        <source>Saved digit %1 of %2 as %3</source>
        <translation>Ziffer %1 von %2 als %3 gespeichert</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Als %1 gespeichert</translation>
    </message>
    <message>
        <source>Not read as a digit: press the right digit key instead</source>
        <translation>Nicht als Ziffer gelesen: Drücken Sie stattdessen die richtige Zifferntaste</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 as %n examples</source>
        <translation>
            <numerusform>%1 als %n Beispiel gespeichert</numerusform>
            <numerusform>%1 als %n Beispiele gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n drawing(s) of yours</source>
        <translation>
            <numerusform>%1 · %n Zeichnung von Ihnen</numerusform>
            <numerusform>%1 · %n Zeichnungen von Ihnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>The drawing just saved was removed again</source>
        <translation>Die eben gespeicherte Zeichnung wurde wieder entfernt</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <source>Loading MNIST</source>
        <translation>MNIST wird geladen</translation>
    </message>
    <message>
        <source>Preparing the training data</source>
        <translation>Die Trainingsdaten werden vorbereitet</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Saving checkpoint</source>
        <translation>Checkpoint wird gespeichert</translation>
    </message>
    <message>
        <source>Training was stopped before it finished.</source>
        <translation>Das Training wurde angehalten, bevor es fertig war.</translation>
    </message>
    <message>
        <source>Training ended unexpectedly (exit code %1) before it finished.</source>
        <translation>Das Training endete unerwartet (Exit-Code %1), bevor es fertig war.</translation>
    </message>
    <message>
        <source>Its last words: %1</source>
        <translation>Seine letzten Worte: %1</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Invalid training settings</source>
        <translation>Ungültige Trainingseinstellungen</translation>
    </message>
    <message>
        <source>No drawings yet</source>
        <translation>Noch keine Zeichnungen</translation>
    </message>
    <message>
        <source>Correct a few predictions first: they are what fine-tuning learns from.</source>
        <translation>Korrigieren Sie zuerst einige Vorhersagen: Aus ihnen lernt das Feinabstimmen.</translation>
    </message>
    <message>
        <source>Done: test accuracy %1</source>
        <translation>Fertig: Testgenauigkeit %1</translation>
    </message>
    <message>
        <source>(%1 points)</source>
        <translation>(%1 Punkte)</translation>
    </message>
    <message>
        <source>your drawings %1</source>
        <translation>Ihre Zeichnungen %1</translation>
    </message>
    <message>
        <source>Training done, the new model is in use. %1</source>
        <translation>Training fertig, das neue Modell wird verwendet. %1</translation>
    </message>
    <message>
        <source>Cancelled: the model in use has not changed</source>
        <translation>Abgebrochen: Das verwendete Modell hat sich nicht geändert</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Training stopped: the model in use has not changed</source>
        <translation>Training angehalten: Das verwendete Modell hat sich nicht geändert</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>Training angehalten</translation>
    </message>
    <message>
        <source>The model in use has not changed.</source>
        <translation>Das verwendete Modell hat sich nicht geändert.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Using the bundled model again; your trained models are kept</source>
        <translation>Wieder das mitgelieferte Modell in Gebrauch; Ihre trainierten Modelle bleiben erhalten</translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <source>the trainer gave no reason</source>
        <translation>der Trainer nannte keinen Grund</translation>
    </message>
    <message>
        <source>the trainer wrote its checkpoint to an unexpected place (%1)</source>
        <translation>der Trainer schrieb seinen Checkpoint an einen unerwarteten Ort (%1)</translation>
    </message>
    <message>
        <source>The new checkpoint could not be used: %1</source>
        <translation>Der neue Checkpoint konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The trainer could not be started: %1</source>
        <translation>Der Trainer konnte nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Training chart: loss and test accuracy by epoch</source>
        <translation>Trainingsdiagramm: Verlust und Testgenauigkeit je Epoche</translation>
    </message>
    <message>
        <source>No training run yet.</source>
        <translation>Noch kein Trainingslauf.</translation>
    </message>
    <message>
        <source>After epoch %1: test accuracy %2, loss %3</source>
        <translation>Nach Epoche %1: Testgenauigkeit %2, Verlust %3</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Augment (rotate, scale, thicken)</source>
        <translation>Augmentieren (drehen, skalieren, verdicken)</translation>
    </message>
    <message>
        <source>Include my corrected drawings</source>
        <translation>Meine korrigierten Zeichnungen einbeziehen</translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation>Neu trainieren</translation>
    </message>
    <message>
        <source>Train the network on MNIST with these settings</source>
        <translation>Das Netz mit diesen Einstellungen auf MNIST trainieren</translation>
    </message>
    <message>
        <source>Fine-tune on my drawings</source>
        <translation>Auf meine Zeichnungen feinabstimmen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>Wird gestartet...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
    <message>
        <source>Epoch %1/%2</source>
        <translation>Epoche %1/%2</translation>
    </message>
    <message>
        <source>loss %1 · %2 images/s · %3 elapsed · %4</source>
        <translation>Verlust %1 · %2 Bilder/s · %3 vergangen · %4</translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation>Restzeit wird geschätzt</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Epoch %1/%2: test accuracy %3</source>
        <translation>Epoche %1/%2: Testgenauigkeit %3</translation>
    </message>
</context>
<context>
    <name>WindowAccess</name>
    <message>
        <source>Draw a digit or a number with the mouse, a pen or a finger. Keys 0 to 9 save the drawing as that digit, Enter keeps it as an example, Delete clears it.</source>
        <translation>Zeichnen Sie eine Ziffer oder eine Zahl mit der Maus, einem Stift oder dem Finger. Die Tasten 0 bis 9 speichern die Zeichnung als diese Ziffer, Eingabe behält sie als Beispiel, Entf leert die Fläche.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>No answer: the canvas is blank.</source>
        <translation>Keine Antwort: Die Zeichenfläche ist leer.</translation>
    </message>
    <message>
        <source>Not a digit.</source>
        <translation>Keine Ziffer.</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>Keine Zahl.</translation>
    </message>
    <message>
        <source>Read as the number %1, %2 sure.</source>
        <translation>Als die Zahl %1 gelesen, %2 sicher.</translation>
    </message>
    <message>
        <source>Read as %1, %2 sure.</source>
        <translation>Als %1 gelesen, %2 sicher.</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>Training settings, their presets, and the language</source>
        <translation>Trainingseinstellungen, ihre Voreinstellungen und die Sprache</translation>
    </message>
    <message>
        <source>Drawing canvas</source>
        <translation>Zeichenfläche</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Wie sicher</translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation>Stiftbreite</translation>
    </message>
    <message>
        <source>The width of the pen in pixels</source>
        <translation>Die Breite des Stifts in Pixeln</translation>
    </message>
    <message>
        <source>Wrong? It&apos;s a</source>
        <translation>Falsch? Es ist eine</translation>
    </message>
    <message>
        <source>It&apos;s a %1</source>
        <translation>Es ist eine %1</translation>
    </message>
    <message>
        <source>Add as example</source>
        <translation>Als Beispiel</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Trainingsfortschritt</translation>
    </message>
    <message>
        <source>Training status</source>
        <translation>Trainingsstatus</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Digit %1 of %2</source>
        <translation>Ziffer %1 von %2</translation>
    </message>
    <message>
        <source>Read as %1. Press Space to show its histogram.</source>
        <translation>Als %1 gelesen. Drücken Sie die Leertaste, um ihr Histogramm zu zeigen.</translation>
    </message>
</context>
</TS>
