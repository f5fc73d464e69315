<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>About</name>
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
        <source>(cosine schedule)</source>
        <translation>(mit Kosinus-Abnahme)</translation>
    </message>
    <message>
        <source>(constant schedule)</source>
        <translation>(gleichbleibend)</translation>
    </message>
    <message>
        <source>for one epoch</source>
        <translation>eine Epoche lang</translation>
    </message>
    <message>
        <source>for %1 epochs</source>
        <translation>%1 Epochen lang</translation>
    </message>
    <message>
        <source>in batches of %1</source>
        <translation>in Stapeln zu %1</translation>
    </message>
    <message>
        <source>learning rate %1</source>
        <translation>Lernrate %1</translation>
    </message>
    <message>
        <source>with augmented digits</source>
        <translation>mit abgewandelten Ziffern</translation>
    </message>
    <message>
        <source>without augmentation</source>
        <translation>ohne abgewandelte Beispiele</translation>
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
        <source>%1 licence · © 2026 the Digit Canvas authors</source>
        <translation>%1-Lizenz · © 2026 die Autoren von Digit Canvas</translation>
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
        <source>Empty. %1.</source>
        <translation>Leer. %1.</translation>
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
        <source>One map of %2 by %3 cells.</source>
        <translation>Eine Karte aus %2 mal %3 Zellen.</translation>
    </message>
    <message>
        <source>%1 maps of %2 by %3 cells; the strongest is map %4.</source>
        <translation>%1 Karten mit %2 × %3 Zellen; die stärkste ist Karte %4.</translation>
    </message>
    <message>
        <source>Click a map, or choose one with the arrow keys, to see it enlarged.</source>
        <translation>Klicken Sie auf eine Karte oder wählen Sie eine mit den Pfeiltasten, um sie vergrößert zu sehen.</translation>
    </message>
    <message>
        <source>No images on this page.</source>
        <translation>Keine Bilder auf dieser Seite.</translation>
    </message>
    <message>
        <source>One image on this page.</source>
        <translation>Ein Bild auf dieser Seite.</translation>
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
        <source>Arrows choose an image; Enter shows it in the main window.</source>
        <translation>Pfeiltasten wählen ein Bild; die Eingabetaste zeigt es im Hauptfenster.</translation>
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
        <source>Arrows move from cell to cell; Enter shows a cell&apos;s images.</source>
        <translation>Pfeiltasten gehen von Zelle zu Zelle; die Eingabetaste zeigt die Bilder der Zelle.</translation>
    </message>
    <message>
        <source>Scroll bar</source>
        <translation>Bildlaufleiste</translation>
    </message>
    <message>
        <source>Divider: drag to resize the panels</source>
        <translation>Trenner: ziehen, um die Bereiche anders aufzuteilen</translation>
    </message>
    <message>
        <source>Resize the window</source>
        <translation>Fenstergröße ändern</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Trennlinie</translation>
    </message>
    <message>
        <source>%1, map %2, %3 by %4 cells. Chosen cell: row %5, column %6, value %7.</source>
        <translation>%1, Karte %2, %3 mal %4 Zellen. Gewählte Zelle: Zeile %5, Spalte %6, Wert %7.</translation>
    </message>
    <message>
        <source>The strongest of the map.</source>
        <translation>Die stärkste der Karte.</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>Adoption</name>
    <message>
        <source>Done: the new model is kept; the model in use has not changed</source>
        <translation>Fertig: Das neue Modell ist aufbewahrt; das verwendete Modell hat sich nicht geändert</translation>
    </message>
    <message>
        <source>Kept your current model%1%2. Use the new one anyway?</source>
        <translation>Ihr bisheriges Modell bleibt%1%2. Trotzdem das neue verwenden?</translation>
    </message>
    <message>
        <source>Use the new one</source>
        <translation>Das neue verwenden</translation>
    </message>
    <message>
        <source>Now using the new model%1%2</source>
        <translation>Jetzt wird das neue Modell verwendet%1%2</translation>
    </message>
    <message>
        <source>%1 more right than the new one</source>
        <translation>%1 mehr richtig als das neue</translation>
    </message>
    <message>
        <source>%1 more right than the previous one</source>
        <translation>%1 mehr richtig als das bisherige</translation>
    </message>
    <message>
        <source>%1 fewer right than the new one</source>
        <translation>%1 weniger richtig als das neue</translation>
    </message>
    <message>
        <source>%1 fewer right than the previous one</source>
        <translation>%1 weniger richtig als das bisherige</translation>
    </message>
    <message>
        <source>as many right as the new one</source>
        <translation>ebenso viele richtig wie das neue</translation>
    </message>
    <message>
        <source>as many right as the previous one</source>
        <translation>ebenso viele richtig wie das bisherige</translation>
    </message>
    <message>
        <source>%1 fewer right than the previous one, a difference within chance</source>
        <translation>%1 weniger richtig als das bisherige, ein Unterschied im Rahmen des Zufalls</translation>
    </message>
    <message>
        <source>: of %1 digits set aside from training, it reads %2</source>
        <translation>: Von %1 beiseitegelegten Ziffern erkennt es %2</translation>
    </message>
    <message>
        <source>chosen on the digits set aside from training; the test digits are kept for measuring</source>
        <translation>gewählt anhand der beiseitegelegten Ziffern; die Testziffern dienen nur zum Messen</translation>
    </message>
    <message>
        <source>Done: the new model&apos;s test accuracy %1</source>
        <translation>Fertig: Testgenauigkeit des neuen Modells %1</translation>
    </message>
    <message>
        <source>(%1 points)</source>
        <translation>(%1 Punkte)</translation>
    </message>
    <message>
        <source>your drawings (trained on): %1</source>
        <translation>Ihre Zeichnungen (mit ihnen trainiert): %1</translation>
    </message>
    <message>
        <source>On your drawings, the new model reads %1 of %2 right, the one in use %3 of %2</source>
        <translation>Bei Ihren Zeichnungen liest das neue Modell %1 von %2 richtig, das verwendete %3 von %2</translation>
    </message>
    <message>
        <source>On your drawings, the new model reads %1 of %2 right, the previous one %3 of %2</source>
        <translation>Bei Ihren Zeichnungen liest das neue Modell %1 von %2 richtig, das bisherige %3 von %2</translation>
    </message>
    <message>
        <source>kept your current model</source>
        <translation>Ihr bisheriges Modell bleibt</translation>
    </message>
    <message>
        <source>The new model cannot be used: %1</source>
        <translation>Das neue Modell kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Now using the new model</source>
        <translation>Jetzt wird das neue Modell verwendet</translation>
    </message>
