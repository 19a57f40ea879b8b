<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Ferry::App::GuiApp</name>
    <message numerus="yes">
        <source>%n item(s) are too many to hand over at once.</source>
        <translation>
            <numerusform>%n item is too many to hand over at once.</numerusform>
            <numerusform>%n items are too many to hand over at once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::DevicePanel</name>
    <message numerus="yes">
        <source>Send a folder to %n devices</source>
        <translation>
            <numerusform>Send a folder to %n device</numerusform>
            <numerusform>Send a folder to %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send files to %n devices</source>
        <translation>
            <numerusform>Send files to %n device</numerusform>
            <numerusform>Send files to %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %1 to %n devices…</source>
        <translation>
            <numerusform>Sending %1 to %n device…</numerusform>
            <numerusform>Sending %1 to %n devices…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::MainWindow</name>
    <message numerus="yes">
        <source>%n transfer(s) are not finished.</source>
        <translation>
            <numerusform>%n transfer is not finished.</numerusform>
            <numerusform>%n transfers are not finished.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::RequestDialog</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <comment>items not listed</comment>
        <translation>
            <numerusform>+ %n more</numerusform>
            <numerusform>+ %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::SendToDialog</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>missing file names, then how many others</comment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be found: %1</source>
        <comment>nothing else was given</comment>
        <translation>
            <numerusform>%n item could not be found: %1</numerusform>
            <numerusform>%n items could not be found: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be found and will not be sent: %1</source>
        <translation>
            <numerusform>%n item could not be found and will not be sent: %1</numerusform>
            <numerusform>%n items could not be found and will not be sent: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send to %n Device(s)</source>
        <translation>
            <numerusform>&amp;Send to %n Device</numerusform>
            <numerusform>&amp;Send to %n Devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n folder</numerusform>
            <numerusform>%n folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n more</source>
        <comment>a file name and how many other items</comment>
        <translation>
            <numerusform>%1 + %n more</numerusform>
            <numerusform>%1 + %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
