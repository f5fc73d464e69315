<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>About</name>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Todavía no hay ningún modelo cargado.</translation>
    </message>
    <message>
        <source>The bundled model</source>
        <translation>El modelo incluido</translation>
    </message>
    <message>
        <source>Your model</source>
        <translation>Tu modelo</translation>
    </message>
    <message>
        <source>trained %1</source>
        <translation>entrenado el %1</translation>
    </message>
    <message>
        <source>%1 right on MNIST&apos;s test digits</source>
        <translation>%1 de aciertos en los dígitos de prueba de MNIST</translation>
    </message>
    <message>
        <source>(cosine schedule)</source>
        <translation>(con descenso de coseno)</translation>
    </message>
    <message>
        <source>(constant schedule)</source>
        <translation>(constante)</translation>
    </message>
    <message>
        <source>for one epoch</source>
        <translation>durante una época</translation>
    </message>
    <message>
        <source>for %1 epochs</source>
        <translation>durante %1 épocas</translation>
    </message>
    <message>
        <source>in batches of %1</source>
        <translation>en lotes de %1</translation>
    </message>
    <message>
        <source>learning rate %1</source>
        <translation>tasa de aprendizaje %1</translation>
    </message>
    <message>
        <source>with augmented digits</source>
        <translation>con aumento de datos</translation>
    </message>
    <message>
        <source>without augmentation</source>
        <translation>sin aumento de datos</translation>
    </message>
    <message>
        <source>It learned %1.</source>
        <translation>Aprendió %1.</translation>
    </message>
    <message>
        <source>Draw a digit or a number; a small neural network (a ConvNet written with TensorFlow&apos;s low-level API) reads it. Correct it, and teach it your handwriting.</source>
        <translation>Dibuja un dígito o un número; una pequeña red neuronal (una ConvNet escrita con la API de bajo nivel de TensorFlow) lo lee. Corrígela y enséñale tu letra.</translation>
    </message>
    <message>
        <source>%1 licence · © 2026 the Digit Canvas authors</source>
        <translation>Licencia %1 · © 2026 los autores de Digit Canvas</translation>
    </message>
    <message>
        <source>About Digit Canvas</source>
        <translation>Acerca de Digit Canvas</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>No probabilities yet: draw a digit on the canvas.</source>
        <translation>Aún no hay probabilidades: dibuja un dígito en el lienzo.</translation>
    </message>
    <message>
        <source>Empty. %1.</source>
        <translation>Vacío. %1.</translation>
    </message>
    <message>
        <source>Empty: nothing drawn yet.</source>
        <translation>Vacío: aún no hay nada dibujado.</translation>
    </message>
    <message>
        <source>Empty: no ink.</source>
        <translation>Vacío: sin tinta.</translation>
    </message>
    <message>
        <source>%1 of %2 pixels have ink.</source>
        <translation>%1 de %2 píxeles tienen tinta.</translation>
    </message>
    <message>
        <source>Where the drawing mattered to the answer</source>
        <translation>Dónde importó el dibujo para la respuesta</translation>
    </message>
    <message>
        <source>The chosen map, enlarged</source>
        <translation>El mapa de activación elegido, ampliado</translation>
    </message>
    <message>
        <source>The part of the input the chosen cell sees</source>
        <translation>La parte de la entrada que ve la celda elegida</translation>
    </message>
    <message>
        <source>The filters that made the chosen map</source>
        <translation>Los filtros que produjeron el mapa elegido</translation>
    </message>
    <message>
        <source>Empty: draw a digit to see this layer.</source>
        <translation>Vacío: dibuja un dígito para ver esta capa.</translation>
    </message>
    <message>
        <source>One map of %2 by %3 cells.</source>
        <translation>Un mapa de %2 por %3 celdas.</translation>
    </message>
    <message>
        <source>%1 maps of %2 by %3 cells; the strongest is map %4.</source>
        <translation>%1 mapas de %2 × %3 celdas; el más fuerte es el mapa %4.</translation>
    </message>
    <message>
        <source>Click a map, or choose one with the arrow keys, to see it enlarged.</source>
        <translation>Haz clic en un mapa, o elige uno con las flechas, para verlo ampliado.</translation>
    </message>
    <message>
        <source>No images on this page.</source>
        <translation>No hay imágenes en esta página.</translation>
    </message>
    <message>
        <source>One image on this page.</source>
        <translation>Una imagen en esta página.</translation>
    </message>
    <message>
        <source>%1 images on this page.</source>
        <translation>%1 imágenes en esta página.</translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>Seleccionada: %1.</translation>
    </message>
    <message>
        <source>Arrows choose an image; Enter shows it in the main window.</source>
        <translation>Las flechas eligen una imagen; Intro la muestra en la ventana principal.</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>Aún no hay resultados.</translation>
    </message>
    <message>
        <source>%1 right of %2 test digits.</source>
        <translation>%1 de aciertos en %2 dígitos de prueba.</translation>
    </message>
    <message>
        <source>%1 read as %2 (%3 times)</source>
        <translation>%1 leído como %2 (%3 veces)</translation>
    </message>
    <message>
        <source>Most common mistakes: %1.</source>
        <translation>Errores más frecuentes: %1.</translation>
    </message>
    <message>
        <source>Arrows move from cell to cell; Enter shows a cell&apos;s images.</source>
        <translation>Las flechas van de celda en celda; Intro muestra las imágenes de la celda.</translation>
    </message>
    <message>
        <source>Scroll bar</source>
        <translation>Barra de desplazamiento</translation>
    </message>
    <message>
        <source>Divider: drag to resize the panels</source>
        <translation>Separador: arrástralo para cambiar el tamaño de los paneles</translation>
    </message>
    <message>
        <source>Resize the window</source>
        <translation>Cambiar el tamaño de la ventana</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Separador</translation>
    </message>
    <message>
        <source>%1, map %2, %3 by %4 cells. Chosen cell: row %5, column %6, value %7.</source>
        <translation>%1, mapa %2, %3 por %4 celdas. Celda elegida: fila %5, columna %6, valor %7.</translation>
    </message>
    <message>
        <source>The strongest of the map.</source>
        <translation>La más fuerte del mapa.</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Fila %1, columna %2: %3</translation>
    </message>
</context>
<context>
    <name>Adoption</name>
    <message>
        <source>Done: the new model is kept; the model in use has not changed</source>
        <translation>Hecho: el modelo nuevo se conserva; el modelo en uso no ha cambiado</translation>
    </message>
    <message>
        <source>Kept your current model%1%2. Use the new one anyway?</source>
        <translation>Se mantiene tu modelo actual%1%2. ¿Usar el nuevo de todos modos?</translation>
    </message>
    <message>
        <source>Use the new one</source>
        <translation>Usar el nuevo</translation>
    </message>
    <message>
        <source>Now using the new model%1%2</source>
        <translation>Ahora se usa el modelo nuevo%1%2</translation>
    </message>
    <message>
        <source>%1 more right than the new one</source>
        <translation>%1 más que el nuevo</translation>
    </message>
    <message>
        <source>%1 more right than the previous one</source>
        <translation>%1 más que el anterior</translation>
    </message>
    <message>
        <source>%1 fewer right than the new one</source>
        <translation>%1 menos que el nuevo</translation>
    </message>
    <message>
        <source>%1 fewer right than the previous one</source>
        <translation>%1 menos que el anterior</translation>
    </message>
    <message>
        <source>as many right as the new one</source>
        <translation>tantos como el nuevo</translation>
    </message>
    <message>
        <source>as many right as the previous one</source>
        <translation>tantos como el anterior</translation>
    </message>
    <message>
        <source>%1 fewer right than the previous one, a difference within chance</source>
        <translation>%1 menos que el anterior, una diferencia que puede ser casualidad</translation>
    </message>
    <message>
        <source>: of %1 digits set aside from training, it reads %2</source>
        <translation>: de %1 dígitos apartados del entrenamiento, acierta %2</translation>
    </message>
    <message>
        <source>chosen on the digits set aside from training; the test digits are kept for measuring</source>
        <translation>elegido con los dígitos apartados del entrenamiento; los dígitos de prueba se reservan para medir</translation>
    </message>
    <message>
        <source>Done: the new model&apos;s test accuracy %1</source>
        <translation>Hecho: precisión de prueba del modelo nuevo %1</translation>
    </message>
    <message>
        <source>(%1 points)</source>
        <translation>(%1 puntos)</translation>
    </message>
    <message>
        <source>your drawings (trained on): %1</source>
        <translation>tus dibujos (entrenado con ellos): %1</translation>
    </message>
    <message>
        <source>On your drawings, the new model reads %1 of %2 right, the one in use %3 of %2</source>
        <translation>En tus dibujos, el modelo nuevo acierta %1 de %2, el que está en uso %3 de %2</translation>
    </message>
    <message>
        <source>On your drawings, the new model reads %1 of %2 right, the previous one %3 of %2</source>
        <translation>En tus dibujos, el modelo nuevo acierta %1 de %2, el anterior %3 de %2</translation>
    </message>
    <message>
        <source>kept your current model</source>
        <translation>se mantiene tu modelo actual</translation>
    </message>
    <message>
        <source>The new model cannot be used: %1</source>
        <translation>No se puede usar el modelo nuevo: %1</translation>
    </message>
    <message>
        <source>Now using the new model</source>
        <translation>Ahora se usa el modelo nuevo</translation>
    </message>
