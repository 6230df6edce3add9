<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>Anchorline::App::FileActions</name>
    <message numerus="yes">
        <source>%n entries could not be used and were left out.</source>
        <translation>
            <numerusform>%n entry could not be used and was left out.</numerusform>
            <numerusform>%n entries could not be used and were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Anchorline::App::MainWindow</name>
    <message numerus="yes">
        <source>%n merge conflict(s) to resolve…</source>
        <translation>
            <numerusform>%n merge conflict to resolve…</numerusform>
            <numerusform>%n merge conflicts to resolve…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Anchorline::Model::Document</name>
    <message numerus="yes">
        <source>source &quot;%1&quot; is still quoted by %n evidence passage(s); remove that evidence first</source>
        <translation>
            <numerusform>source &quot;%1&quot; is still quoted by %n evidence passage; remove that evidence first</numerusform>
            <numerusform>source &quot;%1&quot; is still quoted by %n evidence passages; remove that evidence first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Anchorline::Model::EventsPerYearModel</name>
    <message numerus="yes">
        <source>%1, %2: %n event(s)</source>
        <translation>
            <numerusform>%1, %2: %n event</numerusform>
            <numerusform>%1, %2: %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Anchorline::Model::ThemeMatrixModel</name>
    <message numerus="yes">
        <source>%n anchored passage(s) tie the documents to “%1”.</source>
        <translation>
            <numerusform>%n anchored passage ties the documents to “%1”.</numerusform>
            <numerusform>%n anchored passages tie the documents to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anchored passage(s) tie “%1” to “%2”.</source>
        <translation>
            <numerusform>%n anchored passage ties “%1” to “%2”.</numerusform>
            <numerusform>%n anchored passages tie “%1” to “%2”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::AnchorEditDialog</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::CollectionPage</name>
    <message numerus="yes">
        <source>“%1” cannot be deleted: %n evidence passage(s) quote it.</source>
        <translation>
            <numerusform>“%1” cannot be deleted: %n evidence passage quotes it.</numerusform>
            <numerusform>“%1” cannot be deleted: %n evidence passages quote it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is cited by %n event(s).</source>
        <translation>
            <numerusform>It is cited by %n event.</numerusform>
            <numerusform>It is cited by %n events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is cited by %n relation(s).</source>
        <translation>
            <numerusform>It is cited by %n relation.</numerusform>
            <numerusform>It is cited by %n relations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::DateClaimDialog</name>
    <message numerus="yes">
        <source>%n evidence passage(s) of this claim are kept.</source>
        <translation>
            <numerusform>%n evidence passage of this claim is kept.</numerusform>
            <numerusform>%n evidence passages of this claim are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::DocumentThemeMatrix</name>
    <message numerus="yes">
        <source>%n passage(s) tie “%1” to “%2”:</source>
        <translation>
            <numerusform>%n passage ties “%1” to “%2”:</numerusform>
            <numerusform>%n passages tie “%1” to “%2”:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::EventDetailsPanel</name>
    <message numerus="yes">
        <source>Evidence (%n passages)</source>
        <translation>
            <numerusform>Evidence (%n passage)</numerusform>
            <numerusform>Evidence (%n passages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Media (%n links)</source>
        <translation>
            <numerusform>Media (%n link)</numerusform>
            <numerusform>Media (%n links)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::ExportDialog</name>
    <message numerus="yes">
        <source>, %1 dpi, %n event(s) shown</source>
        <translation>
            <numerusform>, %1 dpi, %n event shown</numerusform>
            <numerusform>, %1 dpi, %n events shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::RelationGraph</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::RelationPanel</name>
    <message numerus="yes">
        <source>%n cross-reference(s). Click or press Enter to go to an event.</source>
        <translation>
            <numerusform>%n cross-reference. Click or press Enter to go to an event.</numerusform>
            <numerusform>%n cross-references. Click or press Enter to go to an event.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::SearchPanel</name>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n places in source texts</source>
        <translation>
            <numerusform>%n place in source texts</numerusform>
            <numerusform>%n places in source texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actors</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n themes</source>
        <translation>
            <numerusform>%n theme</numerusform>
            <numerusform>%n themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kinds</source>
        <translation>
            <numerusform>%n kind</numerusform>
            <numerusform>%n kinds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::SourceTextView</name>
    <message numerus="yes">
        <source>%1 (%2) · %n passages placed</source>
        <translation>
            <numerusform>%1 (%2) · %n passage placed</numerusform>
            <numerusform>%1 (%2) · %n passages placed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not placed</source>
        <translation>
            <numerusform>, %n not placed</numerusform>
            <numerusform>, %n not placed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passages could not be placed in this text:</source>
        <translation>
            <numerusform>%n passage could not be placed in this text:</numerusform>
            <numerusform>%n passages could not be placed in this text:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passages</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::TimelineView</name>
    <message numerus="yes">
        <source>%n event(s) around %1 — zoom in to see them</source>
        <translation>
            <numerusform>%n event around %1 — zoom in to see it</numerusform>
            <numerusform>%n events around %1 — zoom in to see them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::WebPageExporter</name>
    <message numerus="yes">
        <source>%n event(s) in lanes not shown</source>
        <translation>
            <numerusform>%n event in lanes not shown</numerusform>
            <numerusform>%n events in lanes not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) without a usable date</source>
        <translation>
            <numerusform>%n event without a usable date</numerusform>
            <numerusform>%n events without a usable date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s)</source>
        <translation>
            <numerusform>%n metric</numerusform>
            <numerusform>%n metrics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) (kept as links)</source>
        <translation>
            <numerusform>%n picture (kept as links)</numerusform>
            <numerusform>%n pictures (kept as links)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%n event(s) list this actor; it will be taken off them.</source>
        <translation>
            <numerusform>%n event lists this actor; it will be taken off it.</numerusform>
            <numerusform>%n events list this actor; it will be taken off them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) will have no actor left and move to the lane for events without an actor.</source>
        <translation>
            <numerusform>%n event will have no actor left and moves to the lane for events without an actor.</numerusform>
            <numerusform>%n events will have no actor left and move to the lane for events without an actor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n era(s) in its lane will no longer belong to a lane.</source>
        <translation>
            <numerusform>%n era in its lane will no longer belong to a lane.</numerusform>
            <numerusform>%n eras in its lane will no longer belong to a lane.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) are tagged with this theme; the tag will be taken off them.</source>
        <translation>
            <numerusform>%n event is tagged with this theme; the tag will be taken off it.</numerusform>
            <numerusform>%n events are tagged with this theme; the tag will be taken off them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date claim(s) name this source; they keep their dates without a source.</source>
        <translation>
            <numerusform>%n date claim names this source; it keeps its date without a source.</numerusform>
            <numerusform>%n date claims name this source; they keep their dates without a source.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metric value(s) name this source; they keep their values without a source.</source>
        <translation>
            <numerusform>%n metric value names this source; it keeps its value without a source.</numerusform>
            <numerusform>%n metric values name this source; they keep their values without a source.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n value(s) will be deleted with it.</source>
        <translation>
            <numerusform>Its %n value will be deleted with it.</numerusform>
            <numerusform>Its %n values will be deleted with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; and %n more</numerusform>
            <numerusform>; and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
