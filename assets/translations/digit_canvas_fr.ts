<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>About</name>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Aucun modèle n&apos;est encore chargé.</translation>
    </message>
    <message>
        <source>The bundled model</source>
        <translation>Le modèle fourni</translation>
    </message>
    <message>
        <source>Your model</source>
        <translation>Votre modèle</translation>
    </message>
    <message>
        <source>trained %1</source>
        <translation>entraîné le %1</translation>
    </message>
    <message>
        <source>%1 right on MNIST&apos;s test digits</source>
        <translation>%1 de réponses justes sur les chiffres de test de MNIST</translation>
    </message>
    <message>
        <source>(cosine schedule)</source>
        <translation>(décroissance en cosinus)</translation>
    </message>
    <message>
        <source>(constant schedule)</source>
        <translation>(constant)</translation>
    </message>
    <message>
        <source>for one epoch</source>
        <translation>pendant une époque</translation>
    </message>
    <message>
        <source>for %1 epochs</source>
        <translation>pendant %1 époques</translation>
    </message>
    <message>
        <source>in batches of %1</source>
        <translation>par lots de %1</translation>
    </message>
    <message>
        <source>learning rate %1</source>
        <translation>taux d&apos;apprentissage %1</translation>
    </message>
    <message>
        <source>with augmented digits</source>
        <translation>avec des chiffres variés</translation>
    </message>
    <message>
        <source>without augmentation</source>
        <translation>sans variation</translation>
    </message>
    <message>
        <source>It learned %1.</source>
        <translation>Il a appris %1.</translation>
    </message>
    <message>
        <source>Draw a digit or a number; a small neural network (a ConvNet written with TensorFlow&apos;s low-level API) reads it. Correct it, and teach it your handwriting.</source>
        <translation>Dessinez un chiffre ou un nombre&#xa0;; un petit réseau de neurones (un ConvNet écrit avec l&apos;API bas niveau de TensorFlow) le lit. Corrigez-le et apprenez-lui votre écriture.</translation>
    </message>
    <message>
        <source>%1 licence · © 2026 the Digit Canvas authors</source>
        <translation>Licence %1 · © 2026 les auteurs de Digit Canvas</translation>
    </message>
    <message>
        <source>About Digit Canvas</source>
        <translation>À propos de Digit Canvas</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>No probabilities yet: draw a digit on the canvas.</source>
        <translation>Pas encore de probabilités&#xa0;: dessinez un chiffre dans la zone de dessin.</translation>
    </message>
    <message>
        <source>Empty. %1.</source>
        <translation>Vide. %1.</translation>
    </message>
    <message>
        <source>Empty: nothing drawn yet.</source>
        <translation>Vide&#xa0;: rien n&apos;est encore dessiné.</translation>
    </message>
    <message>
        <source>Empty: no ink.</source>
        <translation>Vide&#xa0;: pas d&apos;encre.</translation>
    </message>
    <message>
        <source>%1 of %2 pixels have ink.</source>
        <translation>%1 pixels sur %2 ont de l&apos;encre.</translation>
    </message>
    <message>
        <source>Where the drawing mattered to the answer</source>
        <translation>Là où le dessin a compté pour la réponse</translation>
    </message>
    <message>
        <source>The chosen map, enlarged</source>
        <translation>La carte choisie, agrandie</translation>
    </message>
    <message>
        <source>The part of the input the chosen cell sees</source>
        <translation>La partie de l&apos;entrée que voit la case choisie</translation>
    </message>
    <message>
        <source>The filters that made the chosen map</source>
        <translation>Les filtres qui ont produit la carte choisie</translation>
    </message>
    <message>
        <source>Empty: draw a digit to see this layer.</source>
        <translation>Vide&#xa0;: dessinez un chiffre pour voir cette couche.</translation>
    </message>
    <message>
        <source>One map of %2 by %3 cells.</source>
        <translation>Une carte de %2 sur %3 cases.</translation>
    </message>
    <message>
        <source>%1 maps of %2 by %3 cells; the strongest is map %4.</source>
        <translation>%1 cartes de %2 sur %3 cases&#xa0;; la plus forte est la carte %4.</translation>
    </message>
    <message>
        <source>Click a map, or choose one with the arrow keys, to see it enlarged.</source>
        <translation>Cliquez sur une carte, ou choisissez-en une avec les flèches, pour la voir en grand.</translation>
    </message>
    <message>
        <source>No images on this page.</source>
        <translation>Aucune image sur cette page.</translation>
    </message>
    <message>
        <source>One image on this page.</source>
        <translation>Une image sur cette page.</translation>
    </message>
    <message>
        <source>%1 images on this page.</source>
        <translation>%1 images sur cette page.</translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>Sélection&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Arrows choose an image; Enter shows it in the main window.</source>
        <translation>Les flèches choisissent une image&#xa0;; Entrée l&apos;affiche dans la fenêtre principale.</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>Pas encore de résultats.</translation>
    </message>
    <message>
        <source>%1 right of %2 test digits.</source>
        <translation>%1 de réponses justes sur %2 chiffres de test.</translation>
    </message>
    <message>
        <source>%1 read as %2 (%3 times)</source>
        <translation>%1 lu comme %2 (%3 fois)</translation>
    </message>
    <message>
        <source>Most common mistakes: %1.</source>
        <translation>Erreurs les plus fréquentes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Arrows move from cell to cell; Enter shows a cell&apos;s images.</source>
        <translation>Les flèches vont de case en case&#xa0;; Entrée affiche les images de la case.</translation>
    </message>
    <message>
        <source>Scroll bar</source>
        <translation>Barre de défilement</translation>
    </message>
    <message>
        <source>Divider: drag to resize the panels</source>
        <translation>Séparateur&#xa0;: faites-le glisser pour redimensionner les panneaux</translation>
    </message>
    <message>
        <source>Resize the window</source>
        <translation>Redimensionner la fenêtre</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>%1, map %2, %3 by %4 cells. Chosen cell: row %5, column %6, value %7.</source>
        <translation>%1, carte %2, %3 sur %4 cases. Case choisie&#xa0;: ligne %5, colonne %6, valeur %7.</translation>
    </message>
    <message>
        <source>The strongest of the map.</source>
        <translation>La plus forte de la carte.</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Adoption</name>
    <message>
        <source>Done: the new model is kept; the model in use has not changed</source>
        <translation>Terminé&#xa0;: le nouveau modèle est gardé&#xa0;; le modèle utilisé n&apos;a pas changé</translation>
    </message>
    <message>
        <source>Kept your current model%1%2. Use the new one anyway?</source>
        <translation>Votre modèle actuel est gardé%1%2. Utiliser quand même le nouveau&#xa0;?</translation>
    </message>
    <message>
        <source>Use the new one</source>
        <translation>Utiliser le nouveau</translation>
    </message>
    <message>
        <source>Now using the new model%1%2</source>
        <translation>Le nouveau modèle est maintenant utilisé%1%2</translation>
    </message>
    <message>
        <source>%1 more right than the new one</source>
        <translation>%1 de plus que le nouveau</translation>
    </message>
    <message>
        <source>%1 more right than the previous one</source>
        <translation>%1 de plus que le précédent</translation>
    </message>
    <message>
        <source>%1 fewer right than the new one</source>
        <translation>%1 de moins que le nouveau</translation>
    </message>
    <message>
        <source>%1 fewer right than the previous one</source>
        <translation>%1 de moins que le précédent</translation>
    </message>
    <message>
        <source>as many right as the new one</source>
        <translation>autant que le nouveau</translation>
    </message>
    <message>
        <source>as many right as the previous one</source>
        <translation>autant que le précédent</translation>
    </message>
    <message>
        <source>%1 fewer right than the previous one, a difference within chance</source>
        <translation>%1 de moins que le précédent, une différence qui peut être due au hasard</translation>
    </message>
    <message>
        <source>: of %1 digits set aside from training, it reads %2</source>
        <translation>&#xa0;: sur %1 chiffres écartés de l&apos;entraînement, il en lit bien %2</translation>
    </message>
    <message>
        <source>chosen on the digits set aside from training; the test digits are kept for measuring</source>
        <translation>choisi sur les chiffres écartés de l&apos;entraînement&#xa0;; les chiffres de test sont gardés pour mesurer</translation>
    </message>
    <message>
        <source>Done: the new model&apos;s test accuracy %1</source>
        <translation>Terminé&#xa0;: précision au test du nouveau modèle %1</translation>
    </message>
    <message>
        <source>(%1 points)</source>
        <translation>(%1 points)</translation>
    </message>
    <message>
        <source>your drawings (trained on): %1</source>
        <translation>vos dessins (appris pendant l&apos;entraînement)&#xa0;: %1</translation>
    </message>
    <message>
        <source>On your drawings, the new model reads %1 of %2 right, the one in use %3 of %2</source>
        <translation>Sur vos dessins, le nouveau modèle en lit bien %1 sur %2, celui utilisé %3 sur %2</translation>
    </message>
    <message>
        <source>On your drawings, the new model reads %1 of %2 right, the previous one %3 of %2</source>
        <translation>Sur vos dessins, le nouveau modèle en lit bien %1 sur %2, le précédent %3 sur %2</translation>
    </message>
    <message>
        <source>kept your current model</source>
        <translation>votre modèle actuel est gardé</translation>
    </message>
    <message>
        <source>The new model cannot be used: %1</source>
        <translation>Le nouveau modèle ne peut pas être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Now using the new model</source>
        <translation>Le nouveau modèle est maintenant utilisé</translation>
    </message>
</context>
<context>
    <name>CellView</name>
    <message>
        <source>How the chosen cell is computed</source>
        <translation>Comment la case choisie est calculée</translation>
    </message>
    <message>
        <source>Click a cell of the enlarged map (or use the arrow keys there) to see how it is computed.</source>
        <translation>Cliquez sur une case de la carte agrandie (ou utilisez-y les flèches) pour voir comment elle est calculée.</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <source>No results yet</source>
        <translation>Pas encore de résultats</translation>
    </message>
    <message>
        <source>Confusion matrix: rows are the true digits, columns what the network read</source>
        <translation>Matrice de confusion&#xa0;: les lignes sont les vrais chiffres, les colonnes ce que le réseau a lu</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>précision</translation>
    </message>
    <message>
        <source>right</source>
        <translation>juste</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>faux</translation>
    </message>
    <message>
        <source>stronger colour = more (log scale)</source>
        <translation>couleur plus forte = plus d&apos;images (échelle logarithmique)</translation>
    </message>
    <message>
        <source>predicted digit →</source>
        <translation>chiffre prédit →</translation>
    </message>
    <message>
        <source>← true digit</source>
        <translation>← vrai chiffre</translation>
    </message>
    <message numerus="yes">
        <source>true %1, predicted %2: %n image(s)</source>
        <translation>
            <numerusform>vrai %1, prédit %2&#xa0;: %Ln image</numerusform>
            <numerusform>vrai %1, prédit %2&#xa0;: %Ln images</numerusform>
        </translation>
    </message>
    <message>
        <source>(%3 of the %1s)</source>
        <translation>(%3 des %1)</translation>
    </message>
    <message>
        <source>Enter shows them</source>
        <translation>Entrée les affiche</translation>
    </message>
    <message>
        <source>click to show them</source>
        <translation>cliquez pour les afficher</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Draw a digit or a number</source>
        <translation>Dessinez un chiffre ou un nombre</translation>
    </message>
    <message>
        <source>Drawing canvas</source>
        <translation>Zone de dessin</translation>
    </message>
    <message>
        <source>Draw a digit or a number with the mouse, a pen or a finger. Keys 0 to 9 save the drawing as that digit, N as not a digit, Enter keeps it as an example, Delete clears it.</source>
        <translation>Dessinez un chiffre ou un nombre avec la souris, un stylet ou le doigt. Les touches 0 à 9 enregistrent le dessin comme ce chiffre, N comme n&apos;étant pas un chiffre, Entrée le garde comme exemple, Suppr l&apos;efface.</translation>
    </message>