</context>
<context>
    <name>CellView</name>
    <message>
        <source>How the chosen cell is computed</source>
        <translation>Cómo se calcula la celda elegida</translation>
    </message>
    <message>
        <source>Click a cell of the enlarged map (or use the arrow keys there) to see how it is computed.</source>
        <translation>Haz clic en una celda del mapa ampliado (o usa allí las flechas) para ver cómo se calcula.</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <source>No results yet</source>
        <translation>Aún no hay resultados</translation>
    </message>
    <message>
        <source>Confusion matrix: rows are the true digits, columns what the network read</source>
        <translation>Matriz de confusión: las filas son los dígitos reales, las columnas lo que leyó la red</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>precisión</translation>
    </message>
    <message>
        <source>right</source>
        <translation>acierto</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>error</translation>
    </message>
    <message>
        <source>stronger colour = more (log scale)</source>
        <translation>color más intenso = más (escala logarítmica)</translation>
    </message>
    <message>
        <source>predicted digit →</source>
        <translation>dígito predicho →</translation>
    </message>
    <message>
        <source>← true digit</source>
        <translation>← dígito real</translation>
    </message>
    <message numerus="yes">
        <source>true %1, predicted %2: %n image(s)</source>
        <translation>
            <numerusform>real %1, predicho %2: %Ln imagen</numerusform>
            <numerusform>real %1, predicho %2: %Ln imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>(%3 of the %1s)</source>
        <translation>(%3 de todas las imágenes de %1)</translation>
    </message>
    <message>
        <source>Enter shows them</source>
        <translation>Intro las muestra</translation>
    </message>
    <message>
        <source>click to show them</source>
        <translation>haz clic para verlas</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Draw a digit or a number</source>
        <translation>Dibuja un dígito o un número</translation>
    </message>
    <message>
        <source>Drawing canvas</source>
        <translation>Lienzo de dibujo</translation>
    </message>
    <message>
        <source>Draw a digit or a number with the mouse, a pen or a finger. Keys 0 to 9 save the drawing as that digit, N as not a digit, Enter keeps it as an example, Delete clears it.</source>
        <translation>Dibuja un dígito o un número con el ratón, un lápiz o el dedo. Las teclas 0 a 9 guardan el dibujo como ese dígito, N como algo que no es un dígito, Intro lo guarda como ejemplo y Supr lo borra.</translation>
    </message>
</context>
<context>
    <name>ExplorerWindow</name>
    <message>
        <source>MNIST test set</source>
        <translation>Conjunto de prueba de MNIST</translation>
    </message>
    <message>
        <source>Loading the MNIST test set (%1 digits)…</source>
        <translation>Cargando el conjunto de prueba de MNIST (%1 dígitos)…</translation>
    </message>
    <message>
        <source>Waiting for the model…</source>
        <translation>Esperando al modelo…</translation>
    </message>
    <message>
        <source>Evaluating %1 test images…</source>
        <translation>Evaluando %1 imágenes de prueba…</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Evaluando…</translation>
    </message>
    <message>
        <source>Evaluation stopped.</source>
        <translation>Evaluación detenida.</translation>
    </message>
    <message>
        <source>Accuracy &lt;b&gt;%1&lt;/b&gt; · %2 mistakes in %3 images · %4 called not a digit</source>
        <translation>Precisión &lt;b&gt;%1&lt;/b&gt; · %2 errores en %3 imágenes · %4 rechazadas como «no es un dígito»</translation>
    </message>
    <message numerus="yes">
        <source>(%n of them among the mistakes)</source>
        <translation>
            <numerusform>(%Ln de ellas entre los errores)</numerusform>
            <numerusform>(%Ln de ellas entre los errores)</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluation failed: %1</source>
        <translation>La evaluación falló: %1</translation>
    </message>
    <message>
        <source>Evaluation failed</source>
        <translation>La evaluación falló</translation>
    </message>
    <message>
        <source>Matrix cell: true %1 → pred %2</source>
        <translation>Celda de la matriz: real %1 → pred. %2</translation>
    </message>
    <message numerus="yes">
        <source>page %1 of %2 · %n image(s)</source>
        <translation>
            <numerusform>página %1 de %2 · %Ln imagen</numerusform>
            <numerusform>página %1 de %2 · %Ln imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the MNIST test set: its digits appear here in a moment.</source>
        <translation>Cargando el conjunto de prueba de MNIST: sus dígitos aparecerán aquí en un momento.</translation>
    </message>
    <message>
        <source>No test image matches this filter.</source>
        <translation>Ninguna imagen de prueba cumple este filtro.</translation>
    </message>
    <message>
        <source>Chosen, not on this page: %1</source>
        <translation>Elegida, no está en esta página: %1</translation>
    </message>
    <message>
        <source>mnist-test-grid.png</source>
        <translation>mnist-prueba-cuadricula.png</translation>
    </message>
    <message>
        <source>mnist-test-matrix.png</source>
        <translation>mnist-prueba-matriz.png</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Guardado como %1</translation>
    </message>
    <message>
        <source>true %1</source>
        <translation>real %1</translation>
    </message>
    <message>
        <source>not a digit · true %1</source>
        <translation>no es un dígito · real %1</translation>
    </message>
    <message>
        <source>read %1 · true %2</source>
        <translation>leído %1 · real %2</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>leído %1</translation>
    </message>
    <message>
        <source>Test image #%1 · true digit %2</source>
        <translation>Imagen de prueba #%1 · dígito real %2</translation>
    </message>
    <message>
        <source>Test image #%1 · true digit %2 · not a digit (closest %3 (%4), then %5 (%6)) · refused</source>
        <translation>Imagen de prueba #%1 · dígito real %2 · no es un dígito (el más cercano %3 (%4), luego %5 (%6)) · rechazada</translation>
    </message>
    <message>
        <source>Test image #%1 · true digit %2 · predicted %3 (%4), then %5 (%6) · wrong</source>
        <translation>Imagen de prueba #%1 · dígito real %2 · predicho %3 (%4), luego %5 (%6) · error</translation>
    </message>
    <message>
        <source>Test image #%1 · true digit %2 · predicted %3 (%4), then %5 (%6) · right</source>
        <translation>Imagen de prueba #%1 · dígito real %2 · predicho %3 (%4), luego %5 (%6) · acierto</translation>
    </message>
    <message>
        <source>Click an image to show it in the main window; double-click to go there.</source>
        <translation>Haz clic en una imagen para verla en la ventana principal; doble clic para ir allí.</translation>
    </message>
    <message>
        <source>Export grid as PNG</source>
        <translation>Exportar la cuadrícula como PNG</translation>
    </message>
    <message>
        <source>Export matrix as PNG</source>
        <translation>Exportar la matriz como PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>Todas las imágenes</translation>
    </message>
    <message>
        <source>Only mistakes</source>
        <translation>Solo errores</translation>
    </message>
    <message>
        <source>Called not a digit</source>
        <translation>Rechazadas como «no es un dígito»</translation>
    </message>
    <message>
        <source>Low confidence (&lt; %1)</source>
        <translation>Seguridad baja (&lt; %1)</translation>
    </message>
    <message>
        <source>True digit =</source>
        <translation>Dígito real =</translation>
    </message>
    <message>
        <source>Predicted digit =</source>
        <translation>Dígito predicho =</translation>
    </message>
    <message>
        <source>Matrix cell (click one)</source>
        <translation>Celda de la matriz (haz clic en una)</translation>
    </message>
    <message>
        <source>Digit to show</source>
        <translation>Dígito a mostrar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Test image number</source>
        <translation>Número de imagen de prueba</translation>
    </message>
    <message>
        <source>Index of a test image (0-based, as in the tutorial)</source>
        <translation>Índice de una imagen de prueba (desde 0, como en el tutorial)</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Ir</translation>
    </message>
    <message>
        <source>Show and select this test image</source>
        <translation>Mostrar y seleccionar esta imagen de prueba</translation>
    </message>
    <message>
        <source>Test image 1000: the tutorial&apos;s confident 9</source>
        <translation>Imagen de prueba 1000: el 9 seguro del tutorial</translation>
    </message>
    <message>
        <source>Test image 3062: the tutorial&apos;s doubtful 8</source>
        <translation>Imagen de prueba 3062: el 8 dudoso del tutorial</translation>
    </message>
    <message>
        <source>Test image 259: the tutorial&apos;s 6 read as 0</source>
        <translation>Imagen de prueba 259: el 6 del tutorial leído como 0</translation>
    </message>
    <message>
        <source>Go to index</source>
        <translation>Ir al índice</translation>
    </message>
    <message>
        <source>Tutorial examples:</source>
        <translation>Ejemplos del tutorial:</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Página anterior (Re Pág)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Página siguiente (Av Pág)</translation>
    </message>
    <message>
        <source>Export grid…</source>
        <translation>Exportar cuadrícula…</translation>
    </message>
    <message>
        <source>Save this page as PNG</source>
        <translation>Guardar esta página como PNG</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matriz de confusión</translation>
    </message>
    <message>
        <source>Click a cell to show those images.</source>
        <translation>Haz clic en una celda para ver esas imágenes.</translation>
    </message>
    <message>
        <source>Export matrix…</source>
        <translation>Exportar matriz…</translation>
    </message>
    <message>
        <source>Save the confusion matrix as PNG</source>
        <translation>Guardar la matriz de confusión como PNG</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
</context>
<context>
    <name>FilterStrip</name>
    <message>
        <source>the image</source>
        <translation>la imagen</translation>
    </message>
    <message>
        <source>input map %1</source>
        <translation>el mapa de entrada %1</translation>
    </message>
    <message>
        <source>Kernel from %1 to map %2: weights %3 to %4</source>
        <translation>Núcleo desde %1 hasta el mapa %2: pesos de %3 a %4</translation>
    </message>
    <message>
        <source>%1 (click: map %2)</source>
        <translation>%1 (clic: mapa %2)</translation>
    </message>