</context>
<context>
    <name>CellView</name>
    <message>
        <source>How the chosen cell is computed</source>
        <translation>Wie die gewählte Zelle berechnet wird</translation>
    </message>
    <message>
        <source>Click a cell of the enlarged map (or use the arrow keys there) to see how it is computed.</source>
        <translation>Klicken Sie auf eine Zelle der vergrößerten Karte (oder verwenden Sie dort die Pfeiltasten), um zu sehen, wie sie berechnet wird.</translation>
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
        <source>stronger colour = more (log scale)</source>
        <translation>kräftigere Farbe = mehr (logarithmisch)</translation>
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
            <numerusform>ist %1, erkannt %2: %Ln Bild</numerusform>
            <numerusform>ist %1, erkannt %2: %Ln Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>(%3 of the %1s)</source>
        <translation>(%3 aller Bilder mit %1)</translation>
    </message>
    <message>
        <source>Enter shows them</source>
        <translation>Eingabetaste zeigt sie</translation>
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
        <source>Draw a digit or a number with the mouse, a pen or a finger. Keys 0 to 9 save the drawing as that digit, N as not a digit, Enter keeps it as an example, Delete clears it.</source>
        <translation>Zeichnen Sie eine Ziffer oder eine Zahl mit der Maus, einem Stift oder dem Finger. Die Tasten 0 bis 9 speichern die Zeichnung als diese Ziffer, N als keine Ziffer, Eingabe behält sie als Beispiel, Entf löscht sie.</translation>
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
        <source>Accuracy &lt;b&gt;%1&lt;/b&gt; · %2 mistakes in %3 images · %4 called not a digit</source>
        <translation>Genauigkeit &lt;b&gt;%1&lt;/b&gt; · %2 Fehler in %3 Bildern · %4 als „keine Ziffer“ abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>(%n of them among the mistakes)</source>
        <translation>
            <numerusform>(%Ln davon unter den Fehlern)</numerusform>
            <numerusform>(%Ln davon unter den Fehlern)</numerusform>
        </translation>
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
        <translation>Matrixzelle: ist %1 → erkannt %2</translation>
    </message>
    <message numerus="yes">
        <source>page %1 of %2 · %n image(s)</source>
        <translation>
            <numerusform>Seite %1 von %2 · %Ln Bild</numerusform>
            <numerusform>Seite %1 von %2 · %Ln Bilder</numerusform>
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
        <source>Chosen, not on this page: %1</source>
        <translation>Gewählt, nicht auf dieser Seite: %1</translation>
    </message>
    <message>
        <source>mnist-test-grid.png</source>
        <translation>mnist-testbilder-raster.png</translation>
    </message>
    <message>
        <source>mnist-test-matrix.png</source>
        <translation>mnist-testbilder-matrix.png</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>true %1</source>
        <translation>ist %1</translation>
    </message>
    <message>
        <source>not a digit · true %1</source>
        <translation>keine Ziffer · ist %1</translation>
    </message>
    <message>
        <source>read %1 · true %2</source>
        <translation>erkannt %1 · ist %2</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>erkannt %1</translation>
    </message>
    <message>
        <source>Test image #%1 · true digit %2</source>
        <translation>Testbild #%1 · wahre Ziffer %2</translation>
    </message>
    <message>
        <source>Test image #%1 · true digit %2 · not a digit (closest %3 (%4), then %5 (%6)) · refused</source>
        <translation>Testbild #%1 · wahre Ziffer %2 · keine Ziffer (am nächsten %3 (%4), dann %5 (%6)) · abgelehnt</translation>
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
        <source>Click an image to show it in the main window; double-click to go there.</source>
        <translation>Klicken Sie auf ein Bild, um es im Hauptfenster zu zeigen; Doppelklick wechselt dorthin.</translation>
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
        <source>Called not a digit</source>
        <translation>Als „keine Ziffer“ abgelehnt</translation>
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
    <name>Feedback</name>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
</context>
<context>
    <name>FilterStrip</name>
    <message>
        <source>the image</source>
        <translation>dem Bild</translation>
    </message>
    <message>
        <source>input map %1</source>
        <translation>Eingabekarte %1</translation>
    </message>
    <message>
        <source>Kernel from %1 to map %2: weights %3 to %4</source>
        <translation>Faltungskern von %1 zu Karte %2: Gewichte %3 bis %4</translation>
    </message>
    <message>
        <source>%1 (click: map %2)</source>
        <translation>%1 (Klick: Karte %2)</translation>
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
            <numerusform>%Ln Zeichnung importiert</numerusform>
            <numerusform>%Ln Zeichnungen importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank skipped</source>
        <translation>
            <numerusform>%Ln leere übersprungen</numerusform>
            <numerusform>%Ln leere übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%Ln schon vorhanden</numerusform>
            <numerusform>%Ln schon vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a digit label ignored</source>
        <translation>
            <numerusform>%Ln ohne Ziffern-Label ignoriert</numerusform>
            <numerusform>%Ln ohne Ziffern-Label ignoriert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%Ln unlesbar</numerusform>
            <numerusform>%Ln unlesbar</numerusform>
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
        <source>d1 · dense + ReLU</source>
        <translation>d1 · vollständig verbunden + ReLU</translation>
    </message>
    <message>
        <source>logits · dense · 10 values</source>
        <translation>Logits · vollständig verbunden · 10 Werte</translation>
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
        <source>What is shown: the drawing on the canvas, or a test image chosen in the test-set explorer</source>
        <translation>Was gezeigt wird: die Zeichnung auf der Zeichenfläche oder ein im Testdaten-Explorer gewähltes Testbild</translation>
    </message>
    <message>
        <source>Whose layers: the model in use, or the one being trained while Follow training is on</source>
        <translation>Wessen Schichten: die des verwendeten Modells oder, bei „Training verfolgen“, die des gerade trainierten</translation>
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
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show the technical names: conv, ReLU, logits, softmax temperature, the saliency method</source>
        <translation>Die Fachbegriffe zeigen: Faltung, ReLU, Logits, Softmax-Temperatur, das Salienzverfahren</translation>
    </message>
    <message>
        <source>Layers and filters</source>
        <translation>Schichten und Filter</translation>
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
        <source>Layers, filters, what mattered and a map</source>
        <translation>Schichten, Filter, worauf es ankam und eine Karte</translation>
    </message>
    <message>
        <source>What mattered</source>
        <translation>Worauf es ankam</translation>
    </message>
    <message>
        <source>softmax · probabilities</source>
        <translation>Softmax · Wahrscheinlichkeiten</translation>
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
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <source>Draw a digit on the canvas: here you will see how the network reads it, layer by layer.</source>
        <translation>Zeichnen Sie eine Ziffer auf die Zeichenfläche: Hier sehen Sie, wie das Netz sie liest, Schicht für Schicht.</translation>
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
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>A new language is used after Digit Canvas restarts.</source>
        <translation>Eine neue Sprache gilt nach einem Neustart von Digit Canvas.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Digit Canvas already speaks this language.</source>
        <translation>Digit Canvas spricht diese Sprache schon.</translation>
    </message>
</context>
<context>
    <name>LayerStrip</name>
    <message>
        <source>Draw a digit on the canvas to see this layer.</source>
        <translation>Zeichnen Sie eine Ziffer auf die Zeichenfläche, um diese Schicht zu sehen.</translation>
    </message>
    <message>
        <source>Map %1: largest %2, average %3</source>
        <translation>Karte %1: größter Wert %2, Mittelwert %3</translation>
    </message>
    <message>
        <source>%1 (click to see it enlarged)</source>
        <translation>%1 (Klick zum Vergrößern)</translation>
    </message>
