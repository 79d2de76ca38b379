<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Agenda</name>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercise</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Fixed time</source>
        <translation>Fixed time</translation>
    </message>
    <message>
        <source>Who leads, where</source>
        <translation>Who leads, where</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Day %1</translation>
    </message>
    <message>
        <source>starts at %1</source>
        <translation>starts at %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min over</source>
        <translation>
            <numerusform>%n min over</numerusform>
            <numerusform>%n min over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min to spare</source>
        <translation>
            <numerusform>%n min to spare</numerusform>
            <numerusform>%n min to spare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This track runs %n minutes past the end of its block.</source>
        <translation>
            <numerusform>This track runs %n minute past the end of its block.</numerusform>
            <numerusform>This track runs %n minutes past the end of its block.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The blocks before this fixed time run %n minutes over it.</source>
        <translation>
            <numerusform>The blocks before this fixed time run %n minute over it.</numerusform>
            <numerusform>The blocks before this fixed time run %n minutes over it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fixed time: the blocks before it leave %n minutes to spare.</source>
        <translation>
            <numerusform>Fixed time: the blocks before it leave %n minute to spare.</numerusform>
            <numerusform>Fixed time: the blocks before it leave %n minutes to spare.</numerusform>
        </translation>
    </message>
    <message>
        <source>This block ends after the workshop&apos;s end time.</source>
        <translation>This block ends after the workshop&apos;s end time.</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Agenda blocks</source>
        <translation>Agenda blocks</translation>
    </message>
    <message>
        <source>&amp;Add block</source>
        <translation>&amp;Add block</translation>
    </message>
    <message>
        <source>Add from &amp;library…</source>
        <translation>Add from &amp;library…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Move u&amp;p</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>Categories…</translation>
    </message>
    <message>
        <source>Packing list</source>
        <translation>Packing list</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Block</translation>
    </message>
    <message>
        <source>Pac&amp;king list</source>
        <translation>Pac&amp;king list</translation>
    </message>
    <message>
        <source>Choose a workshop to plan its agenda.</source>
        <translation>Choose a workshop to plan its agenda.</translation>
    </message>
    <message numerus="yes">
        <source>%n blocks over %1 days (%2 min); each day ends at %3.</source>
        <translation>
            <numerusform>%n block over %1 days (%2 min); each day ends at %3.</numerusform>
            <numerusform>%n blocks over %1 days (%2 min); each day ends at %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocks from %1 to %2 (%3 min); the workshop ends at %4.</source>
        <translation>
            <numerusform>%n block from %1 to %2 (%3 min); the workshop ends at %4.</numerusform>
            <numerusform>%n blocks from %1 to %2 (%3 min); the workshop ends at %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ The blocks before %1 run %n minutes over its fixed time.</source>
        <translation>
            <numerusform>⚠ The blocks before %1 run %n minute over its fixed time.</numerusform>
            <numerusform>⚠ The blocks before %1 run %n minutes over its fixed time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ The track %1 runs %n minutes past the end of its block.</source>
        <translation>
            <numerusform>⚠ The track %1 runs %n minute past the end of its block.</numerusform>
            <numerusform>⚠ The track %1 runs %n minutes past the end of its block.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ The plan runs %n minutes past the end time.</source>
        <translation>
            <numerusform>⚠ The plan runs %n minute past the end time.</numerusform>
            <numerusform>⚠ The plan runs %n minutes past the end time.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <source>Add parallel track</source>
        <translation>Add parallel track</translation>
    </message>
    <message>
        <source>Edit agenda block</source>
        <translation>Edit agenda block</translation>
    </message>
    <message>
        <source>Add agenda block</source>
        <translation>Add agenda block</translation>
    </message>
    <message>
        <source>New block</source>
        <translation>New block</translation>
    </message>
    <message>
        <source>Add method to agenda</source>
        <translation>Add method to agenda</translation>
    </message>
    <message>
        <source>Add methods to agenda</source>
        <translation>Add methods to agenda</translation>
    </message>
    <message>
        <source>Remove agenda block</source>
        <translation>Remove agenda block</translation>
    </message>
    <message>
        <source>Move agenda block</source>
        <translation>Move agenda block</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Fasilitaattori</source>
        <translation>Fasilitaattori</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>{label}: {count} ({share} %)</source>
        <translation>{label}: {count} ({share} %)</translation>
    </message>
    <message>
        <source>{count} ({share} %)</source>
        <translation>{count} ({share} %)</translation>
    </message>
</context>
<context>
    <name>BlockEditor</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Fixed start time</source>
        <translation>Fixed start time</translation>
    </message>
    <message>
        <source>A block with a fixed time starts then, whatever comes before it; leave empty to let it follow the block before.</source>
        <translation>A block with a fixed time starts then, whatever comes before it; leave empty to let it follow the block before.</translation>
    </message>
    <message>
        <source>A group or table that works on its own thing in this block&apos;s time; the tracks merge back after the block.</source>
        <translation>A group or table that works on its own thing in this block&apos;s time; the tracks merge back after the block.</translation>
    </message>
    <message>
        <source>Keep this block with its instructions and materials for other workshops: it is added from the library like a method.</source>
        <translation>Keep this block with its instructions and materials for other workshops: it is added from the library like a method.</translation>
    </message>
    <message>
        <source>One material on each line</source>
        <translation>One material on each line</translation>
    </message>
    <message>
        <source>Only for you: not on the participants&apos; agenda</source>
        <translation>Only for you: not on the participants&apos; agenda</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>Categor&amp;y:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Room:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Method:</translation>
    </message>
    <message>
        <source>Instructio&amp;ns:</source>
        <translation>Instructio&amp;ns:</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>&amp;Materials:</translation>
    </message>
    <message>
        <source>Facilitator&apos;s n&amp;otes:</source>
        <translation>Facilitator&apos;s n&amp;otes:</translation>
    </message>
    <message>
        <source>Save to My blocks</source>
        <translation>Save to My blocks</translation>
    </message>
    <message>
        <source>Add parallel track</source>
        <translation>Add parallel track</translation>
    </message>
    <message>
        <source>Fixed time:</source>
        <translation>Fixed time:</translation>
    </message>
    <message>
        <source>Who leads:</source>
        <translation>Who leads:</translation>
    </message>
    <message>
        <source>Saved to My blocks: add it to any workshop with &quot;Add from library&quot;.</source>
        <translation>Saved to My blocks: add it to any workshop with &quot;Add from library&quot;.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>CaptureActions</name>
    <message>
        <source>&amp;Live capture</source>
        <translation>&amp;Live capture</translation>
    </message>
    <message>
        <source>A large-type screen for the running workshop: time left and quick notes.</source>
        <translation>A large-type screen for the running workshop: time left and quick notes.</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Own categories</source>
        <translation>Own categories</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Participants&apos; own work and discussion</source>
        <translation>Participants&apos; own work and discussion</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;name</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>C&amp;olour…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Time &amp;counts as:</source>
        <translation>Time &amp;counts as:</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Add category</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>Change category</translation>
    </message>
    <message>
        <source>Category colour</source>
        <translation>Category colour</translation>
    </message>
    <message>
        <source>Remove category</source>
        <translation>Remove category</translation>
    </message>
</context>
<context>
    <name>CommitText</name>
    <message>
        <source>Not saved yet: saving waits for the import to finish.</source>
        <translation>Not saved yet: saving waits for the import to finish.</translation>
    </message>
    <message>
        <source>Not saved yet: saving is tried again in a moment.</source>
        <translation>Not saved yet: saving is tried again in a moment.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Conflicts to look at</source>
        <translation>Conflicts to look at</translation>
    </message>
    <message>
        <source>&amp;In use now</source>
        <translation>&amp;In use now</translation>
    </message>
    <message>
        <source>&amp;Other version</source>
        <translation>&amp;Other version</translation>
    </message>
    <message>
        <source>&amp;Merged text (edit freely)</source>
        <translation>&amp;Merged text (edit freely)</translation>
    </message>
    <message>
        <source>Keep the one in &amp;use</source>
        <translation>Keep the one in &amp;use</translation>
    </message>
    <message>
        <source>Keep the o&amp;ther</source>
        <translation>Keep the o&amp;ther</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Keep &amp;both</translation>
    </message>
    <message>
        <source>&amp;Save merged text</source>
        <translation>&amp;Save merged text</translation>
    </message>
    <message>
        <source>&amp;Restore it with the edit</source>
        <translation>&amp;Restore it with the edit</translation>
    </message>
    <message>
        <source>&amp;Let it go (stays deleted)</source>
        <translation>&amp;Let it go (stays deleted)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>edited after it was deleted</source>
        <translation>edited after it was deleted</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) were changed on two devices at the same time. Choose what to keep; the choice goes to the other devices with the next sync.</source>
        <translation>
            <numerusform>%n value was changed on two devices at the same time. Choose what to keep; the choice goes to the other devices with the next sync.</numerusform>
            <numerusform>%n values were changed on two devices at the same time. Choose what to keep; the choice goes to the other devices with the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: everything that was changed on two devices has been settled.</source>
        <translation>No conflicts: everything that was changed on two devices has been settled.</translation>
    </message>
    <message>
        <source>The &amp;edit</source>
        <translation>The &amp;edit</translation>
    </message>
    <message>
        <source>The {what} “{title}” was deleted on one device while its {field} was edited on another. Restore it with the edit, or let it go and it stays deleted.</source>
        <translation>The {what} “{title}” was deleted on one device while its {field} was edited on another. Restore it with the edit, or let it go and it stays deleted.</translation>
    </message>
    <message>
        <source>{field} of the {what} “{title}”</source>
        <translation>{field} of the {what} “{title}”</translation>
    </message>
    <message>
        <source>Keep the value in use</source>
        <translation>Keep the value in use</translation>
    </message>
    <message>
        <source>Keep the other value</source>
        <translation>Keep the other value</translation>
    </message>
    <message>
        <source>Keep both values</source>
        <translation>Keep both values</translation>
    </message>
    <message>
        <source>Save the merged text</source>
        <translation>Save the merged text</translation>
    </message>
    <message>
        <source>Restore the deleted row</source>
        <translation>Restore the deleted row</translation>
    </message>
    <message>
        <source>Let the edit go</source>
        <translation>Let the edit go</translation>
    </message>