</context>
<context>
    <name>ImageGrid</name>
    <message>
        <source>Test images</source>
        <translation>Imágenes de prueba</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%n drawing(s) imported</source>
        <translation>
            <numerusform>%Ln dibujo importado</numerusform>
            <numerusform>%Ln dibujos importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank skipped</source>
        <translation>
            <numerusform>%Ln en blanco omitido</numerusform>
            <numerusform>%Ln en blanco omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%Ln ya presente</numerusform>
            <numerusform>%Ln ya presentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a digit label ignored</source>
        <translation>
            <numerusform>%Ln sin etiqueta de dígito ignorado</numerusform>
            <numerusform>%Ln sin etiqueta de dígito ignorados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%Ln ilegible</numerusform>
            <numerusform>%Ln ilegibles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectorWindow</name>
    <message>
        <source>input · 28×28, 0 = paper, 1 = ink</source>
        <translation>entrada · 28×28, 0 = papel, 1 = tinta</translation>
    </message>
    <message>
        <source>c1 · conv 3×3 + ReLU · 16 maps 28×28</source>
        <translation>c1 · convolución 3×3 + ReLU · 16 mapas 28×28</translation>
    </message>
    <message>
        <source>c2 · conv 3×3 + ReLU · 16 maps 28×28</source>
        <translation>c2 · convolución 3×3 + ReLU · 16 mapas 28×28</translation>
    </message>
    <message>
        <source>p1 · max pool 2×2 · 16 maps 14×14</source>
        <translation>p1 · max pooling 2×2 · 16 mapas 14×14</translation>
    </message>
    <message>
        <source>c3 · conv 3×3 + ReLU · 32 maps 14×14</source>
        <translation>c3 · convolución 3×3 + ReLU · 32 mapas 14×14</translation>
    </message>
    <message>
        <source>c4 · conv 3×3 + ReLU · 32 maps 14×14</source>
        <translation>c4 · convolución 3×3 + ReLU · 32 mapas 14×14</translation>
    </message>
    <message>
        <source>p2 · max pool 2×2 · 32 maps 7×7</source>
        <translation>p2 · max pooling 2×2 · 32 mapas 7×7</translation>
    </message>
    <message>
        <source>d1 · dense + ReLU</source>
        <translation>d1 · capa densa + ReLU</translation>
    </message>
    <message>
        <source>logits · dense · 10 values</source>
        <translation>logits · capa densa · 10 valores</translation>
    </message>
    <message>
        <source>Look inside the network</source>
        <translation>Mirar dentro de la red</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>Dibuja un dígito</translation>
    </message>
    <message>
        <source>What is shown: the drawing on the canvas, or a test image chosen in the test-set explorer</source>
        <translation>Qué se muestra: el dibujo del lienzo o una imagen de prueba elegida en el explorador del conjunto de prueba</translation>
    </message>
    <message>
        <source>Whose layers: the model in use, or the one being trained while Follow training is on</source>
        <translation>De quién son las capas: del modelo en uso o, con «Seguir el entrenamiento», del que se está entrenando</translation>
    </message>
    <message>
        <source>Follow training</source>
        <translation>Seguir el entrenamiento</translation>
    </message>
    <message>
        <source>While Retrain runs, show the model being trained (weights copied between steps every few hundred steps)</source>
        <translation>Mientras se reentrena, mostrar el modelo en entrenamiento (los pesos se copian entre pasos cada pocos cientos de pasos)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show the technical names: conv, ReLU, logits, softmax temperature, the saliency method</source>
        <translation>Mostrar los nombres técnicos: convolución, ReLU, logits, temperatura de softmax, el método de saliencia</translation>
    </message>
    <message>
        <source>Layers and filters</source>
        <translation>Capas y filtros</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Layers, filters, what mattered and a map</source>
        <translation>Capas, filtros, lo que importó y un mapa</translation>
    </message>
    <message>
        <source>What mattered</source>
        <translation>Lo que importó</translation>
    </message>
    <message>
        <source>softmax · probabilities</source>
        <translation>softmax · probabilidades</translation>
    </message>
    <message>
        <source>The canvas</source>
        <translation>El lienzo</translation>
    </message>
    <message>
        <source>Following training, step %1</source>
        <translation>Siguiendo el entrenamiento, paso %1</translation>
    </message>
    <message>
        <source>Model in use · softmax temperature %1</source>
        <translation>Modelo en uso · temperatura de softmax %1</translation>
    </message>
    <message>
        <source>Loading model...</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <source>Draw a digit on the canvas: here you will see how the network reads it, layer by layer.</source>
        <translation>Dibuja un dígito en el lienzo: aquí verás cómo lo lee la red, capa a capa.</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>A new language is used after Digit Canvas restarts.</source>
        <translation>El nuevo idioma se aplica cuando Digit Canvas se reinicia.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Digit Canvas already speaks this language.</source>
        <translation>Digit Canvas ya habla este idioma.</translation>
    </message>
</context>
<context>
    <name>LayerStrip</name>
    <message>
        <source>Draw a digit on the canvas to see this layer.</source>
        <translation>Dibuja un dígito en el lienzo para ver esta capa.</translation>
    </message>
    <message>
        <source>Map %1: largest %2, average %3</source>
        <translation>Mapa %1: máximo %2, media %3</translation>
    </message>
    <message>
        <source>%1 (click to see it enlarged)</source>
        <translation>%1 (clic para verlo ampliado)</translation>
    </message>
