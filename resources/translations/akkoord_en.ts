<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>akkoord::AdviceText</name>
    <message numerus="yes">
        <source>%n question(s) not answered yet (see “Missing information”)</source>
        <translation>
            <numerusform>%n question not answered yet (see “Missing information”)</numerusform>
            <numerusform>%n questions not answered yet (see “Missing information”)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akkoord::Cli</name>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n commitment</numerusform>
            <numerusform>%n commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n commitment(s), numbered from 0; there is no commitment %2</source>
        <translation>
            <numerusform>“%1” has %n commitment, numbered from 0; there is no commitment %2</numerusform>
            <numerusform>“%1” has %n commitments, numbered from 0; there is no commitment %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n realisation(s)</source>
        <translation>
            <numerusform>%n realisation</numerusform>
            <numerusform>%n realisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) and agreement(s) were there already (from an earlier copy) and were left as they are.</source>
        <translation>
            <numerusform>%n scenario or agreement was there already (from an earlier copy) and was left as it is.</numerusform>
            <numerusform>%n scenarios and agreements were there already (from an earlier copy) and were left as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akkoord::ReportWriter</name>
    <message numerus="yes">
        <source>%n employer(s)</source>
        <translation>
            <numerusform>%n employer</numerusform>
            <numerusform>%n employers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akkoord::ui::AdvicePanel</name>
    <message numerus="yes">
        <source>The advice below reads only what the source states about %1 (%n answer(s)), so it says little; its questions cannot be answered here. Duplicate the example to work with its situation.</source>
        <translation>
            <numerusform>The advice below reads only what the source states about %1 (%n answer), so it says little; its questions cannot be answered here. Duplicate the example to work with its situation.</numerusform>
            <numerusform>The advice below reads only what the source states about %1 (%n answers), so it says little; its questions cannot be answered here. Duplicate the example to work with its situation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akkoord::ui::ComparisonChooser</name>
    <message numerus="yes">
        <source>%n found.</source>
        <translation>
            <numerusform>%n found.</numerusform>
            <numerusform>%n found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akkoord::ui::HistoryDialog</name>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1; and %n more</numerusform>
            <numerusform>%1; and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akkoord::ui::QuestionnaireWidget</name>
    <message numerus="yes">
        <source>Practice example %1, read only. Only what the source states about it is filled in: %n question(s).</source>
        <translation>
            <numerusform>Practice example %1, read only. Only what the source states about it is filled in: %n question.</numerusform>
            <numerusform>Practice example %1, read only. Only what the source states about it is filled in: %n questions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akkoord::ui::ScenarioSession</name>
    <message numerus="yes">
        <source>Saved. Its history now holds %n version(s).</source>
        <translation>
            <numerusform>Saved. Its history now holds %n version.</numerusform>
            <numerusform>Saved. Its history now holds %n versions.</numerusform>
        </translation>
    </message>
</context>
</TS>