</context>
<context>
    <name>CrossTabPanel</name>
    <message>
        <source>Co&amp;mpare by:</source>
        <translation>Co&amp;mpare by:</translation>
    </message>
    <message>
        <source>Answers by background question</source>
        <translation>Answers by background question</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>No comparison</translation>
    </message>
    <message>
        <source>Mean; for yes/no questions the share of yes; in brackets the number of respondents. Other holds the groups of fewer than {min} respondents. – marks a figure from fewer than {min} answers, so that no one&apos;s answers can be recognised.</source>
        <translation>Mean; for yes/no questions the share of yes; in brackets the number of respondents. Other holds the groups of fewer than {min} respondents. – marks a figure from fewer than {min} answers, so that no one&apos;s answers can be recognised.</translation>
    </message>
    <message>
        <source>Nothing to compare yet: at least two groups of {min} respondents are needed.</source>
        <translation>Nothing to compare yet: at least two groups of {min} respondents are needed.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Question and group</source>
        <translation>Question and group</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>too few answers to show</source>
        <translation>too few answers to show</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>yes %</source>
        <translation>yes %</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose from a calendar</source>
        <translation>Choose from a calendar</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Choose from a calendar (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DaysBar</name>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Days:</translation>
    </message>
    <message>
        <source>Day %1 begins at:</source>
        <translation>Day %1 begins at:</translation>
    </message>
    <message>
        <source>Choose the agenda&apos;s columns</source>
        <translation>Choose the agenda&apos;s columns</translation>
    </message>
    <message>
        <source>Change the number of days</source>
        <translation>Change the number of days</translation>
    </message>
    <message>
        <source>Change the day&apos;s start time</source>
        <translation>Change the day&apos;s start time</translation>
    </message>
</context>
<context>
    <name>DeviceId</name>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Give this laptop a new device id now? Nothing else in its data changes.</source>
        <translation>Give this laptop a new device id now? Nothing else in its data changes.</translation>
    </message>
    <message>
        <source>&amp;Give a new id</source>
        <translation>&amp;Give a new id</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Workshop summary</source>
        <translation>Workshop summary</translation>
    </message>
    <message>
        <source>Participant agenda</source>
        <translation>Participant agenda</translation>
    </message>
    <message>
        <source>Run sheet</source>
        <translation>Run sheet</translation>
    </message>
    <message>
        <source>Packing list</source>
        <translation>Packing list</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <source>Feedback form</source>
        <translation>Feedback form</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Worksheet</translation>
    </message>
    <message>
        <source>Project report</source>
        <translation>Project report</translation>
    </message>
    <message>
        <source>Printout</source>
        <translation>Printout</translation>
    </message>
    <message>
        <source>Block whose worksheet to print</source>
        <translation>Block whose worksheet to print</translation>
    </message>
    <message>
        <source>e.g. Group 1, Group 2, Group 3</source>
        <translation>e.g. Group 1, Group 2, Group 3</translation>
    </message>
    <message>
        <source>One copy per group</source>
        <translation>One copy per group</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation>&amp;Large print</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Hi&amp;gh contrast</translation>
    </message>
    <message>
        <source>Participants as co&amp;des (P-017)</source>
        <translation>Participants as co&amp;des (P-017)</translation>
    </message>
    <message>
        <source>Names and contact details of participants are replaced by codes, also inside notes. For reports that leave the project.</source>
        <translation>Names and contact details of participants are replaced by codes, also inside notes. For reports that leave the project.</translation>
    </message>
    <message>
        <source>&amp;Printout:</source>
        <translation>&amp;Printout:</translation>
    </message>
    <message>
        <source>&amp;Block:</source>
        <translation>&amp;Block:</translation>
    </message>
    <message>
        <source>&amp;Copies for groups:</source>
        <translation>&amp;Copies for groups:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;aper:</translation>
    </message>
    <message>
        <source>Refresh pre&amp;view</source>
        <translation>Refresh pre&amp;view</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Preview of the printout</source>
        <translation>Preview of the printout</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>All worksheets of this workshop</source>
        <translation>All worksheets of this workshop</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>Part %1</translation>
    </message>
    <message>
        <source>General answer sheet</source>
        <translation>General answer sheet</translation>
    </message>
    <message>
        <source>No block of this workshop has a method; add one from the method library to print its worksheet.</source>
        <translation>No block of this workshop has a method; add one from the method library to print its worksheet.</translation>
    </message>
    <message>
        <source>Choose a workshop (and for a project report, a workshop of a project).</source>
        <translation>Choose a workshop (and for a project report, a workshop of a project).</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ErasePersonDialog</name>
    <message>
        <source>Erase a person everywhere</source>
        <translation>Erase a person everywhere</translation>
    </message>
    <message>
        <source>Find by name, organisation or municipality</source>
        <translation>Find by name, organisation or municipality</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Find a person</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone.</source>
        <translation>I understand that this cannot be undone.</translation>
    </message>
    <message>
        <source>Erase permanently</source>
        <translation>Erase permanently</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>(deleted, data still kept)</source>
        <translation>(deleted, data still kept)</translation>
    </message>
    <message>
        <source>Choose the person whose data is to be erased.</source>
        <translation>Choose the person whose data is to be erased.</translation>
    </message>
    <message>
        <source>this person (no name)</source>
        <translation>this person (no name)</translation>
    </message>
    <message>
        <source>This removes for good, from this computer:</source>
        <translation>This removes for good, from this computer:</translation>
    </message>
    <message>
        <source>• {name} and their contact details</source>
        <translation>• {name} and their contact details</translation>
    </message>
    <message numerus="yes">
        <source>• attendance at %n workshop(s): </source>
        <translation>
            <numerusform>• attendance at %n workshop: </numerusform>
            <numerusform>• attendance at %n workshops: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n note(s) they wrote</source>
        <translation>
            <numerusform>• %n note they wrote</numerusform>
            <numerusform>• %n notes they wrote</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n task(s) they own</source>
        <translation>
            <numerusform>• %n task they own</numerusform>
            <numerusform>• %n tasks they own</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• their name as an owner of %n other task(s)</source>
        <translation>
            <numerusform>• their name as an owner of %n other task</numerusform>
            <numerusform>• their name as an owner of %n other tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n older version(s) kept from sync conflicts</source>
        <translation>
            <numerusform>• %n older version kept from sync conflicts</numerusform>
            <numerusform>• %n older versions kept from sync conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Other computers erase the same data when they next sync. Backup copies made earlier still contain it.</source>
        <translation>Other computers erase the same data when they next sync. Backup copies made earlier still contain it.</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>The person</translation>
    </message>
    <message>
        <source>{name} was erased.</source>
        <translation>{name} was erased.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>Export bundle</translation>
    </message>
    <message>
        <source>Everything in this store</source>
        <translation>Everything in this store</translation>
    </message>
    <message>
        <source>Project: {name}</source>
        <translation>Project: {name}</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>leave empty for no encryption</source>
        <translation>leave empty for no encryption</translation>
    </message>
    <message>
        <source>&amp;Pseudonymise: replace participants&apos; names and contacts by codes (for sharing outside the team; cannot be imported)</source>
        <translation>&amp;Pseudonymise: replace participants&apos; names and contacts by codes (for sharing outside the team; cannot be imported)</translation>
    </message>
    <message>
        <source>Texts that name a participant</source>
        <translation>Texts that name a participant</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>P&amp;assphrase</source>
        <translation>P&amp;assphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>&amp;Repeat passphrase</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) seem to name a participant. In the bundle those names become codes; read them through, then press Export again.</source>
        <translation>
            <numerusform>%n text seems to name a participant. In the bundle those names become codes; read it through, then press Export again.</numerusform>
            <numerusform>%n texts seem to name a participant. In the bundle those names become codes; read them through, then press Export again.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export anyway</source>
        <translation>&amp;Export anyway</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choose the file to write.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>The two passphrases differ; type them again.</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Writing {name}…</translation>
    </message>
    <message>
        <source>The bundle was saved to {path}.</source>
        <translation>The bundle was saved to {path}.</translation>
    </message>
    <message>
        <source>Only its entry in the sync log could not be saved: {reason}</source>
        <translation>Only its entry in the sync log could not be saved: {reason}</translation>
    </message>