</context>
<context>
    <name>LookInside</name>
    <message>
        <source>What the network gets: 0 is paper, 1 is ink.</source>
        <translation>Lo que recibe la red: 0 es papel, 1 es tinta.</translation>
    </message>
    <message>
        <source>Second layer: 16 detectors that combine the first layer&apos;s patterns</source>
        <translation>Segunda capa: 16 detectores que combinan los patrones de la primera capa</translation>
    </message>
    <message>
        <source>Each looks at a 3 by 3 window of all 16 maps above it and adds up what it sees there.</source>
        <translation>Cada uno mira una ventana de 3 por 3 de los 16 mapas de arriba y suma lo que ve allí.</translation>
    </message>
    <message>
        <source>Half size: each cell keeps the strongest of 4</source>
        <translation>Mitad de tamaño: cada celda se queda con el más fuerte de 4</translation>
    </message>
    <message>
        <source>Max pooling: the largest value of each 2 by 2 window. The maps get smaller and a shape may move a little without changing the answer.</source>
        <translation>Max pooling: el mayor valor de cada ventana de 2 por 2. Los mapas se hacen más pequeños y una forma puede moverse un poco sin que cambie la respuesta.</translation>
    </message>
    <message>
        <source>Third layer: 32 detectors of larger shapes</source>
        <translation>Tercera capa: 32 detectores de formas más grandes</translation>
    </message>
    <message>
        <source>They combine the 16 half-size maps: strokes, curves, corners.</source>
        <translation>Combinan los 16 mapas de mitad de tamaño: trazos, curvas, esquinas.</translation>
    </message>
    <message>
        <source>Fourth layer: 32 detectors of parts of digits</source>
        <translation>Cuarta capa: 32 detectores de partes de dígitos</translation>
    </message>
    <message>
        <source>Half size again: 32 maps of 7 by 7</source>
        <translation>De nuevo mitad de tamaño: 32 mapas de 7 × 7</translation>
    </message>
    <message>
        <source>The strongest of each 2 by 2 window, as before.</source>
        <translation>El más fuerte de cada ventana de 2 por 2, como antes.</translation>
    </message>
    <message>
        <source>Each weighs every cell of the 32 maps above (a dense layer).</source>
        <translation>Cada uno pondera todas las celdas de los 32 mapas de arriba (una capa densa).</translation>
    </message>
    <message>
        <source>A score for each digit</source>
        <translation>Una puntuación para cada dígito</translation>
    </message>
    <message>
        <source>The larger the score, the more it looks like that digit.</source>
        <translation>Cuanto mayor es la puntuación, más se parece a ese dígito.</translation>
    </message>
    <message>
        <source>How sure, for each digit</source>
        <translation>Seguridad para cada dígito</translation>
    </message>
    <message>
        <source>The scores turned into chances that add up to 100 %.</source>
        <translation>Las puntuaciones convertidas en probabilidades que suman 100 %.</translation>
    </message>
    <message>
        <source>The image: 28 by 28 pixels</source>
        <translation>La imagen: 28 × 28 píxeles</translation>
    </message>
    <message>
        <source>First layer: 16 small pattern detectors, each slid over the image</source>
        <translation>Primera capa: 16 pequeños detectores de patrones, cada uno deslizado sobre la imagen</translation>
    </message>
    <message>
        <source>Each detector is a 3 by 3 pattern of weights. Where the image matches it, its map is bright. Negative results are set to 0 (ReLU).</source>
        <translation>Cada detector es un patrón de 3 por 3 pesos. Donde la imagen coincide con él, su mapa es claro. Los resultados negativos pasan a 0 (ReLU).</translation>
    </message>
    <message>
        <source>Each cell now sees a large part of the image.</source>
        <translation>Cada celda ve ahora una gran parte de la imagen.</translation>
    </message>
    <message>
        <source>Summaries of the whole image</source>
        <translation>Resúmenes de la imagen entera</translation>
    </message>
    <message>
        <source>The image</source>
        <translation>La imagen</translation>
    </message>
    <message>
        <source>of the image</source>
        <translation>de la imagen</translation>
    </message>
    <message>
        <source>First layer</source>
        <translation>Primera capa</translation>
    </message>
    <message>
        <source>of the first layer</source>
        <translation>de la primera capa</translation>
    </message>
    <message>
        <source>Second layer</source>
        <translation>Segunda capa</translation>
    </message>
    <message>
        <source>of the second layer</source>
        <translation>de la segunda capa</translation>
    </message>
    <message>
        <source>First half-size layer</source>
        <translation>Primera capa de mitad de tamaño</translation>
    </message>
    <message>
        <source>of the first half-size layer</source>
        <translation>de la primera capa de mitad de tamaño</translation>
    </message>
    <message>
        <source>Third layer</source>
        <translation>Tercera capa</translation>
    </message>
    <message>
        <source>of the third layer</source>
        <translation>de la tercera capa</translation>
    </message>
    <message>
        <source>Fourth layer</source>
        <translation>Cuarta capa</translation>
    </message>
    <message>
        <source>of the fourth layer</source>
        <translation>de la cuarta capa</translation>
    </message>
    <message>
        <source>Second half-size layer</source>
        <translation>Segunda capa de mitad de tamaño</translation>
    </message>
    <message>
        <source>of the second half-size layer</source>
        <translation>de la segunda capa de mitad de tamaño</translation>
    </message>
    <message>
        <source>Row %1: %2.</source>
        <translation>Fila %1: %2.</translation>
    </message>
    <message>
        <source>Map %1, row %2, column %3 %4</source>
        <translation>Mapa %1, fila %2, columna %3 %4</translation>
    </message>
    <message>
        <source>The largest of this 2 by 2 window of map %1 %2:</source>
        <translation>El mayor valor de esta ventana de 2 por 2 del mapa %1 %2:</translation>
    </message>
    <message>
        <source>the image</source>
        <translation>la imagen</translation>
    </message>
    <message>
        <source>map %1 %2</source>
        <translation>el mapa %1 %2</translation>
    </message>
    <message>
        <source>Window of %1 × its kernel, added up:</source>
        <translation>Ventana sobre %1 × su núcleo, sumado:</translation>
    </message>
    <message>
        <source>The window: %1 Its kernel: %2</source>
        <translation>La ventana: %1 Su núcleo: %2</translation>
    </message>
    <message>
        <source>The other %1 maps add %2.</source>
        <translation>Los otros %1 mapas suman %2.</translation>
    </message>
    <message>
        <source>Sum %1 + bias %2 = %3 before ReLU</source>
        <translation>Suma %1 + sesgo %2 = %3 antes de ReLU</translation>
    </message>
    <message>
        <source>ReLU keeps it if positive, else 0: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>ReLU lo conserva si es positivo, si no 0: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>column: the map it makes, row: the map it reads</source>
        <translation>columna: el mapa que produce, fila: el mapa que lee</translation>
    </message>
    <message>
        <source>First layer: its 16 patterns of 3 by 3 weights</source>
        <translation>Primera capa: sus 16 patrones de 3 por 3 pesos</translation>
    </message>
    <message>
        <source>Second layer: 16 × 16 kernels (%1)</source>
        <translation>Segunda capa: 16 × 16 núcleos (%1)</translation>
    </message>
    <message>
        <source>Third layer: 16 × 32 kernels (%1)</source>
        <translation>Tercera capa: 16 × 32 núcleos (%1)</translation>
    </message>
    <message>
        <source>Fourth layer: 32 × 32 kernels (%1)</source>
        <translation>Cuarta capa: 32 × 32 núcleos (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading model...</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <source>Your drawing is back.</source>
        <translation>Tu dibujo ha vuelto.</translation>
    </message>
    <message>
        <source>Your drawing is back: Digit Canvas did not close normally last time.</source>
        <translation>Tu dibujo ha vuelto: Digit Canvas no se cerró con normalidad la última vez.</translation>
    </message>
    <message>
        <source>&amp;Open image...</source>
        <translation>&amp;Abrir imagen…</translation>
    </message>
    <message>
        <source>&amp;Paste image</source>
        <translation>&amp;Pegar imagen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>&amp;Retrain</source>
        <translation>&amp;Reentrenar</translation>
    </message>
    <message>
        <source>&amp;Fine-tune on my drawings</source>
        <translation>&amp;Afinar con mis dibujos</translation>
    </message>
    <message>
        <source>&amp;Cancel training</source>
        <translation>&amp;Cancelar el entrenamiento</translation>
    </message>
    <message>
        <source>Reset to &amp;bundled model</source>
        <translation>Volver al modelo &amp;incluido</translation>
    </message>
    <message>
        <source>&amp;Test-set explorer...</source>
        <translation>&amp;Explorador del conjunto de prueba…</translation>
    </message>
    <message>
        <source>My &amp;drawings...</source>
        <translation>Mis &amp;dibujos…</translation>
    </message>
    <message>
        <source>&amp;Models...</source>
        <translation>&amp;Modelos…</translation>
    </message>
    <message>
        <source>&amp;Look inside...</source>
        <translation>&amp;Mirar dentro…</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de Digit Canvas</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation>Grosor del lápiz</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Lápiz</translation>
    </message>
    <message>
        <source>No model: %1</source>
        <translation>Sin modelo: %1</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>No se pudo cargar el modelo</translation>
    </message>
    <message>
        <source>Draw a digit or a number</source>
        <translation>Dibuja un dígito o un número</translation>
    </message>
    <message>
        <source>No writing found in this picture</source>
        <translation>No se ha encontrado escritura en esta imagen</translation>
    </message>
    <message>
        <source>Only a dot: draw a digit or a number</source>
        <translation>Solo un punto: dibuja un dígito o un número</translation>
    </message>
    <message>
        <source>MNIST test image #%1, true label %2</source>
        <translation>Imagen de prueba de MNIST #%1, dígito real %2</translation>
    </message>
    <message>
        <source>Canvas cleared</source>
        <translation>Lienzo borrado</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>Abrir imagen</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>Imágenes (%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open image</source>
        <translation>No se puede abrir la imagen</translation>
    </message>
    <message>
        <source>The clipboard holds no image</source>
        <translation>El portapapeles no contiene ninguna imagen</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>El entrenamiento está en curso</translation>
    </message>
    <message>
        <source>Stop training and quit? The model in use stays as it is.</source>
        <translation>¿Detener el entrenamiento y salir? El modelo en uso se queda como está.</translation>
    </message>
    <message>
        <source>Stopping training...</source>
        <translation>Deteniendo el entrenamiento…</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
</context>
<context>
    <name>ModelComparison</name>
    <message>
        <source>Reading the images with both models: %p %</source>
        <translation>Los dos modelos leen las imágenes: %p %</translation>
    </message>
    <message>
        <source>Comparing the two models</source>
        <translation>Comparando los dos modelos</translation>
    </message>
    <message>
        <source>Where the two models disagree</source>
        <translation>Donde los dos modelos no coinciden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Comparing...</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>%1 #%2 (%3): A says %4, B says %5</source>
        <translation>%1 #%2 (%3): A dice %4, B dice %5</translation>
    </message>
    <message>
        <source>not a digit</source>
        <translation>no es un dígito</translation>
    </message>
    <message>
        <source>a %1</source>
        <translation>un %1</translation>
    </message>
    <message>
        <source>%1: they disagree on %2 of %3. Read right, a digit called not a digit counting as wrong: A %4 of %3, B %5 of %3. By best guess alone, as “Test accuracy” counts: A %6 of %3, B %7 of %3</source>
        <translation>%1: no coinciden en %2 de %3. Leídos bien (un dígito tomado por «no es un dígito» cuenta como error): A %4 de %3, B %5 de %3. Solo por la mejor apuesta, como cuenta «Precisión de prueba»: A %6 de %3, B %7 de %3</translation>
    </message>
</context>
<context>
    <name>ModelCurves</name>
    <message>
        <source>No curves: this model&apos;s training history was not recorded.</source>
        <translation>Sin curvas: no se registró el historial de entrenamiento de este modelo.</translation>
    </message>
    <message>
        <source>epoch %1: loss %2, test accuracy %3</source>
        <translation>época %1: pérdida %2, precisión de prueba %3</translation>
    </message>
    <message>
        <source>Training curves</source>
        <translation>Curvas de entrenamiento</translation>
    </message>
    <message>
        <source>No training history recorded</source>
        <translation>No se registró el historial de entrenamiento</translation>
    </message>
    <message>
        <source>Choose one model to see its training curves.</source>
        <translation>Elige un modelo para ver sus curvas de entrenamiento.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>precisión de prueba</translation>
    </message>
</context>
<context>
    <name>ModelsWindow</name>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Receta</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Precisión de prueba</translation>
    </message>
    <message>
        <source>Your drawings</source>
        <translation>Tus dibujos</translation>
    </message>
    <message>
        <source>Digits refused</source>
        <translation>Dígitos rechazados</translation>
    </message>
    <message>
        <source>Sureness off by</source>
        <translation>Desvío de la seguridad</translation>
    </message>
    <message>
        <source>How it was trained: epochs are passes over the training digits, batch the digits per step, rate the size of each step</source>
        <translation>Cómo se entrenó: las épocas son pasadas por los dígitos de entrenamiento, el lote los dígitos por paso y la tasa el tamaño de cada paso</translation>
    </message>
    <message>
        <source>Of MNIST&apos;s test digits, never trained on, the share its best guess reads right</source>
        <translation>De los dígitos de prueba de MNIST, nunca usados para aprender, la parte que su mejor respuesta lee bien</translation>
    </message>
    <message>
        <source>Of the digits set aside from training, the share it called not a digit. Each model&apos;s threshold is set to refuse about %1 of them, so this changes little from model to model</source>
        <translation>De los dígitos apartados del entrenamiento, la parte que llamó «no es un dígito». El umbral de cada modelo se fija para rechazar cerca del %1 de ellos, así que cambia poco de un modelo a otro</translation>
    </message>
    <message>
        <source>How far its sureness is from how often it is right, on the digits set aside (lower is better): said 90 % sure, it should be right 9 times in 10</source>
        <translation>Cuánto se aleja su seguridad de lo a menudo que acierta, en los dígitos apartados (menos es mejor): si dice 90 % de seguridad, debería acertar 9 de cada 10 veces</translation>
    </message>
    <message>
        <source>Share of your saved drawings read right</source>
        <translation>Proporción de tus dibujos guardados que se leen bien</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Usar</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Fijar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Compare two</source>
        <translation>&amp;Comparar dos</translation>
    </message>
    <message>
        <source>Read the canvas with the chosen model from now on</source>
        <translation>Leer el lienzo con el modelo elegido a partir de ahora</translation>
    </message>
    <message>
        <source>Give the chosen model a name (F2)</source>
        <translation>Dar un nombre al modelo elegido (F2)</translation>
    </message>
    <message>
        <source>Keep the chosen model however many newer ones come</source>
        <translation>Conservar el modelo elegido aunque lleguen otros más nuevos</translation>
    </message>
    <message>
        <source>Delete the chosen model (Ctrl+Z brings it back)</source>
        <translation>Eliminar el modelo elegido (Ctrl+Z lo recupera)</translation>
    </message>
    <message>
        <source>Show where the two chosen models read differently</source>
        <translation>Mostrar dónde leen distinto los dos modelos elegidos</translation>
    </message>
    <message>
        <source>How many of the newest models to keep</source>
        <translation>Cuántos de los modelos más recientes se conservan</translation>
    </message>
    <message>
        <source>Pinned models and the one in use are always kept</source>
        <translation>Los modelos fijados y el que está en uso se conservan siempre</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>Conser&amp;var los más recientes</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) not listed: the facts saved with them cannot be read (%1, in %2).</source>
        <translation>
            <numerusform>%Ln modelo no aparece: no se pueden leer los datos guardados con él (%1, en %2).</numerusform>
            <numerusform>%Ln modelos no aparecen: no se pueden leer los datos guardados con ellos (%1, en %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en uso</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>no está en uso</translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s) · batch %1 · rate %2</source>
        <translation>
            <numerusform>%Ln época · lote %1 · tasa %2</numerusform>
            <numerusform>%Ln épocas · lote %1 · tasa %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation>Reentrenado</translation>
    </message>
    <message>
        <source>Fine-tune</source>
        <translation>Afinado</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>Incluido</translation>
    </message>
    <message>
        <source>✔ in use</source>
        <translation>✔ en uso</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fijado</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>none saved yet</source>
        <translation>aún ninguno</translation>
    </message>
    <message>
        <source>computing...</source>
        <translation>calculando…</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>Des&amp;fijar</translation>
    </message>
    <message>
        <source>The bundled model comes with the app: it is always kept, and cannot be renamed, pinned or deleted.</source>
        <translation>El modelo incluido viene con la aplicación: siempre se conserva y no se puede renombrar, fijar ni eliminar.</translation>
    </message>
    <message>
        <source>The model in use cannot be deleted: use another one first.</source>
        <translation>El modelo en uso no se puede eliminar: usa otro primero.</translation>
    </message>
    <message>
        <source>the bundled model</source>
        <translation>el modelo incluido</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>This model cannot be used</source>
        <translation>No se puede usar este modelo</translation>
    </message>
    <message>
        <source>Now using %1</source>
        <translation>Ahora en uso: %1</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>Nombre del modelo</translation>
    </message>
    <message>
        <source>This model cannot be changed</source>
        <translation>No se puede cambiar este modelo</translation>
    </message>
    <message>
        <source>This model cannot be deleted</source>
        <translation>No se puede eliminar este modelo</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 eliminado</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>This model cannot be brought back</source>
        <translation>Este modelo no se puede recuperar</translation>
    </message>
    <message>
        <source>Brought back %1</source>
        <translation>%1 recuperado</translation>
    </message>
    <message>
        <source>Test set</source>
        <translation>Conjunto de prueba</translation>
    </message>
    <message>
        <source>These models cannot be compared</source>
        <translation>No se pueden comparar estos modelos</translation>
    </message>
</context>
<context>
    <name>NetworkInputPreview</name>
    <message>
        <source>What the network sees, 28 by 28 pixels</source>
        <translation>Lo que ve la red, 28 × 28 píxeles</translation>
    </message>
    <message>
        <source>Draw: the network&apos;s view shows here</source>
        <translation>Dibuja: aquí aparece lo que ve la red</translation>
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
        <translation>d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>PixelView</name>
    <message>
        <source>A picture of %1 by %2 pixels</source>
        <translation>Una imagen de %1 × %2 píxeles</translation>
    </message>
    <message>
        <source>Empty: nothing to show yet.</source>
        <translation>Vacío: aún no hay nada que mostrar.</translation>
    </message>
</context>
<context>
    <name>PredictionPanel</name>
    <message>
        <source>not trusted: this does not look like a digit</source>
        <translation>no es fiable: esto no parece un dígito</translation>
    </message>
    <message>
        <source>Draw a digit: how sure the network is of each of 0-9 shows here</source>
        <translation>Dibuja un dígito: aquí verás cuán segura está la red de cada dígito del 0 al 9</translation>
    </message>
    <message>
        <source>Write digits side by side to read a number: one tile per digit here</source>
        <translation>Dígitos uno junto a otro forman un número: aquí, una ficha por dígito</translation>
    </message>
    <message>
        <source>saved: %1</source>
        <translation>guardado: %1</translation>
    </message>
    <message>
        <source>What the network sees (28×28)</source>
        <translation>Lo que ve la red (28×28)</translation>
    </message>
    <message>
        <source>Draw a digit or a number</source>
        <translation>Dibuja un dígito o un número</translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation>No es un número</translation>
    </message>
    <message>
        <source>Not a digit</source>
        <translation>No es un dígito</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) marked ? do not look like a digit</source>
        <translation>
            <numerusform>una pieza marcada con ? no parece un dígito</numerusform>
            <numerusform>%n piezas marcadas con ? no parecen dígitos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sure of both digits</source>
        <translation>%1 de seguridad en los dos dígitos</translation>
    </message>
    <message>
        <source>%1 sure of all %2 digits</source>
        <translation>%1 de seguridad en los %2 dígitos</translation>
    </message>
    <message>
        <source>%1 sure</source>
        <translation>%1 de seguridad</translation>
    </message>
    <message>
        <source>true label %1</source>
        <translation>dígito real %1</translation>
    </message>
    <message>
        <source>Digit %1 of %2 · keys 0-9 correct it · click or ← → for another</source>
        <translation>Dígito %1 de %2 · las teclas 0-9 lo corrigen · clic o ← → para otro</translation>
    </message>
    <message>
        <source>A test image is shown, never kept as a drawing</source>
        <translation>Se muestra una imagen de prueba; nunca se guarda como dibujo</translation>
    </message>
    <message>
        <source>Digit %1: show its input and histogram</source>
        <translation>Dígito %1: mostrar su entrada y su histograma</translation>
    </message>
    <message>
        <source>Not a digit: %1</source>
        <translation>No es un dígito: %1</translation>
    </message>
    <message>
        <source>no digit comes close</source>
        <translation>ningún dígito se acerca</translation>
    </message>
    <message>
        <source>closest: %1 (%2)</source>
        <translation>el más cercano: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PresetRow</name>
    <message>
        <source>Default</source>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <source>The recipe of the bundled model: about 99.5 % on MNIST</source>
        <translation>La receta del modelo incluido: cerca del 99,5 % en MNIST</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <source>The default recipe for longer: a little more accurate, about twice as long</source>
        <translation>La receta predeterminada, más tiempo: algo más precisa, tarda el doble</translation>
    </message>
    <message>
        <source>Tutorial</source>
        <translation>Tutorial</translation>
    </message>
    <message>
        <source>TensorFlow&apos;s tutorial: lr 1e-4, batch 128, 5 epochs, no augmentation</source>
        <translation>El tutorial de TensorFlow: tasa 1e-4, lote 128, 5 épocas, sin aumento de datos</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Receta</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizada</translation>
    </message>
    <message>
        <source>Fill the settings with a tested recipe</source>
        <translation>Rellenar los ajustes con una receta probada</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restaurar valores predeterminados</translation>
    </message>
    <message>
        <source>The Default preset, without your drawings</source>
        <translation>La receta «Predeterminada», sin tus dibujos</translation>
    </message>