</context>
<context>
    <name>LookInside</name>
    <message>
        <source>What the network gets: 0 is paper, 1 is ink.</source>
        <translation>Was das Netz bekommt: 0 ist Papier, 1 ist Tinte.</translation>
    </message>
    <message>
        <source>Second layer: 16 detectors that combine the first layer&apos;s patterns</source>
        <translation>Zweite Schicht: 16 Detektoren, die die Muster der ersten Schicht kombinieren</translation>
    </message>
    <message>
        <source>Each looks at a 3 by 3 window of all 16 maps above it and adds up what it sees there.</source>
        <translation>Jeder betrachtet ein 3×3-Fenster aller 16 Karten darüber und addiert, was er dort sieht.</translation>
    </message>
    <message>
        <source>Half size: each cell keeps the strongest of 4</source>
        <translation>Halbe Größe: Jede Zelle behält den stärksten von 4 Werten</translation>
    </message>
    <message>
        <source>Max pooling: the largest value of each 2 by 2 window. The maps get smaller and a shape may move a little without changing the answer.</source>
        <translation>Max-Pooling: der größte Wert jedes 2×2-Fensters. Die Karten werden kleiner, und eine Form darf sich ein wenig verschieben, ohne dass sich die Antwort ändert.</translation>
    </message>
    <message>
        <source>Third layer: 32 detectors of larger shapes</source>
        <translation>Dritte Schicht: 32 Detektoren für größere Formen</translation>
    </message>
    <message>
        <source>They combine the 16 half-size maps: strokes, curves, corners.</source>
        <translation>Sie kombinieren die 16 Karten halber Größe: Striche, Bögen, Ecken.</translation>
    </message>
    <message>
        <source>Fourth layer: 32 detectors of parts of digits</source>
        <translation>Vierte Schicht: 32 Detektoren für Teile von Ziffern</translation>
    </message>
    <message>
        <source>Half size again: 32 maps of 7 by 7</source>
        <translation>Wieder halbe Größe: 32 Karten mit 7 × 7</translation>
    </message>
    <message>
        <source>The strongest of each 2 by 2 window, as before.</source>
        <translation>Der stärkste Wert jedes 2×2-Fensters, wie zuvor.</translation>
    </message>
    <message>
        <source>Each weighs every cell of the 32 maps above (a dense layer).</source>
        <translation>Jede gewichtet jede Zelle der 32 Karten darüber (eine vollständig verbundene Schicht).</translation>
    </message>
    <message>
        <source>A score for each digit</source>
        <translation>Eine Punktzahl für jede Ziffer</translation>
    </message>
    <message>
        <source>The larger the score, the more it looks like that digit.</source>
        <translation>Je größer die Punktzahl, desto mehr sieht es nach dieser Ziffer aus.</translation>
    </message>
    <message>
        <source>How sure, for each digit</source>
        <translation>Wie sicher, für jede Ziffer</translation>
    </message>
    <message>
        <source>The scores turned into chances that add up to 100 %.</source>
        <translation>Die Punktzahlen, umgerechnet in Wahrscheinlichkeiten, die zusammen 100 % ergeben.</translation>
    </message>
    <message>
        <source>The image: 28 by 28 pixels</source>
        <translation>Das Bild: 28 × 28 Pixel</translation>
    </message>
    <message>
        <source>First layer: 16 small pattern detectors, each slid over the image</source>
        <translation>Erste Schicht: 16 kleine Musterdetektoren, jeder über das Bild geschoben</translation>
    </message>
    <message>
        <source>Each detector is a 3 by 3 pattern of weights. Where the image matches it, its map is bright. Negative results are set to 0 (ReLU).</source>
        <translation>Jeder Detektor ist ein 3×3-Muster aus Gewichten. Wo das Bild dazu passt, ist seine Karte hell. Negative Ergebnisse werden auf 0 gesetzt (ReLU).</translation>
    </message>
    <message>
        <source>Each cell now sees a large part of the image.</source>
        <translation>Jede Zelle sieht jetzt einen großen Teil des Bildes.</translation>
    </message>
    <message>
        <source>Summaries of the whole image</source>
        <translation>Zusammenfassungen des ganzen Bildes</translation>
    </message>
    <message>
        <source>The image</source>
        <translation>Das Bild</translation>
    </message>
    <message>
        <source>of the image</source>
        <translation>des Bildes</translation>
    </message>
    <message>
        <source>First layer</source>
        <translation>Erste Schicht</translation>
    </message>
    <message>
        <source>of the first layer</source>
        <translation>der ersten Schicht</translation>
    </message>
    <message>
        <source>Second layer</source>
        <translation>Zweite Schicht</translation>
    </message>
    <message>
        <source>of the second layer</source>
        <translation>der zweiten Schicht</translation>
    </message>
    <message>
        <source>First half-size layer</source>
        <translation>Erste Schicht halber Größe</translation>
    </message>
    <message>
        <source>of the first half-size layer</source>
        <translation>der ersten Schicht halber Größe</translation>
    </message>
    <message>
        <source>Third layer</source>
        <translation>Dritte Schicht</translation>
    </message>
    <message>
        <source>of the third layer</source>
        <translation>der dritten Schicht</translation>
    </message>
    <message>
        <source>Fourth layer</source>
        <translation>Vierte Schicht</translation>
    </message>
    <message>
        <source>of the fourth layer</source>
        <translation>der vierten Schicht</translation>
    </message>
    <message>
        <source>Second half-size layer</source>
        <translation>Zweite Schicht halber Größe</translation>
    </message>
    <message>
        <source>of the second half-size layer</source>
        <translation>der zweiten Schicht halber Größe</translation>
    </message>
    <message>
        <source>Row %1: %2.</source>
        <translation>Zeile %1: %2.</translation>
    </message>
    <message>
        <source>Map %1, row %2, column %3 %4</source>
        <translation>Karte %1, Zeile %2, Spalte %3 %4</translation>
    </message>
    <message>
        <source>The largest of this 2 by 2 window of map %1 %2:</source>
        <translation>Der größte Wert dieses 2×2-Fensters von Karte %1 %2:</translation>
    </message>
    <message>
        <source>the image</source>
        <translation>dem Bild</translation>
    </message>
    <message>
        <source>map %1 %2</source>
        <translation>Karte %1 %2</translation>
    </message>
    <message>
        <source>Window of %1 × its kernel, added up:</source>
        <translation>Fenster von %1 × sein Faltungskern, aufsummiert:</translation>
    </message>
    <message>
        <source>The window: %1 Its kernel: %2</source>
        <translation>Das Fenster: %1 Sein Faltungskern: %2</translation>
    </message>
    <message>
        <source>The other %1 maps add %2.</source>
        <translation>Die übrigen %1 Karten tragen %2 bei.</translation>
    </message>
    <message>
        <source>Sum %1 + bias %2 = %3 before ReLU</source>
        <translation>Summe %1 + Bias %2 = %3 vor ReLU</translation>
    </message>
    <message>
        <source>ReLU keeps it if positive, else 0: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>ReLU behält den Wert, wenn er positiv ist, sonst 0: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>column: the map it makes, row: the map it reads</source>
        <translation>Spalte: die Karte, die er erzeugt, Zeile: die Karte, die er liest</translation>
    </message>
    <message>
        <source>First layer: its 16 patterns of 3 by 3 weights</source>
        <translation>Erste Schicht: ihre 16 Muster aus 3×3 Gewichten</translation>
    </message>
    <message>
        <source>Second layer: 16 × 16 kernels (%1)</source>
        <translation>Zweite Schicht: 16 × 16 Faltungskerne (%1)</translation>
    </message>
    <message>
        <source>Third layer: 16 × 32 kernels (%1)</source>
        <translation>Dritte Schicht: 16 × 32 Faltungskerne (%1)</translation>
    </message>
    <message>
        <source>Fourth layer: 32 × 32 kernels (%1)</source>
        <translation>Vierte Schicht: 32 × 32 Faltungskerne (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading model...</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <source>Your drawing is back.</source>
        <translation>Ihre Zeichnung ist wieder da.</translation>
    </message>
    <message>
        <source>Your drawing is back: Digit Canvas did not close normally last time.</source>
        <translation>Ihre Zeichnung ist wieder da: Digit Canvas wurde beim letzten Mal nicht normal beendet.</translation>
    </message>
    <message>
        <source>&amp;Open image...</source>
        <translation>Bild ö&amp;ffnen…</translation>
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
        <source>&amp;Fine-tune on my drawings</source>
        <translation>An meine Zeichnungen an&amp;passen</translation>
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
        <translation>&amp;Testdaten-Explorer…</translation>
    </message>
    <message>
        <source>My &amp;drawings...</source>
        <translation>Meine &amp;Zeichnungen…</translation>
    </message>
    <message>
        <source>&amp;Models...</source>
        <translation>Mo&amp;delle…</translation>
    </message>
    <message>
        <source>&amp;Look inside...</source>
        <translation>&amp;Blick ins Innere…</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber Digit Canvas</translation>
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
        <source>Pen</source>
        <translation>Stift</translation>
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
        <source>No writing found in this picture</source>
        <translation>Keine Schrift in diesem Bild gefunden</translation>
    </message>
    <message>
        <source>Only a dot: draw a digit or a number</source>
        <translation>Nur ein Punkt: Zeichnen Sie eine Ziffer oder eine Zahl</translation>
    </message>
    <message>
        <source>MNIST test image #%1, true label %2</source>
        <translation>MNIST-Testbild #%1, richtige Ziffer %2</translation>
    </message>
    <message>
        <source>Canvas cleared</source>
        <translation>Zeichenfläche geleert</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
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
        <translation>Training wird angehalten…</translation>
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
    <name>ModelComparison</name>
    <message>
        <source>Reading the images with both models: %p %</source>
        <translation>Beide Modelle lesen die Bilder: %p %</translation>
    </message>
    <message>
        <source>Comparing the two models</source>
        <translation>Die beiden Modelle werden verglichen</translation>
    </message>
    <message>
        <source>Where the two models disagree</source>
        <translation>Wo die beiden Modelle verschieden antworten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Comparing...</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>%1 #%2 (%3): A says %4, B says %5</source>
        <translation>%1 #%2 (%3): A sagt %4, B sagt %5</translation>
    </message>
    <message>
        <source>not a digit</source>
        <translation>keine Ziffer</translation>
    </message>
    <message>
        <source>a %1</source>
        <translation>eine %1</translation>
    </message>
    <message>
        <source>%1: they disagree on %2 of %3. Read right, a digit called not a digit counting as wrong: A %4 of %3, B %5 of %3. By best guess alone, as “Test accuracy” counts: A %6 of %3, B %7 of %3</source>
        <translation>%1: Sie sind sich bei %2 von %3 uneinig. Richtig erkannt (eine als keine Ziffer abgelehnte Ziffer zählt als falsch): A %4 von %3, B %5 von %3. Nur nach der besten Vermutung, wie „Testgenauigkeit“ zählt: A %6 von %3, B %7 von %3</translation>
    </message>
</context>
<context>
    <name>ModelCurves</name>
    <message>
        <source>No curves: this model&apos;s training history was not recorded.</source>
        <translation>Keine Kurven: Der Trainingsverlauf dieses Modells wurde nicht aufgezeichnet.</translation>
    </message>
    <message>
        <source>epoch %1: loss %2, test accuracy %3</source>
        <translation>Epoche %1: Verlust %2, Testgenauigkeit %3</translation>
    </message>
    <message>
        <source>Training curves</source>
        <translation>Trainingskurven</translation>
    </message>
    <message>
        <source>No training history recorded</source>
        <translation>Kein Trainingsverlauf aufgezeichnet</translation>
    </message>
    <message>
        <source>Choose one model to see its training curves.</source>
        <translation>Wählen Sie ein Modell, um seine Trainingskurven zu sehen.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
</context>
<context>
    <name>ModelsWindow</name>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Verwendung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Trainingsdauer</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <source>Your drawings</source>
        <translation>Ihre Zeichnungen</translation>
    </message>
    <message>
        <source>Digits refused</source>
        <translation>Ziffern abgelehnt</translation>
    </message>
    <message>
        <source>Sureness off by</source>
        <translation>Abweichung der Sicherheit</translation>
    </message>
    <message>
        <source>How it was trained: epochs are passes over the training digits, batch the digits per step, rate the size of each step</source>
        <translation>Wie es trainiert wurde: Epochen sind Durchgänge durch die Trainingsziffern, Stapel die Ziffern je Schritt, Rate die Größe jedes Schritts</translation>
    </message>
    <message>
        <source>Of MNIST&apos;s test digits, never trained on, the share its best guess reads right</source>
        <translation>Anteil der Testziffern von MNIST (nie zum Lernen benutzt), die seine beste Vermutung richtig erkennt</translation>
    </message>
    <message>
        <source>Of the digits set aside from training, the share it called not a digit. Each model&apos;s threshold is set to refuse about %1 of them, so this changes little from model to model</source>
        <translation>Anteil der beiseitegelegten Ziffern, die es „keine Ziffer“ nannte. Die Schwelle jedes Modells ist so gesetzt, dass sie etwa %1 davon ablehnt; der Wert ändert sich daher kaum von Modell zu Modell</translation>
    </message>
    <message>
        <source>How far its sureness is from how often it is right, on the digits set aside (lower is better): said 90 % sure, it should be right 9 times in 10</source>
        <translation>Wie weit seine Sicherheit davon abweicht, wie oft es richtig liegt, auf den beiseitegelegten Ziffern (weniger ist besser): bei 90 % Sicherheit sollte es 9 von 10 Mal richtig liegen</translation>
    </message>
    <message>
        <source>Share of your saved drawings read right</source>
        <translation>Anteil Ihrer gespeicherten Zeichnungen, die richtig gelesen werden</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Verwenden</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Anheften</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Compare two</source>
        <translation>&amp;Zwei vergleichen</translation>
    </message>
    <message>
        <source>Read the canvas with the chosen model from now on</source>
        <translation>Die Zeichenfläche ab jetzt mit dem gewählten Modell lesen</translation>
    </message>
    <message>
        <source>Give the chosen model a name (F2)</source>
        <translation>Dem gewählten Modell einen Namen geben (F2)</translation>
    </message>
    <message>
        <source>Keep the chosen model however many newer ones come</source>
        <translation>Das gewählte Modell behalten, egal wie viele neuere kommen</translation>
    </message>
    <message>
        <source>Delete the chosen model (Ctrl+Z brings it back)</source>
        <translation>Das gewählte Modell löschen (Strg+Z holt es zurück)</translation>
    </message>
    <message>
        <source>Show where the two chosen models read differently</source>
        <translation>Zeigen, wo die zwei gewählten Modelle verschieden lesen</translation>
    </message>
    <message>
        <source>How many of the newest models to keep</source>
        <translation>Wie viele der neuesten Modelle aufbewahrt werden</translation>
    </message>
    <message>
        <source>Pinned models and the one in use are always kept</source>
        <translation>Angeheftete Modelle und das verwendete bleiben immer erhalten</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>Die neuesten &amp;behalten</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) not listed: the facts saved with them cannot be read (%1, in %2).</source>
        <translation>
            <numerusform>%Ln Modell nicht aufgeführt: Seine gespeicherten Angaben sind nicht lesbar (%1, in %2).</numerusform>
            <numerusform>%Ln Modelle nicht aufgeführt: Ihre gespeicherten Angaben sind nicht lesbar (%1, in %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in Verwendung</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>nicht verwendet</translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s) · batch %1 · rate %2</source>
        <translation>
            <numerusform>%Ln Epoche · Stapel %1 · Rate %2</numerusform>
            <numerusform>%Ln Epochen · Stapel %1 · Rate %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation>Neu trainiert</translation>
    </message>
    <message>
        <source>Fine-tune</source>
        <translation>Feinabgestimmt</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <source>✔ in use</source>
        <translation>✔ in Verwendung</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>angeheftet</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>none saved yet</source>
        <translation>noch keine gespeichert</translation>
    </message>
    <message>
        <source>computing...</source>
        <translation>wird berechnet…</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>Lö&amp;sen</translation>
    </message>
    <message>
        <source>The bundled model comes with the app: it is always kept, and cannot be renamed, pinned or deleted.</source>
        <translation>Das mitgelieferte Modell gehört zur App: Es bleibt immer erhalten und kann nicht umbenannt, angeheftet oder gelöscht werden.</translation>
    </message>
    <message>
        <source>The model in use cannot be deleted: use another one first.</source>
        <translation>Das verwendete Modell kann nicht gelöscht werden: Verwenden Sie zuerst ein anderes.</translation>
    </message>
    <message>
        <source>the bundled model</source>
        <translation>das mitgelieferte Modell</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>This model cannot be used</source>
        <translation>Dieses Modell kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Now using %1</source>
        <translation>Jetzt in Verwendung: %1</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>Name des Modells</translation>
    </message>
    <message>
        <source>This model cannot be changed</source>
        <translation>Dieses Modell kann nicht geändert werden</translation>
    </message>
    <message>
        <source>This model cannot be deleted</source>
        <translation>Dieses Modell kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>This model cannot be brought back</source>
        <translation>Dieses Modell kann nicht zurückgeholt werden</translation>
    </message>
    <message>
        <source>Brought back %1</source>
        <translation>%1 zurückgeholt</translation>
    </message>
    <message>
        <source>Test set</source>
        <translation>Testdaten</translation>
    </message>
    <message>
        <source>These models cannot be compared</source>
        <translation>Diese Modelle können nicht verglichen werden</translation>
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
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
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
        <translation>unsicher: Das sieht nicht wie eine Ziffer aus</translation>
    </message>
    <message>
        <source>Draw a digit: how sure the network is of each of 0-9 shows here</source>
        <translation>Zeichnen Sie eine Ziffer: hier, wie sicher das Netz bei 0–9 ist</translation>
    </message>
    <message>
        <source>Write digits side by side to read a number: one tile per digit here</source>
        <translation>Ziffern nebeneinander ergeben eine Zahl: hier eine Kachel je Ziffer</translation>
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
    <message numerus="yes">
        <source>%n piece(s) marked ? do not look like a digit</source>
        <translation>
            <numerusform>Ein mit ? markierter Teil sieht nicht wie eine Ziffer aus</numerusform>
            <numerusform>%n mit ? markierte Teile sehen nicht wie Ziffern aus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sure of both digits</source>
        <translation>%1 sicher bei beiden Ziffern</translation>
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
        <translation>richtige Ziffer %1</translation>
    </message>
    <message>
        <source>Digit %1 of %2 · keys 0-9 correct it · click or ← → for another</source>
        <translation>Ziffer %1 von %2 · Tasten 0–9 korrigieren · Klick oder ← → wechselt</translation>
    </message>
    <message>
        <source>A test image is shown, never kept as a drawing</source>
        <translation>Ein Testbild wird gezeigt, nie als Zeichnung behalten</translation>
    </message>
    <message>
        <source>Digit %1: show its input and histogram</source>
        <translation>Ziffer %1: ihre Eingabe und ihr Histogramm zeigen</translation>
    </message>
    <message>
        <source>Not a digit: %1</source>
        <translation>Keine Ziffer: %1</translation>
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
        <translation>Das Tutorial von TensorFlow: Lernrate 1e-4, Stapel 128, 5 Epochen, Beispiele nicht abgewandelt</translation>
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
    <message>
        <source>Not trusted: this does not look like a digit. %1</source>
        <translation>Unsicher: Das sieht nicht wie eine Ziffer aus. %1</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Training ran out of memory. Try a smaller batch size.</source>
        <translation>Dem Training ging der Arbeitsspeicher aus. Versuchen Sie eine kleinere Stapelgröße.</translation>
    </message>
    <message>
        <source>The disk is full: the new model could not be saved.</source>
        <translation>Der Datenträger ist voll: Das neue Modell konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>MNIST could not be loaded from any source. Put the four MNIST files (IDX, plain or .gz) or mnist.npz in a folder and pass it with --data-dir or MNIST_DIR, or copy mnist.npz to %1.</source>
        <translation>MNIST konnte aus keiner Quelle geladen werden. Legen Sie die vier MNIST-Dateien (IDX, unverpackt oder .gz) oder mnist.npz in einen Ordner und geben Sie ihn mit --data-dir oder MNIST_DIR an, oder kopieren Sie mnist.npz nach %1.</translation>
    </message>
    <message>
        <source>The training settings or data could not be used: %1</source>
        <translation>Die Trainingseinstellungen oder -daten konnten nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The model to start from could not be loaded: %1</source>
        <translation>Das Ausgangsmodell konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The model %1 could not be loaded; it was kept aside as %2.</source>
        <translation>Das Modell %1 konnte nicht geladen werden; es wurde als %2 beiseitegelegt.</translation>
    </message>
    <message>
        <source>The model %1 could not be loaded.</source>
        <translation>Das Modell %1 konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>The choice of the model in use is damaged; using %1 instead.</source>
        <translation>Die Wahl des verwendeten Modells ist beschädigt; stattdessen wird %1 verwendet.</translation>
    </message>
    <message>
        <source>The model chosen for use (%1) could not be loaded; using %2 instead.</source>
        <translation>Das gewählte Modell (%1) konnte nicht geladen werden; stattdessen wird %2 verwendet.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; is damaged; a safe default is used instead.</source>
        <translation>%1: Der Eintrag „%2“ ist beschädigt; stattdessen wird ein sicherer Standardwert verwendet.</translation>
    </message>
    <message>
        <source>It was kept aside as %1.</source>
        <translation>Es wurde als %1 beiseitegelegt.</translation>
    </message>
    <message>
        <source>The bundled model could not be loaded.</source>
        <translation>Das mitgelieferte Modell konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>the bundled model</source>
        <translation>das mitgelieferte Modell</translation>
    </message>
    <message>
        <source>Your drawings database was made by a newer version of the app.</source>
        <translation>Die Datenbank Ihrer Zeichnungen stammt von einer neueren Version der App.</translation>
    </message>
    <message>
        <source>Your drawings database (%1) is damaged and cannot be moved aside.</source>
        <translation>Die Datenbank Ihrer Zeichnungen (%1) ist beschädigt und kann nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The folder for your drawings (%1) cannot be created.</source>
        <translation>Der Ordner für Ihre Zeichnungen (%1) kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The drawings could not be exported to %1 (%2).</source>
        <translation>Die Zeichnungen konnten nicht nach %1 exportiert werden (%2).</translation>
    </message>
    <message>
        <source>The archive %1 could not be written (%2).</source>
        <translation>Das Archiv %1 konnte nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 is not a zip archive that can be read.</source>
        <translation>%1 ist kein lesbares ZIP-Archiv.</translation>
    </message>
    <message>
        <source>The archive %1 cannot be read (%2).</source>
        <translation>Das Archiv %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>There is no file or folder %1.</source>
        <translation>Es gibt keine Datei und keinen Ordner %1.</translation>
    </message>
    <message>
        <source>There are too many images to import (at most %2). Nothing was imported.</source>
        <translation>Es sind zu viele Bilder zum Importieren (höchstens %2). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The archive is too large once unpacked (more than %2 MB). Nothing was imported.</source>
        <translation>Das Archiv ist entpackt zu groß (mehr als %2 MB). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: larger than %2 MB</source>
        <translation>%1: größer als %2 MB</translation>
    </message>
    <message>
        <source>%1: not an image that can be used</source>
        <translation>%1: kein verwendbares Bild</translation>
    </message>
    <message>
        <source>%1: its label %2 is damaged</source>
        <translation>%1: sein Label %2 ist beschädigt</translation>
    </message>
    <message>
        <source>the database or its folder is read-only (%1)</source>
        <translation>die Datenbank oder ihr Ordner ist schreibgeschützt (%1)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>another program is using the database</source>
        <translation>ein anderes Programm verwendet die Datenbank</translation>
    </message>
    <message>
        <source>the file %1 cannot be opened</source>
        <translation>die Datei %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The drawing could not be saved</source>
        <translation>Die Zeichnung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The label could not be changed</source>
        <translation>Die Beschriftung konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>The drawing could not be deleted</source>
        <translation>Die Zeichnung konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>The drawing could not be brought back</source>
        <translation>Die Zeichnung konnte nicht zurückgeholt werden</translation>
    </message>
    <message>
        <source>Deleted drawings could not be removed</source>
        <translation>Gelöschte Zeichnungen konnten nicht entfernt werden</translation>
    </message>
    <message>
        <source>The drawings could not be imported</source>
        <translation>Die Zeichnungen konnten nicht importiert werden</translation>
    </message>
    <message>
        <source>Your saved drawings could not be read</source>
        <translation>Ihre gespeicherten Zeichnungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Your saved drawings cannot be changed</source>
        <translation>Ihre gespeicherten Zeichnungen können nicht geändert werden</translation>
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
        <source>the image has no pixels</source>
        <translation>das Bild hat keine Pixel</translation>
    </message>
    <message>
        <source>the file is incomplete (an unfinished download or copy?)</source>
        <translation>die Datei ist unvollständig (ein abgebrochener Download oder eine unvollständige Kopie?)</translation>
    </message>
    <message>
        <source>the picture in it is damaged and cannot be read</source>
        <translation>das Bild darin ist beschädigt und kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>larger than %1 pixels</source>
        <translation>größer als %1 Pixel</translation>
    </message>
    <message>
        <source>Cannot use &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>the trainer gave no reason</source>
        <translation>der Trainer nannte keinen Grund</translation>
    </message>
    <message>
        <source>Something unexpected stopped the training: %1</source>
        <translation>Etwas Unerwartetes hat das Training beendet: %1</translation>
    </message>