</context>
<context>
    <name>FeedbackImportDialog</name>
    <message>
        <source>Import survey answers</source>
        <translation>Import survey answers</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>First answers</source>
        <translation>First answers</translation>
    </message>
    <message>
        <source>Question it answers</source>
        <translation>Question it answers</translation>
    </message>
    <message>
        <source>Columns of the file and the questions they answer</source>
        <translation>Columns of the file and the questions they answer</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose a survey export</source>
        <translation>Choose a survey export</translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Survey exports (*.csv *.txt *.tsv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Question for column {column}</source>
        <translation>Question for column {column}</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>don&apos;t know</source>
        <translation>don&apos;t know</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>not readable</translation>
    </message>
    <message>
        <source>The workshop has no feedback questions yet: add them first.</source>
        <translation>The workshop has no feedback questions yet: add them first.</translation>
    </message>
    <message>
        <source>Choose the question each column answers.</source>
        <translation>Choose the question each column answers.</translation>
    </message>
    <message>
        <source>{rows} rows will be imported as responses, answering {columns} questions.</source>
        <translation>{rows} rows will be imported as responses, answering {columns} questions.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them were imported before and will be skipped.</source>
        <translation>
            <numerusform>%n of them were imported before and will be skipped.</numerusform>
            <numerusform>%n of them were imported before and will be skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the answers…</source>
        <translation>Importing the answers…</translation>
    </message>
    <message numerus="yes">
        <source>All %n rows were imported before; nothing was added.</source>
        <translation>
            <numerusform>All %n rows were imported before; nothing was added.</numerusform>
            <numerusform>All %n rows were imported before; nothing was added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackStatsView</name>
    <message numerus="yes">
        <source>%n response(s); attendance is not recorded.</source>
        <translation>
            <numerusform>%n response; attendance is not recorded.</numerusform>
            <numerusform>%n responses; attendance is not recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>{responses} responses from {attendance} participants: response rate {percent} %.</source>
        <translation>{responses} responses from {attendance} participants: response rate {percent} %.</translation>
    </message>
    <message>
        <source>More responses than participants: check that every file belongs to this workshop and that attendance is recorded.</source>
        <translation>More responses than participants: check that every file belongs to this workshop and that attendance is recorded.</translation>
    </message>
    <message>
        <source>No questions yet: add them on the left.</source>
        <translation>No questions yet: add them on the left.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n written answer(s)</source>
        <translation>
            <numerusform>%n written answer</numerusform>
            <numerusform>%n written answers</numerusform>
        </translation>
    </message>
    <message>
        <source>n = {n}</source>
        <comment>answers</comment>
        <translation>n = {n}</translation>
    </message>
    <message>
        <source>n = {n}, yes {percent} %</source>
        <translation>n = {n}, yes {percent} %</translation>
    </message>
    <message>
        <source>n = {n}, mean {mean}</source>
        <translation>n = {n}, mean {mean}</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>No answers yet.</translation>
    </message>
    <message>
        <source>don&apos;t know: {count}</source>
        <translation>don&apos;t know: {count}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <source>Import a survey export (CSV, Excel)…</source>
        <translation>Import a survey export (CSV, Excel)…</translation>
    </message>
    <message>
        <source>Enter paper forms</source>
        <translation>Enter paper forms</translation>
    </message>
    <message>
        <source>Digits answer scales, 1/0 yes or no, - skips; the form is saved after the last question.</source>
        <translation>Digits answer scales, 1/0 yes or no, - skips; the form is saved after the last question.</translation>
    </message>
    <message>
        <source>Keyboard: digit = scale answer, 1/k/y = yes, 0/e/n = no, - or Space = no answer, type for text (Enter ends). The form is saved after the last question.</source>
        <translation>Keyboard: digit = scale answer, 1/k/y = yes, 0/e/n = no, - or Space = no answer, type for text (Enter ends). The form is saved after the last question.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Paper forms</source>
        <translation>Paper forms</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Choose a workshop to see its feedback.</source>
        <translation>Choose a workshop to see its feedback.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Quick guide</source>
        <translation>Quick guide</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>Import bundle</translation>
    </message>
    <message>
        <source>one project</source>
        <translation>one project</translation>
    </message>
    <message>
        <source>a whole store</source>
        <translation>a whole store</translation>
    </message>
    <message>
        <source>The bundle {name} holds {what}, written {when} on device {device}. This is what importing it will change:</source>
        <translation>The bundle {name} holds {what}, written {when} on device {device}. This is what importing it will change:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Conflicting</source>
        <translation>Conflicting</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Erased</translation>
    </message>
    <message>
        <source>Changes per kind</source>
        <translation>Changes per kind</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Show &amp;conflicts…</source>
        <translation>Show &amp;conflicts…</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in all. Nothing is lost: where both sides changed the same text, the other version is kept for you to look at.</source>
        <translation>
            <numerusform>%n change in all. Nothing is lost: where both sides changed the same text, the other version is kept for you to look at.</numerusform>
            <numerusform>%n changes in all. Nothing is lost: where both sides changed the same text, the other version is kept for you to look at.</numerusform>
        </translation>
    </message>
    <message>
        <source>This store already has everything in the bundle; importing changes nothing.</source>
        <translation>This store already has everything in the bundle; importing changes nothing.</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importing {name}…</translation>
    </message>
    <message>
        <source>Imported: {new} new, {updated} updated, {conflicting} conflicting, {erased} erased.</source>
        <translation>Imported: {new} new, {updated} updated, {conflicting} conflicting, {erased} erased.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Saving waits for the import to finish; what you type is kept and saved then.</source>
        <translation>Saving waits for the import to finish; what you type is kept and saved then.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Boxes</source>
        <translation>Boxes</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Levels</translation>
    </message>
    <message>
        <source>Concentric circles</source>
        <translation>Concentric circles</translation>
    </message>
    <message>
        <source>2 × 2 grid</source>
        <translation>2 × 2 grid</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Search by name, purpose or tag</source>
        <translation>Search by name, purpose or tag</translation>
    </message>
    <message>
        <source>Search methods</source>
        <translation>Search methods</translation>
    </message>
    <message>
        <source>Language of the methods</source>
        <translation>Language of the methods</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>any length</source>
        <translation>any length</translation>
    </message>
    <message>
        <source>at most </source>
        <translation>at most </translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Longest duration</source>
        <translation>Longest duration</translation>
    </message>
    <message>
        <source>any group size</source>
        <translation>any group size</translation>
    </message>
    <message>
        <source>for </source>
        <translation>for </translation>
    </message>
    <message>
        <source> people</source>
        <translation> people</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>Group size</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methods</translation>
    </message>
    <message>
        <source>Space or Ctrl+click picks several methods; Enter adds them to the agenda.</source>
        <translation>Space or Ctrl+click picks several methods; Enter adds them to the agenda.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Wor&amp;ksheet…</source>
        <translation>Wor&amp;ksheet…</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Add methods to agenda</source>
        <translation>Add methods to agenda</translation>
    </message>
    <message>
        <source>Method preview</source>
        <translation>Method preview</translation>
    </message>
    <message>
        <source>&amp;Add to agenda</source>
        <translation>&amp;Add to agenda</translation>
    </message>
    <message>
        <source>See the worksheet this method prints</source>
        <translation>See the worksheet this method prints</translation>
    </message>
    <message>
        <source>&amp;New method…</source>
        <translation>&amp;New method…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>&amp;Copy as my own…</source>
        <translation>&amp;Copy as my own…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Method library</source>
        <translation>Method library</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message numerus="yes">
        <source>%n methods</source>
        <translation>
            <numerusform>%n method</numerusform>
            <numerusform>%n methods</numerusform>
        </translation>
    </message>
    <message>
        <source>Space or Ctrl+click picks several methods.</source>
        <translation>Space or Ctrl+click picks several methods.</translation>
    </message>
    <message numerus="yes">
        <source>%n picked: %1</source>
        <translation>
            <numerusform>%n picked: %1</numerusform>
            <numerusform>%n picked: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n to agenda</source>
        <translation>
            <numerusform>&amp;Add %n to agenda</numerusform>
            <numerusform>&amp;Add %n to agenda</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a workshop first.</source>
        <translation>Choose a workshop first.</translation>
    </message>
    <message>
        <source>built-in method</source>
        <translation>built-in method</translation>
    </message>
    <message>
        <source>own method</source>
        <translation>own method</translation>
    </message>
    <message>
        <source>%1–%2 people</source>
        <translation>%1–%2 people</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>No worksheet layout of its own: it prints a general answer sheet.</source>
        <translation>No worksheet layout of its own: it prints a general answer sheet.</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Worksheet</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Add method to agenda</source>
        <translation>Add method to agenda</translation>
    </message>
    <message>
        <source>Delete method</source>
        <translation>Delete method</translation>
    </message>
    <message>
        <source>Has a worksheet of its own</source>
        <translation>Has a worksheet of its own</translation>
    </message>
    <message>
        <source>Prints a general answer sheet</source>
        <translation>Prints a general answer sheet</translation>
    </message>
</context>
<context>
    <name>LiveMode</name>
    <message>
        <source>Live capture</source>
        <translation>Live capture</translation>
    </message>
    <message>
        <source>Time now</source>
        <translation>Time now</translation>
    </message>
    <message>
        <source>Running block</source>
        <translation>Running block</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>&amp;Start now</translation>
    </message>
    <message>
        <source>Begin the first block now; the rest follows from it (F5). The plan is not changed.</source>
        <translation>Begin the first block now; the rest follows from it (F5). The plan is not changed.</translation>
    </message>
    <message>
        <source>Ne&amp;xt block</source>
        <translation>Ne&amp;xt block</translation>
    </message>
    <message>
        <source>End the running block now and start the next one (Ctrl+PgDown).</source>
        <translation>End the running block now and start the next one (Ctrl+PgDown).</translation>
    </message>
    <message>
        <source>&amp;+5 min</source>
        <translation>&amp;+5 min</translation>
    </message>
    <message>
        <source>Give the running block five more minutes (Ctrl++). The plan is not changed.</source>
        <translation>Give the running block five more minutes (Ctrl++). The plan is not changed.</translation>
    </message>
    <message>
        <source>&amp;−5 min</source>
        <translation>&amp;−5 min</translation>
    </message>
    <message>
        <source>Take five minutes from the running block (Ctrl+−).</source>
        <translation>Take five minutes from the running block (Ctrl+−).</translation>
    </message>
    <message>
        <source>Planned %1–%2</source>
        <translation>Planned %1–%2</translation>
    </message>
    <message>
        <source>%1 · began %2</source>
        <translation>%1 · began %2</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Start now</translation>
    </message>
    <message>
        <source>Next block</source>
        <translation>Next block</translation>
    </message>
    <message>
        <source>Add five minutes</source>
        <translation>Add five minutes</translation>
    </message>
    <message>
        <source>Take five minutes</source>
        <translation>Take five minutes</translation>
    </message>
    <message>
        <source>Planned and actual times</source>
        <translation>Planned and actual times</translation>
    </message>
    <message>
        <source>Leave live capture (Esc)</source>
        <translation>Leave live capture (Esc)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Alt+%1 or Ctrl+%1</source>
        <translation>Alt+%1 or Ctrl+%1</translation>
    </message>
    <message>
        <source>Kind of the next note</source>
        <translation>Kind of the next note</translation>
    </message>
    <message>
        <source>Group or table, e.g. Table 2</source>
        <translation>Group or table, e.g. Table 2</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>Parallel track of the next note</source>
        <translation>Parallel track of the next note</translation>
    </message>
    <message>
        <source>The note goes to the block itself or to one of its parallel tracks.</source>
        <translation>The note goes to the block itself or to one of its parallel tracks.</translation>
    </message>
    <message>
        <source>&amp;Parallel track:</source>
        <translation>&amp;Parallel track:</translation>
    </message>
    <message>
        <source>Type a note and press Enter to save it</source>
        <translation>Type a note and press Enter to save it</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Last saved note</source>
        <translation>Last saved note</translation>
    </message>
    <message>
        <source>&amp;Undo last step</source>
        <translation>&amp;Undo last step</translation>
    </message>
    <message>
        <source>Notes of the running block</source>
        <translation>Notes of the running block</translation>
    </message>
    <message>
        <source>This workshop is planned for %1; the blocks follow today&apos;s clock.</source>
        <translation>This workshop is planned for %1; the blocks follow today&apos;s clock.</translation>
    </message>
    <message>
        <source>The workshop was not found.</source>
        <translation>The workshop was not found.</translation>
    </message>
    <message numerus="yes">
        <source>%n min over</source>
        <translation>
            <numerusform>%n min over</numerusform>
            <numerusform>%n min over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min left</numerusform>
            <numerusform>%n min left</numerusform>
        </translation>
    </message>
    <message>
        <source>No block is running: the agenda has ended.</source>
        <translation>No block is running: the agenda has ended.</translation>
    </message>
    <message>
        <source>The workshop has no agenda yet.</source>
        <translation>The workshop has no agenda yet.</translation>
    </message>
    <message>
        <source>No block is running yet.</source>
        <translation>No block is running yet.</translation>
    </message>
    <message>
        <source>Next: %1 at %2</source>
        <translation>Next: %1 at %2</translation>
    </message>
    <message>
        <source>Next: nothing, this is the last block.</source>
        <translation>Next: nothing, this is the last block.</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Kind: %1</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>the workshop (no block running)</source>
        <translation>the workshop (no block running)</translation>
    </message>
    <message>
        <source>Saved as %1 to %2.</source>
        <translation>Saved as %1 to %2.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fasilitaattori</source>
        <translation>Fasilitaattori</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>New &amp;project…</source>
        <translation>New &amp;project…</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;New workshop…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Find everywhere…</source>
        <translation>&amp;Find everywhere…</translation>
    </message>
    <message>
        <source>Filter the &amp;workshop list</source>
        <translation>Filter the &amp;workshop list</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>&amp;Copy workshop…</source>
        <translation>&amp;Copy workshop…</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>Save as &amp;template…</translation>
    </message>
    <message>
        <source>New workshop from t&amp;emplate…</source>
        <translation>New workshop from t&amp;emplate…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Show %1</translation>
    </message>
    <message>
        <source>Method &amp;library</source>
        <translation>Method &amp;library</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;About Fasilitaattori</source>
        <translation>&amp;About Fasilitaattori</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>%1 – Fasilitaattori</source>
        <translation>%1 – Fasilitaattori</translation>
    </message>
    <message>
        <source>%1 — %2 agenda blocks, %3 notes, %4 open tasks</source>
        <translation>%1 — %2 agenda blocks, %3 notes, %4 open tasks</translation>
    </message>
    <message>
        <source>&amp;Quick guide</source>
        <translation>&amp;Quick guide</translation>
    </message>
    <message>
        <source>Open the &amp;example project</source>
        <translation>Open the &amp;example project</translation>
    </message>
    <message>
        <source>Fasilitaattori %1

An offline workbench for planning and running workshops, capturing what comes out and printing the results.</source>
        <translation>Fasilitaattori %1

An offline workbench for planning and running workshops, capturing what comes out and printing the results.</translation>
    </message>
    <message>
        <source>About Fasilitaattori</source>
        <translation>About Fasilitaattori</translation>
    </message>
    <message>
        <source>Ctrl+K: find everywhere</source>
        <translation>Ctrl+K: find everywhere</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z: undo / redo</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z: undo / redo</translation>
    </message>
    <message>
        <source>Ctrl+N: new workshop</source>
        <translation>Ctrl+N: new workshop</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9: the workshop&apos;s tabs</source>
        <translation>Ctrl+1 … Ctrl+9: the workshop&apos;s tabs</translation>
    </message>
    <message>
        <source>Ctrl+L: method library</source>
        <translation>Ctrl+L: method library</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F: filter the workshop list</source>
        <translation>Ctrl+Shift+F: filter the workshop list</translation>
    </message>
    <message>
        <source>F6: move between the workshop list and the page</source>
        <translation>F6: move between the workshop list and the page</translation>
    </message>
    <message>
        <source>F2: rename</source>
        <translation>F2: rename</translation>
    </message>
    <message>
        <source>Alt+Up / Alt+Down: move an agenda block</source>
        <translation>Alt+Up / Alt+Down: move an agenda block</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>MethodEditor</name>
    <message>
        <source>Edit method</source>
        <translation>Edit method</translation>
    </message>
    <message>
        <source>New method</source>
        <translation>New method</translation>
    </message>
    <message>
        <source>One step on each line</source>
        <translation>One step on each line</translation>
    </message>
    <message>
        <source>One material on each line</source>
        <translation>One material on each line</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Smallest group</source>
        <translation>Smallest group</translation>
    </message>
    <message>
        <source>Largest group</source>
        <translation>Largest group</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. dialogue, small groups</source>
        <translation>Comma-separated, e.g. dialogue, small groups</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>&amp;Steps:</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>&amp;Materials:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duration:</translation>
    </message>
    <message>
        <source>&amp;Group size:</source>
        <translation>&amp;Group size:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>%1 (own)</source>
        <translation>%1 (own)</translation>
    </message>
</context>
<context>
    <name>MethodPickerDialog</name>
    <message>
        <source>Add from the method library</source>
        <translation>Add from the method library</translation>
    </message>
    <message numerus="yes">
        <source>%n method(s) added to the agenda.</source>
        <translation>
            <numerusform>%n method added to the agenda.</numerusform>
            <numerusform>%n methods added to the agenda.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MethodPicture</name>
    <message>
        <source>Picture of the method&apos;s worksheet</source>
        <translation>Picture of the method&apos;s worksheet</translation>
    </message>
    <message>
        <source>Preparing the picture…</source>
        <translation>Preparing the picture…</translation>
    </message>
</context>
<context>
    <name>NoteKinds</name>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Development need</source>
        <translation>Development need</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Without a block</source>
        <translation>Without a block</translation>
    </message>
    <message>
        <source>Move note</source>
        <translation>Move note</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Search notes</source>
        <translation>Search notes</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Show notes of block</source>
        <translation>Show notes of block</translation>
    </message>
    <message>
        <source>&amp;Block:</source>
        <translation>&amp;Block:</translation>
    </message>
    <message>
        <source>Show notes of kind</source>
        <translation>Show notes of kind</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>K&amp;ind:</translation>
    </message>
    <message>
        <source>Number of notes shown</source>
        <translation>Number of notes shown</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Block to move the selected notes to</source>
        <translation>Block to move the selected notes to</translation>
    </message>
    <message>
        <source>&amp;Move selected to</source>
        <translation>&amp;Move selected to</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Delete selected</translation>
    </message>
    <message>
        <source>Delete the selected notes (Del); Undo brings them back.</source>
        <translation>Delete the selected notes (Del); Undo brings them back.</translation>
    </message>
    <message>
        <source>Type a new note and press Enter</source>
        <translation>Type a new note and press Enter</translation>
    </message>
    <message>
        <source>e.g. Table 2</source>
        <translation>e.g. Table 2</translation>
    </message>
    <message>
        <source>Group of the new note</source>
        <translation>Group of the new note</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>Without a block</source>
        <translation>Without a block</translation>
    </message>
    <message>
        <source>Goes without a block · %1</source>
        <translation>Goes without a block · %1</translation>
    </message>
    <message>
        <source>Goes to: %1 · %2</source>
        <translation>Goes to: %1 · %2</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>&amp;New note:</source>
        <translation>&amp;New note:</translation>
    </message>
    <message>
        <source>All blocks</source>
        <translation>All blocks</translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n notes</source>
        <translation>
            <numerusform>Move %n note</numerusform>
            <numerusform>Move %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n notes</source>
        <translation>
            <numerusform>Delete %n note</numerusform>
            <numerusform>Delete %n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
</context>
<context>
    <name>OpeningWindow</name>
    <message>
        <source>Opening your workshops…</source>
        <translation>Opening your workshops…</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Choose a workshop in the list on the left, or create a new one.</source>
        <translation>Choose a workshop in the list on the left, or create a new one.</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>no date yet</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>Ti&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <source>&amp;Locality:</source>
        <translation>&amp;Locality:</translation>
    </message>
    <message>
        <source>Target &amp;group:</source>
        <translation>Target &amp;group:</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>F&amp;acilitators:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Language of &amp;printouts:</source>
        <translation>Language of pri&amp;ntouts:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Goals and &amp;description:</source>
        <translation>Goals and desc&amp;ription:</translation>
    </message>
    <message>
        <source>Facilitator&apos;s &amp;conclusions:</source>
        <translation>Facilitator&apos;s &amp;conclusions:</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>(no project)</translation>
    </message>
    <message>
        <source>A workshop needs a start time.</source>
        <translation>A workshop needs a start time.</translation>
    </message>
    <message>
        <source>A workshop needs an end time.</source>
        <translation>A workshop needs an end time.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>start time</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>end time</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>venue</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>locality</translation>
    </message>
    <message>
        <source>target group</source>
        <translation>target group</translation>
    </message>
    <message>
        <source>facilitators</source>
        <translation>facilitators</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>language of printouts</source>
        <translation>language of printouts</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>goals</translation>
    </message>
    <message>
        <source>conclusions</source>
        <translation>conclusions</translation>
    </message>
</context>
<context>
    <name>PaperEntryGrid</name>
    <message>
        <source>Paper forms, one per row</source>
        <translation>Paper forms, one per row</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Enter a paper form</source>
        <translation>Enter a paper form</translation>
    </message>
    <message>
        <source>Remove a feedback form</source>
        <translation>Remove a feedback form</translation>
    </message>
</context>
<context>
    <name>ParticipantImport</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Diet</translation>
    </message>
    <message>
        <source>Other needs</source>
        <translation>Other needs</translation>
    </message>
    <message>
        <source>Import participants from a CSV file</source>
        <translation>Import participants from a CSV file</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ParticipantImportDialog</name>
    <message>
        <source>Import participants</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>%1: %2 rows, read as %3 text separated by %4. Check which column goes to which field; columns set to “Do not import” are left out.</source>
        <translation>%1: %2 rows, read as %3 text separated by %4. Check which column goes to which field; columns set to “Do not import” are left out.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Field for column %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Preview of the first rows</translation>
    </message>
    <message>
        <source>Mark everyone as &amp;attending this workshop</source>
        <translation>Mark everyone as &amp;attending this workshop</translation>
    </message>
    <message numerus="yes">
        <source>Import %n people</source>
        <translation>
            <numerusform>Import %n person</numerusform>
            <numerusform>Import %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n participants</source>
        <translation>
            <numerusform>Import %n participant</numerusform>
            <numerusform>Import %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Add people from a registration list saved as CSV; you check the columns in a preview first.</source>
        <translation>Add people from a registration list saved as CSV; you check the columns in a preview first.</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Add person</translation>
    </message>
    <message>
        <source>Add a participant (Enter adds, every field is optional)</source>
        <translation>Add a participant (Enter adds, every field is optional)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Participants of this workshop</source>
        <translation>Participants of this workshop</translation>
    </message>
    <message>
        <source>Someone already known</source>
        <translation>Someone already known</translation>
    </message>
    <message>
        <source>&amp;Known person:</source>
        <translation>&amp;Known person:</translation>
    </message>
    <message>
        <source>Mark as a&amp;ttending</source>
        <translation>Mark a&amp;s attending</translation>
    </message>
    <message>
        <source>&amp;Not attending</source>
        <translation>Not attend&amp;ing</translation>
    </message>
    <message>
        <source>Take the selected people off this workshop (they stay in the register).</source>
        <translation>Take the selected people off this workshop (they stay in the register).</translation>
    </message>
    <message>
        <source>Save count</source>
        <translation>Save count</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>How many:</source>
        <translation>How many:</translation>
    </message>
    <message>
        <source>Sets the number for this municipality and organisation; 0 removes it from the totals.</source>
        <translation>Sets the number for this municipality and organisation; 0 removes it from the totals.</translation>
    </message>
    <message>
        <source>Anonymous head counts</source>
        <translation>Anonymous head counts</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Attendance by municipality</source>
        <translation>Attendance by municipality</translation>
    </message>
    <message>
        <source>Attendance by organisation</source>
        <translation>Attendance by organisation</translation>
    </message>
    <message>
        <source>Attendance, named and anonymous together</source>
        <translation>Attendance, named and anonymous together</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Participants: %1</translation>
    </message>
    <message>
        <source>Choose a workshop to see its participants.</source>
        <translation>Choose a workshop to see its participants.</translation>
    </message>
    <message numerus="yes">
        <source>%n named participants</source>
        <translation>
            <numerusform>%n named participant</numerusform>
            <numerusform>%n named participants</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n people in all</source>
        <translation>
            <numerusform>%n person in all</numerusform>
            <numerusform>%n people in all</numerusform>
        </translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Mark as attending</source>
        <translation>Mark as attending</translation>
    </message>
    <message>
        <source>Mark as not attending</source>
        <translation>Mark as not attending</translation>
    </message>
    <message>
        <source>Set head count</source>
        <translation>Set head count</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted bundle</source>
        <translation>Encrypted bundle</translation>
    </message>
    <message>
        <source>The bundle {name} is encrypted. Type its passphrase.</source>
        <translation>The bundle {name} is encrypted. Type its passphrase.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
</context>
<context>
    <name>PersonDetails</name>
    <message>
        <source>interpreter</source>
        <translation>interpreter</translation>
    </message>
    <message>
        <source>hearing loop</source>
        <translation>hearing loop</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>assistant</translation>
    </message>
    <message>
        <source>diet</source>
        <translation>diet</translation>
    </message>
    <message>
        <source>other needs</source>
        <translation>other needs</translation>
    </message>
    <message>
        <source>diet: %1</source>
        <translation>diet: %1</translation>
    </message>
    <message>
        <source>May &amp;be in photos</source>
        <translation>May &amp;be in photos</translation>
    </message>
    <message>
        <source>May be contacted &amp;later</source>
        <translation>May be contacted &amp;later</translation>
    </message>
    <message>
        <source>Needs an int&amp;erpreter</source>
        <translation>Needs an inter&amp;preter</translation>
    </message>
    <message>
        <source>Needs a hearin&amp;g loop</source>
        <translation>Needs a hearin&amp;g loop</translation>
    </message>
    <message>
        <source>Comes &amp;with an assistant</source>
        <translation>&amp;Comes with an assistant</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>An&amp;y other needs:</source>
        <translation>An&amp;y other needs:</translation>
    </message>
    <message>
        <source>Email or phone</source>
        <translation>Email or phone</translation>
    </message>
    <message>
        <source>For example gluten-free</source>
        <translation>For example gluten-free</translation>
    </message>
    <message>
        <source>For example a wheelchair place</source>
        <translation>For example a wheelchair place</translation>
    </message>
    <message>
        <source>&amp;Diet:</source>
        <translation>&amp;Diet:</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Consents and needs: %1</source>
        <translation>Consents and needs: %1</translation>
    </message>
    <message>
        <source>Consents and needs (select a person above)</source>
        <translation>Consents and needs (select a person above)</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Edit participant</translation>
    </message>
</context>
<context>
    <name>PhotosTab</name>
    <message>
        <source>&amp;Add photos…</source>
        <translation>&amp;Add photos…</translation>
    </message>
    <message>
        <source>or drag image files here</source>
        <translation>or drag image files here</translation>
    </message>
    <message>
        <source>Photos of this workshop</source>
        <translation>Photos of this workshop</translation>
    </message>
    <message>
        <source>Chosen photo</source>
        <translation>Chosen photo</translation>
    </message>
    <message>
        <source>What the photo shows, e.g. Group 2&apos;s network map</source>
        <translation>What the photo shows, e.g. Group 2&apos;s network map</translation>
    </message>
    <message>
        <source>&amp;Delete photo</source>
        <translation>&amp;Delete photo</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Caption:</translation>
    </message>
    <message>
        <source>&amp;Block:</source>
        <translation>&amp;Block:</translation>
    </message>
    <message>
        <source>Photos: %1 (%2)</source>
        <translation>Photos: %1 (%2)</translation>
    </message>
    <message>
        <source>Choose a workshop to see its photos.</source>
        <translation>Choose a workshop to see its photos.</translation>
    </message>
    <message>
        <source>No block</source>
        <translation>No block</translation>
    </message>
    <message>
        <source>%1 · %2 × %3 pixels</source>
        <translation>%1 · %2 × %3 pixels</translation>
    </message>
    <message>
        <source>Choose a photo to give it a caption or attach it to a block.</source>
        <translation>Choose a photo to give it a caption or attach it to a block.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
    <message numerus="yes">
        <source>Add %n photos</source>
        <translation>
            <numerusform>Add %n photo</numerusform>
            <numerusform>Add %n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit photo</source>
        <translation>Edit photo</translation>
    </message>
    <message>
        <source>Delete photo</source>
        <translation>Delete photo</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>&amp;Erase a person everywhere…</source>
        <translation>&amp;Erase a person everywhere…</translation>
    </message>
    <message>
        <source>&amp;Personal data review…</source>
        <translation>&amp;Personal data review…</translation>
    </message>
    <message>
        <source>Privacy &amp;notice…</source>
        <translation>Privacy &amp;notice…</translation>
    </message>
</context>
<context>
    <name>PrivacyNoticeDialog</name>
    <message>
        <source>Privacy notice</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <source>Finnish (suomi)</source>
        <translation>Finnish (suomi)</translation>
    </message>
    <message>
        <source>Swedish (svenska)</source>
        <translation>Swedish (svenska)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>e-mail or phone for questions about personal data</source>
        <translation>e-mail or phone for questions about personal data</translation>
    </message>
    <message>
        <source>Privacy notice text</source>
        <translation>Privacy notice text</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Copy the text</translation>
    </message>
    <message>
        <source>The sign-in sheet prints this notice. The organisation and contact are saved on this computer.</source>
        <translation>The sign-in sheet prints this notice. The organisation and contact are saved on this computer.</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Lowest means</source>
        <translation>Lowest means</translation>
    </message>
    <message>
        <source>Highest means</source>
        <translation>Highest means</translation>
    </message>
    <message>
        <source>Feedback questions</source>
        <translation>Feedback questions</translation>
    </message>
    <message>
        <source>Type a new question and press Enter</source>
        <translation>Type a new question and press Enter</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>New question</translation>
    </message>
    <message>
        <source>Kind of the new question</source>
        <translation>Kind of the new question</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Remove question</translation>
    </message>
    <message>
        <source>Question set</source>
        <translation>Question set</translation>
    </message>
    <message>
        <source>Add questions of the set</source>
        <translation>Add questions of the set</translation>
    </message>
    <message>
        <source>Save as a set…</source>
        <translation>Save as a set…</translation>
    </message>
    <message>
        <source>Add a feedback question</source>
        <translation>Add a feedback question</translation>
    </message>
    <message>
        <source>Edit a feedback question</source>
        <translation>Edit a feedback question</translation>
    </message>
    <message>
        <source>Move a feedback question</source>
        <translation>Move a feedback question</translation>
    </message>
    <message>
        <source>Remove a feedback question</source>
        <translation>Remove a feedback question</translation>
    </message>
    <message>
        <source>Add questions of a set</source>
        <translation>Add questions of a set</translation>
    </message>
    <message>
        <source>Save a question set</source>
        <translation>Save a question set</translation>
    </message>
    <message>
        <source>Save as a question set</source>
        <translation>Save as a question set</translation>
    </message>
    <message>
        <source>Name of the question set:</source>
        <translation>Name of the question set:</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Save as &amp;Word (DOCX)…</source>
        <translation>Save as Word (DOC&amp;X)…</translation>
    </message>
    <message>
        <source>Save as &amp;OpenDocument (ODT)…</source>
        <translation>Save as &amp;OpenDocument (ODT)…</translation>
    </message>
    <message>
        <source>Save as accessible PD&amp;F (PDF/UA)…</source>
        <translation>Save as a&amp;ccessible PDF (PDF/UA)…</translation>
    </message>
    <message>
        <source>An editable report with headings, alternative texts and table headers that a screen reader can follow.</source>
        <translation>An editable report with headings, alternative texts and table headers that a screen reader can follow.</translation>
    </message>
    <message>
        <source>A tagged PDF for publishing: a screen reader follows its headings, lists, tables and the pictures&apos; alternative texts.</source>
        <translation>A tagged PDF for publishing: a screen reader follows its headings, lists, tables and the pictures&apos; alternative texts.</translation>
    </message>
    <message>
        <source>Save as Word</source>
        <translation>Save as Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Save as OpenDocument</source>
        <translation>Save as OpenDocument</translation>
    </message>
    <message>
        <source>OpenDocument texts (*.odt)</source>
        <translation>OpenDocument texts (*.odt)</translation>
    </message>
    <message>
        <source>Save as accessible PDF</source>
        <translation>Save as accessible PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a workshop (and for a project report, a workshop of a project).</source>
        <translation>Choose a workshop (and for a project report, a workshop of a project).</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Personal data review</source>
        <translation>Personal data review</translation>
    </message>
    <message>
        <source>Keep personal data for (months)</source>
        <translation>Keep personal data for (months)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Last workshop</source>
        <translation>Last workshop</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Erase the selected person…</source>
        <translation>Erase the selected person…</translation>
    </message>
    <message numerus="yes">
        <source>People whose last workshop is more than %n month(s) ago: {count}. Erase their data unless there is a reason to keep it.</source>
        <translation>
            <numerusform>People whose last workshop is more than %n month ago: {count}. Erase their data unless there is a reason to keep it.</numerusform>
            <numerusform>People whose last workshop is more than %n months ago: {count}. Erase their data unless there is a reason to keep it.</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted, data still kept</source>
        <translation>deleted, data still kept</translation>
    </message>
    <message>
        <source>in lists</source>
        <translation>in lists</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Find everywhere</source>
        <translation>Find everywhere</translation>
    </message>
    <message>
        <source>Search notes, tasks, workshops and methods</source>
        <translation>Search notes, tasks, workshops and methods</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message numerus="yes">
        <source>%n results; Enter opens the chosen one.</source>
        <translation>
            <numerusform>%n result; Enter opens the chosen one.</numerusform>
            <numerusform>%n results; Enter opens the chosen one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <source>Data from a large import is still being added to the search; not all of it may be found yet.</source>
        <translation>Data from a large import is still being added to the search; not all of it may be found yet.</translation>
    </message>
</context>
<context>
    <name>SeriesView</name>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>The project&apos;s workshops and the tasks between them</source>
        <translation>The project&apos;s workshops and the tasks between them</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Workshop, task or assignment</source>
        <translation>Workshop, task or assignment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Enter opens the chosen workshop, or the Tasks tab of the chosen task.</source>
        <translation>Enter opens the chosen workshop, or the Tasks tab of the chosen task.</translation>
    </message>
    <message>
        <source>Project series</source>
        <translation>Project series</translation>
    </message>
    <message>
        <source>Series: %1</source>
        <translation>Series: %1</translation>
    </message>
    <message>
        <source>%1 workshops; %2 of %3 tasks and assignments done.</source>
        <translation>%1 workshops; %2 of %3 tasks and assignments done.</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>no date yet</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1 (%2 days)</translation>
    </message>
    <message>
        <source>Without a due date</source>
        <translation>Without a due date</translation>
    </message>
    <message>
        <source>Before the first workshop</source>
        <translation>Before the first workshop</translation>
    </message>
    <message>
        <source>After the last workshop</source>
        <translation>After the last workshop</translation>
    </message>
    <message>
        <source>Between the workshops</source>
        <translation>Between the workshops</translation>
    </message>
    <message>
        <source>%1 between the workshops</source>
        <translation>%1 between the workshops</translation>
    </message>
    <message>
        <source>%1 – nothing due</source>
        <translation>%1 – nothing due</translation>
    </message>
    <message>
        <source>Assignment: %1</source>
        <translation>Assignment: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a project or one of its workshops first.</source>
        <translation>Choose a project or one of its workshops first.</translation>
    </message>
    <message>
        <source>Project &amp;series</source>
        <translation>Project &amp;series</translation>
    </message>
    <message>
        <source>The project&apos;s workshops as a timeline, with the tasks and assignments between them.</source>
        <translation>The project&apos;s workshops as a timeline, with the tasks and assignments between them.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>The system&apos;s language</translation>
    </message>
    <message>
        <source>Suomi (Finnish)</source>
        <translation>Suomi (Finnish)</translation>
    </message>
    <message>
        <source>Svenska (Swedish)</source>
        <translation>Svenska (Swedish)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Printed on the printouts</source>
        <translation>Printed on the printouts</translation>
    </message>
    <message>
        <source>&amp;Language of the program:</source>
        <translation>&amp;Language of the program:</translation>
    </message>
    <message>
        <source>&amp;Facilitator&apos;s name:</source>
        <translation>&amp;Facilitator&apos;s name:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Menus and windows that are already open change language when the program is started again.</source>
        <translation>Menus and windows that are already open change language when the program is started again.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>reported</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>no date yet</translation>
    </message>
    <message>
        <source>Filter workshops</source>
        <translation>Filter workshops</translation>
    </message>
    <message>
        <source>Projects and workshops</source>
        <translation>Projects and workshops</translation>
    </message>
    <message>
        <source>Workshops without a project</source>
        <translation>Workshops without a project</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message numerus="yes">
        <source>%n workshops</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda blocks</source>
        <translation>
            <numerusform>%n agenda block</numerusform>
            <numerusform>%n agenda blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open tasks</source>
        <translation>
            <numerusform>%n open task</numerusform>
            <numerusform>%n open tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Name of the project:</source>
        <translation>Name of the project:</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <source>Title of the workshop:</source>
        <translation>Title of the workshop:</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>Rename project</translation>
    </message>
    <message>
        <source>Rename workshop</source>
        <translation>Rename workshop</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Delete project</translation>
    </message>
    <message>
        <source>Deleted the project “%1” and its workshops. Undo brings them back.</source>
        <translation>Deleted the project “%1” and its workshops. Undo brings them back.</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Delete workshop</translation>
    </message>
    <message>
        <source>Deleted the workshop “%1”. Undo brings it back.</source>
        <translation>Deleted the workshop “%1”. Undo brings it back.</translation>
    </message>
    <message>
        <source>Copy workshop</source>
        <translation>Copy workshop</translation>
    </message>
    <message>
        <source>Title of the copy:</source>
        <translation>Title of the copy:</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copy of %1</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <source>Saved the template “%1”.</source>
        <translation>Saved the template “%1”.</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Name of the template:</translation>
    </message>
    <message>
        <source>New workshop from template</source>
        <translation>New workshop from template</translation>
    </message>
    <message>
        <source>Show &amp;series</source>
        <translation>Show &amp;series</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>New workshop…</translation>
    </message>
    <message>
        <source>New workshop from this template…</source>
        <translation>New workshop from this template…</translation>
    </message>
    <message>
        <source>Copy workshop…</source>
        <translation>Copy workshop…</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Save as template…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Fasilitaattori bundles (*.fasi);;All files (*)</source>
        <translation>Fasilitaattori bundles (*.fasi);;All files (*)</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methods</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Agenda blocks</source>
        <translation>Agenda blocks</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Head counts</source>
        <translation>Head counts</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Feedback questions</source>
        <translation>Feedback questions</translation>
    </message>
    <message>
        <source>Feedback responses</source>
        <translation>Feedback responses</translation>
    </message>
    <message>
        <source>Feedback answers</source>
        <translation>Feedback answers</translation>
    </message>
    <message>
        <source>Question sets</source>
        <translation>Question sets</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Kept conflict copies</source>
        <translation>Kept conflict copies</translation>
    </message>
    <message>
        <source>Own categories</source>
        <translation>Own categories</translation>
    </message>
    <message>
        <source>Erasures</source>
        <translation>Erasures</translation>
    </message>
    <message>
        <source>Choose sync folder</source>
        <translation>Choose sync folder</translation>
    </message>
    <message>
        <source>The bundles in the sync folder are encrypted. Type the team&apos;s passphrase.</source>
        <translation>The bundles in the sync folder are encrypted. Type the team&apos;s passphrase.</translation>
    </message>
    <message>
        <source>Syncing with the other devices…</source>
        <translation>Syncing with the other devices…</translation>
    </message>
    <message>
        <source>Other devices synced: %1.</source>
        <translation>Other devices synced: %1.</translation>
    </message>
    <message>
        <source>Changes that came in: %1.</source>
        <translation>Changes that came in: %1.</translation>
    </message>
    <message>
        <source>Values changed on two devices: %1; see Tools → Conflicts.</source>
        <translation>Values changed on two devices: %1; see Tools → Conflicts.</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <source>Encrypt sync &amp;bundles…</source>
        <translation>Encrypt sync &amp;bundles…</translation>
    </message>
    <message>
        <source>Sync l&amp;og…</source>
        <translation>Sync l&amp;og…</translation>
    </message>
    <message>
        <source>Sync on s&amp;tart and close</source>
        <translation>Sync on s&amp;tart and close</translation>
    </message>
    <message>
        <source>Nothing new came in.</source>
        <translation>Nothing new came in.</translation>
    </message>
    <message>
        <source>{name} could not be read: {problem}</source>
        <translation>{name} could not be read: {problem}</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Import bundle</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Export bundle…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Import bundle…</translation>
    </message>
    <message>
        <source>Choose sync &amp;folder…</source>
        <translation>Choose sync &amp;folder…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
</context>
<context>
    <name>SyncEncryptionDialog</name>
    <message>
        <source>Encrypt sync bundles</source>
        <translation>Encrypt sync bundles</translation>
    </message>
    <message>
        <source>&amp;Encrypt this laptop&apos;s bundle in the sync folder</source>
        <translation>&amp;Encrypt this laptop&apos;s bundle in the sync folder</translation>
    </message>
    <message>
        <source>Every laptop in the folder needs the same passphrase. It is not saved: Fasilitaattori asks for it at the first sync after it starts.</source>
        <translation>Every laptop in the folder needs the same passphrase. It is not saved: Fasilitaattori asks for it at the first sync after it starts.</translation>
    </message>
    <message>
        <source>P&amp;assphrase</source>
        <translation>P&amp;assphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>&amp;Repeat passphrase</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Type the passphrase.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>The two passphrases differ; type them again.</translation>
    </message>
</context>
<context>
    <name>SyncLog</name>
    <message>
        <source>Sync log</source>
        <translation>Sync log</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <source>Sync log</source>
        <translation>Sync log</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>&amp;Undo this import…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <source>Undid an import</source>
        <translation>Undid an import</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(undone)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>conflicting</source>
        <translation>conflicting</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>erased</translation>
    </message>
    <message>
        <source>Nothing has been imported or exported yet.</source>
        <translation>Nothing has been imported or exported yet.</translation>
    </message>
    <message>
        <source>Looking for what was changed here since the import…</source>
        <translation>Looking for what was changed here since the import…</translation>
    </message>
    <message>
        <source>The store goes back to how it was before the import of {file} ({when}). Erasures made since stay in force.</source>
        <translation>The store goes back to how it was before the import of {file} ({when}). Erasures made since stay in force.</translation>
    </message>
    <message>
        <source>These changes made here since then will be lost:</source>
        <translation>These changes made here since then will be lost:</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been changed here since then.</source>
        <translation>Nothing has been changed here since then.</translation>
    </message>
    <message numerus="yes">
        <source>%n other import(s) of the same Sync now will be undone too: a Sync now keeps one restore point.</source>
        <translation>
            <numerusform>%n other import of the same Sync now will be undone too: a Sync now keeps one restore point.</numerusform>
            <numerusform>%n other imports of the same Sync now will be undone too: a Sync now keeps one restore point.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later import(s) will be undone too.</source>
        <translation>
            <numerusform>%n later import will be undone too.</numerusform>
            <numerusform>%n later imports will be undone too.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Undo the import</translation>
    </message>
    <message>
        <source>&amp;Undo the import</source>
        <translation>&amp;Undo the import</translation>
    </message>
    <message>
        <source>Putting the store back as it was before the import…</source>
        <translation>Putting the store back as it was before the import…</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>The import was undone.</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Between-workshop assignment</source>
        <translation>Between-workshop assignment</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From workshop</source>
        <translation>From workshop</translation>
    </message>
    <message>
        <source>Assignment: </source>
        <translation>Assignment: </translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Type a task and press Enter</source>
        <translation>Type a task and press Enter</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>&amp;New task:</source>
        <translation>&amp;New task:</translation>
    </message>
    <message>
        <source>Add as between-workshop &amp;assignment</source>
        <translation>Add as between-workshop &amp;assignment</translation>
    </message>
    <message>
        <source>An assignment for the participants, followed up in the project&apos;s next workshop.</source>
        <translation>An assignment for the participants, followed up in the project&apos;s next workshop.</translation>
    </message>
    <message>
        <source>Tasks of this workshop</source>
        <translation>Tasks of this workshop</translation>
    </message>
    <message>
        <source>Follow-ups from earlier workshops</source>
        <translation>Follow-ups from earlier workshops</translation>
    </message>
    <message>
        <source>Follow-ups: unfinished tasks of earlier workshops</source>
        <translation>Follow-ups: unfinished tasks of earlier workshops</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>no due date</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>De&amp;lete task</source>
        <translation>De&amp;lete task</translation>
    </message>
    <message>
        <source>Chosen task</source>
        <translation>Chosen task</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>Tas&amp;k:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>K&amp;ind:</translation>
    </message>
    <message>
        <source>&amp;Followed up in:</source>
        <translation>Followed u&amp;p in:</translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <translation>Tasks: %1</translation>
    </message>
    <message>
        <source>Choose a workshop to see its tasks.</source>
        <translation>Choose a workshop to see its tasks.</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups: unfinished tasks of earlier workshops (%n)</source>
        <translation>
            <numerusform>Follow-ups: unfinished tasks of earlier workshops (%n)</numerusform>
            <numerusform>Follow-ups: unfinished tasks of earlier workshops (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>The saved due date “%1” is not a real date; choose a new one.</source>
        <translation>The saved due date “%1” is not a real date; choose a new one.</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <source>Add assignment</source>
        <translation>Add assignment</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Add task</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Delete task</translation>
    </message>
</context>
<context>
    <name>TimeBalanceBar</name>
    <message>
        <source>Presentation %1 min (%2 %)</source>
        <translation>Presentation %1 min (%2 %)</translation>
    </message>
    <message>
        <source>participants&apos; own work and discussion %1 min (%2 %)</source>
        <translation>participants&apos; own work and discussion %1 min (%2 %)</translation>
    </message>
    <message>
        <source>breaks %1 min (%2 %)</source>
        <translation>breaks %1 min (%2 %)</translation>
    </message>
    <message>
        <source>Participants&apos; own work and discussion take less than a third of the time that is not a break; a third or more keeps a workshop participatory.</source>
        <translation>Participants&apos; own work and discussion take less than a third of the time that is not a break; a third or more keeps a workshop participatory.</translation>
    </message>
</context>
<context>
    <name>UiContext</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Redo: %1</translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <source>Updating your data for this version of Fasilitaattori. This happens once and can take a minute with a large store; a copy of the data as it was is kept in the backups folder.</source>
        <translation>Updating your data for this version of Fasilitaattori. This happens once and can take a minute with a large store; a copy of the data as it was is kept in the backups folder.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Fasilitaattori</source>
        <translation>Welcome to Fasilitaattori</translation>
    </message>
    <message>
        <source>Plan workshops, run them, write down what comes out and print what you need. Everything stays on this computer.

Start with a project of your own, or look around in the example project first: a series of three council workshops, which you can delete when you no longer need it.</source>
        <translation>Plan workshops, run them, write down what comes out and print what you need. Everything stays on this computer.

Start with a project of your own, or look around in the example project first: a series of three council workshops, which you can delete when you no longer need it.</translation>
    </message>
    <message>
        <source>&amp;Create a project</source>
        <translation>&amp;Create a project</translation>
    </message>
    <message>
        <source>Open the e&amp;xample project</source>
        <translation>Open the e&amp;xample project</translation>
    </message>
    <message>
        <source>Read the &amp;quick guide</source>
        <translation>Read the &amp;quick guide</translation>
    </message>
</context>
<context>
    <name>WorksheetEditor</name>
    <message>
        <source>&amp;Worksheet for printing</source>
        <translation>&amp;Worksheet for printing</translation>
    </message>
    <message>
        <source>One prompt on each line</source>
        <translation>One prompt on each line</translation>
    </message>
    <message>
        <source>One column heading on each line</source>
        <translation>One column heading on each line</translation>
    </message>
    <message>
        <source>e.g. 3, 3, 6 (empty: equal sizes)</source>
        <translation>e.g. 3, 3, 6 (empty: equal sizes)</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>La&amp;yout:</translation>
    </message>
    <message>
        <source>Worksheet t&amp;itle:</source>
        <translation>Worksheet t&amp;itle:</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Instructions:</translation>
    </message>
    <message>
        <source>Prompts:</source>
        <translation>Prompts:</translation>
    </message>
    <message>
        <source>Table columns:</source>
        <translation>Table columns:</translation>
    </message>
    <message>
        <source>Table rows:</source>
        <translation>Table rows:</translation>
    </message>
    <message>
        <source>Centre label:</source>
        <translation>Centre label:</translation>
    </message>
    <message>
        <source>Box sizes:</source>
        <translation>Box sizes:</translation>
    </message>
    <message>
        <source>Worksheet instructions</source>
        <translation>Worksheet instructions</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Table columns</source>
        <translation>Table columns</translation>
    </message>
</context>
<context>
    <name>WorksheetPreview</name>
    <message>
        <source>Worksheet: %1</source>
        <translation>Worksheet: %1</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>Preview of the worksheet</source>
        <translation>Preview of the worksheet</translation>
    </message>
</context>
<context>
    <name>WorkshopTabs</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Printouts</source>
        <translation>Printouts</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something unexpected went wrong; the details are in the log file in the data folder.</source>
        <translation>Something unexpected went wrong; the details are in the log file in the data folder.</translation>
    </message>
    <message>
        <source>Fasilitaattori</source>
        <translation>Fasilitaattori</translation>
    </message>
    <message>
        <source>--project goes with: list workshops.</source>
        <translation>--project goes with: list workshops.</translation>
    </message>
    <message>
        <source>--workshop goes with: list blocks.</source>
        <translation>--workshop goes with: list blocks.</translation>
    </message>
    <message>
        <source>A 2×2 grid needs exactly four prompts.</source>
        <translation>A 2×2 grid needs exactly four prompts.</translation>
    </message>
    <message>
        <source>A column is mapped to an unknown field: {field}.</source>
        <translation>A column is mapped to an unknown field: {field}.</translation>
    </message>
    <message>
        <source>A name can be at most 200 characters long.</source>
        <translation>A name can be at most 200 characters long.</translation>
    </message>
    <message>
        <source>A note can only be attached to a block of its own workshop.</source>
        <translation>A note can only be attached to a block of its own workshop.</translation>
    </message>
    <message>
        <source>A photo&apos;s content hash is not valid, so its file is not used.</source>
        <translation>A photo&apos;s content hash is not valid, so its file is not used.</translation>
    </message>
    <message>
        <source>A question was removed while the file was being read; please try again.</source>
        <translation>A question was removed while the file was being read; please try again.</translation>
    </message>
    <message>
        <source>A scale needs its lowest value below its highest.</source>
        <translation>A scale needs its lowest value below its highest.</translation>
    </message>
    <message>
        <source>A table worksheet can have at most 60 rows.</source>
        <translation>A table worksheet can have at most 60 rows.</translation>
    </message>
    <message>
        <source>A table worksheet needs at least one column.</source>
        <translation>A table worksheet needs at least one column.</translation>
    </message>
    <message>
        <source>A task belongs to a workshop or a project.</source>
        <translation>A task belongs to a workshop or a project.</translation>
    </message>
    <message>
        <source>A worksheet can have at most 12 prompts.</source>
        <translation>A worksheet can have at most 12 prompts.</translation>
    </message>
    <message>
        <source>A worksheet has too many columns or boxes.</source>
        <translation>A worksheet has too many columns or boxes.</translation>
    </message>
    <message>
        <source>A worksheet needs a title.</source>
        <translation>A worksheet needs a title.</translation>
    </message>
    <message>
        <source>A worksheet spec must be an object.</source>
        <translation>A worksheet spec must be an object.</translation>
    </message>
    <message>
        <source>Another copy of Fasilitaattori or another program is using the data file, so the change was not saved; wait a moment and try again.</source>
        <translation>Another copy of Fasilitaattori or another program is using the data file, so the change was not saved; wait a moment and try again.</translation>
    </message>
    <message>
        <source>Choose a sync folder first.</source>
        <translation>Choose a sync folder first.</translation>
    </message>
    <message>
        <source>Choose at least one column to import.</source>
        <translation>Choose at least one column to import.</translation>
    </message>
    <message>
        <source>Choose mine, theirs, both or a merged text.</source>
        <translation>Choose mine, theirs, both or a merged text.</translation>
    </message>
    <message>
        <source>Fasilitaattori cannot write in the sync folder {path}.</source>
        <translation>Fasilitaattori cannot write in the sync folder {path}.</translation>
    </message>
    <message>
        <source>Give a box size for every prompt, or none.</source>
        <translation>Give a box size for every prompt, or none.</translation>
    </message>
    <message>
        <source>Give the number of an import as `sync log` shows it.</source>
        <translation>Give the number of an import as `sync log` shows it.</translation>
    </message>
    <message>
        <source>Import {id} has already been undone.</source>
        <translation>Import {id} has already been undone.</translation>
    </message>
    <message>
        <source>Give the workshop whose blocks to list: --workshop ID.</source>
        <translation>Give the workshop whose blocks to list: --workshop ID.</translation>
    </message>
    <message>
        <source>A parallel track cannot have tracks of its own.</source>
        <translation>A parallel track cannot have tracks of its own.</translation>
    </message>
    <message>
        <source>Day {day} needs a start time such as 09:00.</source>
        <translation>Day {day} needs a start time such as 09:00.</translation>
    </message>
    <message>
        <source>Day {day} still has blocks; move or delete them first.</source>
        <translation>Day {day} still has blocks; move or delete them first.</translation>
    </message>
    <message>
        <source>The sync folder has files under this laptop&apos;s device id that it did not write (a laptop with a copy of its disk, or a backup restored here), so nothing was synced; give this laptop a new device id (Sync now offers it; on the command line `fasilitaattori sync new-device-id`) and sync again.</source>
        <translation>The sync folder has files under this laptop&apos;s device id that it did not write (a laptop with a copy of its disk, or a backup restored here), so nothing was synced; give this laptop a new device id (Sync now offers it; on the command line `fasilitaattori sync new-device-id`) and sync again.</translation>
    </message>
    <message>
        <source>No block is running now, so there is nothing to lengthen.</source>
        <translation>No block is running now, so there is nothing to lengthen.</translation>
    </message>
    <message>
        <source>A box above the worksheet can have at most five lines.</source>
        <translation>A box above the worksheet can have at most five lines.</translation>
    </message>
    <message>
        <source>A table worksheet needs a row for each row label.</source>
        <translation>A table worksheet needs a row for each row label.</translation>
    </message>
    <message>
        <source>No block of this workshop has a worksheet.</source>
        <translation>No block of this workshop has a worksheet.</translation>
    </message>
    <message>
        <source>No column of the file is matched to a question; choose the question for at least one column.</source>
        <translation>No column of the file is matched to a question; choose the question for at least one column.</translation>
    </message>
    <message>
        <source>Row {row} of the file {name} has a cell longer than {limit} characters.</source>
        <translation>Row {row} of the file {name} has a cell longer than {limit} characters.</translation>
    </message>
    <message>
        <source>Row {row} of {name}: {reason}</source>
        <translation>Row {row} of {name}: {reason}</translation>
    </message>
    <message>
        <source>Row {row}, column “{column}”: “{value}” is not a number from {low} to {high}.</source>
        <translation>Row {row}, column “{column}”: “{value}” is not a number from {low} to {high}.</translation>
    </message>
    <message>
        <source>Row {row}, column “{column}”: “{value}” is not a yes or no answer.</source>
        <translation>Row {row}, column “{column}”: “{value}” is not a yes or no answer.</translation>
    </message>
    <message>
        <source>The agenda has ended; there is no next block.</source>
        <translation>The agenda has ended; there is no next block.</translation>
    </message>
    <message>
        <source>The answer refers to a question this workshop does not have.</source>
        <translation>The answer refers to a question this workshop does not have.</translation>
    </message>
    <message>
        <source>The answer to “{question}” must be a number from {low} to {high}.</source>
        <translation>The answer to “{question}” must be a number from {low} to {high}.</translation>
    </message>
    <message>
        <source>The answer to “{question}” must be yes or no.</source>
        <translation>The answer to “{question}” must be yes or no.</translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: {reason}.</source>
        <translation>The backup could not be written to {path}: {reason}.</translation>
    </message>
    <message>
        <source>The backup file {path} does not exist.</source>
        <translation>The backup file {path} does not exist.</translation>
    </message>
    <message>
        <source>The backup file {path} is damaged.</source>
        <translation>The backup file {path} is damaged.</translation>
    </message>
    <message>
        <source>The bundle contains an unexpected part {member}; it was not made by Fasilitaattori or has been altered.</source>
        <translation>The bundle contains an unexpected part {member}; it was not made by Fasilitaattori or has been altered.</translation>
    </message>
    <message>
        <source>The bundle contains the part {member} twice.</source>
        <translation>The bundle contains the part {member} twice.</translation>
    </message>
    <message>
        <source>The bundle does not fit this store&apos;s data ({reason}); nothing was imported.</source>
        <translation>The bundle does not fit this store&apos;s data ({reason}); nothing was imported.</translation>
    </message>
    <message>
        <source>The bundle has too many parts ({count}).</source>
        <translation>The bundle has too many parts ({count}).</translation>
    </message>
    <message>
        <source>The bundle is damaged: the checksum of {member} does not match.</source>
        <translation>The bundle is damaged: the checksum of {member} does not match.</translation>
    </message>
    <message>
        <source>The bundle is damaged: the manifest counts {count} {entity} rows but there are {found}.</source>
        <translation>The bundle is damaged: the manifest counts {count} {entity} rows but there are {found}.</translation>
    </message>
    <message>
        <source>The bundle is damaged: the part {member} cannot be unpacked ({reason}).</source>
        <translation>The bundle is damaged: the part {member} cannot be unpacked ({reason}).</translation>
    </message>
    <message>
        <source>The bundle is damaged: the part {member} cannot be unpacked.</source>
        <translation>The bundle is damaged: the part {member} cannot be unpacked.</translation>
    </message>
    <message>
        <source>The bundle is damaged: the photo {member} does not match its name.</source>
        <translation>The bundle is damaged: the photo {member} does not match its name.</translation>
    </message>
    <message>
        <source>The bundle is incomplete: the part {member} is missing.</source>
        <translation>The bundle is incomplete: the part {member} is missing.</translation>
    </message>
    <message>
        <source>The bundle is invalid: it deletes or changes the built-in method {id}.</source>
        <translation>The bundle is invalid: it deletes or changes the built-in method {id}.</translation>
    </message>
    <message>
        <source>The bundle is invalid: it erases the {entity} {id}, which belongs to no person it erases.</source>
        <translation>The bundle is invalid: it erases the {entity} {id}, which belongs to no person it erases.</translation>
    </message>
    <message>
        <source>The bundle is invalid: the {entity} {id} appears twice.</source>
        <translation>The bundle is invalid: the {entity} {id} appears twice.</translation>
    </message>
    <message>
        <source>The bundle is invalid: the {entity} {id} is attached to a block of another workshop.</source>
        <translation>The bundle is invalid: the {entity} {id} is attached to a block of another workshop.</translation>
    </message>
    <message>
        <source>The bundle is invalid: the {entity} {id} refers to a {ref} that is neither in the bundle nor in this store.</source>
        <translation>The bundle is invalid: the {entity} {id} refers to a {ref} that is neither in the bundle nor in this store.</translation>
    </message>
    <message>
        <source>The bundle is invalid: {entity} row {n} has a change clock later than the bundle&apos;s own.</source>
        <translation>The bundle is invalid: {entity} row {n} has a change clock later than the bundle&apos;s own.</translation>
    </message>
    <message>
        <source>The bundle is invalid: {entity} row {n} has an unacceptable value in {column}.</source>
        <translation>The bundle is invalid: {entity} row {n} has an unacceptable value in {column}.</translation>
    </message>
    <message>
        <source>The bundle is invalid: {entity} row {n} is not in the expected form.</source>
        <translation>The bundle is invalid: {entity} row {n} is not in the expected form.</translation>
    </message>
    <message>
        <source>The bundle unpacks to more than allowed.</source>
        <translation>The bundle unpacks to more than allowed.</translation>
    </message>
    <message>
        <source>The bundle was made on a computer whose clock is more than a week ahead of this one&apos;s; check the date and time of the other laptop, then export the bundle again.</source>
        <translation>The bundle was made on a computer whose clock is more than a week ahead of this one&apos;s; check the date and time of the other laptop, then export the bundle again.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest does not list its parts.</source>
        <translation>The bundle&apos;s manifest does not list its parts.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest does not name a valid device.</source>
        <translation>The bundle&apos;s manifest does not name a valid device.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest has an invalid clock value.</source>
        <translation>The bundle&apos;s manifest has an invalid clock value.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest has an invalid entry for {member}.</source>
        <translation>The bundle&apos;s manifest has an invalid entry for {member}.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest has no valid format version.</source>
        <translation>The bundle&apos;s manifest has no valid format version.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest has no valid scope.</source>
        <translation>The bundle&apos;s manifest has no valid scope.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is invalid: &apos;pseudonymised&apos; must be true or false.</source>
        <translation>The bundle&apos;s manifest is invalid: &apos;pseudonymised&apos; must be true or false.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is not valid JSON.</source>
        <translation>The bundle&apos;s manifest is not valid JSON.</translation>
    </message>
    <message>
        <source>The bundle&apos;s part {member} is encrypted with zip encryption, which Fasilitaattori does not use.</source>
        <translation>The bundle&apos;s part {member} is encrypted with zip encryption, which Fasilitaattori does not use.</translation>
    </message>
    <message>
        <source>The bundle&apos;s part {member} is larger than allowed.</source>
        <translation>The bundle&apos;s part {member} is larger than allowed.</translation>
    </message>
    <message>
        <source>The bundle&apos;s part {member} is not listed in its manifest.</source>
        <translation>The bundle&apos;s part {member} is not listed in its manifest.</translation>
    </message>
    <message>
        <source>The bundle&apos;s part {member} unpacks to an implausible size; it looks like a zip bomb.</source>
        <translation>The bundle&apos;s part {member} unpacks to an implausible size; it looks like a zip bomb.</translation>
    </message>
    <message>
        <source>The bundle&apos;s {entity} rows are not in the expected form.</source>
        <translation>The bundle&apos;s {entity} rows are not in the expected form.</translation>
    </message>
    <message>
        <source>The bundle&apos;s {entity} rows are not valid JSON.</source>
        <translation>The bundle&apos;s {entity} rows are not valid JSON.</translation>
    </message>
    <message>
        <source>The bundle&apos;s {entity} rows do not have the columns this version expects.</source>
        <translation>The bundle&apos;s {entity} rows do not have the columns this version expects.</translation>
    </message>
    <message>
        <source>The category is still used by {count} blocks; give them another category first.</source>
        <translation>The category is still used by {count} blocks; give them another category first.</translation>
    </message>
    <message>
        <source>The change could not be saved: {reason}.</source>
        <translation>The change could not be saved: {reason}.</translation>
    </message>
    <message>
        <source>The conflict was not found; it may have been resolved on another device.</source>
        <translation>The conflict was not found; it may have been resolved on another device.</translation>
    </message>
    <message>
        <source>The data file cannot be opened for writing, so the change was not saved; check that the data folder still exists and is not read-only.</source>
        <translation>The data file cannot be opened for writing, so the change was not saved; check that the data folder still exists and is not read-only.</translation>
    </message>
    <message>
        <source>The data file cannot be read: {reason}.</source>
        <translation>The data file cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>The data file is damaged; restore the latest copy from the backups folder inside the data folder.</source>
        <translation>The data file is damaged; restore the latest copy from the backups folder inside the data folder.</translation>
    </message>
    <message>
        <source>The data file {path} cannot be read: {reason}.</source>
        <translation>The data file {path} cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>The data folder cannot be written to, so the change was not saved; check that the folder and the disk are not read-only.</source>
        <translation>The data folder cannot be written to, so the change was not saved; check that the folder and the disk are not read-only.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be created: {reason}.</source>
        <translation>The data folder {path} cannot be created: {reason}.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written to; check that the folder and the disk are not read-only, or choose another data folder.</source>
        <translation>The data folder {path} cannot be written to; check that the folder and the disk are not read-only, or choose another data folder.</translation>
    </message>
    <message>
        <source>The disk could not be written, so the change was not saved; check the disk or the drive&apos;s connection and try again.</source>
        <translation>The disk could not be written, so the change was not saved; check the disk or the drive&apos;s connection and try again.</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved; free some space and try again.</source>
        <translation>The disk is full, so the change was not saved; free some space and try again.</translation>
    </message>
    <message>
        <source>The disk is full, so {path} could not be written; free some space and try again.</source>
        <translation>The disk is full, so {path} could not be written; free some space and try again.</translation>
    </message>
    <message>
        <source>The encrypted bundle has settings this version does not accept.</source>
        <translation>The encrypted bundle has settings this version does not accept.</translation>
    </message>
    <message>
        <source>The encrypted bundle is cut short; ask for a new copy.</source>
        <translation>The encrypted bundle is cut short; ask for a new copy.</translation>
    </message>
    <message>
        <source>The file has no column number {number}.</source>
        <translation>The file has no column number {number}.</translation>
    </message>
    <message>
        <source>The file has no column “{column}”.</source>
        <translation>The file has no column “{column}”.</translation>
    </message>
    <message>
        <source>The file is not a Fasilitaattori bundle: it has no manifest.</source>
        <translation>The file is not a Fasilitaattori bundle: it has no manifest.</translation>
    </message>
    <message>
        <source>The file is not a Fasilitaattori bundle: its manifest is of another kind.</source>
        <translation>The file is not a Fasilitaattori bundle: its manifest is of another kind.</translation>
    </message>
    <message>
        <source>The file is not a photo in a known format (JPEG, PNG, GIF or WebP).</source>
        <translation>The file is not a photo in a known format (JPEG, PNG, GIF or WebP).</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {reason}.</source>
        <translation>The file {name} cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>The file {name} could not be read as an Excel workbook.</source>
        <translation>The file {name} could not be read as an Excel workbook.</translation>
    </message>
    <message>
        <source>The file {name} declares XML entities, which a workbook never does; it was not read.</source>
        <translation>The file {name} declares XML entities, which a workbook never does; it was not read.</translation>
    </message>
    <message>
        <source>The file {name} has more than {limit} cells.</source>
        <translation>The file {name} has more than {limit} cells.</translation>
    </message>
    <message>
        <source>The file {name} has more than {limit} columns.</source>
        <translation>The file {name} has more than {limit} columns.</translation>
    </message>
    <message>
        <source>The file {name} has more than {limit} rows.</source>
        <translation>The file {name} has more than {limit} rows.</translation>
    </message>
    <message>
        <source>The file {name} has no answer rows under its header.</source>
        <translation>The file {name} has no answer rows under its header.</translation>
    </message>
    <message>
        <source>The file {name} has no answers in the chosen columns.</source>
        <translation>The file {name} has no answers in the chosen columns.</translation>
    </message>
    <message>
        <source>The file {name} has no rows under its header line.</source>
        <translation>The file {name} has no rows under its header line.</translation>
    </message>
    <message>
        <source>The file {name} has two columns headed “{column}”; choose the column for the question by its number.</source>
        <translation>The file {name} has two columns headed “{column}”; choose the column for the question by its number.</translation>
    </message>
    <message>
        <source>The file {name} holds another device&apos;s bundle.</source>
        <translation>The file {name} holds another device&apos;s bundle.</translation>
    </message>
    <message>
        <source>The file {name} holds another of that device&apos;s files.</source>
        <translation>The file {name} holds another of that device&apos;s files.</translation>
    </message>
    <message>
        <source>The file {name} is damaged or is not a Fasilitaattori bundle.</source>
        <translation>The file {name} is damaged or is not a Fasilitaattori bundle.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>The file {name} is empty.</translation>
    </message>
    <message>
        <source>The file {name} is kept online only by the cloud service, so it was not read; set the sync folder to be always kept on this device.</source>
        <translation>The file {name} is kept online only by the cloud service, so it was not read; set the sync folder to be always kept on this device.</translation>
    </message>
    <message>
        <source>The file {name} is not a Fasilitaattori bundle.</source>
        <translation>The file {name} is not a Fasilitaattori bundle.</translation>
    </message>
    <message>
        <source>The file {name} is not a readable CSV table: line {line} is broken (check the quotation marks).</source>
        <translation>The file {name} is not a readable CSV table: line {line} is broken (check the quotation marks).</translation>
    </message>
    <message>
        <source>The file {name} is not a survey export that can be read (CSV or XLSX).</source>
        <translation>The file {name} is not a survey export that can be read (CSV or XLSX).</translation>
    </message>
    <message>
        <source>The file {name} is not a text (CSV) file.</source>
        <translation>The file {name} is not a text (CSV) file.</translation>
    </message>
    <message>
        <source>The file {name} is in a format that cannot be read here (.xls or .ods); open it in a spreadsheet program, save it as .xlsx or CSV and import that.</source>
        <translation>The file {name} is in a format that cannot be read here (.xls or .ods); open it in a spreadsheet program, save it as .xlsx or CSV and import that.</translation>
    </message>
    <message>
        <source>A report can be saved as .docx, .odt or .pdf, not as “{name}”.</source>
        <translation>A report can be saved as .docx, .odt or .pdf, not as “{name}”.</translation>
    </message>
    <message>
        <source>Only the summary and the project report can be saved as DOCX, ODT or tagged PDF.</source>
        <translation>Only the summary and the project report can be saved as DOCX, ODT or tagged PDF.</translation>
    </message>
    <message>
        <source>The file {name} is not text in a known encoding (UTF-8, UTF-16 or Windows-1252).</source>
        <translation>The file {name} is not text in a known encoding (UTF-8, UTF-16 or Windows-1252).</translation>
    </message>
    <message>
        <source>The file {name} is still being written; sync again in a moment.</source>
        <translation>The file {name} is still being written; sync again in a moment.</translation>
    </message>
    <message>
        <source>The file {name} is too large for a participant list (at most 20 MB).</source>
        <translation>The file {name} is too large for a participant list (at most 20 MB).</translation>
    </message>
    <message>
        <source>The file {name} is too large for a survey export ({mb} MB).</source>
        <translation>The file {name} is too large for a survey export ({mb} MB).</translation>
    </message>
    <message>
        <source>The file {name} is too large to be a bundle.</source>
        <translation>The file {name} is too large to be a bundle.</translation>
    </message>
    <message>
        <source>The file {name} mixes two text encodings (UTF-8 and Windows-1252); save it again as UTF-8 CSV and import that.</source>
        <translation>The file {name} mixes two text encodings (UTF-8 and Windows-1252); save it again as UTF-8 CSV and import that.</translation>
    </message>
    <message>
        <source>The file {name} unpacks to more than {mb} MB, too much for a survey export.</source>
        <translation>The file {name} unpacks to more than {mb} MB, too much for a survey export.</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}.</source>
        <translation>The file {path} could not be written: {reason}.</translation>
    </message>
    <message>
        <source>The file {path} is not a Fasilitaattori backup.</source>
        <translation>The file {path} is not a Fasilitaattori backup.</translation>
    </message>
    <message>
        <source>The file {path} is not a Fasilitaattori data file.</source>
        <translation>The file {path} is not a Fasilitaattori data file.</translation>
    </message>
    <message>
        <source>The file {path} is not a usable backup: {reason}.</source>
        <translation>The file {path} is not a usable backup: {reason}.</translation>
    </message>
    <message>
        <source>The folder of {path} cannot be written to; check that the folder and the disk are not read-only, or choose another folder.</source>
        <translation>The folder of {path} cannot be written to; check that the folder and the disk are not read-only, or choose another folder.</translation>
    </message>
    <message>
        <source>The folder {path} is too deep for Windows to hold the program&apos;s files; choose a folder with a shorter path.</source>
        <translation>The folder {path} is too deep for Windows to hold the program&apos;s files; choose a folder with a shorter path.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>The import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>The language must be Finnish, Swedish, English or the system&apos;s.</source>
        <translation>The language must be Finnish, Swedish, English or the system&apos;s.</translation>
    </message>
    <message>
        <source>The mapping “{part}” must be written as column=question.</source>
        <translation>The mapping “{part}” must be written as column=question.</translation>
    </message>
    <message>
        <source>The name {name} contains {chars}, which Windows does not allow in file names; choose another name.</source>
        <translation>The name {name} contains {chars}, which Windows does not allow in file names; choose another name.</translation>
    </message>
    <message>
        <source>The name {name} ends in a dot or a space, which Windows drops; choose another name.</source>
        <translation>The name {name} ends in a dot or a space, which Windows drops; choose another name.</translation>
    </message>
    <message>
        <source>The passphrase does not open {name}; nothing was synced.</source>
        <translation>The passphrase does not open {name}; nothing was synced.</translation>
    </message>
    <message>
        <source>The passphrase file {name} cannot be read: {reason}.</source>
        <translation>The passphrase file {name} cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>The passphrase file {name} is empty.</source>
        <translation>The passphrase file {name} is empty.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>The passphrase is empty.</translation>
    </message>
    <message>
        <source>The passphrase is too long (at most {limit} characters).</source>
        <translation>The passphrase is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the bundle was changed after it was encrypted.</source>
        <translation>The passphrase is wrong, or the bundle was changed after it was encrypted.</translation>
    </message>
    <message>
        <source>The path {path} is longer than Windows allows ({limit} characters); choose a folder nearer the drive&apos;s top or a shorter name.</source>
        <translation>The path {path} is longer than Windows allows ({limit} characters); choose a folder nearer the drive&apos;s top or a shorter name.</translation>
    </message>
    <message>
        <source>The person was not found; they may have been erased already.</source>
        <translation>The person was not found; they may have been erased already.</translation>
    </message>
    <message>
        <source>The photo is too large (at most 50 MB).</source>
        <translation>The photo is too large (at most 50 MB).</translation>
    </message>
    <message>
        <source>The photo {name} cannot be read: {reason}.</source>
        <translation>The photo {name} cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>The project period cannot end before it starts.</source>
        <translation>The project period cannot end before it starts.</translation>
    </message>
    <message>
        <source>The project was not found; it may have been deleted.</source>
        <translation>The project was not found; it may have been deleted.</translation>
    </message>
    <message>
        <source>The question set was not found.</source>
        <translation>The question set was not found.</translation>
    </message>
    <message>
        <source>The question set “{name}” is damaged and cannot be used.</source>
        <translation>The question set “{name}” is damaged and cannot be used.</translation>
    </message>
    <message>
        <source>The question “{question}” is matched to two columns.</source>
        <translation>The question “{question}” is matched to two columns.</translation>
    </message>
    <message>
        <source>The retention period must be a whole number of months from 1 to 600.</source>
        <translation>The retention period must be a whole number of months from 1 to 600.</translation>
    </message>
    <message>
        <source>The smallest group size cannot be larger than the largest.</source>
        <translation>The smallest group size cannot be larger than the largest.</translation>
    </message>
    <message>
        <source>The state before import {id} is no longer kept (the last {keep} imports that changed something can be undone).</source>
        <translation>The state before import {id} is no longer kept (the last {keep} imports that changed something can be undone).</translation>
    </message>
    <message>
        <source>The sync folder {path} cannot be read: {reason}.</source>
        <translation>The sync folder {path} cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>The sync folder {path} does not exist or is not a folder.</source>
        <translation>The sync folder {path} does not exist or is not a folder.</translation>
    </message>
    <message>
        <source>The sync folder {path} is not available; is the drive connected?</source>
        <translation>The sync folder {path} is not available; is the drive connected?</translation>
    </message>
    <message>
        <source>The sync was cancelled. What came in from {files} was kept; the rest was not imported, and this device&apos;s bundle was not written.</source>
        <translation>The sync was cancelled. What came in from {files} was kept; the rest was not imported, and this device&apos;s bundle was not written.</translation>
    </message>
    <message>
        <source>The worksheet spec is malformed: a list is not a list.</source>
        <translation>The worksheet spec is malformed: a list is not a list.</translation>
    </message>
    <message>
        <source>The worksheet spec is malformed: a number is out of range.</source>
        <translation>The worksheet spec is malformed: a number is out of range.</translation>
    </message>
    <message>
        <source>The worksheet spec is malformed: a text is not a text or is too long.</source>
        <translation>The worksheet spec is malformed: a text is not a text or is too long.</translation>
    </message>
    <message>
        <source>The worksheet spec is malformed: a yes/no field is not true or false.</source>
        <translation>The worksheet spec is malformed: a yes/no field is not true or false.</translation>
    </message>
    <message>
        <source>The worksheet spec is nested too deeply.</source>
        <translation>The worksheet spec is nested too deeply.</translation>
    </message>
    <message>
        <source>The worksheet cannot be saved: {reason}</source>
        <translation>The worksheet cannot be saved: {reason}</translation>
    </message>
    <message>
        <source>The workshop cannot end before it starts.</source>
        <translation>The workshop cannot end before it starts.</translation>
    </message>
    <message>
        <source>The workshop has no agenda to start.</source>
        <translation>The workshop has no agenda to start.</translation>
    </message>
    <message>
        <source>The workshop has no day {day}.</source>
        <translation>The workshop has no day {day}.</translation>
    </message>
    <message>
        <source>The workshop has no question “{question}”.</source>
        <translation>The workshop has no question “{question}”.</translation>
    </message>
    <message>
        <source>The workshop has no questions to save as a set.</source>
        <translation>The workshop has no questions to save as a set.</translation>
    </message>
    <message>
        <source>The workshop was not found; it may have been deleted.</source>
        <translation>The workshop was not found; it may have been deleted.</translation>
    </message>
    <message>
        <source>The {what} was not found.</source>
        <translation>The {what} was not found.</translation>
    </message>
    <message>
        <source>The {what} was not found; it may have been deleted.</source>
        <translation>The {what} was not found; it may have been deleted.</translation>
    </message>
    <message>
        <source>There is already a category called {name}.</source>
        <translation>There is already a category called {name}.</translation>
    </message>
    <message>
        <source>There is no import {id} in the sync log.</source>
        <translation>There is no import {id} in the sync log.</translation>
    </message>
    <message>
        <source>There is no privacy notice in the language “{language}”.</source>
        <translation>There is no privacy notice in the language “{language}”.</translation>
    </message>
    <message>
        <source>There is no such day as “{text}”; type it like {example}.</source>
        <translation>There is no such day as “{text}”; type it like {example}.</translation>
    </message>
    <message>
        <source>There is no such time as “{text}”; type it like {example}.</source>
        <translation>There is no such time as “{text}”; type it like {example}.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Fasilitaattori; update the program to restore it.</source>
        <translation>This backup was made by a newer version of Fasilitaattori; update the program to restore it.</translation>
    </message>
    <message>
        <source>This block has no method with a worksheet.</source>
        <translation>This block has no method with a worksheet.</translation>
    </message>
    <message>
        <source>This bundle is encrypted; give its passphrase to open it.</source>
        <translation>This bundle is encrypted; give its passphrase to open it.</translation>
    </message>
    <message>
        <source>This bundle is pseudonymised for sharing outside the team; it cannot be imported into a store.</source>
        <translation>This bundle is pseudonymised for sharing outside the team; it cannot be imported into a store.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of Fasilitaattori (format {version}); update the app to import it.</source>
        <translation>This bundle was made by a newer version of Fasilitaattori (format {version}); update the app to import it.</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of Fasilitaattori; update the program to open it.</source>
        <translation>This data was saved by a newer version of Fasilitaattori; update the program to open it.</translation>
    </message>
    <message>
        <source>This device&apos;s sync bundles are encrypted; give the passphrase to sync.</source>
        <translation>This device&apos;s sync bundles are encrypted; give the passphrase to sync.</translation>
    </message>
    <message>
        <source>This worksheet layout needs at least one prompt.</source>
        <translation>This worksheet layout needs at least one prompt.</translation>
    </message>
    <message>
        <source>Unknown printout {kind}; choose one of: {kinds}.</source>
        <translation>Unknown printout {kind}; choose one of: {kinds}.</translation>
    </message>
    <message>
        <source>Windows reserves the name {name} for a device; choose another name.</source>
        <translation>Windows reserves the name {name} for a device; choose another name.</translation>
    </message>
    <message>
        <source>{field} cannot be empty.</source>
        <translation>{field} cannot be empty.</translation>
    </message>
    <message>
        <source>{field} cannot be saved: {reason}</source>
        <translation>{field} cannot be saved: {reason}</translation>
    </message>
    <message>
        <source>{field} does not name a saved item.</source>
        <translation>{field} does not name a saved item.</translation>
    </message>
    <message>
        <source>{field} is not a valid date (use the form 2024-05-14).</source>
        <translation>{field} is not a valid date (use the form 2024-05-14).</translation>
    </message>
    <message>
        <source>{field} is not a valid position.</source>
        <translation>{field} is not a valid position.</translation>
    </message>
    <message>
        <source>{field} is not in the expected form.</source>
        <translation>{field} is not in the expected form.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field} is required.</translation>
    </message>
    <message>
        <source>{field} is too long ({length} characters; at most {limit}).</source>
        <translation>{field} is too long ({length} characters; at most {limit}).</translation>
    </message>
    <message>
        <source>{field} must be a time such as 09:30.</source>
        <translation>{field} must be a time such as 09:30.</translation>
    </message>
    <message>
        <source>{field} must be a whole number.</source>
        <translation>{field} must be a whole number.</translation>
    </message>
    <message>
        <source>{field} must be at least {minimum}.</source>
        <translation>{field} must be at least {minimum}.</translation>
    </message>
    <message>
        <source>{field} must be at most {maximum}.</source>
        <translation>{field} must be at most {maximum}.</translation>
    </message>
    <message>
        <source>{field} must be one of: {choices}.</source>
        <translation>{field} must be one of: {choices}.</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field} must be text.</translation>
    </message>
    <message>
        <source>{field} must be yes or no.</source>
        <translation>{field} must be yes or no.</translation>
    </message>
    <message>
        <source>{what} has no field called {field}.</source>
        <translation>{what} has no field called {field}.</translation>
    </message>
    <message>
        <source>Fasilitaattori is already open with this data folder; use the window that is open, or close it and start again.</source>
        <translation>Fasilitaattori is already open with this data folder; use the window that is open, or close it and start again.</translation>
    </message>
    <message>
        <source>“{text}” is not a date; type it like {example}.</source>
        <translation>“{text}” is not a date; type it like {example}.</translation>
    </message>
    <message>
        <source>“{text}” is not a time; type it like {example}.</source>
        <translation>“{text}” is not a time; type it like {example}.</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Yes / no</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Free text</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Single choice</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Multiple choice</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Background (municipality, role…)</source>
        <translation>Background (municipality, role…)</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Actual end</source>
        <translation>Actual end</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Actual start</translation>
    </message>
    <message>
        <source>Agenda columns</source>
        <translation>Agenda columns</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Answered at</source>
        <translation>Answered at</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Built-in</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Comes with an assistant</source>
        <translation>Comes with an assistant</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contact consent</source>
        <translation>Contact consent</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Content hash</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Counts as</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Diet</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>End of period</source>
        <translation>End of period</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>Extra minutes</source>
        <translation>Extra minutes</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Facilitator notes</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Fixed time</source>
        <translation>Fixed time</translation>
    </message>
    <message>
        <source>Follow-up workshop</source>
        <translation>Follow-up workshop</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>Highest value</source>
        <translation>Highest value</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Label of the highest value</source>
        <translation>Label of the highest value</translation>
    </message>
    <message>
        <source>Label of the lowest value</source>
        <translation>Label of the lowest value</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Largest group</source>
        <translation>Largest group</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Locality</translation>
    </message>
    <message>
        <source>Lowest value</source>
        <translation>Lowest value</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Needs a hearing loop</source>
        <translation>Needs a hearing loop</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Needs an interpreter</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Other needs</source>
        <translation>Other needs</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Parallel block</source>
        <translation>Parallel block</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Photo consent</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Smallest group</source>
        <translation>Smallest group</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Start of period</source>
        <translation>Start of period</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Start times of later days</source>
        <translation>Start times of later days</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Who leads</source>
        <translation>Who leads</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Worksheet</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>agenda block</source>
        <translation>agenda block</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>answer</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>attendance</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>feedback question</source>
        <translation>feedback question</translation>
    </message>
    <message>
        <source>feedback response</source>
        <translation>feedback response</translation>
    </message>
    <message>
        <source>head count</source>
        <translation>head count</translation>
    </message>
    <message>
        <source>method</source>
        <translation>method</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>question set</source>
        <translation>question set</translation>
    </message>
    <message>
        <source>task</source>
        <translation>task</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>workshop</translation>
    </message>
</context>
</TS>