</context>
<context>
    <name>ProbabilityChart</name>
    <message>
        <source>Probabilities of each digit</source>
        <translation>Probabilidades de cada dígito</translation>
    </message>
    <message>
        <source>Not trusted: this does not look like a digit. %1</source>
        <translation>No es fiable: esto no parece un dígito. %1</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Training ran out of memory. Try a smaller batch size.</source>
        <translation>El entrenamiento se quedó sin memoria. Prueba con un tamaño de lote más pequeño.</translation>
    </message>
    <message>
        <source>The disk is full: the new model could not be saved.</source>
        <translation>El disco está lleno: no se pudo guardar el nuevo modelo.</translation>
    </message>
    <message>
        <source>MNIST could not be loaded from any source. Put the four MNIST files (IDX, plain or .gz) or mnist.npz in a folder and pass it with --data-dir or MNIST_DIR, or copy mnist.npz to %1.</source>
        <translation>No se pudo cargar MNIST desde ninguna fuente. Pon los cuatro archivos de MNIST (IDX, sin comprimir o .gz) o mnist.npz en una carpeta e indícala con --data-dir o MNIST_DIR, o copia mnist.npz en %1.</translation>
    </message>
    <message>
        <source>The training settings or data could not be used: %1</source>
        <translation>No se pudieron usar los ajustes o los datos del entrenamiento: %1</translation>
    </message>
    <message>
        <source>The model to start from could not be loaded: %1</source>
        <translation>No se pudo cargar el modelo de partida: %1</translation>
    </message>
    <message>
        <source>The model %1 could not be loaded; it was kept aside as %2.</source>
        <translation>No se pudo cargar el modelo %1; se apartó como %2.</translation>
    </message>
    <message>
        <source>The model %1 could not be loaded.</source>
        <translation>No se pudo cargar el modelo %1.</translation>
    </message>
    <message>
        <source>The choice of the model in use is damaged; using %1 instead.</source>
        <translation>La elección del modelo en uso está dañada; se usa %1 en su lugar.</translation>
    </message>
    <message>
        <source>The model chosen for use (%1) could not be loaded; using %2 instead.</source>
        <translation>No se pudo cargar el modelo elegido (%1); se usa %2 en su lugar.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; is damaged; a safe default is used instead.</source>
        <translation>%1: la entrada «%2» está dañada; se usa un valor predeterminado seguro en su lugar.</translation>
    </message>
    <message>
        <source>It was kept aside as %1.</source>
        <translation>Se apartó como %1.</translation>
    </message>
    <message>
        <source>The bundled model could not be loaded.</source>
        <translation>No se pudo cargar el modelo incluido.</translation>
    </message>
    <message>
        <source>the bundled model</source>
        <translation>el modelo incluido</translation>
    </message>
    <message>
        <source>Your drawings database was made by a newer version of the app.</source>
        <translation>La base de datos de tus dibujos la creó una versión más reciente de la aplicación.</translation>
    </message>
    <message>
        <source>Your drawings database (%1) is damaged and cannot be moved aside.</source>
        <translation>La base de datos de tus dibujos (%1) está dañada y no se puede apartar.</translation>
    </message>
    <message>
        <source>The folder for your drawings (%1) cannot be created.</source>
        <translation>No se puede crear la carpeta de tus dibujos (%1).</translation>
    </message>
    <message>
        <source>The drawings could not be exported to %1 (%2).</source>
        <translation>No se pudieron exportar los dibujos a %1 (%2).</translation>
    </message>
    <message>
        <source>The archive %1 could not be written (%2).</source>
        <translation>No se pudo escribir el archivo %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>%1 is not a zip archive that can be read.</source>
        <translation>%1 no es un archivo zip legible.</translation>
    </message>
    <message>
        <source>The archive %1 cannot be read (%2).</source>
        <translation>No se puede leer el archivo %1 (%2).</translation>
    </message>
    <message>
        <source>There is no file or folder %1.</source>
        <translation>No existe ningún archivo ni carpeta %1.</translation>
    </message>
    <message>
        <source>There are too many images to import (at most %2). Nothing was imported.</source>
        <translation>Hay demasiadas imágenes para importar (como máximo %2). No se importó nada.</translation>
    </message>
    <message>
        <source>The archive is too large once unpacked (more than %2 MB). Nothing was imported.</source>
        <translation>El archivo es demasiado grande una vez descomprimido (más de %2 MB). No se importó nada.</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: no se puede leer (%2)</translation>
    </message>
    <message>
        <source>%1: larger than %2 MB</source>
        <translation>%1: mayor de %2 MB</translation>
    </message>
    <message>
        <source>%1: not an image that can be used</source>
        <translation>%1: no es una imagen utilizable</translation>
    </message>
    <message>
        <source>%1: its label %2 is damaged</source>
        <translation>%1: su etiqueta %2 está dañada</translation>
    </message>
    <message>
        <source>the database or its folder is read-only (%1)</source>
        <translation>la base de datos o su carpeta es de solo lectura (%1)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>another program is using the database</source>
        <translation>otro programa está usando la base de datos</translation>
    </message>
    <message>
        <source>the file %1 cannot be opened</source>
        <translation>no se puede abrir el archivo %1</translation>
    </message>
    <message>
        <source>The drawing could not be saved</source>
        <translation>No se pudo guardar el dibujo</translation>
    </message>
    <message>
        <source>The label could not be changed</source>
        <translation>No se pudo cambiar la etiqueta</translation>
    </message>
    <message>
        <source>The drawing could not be deleted</source>
        <translation>No se pudo borrar el dibujo</translation>
    </message>
    <message>
        <source>The drawing could not be brought back</source>
        <translation>No se pudo recuperar el dibujo</translation>
    </message>
    <message>
        <source>Deleted drawings could not be removed</source>
        <translation>No se pudieron eliminar los dibujos borrados</translation>
    </message>
    <message>
        <source>The drawings could not be imported</source>
        <translation>No se pudieron importar los dibujos</translation>
    </message>
    <message>
        <source>Your saved drawings could not be read</source>
        <translation>No se pudieron leer tus dibujos guardados</translation>
    </message>
    <message>
        <source>Your saved drawings cannot be changed</source>
        <translation>No se pueden cambiar tus dibujos guardados</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>not an image file that can be read</source>
        <translation>no es un archivo de imagen legible</translation>
    </message>
    <message>
        <source>the image has no pixels</source>
        <translation>la imagen no tiene píxeles</translation>
    </message>
    <message>
        <source>the file is incomplete (an unfinished download or copy?)</source>
        <translation>el archivo está incompleto (¿una descarga o una copia sin terminar?)</translation>
    </message>
    <message>
        <source>the picture in it is damaged and cannot be read</source>
        <translation>la imagen que contiene está dañada y no se puede leer</translation>
    </message>
    <message>
        <source>larger than %1 pixels</source>
        <translation>mayor de %1 píxeles</translation>
    </message>
    <message>
        <source>Cannot use &apos;%1&apos;: %2</source>
        <translation>No se puede usar «%1»: %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>the trainer gave no reason</source>
        <translation>el proceso de entrenamiento no dio ningún motivo</translation>
    </message>
    <message>
        <source>Something unexpected stopped the training: %1</source>
        <translation>Algo inesperado detuvo el entrenamiento: %1</translation>
    </message>