</context>
<context>
    <name>SamplesModel</name>
    <message>
        <source>Not a digit</source>
        <translation>Keine Ziffer</translation>
    </message>
    <message>
        <source>Drawing #%1: labelled not a digit
saved %4</source>
        <translation>Zeichnung #%1: als keine Ziffer beschriftet
gespeichert %4</translation>
    </message>
    <message>
        <source>Drawing #%1: labelled not a digit, the network said %3
saved %4</source>
        <translation>Zeichnung #%1: als keine Ziffer beschriftet, das Netz sagte %3
gespeichert %4</translation>
    </message>
    <message>
        <source>Drawing #%1: labelled %2
saved %4</source>
        <translation>Zeichnung #%1: als %2 beschriftet
gespeichert %4</translation>
    </message>
    <message>
        <source>Drawing #%1: labelled %2, the network said %3
saved %4</source>
        <translation>Zeichnung #%1: als %2 beschriftet, das Netz sagte %3
gespeichert %4</translation>
    </message>
    <message>
        <source>%1 (said %2)</source>
        <translation>%1 (sagte %2)</translation>
    </message>
</context>
<context>
    <name>SamplesView</name>
    <message>
        <source>none yet: %1</source>
        <translation>noch keine: %1</translation>
    </message>
    <message>
        <source>%1 — %2 in all</source>
        <translation>%1 — insgesamt %2</translation>
    </message>
    <message>
        <source>My drawings</source>
        <translation>Meine Zeichnungen</translation>
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
        <source>Give the selected drawings another label (keys 0-9, N)</source>
        <translation>Den ausgewählten Zeichnungen ein anderes Label geben (Tasten 0–9, N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo: %1 (%2)</source>
        <translation>Rückgängig: %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Delete the selected drawings (%1)</source>
        <translation>Die ausgewählten Zeichnungen löschen (%1)</translation>
    </message>
    <message>
        <source>All drawings</source>
        <translation>Alle Zeichnungen</translation>
    </message>
    <message>
        <source>A menu: the label to give the chosen drawings</source>
        <translation>Ein Menü: die Beschriftung für die gewählten Zeichnungen</translation>
    </message>
    <message>
        <source>A menu: the drawings shown, to a folder or a .zip archive</source>
        <translation>Ein Menü: die gezeigten Zeichnungen in einen Ordner oder ein .zip-Archiv</translation>
    </message>
    <message>
        <source>A menu: drawings from a folder or a .zip archive</source>
        <translation>Ein Menü: Zeichnungen aus einem Ordner oder einem .zip-Archiv</translation>
    </message>
    <message>
        <source>Redo: %1 (%2)</source>
        <translation>Wiederholen: %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>To a &amp;folder...</source>
        <translation>In einen &amp;Ordner…</translation>
    </message>
    <message>
        <source>To a .&amp;zip file...</source>
        <translation>In eine .&amp;zip-Datei…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>From a &amp;folder...</source>
        <translation>Aus einem &amp;Ordner…</translation>
    </message>
    <message>
        <source>From a .&amp;zip file...</source>
        <translation>Aus einer .&amp;zip-Datei…</translation>
    </message>
    <message numerus="yes">
        <source>%n drawing(s) shown</source>
        <translation>
            <numerusform>%Ln Zeichnung angezeigt</numerusform>
            <numerusform>%Ln Zeichnungen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your drawings database was damaged. It was kept as %1 and a new one was started; %n drawing(s) could be recovered.</source>
        <translation>
            <numerusform>Die Datenbank Ihrer Zeichnungen war beschädigt. Sie wurde als %1 aufbewahrt und eine neue angelegt; %Ln Zeichnung konnte gerettet werden.</numerusform>
            <numerusform>Die Datenbank Ihrer Zeichnungen war beschädigt. Sie wurde als %1 aufbewahrt und eine neue angelegt; %Ln Zeichnungen konnten gerettet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your drawings can be viewed but not changed.</source>
        <translation>Ihre Zeichnungen können angesehen, aber nicht geändert werden.</translation>
    </message>
    <message>
        <source>No drawings yet. Correct a reading, or press “Right: keep it”, to keep it here.</source>
        <translation>Noch keine Zeichnungen. Korrigieren Sie eine Erkennung oder drücken Sie „Richtig: behalten“, um sie hier zu behalten.</translation>
    </message>
    <message>
        <source>No drawings taught as not a digit.</source>
        <translation>Keine Zeichnungen als keine Ziffer beigebracht.</translation>
    </message>
    <message>
        <source>No drawings labelled %1.</source>
        <translation>Keine Zeichnungen mit dem Label %1.</translation>
    </message>
    <message numerus="yes">
        <source>Relabel %n drawing(s) as not a digit</source>
        <translation>
            <numerusform>%Ln Zeichnung neu als keine Ziffer beschriften</numerusform>
            <numerusform>%Ln Zeichnungen neu als keine Ziffer beschriften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relabelled %n drawing(s) as not a digit. Ctrl+Z takes it back.</source>
        <translation>
            <numerusform>%Ln Zeichnung neu als keine Ziffer beschriftet. Strg+Z nimmt das zurück.</numerusform>
            <numerusform>%Ln Zeichnungen neu als keine Ziffer beschriftet. Strg+Z nimmt das zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relabel %n drawing(s) as %1</source>
        <translation>
            <numerusform>%Ln Zeichnung neu als %1 beschriften</numerusform>
            <numerusform>%Ln Zeichnungen neu als %1 beschriften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relabelled %n drawing(s) as %1. Ctrl+Z takes it back.</source>
        <translation>
            <numerusform>%Ln Zeichnung neu als %1 beschriftet. Strg+Z nimmt das zurück.</numerusform>
            <numerusform>%Ln Zeichnungen neu als %1 beschriftet. Strg+Z nimmt das zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n drawing(s)</source>
        <translation>
            <numerusform>%Ln Zeichnung löschen</numerusform>
            <numerusform>%Ln Zeichnungen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n drawing(s). Ctrl+Z brings them back (for %1 minutes).</source>
        <translation>
            <numerusform>%Ln Zeichnung gelöscht. Strg+Z holt sie zurück (%1 Minuten lang).</numerusform>
            <numerusform>%Ln Zeichnungen gelöscht. Strg+Z holt sie zurück (%1 Minuten lang).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n drawing(s). Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%Ln Zeichnung gelöscht. Strg+Z holt sie zurück.</numerusform>
            <numerusform>%Ln Zeichnungen gelöscht. Strg+Z holt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n drawing(s) to %1</source>
        <translation>
            <numerusform>%Ln Zeichnung nach %1 exportiert</numerusform>
            <numerusform>%Ln Zeichnungen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Your drawings cannot be opened</source>
        <translation>Ihre Zeichnungen können nicht geöffnet werden</translation>
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
        <source>my-digits.zip</source>
        <translation>meine-ziffern.zip</translation>
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
</context>
<context>
    <name>Session</name>
    <message>
        <source>MNIST test image · true label %1</source>
        <translation>MNIST-Testbild · richtige Ziffer %1</translation>
    </message>
    <message>
        <source>The canvas</source>
        <translation>Die Zeichenfläche</translation>
    </message>
    <message>
        <source>The canvas · digit %1 of %2</source>
        <translation>Die Zeichenfläche · Ziffer %1 von %2</translation>
    </message>
    <message>
        <source>Some checkpoints could not be loaded</source>
        <translation>Einige gespeicherte Modelle konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>%1 is the model in use: use another one first</source>
        <translation>%1 ist das verwendete Modell: Verwenden Sie zuerst ein anderes</translation>
    </message>
    <message>
        <source>Loading model...</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <source>bundled model</source>
        <translation>mitgeliefertes Modell</translation>
    </message>
    <message>
        <source>your fine-tune</source>
        <translation>Ihr feinabgestimmtes Modell</translation>
    </message>
    <message>
        <source>your retrain</source>
        <translation>Ihr neu trainiertes Modell</translation>
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
            <numerusform>Sie wurde als %1 beiseitegelegt; %Ln Zeichnung wurde in eine neue gerettet.</numerusform>
            <numerusform>Sie wurde als %1 beiseitegelegt; %Ln Zeichnungen wurden in eine neue gerettet.</numerusform>
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
        <source>Save the drawing (or the selected digit) as that digit: &quot;Wrong? It&apos;s a&quot; by key</source>
        <translation>Die Zeichnung (oder die gewählte Ziffer) als diese Ziffer speichern: „Falsch? Es ist eine“ per Taste</translation>
    </message>
    <message>
        <source>Not a digit: save the drawing (or the selected digit) as not a digit</source>
        <translation>Keine Ziffer: die Zeichnung (oder die gewählte Ziffer) als keine Ziffer speichern</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>“Right: keep it”: the reading is right, keep the drawing as it was read</source>
        <translation>„Richtig: behalten“: Die Erkennung stimmt, die Zeichnung so behalten, wie sie erkannt wurde</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close the message or the open settings; from another control, back to the canvas (Delete clears it)</source>
        <translation>Die Meldung oder die geöffneten Einstellungen schließen; von einem anderen Bedienelement zurück zur Zeichenfläche (Entf leert sie)</translation>
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
        <source>Models: rename the chosen model</source>
        <translation>Modelle: das gewählte Modell umbenennen</translation>
    </message>
    <message>
        <source>Arrows, Enter</source>
        <translation>Pfeiltasten, Eingabe</translation>
    </message>
    <message>
        <source>Look inside, the test-set explorer: go from map to map or image to image; Enter opens it</source>
        <translation>Blick ins Innere, Testdaten-Explorer: von Karte zu Karte oder Bild zu Bild; die Eingabetaste öffnet es</translation>
    </message>
    <message>
        <source>Page Up / Page Down</source>
        <translation>Bild auf / Bild ab</translation>
    </message>
    <message>
        <source>Test-set explorer: the previous / next page</source>
        <translation>Testdaten-Explorer: vorige / nächste Seite</translation>
    </message>
    <message>
        <source>0 … 9, N, Del</source>
        <translation>0 … 9, N, Entf</translation>
    </message>
    <message>
        <source>My drawings: relabel or delete the chosen drawings (Ctrl+Z takes it back)</source>
        <translation>Meine Zeichnungen: die gewählten neu beschriften oder löschen (Strg+Z nimmt es zurück)</translation>
    </message>
    <message>
        <source>Close Look inside, the test-set explorer, My drawings, Models or this window</source>
        <translation>Blick ins Innere, den Testdaten-Explorer, Meine Zeichnungen, Modelle oder dieses Fenster schließen</translation>
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
    <name>SidePanel</name>
    <message>
        <source>Draw a digit on the canvas: the ink that mattered lights up here</source>
        <translation>Zeichnen Sie eine Ziffer auf die Zeichenfläche: Die Tinte, die zählte, leuchtet hier auf</translation>
    </message>
    <message>
        <source>Bright: the ink that made the network more sure of this digit. Ink that is missing cannot show.</source>
        <translation>Hell: die Tinte, die das Netz bei dieser Ziffer sicherer gemacht hat. Fehlende Tinte kann nicht erscheinen.</translation>
    </message>
    <message>
        <source>Method: gradient × input (positive part) of the digit&apos;s log-probability.</source>
        <translation>Verfahren: Gradient × Eingabe (positiver Teil) der Log-Wahrscheinlichkeit der Ziffer.</translation>
    </message>
    <message>
        <source>Selected map</source>
        <translation>Gewählte Karte</translation>
    </message>
    <message>
        <source>Click a map (or Tab to a layer and use the arrow keys) to enlarge it.</source>
        <translation>Klicken Sie auf eine Karte (oder gehen Sie mit Tab zu einer Schicht und verwenden Sie die Pfeiltasten), um sie zu vergrößern.</translation>
    </message>
    <message>
        <source>Click a map in Layers to enlarge it here</source>
        <translation>Klicken Sie unter „Schichten“ auf eine Karte, um sie hier zu vergrößern</translation>
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
        <source>What mattered, and the chosen map</source>
        <translation>Worauf es ankam, und die gewählte Karte</translation>
    </message>
    <message>
        <source>What mattered</source>
        <translation>Worauf es ankam</translation>
    </message>
    <message>
        <source>What mattered for</source>
        <translation>Worauf es ankam für</translation>
    </message>
    <message>
        <source>What mattered for the digit the network picks</source>
        <translation>Worauf es für die Ziffer ankam, die das Netz wählt</translation>
    </message>
    <message>
        <source>Toward</source>
        <translation>Zur Ziffer:</translation>
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
        <source>Toward %1</source>
        <translation>Zur Ziffer %1</translation>
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
        <source>Ink that pushed the network toward %1 (%2, %3 sure)</source>
        <translation>Tinte, die das Netz zur %1 hin drängte (%2, %3 sicher)</translation>
    </message>
    <message>
        <source>%1, map %2: click a cell (or use the arrow keys) to see how it is computed.</source>
        <translation>%1, Karte %2: Klicken Sie auf eine Zelle (oder verwenden Sie die Pfeiltasten), um zu sehen, wie sie berechnet wird.</translation>
    </message>
    <message>
        <source>The image, its %1 by %2 pixels that the cell sees marked: rows %3 to %4, columns %5 to %6</source>
        <translation>Das Bild, markiert die %1 × %2 Pixel, die die Zelle sieht: Zeilen %3 bis %4, Spalten %5 bis %6</translation>
    </message>
    <message numerus="yes">
        <source>Left: the part of the image the chosen cell sees. Right: the %n kernel(s) of 3 by 3 weights that make map %1, one per map it reads (blue: negative, red: positive).</source>
        <translation>
            <numerusform>Links: der Teil des Bildes, den die gewählte Zelle sieht. Rechts: der Faltungskern aus 3×3 Gewichten, der Karte %1 erzeugt (blau: negativ, rot: positiv).</numerusform>
            <numerusform>Links: der Teil des Bildes, den die gewählte Zelle sieht. Rechts: die %Ln Faltungskerne aus 3×3 Gewichten, die Karte %1 erzeugen, einer je Karte, die sie liest (blau: negativ, rot: positiv).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n kernel(s) of 3 by 3 weights behind map %1 (blue: negative, red: positive).</source>
        <translation>
            <numerusform>Der Faltungskern aus 3×3 Gewichten hinter Karte %1 (blau: negativ, rot: positiv).</numerusform>
            <numerusform>Die %Ln Faltungskerne aus 3×3 Gewichten hinter Karte %1 (blau: negativ, rot: positiv).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This layer has no kernels: each cell is the largest of a 2 by 2 window of map %1 %2, made by these %n kernel(s) (blue: negative weights, red: positive).</source>
        <translation>
            <numerusform>Diese Schicht hat keine Faltungskerne: Jede Zelle ist der größte Wert eines 2×2-Fensters von Karte %1 %2, erzeugt von diesem Faltungskern (blau: negative Gewichte, rot: positive).</numerusform>
            <numerusform>Diese Schicht hat keine Faltungskerne: Jede Zelle ist der größte Wert eines 2×2-Fensters von Karte %1 %2, erzeugt von diesen %Ln Faltungskernen (blau: negative Gewichte, rot: positive).</numerusform>
        </translation>
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
        <source>Not a digit</source>
        <translation>Keine Ziffer</translation>
    </message>
    <message>
        <source>Right: keep it</source>
        <translation>Richtig: behalten</translation>
    </message>
    <message>
        <source>or</source>
        <translation>oder</translation>
    </message>
    <message>
        <source>The reading is right: keep the drawing (Enter)</source>
        <translation>Die Erkennung stimmt: die Zeichnung behalten (Eingabe)</translation>
    </message>
    <message>
        <source>Save digit %3 of %4 as %1 (key %2)</source>
        <translation>Ziffer %3 von %4 als %1 speichern (Taste %2)</translation>
    </message>
    <message>
        <source>Save this drawing as not a digit (key %1)</source>
        <translation>Diese Zeichnung als keine Ziffer speichern (Taste %1)</translation>
    </message>
    <message>
        <source>Save digit %1 of %2 as not a digit (key %3)</source>
        <translation>Ziffer %1 von %2 als keine Ziffer speichern (Taste %3)</translation>
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
        <source>Saved digit %1 of %2 as not a digit</source>
        <translation>Ziffer %1 von %2 als keine Ziffer gespeichert</translation>
    </message>
    <message>
        <source>Saved digit %1 of %2 as %3</source>
        <translation>Ziffer %1 von %2 als %3 gespeichert</translation>
    </message>
    <message>
        <source>Saved as not a digit</source>
        <translation>Als keine Ziffer gespeichert</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Als %1 gespeichert</translation>
    </message>
    <message>
        <source>Not read as a digit: choose the digit it is (its button or key), or Not a digit (N)</source>
        <translation>Nicht als Ziffer erkannt: Wählen Sie die richtige Ziffer (Schaltfläche oder Taste) oder Keine Ziffer (N)</translation>
    </message>
    <message>
        <source>Every digit of this number is saved already</source>
        <translation>Jede Ziffer dieser Zahl ist schon gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 as %n examples</source>
        <translation>
            <numerusform>%1 als %Ln Beispiel gespeichert</numerusform>
            <numerusform>%1 als %Ln Beispiele gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>A test image is not kept as a drawing: trained on, it would make the test score meaningless</source>
        <translation>Ein Testbild wird nicht als Zeichnung gespeichert: trainiert, machte es die Testgenauigkeit wertlos</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n drawing(s) of yours</source>
        <translation>
            <numerusform>%1 · %Ln Zeichnung von Ihnen</numerusform>
            <numerusform>%1 · %Ln Zeichnungen von Ihnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Save undone: the drawing is no longer kept</source>
        <translation>Speichern rückgängig gemacht: Die Zeichnung wird nicht mehr aufbewahrt</translation>
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
        <translation>Modell wird gespeichert</translation>
    </message>
    <message>
        <source>%1...</source>
        <translation>%1…</translation>
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
        <translation>Korrigieren Sie zuerst einige Vorhersagen: Aus ihnen lernt das Anpassen.</translation>
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
        <translation>Wieder das mitgelieferte Modell in Verwendung; Ihre trainierten Modelle bleiben erhalten</translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <source>the trainer wrote its checkpoint to an unexpected place (%1)</source>
        <translation>der Trainer schrieb sein Modell an einen unerwarteten Ort (%1)</translation>
    </message>
    <message>
        <source>The new checkpoint could not be used: %1</source>
        <translation>Das neue Modell konnte nicht verwendet werden: %1</translation>
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
        <translation>Beispiele abwandeln (drehen, skalieren, verdicken)</translation>
    </message>
    <message>
        <source>Include my saved drawings</source>
        <translation>Meine gespeicherten Zeichnungen einbeziehen</translation>
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
        <translation>An meine Zeichnungen anpassen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop this run: the model in use stays</source>
        <translation>Diesen Lauf anhalten: das verwendete Modell bleibt</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p %</translation>
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
        <source>Show or hide the training settings: epochs, batch, rate, data</source>
        <translation>Die Trainingseinstellungen zeigen oder verbergen: Epochen, Stapel, Lernrate, Daten</translation>
    </message>
    <message>
        <source>How many times training goes through all the training digits: more take longer and usually read a little better</source>
        <translation>Wie oft das Training alle Trainingsziffern durchgeht: mehr dauert länger und erkennt meist etwas besser</translation>
    </message>
    <message>
        <source>How many digits the network looks at before each small change to what it has learned</source>
        <translation>Wie viele Ziffern das Netz ansieht, bevor es das Gelernte ein kleines Stück ändert</translation>
    </message>
    <message>
        <source>How big each change is: too big and training jumps about, too small and it crawls</source>
        <translation>Wie groß jede Änderung ist: zu groß, und das Training springt hin und her; zu klein, und es kriecht</translation>
    </message>
    <message>
        <source>Each training digit is also shown turned, scaled or thickened a little, as people&apos;s writing varies</source>
        <translation>Jede Trainingsziffer wird auch etwas gedreht, skaliert oder verdickt gezeigt, denn Handschriften unterscheiden sich</translation>
    </message>
    <message>
        <source>Your saved drawings are learned from too, with MNIST&apos;s digits</source>
        <translation>Auch aus Ihren gespeicherten Zeichnungen wird gelernt, zusammen mit den Ziffern von MNIST</translation>
    </message>
    <message>
        <source>A short run that teaches the model in use your saved drawings</source>
        <translation>Ein kurzer Lauf, der dem verwendeten Modell Ihre gespeicherten Zeichnungen beibringt</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Stapelgröße</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message numerus="yes">
        <source>Training started: %n epoch(s)</source>
        <translation>
            <numerusform>Training gestartet: %Ln Epoche</numerusform>
            <numerusform>Training gestartet: %Ln Epochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Training: %1</source>
        <translation>Training: %1</translation>
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
        <source>Draw a digit or a number with the mouse, a pen or a finger, or open a picture (Ctrl+O) or paste one (Ctrl+V). Keys 0 to 9 save the drawing as that digit, N as not a digit, Enter keeps it as an example, Delete clears it.</source>
        <translation>Zeichnen Sie eine Ziffer oder eine Zahl mit der Maus, einem Stift oder dem Finger, oder öffnen Sie ein Bild (Strg+O) oder fügen Sie eines ein (Strg+V). Die Tasten 0 bis 9 speichern die Zeichnung als diese Ziffer, N als keine Ziffer, Eingabe behält sie als Beispiel, Entf löscht sie.</translation>
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
        <source>Not a digit: %1.</source>
        <translation>Keine Ziffer: %1.</translation>
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
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Training settings, their presets, and the language</source>
        <translation>Trainingseinstellungen, ihre Voreinstellungen und die Sprache</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
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
        <source>Answer and training</source>
        <translation>Antwort und Training</translation>
    </message>
    <message>
        <source>Digits of the number</source>
        <translation>Ziffern der Zahl</translation>
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
        <source>It&apos;s %1</source>
        <translation>Es ist %1</translation>
    </message>
    <message>
        <source>Not a digit</source>
        <translation>Keine Ziffer</translation>
    </message>
    <message>
        <source>Right: keep it</source>
        <translation>Richtig: behalten</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Stapelgröße</translation>
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
        <source>Training details</source>
        <translation>Trainingsdetails</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>Trainingseinstellungen</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Weitere Werkzeuge</translation>
    </message>
    <message>
        <source>Not a digit: %1. Space shows its histogram.</source>
        <translation>Keine Ziffer: %1. Die Leertaste zeigt ihr Histogramm.</translation>
    </message>
    <message>
        <source>Read as %1, %2 sure. Space shows its histogram.</source>
        <translation>Als %1 gelesen, %2 sicher. Die Leertaste zeigt ihr Histogramm.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Als %1 gespeichert.</translation>
    </message>
    <message>
        <source>not a digit</source>
        <translation>keine Ziffer</translation>
    </message>
    <message>
        <source>Digit %1 of %2</source>
        <translation>Ziffer %1 von %2</translation>
    </message>
</context>
</TS>