</context>
<context>
    <name>ExplorerWindow</name>
    <message>
        <source>MNIST test set</source>
        <translation>Chiffres de test MNIST</translation>
    </message>
    <message>
        <source>Loading the MNIST test set (%1 digits)…</source>
        <translation>Chargement des %1 chiffres de test MNIST…</translation>
    </message>
    <message>
        <source>Waiting for the model…</source>
        <translation>En attente du modèle…</translation>
    </message>
    <message>
        <source>Evaluating %1 test images…</source>
        <translation>Évaluation de %1 images de test…</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Évaluation…</translation>
    </message>
    <message>
        <source>Evaluation stopped.</source>
        <translation>Évaluation arrêtée.</translation>
    </message>
    <message>
        <source>Accuracy &lt;b&gt;%1&lt;/b&gt; · %2 mistakes in %3 images · %4 called not a digit</source>
        <translation>Précision &lt;b&gt;%1&lt;/b&gt; · %2 erreurs sur %3 images · %4 refusées (pas un chiffre)</translation>
    </message>
    <message numerus="yes">
        <source>(%n of them among the mistakes)</source>
        <translation>
            <numerusform>(dont %Ln parmi les erreurs)</numerusform>
            <numerusform>(dont %Ln parmi les erreurs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluation failed: %1</source>
        <translation>Échec de l&apos;évaluation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Evaluation failed</source>
        <translation>Échec de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Matrix cell: true %1 → pred %2</source>
        <translation>Case de la matrice&#xa0;: vrai %1 → prédit %2</translation>
    </message>
    <message numerus="yes">
        <source>page %1 of %2 · %n image(s)</source>
        <translation>
            <numerusform>page %1 sur %2 · %Ln image</numerusform>
            <numerusform>page %1 sur %2 · %Ln images</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the MNIST test set: its digits appear here in a moment.</source>
        <translation>Chargement des chiffres de test MNIST&#xa0;: ils apparaîtront ici dans un instant.</translation>
    </message>
    <message>
        <source>No test image matches this filter.</source>
        <translation>Aucune image de test ne correspond à ce filtre.</translation>
    </message>
    <message>
        <source>Chosen, not on this page: %1</source>
        <translation>Choisie, pas sur cette page&#xa0;: %1</translation>
    </message>
    <message>
        <source>mnist-test-grid.png</source>
        <translation>mnist-test-grille.png</translation>
    </message>
    <message>
        <source>mnist-test-matrix.png</source>
        <translation>mnist-test-matrice.png</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <source>true %1</source>
        <translation>vrai %1</translation>
    </message>
    <message>
        <source>not a digit · true %1</source>
        <translation>pas un chiffre · vrai %1</translation>
    </message>
    <message>
        <source>read %1 · true %2</source>
        <translation>lu %1 · vrai %2</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>lu %1</translation>
    </message>
    <message>
        <source>Test image #%1 · true digit %2</source>
        <translation>Image de test n°&#xa0;%1 · vrai chiffre %2</translation>
    </message>
    <message>
        <source>Test image #%1 · true digit %2 · not a digit (closest %3 (%4), then %5 (%6)) · refused</source>
        <translation>Image de test n°&#xa0;%1 · vrai chiffre %2 · pas un chiffre (le plus proche %3 (%4), puis %5 (%6)) · refusée</translation>
    </message>
    <message>
        <source>Test image #%1 · true digit %2 · predicted %3 (%4), then %5 (%6) · wrong</source>
        <translation>Image de test n°&#xa0;%1 · vrai chiffre %2 · prédit %3 (%4), puis %5 (%6) · faux</translation>
    </message>
    <message>
        <source>Test image #%1 · true digit %2 · predicted %3 (%4), then %5 (%6) · right</source>
        <translation>Image de test n°&#xa0;%1 · vrai chiffre %2 · prédit %3 (%4), puis %5 (%6) · juste</translation>
    </message>
    <message>
        <source>Click an image to show it in the main window; double-click to go there.</source>
        <translation>Cliquez sur une image pour l&apos;afficher dans la fenêtre principale&#xa0;; double-cliquez pour y aller.</translation>
    </message>
    <message>
        <source>Export grid as PNG</source>
        <translation>Exporter la grille en PNG</translation>
    </message>
    <message>
        <source>Export matrix as PNG</source>
        <translation>Exporter la matrice en PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>Toutes les images</translation>
    </message>
    <message>
        <source>Only mistakes</source>
        <translation>Erreurs seulement</translation>
    </message>
    <message>
        <source>Called not a digit</source>
        <translation>Refusées (pas un chiffre)</translation>
    </message>
    <message>
        <source>Low confidence (&lt; %1)</source>
        <translation>Réponses peu sûres (&lt; %1)</translation>
    </message>
    <message>
        <source>True digit =</source>
        <translation>Vrai chiffre =</translation>
    </message>
    <message>
        <source>Predicted digit =</source>
        <translation>Chiffre prédit =</translation>
    </message>
    <message>
        <source>Matrix cell (click one)</source>
        <translation>Case de la matrice (cliquez)</translation>
    </message>
    <message>
        <source>Digit to show</source>
        <translation>Chiffre à afficher</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Test image number</source>
        <translation>Numéro de l&apos;image de test</translation>
    </message>
    <message>
        <source>Index of a test image (0-based, as in the tutorial)</source>
        <translation>Numéro d&apos;une image de test (à partir de 0, comme dans le tutoriel)</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Aller</translation>
    </message>
    <message>
        <source>Show and select this test image</source>
        <translation>Afficher et sélectionner cette image de test</translation>
    </message>
    <message>
        <source>Test image 1000: the tutorial&apos;s confident 9</source>
        <translation>Image de test 1000&#xa0;: le 9 bien net du tutoriel</translation>
    </message>
    <message>
        <source>Test image 3062: the tutorial&apos;s doubtful 8</source>
        <translation>Image de test 3062&#xa0;: le 8 douteux du tutoriel</translation>
    </message>
    <message>
        <source>Test image 259: the tutorial&apos;s 6 read as 0</source>
        <translation>Image de test 259&#xa0;: le 6 du tutoriel lu comme un 0</translation>
    </message>
    <message>
        <source>Go to index</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Tutorial examples:</source>
        <translation>Exemples du tutoriel&#xa0;:</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Page précédente (Page préc.)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Page suivante (Page suiv.)</translation>
    </message>
    <message>
        <source>Export grid…</source>
        <translation>Exporter la grille…</translation>
    </message>
    <message>
        <source>Save this page as PNG</source>
        <translation>Enregistrer cette page en PNG</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matrice de confusion</translation>
    </message>
    <message>
        <source>Click a cell to show those images.</source>
        <translation>Cliquez sur une case pour voir ses images.</translation>
    </message>
    <message>
        <source>Export matrix…</source>
        <translation>Exporter la matrice…</translation>
    </message>
    <message>
        <source>Save the confusion matrix as PNG</source>
        <translation>Enregistrer la matrice de confusion en PNG</translation>
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
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
</context>
<context>
    <name>FilterStrip</name>
    <message>
        <source>the image</source>
        <translation>l&apos;image</translation>
    </message>
    <message>
        <source>input map %1</source>
        <translation>la carte d&apos;entrée %1</translation>
    </message>
    <message>
        <source>Kernel from %1 to map %2: weights %3 to %4</source>
        <translation>Noyau de %1 vers la carte %2&#xa0;: poids de %3 à %4</translation>
    </message>
    <message>
        <source>%1 (click: map %2)</source>
        <translation>%1 (clic&#xa0;: carte %2)</translation>
    </message>
</context>
<context>
    <name>ImageGrid</name>
    <message>
        <source>Test images</source>
        <translation>Images de test</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%n drawing(s) imported</source>
        <translation>
            <numerusform>%Ln dessin importé</numerusform>
            <numerusform>%Ln dessins importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank skipped</source>
        <translation>
            <numerusform>%Ln vide ignoré</numerusform>
            <numerusform>%Ln vides ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%Ln déjà présent</numerusform>
            <numerusform>%Ln déjà présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a digit label ignored</source>
        <translation>
            <numerusform>%Ln sans étiquette de chiffre ignoré</numerusform>
            <numerusform>%Ln sans étiquette de chiffre ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%Ln illisible</numerusform>
            <numerusform>%Ln illisibles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectorWindow</name>
    <message>
        <source>input · 28×28, 0 = paper, 1 = ink</source>
        <translation>entrée · 28×28, 0 = papier, 1 = encre</translation>
    </message>
    <message>
        <source>c1 · conv 3×3 + ReLU · 16 maps 28×28</source>
        <translation>c1 · conv 3×3 + ReLU · 16 cartes 28×28</translation>
    </message>
    <message>
        <source>c2 · conv 3×3 + ReLU · 16 maps 28×28</source>
        <translation>c2 · conv 3×3 + ReLU · 16 cartes 28×28</translation>
    </message>
    <message>
        <source>p1 · max pool 2×2 · 16 maps 14×14</source>
        <translation>p1 · max pooling 2×2 · 16 cartes 14×14</translation>
    </message>
    <message>
        <source>c3 · conv 3×3 + ReLU · 32 maps 14×14</source>
        <translation>c3 · conv 3×3 + ReLU · 32 cartes 14×14</translation>
    </message>
    <message>
        <source>c4 · conv 3×3 + ReLU · 32 maps 14×14</source>
        <translation>c4 · conv 3×3 + ReLU · 32 cartes 14×14</translation>
    </message>
    <message>
        <source>p2 · max pool 2×2 · 32 maps 7×7</source>
        <translation>p2 · max pooling 2×2 · 32 cartes 7×7</translation>
    </message>
    <message>
        <source>d1 · dense + ReLU</source>
        <translation>d1 · dense + ReLU</translation>
    </message>
    <message>
        <source>logits · dense · 10 values</source>
        <translation>logits · dense · 10 valeurs</translation>
    </message>
    <message>
        <source>Look inside the network</source>
        <translation>Voir l&apos;intérieur du réseau</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>Dessinez un chiffre</translation>
    </message>
    <message>
        <source>What is shown: the drawing on the canvas, or a test image chosen in the test-set explorer</source>
        <translation>Ce qui est affiché&#xa0;: le dessin de la zone de dessin, ou une image choisie dans Chiffres de test</translation>
    </message>
    <message>
        <source>Whose layers: the model in use, or the one being trained while Follow training is on</source>
        <translation>Les couches de quel modèle&#xa0;: celui utilisé, ou celui en cours d&apos;entraînement si «&#xa0;Suivre l&apos;entraînement&#xa0;» est coché</translation>
    </message>
    <message>
        <source>Follow training</source>
        <translation>Suivre l&apos;entraînement</translation>
    </message>
    <message>
        <source>While Retrain runs, show the model being trained (weights copied between steps every few hundred steps)</source>
        <translation>Pendant un réentraînement, montrer le modèle en cours d&apos;entraînement (ses poids sont copiés entre deux étapes, toutes les deux ou trois centaines d&apos;étapes)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show the technical names: conv, ReLU, logits, softmax temperature, the saliency method</source>
        <translation>Afficher les noms techniques&#xa0;: conv, ReLU, logits, température du softmax, méthode de saillance</translation>
    </message>
    <message>
        <source>Layers and filters</source>
        <translation>Couches et filtres</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Layers, filters, what mattered and a map</source>
        <translation>Couches, filtres, ce qui a compté et une carte</translation>
    </message>
    <message>
        <source>What mattered</source>
        <translation>Ce qui a compté</translation>
    </message>
    <message>
        <source>softmax · probabilities</source>
        <translation>softmax · probabilités</translation>
    </message>
    <message>
        <source>The canvas</source>
        <translation>La zone de dessin</translation>
    </message>
    <message>
        <source>Following training, step %1</source>
        <translation>Suivi de l&apos;entraînement, étape %1</translation>
    </message>
    <message>
        <source>Model in use · softmax temperature %1</source>
        <translation>Modèle utilisé · température du softmax %1</translation>
    </message>
    <message>
        <source>Loading model...</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <source>Draw a digit on the canvas: here you will see how the network reads it, layer by layer.</source>
        <translation>Dessinez un chiffre dans la zone de dessin&#xa0;: vous verrez ici comment le réseau le lit, couche par couche.</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>A new language is used after Digit Canvas restarts.</source>
        <translation>La nouvelle langue s&apos;applique au redémarrage de Digit Canvas.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Digit Canvas already speaks this language.</source>
        <translation>Digit Canvas parle déjà cette langue.</translation>
    </message>
</context>
<context>
    <name>LayerStrip</name>
    <message>
        <source>Draw a digit on the canvas to see this layer.</source>
        <translation>Dessinez un chiffre dans la zone de dessin pour voir cette couche.</translation>
    </message>
    <message>
        <source>Map %1: largest %2, average %3</source>
        <translation>Carte %1&#xa0;: maximum %2, moyenne %3</translation>
    </message>
    <message>
        <source>%1 (click to see it enlarged)</source>
        <translation>%1 (cliquez pour l&apos;agrandir)</translation>
    </message>
</context>
<context>
    <name>LookInside</name>
    <message>
        <source>What the network gets: 0 is paper, 1 is ink.</source>
        <translation>Ce que reçoit le réseau&#xa0;: 0 pour le papier, 1 pour l&apos;encre.</translation>
    </message>
    <message>
        <source>Second layer: 16 detectors that combine the first layer&apos;s patterns</source>
        <translation>Deuxième couche&#xa0;: 16 détecteurs qui combinent les motifs de la première couche</translation>
    </message>
    <message>
        <source>Each looks at a 3 by 3 window of all 16 maps above it and adds up what it sees there.</source>
        <translation>Chacun regarde une fenêtre de 3 × 3 sur les 16 cartes du dessus et additionne ce qu&apos;il y voit.</translation>
    </message>
    <message>
        <source>Half size: each cell keeps the strongest of 4</source>
        <translation>Taille divisée par deux&#xa0;: chaque case garde la plus forte des 4</translation>
    </message>
    <message>
        <source>Max pooling: the largest value of each 2 by 2 window. The maps get smaller and a shape may move a little without changing the answer.</source>
        <translation>Max pooling&#xa0;: la plus grande valeur de chaque fenêtre de 2 × 2. Les cartes rapetissent et une forme peut bouger un peu sans changer la réponse.</translation>
    </message>
    <message>
        <source>Third layer: 32 detectors of larger shapes</source>
        <translation>Troisième couche&#xa0;: 32 détecteurs de formes plus grandes</translation>
    </message>
    <message>
        <source>They combine the 16 half-size maps: strokes, curves, corners.</source>
        <translation>Ils combinent les 16 cartes réduites de moitié&#xa0;: traits, courbes, coins.</translation>
    </message>
    <message>
        <source>Fourth layer: 32 detectors of parts of digits</source>
        <translation>Quatrième couche&#xa0;: 32 détecteurs de morceaux de chiffres</translation>
    </message>
    <message>
        <source>Half size again: 32 maps of 7 by 7</source>
        <translation>Encore divisée par deux&#xa0;: 32 cartes de 7 × 7</translation>
    </message>
    <message>
        <source>The strongest of each 2 by 2 window, as before.</source>
        <translation>La plus forte de chaque fenêtre de 2 × 2, comme avant.</translation>
    </message>
    <message>
        <source>Each weighs every cell of the 32 maps above (a dense layer).</source>
        <translation>Chacun pondère toutes les cases des 32 cartes du dessus (une couche dense).</translation>
    </message>
    <message>
        <source>A score for each digit</source>
        <translation>Un score pour chaque chiffre</translation>
    </message>
    <message>
        <source>The larger the score, the more it looks like that digit.</source>
        <translation>Plus le score est grand, plus cela ressemble à ce chiffre.</translation>
    </message>
    <message>
        <source>How sure, for each digit</source>
        <translation>La certitude, pour chaque chiffre</translation>
    </message>
    <message>
        <source>The scores turned into chances that add up to 100 %.</source>
        <translation>Les scores changés en probabilités dont la somme fait 100&#xa0;%.</translation>
    </message>
    <message>
        <source>The image: 28 by 28 pixels</source>
        <translation>L&apos;image&#xa0;: 28 × 28 pixels</translation>
    </message>
    <message>
        <source>First layer: 16 small pattern detectors, each slid over the image</source>
        <translation>Première couche&#xa0;: 16 petits détecteurs de motifs, chacun glissé sur l&apos;image</translation>
    </message>
    <message>
        <source>Each detector is a 3 by 3 pattern of weights. Where the image matches it, its map is bright. Negative results are set to 0 (ReLU).</source>
        <translation>Chaque détecteur est un motif de 3 × 3 poids. Là où l&apos;image lui ressemble, sa carte est claire. Les résultats négatifs sont mis à 0 (ReLU).</translation>
    </message>
    <message>
        <source>Each cell now sees a large part of the image.</source>
        <translation>Chaque case voit maintenant une grande partie de l&apos;image.</translation>
    </message>
    <message>
        <source>Summaries of the whole image</source>
        <translation>Des résumés de l&apos;image entière</translation>
    </message>
    <message>
        <source>The image</source>
        <translation>L&apos;image</translation>
    </message>
    <message>
        <source>of the image</source>
        <translation>de l&apos;image</translation>
    </message>
    <message>
        <source>First layer</source>
        <translation>Première couche</translation>
    </message>
    <message>
        <source>of the first layer</source>
        <translation>de la première couche</translation>
    </message>
    <message>
        <source>Second layer</source>
        <translation>Deuxième couche</translation>
    </message>
    <message>
        <source>of the second layer</source>
        <translation>de la deuxième couche</translation>
    </message>
    <message>
        <source>First half-size layer</source>
        <translation>Première couche réduite</translation>
    </message>
    <message>
        <source>of the first half-size layer</source>
        <translation>de la première couche réduite</translation>
    </message>
    <message>
        <source>Third layer</source>
        <translation>Troisième couche</translation>
    </message>
    <message>
        <source>of the third layer</source>
        <translation>de la troisième couche</translation>
    </message>
    <message>
        <source>Fourth layer</source>
        <translation>Quatrième couche</translation>
    </message>
    <message>
        <source>of the fourth layer</source>
        <translation>de la quatrième couche</translation>
    </message>
    <message>
        <source>Second half-size layer</source>
        <translation>Deuxième couche réduite</translation>
    </message>
    <message>
        <source>of the second half-size layer</source>
        <translation>de la deuxième couche réduite</translation>
    </message>
    <message>
        <source>Row %1: %2.</source>
        <translation>Ligne %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Map %1, row %2, column %3 %4</source>
        <translation>Carte %1, ligne %2, colonne %3 %4</translation>
    </message>
    <message>
        <source>The largest of this 2 by 2 window of map %1 %2:</source>
        <translation>La plus grande valeur de cette fenêtre de 2 × 2 de la carte %1 %2&#xa0;:</translation>
    </message>
    <message>
        <source>the image</source>
        <translation>l&apos;image</translation>
    </message>
    <message>
        <source>map %1 %2</source>
        <translation>la carte %1 %2</translation>
    </message>
    <message>
        <source>Window of %1 × its kernel, added up:</source>
        <translation>Fenêtre de %1 × son noyau, le tout additionné&#xa0;:</translation>
    </message>
    <message>
        <source>The window: %1 Its kernel: %2</source>
        <translation>La fenêtre&#xa0;: %1 Son noyau&#xa0;: %2</translation>
    </message>
    <message>
        <source>The other %1 maps add %2.</source>
        <translation>Les %1 autres cartes ajoutent %2.</translation>
    </message>
    <message>
        <source>Sum %1 + bias %2 = %3 before ReLU</source>
        <translation>Somme %1 + biais %2 = %3 avant ReLU</translation>
    </message>
    <message>
        <source>ReLU keeps it if positive, else 0: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>ReLU la garde si elle est positive, sinon 0&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>column: the map it makes, row: the map it reads</source>
        <translation>colonne&#xa0;: la carte qu&apos;il produit, ligne&#xa0;: la carte qu&apos;il lit</translation>
    </message>
    <message>
        <source>First layer: its 16 patterns of 3 by 3 weights</source>
        <translation>Première couche&#xa0;: ses 16 motifs de 3 × 3 poids</translation>
    </message>
    <message>
        <source>Second layer: 16 × 16 kernels (%1)</source>
        <translation>Deuxième couche&#xa0;: 16 × 16 noyaux (%1)</translation>
    </message>
    <message>
        <source>Third layer: 16 × 32 kernels (%1)</source>
        <translation>Troisième couche&#xa0;: 16 × 32 noyaux (%1)</translation>
    </message>
    <message>
        <source>Fourth layer: 32 × 32 kernels (%1)</source>
        <translation>Quatrième couche&#xa0;: 32 × 32 noyaux (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading model...</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <source>Your drawing is back.</source>
        <translation>Votre dessin est revenu.</translation>
    </message>
    <message>
        <source>Your drawing is back: Digit Canvas did not close normally last time.</source>
        <translation>Votre dessin est revenu&#xa0;: Digit Canvas ne s&apos;est pas fermé normalement la dernière fois.</translation>
    </message>
    <message>
        <source>&amp;Open image...</source>
        <translation>&amp;Ouvrir une image…</translation>
    </message>
    <message>
        <source>&amp;Paste image</source>
        <translation>&amp;Coller une image</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>&amp;Retrain</source>
        <translation>&amp;Réentraîner</translation>
    </message>
    <message>
        <source>&amp;Fine-tune on my drawings</source>
        <translation>Affi&amp;ner avec mes dessins</translation>
    </message>
    <message>
        <source>&amp;Cancel training</source>
        <translation>&amp;Arrêter l&apos;entraînement</translation>
    </message>
    <message>
        <source>Reset to &amp;bundled model</source>
        <translation>Revenir au modèle &amp;fourni</translation>
    </message>
    <message>
        <source>&amp;Test-set explorer...</source>
        <translation>Chiffres de &amp;test…</translation>
    </message>
    <message>
        <source>My &amp;drawings...</source>
        <translation>Mes &amp;dessins…</translation>
    </message>
    <message>
        <source>&amp;Models...</source>
        <translation>&amp;Modèles…</translation>
    </message>
    <message>
        <source>&amp;Look inside...</source>
        <translation>&amp;Voir l&apos;intérieur…</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation>Épaisseur du crayon</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Crayon</translation>
    </message>
    <message>
        <source>No model: %1</source>
        <translation>Pas de modèle&#xa0;: %1</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>Le modèle n&apos;a pas pu être chargé</translation>
    </message>
    <message>
        <source>Draw a digit or a number</source>
        <translation>Dessinez un chiffre ou un nombre</translation>
    </message>
    <message>
        <source>No writing found in this picture</source>
        <translation>Aucune écriture trouvée dans cette image</translation>
    </message>
    <message>
        <source>Only a dot: draw a digit or a number</source>
        <translation>Juste un point&#xa0;: dessinez un chiffre ou un nombre</translation>
    </message>
    <message>
        <source>MNIST test image #%1, true label %2</source>
        <translation>Image de test MNIST n°&#xa0;%1, vrai chiffre %2</translation>
    </message>
    <message>
        <source>Canvas cleared</source>
        <translation>Dessin effacé</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>Ouvrir une image</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>Images (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open image</source>
        <translation>Impossible d&apos;ouvrir l&apos;image</translation>
    </message>
    <message>
        <source>The clipboard holds no image</source>
        <translation>Le presse-papiers ne contient pas d&apos;image</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>L&apos;entraînement est en cours</translation>
    </message>
    <message>
        <source>Stop training and quit? The model in use stays as it is.</source>
        <translation>Arrêter l&apos;entraînement et quitter&#xa0;? Le modèle utilisé reste tel quel.</translation>
    </message>
    <message>
        <source>Stopping training...</source>
        <translation>Arrêt de l&apos;entraînement…</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
</context>
<context>
    <name>ModelComparison</name>
    <message>
        <source>Reading the images with both models: %p %</source>
        <translation>Les deux modèles lisent les images&#xa0;: %p&#xa0;%</translation>
    </message>
    <message>
        <source>Comparing the two models</source>
        <translation>Comparaison des deux modèles</translation>
    </message>
    <message>
        <source>Where the two models disagree</source>
        <translation>Là où les deux modèles ne sont pas d&apos;accord</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Comparing...</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>%1 #%2 (%3): A says %4, B says %5</source>
        <translation>%1 n°&#xa0;%2 (%3) — A&#xa0;: %4, B&#xa0;: %5</translation>
    </message>
    <message>
        <source>not a digit</source>
        <translation>pas un chiffre</translation>
    </message>
    <message>
        <source>a %1</source>
        <translation>un %1</translation>
    </message>
    <message>
        <source>%1: they disagree on %2 of %3. Read right, a digit called not a digit counting as wrong: A %4 of %3, B %5 of %3. By best guess alone, as “Test accuracy” counts: A %6 of %3, B %7 of %3</source>
        <translation>%1&#xa0;: désaccord pour %2 sur %3. Bien lus, un chiffre refusé comptant comme faux&#xa0;: A %4 sur %3, B %5 sur %3. D&apos;après la meilleure hypothèse seule, comme compte «&#xa0;Précision au test&#xa0;»&#xa0;: A %6 sur %3, B %7 sur %3</translation>
    </message>
</context>
<context>
    <name>ModelCurves</name>
    <message>
        <source>No curves: this model&apos;s training history was not recorded.</source>
        <translation>Pas de courbes&#xa0;: l&apos;historique d&apos;entraînement de ce modèle n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>epoch %1: loss %2, test accuracy %3</source>
        <translation>époque %1&#xa0;: perte %2, précision au test %3</translation>
    </message>
    <message>
        <source>Training curves</source>
        <translation>Courbes d&apos;entraînement</translation>
    </message>
    <message>
        <source>No training history recorded</source>
        <translation>Aucun historique d&apos;entraînement enregistré</translation>
    </message>
    <message>
        <source>Choose one model to see its training curves.</source>
        <translation>Choisissez un seul modèle pour voir ses courbes d&apos;entraînement.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>précision au test</translation>
    </message>
</context>
<context>
    <name>ModelsWindow</name>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Recette</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Précision au test</translation>
    </message>
    <message>
        <source>Your drawings</source>
        <translation>Vos dessins</translation>
    </message>
    <message>
        <source>Digits refused</source>
        <translation>Chiffres refusés</translation>
    </message>
    <message>
        <source>Sureness off by</source>
        <translation>Écart de certitude</translation>
    </message>
    <message>
        <source>How it was trained: epochs are passes over the training digits, batch the digits per step, rate the size of each step</source>
        <translation>Comment il a été entraîné&#xa0;: les époques sont les passages sur les chiffres d&apos;entraînement, le lot les chiffres par étape, le taux la taille de chaque étape</translation>
    </message>
    <message>
        <source>Of MNIST&apos;s test digits, never trained on, the share its best guess reads right</source>
        <translation>Parmi les chiffres de test de MNIST, jamais utilisés pour l&apos;entraînement, la part qu&apos;il lit juste (avec sa réponse la plus probable)</translation>
    </message>
    <message>
        <source>Of the digits set aside from training, the share it called not a digit. Each model&apos;s threshold is set to refuse about %1 of them, so this changes little from model to model</source>
        <translation>Part des chiffres écartés de l&apos;entraînement qu&apos;il a déclarés «&#xa0;pas un chiffre&#xa0;». Le seuil de chaque modèle est réglé pour en refuser environ %1, cette part change donc peu d&apos;un modèle à l&apos;autre</translation>
    </message>
    <message>
        <source>How far its sureness is from how often it is right, on the digits set aside (lower is better): said 90 % sure, it should be right 9 times in 10</source>
        <translation>L&apos;écart entre sa certitude et la fréquence de ses bonnes réponses, sur les chiffres écartés (plus c&apos;est bas, mieux c&apos;est)&#xa0;: s&apos;il se dit sûr à 90&#xa0;%, il devrait avoir raison 9 fois sur 10</translation>
    </message>
    <message>
        <source>Share of your saved drawings read right</source>
        <translation>Part de vos dessins enregistrés qui sont bien lus</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Utiliser</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>É&amp;pingler</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Compare two</source>
        <translation>&amp;Comparer deux modèles</translation>
    </message>
    <message>
        <source>Read the canvas with the chosen model from now on</source>
        <translation>Lire la zone de dessin avec le modèle choisi à partir de maintenant</translation>
    </message>
    <message>
        <source>Give the chosen model a name (F2)</source>
        <translation>Donner un nom au modèle choisi (F2)</translation>
    </message>
    <message>
        <source>Keep the chosen model however many newer ones come</source>
        <translation>Garder le modèle choisi, même si beaucoup de modèles plus récents arrivent</translation>
    </message>
    <message>
        <source>Delete the chosen model (Ctrl+Z brings it back)</source>
        <translation>Supprimer le modèle choisi (Ctrl+Z le récupère)</translation>
    </message>
    <message>
        <source>Show where the two chosen models read differently</source>
        <translation>Montrer où les deux modèles choisis lisent différemment</translation>
    </message>
    <message>
        <source>How many of the newest models to keep</source>
        <translation>Combien de modèles parmi les plus récents garder</translation>
    </message>
    <message>
        <source>Pinned models and the one in use are always kept</source>
        <translation>Les modèles épinglés et celui utilisé sont toujours gardés</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>&amp;Garder les plus récents</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) not listed: the facts saved with them cannot be read (%1, in %2).</source>
        <translation>
            <numerusform>%Ln modèle non affiché&#xa0;: les informations enregistrées avec lui sont illisibles (%1, dans %2).</numerusform>
            <numerusform>%Ln modèles non affichés&#xa0;: les informations enregistrées avec eux sont illisibles (%1, dans %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>utilisé</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>non utilisé</translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s) · batch %1 · rate %2</source>
        <translation>
            <numerusform>%Ln époque · lot %1 · taux %2</numerusform>
            <numerusform>%Ln époques · lot %1 · taux %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation>Réentraîné</translation>
    </message>
    <message>
        <source>Fine-tune</source>
        <translation>Affiné</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>Fourni</translation>
    </message>
    <message>
        <source>✔ in use</source>
        <translation>✔ utilisé</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>épinglé</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>none saved yet</source>
        <translation>pas encore de dessin</translation>
    </message>
    <message>
        <source>computing...</source>
        <translation>calcul…</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>Désé&amp;pingler</translation>
    </message>
    <message>
        <source>The bundled model comes with the app: it is always kept, and cannot be renamed, pinned or deleted.</source>
        <translation>Le modèle fourni est livré avec l&apos;application&#xa0;: il est toujours gardé et ne peut être ni renommé, ni épinglé, ni supprimé.</translation>
    </message>
    <message>
        <source>The model in use cannot be deleted: use another one first.</source>
        <translation>Le modèle utilisé ne peut pas être supprimé&#xa0;: utilisez-en d&apos;abord un autre.</translation>
    </message>
    <message>
        <source>the bundled model</source>
        <translation>le modèle fourni</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>This model cannot be used</source>
        <translation>Ce modèle ne peut pas être utilisé</translation>
    </message>
    <message>
        <source>Now using %1</source>
        <translation>Maintenant utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>This model cannot be changed</source>
        <translation>Ce modèle ne peut pas être modifié</translation>
    </message>
    <message>
        <source>This model cannot be deleted</source>
        <translation>Ce modèle ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 supprimé</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>This model cannot be brought back</source>
        <translation>Ce modèle ne peut pas être récupéré</translation>
    </message>
    <message>
        <source>Brought back %1</source>
        <translation>%1 récupéré</translation>
    </message>
    <message>
        <source>Test set</source>
        <translation>Jeu de test</translation>
    </message>
    <message>
        <source>These models cannot be compared</source>
        <translation>Ces modèles ne peuvent pas être comparés</translation>
    </message>
</context>
<context>
    <name>NetworkInputPreview</name>
    <message>
        <source>What the network sees, 28 by 28 pixels</source>
        <translation>Ce que voit le réseau, 28 sur 28 pixels</translation>
    </message>
    <message>
        <source>Draw: the network&apos;s view shows here</source>
        <translation>Dessinez&#xa0;: ce que voit le réseau s&apos;affiche ici</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
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
        <translation>Une image de %1 sur %2 pixels</translation>
    </message>
    <message>
        <source>Empty: nothing to show yet.</source>
        <translation>Vide&#xa0;: rien à afficher pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>PredictionPanel</name>
    <message>
        <source>not trusted: this does not look like a digit</source>
        <translation>pas fiable&#xa0;: cela ne ressemble pas à un chiffre</translation>
    </message>
    <message>
        <source>Draw a digit: how sure the network is of each of 0-9 shows here</source>
        <translation>Dessinez un chiffre&#xa0;: ici, la certitude du réseau pour chaque chiffre</translation>
    </message>
    <message>
        <source>Write digits side by side to read a number: one tile per digit here</source>
        <translation>Écrivez des chiffres côte à côte pour former un nombre&#xa0;: ici, une vignette par chiffre</translation>
    </message>
    <message>
        <source>saved: %1</source>
        <translation>enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>What the network sees (28×28)</source>
        <translation>Ce que voit le réseau (28×28)</translation>
    </message>
    <message>
        <source>Draw a digit or a number</source>
        <translation>Dessinez un chiffre ou un nombre</translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation>Pas un nombre</translation>
    </message>
    <message>
        <source>Not a digit</source>
        <translation>Pas un chiffre</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) marked ? do not look like a digit</source>
        <translation>
            <numerusform>%Ln morceau marqué d&apos;un&#xa0;? ne ressemble pas à un chiffre</numerusform>
            <numerusform>%Ln morceaux marqués d&apos;un&#xa0;? ne ressemblent pas à des chiffres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sure of both digits</source>
        <translation>sûr des deux chiffres à %1</translation>
    </message>
    <message>
        <source>%1 sure of all %2 digits</source>
        <translation>sûr des %2 chiffres à %1</translation>
    </message>
    <message>
        <source>%1 sure</source>
        <translation>sûr à %1</translation>
    </message>
    <message>
        <source>true label %1</source>
        <translation>vrai chiffre %1</translation>
    </message>
    <message>
        <source>Digit %1 of %2 · keys 0-9 correct it · click or ← → for another</source>
        <translation>Chiffre %1 sur %2 · les touches 0 à 9 le corrigent · clic ou ← → pour un autre</translation>
    </message>
    <message>
        <source>A test image is shown, never kept as a drawing</source>
        <translation>Une image de test est affichée, jamais gardée comme dessin</translation>
    </message>
    <message>
        <source>Digit %1: show its input and histogram</source>
        <translation>Chiffre %1&#xa0;: afficher son entrée et son histogramme</translation>
    </message>
    <message>
        <source>Not a digit: %1</source>
        <translation>Pas un chiffre&#xa0;: %1</translation>
    </message>
    <message>
        <source>no digit comes close</source>
        <translation>aucun chiffre n&apos;est proche</translation>
    </message>
    <message>
        <source>closest: %1 (%2)</source>
        <translation>le plus proche&#xa0;: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PresetRow</name>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>The recipe of the bundled model: about 99.5 % on MNIST</source>
        <translation>La recette du modèle fourni&#xa0;: environ 99,5&#xa0;% sur MNIST</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Meilleure</translation>
    </message>
    <message>
        <source>The default recipe for longer: a little more accurate, about twice as long</source>
        <translation>La recette par défaut, en plus long&#xa0;: un peu plus précise, environ deux fois plus longue</translation>
    </message>
    <message>
        <source>Tutorial</source>
        <translation>Tutoriel</translation>
    </message>
    <message>
        <source>TensorFlow&apos;s tutorial: lr 1e-4, batch 128, 5 epochs, no augmentation</source>
        <translation>Le tutoriel de TensorFlow&#xa0;: taux 1e-4, lot 128, 5 époques, sans variation</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Recette</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Fill the settings with a tested recipe</source>
        <translation>Remplir les réglages avec une recette éprouvée</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>The Default preset, without your drawings</source>
        <translation>La recette «&#xa0;Par défaut&#xa0;», sans vos dessins</translation>
    </message>
</context>
<context>
    <name>ProbabilityChart</name>
    <message>
        <source>Probabilities of each digit</source>
        <translation>Probabilités de chaque chiffre</translation>
    </message>
    <message>
        <source>Not trusted: this does not look like a digit. %1</source>
        <translation>Pas fiable&#xa0;: cela ne ressemble pas à un chiffre. %1</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Training ran out of memory. Try a smaller batch size.</source>
        <translation>L&apos;entraînement a manqué de mémoire. Essayez une taille de lot plus petite.</translation>
    </message>
    <message>
        <source>The disk is full: the new model could not be saved.</source>
        <translation>Le disque est plein&#xa0;: le nouveau modèle n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>MNIST could not be loaded from any source. Put the four MNIST files (IDX, plain or .gz) or mnist.npz in a folder and pass it with --data-dir or MNIST_DIR, or copy mnist.npz to %1.</source>
        <translation>MNIST n&apos;a pu être chargé depuis aucune source. Mettez les quatre fichiers MNIST (IDX, bruts ou .gz) ou mnist.npz dans un dossier et indiquez-le avec --data-dir ou MNIST_DIR, ou copiez mnist.npz dans %1.</translation>
    </message>
    <message>
        <source>The training settings or data could not be used: %1</source>
        <translation>Les réglages ou les données d&apos;entraînement n&apos;ont pas pu être utilisés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The model to start from could not be loaded: %1</source>
        <translation>Le modèle de départ n&apos;a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The model %1 could not be loaded; it was kept aside as %2.</source>
        <translation>Le modèle %1 n&apos;a pas pu être chargé&#xa0;; il a été mis de côté sous le nom %2.</translation>
    </message>
    <message>
        <source>The model %1 could not be loaded.</source>
        <translation>Le modèle %1 n&apos;a pas pu être chargé.</translation>
    </message>
    <message>
        <source>The choice of the model in use is damaged; using %1 instead.</source>
        <translation>Le choix du modèle utilisé est endommagé&#xa0;; %1 est utilisé à la place.</translation>
    </message>
    <message>
        <source>The model chosen for use (%1) could not be loaded; using %2 instead.</source>
        <translation>Le modèle choisi (%1) n&apos;a pas pu être chargé&#xa0;; %2 est utilisé à la place.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; is damaged; a safe default is used instead.</source>
        <translation>%1&#xa0;: l&apos;entrée «&#xa0;%2&#xa0;» est endommagée&#xa0;; une valeur par défaut sûre est utilisée à la place.</translation>
    </message>
    <message>
        <source>It was kept aside as %1.</source>
        <translation>Il a été mis de côté sous le nom %1.</translation>
    </message>
    <message>
        <source>The bundled model could not be loaded.</source>
        <translation>Le modèle fourni n&apos;a pas pu être chargé.</translation>
    </message>
    <message>
        <source>the bundled model</source>
        <translation>le modèle fourni</translation>
    </message>
    <message>
        <source>Your drawings database was made by a newer version of the app.</source>
        <translation>La base de données de vos dessins a été créée par une version plus récente de l&apos;application.</translation>
    </message>
    <message>
        <source>Your drawings database (%1) is damaged and cannot be moved aside.</source>
        <translation>La base de données de vos dessins (%1) est endommagée et ne peut pas être mise de côté.</translation>
    </message>
    <message>
        <source>The folder for your drawings (%1) cannot be created.</source>
        <translation>Le dossier de vos dessins (%1) ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The drawings could not be exported to %1 (%2).</source>
        <translation>Les dessins n&apos;ont pas pu être exportés vers %1 (%2).</translation>
    </message>
    <message>
        <source>The archive %1 could not be written (%2).</source>
        <translation>L&apos;archive %1 n&apos;a pas pu être écrite (%2).</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>%1 is not a zip archive that can be read.</source>
        <translation>%1 n&apos;est pas une archive zip lisible.</translation>
    </message>
    <message>
        <source>The archive %1 cannot be read (%2).</source>
        <translation>L&apos;archive %1 ne peut pas être lue (%2).</translation>
    </message>
    <message>
        <source>There is no file or folder %1.</source>
        <translation>Le fichier ou dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There are too many images to import (at most %2). Nothing was imported.</source>
        <translation>Il y a trop d&apos;images à importer (%2 au maximum). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The archive is too large once unpacked (more than %2 MB). Nothing was imported.</source>
        <translation>L&apos;archive est trop grosse une fois décompressée (plus de %2 Mo). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1&#xa0;: illisible (%2)</translation>
    </message>
    <message>
        <source>%1: larger than %2 MB</source>
        <translation>%1&#xa0;: plus de %2 Mo</translation>
    </message>
    <message>
        <source>%1: not an image that can be used</source>
        <translation>%1&#xa0;: pas une image utilisable</translation>
    </message>
    <message>
        <source>%1: its label %2 is damaged</source>
        <translation>%1&#xa0;: son étiquette %2 est endommagée</translation>
    </message>
    <message>
        <source>the database or its folder is read-only (%1)</source>
        <translation>la base de données ou son dossier est en lecture seule (%1)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>another program is using the database</source>
        <translation>un autre programme utilise la base de données</translation>
    </message>
    <message>
        <source>the file %1 cannot be opened</source>
        <translation>le fichier %1 ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>The drawing could not be saved</source>
        <translation>Le dessin n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>The label could not be changed</source>
        <translation>L&apos;étiquette n&apos;a pas pu être changée</translation>
    </message>
    <message>
        <source>The drawing could not be deleted</source>
        <translation>Le dessin n&apos;a pas pu être supprimé</translation>
    </message>
    <message>
        <source>The drawing could not be brought back</source>
        <translation>Le dessin n&apos;a pas pu être récupéré</translation>
    </message>
    <message>
        <source>Deleted drawings could not be removed</source>
        <translation>Les dessins supprimés n&apos;ont pas pu être effacés</translation>
    </message>
    <message>
        <source>The drawings could not be imported</source>
        <translation>Les dessins n&apos;ont pas pu être importés</translation>
    </message>
    <message>
        <source>Your saved drawings could not be read</source>
        <translation>Vos dessins enregistrés n&apos;ont pas pu être lus</translation>
    </message>
    <message>
        <source>Your saved drawings cannot be changed</source>
        <translation>Vos dessins enregistrés ne peuvent pas être modifiés</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>not an image file that can be read</source>
        <translation>pas un fichier image lisible</translation>
    </message>
    <message>
        <source>the image has no pixels</source>
        <translation>l&apos;image n&apos;a aucun pixel</translation>
    </message>
    <message>
        <source>the file is incomplete (an unfinished download or copy?)</source>
        <translation>le fichier est incomplet (un téléchargement ou une copie inachevés&#xa0;?)</translation>
    </message>
    <message>
        <source>the picture in it is damaged and cannot be read</source>
        <translation>l&apos;image qu&apos;il contient est endommagée et illisible</translation>
    </message>
    <message>
        <source>larger than %1 pixels</source>
        <translation>plus de %1 pixels</translation>
    </message>
    <message>
        <source>Cannot use &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;utiliser «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the trainer gave no reason</source>
        <translation>le processus d&apos;entraînement n&apos;a donné aucune raison</translation>
    </message>
    <message>
        <source>Something unexpected stopped the training: %1</source>
        <translation>Un problème inattendu a arrêté l&apos;entraînement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SamplesModel</name>
    <message>
        <source>Not a digit</source>
        <translation>Pas un chiffre</translation>
    </message>
    <message>
        <source>Drawing #%1: labelled not a digit
saved %4</source>
        <translation>Dessin n°&#xa0;%1&#xa0;: étiqueté comme n&apos;étant pas un chiffre
enregistré le %4</translation>
    </message>
    <message>
        <source>Drawing #%1: labelled not a digit, the network said %3
saved %4</source>
        <translation>Dessin n°&#xa0;%1&#xa0;: étiqueté comme n&apos;étant pas un chiffre, le réseau a dit %3
enregistré le %4</translation>
    </message>
    <message>
        <source>Drawing #%1: labelled %2
saved %4</source>
        <translation>Dessin n°&#xa0;%1&#xa0;: étiqueté %2
enregistré le %4</translation>
    </message>
    <message>
        <source>Drawing #%1: labelled %2, the network said %3
saved %4</source>
        <translation>Dessin n°&#xa0;%1&#xa0;: étiqueté %2, le réseau a dit %3
enregistré le %4</translation>
    </message>
    <message>
        <source>%1 (said %2)</source>
        <translation>%1 (lu %2)</translation>
    </message>
</context>
<context>
    <name>SamplesView</name>
    <message>
        <source>none yet: %1</source>
        <translation>encore aucun&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2 in all</source>
        <translation>%1 — %2 au total</translation>
    </message>
    <message>
        <source>My drawings</source>
        <translation>Mes dessins</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>&amp;Relabel as</source>
        <translation>&amp;Réétiqueter comme</translation>
    </message>
    <message>
        <source>Give the selected drawings another label (keys 0-9, N)</source>
        <translation>Donner une autre étiquette aux dessins sélectionnés (touches 0 à 9, N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo: %1 (%2)</source>
        <translation>Annuler&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Delete the selected drawings (%1)</source>
        <translation>Supprimer les dessins sélectionnés (%1)</translation>
    </message>
    <message>
        <source>All drawings</source>
        <translation>Tous les dessins</translation>
    </message>
    <message>
        <source>A menu: the label to give the chosen drawings</source>
        <translation>Un menu&#xa0;: l&apos;étiquette à donner aux dessins choisis</translation>
    </message>
    <message>
        <source>A menu: the drawings shown, to a folder or a .zip archive</source>
        <translation>Un menu&#xa0;: les dessins affichés, vers un dossier ou une archive .zip</translation>
    </message>
    <message>
        <source>A menu: drawings from a folder or a .zip archive</source>
        <translation>Un menu&#xa0;: des dessins d&apos;un dossier ou d&apos;une archive .zip</translation>
    </message>
    <message>
        <source>Redo: %1 (%2)</source>
        <translation>Rétablir&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>To a &amp;folder...</source>
        <translation>Vers un &amp;dossier…</translation>
    </message>
    <message>
        <source>To a .&amp;zip file...</source>
        <translation>Vers un fichier .&amp;zip…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>From a &amp;folder...</source>
        <translation>Depuis un &amp;dossier…</translation>
    </message>
    <message>
        <source>From a .&amp;zip file...</source>
        <translation>Depuis un fichier .&amp;zip…</translation>
    </message>
    <message numerus="yes">
        <source>%n drawing(s) shown</source>
        <translation>
            <numerusform>%Ln dessin affiché</numerusform>
            <numerusform>%Ln dessins affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your drawings database was damaged. It was kept as %1 and a new one was started; %n drawing(s) could be recovered.</source>
        <translation>
            <numerusform>La base de données de vos dessins était endommagée. Elle a été gardée sous le nom %1 et une nouvelle a été créée&#xa0;; %Ln dessin a pu être récupéré.</numerusform>
            <numerusform>La base de données de vos dessins était endommagée. Elle a été gardée sous le nom %1 et une nouvelle a été créée&#xa0;; %Ln dessins ont pu être récupérés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your drawings can be viewed but not changed.</source>
        <translation>Vos dessins peuvent être consultés, mais pas modifiés.</translation>
    </message>
    <message>
        <source>No drawings yet. Correct a reading, or press “Right: keep it”, to keep it here.</source>
        <translation>Pas encore de dessins. Corrigez une lecture, ou appuyez sur «&#xa0;Juste&#xa0;: garder&#xa0;», pour garder le dessin ici.</translation>
    </message>
    <message>
        <source>No drawings taught as not a digit.</source>
        <translation>Aucun dessin enregistré comme n&apos;étant pas un chiffre.</translation>
    </message>
    <message>
        <source>No drawings labelled %1.</source>
        <translation>Aucun dessin étiqueté %1.</translation>
    </message>
    <message numerus="yes">
        <source>Relabel %n drawing(s) as not a digit</source>
        <translation>
            <numerusform>réétiqueter %Ln dessin comme n&apos;étant pas un chiffre</numerusform>
            <numerusform>réétiqueter %Ln dessins comme n&apos;étant pas un chiffre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relabelled %n drawing(s) as not a digit. Ctrl+Z takes it back.</source>
        <translation>
            <numerusform>%Ln dessin réétiqueté comme n&apos;étant pas un chiffre. Ctrl+Z l&apos;annule.</numerusform>
            <numerusform>%Ln dessins réétiquetés comme n&apos;étant pas un chiffre. Ctrl+Z l&apos;annule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relabel %n drawing(s) as %1</source>
        <translation>
            <numerusform>réétiqueter %Ln dessin comme %1</numerusform>
            <numerusform>réétiqueter %Ln dessins comme %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relabelled %n drawing(s) as %1. Ctrl+Z takes it back.</source>
        <translation>
            <numerusform>%Ln dessin réétiqueté comme %1. Ctrl+Z l&apos;annule.</numerusform>
            <numerusform>%Ln dessins réétiquetés comme %1. Ctrl+Z l&apos;annule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n drawing(s)</source>
        <translation>
            <numerusform>supprimer %Ln dessin</numerusform>
            <numerusform>supprimer %Ln dessins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n drawing(s). Ctrl+Z brings them back (for %1 minutes).</source>
        <translation>
            <numerusform>%Ln dessin supprimé. Ctrl+Z le récupère (pendant %1 minutes).</numerusform>
            <numerusform>%Ln dessins supprimés. Ctrl+Z les récupère (pendant %1 minutes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n drawing(s). Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%Ln dessin supprimé. Ctrl+Z le récupère.</numerusform>
            <numerusform>%Ln dessins supprimés. Ctrl+Z les récupère.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n drawing(s) to %1</source>
        <translation>
            <numerusform>%Ln dessin exporté vers %1</numerusform>
            <numerusform>%Ln dessins exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Your drawings cannot be opened</source>
        <translation>Vos dessins ne peuvent pas être ouverts</translation>
    </message>
    <message>
        <source>%1: no digit label</source>
        <translation>%1&#xa0;: pas d&apos;étiquette de chiffre</translation>
    </message>
    <message>
        <source>Export drawings to folder</source>
        <translation>Exporter les dessins dans un dossier</translation>
    </message>
    <message>
        <source>Export drawings</source>
        <translation>Exporter les dessins</translation>
    </message>
    <message>
        <source>my-digits.zip</source>
        <translation>mes-chiffres.zip</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
        <source>Import drawings from folder</source>
        <translation>Importer des dessins depuis un dossier</translation>
    </message>
    <message>
        <source>Import drawings</source>
        <translation>Importer des dessins</translation>
    </message>
    <message>
        <source>Zip archives (*.zip);;All files (*)</source>
        <translation>Archives zip (*.zip);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>MNIST test image · true label %1</source>
        <translation>Image de test MNIST · vrai chiffre %1</translation>
    </message>
    <message>
        <source>The canvas</source>
        <translation>La zone de dessin</translation>
    </message>
    <message>
        <source>The canvas · digit %1 of %2</source>
        <translation>La zone de dessin · chiffre %1 sur %2</translation>
    </message>
    <message>
        <source>Some checkpoints could not be loaded</source>
        <translation>Certains modèles enregistrés n&apos;ont pas pu être chargés</translation>
    </message>
    <message>
        <source>%1 is the model in use: use another one first</source>
        <translation>%1 est le modèle utilisé&#xa0;: utilisez-en d&apos;abord un autre</translation>
    </message>
    <message>
        <source>Loading model...</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <source>bundled model</source>
        <translation>modèle fourni</translation>
    </message>
    <message>
        <source>your fine-tune</source>
        <translation>votre modèle affiné</translation>
    </message>
    <message>
        <source>your retrain</source>
        <translation>votre modèle réentraîné</translation>
    </message>
    <message>
        <source>MNIST test accuracy %1</source>
        <translation>précision au test MNIST %1</translation>
    </message>
    <message>
        <source>accuracy ?</source>
        <translation>précision&#xa0;?</translation>
    </message>
    <message>
        <source>Model: %1 · %2 · %3</source>
        <translation>Modèle&#xa0;: %1 · %2 · %3</translation>
    </message>
    <message>
        <source>MNIST could not be loaded</source>
        <translation>MNIST n&apos;a pas pu être chargé</translation>
    </message>
    <message>
        <source>Saved drawings database was damaged</source>
        <translation>La base de données des dessins enregistrés était endommagée</translation>
    </message>
    <message numerus="yes">
        <source>It was kept aside as %1; %n drawing(s) were recovered into a new one.</source>
        <translation>
            <numerusform>Elle a été mise de côté sous le nom %1&#xa0;; %Ln dessin a été récupéré dans une nouvelle.</numerusform>
            <numerusform>Elle a été mise de côté sous le nom %1&#xa0;; %Ln dessins ont été récupérés dans une nouvelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your drawings cannot be saved</source>
        <translation>Vos dessins ne peuvent pas être enregistrés</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <source>Save the drawing (or the selected digit) as that digit: &quot;Wrong? It&apos;s a&quot; by key</source>
        <translation>Enregistrer le dessin (ou le chiffre sélectionné) comme ce chiffre&#xa0;: «&#xa0;Faux&#xa0;? C&apos;est un&#xa0;» au clavier</translation>
    </message>
    <message>
        <source>Not a digit: save the drawing (or the selected digit) as not a digit</source>
        <translation>Pas un chiffre&#xa0;: enregistrer le dessin (ou le chiffre sélectionné) comme n&apos;étant pas un chiffre</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>“Right: keep it”: the reading is right, keep the drawing as it was read</source>
        <translation>«&#xa0;Juste&#xa0;: garder&#xa0;»&#xa0;: la lecture est juste, garder le dessin tel qu&apos;il a été lu</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Close the message or the open settings; from another control, back to the canvas (Delete clears it)</source>
        <translation>Fermer le message ou les réglages ouverts&#xa0;; depuis un autre contrôle, revenir à la zone de dessin (Suppr l&apos;efface)</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Maj+Tab</translation>
    </message>
    <message>
        <source>Go to the next / previous control</source>
        <translation>Aller au contrôle suivant / précédent</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Press the button that has the keyboard</source>
        <translation>Appuyer sur le bouton qui a le focus clavier</translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation>Gauche / Droite</translation>
    </message>
    <message>
        <source>Go to the previous / next digit tile of a number and show it</source>
        <translation>Aller à la vignette précédente / suivante d&apos;un nombre et l&apos;afficher</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + lettre soulignée</translation>
    </message>
    <message>
        <source>Open a menu (Alt+M, R: Model › Retrain)</source>
        <translation>Ouvrir un menu (Alt+M, R&#xa0;: Modèle › Réentraîner)</translation>
    </message>
    <message>
        <source>Models: rename the chosen model</source>
        <translation>Modèles&#xa0;: renommer le modèle choisi</translation>
    </message>
    <message>
        <source>Arrows, Enter</source>
        <translation>Flèches, Entrée</translation>
    </message>
    <message>
        <source>Look inside, the test-set explorer: go from map to map or image to image; Enter opens it</source>
        <translation>Voir l&apos;intérieur, Chiffres de test&#xa0;: passer de carte en carte ou d&apos;image en image&#xa0;; Entrée l&apos;ouvre</translation>
    </message>
    <message>
        <source>Page Up / Page Down</source>
        <translation>Page préc. / Page suiv.</translation>
    </message>
    <message>
        <source>Test-set explorer: the previous / next page</source>
        <translation>Chiffres de test&#xa0;: page précédente / suivante</translation>
    </message>
    <message>
        <source>0 … 9, N, Del</source>
        <translation>0 … 9, N, Suppr</translation>
    </message>
    <message>
        <source>My drawings: relabel or delete the chosen drawings (Ctrl+Z takes it back)</source>
        <translation>Mes dessins&#xa0;: réétiqueter ou supprimer les dessins choisis (Ctrl+Z l&apos;annule)</translation>
    </message>
    <message>
        <source>Close Look inside, the test-set explorer, My drawings, Models or this window</source>
        <translation>Fermer Voir l&apos;intérieur, Chiffres de test, Mes dessins, Modèles ou cette fenêtre</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Every action of the menus, and the keys of the canvas.</source>
        <translation>Toutes les actions des menus, et les touches de la zone de dessin.</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Draw a digit on the canvas: the ink that mattered lights up here</source>
        <translation>Dessinez un chiffre dans la zone de dessin&#xa0;: l&apos;encre qui a compté s&apos;allume ici</translation>
    </message>
    <message>
        <source>Bright: the ink that made the network more sure of this digit. Ink that is missing cannot show.</source>
        <translation>Clair&#xa0;: l&apos;encre qui a rendu le réseau plus sûr de ce chiffre. L&apos;encre qui manque ne peut pas apparaître.</translation>
    </message>
    <message>
        <source>Method: gradient × input (positive part) of the digit&apos;s log-probability.</source>
        <translation>Méthode&#xa0;: gradient × entrée (partie positive) de la log-probabilité du chiffre.</translation>
    </message>
    <message>
        <source>Selected map</source>
        <translation>Carte sélectionnée</translation>
    </message>
    <message>
        <source>Click a map (or Tab to a layer and use the arrow keys) to enlarge it.</source>
        <translation>Cliquez sur une carte (ou allez sur une couche avec Tab et utilisez les flèches) pour l&apos;agrandir.</translation>
    </message>
    <message>
        <source>Click a map in Layers to enlarge it here</source>
        <translation>Cliquez sur une carte dans Couches pour l&apos;agrandir ici</translation>
    </message>
    <message>
        <source>The input pixels the strongest position can see</source>
        <translation>Les pixels d&apos;entrée que peut voir la position la plus forte</translation>
    </message>
    <message>
        <source>the most likely</source>
        <translation>le plus probable</translation>
    </message>
    <message>
        <source>What mattered, and the chosen map</source>
        <translation>Ce qui a compté, et la carte choisie</translation>
    </message>
    <message>
        <source>What mattered</source>
        <translation>Ce qui a compté</translation>
    </message>
    <message>
        <source>What mattered for</source>
        <translation>Ce qui a compté pour</translation>
    </message>
    <message>
        <source>What mattered for the digit the network picks</source>
        <translation>Ce qui a compté pour le chiffre choisi par le réseau</translation>
    </message>
    <message>
        <source>Toward</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>or</source>
        <translation>ou</translation>
    </message>
    <message>
        <source>Which ink speaks for %1</source>
        <translation>Quelle encre plaide pour %1</translation>
    </message>
    <message>
        <source>Toward %1</source>
        <translation>Pour %1</translation>
    </message>
    <message>
        <source>the most likely (%1)</source>
        <translation>le plus probable (%1)</translation>
    </message>
    <message>
        <source>the most likely digit</source>
        <translation>le chiffre le plus probable</translation>
    </message>
    <message>
        <source>your pick</source>
        <translation>votre choix</translation>
    </message>
    <message>
        <source>Ink that pushed the network toward %1 (%2, %3 sure)</source>
        <translation>L&apos;encre qui a poussé le réseau vers le %1 (%2, sûr à %3)</translation>
    </message>
    <message>
        <source>%1, map %2: click a cell (or use the arrow keys) to see how it is computed.</source>
        <translation>%1, carte %2&#xa0;: cliquez sur une case (ou utilisez les flèches) pour voir comment elle est calculée.</translation>
    </message>
    <message>
        <source>The image, its %1 by %2 pixels that the cell sees marked: rows %3 to %4, columns %5 to %6</source>
        <translation>L&apos;image, où sont marqués les %1 sur %2 pixels que voit la case&#xa0;: lignes %3 à %4, colonnes %5 à %6</translation>
    </message>
    <message numerus="yes">
        <source>Left: the part of the image the chosen cell sees. Right: the %n kernel(s) of 3 by 3 weights that make map %1, one per map it reads (blue: negative, red: positive).</source>
        <translation>
            <numerusform>À gauche&#xa0;: la partie de l&apos;image que voit la case choisie. À droite&#xa0;: %Ln noyau de 3 × 3 poids, qui produit la carte %1 (bleu&#xa0;: négatif, rouge&#xa0;: positif).</numerusform>
            <numerusform>À gauche&#xa0;: la partie de l&apos;image que voit la case choisie. À droite&#xa0;: les %Ln noyaux de 3 × 3 poids qui produisent la carte %1, un par carte lue (bleu&#xa0;: négatif, rouge&#xa0;: positif).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n kernel(s) of 3 by 3 weights behind map %1 (blue: negative, red: positive).</source>
        <translation>
            <numerusform>%Ln noyau de 3 × 3 poids derrière la carte %1 (bleu&#xa0;: négatif, rouge&#xa0;: positif).</numerusform>
            <numerusform>Les %Ln noyaux de 3 × 3 poids derrière la carte %1 (bleu&#xa0;: négatif, rouge&#xa0;: positif).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This layer has no kernels: each cell is the largest of a 2 by 2 window of map %1 %2, made by these %n kernel(s) (blue: negative weights, red: positive).</source>
        <translation>
            <numerusform>Cette couche n&apos;a pas de noyau&#xa0;: chaque case est la plus grande valeur d&apos;une fenêtre de 2 × 2 de la carte %1 %2, produite par %Ln noyau (bleu&#xa0;: poids négatifs, rouge&#xa0;: positifs).</numerusform>
            <numerusform>Cette couche n&apos;a pas de noyau&#xa0;: chaque case est la plus grande valeur d&apos;une fenêtre de 2 × 2 de la carte %1 %2, produite par ces %Ln noyaux (bleu&#xa0;: poids négatifs, rouge&#xa0;: positifs).</numerusform>
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
        <translation>Faux&#xa0;? C&apos;est un</translation>
    </message>
    <message>
        <source>Save this drawing as %1 (key %2)</source>
        <translation>Enregistrer ce dessin comme %1 (touche %2)</translation>
    </message>
    <message>
        <source>Not a digit</source>
        <translation>Pas un chiffre</translation>
    </message>
    <message>
        <source>Right: keep it</source>
        <translation>Juste&#xa0;: garder</translation>
    </message>
    <message>
        <source>or</source>
        <translation>ou</translation>
    </message>
    <message>
        <source>The reading is right: keep the drawing (Enter)</source>
        <translation>La lecture est juste&#xa0;: garder le dessin (Entrée)</translation>
    </message>
    <message>
        <source>Save digit %3 of %4 as %1 (key %2)</source>
        <translation>Enregistrer le chiffre %3 sur %4 comme %1 (touche %2)</translation>
    </message>
    <message>
        <source>Save this drawing as not a digit (key %1)</source>
        <translation>Enregistrer ce dessin comme n&apos;étant pas un chiffre (touche %1)</translation>
    </message>
    <message>
        <source>Save digit %1 of %2 as not a digit (key %3)</source>
        <translation>Enregistrer le chiffre %1 sur %2 comme n&apos;étant pas un chiffre (touche %3)</translation>
    </message>
</context>
<context>
    <name>Teaching</name>
    <message>
        <source>The drawing could not be saved</source>
        <translation>Le dessin n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>Draw a digit first</source>
        <translation>Dessinez d&apos;abord un chiffre</translation>
    </message>
    <message>
        <source>Saved digit %1 of %2 as not a digit</source>
        <translation>Chiffre %1 sur %2 enregistré comme n&apos;étant pas un chiffre</translation>
    </message>
    <message>
        <source>Saved digit %1 of %2 as %3</source>
        <translation>Chiffre %1 sur %2 enregistré comme %3</translation>
    </message>
    <message>
        <source>Saved as not a digit</source>
        <translation>Enregistré comme n&apos;étant pas un chiffre</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré comme %1</translation>
    </message>
    <message>
        <source>Not read as a digit: choose the digit it is (its button or key), or Not a digit (N)</source>
        <translation>Pas lu comme un chiffre&#xa0;: choisissez le bon chiffre (son bouton ou sa touche), ou Pas un chiffre (N)</translation>
    </message>
    <message>
        <source>Every digit of this number is saved already</source>
        <translation>Tous les chiffres de ce nombre sont déjà enregistrés</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 as %n examples</source>
        <translation>
            <numerusform>%1 enregistré en %Ln exemple</numerusform>
            <numerusform>%1 enregistré en %Ln exemples</numerusform>
        </translation>
    </message>
    <message>
        <source>A test image is not kept as a drawing: trained on, it would make the test score meaningless</source>
        <translation>Une image de test n&apos;est pas gardée comme dessin&#xa0;: s&apos;entraîner dessus rendrait le score au test sans valeur</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n drawing(s) of yours</source>
        <translation>
            <numerusform>%1 · vous avez %Ln dessin</numerusform>
            <numerusform>%1 · vous avez %Ln dessins</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save undone: the drawing is no longer kept</source>
        <translation>Enregistrement annulé&#xa0;: le dessin n&apos;est plus gardé</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <source>Loading MNIST</source>
        <translation>Chargement de MNIST</translation>
    </message>
    <message>
        <source>Preparing the training data</source>
        <translation>Préparation des données d&apos;entraînement</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Saving checkpoint</source>
        <translation>Enregistrement du modèle</translation>
    </message>
    <message>
        <source>%1...</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Training was stopped before it finished.</source>
        <translation>L&apos;entraînement a été arrêté avant la fin.</translation>
    </message>
    <message>
        <source>Training ended unexpectedly (exit code %1) before it finished.</source>
        <translation>L&apos;entraînement s&apos;est terminé de façon inattendue (code de sortie %1) avant la fin.</translation>
    </message>
    <message>
        <source>Its last words: %1</source>
        <translation>Ses derniers mots&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Invalid training settings</source>
        <translation>Réglages d&apos;entraînement non valides</translation>
    </message>
    <message>
        <source>No drawings yet</source>
        <translation>Pas encore de dessins</translation>
    </message>
    <message>
        <source>Correct a few predictions first: they are what fine-tuning learns from.</source>
        <translation>Corrigez d&apos;abord quelques réponses&#xa0;: c&apos;est d&apos;elles que l&apos;affinage apprend.</translation>
    </message>
    <message>
        <source>Cancelled: the model in use has not changed</source>
        <translation>Entraînement arrêté&#xa0;: le modèle utilisé n&apos;a pas changé</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Training stopped: the model in use has not changed</source>
        <translation>Entraînement arrêté&#xa0;: le modèle utilisé n&apos;a pas changé</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>Entraînement arrêté</translation>
    </message>
    <message>
        <source>The model in use has not changed.</source>
        <translation>Le modèle utilisé n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Using the bundled model again; your trained models are kept</source>
        <translation>Le modèle fourni est de nouveau utilisé&#xa0;; vos modèles entraînés sont gardés</translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <source>the trainer wrote its checkpoint to an unexpected place (%1)</source>
        <translation>le processus d&apos;entraînement a écrit son modèle à un endroit inattendu (%1)</translation>
    </message>
    <message>
        <source>The new checkpoint could not be used: %1</source>
        <translation>Le nouveau modèle n&apos;a pas pu être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The trainer could not be started: %1</source>
        <translation>Le processus d&apos;entraînement n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>précision au test</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>Training chart: loss and test accuracy by epoch</source>
        <translation>Graphique de l&apos;entraînement&#xa0;: perte et précision au test par époque</translation>
    </message>
    <message>
        <source>No training run yet.</source>
        <translation>Aucun entraînement pour l&apos;instant.</translation>
    </message>
    <message>
        <source>After epoch %1: test accuracy %2, loss %3</source>
        <translation>Après l&apos;époque %1&#xa0;: précision au test %2, perte %3</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Augment (rotate, scale, thicken)</source>
        <translation>Varier (pivoter, redimensionner, épaissir)</translation>
    </message>
    <message>
        <source>Include my saved drawings</source>
        <translation>Inclure mes dessins enregistrés</translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation>Réentraîner</translation>
    </message>
    <message>
        <source>Train the network on MNIST with these settings</source>
        <translation>Entraîner le réseau sur MNIST avec ces réglages</translation>
    </message>
    <message>
        <source>Fine-tune on my drawings</source>
        <translation>Affiner avec mes dessins</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop this run: the model in use stays</source>
        <translation>Arrêter cet entraînement&#xa0;: le modèle utilisé reste</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p&#xa0;%</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Show or hide the training settings: epochs, batch, rate, data</source>
        <translation>Afficher ou masquer les réglages d&apos;entraînement&#xa0;: époques, lot, taux, données</translation>
    </message>
    <message>
        <source>How many times training goes through all the training digits: more take longer and usually read a little better</source>
        <translation>Combien de fois l&apos;entraînement parcourt tous les chiffres d&apos;entraînement&#xa0;: plus il y en a, plus c&apos;est long, et en général la lecture est un peu meilleure</translation>
    </message>
    <message>
        <source>How many digits the network looks at before each small change to what it has learned</source>
        <translation>Combien de chiffres le réseau regarde avant chaque petit changement de ce qu&apos;il a appris</translation>
    </message>
    <message>
        <source>How big each change is: too big and training jumps about, too small and it crawls</source>
        <translation>La taille de chaque changement&#xa0;: trop grand, l&apos;entraînement fait des bonds&#xa0;; trop petit, il avance très lentement</translation>
    </message>
    <message>
        <source>Each training digit is also shown turned, scaled or thickened a little, as people&apos;s writing varies</source>
        <translation>Chaque chiffre d&apos;entraînement est aussi montré un peu pivoté, redimensionné ou épaissi, car l&apos;écriture varie d&apos;une personne à l&apos;autre</translation>
    </message>
    <message>
        <source>Your saved drawings are learned from too, with MNIST&apos;s digits</source>
        <translation>Le réseau apprend aussi de vos dessins enregistrés, avec les chiffres de MNIST</translation>
    </message>
    <message>
        <source>A short run that teaches the model in use your saved drawings</source>
        <translation>Un court entraînement qui apprend vos dessins enregistrés au modèle utilisé</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>Démarrage…</translation>
    </message>
    <message numerus="yes">
        <source>Training started: %n epoch(s)</source>
        <translation>
            <numerusform>Entraînement lancé&#xa0;: %Ln époque</numerusform>
            <numerusform>Entraînement lancé&#xa0;: %Ln époques</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Training: %1</source>
        <translation>Entraînement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Epoch %1/%2</source>
        <translation>Époque %1/%2</translation>
    </message>
    <message>
        <source>loss %1 · %2 images/s · %3 elapsed · %4</source>
        <translation>perte %1 · %2 images/s · temps écoulé %3 · %4</translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation>estimation du temps restant</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>encore %1</translation>
    </message>
    <message>
        <source>Epoch %1/%2: test accuracy %3</source>
        <translation>Époque %1/%2&#xa0;: précision au test %3</translation>
    </message>
</context>
<context>
    <name>WindowAccess</name>
    <message>
        <source>Draw a digit or a number with the mouse, a pen or a finger, or open a picture (Ctrl+O) or paste one (Ctrl+V). Keys 0 to 9 save the drawing as that digit, N as not a digit, Enter keeps it as an example, Delete clears it.</source>
        <translation>Dessinez un chiffre ou un nombre avec la souris, un stylet ou le doigt, ou ouvrez une image (Ctrl+O) ou collez-en une (Ctrl+V). Les touches 0 à 9 enregistrent le dessin comme ce chiffre, N comme n&apos;étant pas un chiffre, Entrée le garde comme exemple, Suppr l&apos;efface.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>No answer: the canvas is blank.</source>
        <translation>Pas de réponse&#xa0;: la zone de dessin est vide.</translation>
    </message>
    <message>
        <source>Not a digit: %1.</source>
        <translation>Pas un chiffre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>Pas un nombre.</translation>
    </message>
    <message>
        <source>Read as the number %1, %2 sure.</source>
        <translation>Lu comme le nombre %1, sûr à %2.</translation>
    </message>
    <message>
        <source>Read as %1, %2 sure.</source>
        <translation>Lu comme %1, sûr à %2.</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Training settings, their presets, and the language</source>
        <translation>Réglages d&apos;entraînement, leurs recettes et la langue</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Drawing canvas</source>
        <translation>Zone de dessin</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Answer and training</source>
        <translation>Réponse et entraînement</translation>
    </message>
    <message>
        <source>Digits of the number</source>
        <translation>Chiffres du nombre</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Certitude</translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation>Épaisseur du crayon</translation>
    </message>
    <message>
        <source>The width of the pen in pixels</source>
        <translation>L&apos;épaisseur du crayon en pixels</translation>
    </message>
    <message>
        <source>Wrong? It&apos;s a</source>
        <translation>Faux&#xa0;? C&apos;est un</translation>
    </message>
    <message>
        <source>It&apos;s %1</source>
        <translation>C&apos;est %1</translation>
    </message>
    <message>
        <source>Not a digit</source>
        <translation>Pas un chiffre</translation>
    </message>
    <message>
        <source>Right: keep it</source>
        <translation>Juste&#xa0;: garder</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Progression de l&apos;entraînement</translation>
    </message>
    <message>
        <source>Training status</source>
        <translation>État de l&apos;entraînement</translation>
    </message>
    <message>
        <source>Training details</source>
        <translation>Détails de l&apos;entraînement</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>Réglages d&apos;entraînement</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Recette</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Plus d&apos;outils</translation>
    </message>
    <message>
        <source>Not a digit: %1. Space shows its histogram.</source>
        <translation>Pas un chiffre&#xa0;: %1. Espace affiche son histogramme.</translation>
    </message>
    <message>
        <source>Read as %1, %2 sure. Space shows its histogram.</source>
        <translation>Lu comme %1, sûr à %2. Espace affiche son histogramme.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>not a digit</source>
        <translation>pas un chiffre</translation>
    </message>
    <message>
        <source>Digit %1 of %2</source>
        <translation>Chiffre %1 sur %2</translation>
    </message>
</context>
</TS>