</context>
<context>
    <name>SamplesModel</name>
    <message>
        <source>Not a digit</source>
        <translation>No es un dígito</translation>
    </message>
    <message>
        <source>Drawing #%1: labelled not a digit
saved %4</source>
        <translation>Dibujo #%1: etiquetado como algo que no es un dígito
guardado %4</translation>
    </message>
    <message>
        <source>Drawing #%1: labelled not a digit, the network said %3
saved %4</source>
        <translation>Dibujo #%1: etiquetado como algo que no es un dígito, la red dijo %3
guardado %4</translation>
    </message>
    <message>
        <source>Drawing #%1: labelled %2
saved %4</source>
        <translation>Dibujo #%1: etiquetado %2
guardado %4</translation>
    </message>
    <message>
        <source>Drawing #%1: labelled %2, the network said %3
saved %4</source>
        <translation>Dibujo #%1: etiquetado %2, la red dijo %3
guardado %4</translation>
    </message>
    <message>
        <source>%1 (said %2)</source>
        <translation>%1 (dijo %2)</translation>
    </message>
</context>
<context>
    <name>SamplesView</name>
    <message>
        <source>none yet: %1</source>
        <translation>aún sin dibujos: %1</translation>
    </message>
    <message>
        <source>%1 — %2 in all</source>
        <translation>%1 — %2 en total</translation>
    </message>
    <message>
        <source>My drawings</source>
        <translation>Mis dibujos</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>&amp;Relabel as</source>
        <translation>&amp;Reetiquetar como</translation>
    </message>
    <message>
        <source>Give the selected drawings another label (keys 0-9, N)</source>
        <translation>Dar otra etiqueta a los dibujos seleccionados (teclas 0-9, N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo: %1 (%2)</source>
        <translation>Deshacer: %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Re&amp;hacer</translation>
    </message>
    <message>
        <source>Delete the selected drawings (%1)</source>
        <translation>Eliminar los dibujos seleccionados (%1)</translation>
    </message>
    <message>
        <source>All drawings</source>
        <translation>Todos los dibujos</translation>
    </message>
    <message>
        <source>A menu: the label to give the chosen drawings</source>
        <translation>Un menú: la etiqueta para los dibujos elegidos</translation>
    </message>
    <message>
        <source>A menu: the drawings shown, to a folder or a .zip archive</source>
        <translation>Un menú: los dibujos mostrados, a una carpeta o un archivo .zip</translation>
    </message>
    <message>
        <source>A menu: drawings from a folder or a .zip archive</source>
        <translation>Un menú: dibujos de una carpeta o un archivo .zip</translation>
    </message>
    <message>
        <source>Redo: %1 (%2)</source>
        <translation>Rehacer: %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>To a &amp;folder...</source>
        <translation>A una &amp;carpeta…</translation>
    </message>
    <message>
        <source>To a .&amp;zip file...</source>
        <translation>A un archivo .&amp;zip…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>From a &amp;folder...</source>
        <translation>Desde una &amp;carpeta…</translation>
    </message>
    <message>
        <source>From a .&amp;zip file...</source>
        <translation>Desde un archivo .&amp;zip…</translation>
    </message>
    <message numerus="yes">
        <source>%n drawing(s) shown</source>
        <translation>
            <numerusform>%Ln dibujo mostrado</numerusform>
            <numerusform>%Ln dibujos mostrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your drawings database was damaged. It was kept as %1 and a new one was started; %n drawing(s) could be recovered.</source>
        <translation>
            <numerusform>La base de datos de tus dibujos estaba dañada. Se conservó como %1 y se empezó una nueva; se pudo recuperar %Ln dibujo.</numerusform>
            <numerusform>La base de datos de tus dibujos estaba dañada. Se conservó como %1 y se empezó una nueva; se pudieron recuperar %Ln dibujos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your drawings can be viewed but not changed.</source>
        <translation>Tus dibujos se pueden ver, pero no cambiar.</translation>
    </message>
    <message>
        <source>No drawings yet. Correct a reading, or press “Right: keep it”, to keep it here.</source>
        <translation>Aún no hay dibujos. Corrige una lectura o pulsa «Correcto: guardar» para guardarlo aquí.</translation>
    </message>
    <message>
        <source>No drawings taught as not a digit.</source>
        <translation>No hay dibujos enseñados como algo que no es un dígito.</translation>
    </message>
    <message>
        <source>No drawings labelled %1.</source>
        <translation>No hay dibujos etiquetados como %1.</translation>
    </message>
    <message numerus="yes">
        <source>Relabel %n drawing(s) as not a digit</source>
        <translation>
            <numerusform>reetiquetar %Ln dibujo como algo que no es un dígito</numerusform>
            <numerusform>reetiquetar %Ln dibujos como algo que no es un dígito</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relabelled %n drawing(s) as not a digit. Ctrl+Z takes it back.</source>
        <translation>
            <numerusform>%Ln dibujo reetiquetado como algo que no es un dígito. Ctrl+Z lo deshace.</numerusform>
            <numerusform>%Ln dibujos reetiquetados como algo que no es un dígito. Ctrl+Z lo deshace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relabel %n drawing(s) as %1</source>
        <translation>
            <numerusform>reetiquetar %Ln dibujo como %1</numerusform>
            <numerusform>reetiquetar %Ln dibujos como %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relabelled %n drawing(s) as %1. Ctrl+Z takes it back.</source>
        <translation>
            <numerusform>%Ln dibujo reetiquetado como %1. Ctrl+Z lo deshace.</numerusform>
            <numerusform>%Ln dibujos reetiquetados como %1. Ctrl+Z lo deshace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n drawing(s)</source>
        <translation>
            <numerusform>eliminar %Ln dibujo</numerusform>
            <numerusform>eliminar %Ln dibujos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n drawing(s). Ctrl+Z brings them back (for %1 minutes).</source>
        <translation>
            <numerusform>%Ln dibujo eliminado. Ctrl+Z lo recupera (durante %1 minutos).</numerusform>
            <numerusform>%Ln dibujos eliminados. Ctrl+Z los recupera (durante %1 minutos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n drawing(s). Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%Ln dibujo eliminado. Ctrl+Z lo recupera.</numerusform>
            <numerusform>%Ln dibujos eliminados. Ctrl+Z los recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Deshecho: «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n drawing(s) to %1</source>
        <translation>
            <numerusform>%Ln dibujo exportado a %1</numerusform>
            <numerusform>%Ln dibujos exportados a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Your drawings cannot be opened</source>
        <translation>No se pueden abrir tus dibujos</translation>
    </message>
    <message>
        <source>%1: no digit label</source>
        <translation>%1: sin etiqueta de dígito</translation>
    </message>
    <message>
        <source>Export drawings to folder</source>
        <translation>Exportar los dibujos a una carpeta</translation>
    </message>
    <message>
        <source>Export drawings</source>
        <translation>Exportar los dibujos</translation>
    </message>
    <message>
        <source>my-digits.zip</source>
        <translation>mis-digitos.zip</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <source>Import drawings from folder</source>
        <translation>Importar dibujos desde una carpeta</translation>
    </message>
    <message>
        <source>Import drawings</source>
        <translation>Importar dibujos</translation>
    </message>
    <message>
        <source>Zip archives (*.zip);;All files (*)</source>
        <translation>Archivos zip (*.zip);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>MNIST test image · true label %1</source>
        <translation>Imagen de prueba de MNIST · dígito real %1</translation>
    </message>
    <message>
        <source>The canvas</source>
        <translation>El lienzo</translation>
    </message>
    <message>
        <source>The canvas · digit %1 of %2</source>
        <translation>El lienzo · dígito %1 de %2</translation>
    </message>
    <message>
        <source>Some checkpoints could not be loaded</source>
        <translation>No se pudieron cargar algunos modelos guardados</translation>
    </message>
    <message>
        <source>%1 is the model in use: use another one first</source>
        <translation>%1 es el modelo en uso: usa otro primero</translation>
    </message>
    <message>
        <source>Loading model...</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <source>bundled model</source>
        <translation>modelo incluido</translation>
    </message>
    <message>
        <source>your fine-tune</source>
        <translation>tu modelo afinado</translation>
    </message>
    <message>
        <source>your retrain</source>
        <translation>tu modelo reentrenado</translation>
    </message>
    <message>
        <source>MNIST test accuracy %1</source>
        <translation>precisión en la prueba de MNIST %1</translation>
    </message>
    <message>
        <source>accuracy ?</source>
        <translation>precisión ?</translation>
    </message>
    <message>
        <source>Model: %1 · %2 · %3</source>
        <translation>Modelo: %1 · %2 · %3</translation>
    </message>
    <message>
        <source>MNIST could not be loaded</source>
        <translation>No se pudo cargar MNIST</translation>
    </message>
    <message>
        <source>Saved drawings database was damaged</source>
        <translation>La base de datos de dibujos guardados estaba dañada</translation>
    </message>
    <message numerus="yes">
        <source>It was kept aside as %1; %n drawing(s) were recovered into a new one.</source>
        <translation>
            <numerusform>Se apartó como %1; se recuperó %Ln dibujo en una nueva.</numerusform>
            <numerusform>Se apartó como %1; se recuperaron %Ln dibujos en una nueva.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your drawings cannot be saved</source>
        <translation>No se pueden guardar tus dibujos</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <source>Save the drawing (or the selected digit) as that digit: &quot;Wrong? It&apos;s a&quot; by key</source>
        <translation>Guardar el dibujo (o el dígito seleccionado) como ese dígito: «¿Error? Es un» con el teclado</translation>
    </message>
    <message>
        <source>Not a digit: save the drawing (or the selected digit) as not a digit</source>
        <translation>No es un dígito: guardar el dibujo (o el dígito seleccionado) como algo que no es un dígito</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>“Right: keep it”: the reading is right, keep the drawing as it was read</source>
        <translation>«Correcto: guardar»: la lectura es correcta, conservar el dibujo tal como se leyó</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close the message or the open settings; from another control, back to the canvas (Delete clears it)</source>
        <translation>Cerrar el mensaje o los ajustes abiertos; desde otro control, volver al lienzo (Supr lo borra)</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Mayúsculas+Tab</translation>
    </message>
    <message>
        <source>Go to the next / previous control</source>
        <translation>Ir al control siguiente / anterior</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Press the button that has the keyboard</source>
        <translation>Pulsar el botón que tiene el foco del teclado</translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation>Izquierda / Derecha</translation>
    </message>
    <message>
        <source>Go to the previous / next digit tile of a number and show it</source>
        <translation>Ir a la ficha de dígito anterior / siguiente de un número y mostrarla</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + letra subrayada</translation>
    </message>
    <message>
        <source>Open a menu (Alt+M, R: Model › Retrain)</source>
        <translation>Abrir un menú (Alt+M, R: Modelo › Reentrenar)</translation>
    </message>
    <message>
        <source>Models: rename the chosen model</source>
        <translation>Modelos: cambiar el nombre del modelo elegido</translation>
    </message>
    <message>
        <source>Arrows, Enter</source>
        <translation>Flechas, Intro</translation>
    </message>
    <message>
        <source>Look inside, the test-set explorer: go from map to map or image to image; Enter opens it</source>
        <translation>Mirar dentro, explorador del conjunto de prueba: de mapa en mapa o de imagen en imagen; Intro lo abre</translation>
    </message>
    <message>
        <source>Page Up / Page Down</source>
        <translation>Re Pág / Av Pág</translation>
    </message>
    <message>
        <source>Test-set explorer: the previous / next page</source>
        <translation>Explorador del conjunto de prueba: página anterior / siguiente</translation>
    </message>
    <message>
        <source>0 … 9, N, Del</source>
        <translation>0 … 9, N, Supr</translation>
    </message>
    <message>
        <source>My drawings: relabel or delete the chosen drawings (Ctrl+Z takes it back)</source>
        <translation>Mis dibujos: cambiar la etiqueta de los elegidos o eliminarlos (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <source>Close Look inside, the test-set explorer, My drawings, Models or this window</source>
        <translation>Cerrar Mirar dentro, el explorador del conjunto de prueba, Mis dibujos, Modelos o esta ventana</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Every action of the menus, and the keys of the canvas.</source>
        <translation>Todas las acciones de los menús y las teclas del lienzo.</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Draw a digit on the canvas: the ink that mattered lights up here</source>
        <translation>Dibuja un dígito en el lienzo: la tinta que importó se ilumina aquí</translation>
    </message>
    <message>
        <source>Bright: the ink that made the network more sure of this digit. Ink that is missing cannot show.</source>
        <translation>Zonas claras: la tinta que hizo que la red estuviera más segura de este dígito. La tinta que falta no puede aparecer.</translation>
    </message>
    <message>
        <source>Method: gradient × input (positive part) of the digit&apos;s log-probability.</source>
        <translation>Método: gradiente × entrada (parte positiva) de la log-probabilidad del dígito.</translation>
    </message>
    <message>
        <source>Selected map</source>
        <translation>Mapa seleccionado</translation>
    </message>
    <message>
        <source>Click a map (or Tab to a layer and use the arrow keys) to enlarge it.</source>
        <translation>Haz clic en un mapa (o ve con Tab a una capa y usa las flechas) para ampliarlo.</translation>
    </message>
    <message>
        <source>Click a map in Layers to enlarge it here</source>
        <translation>Haz clic en un mapa de Capas para ampliarlo aquí</translation>
    </message>
    <message>
        <source>The input pixels the strongest position can see</source>
        <translation>Los píxeles de entrada que ve la posición más fuerte</translation>
    </message>
    <message>
        <source>the most likely</source>
        <translation>el más probable</translation>
    </message>
    <message>
        <source>What mattered, and the chosen map</source>
        <translation>Lo que importó, y el mapa elegido</translation>
    </message>
    <message>
        <source>What mattered</source>
        <translation>Lo que importó</translation>
    </message>
    <message>
        <source>What mattered for</source>
        <translation>Lo que importó para</translation>
    </message>
    <message>
        <source>What mattered for the digit the network picks</source>
        <translation>Lo que importó para el dígito que elige la red</translation>
    </message>
    <message>
        <source>Toward</source>
        <translation>Hacia</translation>
    </message>
    <message>
        <source>or</source>
        <translation>o</translation>
    </message>
    <message>
        <source>Which ink speaks for %1</source>
        <translation>Qué tinta habla a favor de %1</translation>
    </message>
    <message>
        <source>Toward %1</source>
        <translation>Hacia %1</translation>
    </message>
    <message>
        <source>the most likely (%1)</source>
        <translation>el más probable (%1)</translation>
    </message>
    <message>
        <source>the most likely digit</source>
        <translation>el dígito más probable</translation>
    </message>
    <message>
        <source>your pick</source>
        <translation>tu elección</translation>
    </message>
    <message>
        <source>Ink that pushed the network toward %1 (%2, %3 sure)</source>
        <translation>Tinta que empujó la red hacia el %1 (%2, %3 de seguridad)</translation>
    </message>
    <message>
        <source>%1, map %2: click a cell (or use the arrow keys) to see how it is computed.</source>
        <translation>%1, mapa %2: haz clic en una celda (o usa las flechas) para ver cómo se calcula.</translation>
    </message>
    <message>
        <source>The image, its %1 by %2 pixels that the cell sees marked: rows %3 to %4, columns %5 to %6</source>
        <translation>La imagen, con marcados los %1 por %2 píxeles que ve la celda: filas %3 a %4, columnas %5 a %6</translation>
    </message>
    <message numerus="yes">
        <source>Left: the part of the image the chosen cell sees. Right: the %n kernel(s) of 3 by 3 weights that make map %1, one per map it reads (blue: negative, red: positive).</source>
        <translation>
            <numerusform>Izquierda: la parte de la imagen que ve la celda elegida. Derecha: el núcleo de 3 por 3 pesos que produce el mapa %1 (azul: negativo, rojo: positivo).</numerusform>
            <numerusform>Izquierda: la parte de la imagen que ve la celda elegida. Derecha: los %Ln núcleos de 3 por 3 pesos que producen el mapa %1, uno por cada mapa que lee (azul: negativo, rojo: positivo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n kernel(s) of 3 by 3 weights behind map %1 (blue: negative, red: positive).</source>
        <translation>
            <numerusform>El núcleo de 3 por 3 pesos detrás del mapa %1 (azul: negativo, rojo: positivo).</numerusform>
            <numerusform>Los %Ln núcleos de 3 por 3 pesos detrás del mapa %1 (azul: negativo, rojo: positivo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This layer has no kernels: each cell is the largest of a 2 by 2 window of map %1 %2, made by these %n kernel(s) (blue: negative weights, red: positive).</source>
        <translation>
            <numerusform>Esta capa no tiene núcleos: cada celda es el mayor valor de una ventana de 2 por 2 del mapa %1 %2, producido por este núcleo (azul: pesos negativos, rojo: positivos).</numerusform>
            <numerusform>Esta capa no tiene núcleos: cada celda es el mayor valor de una ventana de 2 por 2 del mapa %1 %2, producido por estos %Ln núcleos (azul: pesos negativos, rojo: positivos).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeachRow</name>
    <message>
        <source>an %1</source>
        <translation>un %1</translation>
    </message>
    <message>
        <source>a %1</source>
        <translation>un %1</translation>
    </message>
    <message>
        <source>Wrong? It&apos;s a</source>
        <translation>¿Error? Es un</translation>
    </message>
    <message>
        <source>Save this drawing as %1 (key %2)</source>
        <translation>Guardar este dibujo como %1 (tecla %2)</translation>
    </message>
    <message>
        <source>Not a digit</source>
        <translation>No es un dígito</translation>
    </message>
    <message>
        <source>Right: keep it</source>
        <translation>Correcto: guardar</translation>
    </message>
    <message>
        <source>or</source>
        <translation>o</translation>
    </message>
    <message>
        <source>The reading is right: keep the drawing (Enter)</source>
        <translation>La lectura es correcta: conservar el dibujo (Intro)</translation>
    </message>
    <message>
        <source>Save digit %3 of %4 as %1 (key %2)</source>
        <translation>Guardar el dígito %3 de %4 como %1 (tecla %2)</translation>
    </message>
    <message>
        <source>Save this drawing as not a digit (key %1)</source>
        <translation>Guardar este dibujo como algo que no es un dígito (tecla %1)</translation>
    </message>
    <message>
        <source>Save digit %1 of %2 as not a digit (key %3)</source>
        <translation>Guardar el dígito %1 de %2 como algo que no es un dígito (tecla %3)</translation>
    </message>
</context>
<context>
    <name>Teaching</name>
    <message>
        <source>The drawing could not be saved</source>
        <translation>No se pudo guardar el dibujo</translation>
    </message>
    <message>
        <source>Draw a digit first</source>
        <translation>Dibuja primero un dígito</translation>
    </message>
    <message>
        <source>Saved digit %1 of %2 as not a digit</source>
        <translation>Dígito %1 de %2 guardado como algo que no es un dígito</translation>
    </message>
    <message>
        <source>Saved digit %1 of %2 as %3</source>
        <translation>Dígito %1 de %2 guardado como %3</translation>
    </message>
    <message>
        <source>Saved as not a digit</source>
        <translation>Guardado como algo que no es un dígito</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Guardado como %1</translation>
    </message>
    <message>
        <source>Not read as a digit: choose the digit it is (its button or key), or Not a digit (N)</source>
        <translation>No se leyó como dígito: elige el dígito que es (su botón o tecla) o No es un dígito (N)</translation>
    </message>
    <message>
        <source>Every digit of this number is saved already</source>
        <translation>Todos los dígitos de este número ya están guardados</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 as %n examples</source>
        <translation>
            <numerusform>%1 guardado como %Ln ejemplo</numerusform>
            <numerusform>%1 guardado como %Ln ejemplos</numerusform>
        </translation>
    </message>
    <message>
        <source>A test image is not kept as a drawing: trained on, it would make the test score meaningless</source>
        <translation>Una imagen de prueba no se guarda como dibujo: si se entrenara con ella, la precisión en el conjunto de prueba no valdría nada</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n drawing(s) of yours</source>
        <translation>
            <numerusform>%1 · %Ln dibujo tuyo</numerusform>
            <numerusform>%1 · %Ln dibujos tuyos</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Save undone: the drawing is no longer kept</source>
        <translation>Guardado deshecho: el dibujo ya no se conserva</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <source>Loading MNIST</source>
        <translation>Cargando MNIST</translation>
    </message>
    <message>
        <source>Preparing the training data</source>
        <translation>Preparando los datos de entrenamiento</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenando</translation>
    </message>
    <message>
        <source>Saving checkpoint</source>
        <translation>Guardando el modelo</translation>
    </message>
    <message>
        <source>%1...</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Training was stopped before it finished.</source>
        <translation>El entrenamiento se detuvo antes de terminar.</translation>
    </message>
    <message>
        <source>Training ended unexpectedly (exit code %1) before it finished.</source>
        <translation>El entrenamiento terminó de forma inesperada (código de salida %1) antes de acabar.</translation>
    </message>
    <message>
        <source>Its last words: %1</source>
        <translation>Sus últimas palabras: %1</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Invalid training settings</source>
        <translation>Ajustes de entrenamiento no válidos</translation>
    </message>
    <message>
        <source>No drawings yet</source>
        <translation>Aún no hay dibujos</translation>
    </message>
    <message>
        <source>Correct a few predictions first: they are what fine-tuning learns from.</source>
        <translation>Corrige primero algunas predicciones: de ellas aprende el afinado.</translation>
    </message>
    <message>
        <source>Cancelled: the model in use has not changed</source>
        <translation>Cancelado: el modelo en uso no ha cambiado</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>Training stopped: the model in use has not changed</source>
        <translation>Entrenamiento detenido: el modelo en uso no ha cambiado</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>Entrenamiento detenido</translation>
    </message>
    <message>
        <source>The model in use has not changed.</source>
        <translation>El modelo en uso no ha cambiado.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Using the bundled model again; your trained models are kept</source>
        <translation>De nuevo en uso el modelo incluido; tus modelos entrenados se conservan</translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <source>the trainer wrote its checkpoint to an unexpected place (%1)</source>
        <translation>el proceso de entrenamiento escribió su modelo en un lugar inesperado (%1)</translation>
    </message>
    <message>
        <source>The new checkpoint could not be used: %1</source>
        <translation>No se pudo usar el nuevo modelo: %1</translation>
    </message>
    <message>
        <source>The trainer could not be started: %1</source>
        <translation>No se pudo iniciar el proceso de entrenamiento: %1</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>precisión de prueba</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>Training chart: loss and test accuracy by epoch</source>
        <translation>Gráfico del entrenamiento: pérdida y precisión de prueba por época</translation>
    </message>
    <message>
        <source>No training run yet.</source>
        <translation>Aún no hay ningún entrenamiento.</translation>
    </message>
    <message>
        <source>After epoch %1: test accuracy %2, loss %3</source>
        <translation>Tras la época %1: precisión de prueba %2, pérdida %3</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Augment (rotate, scale, thicken)</source>
        <translation>Aumentar datos (rotar, escalar, engrosar)</translation>
    </message>
    <message>
        <source>Include my saved drawings</source>
        <translation>Incluir mis dibujos guardados</translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation>Reentrenar</translation>
    </message>
    <message>
        <source>Train the network on MNIST with these settings</source>
        <translation>Entrenar la red con MNIST con estos ajustes</translation>
    </message>
    <message>
        <source>Fine-tune on my drawings</source>
        <translation>Afinar con mis dibujos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop this run: the model in use stays</source>
        <translation>Detener este entrenamiento: el modelo en uso se queda</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Show or hide the training settings: epochs, batch, rate, data</source>
        <translation>Mostrar u ocultar los ajustes del entrenamiento: épocas, lote, tasa, datos</translation>
    </message>
    <message>
        <source>How many times training goes through all the training digits: more take longer and usually read a little better</source>
        <translation>Cuántas veces recorre el entrenamiento todos los dígitos de entrenamiento: más tardan más y suelen leer algo mejor</translation>
    </message>
    <message>
        <source>How many digits the network looks at before each small change to what it has learned</source>
        <translation>Cuántos dígitos mira la red antes de cada pequeño cambio en lo que ha aprendido</translation>
    </message>
    <message>
        <source>How big each change is: too big and training jumps about, too small and it crawls</source>
        <translation>Lo grande que es cada cambio: si es demasiado grande el entrenamiento da saltos; si es demasiado pequeño, avanza muy despacio</translation>
    </message>
    <message>
        <source>Each training digit is also shown turned, scaled or thickened a little, as people&apos;s writing varies</source>
        <translation>Cada dígito de entrenamiento se muestra también algo girado, escalado o engrosado, porque la letra de cada persona varía</translation>
    </message>
    <message>
        <source>Your saved drawings are learned from too, with MNIST&apos;s digits</source>
        <translation>También se aprende de tus dibujos guardados, junto con los dígitos de MNIST</translation>
    </message>
    <message>
        <source>A short run that teaches the model in use your saved drawings</source>
        <translation>Un entrenamiento corto que enseña al modelo en uso tus dibujos guardados</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>Iniciando…</translation>
    </message>
    <message numerus="yes">
        <source>Training started: %n epoch(s)</source>
        <translation>
            <numerusform>Entrenamiento iniciado: %Ln época</numerusform>
            <numerusform>Entrenamiento iniciado: %Ln épocas</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Training: %1</source>
        <translation>Entrenamiento: %1</translation>
    </message>
    <message>
        <source>Epoch %1/%2</source>
        <translation>Época %1/%2</translation>
    </message>
    <message>
        <source>loss %1 · %2 images/s · %3 elapsed · %4</source>
        <translation>pérdida %1 · %2 imágenes/s · %3 transcurrido · %4</translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation>estimando el tiempo restante</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>Epoch %1/%2: test accuracy %3</source>
        <translation>Época %1/%2: precisión de prueba %3</translation>
    </message>
</context>
<context>
    <name>WindowAccess</name>
    <message>
        <source>Draw a digit or a number with the mouse, a pen or a finger, or open a picture (Ctrl+O) or paste one (Ctrl+V). Keys 0 to 9 save the drawing as that digit, N as not a digit, Enter keeps it as an example, Delete clears it.</source>
        <translation>Dibuja un dígito o un número con el ratón, un lápiz o el dedo, o abre una imagen (Ctrl+O) o pega una (Ctrl+V). Las teclas 0 a 9 guardan el dibujo como ese dígito, N como algo que no es un dígito, Intro lo guarda como ejemplo y Supr lo borra.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>No answer: the canvas is blank.</source>
        <translation>Sin respuesta: el lienzo está en blanco.</translation>
    </message>
    <message>
        <source>Not a digit: %1.</source>
        <translation>No es un dígito: %1.</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>No es un número.</translation>
    </message>
    <message>
        <source>Read as the number %1, %2 sure.</source>
        <translation>Leído como el número %1, con %2 de seguridad.</translation>
    </message>
    <message>
        <source>Read as %1, %2 sure.</source>
        <translation>Leído como %1, con %2 de seguridad.</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Training settings, their presets, and the language</source>
        <translation>Ajustes de entrenamiento, sus recetas y el idioma</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Drawing canvas</source>
        <translation>Lienzo de dibujo</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Answer and training</source>
        <translation>Respuesta y entrenamiento</translation>
    </message>
    <message>
        <source>Digits of the number</source>
        <translation>Dígitos del número</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation>Grosor del lápiz</translation>
    </message>
    <message>
        <source>The width of the pen in pixels</source>
        <translation>El grosor del lápiz en píxeles</translation>
    </message>
    <message>
        <source>Wrong? It&apos;s a</source>
        <translation>¿Error? Es un</translation>
    </message>
    <message>
        <source>It&apos;s %1</source>
        <translation>Es %1</translation>
    </message>
    <message>
        <source>Not a digit</source>
        <translation>No es un dígito</translation>
    </message>
    <message>
        <source>Right: keep it</source>
        <translation>Correcto: guardar</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Progreso del entrenamiento</translation>
    </message>
    <message>
        <source>Training status</source>
        <translation>Estado del entrenamiento</translation>
    </message>
    <message>
        <source>Training details</source>
        <translation>Detalles del entrenamiento</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>Ajustes de entrenamiento</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Receta</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Más herramientas</translation>
    </message>
    <message>
        <source>Not a digit: %1. Space shows its histogram.</source>
        <translation>No es un dígito: %1. Espacio muestra su histograma.</translation>
    </message>
    <message>
        <source>Read as %1, %2 sure. Space shows its histogram.</source>
        <translation>Leído como %1, %2 de seguridad. Espacio muestra su histograma.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Guardado como %1.</translation>
    </message>
    <message>
        <source>not a digit</source>
        <translation>no es un dígito</translation>
    </message>
    <message>
        <source>Digit %1 of %2</source>
        <translation>Dígito %1 de %2</translation>
    </message>
</context>
</TS>
