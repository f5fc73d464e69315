<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>About</name>
    <message>
        <source>not stated yet (see the project&apos;s README)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trained %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 right on MNIST&apos;s test digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1 epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in batches of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 schedule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with augmented digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without augmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It learned %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit or a number; a small neural network (a ConvNet written with TensorFlow&apos;s low-level API) reads it. Correct it, and teach it your handwriting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Digit Canvas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>No probabilities yet: draw a digit on the canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: nothing drawn yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: no ink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pixels have ink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the drawing mattered to the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen map, enlarged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of the input the chosen cell sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filters that made the chosen map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: draw a digit to see this layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 maps of %2 by %3 cells; the strongest is map %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a map to see it enlarged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No images on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 right of %2 test digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read as %2 (%3 times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most common mistakes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel (scrolls with the arrow keys)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <source>No results yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix: rows are the true digits, columns what the network read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>darker = more (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted digit →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← true digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>true %1, predicted %2: %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(%3 of the %1s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>click to show them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Draw a digit or a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit or a number with the mouse, a pen or a finger. Keys 0 to 9 save the drawing as that digit, Enter keeps it as an example, Delete clears it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplorerWindow</name>
    <message>
        <source>MNIST test set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the MNIST test set (%1 digits)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating %1 test images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy &lt;b&gt;%1&lt;/b&gt; · %2 mistakes in %3 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix cell: true %1 → pred %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>page %1 of %2 · %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the MNIST test set: its digits appear here in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test image matches this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pred %1 · true %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pred %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test image #%1 · true digit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test image #%1 · true digit %2 · predicted %3 (%4), then %5 (%6) · wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test image #%1 · true digit %2 · predicted %3 (%4), then %5 (%6) · right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an image to show it in the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export grid as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export matrix as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low confidence (&lt; %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True digit =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted digit =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix cell (click one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test image number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index of a test image (0-based, as in the tutorial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show and select this test image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test image 1000: the tutorial&apos;s confident 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test image 3062: the tutorial&apos;s doubtful 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test image 259: the tutorial&apos;s 6 read as 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutorial examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this page as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell to show those images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export matrix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the confusion matrix as PNG</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterStrip</name>
    <message>
        <source>the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input map %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kernel from %2 to map %3: weights %4 .. %5 (click: map %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageGrid</name>
    <message>
        <source>Test images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%n drawing(s) imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a digit label ignored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectorWindow</name>
    <message>
        <source>input · 28×28, 0 = paper, 1 = ink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c1 · conv 3×3 + ReLU · 16 maps 28×28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c2 · conv 3×3 + ReLU · 16 maps 28×28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p1 · max pool 2×2 · 16 maps 14×14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c3 · conv 3×3 + ReLU · 32 maps 14×14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c4 · conv 3×3 + ReLU · 32 maps 14×14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p2 · max pool 2×2 · 32 maps 7×7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d1 · dense + ReLU · 32 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logits · dense · 10 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c1 · 16 filters 3×3 on the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c2 · 16 filters 3×3×16 (column = output map, row = input map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c3 · 32 filters 3×3×16 (column = output map, row = input map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c4 · 32 filters 3×3×32 (column = output map, row = input map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look inside the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While Retrain runs, show the model being trained (weights copied between steps every few hundred steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softmax · probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saliency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit on the canvas: the ink that mattered lights up here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: gradient × input (positive part) of the digit&apos;s log-probability. Bright: ink that raised the digit&apos;s probability; missing ink cannot show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a feature map to enlarge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a feature map in Layers to enlarge it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input pixels the strongest position can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the most likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saliency toward the digit the network picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which ink speaks for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following training, step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model in use · softmax temperature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading model...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the most likely (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the most likely digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ink that pushed the network toward %1 (%2; p = %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 map %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 map %2: strongest at row %3, column %4 (value %5; layer max %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has no filters: each value is the largest of a 2×2 window of %2 map %3, made by these %n kernel(s) (one per input map; blue &lt; 0 &lt; red).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left: the input pixels the strongest position sees. Right: the %n kernel(s) 3×3 that make this map (one per input map; blue &lt; 0 &lt; red).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used after Digit Canvas restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerStrip</name>
    <message>
        <source>%1 map %2: max %3, mean %4 (click to enlarge)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading model...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your drawing is back: Digit Canvas did not close normally last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open image...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to &amp;bundled model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test-set explorer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;drawings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look inside...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Pen </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit or a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST test image #%1, true label %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop training and quit? The model in use stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping training...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkInputPreview</name>
    <message>
        <source>What the network sees, 28 by 28 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw: the network&apos;s view shows here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PixelView</name>
    <message>
        <source>A picture of %1 by %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: nothing to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PredictionPanel</name>
    <message>
        <source>not trusted: this does not look like a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit: how sure the network is of each of 0-9 shows here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write digits side by side to read a number: one tile per digit here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the network sees (28×28)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit or a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a piece marked ? does not look like a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sure of all %2 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit %1 of %2 · keys 0-9 correct it · click another digit to see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit %1: show its input and histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no digit comes close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closest: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe of the bundled model: about 99.5 % on MNIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default recipe for longer: a little more accurate, about twice as long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TensorFlow&apos;s tutorial: lr 1e-4, batch 128, 5 epochs, no augmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the settings with a tested recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Default preset, without your drawings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbabilityChart</name>
    <message>
        <source>Probabilities of each digit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SamplesModel</name>
    <message>
        <source>Drawing #%1: labelled %2, the network said %3
saved %4 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (said %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SamplesView</name>
    <message>
        <source>%1 — %2 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My drawings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relabel as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected drawings another label (keys 0-9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected drawings (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To a &amp;folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To a .&amp;zip file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a &amp;folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a .&amp;zip file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your drawings database was damaged. It was kept as %1 and a new one was started; %n drawing(s) could be recovered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your drawings can be viewed but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drawings yet. Correct a prediction to keep a drawing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drawings labelled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Relabel %n drawing(s) as %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n drawing(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n drawing(s). Ctrl+Z brings them back (for %1 minutes).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n drawing(s). Ctrl+Z brings them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n drawing(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no digit label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export drawings to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export drawings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import drawings from folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import drawings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your drawings cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>MNIST test image · true label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The canvas · digit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some checkpoints could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading model...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST test accuracy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved drawings database was damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It was kept aside as %1; %n drawing(s) were recovered into a new one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your drawings cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <source>Wrong? It&apos;s a: save the drawing (or the selected digit) as that digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as example: the reading is right, keep the drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next / previous control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the button that has the keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous / next digit tile of a number and show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a menu (Alt+M, R: Model › Retrain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc or Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Look inside, the test-set explorer, My drawings or this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action of the menus, and the keys of the canvas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeachRow</name>
    <message>
        <source>an %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong? It&apos;s a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this drawing as %1 (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading is right: keep the drawing (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save digit %3 of %4 as %1 (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Teaching</name>
    <message>
        <source>The drawing could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved digit %1 of %2 as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read as a digit: press the right digit key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 as %n examples</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n drawing(s) of yours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawing just saved was removed again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <source>Loading MNIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training was stopped before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training ended unexpectedly (exit code %1) before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its last words: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Invalid training settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drawings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a few predictions first: they are what fine-tuning learns from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: test accuracy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your drawings %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training done, the new model is in use. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the model in use has not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped: the model in use has not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model in use has not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the bundled model again; your trained models are kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <source>the trainer gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trainer wrote its checkpoint to an unexpected place (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new checkpoint could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training chart: loss and test accuracy by epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After epoch %1: test accuracy %2, loss %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Augment (rotate, scale, thicken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include my corrected drawings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the network on MNIST with these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune on my drawings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss %1 · %2 images/s · %3 elapsed · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1/%2: test accuracy %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowAccess</name>
    <message>
        <source>Draw a digit or a number with the mouse, a pen or a finger. Keys 0 to 9 save the drawing as that digit, Enter keeps it as an example, Delete clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: the canvas is blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as the number %1, %2 sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1, %2 sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training settings, their presets, and the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The width of the pen in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong? It&apos;s a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It&apos;s a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1. Press Space to show its histogram.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
