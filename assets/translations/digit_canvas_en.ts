<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConfusionMatrixView</name>
    <message numerus="yes">
        <source>true %1, predicted %2: %n image(s)</source>
        <translation>
            <numerusform>true %1, predicted %2: %Ln image</numerusform>
            <numerusform>true %1, predicted %2: %Ln images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplorerWindow</name>
    <message numerus="yes">
        <source>(%n of them among the mistakes)</source>
        <translation>
            <numerusform>(%Ln of them among the mistakes)</numerusform>
            <numerusform>(%Ln of them among the mistakes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>page %1 of %2 · %n image(s)</source>
        <translation>
            <numerusform>page %1 of %2 · %Ln image</numerusform>
            <numerusform>page %1 of %2 · %Ln images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%n drawing(s) imported</source>
        <translation>
            <numerusform>%Ln drawing imported</numerusform>
            <numerusform>%Ln drawings imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank skipped</source>
        <translation>
            <numerusform>%Ln blank skipped</numerusform>
            <numerusform>%Ln blank skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%Ln already present</numerusform>
            <numerusform>%Ln already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a digit label ignored</source>
        <translation>
            <numerusform>%Ln without a digit label ignored</numerusform>
            <numerusform>%Ln without a digit label ignored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%Ln unreadable</numerusform>
            <numerusform>%Ln unreadable</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelsWindow</name>
    <message numerus="yes">
        <source>%n model(s) not listed: the facts saved with them cannot be read (%1, in %2).</source>
        <translation>
            <numerusform>%Ln model not listed: the facts saved with it cannot be read (%1, in %2).</numerusform>
            <numerusform>%Ln models not listed: the facts saved with them cannot be read (%1, in %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s) · batch %1 · rate %2</source>
        <translation>
            <numerusform>%Ln epoch · batch %1 · rate %2</numerusform>
            <numerusform>%Ln epochs · batch %1 · rate %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PredictionPanel</name>
    <message numerus="yes">
        <source>%n piece(s) marked ? do not look like a digit</source>
        <translation>
            <numerusform>One piece marked ? does not look like a digit</numerusform>
            <numerusform>%n pieces marked ? do not look like digits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SamplesView</name>
    <message numerus="yes">
        <source>%n drawing(s) shown</source>
        <translation>
            <numerusform>%Ln drawing shown</numerusform>
            <numerusform>%Ln drawings shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your drawings database was damaged. It was kept as %1 and a new one was started; %n drawing(s) could be recovered.</source>
        <translation>
            <numerusform>Your drawings database was damaged. It was kept as %1 and a new one was started; %Ln drawing could be recovered.</numerusform>
            <numerusform>Your drawings database was damaged. It was kept as %1 and a new one was started; %Ln drawings could be recovered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relabel %n drawing(s) as not a digit</source>
        <translation>
            <numerusform>Relabel %Ln drawing as not a digit</numerusform>
            <numerusform>Relabel %Ln drawings as not a digit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relabelled %n drawing(s) as not a digit. Ctrl+Z takes it back.</source>
        <translation>
            <numerusform>Relabelled %Ln drawing as not a digit. Ctrl+Z takes it back.</numerusform>
            <numerusform>Relabelled %Ln drawings as not a digit. Ctrl+Z takes them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relabel %n drawing(s) as %1</source>
        <translation>
            <numerusform>Relabel %Ln drawing as %1</numerusform>
            <numerusform>Relabel %Ln drawings as %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relabelled %n drawing(s) as %1. Ctrl+Z takes it back.</source>
        <translation>
            <numerusform>Relabelled %Ln drawing as %1. Ctrl+Z takes it back.</numerusform>
            <numerusform>Relabelled %Ln drawings as %1. Ctrl+Z takes them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n drawing(s)</source>
        <translation>
            <numerusform>Delete %Ln drawing</numerusform>
            <numerusform>Delete %Ln drawings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n drawing(s). Ctrl+Z brings them back (for %1 minutes).</source>
        <translation>
            <numerusform>Deleted %Ln drawing. Ctrl+Z brings it back (for %1 minutes).</numerusform>
            <numerusform>Deleted %Ln drawings. Ctrl+Z brings them back (for %1 minutes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n drawing(s). Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Deleted %Ln drawing. Ctrl+Z brings it back.</numerusform>
            <numerusform>Deleted %Ln drawings. Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n drawing(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln drawing to %1</numerusform>
            <numerusform>Exported %Ln drawings to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message numerus="yes">
        <source>It was kept aside as %1; %n drawing(s) were recovered into a new one.</source>
        <translation>
            <numerusform>It was kept aside as %1; %Ln drawing was recovered into a new one.</numerusform>
            <numerusform>It was kept aside as %1; %Ln drawings were recovered into a new one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message numerus="yes">
        <source>The %n kernel(s) of 3 by 3 weights behind map %1 (blue: negative, red: positive).</source>
        <translation>
            <numerusform>The kernel of 3 by 3 weights behind map %1 (blue: negative, red: positive).</numerusform>
            <numerusform>The %Ln kernels of 3 by 3 weights behind map %1 (blue: negative, red: positive).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This layer has no kernels: each cell is the largest of a 2 by 2 window of map %1 %2, made by these %n kernel(s) (blue: negative weights, red: positive).</source>
        <translation>
            <numerusform>This layer has no kernels: each cell is the largest of a 2 by 2 window of map %1 %2, made by this kernel (blue: negative weights, red: positive).</numerusform>
            <numerusform>This layer has no kernels: each cell is the largest of a 2 by 2 window of map %1 %2, made by these %Ln kernels (blue: negative weights, red: positive).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left: the part of the image the chosen cell sees. Right: the %n kernel(s) of 3 by 3 weights that make map %1, one per map it reads (blue: negative, red: positive).</source>
        <translation>
            <numerusform>Left: the part of the image the chosen cell sees. Right: the kernel of 3 by 3 weights that makes map %1 (blue: negative, red: positive).</numerusform>
            <numerusform>Left: the part of the image the chosen cell sees. Right: the %Ln kernels of 3 by 3 weights that make map %1, one per map it reads (blue: negative, red: positive).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Teaching</name>
    <message numerus="yes">
        <source>Saved %1 as %n examples</source>
        <translation>
            <numerusform>Saved %1 as %Ln example</numerusform>
            <numerusform>Saved %1 as %Ln examples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n drawing(s) of yours</source>
        <translation>
            <numerusform>%1 · %Ln drawing of yours</numerusform>
            <numerusform>%1 · %Ln drawings of yours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message numerus="yes">
        <source>Training started: %n epoch(s)</source>
        <translation>
            <numerusform>Training started: %Ln epoch</numerusform>
            <numerusform>Training started: %Ln epochs</numerusform>
        </translation>
    </message>
</context>
</TS>
