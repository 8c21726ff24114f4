<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
  <context>
    <name>akkoord</name>
    <message>
      <source>this is not valid JSON (%1)</source>
      <translation>dit is geen geldige JSON (%1)</translation>
    </message>
    <message>
      <source>this is a folder, not a file</source>
      <translation>dit is een map, geen bestand</translation>
    </message>
    <message>
      <source>the file cannot be read (%1); check its permissions</source>
      <translation>het bestand kan niet worden gelezen (%1); controleer de rechten</translation>
    </message>
    <message>
      <source>the file does not exist</source>
      <translation>het bestand bestaat niet</translation>
    </message>
    <message>
      <source>the file cannot be read (%1)</source>
      <translation>het bestand kan niet worden gelezen (%1)</translation>
    </message>
    <message>
      <source>null</source>
      <translation>null</translation>
    </message>
    <message>
      <source>true/false</source>
      <translation>waar/onwaar</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>een getal</translation>
    </message>
    <message>
      <source>text</source>
      <translation>tekst</translation>
    </message>
    <message>
      <source>a list</source>
      <translation>een lijst</translation>
    </message>
    <message>
      <source>an object</source>
      <translation>een object</translation>
    </message>
    <message>
      <source>nothing</source>
      <translation>niets</translation>
    </message>
    <message>
      <source>"%1" is missing</source>
      <translation>"%1" ontbreekt</translation>
    </message>
    <message>
      <source>expected text, found %1</source>
      <translation>tekst verwacht, %1 gevonden</translation>
    </message>
    <message>
      <source>must not be empty</source>
      <translation>mag niet leeg zijn</translation>
    </message>
    <message>
      <source>"%1" is not a valid identifier (lower-case letters, digits and _)</source>
      <translation>"%1" is geen geldige code (kleine letters, cijfers en _)</translation>
    </message>
    <message>
      <source>"unknown" is reserved for 'I don't know'</source>
      <translation>"unknown" is gereserveerd voor 'weet ik niet'</translation>
    </message>
    <message>
      <source>expected a list, found %1</source>
      <translation>een lijst verwacht, %1 gevonden</translation>
    </message>
    <message>
      <source>expected an object, found %1</source>
      <translation>een object verwacht, %1 gevonden</translation>
    </message>
    <message>
      <source>expected a number, found %1</source>
      <translation>een getal verwacht, %1 gevonden</translation>
    </message>
    <message>
      <source>%1 is outside the allowed range %2 to %3</source>
      <translation>%1 ligt buiten het toegestane bereik %2 tot %3</translation>
    </message>
    <message>
      <source>the %1 translation is missing</source>
      <translation>de %1 vertaling ontbreekt</translation>
    </message>
    <message>
      <source>Dutch</source>
      <translation>Nederlandse</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Engelse</translation>
    </message>
    <message>
      <source>unknown source section "%1"</source>
      <translation>onbekend bronhoofdstuk "%1"</translation>
    </message>
    <message>
      <source>"%1" is defined twice</source>
      <translation>"%1" is twee keer gedefinieerd</translation>
    </message>
    <message>
      <source>unknown axis "%1" (expected MATRIX.x or MATRIX.y)</source>
      <translation>onbekende as "%1" (verwacht MATRIX.x of MATRIX.y)</translation>
    </message>
    <message>
      <source>this is not an Akkoord knowledge base</source>
      <translation>dit is geen kennisbank van Akkoord</translation>
    </message>
    <message>
      <source>expected a whole number of at least 1</source>
      <translation>een geheel getal van minstens 1 verwacht</translation>
    </message>
    <message>
      <source>at least one matrix is needed</source>
      <translation>er is minstens één matrix nodig</translation>
    </message>
    <message>
      <source>at least one question is needed</source>
      <translation>er is minstens één vraag nodig</translation>
    </message>
    <message>
      <source>unknown group "%1"</source>
      <translation>onbekende groep "%1"</translation>
    </message>
    <message>
      <source>expected true/false, found %1</source>
      <translation>waar/onwaar verwacht, %1 gevonden</translation>
    </message>
    <message>
      <source>expected "ordinal" or "nominal", found "%1"</source>
      <translation>"ordinal" of "nominal" verwacht, "%1" gevonden</translation>
    </message>
    <message>
      <source>a question needs 2 to 31 options</source>
      <translation>een vraag heeft 2 tot 31 antwoordmogelijkheden nodig</translation>
    </message>
    <message>
      <source>the question gives axis "%1" no weight</source>
      <translation>de vraag geeft as "%1" geen gewicht</translation>
    </message>
    <message>
      <source>option "%1" has no weight for axis "%2"</source>
      <translation>antwoord "%1" heeft geen gewicht voor as "%2"</translation>
    </message>
    <message>
      <source>unknown question "%1"</source>
      <translation>onbekende vraag "%1"</translation>
    </message>
    <message>
      <source>a condition needs exactly one of "in" and "not_in"</source>
      <translation>een voorwaarde heeft precies één van "in" en "not_in" nodig</translation>
    </message>
    <message>
      <source>the list of options is empty</source>
      <translation>de lijst met antwoorden is leeg</translation>
    </message>
    <message>
      <source>question "%1" has no option "%2"</source>
      <translation>vraag "%1" heeft geen antwoord "%2"</translation>
    </message>
    <message>
      <source>"asked when" conditions form a cycle: %1</source>
      <translation>de voorwaarden voor het stellen van vragen vormen een kringloop: %1</translation>
    </message>
    <message>
      <source>at least one starting point is needed</source>
      <translation>er is minstens één startpunt nodig</translation>
    </message>
    <message>
      <source>unknown starting point "%1"</source>
      <translation>onbekend startpunt "%1"</translation>
    </message>
    <message>
      <source>unknown identifier "%1"</source>
      <translation>onbekende code "%1"</translation>
    </message>
    <message>
      <source>a rule needs at least one condition</source>
      <translation>een regel heeft minstens één voorwaarde nodig</translation>
    </message>
    <message>
      <source>the rule has no effect: give it scores, tactics or risks</source>
      <translation>de regel heeft geen effect: geef hem scores, tactieken of risico’s</translation>
    </message>
    <message>
      <source>question "%1" takes a list of options</source>
      <translation>vraag "%1" verwacht een lijst met antwoorden</translation>
    </message>
    <message>
      <source>question "%1" takes a single option, not a list</source>
      <translation>vraag "%1" verwacht één antwoord, geen lijst</translation>
    </message>
    <message>
      <source>question "%1" has no option "%2" (choose from: %3)</source>
      <translation>vraag "%1" heeft geen antwoord "%2" (kies uit: %3)</translation>
    </message>
    <message>
      <source>this is not an Akkoord scenario file</source>
      <translation>dit is geen scenariobestand van Akkoord</translation>
    </message>
    <message>
      <source>this is not an Akkoord scenario file ("format" must be "akkoord.scenario")</source>
      <translation>dit is geen scenariobestand van Akkoord ("format" moet "akkoord.scenario" zijn)</translation>
    </message>
    <message>
      <source>this file was written by a newer Akkoord (version %1; this program reads up to %2); update Akkoord to open it</source>
      <translation>dit bestand is geschreven door een nieuwere Akkoord (versie %1; dit programma leest tot en met %2); werk Akkoord bij om het te openen</translation>
    </message>
    <message>
      <source>question "%1" takes a list of options, found %2</source>
      <translation>vraag "%1" verwacht een lijst met antwoorden, %2 gevonden</translation>
    </message>
    <message>
      <source>question "%1" takes one option as text, found %2</source>
      <translation>vraag "%1" verwacht één antwoord als tekst, %2 gevonden</translation>
    </message>
    <message>
      <source>an object is not closed with }</source>
      <translation>een object is niet afgesloten met }</translation>
    </message>
    <message>
      <source>a : is missing after a name</source>
      <translation>er ontbreekt een : na een naam</translation>
    </message>
    <message>
      <source>a list is not closed with ]</source>
      <translation>een lijst is niet afgesloten met ]</translation>
    </message>
    <message>
      <source>a comma is missing between values</source>
      <translation>er ontbreekt een komma tussen waarden</translation>
    </message>
    <message>
      <source>a value is not valid here</source>
      <translation>een waarde is hier niet geldig</translation>
    </message>
    <message>
      <source>the text ends in the middle of a number</source>
      <translation>de tekst eindigt midden in een getal</translation>
    </message>
    <message>
      <source>a number is not valid</source>
      <translation>een getal is niet geldig</translation>
    </message>
    <message>
      <source>a text contains an invalid character</source>
      <translation>een tekst bevat een ongeldig teken</translation>
    </message>
    <message>
      <source>a text is not closed with "</source>
      <translation>een tekst is niet afgesloten met "</translation>
    </message>
    <message>
      <source>an object was expected</source>
      <translation>er werd een object verwacht</translation>
    </message>
    <message>
      <source>the data is nested too deeply</source>
      <translation>de gegevens zijn te diep genest</translation>
    </message>
    <message>
      <source>the document is too large</source>
      <translation>het document is te groot</translation>
    </message>
    <message>
      <source>there is text after the end of the data</source>
      <translation>er staat tekst na het einde van de gegevens</translation>
    </message>
    <message>
      <source>unknown error</source>
      <translation>onbekende fout</translation>
    </message>
    <message>
      <source>expected "source" or "assumed", found "%1"</source>
      <translation>verwacht "source" of "assumed", gevonden "%1"</translation>
    </message>
    <message>
      <source>expected "source" or "interpretation", found "%1"</source>
      <translation>verwacht "source" of "interpretation", gevonden "%1"</translation>
    </message>
    <message>
      <source>the list is empty</source>
      <translation>de lijst is leeg</translation>
    </message>
    <message>
      <source>written in an older format (%1) without the basis of each rule, text and example answer; this version reads format %2 (see docs/knowledge-audit.md)</source>
      <translation>geschreven in een ouder formaat (%1) zonder de basis van elke regel, tekst en voorbeeldantwoord; deze versie leest formaat %2 (zie docs/knowledge-audit.md)</translation>
    </message>
    <message>
      <source>expected "choose", "build" or "none", found "%1"</source>
      <translation>verwacht "choose", "build" of "none", gevonden "%1"</translation>
    </message>
    <message>
      <source>only a rule with the source as its basis can decide a starting point</source>
      <translation>alleen een regel met de bron als basis kan een startpunt beslissen</translation>
    </message>
    <message>
      <source>an inconsistency needs at least two conditions</source>
      <translation>een tegenstrijdigheid heeft minstens twee voorwaarden nodig</translation>
    </message>
    <message>
      <source>larger than %1 MB, more than Akkoord reads from a file of this kind; nothing was read</source>
      <translation>groter dan %1 MB, meer dan Akkoord uit een bestand van deze soort leest; er is niets gelezen</translation>
    </message>
    <message>
      <source>"%1" is given twice here; give each name once</source>
      <translation>"%1" staat hier twee keer; geef elke naam één keer</translation>
    </message>
    <message>
      <source>the text contains a NUL character (\u0000), which Akkoord does not keep</source>
      <translation>de tekst bevat een NUL-teken (\u0000), dat Akkoord niet bewaart</translation>
    </message>
    <message>
      <source>the text contains half of a character (a lone surrogate such as \ud800)</source>
      <translation>de tekst bevat een half teken (een losse surrogaat zoals \ud800)</translation>
    </message>
    <message>
      <source>the file is empty</source>
      <translation>het bestand is leeg</translation>
    </message>
    <message>
      <source>standard input cannot be read (%1)</source>
      <translation>standaardinvoer kan niet worden gelezen (%1)</translation>
    </message>
    <message>
      <source>"%1" is missing; it must be a whole number such as 1</source>
      <translation>"%1" ontbreekt; het moet een geheel getal zijn, zoals 1</translation>
    </message>
    <message>
      <source>"%1" must be a whole number of at least 1, not %2</source>
      <translation>"%1" moet een geheel getal van ten minste 1 zijn, niet %2</translation>
    </message>
    <message>
      <source>expected an option of question "%1" as text, found %2</source>
      <translation>een antwoord van vraag "%1" als tekst verwacht, %2 gevonden</translation>
    </message>
    <message>
      <source>longer than %1 characters</source>
      <translation>langer dan %1 tekens</translation>
    </message>
    <message>
      <source>expected a whole number from %1 to %2</source>
      <translation>een geheel getal van %1 tot en met %2 verwacht</translation>
    </message>
    <message>
      <source>unknown key "%1" (expected one of: %2)</source>
      <translation>onbekende sleutel "%1" (verwacht een van: %2)</translation>
    </message>
    <message>
      <source>the built-in knowledge base is damaged or of another build; reinstall Akkoord</source>
      <translation>de ingebouwde kennisbank is beschadigd of hoort bij een andere versie; installeer Akkoord opnieuw</translation>
    </message>
    <message>
      <source>this is not valid JSON</source>
      <translation>dit is geen geldige JSON</translation>
    </message>
    <message>
      <source>“%1” is not one of %2</source>
      <translation>“%1” is niet een van %2</translation>
    </message>
    <message>
      <source>no place for agreements of kind “%1”</source>
      <translation>geen plaats voor afspraken van soort “%1”</translation>
    </message>
  </context>
  <context>
    <name>akkoord::AdviceText</name>
    <message>
      <source>%1 — add “%2”</source>
      <translation>%1 — “%2” toevoegen</translation>
    </message>
    <message>
      <source>%1 — remove “%2”</source>
      <translation>%1 — “%2” weghalen</translation>
    </message>
    <message>
      <source>%1 — “%2”</source>
      <translation>%1 — “%2”</translation>
    </message>
    <message>
      <source>(no municipality)</source>
      <translation>(geen gemeente)</translation>
    </message>
    <message>
      <source>Advice for %1</source>
      <translation>Advies voor %1</translation>
    </message>
    <message>
      <source>Advice for %1 — %2</source>
      <translation>Advies voor %1 — %2</translation>
    </message>
    <message>
      <source>Knowledge base %1 · source: “%2”</source>
      <translation>Kennisbank %1 · bron: “%2”</translation>
    </message>
    <message>
      <source>RECOMMENDED STARTING POINT: %1</source>
      <translation>AANBEVOLEN STARTPUNT: %1</translation>
    </message>
    <message>
      <source>No rule applies yet: answer the questions to get reasons.</source>
      <translation>Er is nog geen regel van toepassing: beantwoord de vragen om redenen te krijgen.</translation>
    </message>
    <message>
      <source>tactic: %1</source>
      <translation>tactiek: %1</translation>
    </message>
    <message>
      <source>risk: %1</source>
      <translation>risico: %1</translation>
    </message>
    <message>
      <source>No special circumstances call for an extra tactic.</source>
      <translation>Geen bijzondere omstandigheden die om een extra tactiek vragen.</translation>
    </message>
    <message>
      <source>%1 → %2</source>
      <translation>%1 → %2</translation>
    </message>
    <message>
      <source>This is already the recommended starting point.</source>
      <translation>Dit is al het aanbevolen startpunt.</translation>
    </message>
    <message>
      <source>A short route there (not proven to be the shortest):</source>
      <translation>Een korte route daarheen (niet bewezen de kortste):</translation>
    </message>
    <message>
      <source>What they did: %1</source>
      <translation>Wat zij deden: %1</translation>
    </message>
    <message>
      <source>All questions that apply are answered.</source>
      <translation>Alle vragen die van toepassing zijn, zijn beantwoord.</translation>
    </message>
    <message>
      <source>NOTES</source>
      <translation>NOTITIES</translation>
    </message>
    <message>
      <source>(does not apply)</source>
      <translation>(niet van toepassing)</translation>
    </message>
    <message>
      <source>Don't know</source>
      <translation>Weet ik niet</translation>
    </message>
    <message>
      <source>source: “%1”, paragraph %2</source>
      <translation>bron: “%1”, alinea %2</translation>
    </message>
    <message>
      <source>our own elaboration</source>
      <translation>eigen uitwerking</translation>
    </message>
    <message>
      <source>assumed, not in the source</source>
      <translation>aangenomen, niet uit de bron</translation>
    </message>
    <message>
      <source>clear</source>
      <translation>duidelijk</translation>
    </message>
    <message>
      <source>leaning</source>
      <translation>voorkeur</translation>
    </message>
    <message>
      <source>open</source>
      <translation>open</translation>
    </message>
    <message>
      <source>%1 and %2</source>
      <translation>%1 en %2</translation>
    </message>
    <message>
      <source>NO STARTING POINT YET: not enough to go on</source>
      <translation>NOG GEEN STARTPUNT: te weinig om op te bouwen</translation>
    </message>
    <message>
      <source>The source's condition for this start holds, the others' do not, and no unanswered question could overturn that.</source>
      <translation>De voorwaarde die de bron voor deze start noemt, geldt; die voor de andere niet, en geen open vraag kan dat nog omdraaien.</translation>
    </message>
    <message>
      <source>The source's condition for this start holds, but the margin is narrow or an unanswered question could still change the advice.</source>
      <translation>De voorwaarde die de bron voor deze start noemt, geldt, maar het verschil is klein of een open vraag kan het advies nog veranderen.</translation>
    </message>
    <message>
      <source>None of the conditions the source gives for a starting point holds here. The source says there is almost always a way in; these are the ones it names.</source>
      <translation>Geen van de voorwaarden die de bron voor een startpunt noemt, geldt hier. Volgens de bron is er bijna altijd een ingang; dit zijn de ingangen die zij noemt.</translation>
    </message>
    <message>
      <source>The answers that decide the starting point are not known yet. Answer these first.</source>
      <translation>De antwoorden die het startpunt bepalen, zijn nog niet bekend. Beantwoord eerst deze vragen.</translation>
    </message>
    <message>
      <source>a tie between %1</source>
      <translation>gelijke steun voor %1</translation>
    </message>
    <message>
      <source>no starting point yet</source>
      <translation>nog geen startpunt</translation>
    </message>
    <message>
      <source>What they did: %1 (%2)</source>
      <translation>Wat zij deden: %1 (%2)</translation>
    </message>
    <message>
      <source>Started with: %1 (%2)</source>
      <translation>Begonnen met: %1 (%2)</translation>
    </message>
    <message>
      <source>What the source states (places the example and counts for similarity):</source>
      <translation>Wat de bron zegt (plaatst het voorbeeld en telt mee voor de vergelijking):</translation>
    </message>
    <message>
      <source>What we assumed (not in the source; does not count):</source>
      <translation>Wat wij aannamen (niet uit de bron; telt niet mee):</translation>
    </message>
    <message>
      <source>The source names three risks for every municipality and stresses the last of them.</source>
      <translation>De bron noemt drie risico’s voor elke gemeente en legt de nadruk op de laatste.</translation>
    </message>
    <message>
      <source> (stressed by the source)</source>
      <translation> (nadruk in de bron)</translation>
    </message>
    <message>
      <source>No single different answer changes this outcome.</source>
      <translation>Geen enkel ander antwoord verandert deze uitkomst.</translation>
    </message>
    <message>
      <source>If one answer were different, the outcome would be:</source>
      <translation>Als één antwoord anders zou zijn, zou de uitkomst worden:</translation>
    </message>
    <message>
      <source>The shortest route there, choices before build-up:</source>
      <translation>De kortste route daarheen, keuzes vóór opbouw:</translation>
    </message>
    <message>
      <source>Compared only on what the source states about each example.</source>
      <translation>Alleen vergeleken op wat de bron over elk voorbeeld zegt.</translation>
    </message>
    <message numerus="yes">
      <source>%n question(s) not answered yet (see “Missing information”)</source>
      <translation>
        <numerusform>nog %n vraag niet beantwoord (zie “Ontbrekende informatie”)</numerusform>
        <numerusform>nog %n vragen niet beantwoord (zie “Ontbrekende informatie”)</numerusform>
      </translation>
    </message>
    <message>
      <source>Answers that contradict each other</source>
      <translation>Antwoorden die elkaar tegenspreken</translation>
    </message>
    <message>
      <source>Involve:</source>
      <translation>Betrek:</translation>
    </message>
    <message>
      <source>What such an agreement holds:</source>
      <translation>Wat zo’n afspraak bevat:</translation>
    </message>
    <message>
      <source>What the municipality commits to:</source>
      <translation>Waartoe de gemeente zich verplicht:</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Waarom</translation>
    </message>
    <message>
      <source>Because</source>
      <translation>Omdat</translation>
    </message>
    <message>
      <source>What would change the advice</source>
      <translation>Wat het advies zou veranderen</translation>
    </message>
    <message>
      <source>To get to “%1”</source>
      <translation>Om uit te komen bij “%1”</translation>
    </message>
    <message>
      <source>Ranking</source>
      <translation>Rangorde</translation>
    </message>
    <message>
      <source>Position on the matrices</source>
      <translation>Positie op de matrices</translation>
    </message>
    <message>
      <source>%1 (%2: %3 towards “%4”; %5: %6 towards “%7”)</source>
      <translation>%1 (%2: %3 richting “%4”; %5: %6 richting “%7”)</translation>
    </message>
    <message>
      <source>Tactics for your situation</source>
      <translation>Tactieken voor uw situatie</translation>
    </message>
    <message>
      <source>Risks and what to do about them</source>
      <translation>Risico’s en wat u eraan doet</translation>
    </message>
    <message>
      <source>Raised by your answer to:</source>
      <translation>Groter door uw antwoord op:</translation>
    </message>
    <message>
      <source>Always, whatever the start</source>
      <translation>Altijd, welke start ook</translation>
    </message>
    <message>
      <source>From the source, for every municipality</source>
      <translation>Uit de bron, voor elke gemeente</translation>
    </message>
    <message>
      <source>Similar practice examples</source>
      <translation>Vergelijkbare praktijkvoorbeelden</translation>
    </message>
    <message>
      <source>Missing information</source>
      <translation>Ontbrekende informatie</translation>
    </message>
    <message>
      <source>Knowledge base %1, based on “%2”. The advice is a starting point for the conversation, not a decision.</source>
      <translation>Kennisbank %1, gebaseerd op “%2”. Het advies is een begin van het gesprek, geen besluit.</translation>
    </message>
    <message>
      <source>%1: first steps</source>
      <translation>%1: eerste stappen</translation>
    </message>
    <message>
      <source>Only a starting point marked * has one of the source's four conditions behind it; the source's points (4 for a condition, 1 for a style) decide. Our own rules add 1 point or less and are shown, never decisive.</source>
      <translation>Alleen achter een startpunt met * staat een van de vier voorwaarden uit de bron; de punten uit de bron (4 voor een voorwaarde, 1 voor een stijl) beslissen. Onze eigen regels tellen 1 punt of minder en worden getoond, maar beslissen nooit.</translation>
    </message>
    <message>
      <source>%1 points from the source, %2 in all</source>
      <translation>%1 punten uit de bron, %2 in totaal</translation>
    </message>
    <message>
      <source>not placed yet: no answer that weighs on it is known</source>
      <translation>nog niet geplaatst: er is geen antwoord bekend dat hierop weegt</translation>
    </message>
    <message>
      <source>No practice example matches on what the source states about it.</source>
      <translation>Geen praktijkvoorbeeld komt overeen met uw antwoorden op wat de bron over de voorbeelden zegt.</translation>
    </message>
    <message>
      <source>%1 of %2 answers the source gives for it the same</source>
      <translation>%1 van %2 door de bron genoemde antwoorden gelijk</translation>
    </message>
    <message>
      <source>Heads for: %1 (%2)</source>
      <translation>Wil naar: %1 (%2)</translation>
    </message>
    <message>
      <source>Choose “%1” for: %2</source>
      <translation>Kies “%1” bij: %2</translation>
    </message>
    <message>
      <source>Work towards “%1” for: %2</source>
      <translation>Werk toe naar “%1” bij: %2</translation>
    </message>
    <message>
      <source>EQUAL SUPPORT: %1</source>
      <translation>GELIJKE STEUN: %1</translation>
    </message>
    <message>
      <source>The source supports these starting points equally and nothing it says tells them apart. It calls mixed forms the rule: either is a defensible start, to choose on local grounds.</source>
      <translation>De bron steunt deze startpunten evenveel en niets wat zij zegt maakt onderscheid. Mengvormen zijn volgens de bron de regel: elk is een verdedigbare start, te kiezen op lokale gronden.</translation>
    </message>
    <message>
      <source>The source supports these starting points equally. It calls mixed forms the rule, so either is a defensible start; the answers to these questions would tell them apart.</source>
      <translation>De bron steunt deze startpunten evenveel. Mengvormen zijn volgens de bron de regel, dus elk is een verdedigbare start; de antwoorden op deze vragen maken het verschil.</translation>
    </message>
    <message>
      <source>None of the source's conditions holds for what you have answered; these questions could still decide. Meanwhile the source names these ways in.</source>
      <translation>Voor wat u hebt beantwoord, geldt geen van de voorwaarden uit de bron; deze vragen kunnen nog beslissen. Intussen noemt de bron deze ingangen.</translation>
    </message>
    <message>
      <source>Strength of the advice</source>
      <translation>Sterkte van het advies</translation>
    </message>
    <message>
      <source>Title: “%1” → “%2”</source>
      <translation>Titel: “%1” → “%2”</translation>
    </message>
    <message>
      <source>Notes changed</source>
      <translation>Notities gewijzigd</translation>
    </message>
    <message>
      <source>%1 %2 → %3</source>
      <translation>%1 %2 → %3</translation>
    </message>
    <message>
      <source>%1: %2%3 points</source>
      <translation>%1: %2%3 punten</translation>
    </message>
    <message>
      <source>None of these yet</source>
      <translation>Nog geen van deze</translation>
    </message>
    <message>
      <source>No route of choices and build-up found that leads there. The different answers above that do lead there are no route:</source>
      <translation>Geen route van keuzes en opbouw gevonden die daar uitkomt. Enkele andere antwoorden hierboven leiden er wel toe, maar zijn geen route:</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>that is the situation as it is, not something the municipality chooses or builds up</source>
      <translation>dat is de situatie zoals die is, niet iets wat de gemeente kiest of opbouwt</translation>
    </message>
    <message>
      <source>that is not building up, and a route only builds up what is there</source>
      <translation>dat is geen opbouw, en een route bouwt alleen verder op wat er al is</translation>
    </message>
    <message>
      <source>that also takes away the source's support for “%1”, and a route only adds support, it never takes it away</source>
      <translation>dat neemt ook de steun uit de bron voor “%1” weg, en een route voegt alleen steun toe en neemt die nooit weg</translation>
    </message>
    <message>
      <source>None of the conditions the source gives for a starting point holds here, and the ways in it names for hard circumstances do not fit your answers either. The source gives no starting point for this situation; under “What would change the advice” you see which answers would.</source>
      <translation>Geen van de voorwaarden die de bron voor een startpunt noemt, geldt hier, en de ingangen die de bron noemt voor lastige omstandigheden passen ook niet bij uw antwoorden. De bron geeft voor deze situatie geen startpunt; onder “Wat het advies zou veranderen” ziet u welke antwoorden dat wel doen.</translation>
    </message>
    <message>
      <source>“%1” → %2</source>
      <translation>“%1” → %2</translation>
    </message>
    <message>
      <source>answered; a different choice would tell them apart: %1</source>
      <translation>beantwoord; een andere keuze maakt het verschil: %1</translation>
    </message>
    <message>
      <source>that is not known yet: something to find out, not to choose or build up</source>
      <translation>dat is nog niet bekend: iets om uit te zoeken, niet om te kiezen of op te bouwen</translation>
    </message>
    <message>
      <source>that adds nothing to the source's support for that start; it would lead only because another start loses points</source>
      <translation>dat voegt niets toe aan de steun uit de bron voor dat startpunt; het zou alleen voorop komen doordat een ander startpunt punten verliest</translation>
    </message>
    <message>
      <source>None of the source's conditions holds for what you have answered; these questions could still decide. The ways in the source names for hard circumstances do not fit your answers.</source>
      <translation>Voor wat u hebt beantwoord, geldt geen van de voorwaarden uit de bron; deze vragen kunnen nog beslissen. De ingangen die de bron noemt voor lastige omstandigheden passen niet bij uw antwoorden.</translation>
    </message>
    <message>
      <source>First steps: %1</source>
      <translation>Eerste stappen: %1</translation>
    </message>
    <message>
      <source>that gives it only equal support with %1, not the lead</source>
      <translation>dat geeft het alleen gelijke steun met %1, geen voorsprong</translation>
    </message>
    <message>
      <source>It already has as much support as %1 (a tie; what would tell them apart is listed above). </source>
      <translation>Dit startpunt heeft al evenveel steun als %1 (een gelijke stand; wat ze van elkaar onderscheidt, staat hierboven). </translation>
    </message>
    <message>
      <source>No route of choices and build-up found that leads there: what would lead there lies in how things are, or in none of these answers.</source>
      <translation>Geen route van keuzes en opbouw gevonden die daar uitkomt: wat daar zou uitkomen, ligt in hoe de situatie is, of in geen van deze antwoorden.</translation>
    </message>
  </context>
  <context>
    <name>akkoord::AgreementExchange</name>
    <message>
      <source>agreements already in the database: %1. Nothing was imported; choose to keep both, replace or skip</source>
      <translation>afspraken die al in de database staan: %1. Er is niets geïmporteerd; kies om beide te houden, te vervangen of over te slaan</translation>
    </message>
    <message>
      <source>agreements named more than once in the files to import: %1. Nothing was imported; give each agreement its own title, or choose to keep both, replace or skip</source>
      <translation>afspraken die meer dan eens voorkomen in de te importeren bestanden: %1. Er is niets geïmporteerd; geef elke afspraak een eigen titel, of kies om beide te houden, te vervangen of over te slaan</translation>
    </message>
  </context>
  <context>
    <name>akkoord::AgreementFile</name>
    <message>
      <source>“%1” is not one of %2</source>
      <translation>“%1” is niet een van %2</translation>
    </message>
    <message>
      <source>expected a date such as 2026-11-29</source>
      <translation>verwacht een datum zoals 2026-11-29</translation>
    </message>
    <message>
      <source>the agreement has no commitment to realise</source>
      <translation>de afspraak heeft geen toezegging om te realiseren</translation>
    </message>
    <message>
      <source>expected a quarter such as 2026Q3 or a month such as 2026-07</source>
      <translation>verwacht een kwartaal zoals 2026Q3 of een maand zoals 2026-07</translation>
    </message>
    <message>
      <source>%1 lies outside the agreement's period (%2 to %3)</source>
      <translation>%1 ligt buiten de looptijd van de afspraak (%2 tot %3)</translation>
    </message>
    <message>
      <source>open</source>
      <translation>open</translation>
    </message>
    <message>
      <source>the end (%1) lies before the start (%2)</source>
      <translation>het einde (%1) ligt vóór het begin (%2)</translation>
    </message>
    <message>
      <source>this is not an Akkoord agreements file</source>
      <translation>dit is geen afsprakenbestand van Akkoord</translation>
    </message>
    <message>
      <source>this looks like data about a job seeker; Akkoord keeps figures only (how many, for which target group), never who. Remove the field and import again</source>
      <translation>dit lijken gegevens over een werkzoekende; Akkoord bewaart alleen aantallen (hoeveel, voor welke doelgroep), nooit wie. Verwijder het veld en importeer opnieuw</translation>
    </message>
    <message>
      <source>this is not an Akkoord agreements file ("format" must be "akkoord.agreements")</source>
      <translation>dit is geen afsprakenbestand van Akkoord ("format" moet "akkoord.agreements" zijn)</translation>
    </message>
    <message>
      <source>more than %1 agreements</source>
      <translation>meer dan %1 afspraken</translation>
    </message>
    <message>
      <source>an agreement needs a title</source>
      <translation>een afspraak heeft een titel nodig</translation>
    </message>
    <message>
      <source>the municipality needs a name</source>
      <translation>de gemeente heeft een naam nodig</translation>
    </message>
    <message>
      <source>this is not an agreement</source>
      <translation>dit is geen afspraak</translation>
    </message>
    <message>
      <source>%1 lies outside the years %2 to %3</source>
      <translation>%1 ligt buiten de jaren %2 tot en met %3</translation>
    </message>
    <message>
      <source>commitment %1 has a figure for %2 already, which overlaps %3; give each period once</source>
      <translation>toezegging %1 heeft al een getal voor %2, dat overlapt met %3; geef elke periode één keer</translation>
    </message>
    <message>
      <source>the date due (%1) lies before the agreement's start (%2)</source>
      <translation>de uiterste datum (%1) ligt vóór het begin van de afspraak (%2)</translation>
    </message>
  </context>
  <context>
    <name>akkoord::AgreementText</name>
    <message>
      <source>Covenant</source>
      <translation>Convenant</translation>
    </message>
    <message>
      <source>Commitment at a work summit</source>
      <translation>Toezegging op een werktop</translation>
    </message>
    <message>
      <source>Individual agreement</source>
      <translation>Individuele afspraak</translation>
    </message>
    <message>
      <source>Sector deal</source>
      <translation>Sectorafspraak</translation>
    </message>
    <message>
      <source>Target group deal</source>
      <translation>Doelgroepafspraak</translation>
    </message>
    <message>
      <source>SROI clause</source>
      <translation>SROI-voorwaarde</translation>
    </message>
    <message>
      <source>Deal with a large employer</source>
      <translation>Afspraak met een grote werkgever</translation>
    </message>
    <message>
      <source>Work corporation</source>
      <translation>Werkcorporatie</translation>
    </message>
    <message>
      <source>Employer network</source>
      <translation>Werkgeversnetwerk</translation>
    </message>
    <message>
      <source>Banenafspraak</source>
      <translation>Banenafspraak</translation>
    </message>
    <message>
      <source>Participatiewet</source>
      <translation>Participatiewet</translation>
    </message>
    <message>
      <source>Young people</source>
      <translation>Jongeren</translation>
    </message>
    <message>
      <source>Status holders</source>
      <translation>Statushouders</translation>
    </message>
    <message>
      <source>Older job seekers</source>
      <translation>Ouderen</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Overig</translation>
    </message>
    <message>
      <source>persons</source>
      <translation>personen</translation>
    </message>
    <message>
      <source>placements</source>
      <translation>plaatsingen</translation>
    </message>
    <message>
      <source>jobs of 25.5 hours</source>
      <translation>banen van 25,5 uur</translation>
    </message>
    <message>
      <source>euro SROI value</source>
      <translation>euro SROI-waarde</translation>
    </message>
    <message>
      <source>In preparation</source>
      <translation>In voorbereiding</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>Getekend</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>Lopend</translation>
    </message>
    <message>
      <source>Ended</source>
      <translation>Afgelopen</translation>
    </message>
    <message>
      <source>Broken off</source>
      <translation>Afgebroken</translation>
    </message>
    <message>
      <source>on track</source>
      <translation>op schema</translation>
    </message>
    <message>
      <source>behind</source>
      <translation>achter</translation>
    </message>
    <message>
      <source>ahead</source>
      <translation>voor</translation>
    </message>
    <message>
      <source>done</source>
      <translation>gehaald</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>over tijd</translation>
    </message>
    <message>
      <source>Quiet</source>
      <translation>Stil</translation>
    </message>
    <message>
      <source>Public</source>
      <translation>Openbaar</translation>
    </message>
  </context>
  <context>
    <name>akkoord::Cli</name>
    <message>
      <source>unknown command “%1”; see akkoord-cli --help</source>
      <translation>onbekende opdracht “%1”; zie akkoord-cli --help</translation>
    </message>
    <message>
      <source>unknown starting point “%1” (choose from: %2)</source>
      <translation>onbekend startpunt “%1” (kies uit: %2)</translation>
    </message>
    <message>
      <source>(standard input)</source>
      <translation>(standaardinvoer)</translation>
    </message>
    <message>
      <source>--lang must be “nl” or “en”</source>
      <translation>--lang moet “nl” of “en” zijn</translation>
    </message>
    <message>
      <source>wrong number of arguments for “%1”; see akkoord-cli --help</source>
      <translation>verkeerd aantal argumenten voor “%1”; zie akkoord-cli --help</translation>
    </message>
    <message>
      <source>--format must be one of %1, not “%2”</source>
      <translation>--format moet een van %1 zijn, niet “%2”</translation>
    </message>
    <message>
      <source>“%1” is not a valid %2 (a number such as 12)</source>
      <translation>“%1” is geen geldig %2 (een getal zoals 12)</translation>
    </message>
    <message>
      <source>No municipalities yet. Import a scenario file with “akkoord-cli import FILE”.</source>
      <translation>Nog geen gemeenten. Importeer een scenariobestand met “akkoord-cli import BESTAND”.</translation>
    </message>
    <message>
      <source>[in the trash]</source>
      <translation>[in de prullenbak]</translation>
    </message>
    <message>
      <source>%1 scenario(s)</source>
      <translation>%1 scenario(’s)</translation>
    </message>
    <message>
      <source>[baseline]</source>
      <translation>[uitgangssituatie]</translation>
    </message>
    <message>
      <source>revision %1, %2</source>
      <translation>versie %1, %2</translation>
    </message>
    <message>
      <source>--on-duplicate must be keep-both, replace or skip, not “%1”</source>
      <translation>--on-duplicate moet keep-both, replace of skip zijn, niet “%1”</translation>
    </message>
    <message>
      <source>scenario id</source>
      <translation>scenarionummer</translation>
    </message>
    <message>
      <source>%1 answer(s)</source>
      <translation>%1 antwoord(en)</translation>
    </message>
    <message>
      <source>revision</source>
      <translation>versienummer</translation>
    </message>
    <message>
      <source>Revision %1 of “%2” is current again, as revision %3.</source>
      <translation>Versie %1 van “%2” is weer de huidige, als versie %3.</translation>
    </message>
    <message>
      <source>“%1” is back from the trash.</source>
      <translation>“%1” is terug uit de prullenbak.</translation>
    </message>
    <message>
      <source>“%1” is in the trash; “akkoord-cli undelete” brings it back.</source>
      <translation>“%1” staat in de prullenbak; “akkoord-cli undelete” haalt het terug.</translation>
    </message>
    <message>
      <source>“%1” is now the baseline.</source>
      <translation>“%1” is nu de uitgangssituatie.</translation>
    </message>
    <message>
      <source>“%1” is no longer the baseline.</source>
      <translation>“%1” is niet langer de uitgangssituatie.</translation>
    </message>
    <message>
      <source>“%1” has no other scenario marked as baseline to compare with; name two scenarios, or mark one with “akkoord-cli baseline ID”</source>
      <translation>“%1” heeft geen ander scenario als uitgangssituatie om mee te vergelijken; noem twee scenario’s, of markeer er een met “akkoord-cli baseline ID”</translation>
    </message>
    <message>
      <source>%1: the database is damaged (%2 problem(s)); restore a backup or ask for help before saving more</source>
      <translation>%1: de database is beschadigd (%2 probleem/problemen); zet een reservekopie terug of vraag hulp voordat u meer opslaat</translation>
    </message>
    <message>
      <source>Backup written to %1.</source>
      <translation>Reservekopie geschreven naar %1.</translation>
    </message>
    <message>
      <source>report needs --out FILE.pdf or --out FILE.html</source>
      <translation>report heeft --out BESTAND.pdf of --out BESTAND.html nodig</translation>
    </message>
    <message>
      <source>Report written to %1.</source>
      <translation>Rapport geschreven naar %1.</translation>
    </message>
    <message>
      <source>“%1” is not a valid number of days (0 or more)</source>
      <translation>“%1” is geen geldig aantal dagen (0 of meer)</translation>
    </message>
    <message>
      <source>standard output could not be written (%1); what was printed is incomplete</source>
      <translation>standaarduitvoer kon niet worden geschreven (%1); wat is afgedrukt, is onvolledig</translation>
    </message>
    <message>
      <source>compare at most %1 scenarios at a time</source>
      <translation>vergelijk ten hoogste %1 scenario’s tegelijk</translation>
    </message>
    <message>
      <source>Imported: %1 new (%3 of them beside one of the same title), %2 replaced, %4 skipped.</source>
      <translation>Geïmporteerd: %1 nieuw (waarvan %3 naast een bestaande met dezelfde titel), %2 vervangen, %4 overgeslagen.</translation>
    </message>
    <message>
      <source>%1: no problems found in the quick check (%2 of %3 read in %4 s: the structure, the municipalities and the newest saves). “akkoord-cli check” reads all of it.</source>
      <translation>%1: geen problemen gevonden bij de snelle controle (%2 van %3 gelezen in %4 s: de structuur, de gemeenten en de nieuwste opslagen). “akkoord-cli check” leest alles.</translation>
    </message>
    <message>
      <source>%1: no problems found (all %2 read in %3 s).</source>
      <translation>%1: geen problemen gevonden (alle %2 gelezen in %3 s).</translation>
    </message>
    <message>
      <source>the report module (%1) is missing from this installation; reinstall Akkoord</source>
      <translation>de rapportmodule (%1) ontbreekt in deze installatie; installeer Akkoord opnieuw</translation>
    </message>
    <message>
      <source>%1 has no agreements yet. Import an agreements file with “akkoord-cli import FILE”.</source>
      <translation>%1 heeft nog geen afspraken. Importeer een afsprakenbestand met “akkoord-cli import BESTAND”.</translation>
    </message>
    <message>
      <source>open</source>
      <translation>open</translation>
    </message>
    <message numerus="yes">
      <source>%n commitment(s)</source>
      <translation>
        <numerusform>%n toezegging</numerusform>
        <numerusform>%n toezeggingen</numerusform>
      </translation>
    </message>
    <message>
      <source>agreement id</source>
      <translation>afspraaknummer</translation>
    </message>
    <message>
      <source>realise needs --commitment N, --period and --value</source>
      <translation>realise heeft --commitment N, --period en --value nodig</translation>
    </message>
    <message>
      <source>--commitment must be a commitment's number as “agreements” lists them (counted from 0), not “%1”</source>
      <translation>--commitment moet het nummer van een toezegging zijn zoals “agreements” ze toont (geteld vanaf 0), niet “%1”</translation>
    </message>
    <message>
      <source>--period must be a quarter such as 2026Q3 or a month such as 2026-07, not “%1”</source>
      <translation>--period moet een kwartaal zijn zoals 2026Q3 of een maand zoals 2026-07, niet “%1”</translation>
    </message>
    <message>
      <source>--value must be a number of at least 0, not “%1”</source>
      <translation>--value moet een getal van minstens 0 zijn, niet “%1”</translation>
    </message>
    <message numerus="yes">
      <source>“%1” has %n commitment(s), numbered from 0; there is no commitment %2</source>
      <translation>
        <numerusform>“%1” heeft %n toezegging, genummerd vanaf 0; er is geen toezegging %2</numerusform>
        <numerusform>“%1” heeft %n toezeggingen, genummerd vanaf 0; er is geen toezegging %2</numerusform>
      </translation>
    </message>
    <message>
      <source>Corrected: %1, commitment %2, %3: %4 (revision %5).</source>
      <translation>Verbeterd: %1, toezegging %2, %3: %4 (versie %5).</translation>
    </message>
    <message>
      <source>Recorded: %1, commitment %2, %3: %4 (revision %5).</source>
      <translation>Vastgelegd: %1, toezegging %2, %3: %4 (versie %5).</translation>
    </message>
    <message>
      <source>Progress of %1 on %2</source>
      <translation>Voortgang van %1 op %2</translation>
    </message>
    <message>
      <source>No agreement had begun by then.</source>
      <translation>Toen was nog geen afspraak begonnen.</translation>
    </message>
    <message>
      <source>%1 of %2 (expected by now: %3)</source>
      <translation>%1 van %2 (nu verwacht: %3)</translation>
    </message>
    <message>
      <source>Per target group (agreements in force):</source>
      <translation>Per doelgroep (lopende afspraken):</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 van %2</translation>
    </message>
    <message>
      <source>Next reviews:</source>
      <translation>Volgende evaluaties:</translation>
    </message>
    <message>
      <source>--to lies before --from</source>
      <translation>--to ligt vóór --from</translation>
    </message>
    <message>
      <source>Actual position of %1 per quarter (strategy matrix: collectives −1 … individual employers +1, selective −1 … broad +1)</source>
      <translation>Werkelijke positie van %1 per kwartaal (strategische matrix: collectieven −1 … individuele werkgevers +1, selectief −1 … breed +1)</translation>
    </message>
    <message>
      <source>No agreement has been signed yet, so there is no position to show.</source>
      <translation>Er is nog geen afspraak getekend, dus er is geen positie te tonen.</translation>
    </message>
    <message>
      <source>no agreement in force</source>
      <translation>geen lopende afspraak</translation>
    </message>
    <message numerus="yes">
      <source>%n agreement(s)</source>
      <translation>
        <numerusform>%n afspraak</numerusform>
        <numerusform>%n afspraken</numerusform>
      </translation>
    </message>
    <message>
      <source>Recommended start (baseline scenario): %1</source>
      <translation>Aangeraden start (uitgangssituatie): %1</translation>
    </message>
    <message>
      <source>Recommended start: none (no baseline scenario, or its advice is a tie or has too little to go on)</source>
      <translation>Aangeraden start: geen (geen uitgangssituatie, of het advies daarbij is gelijk of heeft te weinig om op te bouwen)</translation>
    </message>
    <message>
      <source>Direction: broadening, as the source expects after a start</source>
      <translation>Richting: verbreding, zoals de bron na een start verwacht</translation>
    </message>
    <message>
      <source>Direction: as broad as at the start</source>
      <translation>Richting: even breed als bij de start</translation>
    </message>
    <message>
      <source>Direction: narrower than at the start</source>
      <translation>Richting: smaller dan bij de start</translation>
    </message>
    <message>
      <source>Direction: not known yet (fewer than two quarters with agreements)</source>
      <translation>Richting: nog niet bekend (minder dan twee kwartalen met afspraken)</translation>
    </message>
    <message>
      <source>Agreements imported: %1 new (%3 of them beside one of the same title), %2 replaced, %4 skipped.</source>
      <translation>Afspraken geïmporteerd: %1 nieuw (waarvan %3 naast een met dezelfde titel), %2 vervangen, %4 overgeslagen.</translation>
    </message>
    <message>
      <source>export needs one scenario ID, or --case ID, --agreements CASE or --all</source>
      <translation>export heeft één scenario-ID nodig, of --case ID, --agreements GEMEENTE of --all</translation>
    </message>
    <message>
      <source>report --progress takes one municipality, not scenarios as well</source>
      <translation>report --progress neemt één gemeente, niet ook scenario’s</translation>
    </message>
    <message>
      <source>report needs a scenario id or file, or --progress CASE</source>
      <translation>report heeft een scenarionummer of -bestand nodig, of --progress GEMEENTE</translation>
    </message>
    <message numerus="yes">
      <source>%n realisation(s)</source>
      <translation>
        <numerusform>%n realisatie</numerusform>
        <numerusform>%n realisaties</numerusform>
      </translation>
    </message>
    <message>
      <source>name one scenario ID, or --case ID, or --agreement ID</source>
      <translation>noem één scenario-ID, of --case ID, of --agreement ID</translation>
    </message>
    <message>
      <source>Removed from the trash for good. Scenarios: %1, municipalities: %2, agreements: %3.</source>
      <translation>Voorgoed uit de prullenbak verwijderd. Scenario’s: %1, gemeenten: %2, afspraken: %3.</translation>
    </message>
    <message>
      <source>--%1 must be a date such as 2026-09-30 or a quarter such as 2026Q3, from %3 to %4, not “%2”</source>
      <translation>--%1 moet een datum zijn zoals 2026-09-30 of een kwartaal zoals 2026Q3, van %3 tot en met %4, niet “%2”</translation>
    </message>
    <message>
      <source>Usage: akkoord-cli COMMAND [OPTIONS]

Akkoord helps a municipality choose where to start when it makes agreements with
employers about work for people from the target groups.

Advice:
  advise FILE|-              Advice for the scenario in FILE (or standard input).
      --format text|json     Readable text (default) or JSON for scripts.
      --knowledge PATH       Use another knowledge base instead of the built-in one.
      --target ID            Also show the shortest route (choices before build-up) to
                             this starting point: broad_summit, covenant, frontrunners,
                             focused_track.
  examples                   The eight practice examples: what the source states about
                             each, apart from what we assumed (--format text|json).
  audit                      Every rule with its basis and where the source says it,
                             as Markdown (docs/knowledge-audit.md); with --knowledge
                             for a variant.

Saved cases (all take --db PATH, or --db postgresql://… for a regional database;
the default is the database in your data folder):
  cases [--filter TEXT]      List the municipalities.
  scenarios [CASE]           List the scenarios, of one municipality (id or name).
  import FILE...             Import scenario, case or agreements files.
      --on-duplicate keep-both|replace|skip
                             What to do with a scenario that exists already; without
                             it nothing is imported when there is a duplicate.
  export ID                  Export a scenario as a scenario file.
  export --case ID|NAME      Export a municipality with its scenarios as a case file.
  export --agreements CASE   Export a municipality's agreements as an agreements
                             file, or with --format csv its commitments and
                             realisations, one row each.
  export --all               Export every scenario: CSV, or JSON as one case file per
                             municipality (written as read, at any size).
      --history              Include every earlier revision (case files).
      --format json|csv      JSON file (default) or CSV for spreadsheets.
      --out FILE             Write to FILE instead of standard output.
  history ID                 The revisions of a scenario, newest first.
  restore ID REVISION        Make an earlier revision current again.
  delete ID | --case ID | --agreement ID
                             Move a scenario, municipality or agreement to the
                             trash.
  undelete ID | --case ID | --agreement ID
                             Bring it back from the trash.
  trash                      List the scenarios in the trash.
  purge [--older-than DAYS]  Empty the trash for good: everything in it, or what
                             went there more than DAYS days ago. The text is
                             overwritten in the file; this cannot be undone.
  baseline ID [--off]        Mark a scenario as its municipality's baseline.
  compare ID [ID...]         Scenarios side by side; one ID compares it with its
                             municipality's baseline.
  check [--quick]            Check the database for damage: all of it (time grows
                             with its size), or with --quick only the structure,
                             the municipalities and the newest saves (instant).
  backup OUT                 Write a consistent copy of the database to OUT (an
                             SQLite file, also of a regional database).
  copy --from DB --to DB     Copy every municipality, scenario and agreement with
                             its history from one database to another: a file or a
                             regional database (postgresql://…), either way round.

A regional database (PostgreSQL, shared by a labour-market region; run by its owner):
  server init --region NAME  Set up the region in the database --db names, or bring
                             it up to date.
  server add-municipality NAME [--cbs GM0000]
                             Add a municipality to the region.
  server grant LOGIN MUNICIPALITY
                             Let a login (createuser) change that municipality's
                             work; everyone granted reads the whole region.
  server revoke LOGIN MUNICIPALITY
                             Take that away again.
  server members             Who belongs to which municipality.

Agreements (the register: what was agreed with employers, and what came of it):
  agreements CASE [--trash]  List a municipality's agreements (--format text|json);
                             with --trash those in the trash too.
  agreement-history ID       The revisions of an agreement, newest first.
  realise AGREEMENT --commitment N --period 2026Q3|2026-07 --value V
          [--source TEXT] [--verified]
                             Record what was realised for commitment N (counted
                             from 0) in a quarter or month; again for the same
                             period corrects the figure.
  progress CASE [--at DATE]  Realised against expected per commitment and target
                             group, and the next reviews (default: today).
  path CASE [--from DATE] [--to DATE]
                             The actual position on the matrices per quarter, from
                             the agreements in force, beside the start the baseline
                             scenario's advice recommends.
                             DATE: 2026-09-30, or a quarter such as 2026Q3.

Reports (no display needed):
  report ID|FILE... --out FILE.pdf|FILE.html
                             A report of one scenario, or a comparison of several;
                             stored scenarios by id, scenario files by path.
  report --progress CASE [--at DATE] --out FILE.pdf|FILE.html
                             The quarterly progress report of a municipality's
                             agreements (default: up to today).

General options:
  --lang nl|en               Language; default follows the system, else Dutch.
  --format text|json         Text (default) or JSON, for the listing commands.
  -h, --help                 Show this help.
  --version                  Show the version.

Exit codes:
  0  done
  1  internal error
  2  bad input: unreadable, malformed or too large file, unknown question, option
     or id, wrong format or version, duplicates, wrong option on the command line,
     an --out target that is not a regular file
  3  storage problem: the database is damaged, newer, read-only, busy or the disk
     is full, a save conflicts with another program's, output (standard output
     included) could not be written, or check found damage
  4  not permitted: the regional database refused this change for your account
     (you can change only your own municipality's work)
  5  the regional database cannot be reached, or the connection was lost
     (nothing was half-written)
  6  the regional database refused the login: wrong password, an expired or
     disabled account, or no access to that database
</source>
      <translation>Gebruik: akkoord-cli OPDRACHT [OPTIES]

Akkoord helpt een gemeente kiezen waar zij begint bij het maken van afspraken met
werkgevers over werk voor mensen uit de doelgroepen.

Advies:
  advise BESTAND|-           Advies voor het scenario in BESTAND (of de standaardinvoer).
      --format text|json     Leesbare tekst (standaard) of JSON voor scripts.
      --knowledge PAD        Een andere kennisbank gebruiken dan de ingebouwde.
      --target CODE          Toon ook de kortste route (keuzes vóór opbouw) naar dit
                             startpunt: broad_summit, covenant, frontrunners,
                             focused_track.
  examples                   De acht praktijkvoorbeelden: wat de bron over elk zegt,
                             apart van wat wij aannamen (--format text|json).
  audit                      Elke regel met zijn basis en waar de bron het zegt, als
                             Markdown (docs/knowledge-audit.md); met --knowledge voor
                             een variant.

Opgeslagen gemeenten (alle met --db PAD, of --db postgresql://… voor een regionale
database; standaard de database in uw gegevensmap):
  cases [--filter TEKST]     Toon de gemeenten.
  scenarios [GEMEENTE]       Toon de scenario’s, van één gemeente (nummer of naam).
  import BESTAND...          Importeer scenario-, gemeente- of afsprakenbestanden.
      --on-duplicate keep-both|replace|skip
                             Wat te doen met een scenario dat al bestaat; zonder deze
                             optie wordt niets geïmporteerd als er een dubbele is.
  export ID                  Exporteer een scenario als scenariobestand.
  export --case ID|NAAM      Exporteer een gemeente met haar scenario’s als gemeentebestand.
  export --agreements GEMEENTE
                             Exporteer de afspraken van een gemeente als
                             afsprakenbestand, of met --format csv de toezeggingen en
                             realisaties, één regel per stuk.
  export --all               Exporteer alle scenario’s: als CSV, of als JSON met één
                             gemeentebestand per gemeente (wordt geschreven terwijl
                             het gelezen wordt, dus op elke omvang).
      --history              Neem alle eerdere versies mee (gemeentebestanden).
      --format json|csv      JSON-bestand (standaard) of CSV voor spreadsheets.
      --out BESTAND          Schrijf naar BESTAND in plaats van de standaarduitvoer.
  history ID                 De versies van een scenario, nieuwste eerst.
  restore ID VERSIE          Maak een eerdere versie weer de huidige.
  delete ID | --case ID | --agreement ID
                             Verplaats een scenario, gemeente of afspraak naar de
                             prullenbak.
  undelete ID | --case ID | --agreement ID
                             Haal het terug uit de prullenbak.
  trash                      Toon de scenario’s in de prullenbak.
  purge [--older-than DAYS]  Leeg de prullenbak voorgoed: alles erin, of wat er meer
                             dan DAYS dagen geleden in kwam. De tekst wordt in het
                             bestand overschreven; dit kan niet ongedaan worden.
  baseline ID [--off]        Markeer een scenario als uitgangssituatie van zijn gemeente.
  compare ID [ID...]         Scenario’s naast elkaar; één ID vergelijkt het met de
                             uitgangssituatie van zijn gemeente.
  check [--quick]            Controleer de database op beschadiging: helemaal (de tijd
                             groeit met de omvang), of met --quick alleen de structuur,
                             de gemeenten en de nieuwste opslagen (direct klaar).
  backup UIT                 Schrijf een consistente kopie van de database naar UIT
                             (een SQLite-bestand, ook van een regionale database).
  copy --from DB --to DB     Kopieer alle gemeenten, scenario’s en afspraken met hun
                             geschiedenis van de ene database naar de andere: een
                             bestand of een regionale database (postgresql://…), in
                             beide richtingen.

Een regionale database (PostgreSQL, gedeeld door een arbeidsmarktregio; door de eigenaar):
  server init --region NAAM  Richt de regio in in de database die --db noemt, of werk
                             hem bij.
  server add-municipality NAAM [--cbs GM0000]
                             Voeg een gemeente aan de regio toe.
  server grant LOGIN GEMEENTE
                             Laat een login (createuser) het werk van die gemeente
                             wijzigen; wie toegang heeft, leest de hele regio.
  server revoke LOGIN GEMEENTE
                             Neem dat weer af.
  server members             Wie bij welke gemeente hoort.

Afspraken (het register: wat met werkgevers is afgesproken, en wat ervan komt):
  agreements GEMEENTE [--trash]
                             Toon de afspraken van een gemeente (--format text|json);
                             met --trash ook die in de prullenbak.
  agreement-history ID       De versies van een afspraak, nieuwste eerst.
  realise AFSPRAAK --commitment N --period 2026Q3|2026-07 --value W
          [--source TEKST] [--verified]
                             Leg vast wat voor toezegging N (geteld vanaf 0) in een
                             kwartaal of maand is gerealiseerd; nog eens voor
                             dezelfde periode verbetert het getal.
  progress GEMEENTE [--at DATUM]
                             Gerealiseerd tegenover verwacht per toezegging en
                             doelgroep, en de volgende evaluaties (standaard: vandaag).
  path GEMEENTE [--from DATUM] [--to DATUM]
                             De werkelijke positie op de matrices per kwartaal, uit
                             de lopende afspraken, naast het startpunt dat het advies
                             bij de uitgangssituatie aanraadt.
                             DATUM: 2026-09-30, of een kwartaal zoals 2026Q3.

Rapporten (geen beeldscherm nodig):
  report ID|BESTAND... --out BESTAND.pdf|BESTAND.html
                             Een rapport van één scenario, of een vergelijking van
                             meerdere; opgeslagen scenario’s met hun nummer,
                             scenariobestanden met hun pad.
  report --progress GEMEENTE [--at DATUM] --out BESTAND.pdf|BESTAND.html
                             Het kwartaalrapport over de afspraken van een gemeente
                             (standaard: tot vandaag).

Algemene opties:
  --lang nl|en               Taal; standaard die van het systeem, anders Nederlands.
  --format text|json         Tekst (standaard) of JSON, bij de opdrachten die iets tonen.
  -h, --help                 Deze hulp tonen.
  --version                  De versie tonen.

Afsluitcodes:
  0  klaar
  1  interne fout
  2  onjuiste invoer: onleesbaar, ongeldig of te groot bestand, onbekende vraag,
     antwoord of nummer, verkeerd formaat of versie, dubbele scenario’s, verkeerde
     optie, een --out-doel dat geen gewoon bestand is
  3  opslagprobleem: de database is beschadigd, nieuwer, alleen-lezen of bezig, de
     schijf is vol, een opslag botst met die van een ander programma, uitvoer
     (ook standaarduitvoer) kon niet worden geschreven, of check vond beschadiging
  4  niet toegestaan: de regionale database weigerde deze wijziging voor uw
     account (u kunt alleen het werk van uw eigen gemeente wijzigen)
  5  de regionale database is niet bereikbaar, of de verbinding viel weg
     (er is niets half geschreven)
  6  de regionale database weigerde de aanmelding: verkeerd wachtwoord, een
     verlopen of uitgeschakeld account, of geen toegang tot die database
</translation>
    </message>
    <message>
      <source>“server” works on a regional database: give its address with --db postgresql://user@server/database</source>
      <translation>“server” werkt op een regionale database: geef het adres met --db postgresql://gebruiker@server/database</translation>
    </message>
    <message>
      <source>wrong number of arguments for “server %1”; see akkoord-cli --help</source>
      <translation>verkeerd aantal argumenten voor “server %1”; zie akkoord-cli --help</translation>
    </message>
    <message>
      <source>The region was set up in %1. Add municipalities with “server add-municipality”, and people with “server grant”.</source>
      <translation>De regio is ingericht in %1. Voeg gemeenten toe met “server add-municipality” en mensen met “server grant”.</translation>
    </message>
    <message>
      <source>The region in %1 was brought up to date.</source>
      <translation>De regio in %1 is bijgewerkt.</translation>
    </message>
    <message>
      <source>The region in %1 is up to date; nothing to do.</source>
      <translation>De regio in %1 is bij; er hoeft niets te gebeuren.</translation>
    </message>
    <message>
      <source>Municipality %1: %2</source>
      <translation>Gemeente %1: %2</translation>
    </message>
    <message>
      <source>%1 may now change the work of %2.</source>
      <translation>%1 mag nu het werk van %2 wijzigen.</translation>
    </message>
    <message>
      <source>%1 may no longer change the work of %2.</source>
      <translation>%1 mag het werk van %2 niet meer wijzigen.</translation>
    </message>
    <message>
      <source>Nobody belongs to a municipality yet; add people with “server grant”.</source>
      <translation>Nog niemand hoort bij een gemeente; voeg mensen toe met “server grant”.</translation>
    </message>
    <message>
      <source>unknown server command “%1”: init, add-municipality, grant, revoke or members</source>
      <translation>onbekende server-opdracht “%1”: init, add-municipality, grant, revoke of members</translation>
    </message>
    <message>
      <source>“copy” needs --from DB and --to DB (a file or postgresql://…)</source>
      <translation>“copy” heeft --from DB en --to DB nodig (een bestand of postgresql://…)</translation>
    </message>
    <message>
      <source>--from and --to are the same database; nothing was copied</source>
      <translation>--from en --to zijn dezelfde database; er is niets gekopieerd</translation>
    </message>
    <message>
      <source>Copied %1 scenario(s) and %2 agreement(s) with %3 revision(s); %4 municipality(ies) added to %5.</source>
      <translation>%1 scenario(’s) en %2 afspraak/afspraken gekopieerd met %3 versie(s); %4 gemeente(n) toegevoegd aan %5.</translation>
    </message>
    <message numerus="yes">
      <source>%n scenario(s) and agreement(s) were there already (from an earlier copy) and were left as they are.</source>
      <translation>
        <numerusform>%n scenario of afspraak was er al (van een eerdere kopie) en is gelaten zoals het was.</numerusform>
        <numerusform>%n scenario’s en afspraken waren er al (van een eerdere kopie) en zijn gelaten zoals ze waren.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>akkoord::ComparisonText</name>
    <message>
      <source>COMPARISON OF %1 SCENARIOS</source>
      <translation>VERGELIJKING VAN %1 SCENARIO’S</translation>
    </message>
    <message>
      <source>ADVICE</source>
      <translation>ADVIES</translation>
    </message>
    <message>
      <source>strategy matrix (%1, %2)</source>
      <translation>strategische matrix (%1, %2)</translation>
    </message>
    <message>
      <source>ANSWERS (* = differs)</source>
      <translation>ANTWOORDEN (* = verschilt)</translation>
    </message>
    <message>
      <source>strength: %1</source>
      <translation>sterkte: %1</translation>
    </message>
  </context>
  <context>
    <name>akkoord::Exchange</name>
    <message>
      <source>the file is larger than %1 MB; this is not a scenario file</source>
      <translation>het bestand is groter dan %1 MB; dit is geen scenariobestand</translation>
    </message>
    <message>
      <source>this is not an Akkoord scenario or case file</source>
      <translation>dit is geen scenario- of gemeentebestand van Akkoord</translation>
    </message>
    <message>
      <source>a scenario needs a title</source>
      <translation>een scenario heeft een titel nodig</translation>
    </message>
    <message>
      <source>the file names no municipality; add "municipality" to import it</source>
      <translation>het bestand noemt geen gemeente; voeg "municipality" toe om het te importeren</translation>
    </message>
    <message>
      <source>this is not an Akkoord scenario or case file ("format" must be "akkoord.scenario" or "akkoord.case")</source>
      <translation>dit is geen scenario- of gemeentebestand van Akkoord ("format" moet "akkoord.scenario" of "akkoord.case" zijn)</translation>
    </message>
    <message>
      <source>the municipality needs a name</source>
      <translation>de gemeente heeft een naam nodig</translation>
    </message>
    <message>
      <source>more than %1 scenarios</source>
      <translation>meer dan %1 scenario’s</translation>
    </message>
    <message>
      <source>more than %1 revisions</source>
      <translation>meer dan %1 versies</translation>
    </message>
    <message>
      <source>revisions must be listed oldest first, each once</source>
      <translation>versies moeten van oud naar nieuw staan, elk één keer</translation>
    </message>
    <message>
      <source>expected a date and time such as 2026-11-27T10:00:00Z</source>
      <translation>een datum en tijd verwacht, zoals 2026-11-27T10:00:00Z</translation>
    </message>
    <message>
      <source>more than one scenario is marked as the baseline</source>
      <translation>meer dan één scenario is als uitgangssituatie gemarkeerd</translation>
    </message>
    <message>
      <source>a scenario of “%1” has no content</source>
      <translation>een scenario van “%1” heeft geen inhoud</translation>
    </message>
    <message>
      <source>already in the database: %1. Nothing was imported; choose to keep both, replace or skip</source>
      <translation>staat al in de database: %1. Er is niets geïmporteerd; kies om beide te bewaren, te vervangen of over te slaan</translation>
    </message>
    <message>
      <source>named more than once in the files to import: %1. Nothing was imported; name each file once, or choose to keep both, replace or skip</source>
      <translation>meer dan eens genoemd in de bestanden om te importeren: %1. Er is niets geïmporteerd; noem elk bestand één keer, of kies beide houden, vervangen of overslaan</translation>
    </message>
    <message>
      <source>the export could not be written (%1)</source>
      <translation>de export kon niet worden geschreven (%1)</translation>
    </message>
  </context>
  <context>
    <name>akkoord::GuiMain</name>
    <message>
      <source>Open the database at PATH.</source>
      <translation>Open de database in PAD.</translation>
    </message>
    <message>
      <source>PATH</source>
      <translation>PAD</translation>
    </message>
    <message>
      <source>Language: nl or en.</source>
      <translation>Taal: nl of en.</translation>
    </message>
    <message>
      <source>LANG</source>
      <translation>TAAL</translation>
    </message>
    <message>
      <source>Akkoord helps a municipality choose where to start when it makes agreements with employers about work for people from the target groups. Saved scenarios live in ~/.local/share/akkoord/akkoord.sqlite unless --db names another database.</source>
      <translation>Akkoord helpt een gemeente kiezen waar ze begint bij het maken van afspraken met werkgevers over werk voor mensen uit de doelgroepen. Opgeslagen scenario’s staan in ~/.local/share/akkoord/akkoord.sqlite, tenzij --db een andere database noemt.</translation>
    </message>
  </context>
  <context>
    <name>akkoord::OutputFile</name>
    <message>
      <source>the disk is full; the file was not written. Free some space and try again</source>
      <translation>de schijf is vol; het bestand is niet geschreven. Maak ruimte vrij en probeer het opnieuw</translation>
    </message>
    <message>
      <source>the file could not be written (%1)</source>
      <translation>het bestand kon niet worden geschreven (%1)</translation>
    </message>
    <message>
      <source>this is not a regular file (a folder, device or pipe); it was left alone. Choose a file name</source>
      <translation>dit is geen gewoon bestand (een map, apparaat of pipe); het is ongemoeid gelaten. Kies een bestandsnaam</translation>
    </message>
  </context>
  <context>
    <name>akkoord::ProgressPainter</name>
    <message>
      <source>No agreement with commitments was in force in this period.</source>
      <translation>In deze periode liep geen afspraak met toezeggingen.</translation>
    </message>
    <message>
      <source>realised %1 of %2 committed</source>
      <translation>%1 gerealiseerd van %2 toegezegd</translation>
    </message>
  </context>
  <context>
    <name>akkoord::RegionServer</name>
    <message>
      <source>setting up the region</source>
      <translation>het inrichten van de regio</translation>
    </message>
    <message>
      <source>the region was set up by a newer Akkoord (schema %1); nothing was changed</source>
      <translation>de regio is ingericht door een nieuwere Akkoord (schema %1); er is niets gewijzigd</translation>
    </message>
    <message>
      <source>adding a member</source>
      <translation>het toevoegen van een lid</translation>
    </message>
    <message>
      <source>the server has no login “%1”; create it first (createuser --pwprompt %1), then grant it again</source>
      <translation>de server kent geen login “%1”; maak die eerst aan (createuser --pwprompt %1) en geef dan opnieuw toegang</translation>
    </message>
    <message>
      <source>removing a member</source>
      <translation>het verwijderen van een lid</translation>
    </message>
    <message>
      <source>“%1” is not a member of %2</source>
      <translation>“%1” is geen lid van %2</translation>
    </message>
    <message>
      <source>reading the members</source>
      <translation>het lezen van de leden</translation>
    </message>
  </context>
  <context>
    <name>akkoord::ReportWriter</name>
    <message>
      <source>Question</source>
      <translation>Vraag</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>Antwoord</translation>
    </message>
    <message>
      <source>Advice on effective agreements with employers · %1 · knowledge base %2</source>
      <translation>Advies over effectieve afspraken met werkgevers · %1 · kennisbank %2</translation>
    </message>
    <message>
      <source>Advice</source>
      <translation>Advies</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>Antwoorden</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <source>No notes.</source>
      <translation>Geen notities.</translation>
    </message>
    <message>
      <source>The notes are longer than %1 characters; the report shows the beginning, the program shows them whole.</source>
      <translation>De notities zijn langer dan %1 tekens; het rapport toont het begin, het programma toont ze helemaal.</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Bron</translation>
    </message>
    <message>
      <source>“%1”, programme of administrative round-table talks. The knowledge base cites each rule by section; the advice is a starting point for the conversation, not a verdict.</source>
      <translation>“%1”, programma van bestuurlijke rondetafelgesprekken. De kennisbank noemt bij elke regel het hoofdstuk; het advies is een vertrekpunt voor het gesprek, geen oordeel.</translation>
    </message>
    <message>
      <source>Comparison of %1 scenarios</source>
      <translation>Vergelijking van %1 scenario’s</translation>
    </message>
    <message>
      <source>%1 · knowledge base %2</source>
      <translation>%1 · kennisbank %2</translation>
    </message>
    <message>
      <source>Scenarios</source>
      <translation>Scenario’s</translation>
    </message>
    <message>
      <source>Only the first %1 of the %2 scenarios are compared.</source>
      <translation>Alleen de eerste %1 van de %2 scenario’s worden vergeleken.</translation>
    </message>
    <message>
      <source>Answers that differ from the first scenario are marked ≠ and printed in bold.</source>
      <translation>Antwoorden die afwijken van het eerste scenario zijn gemarkeerd met ≠ en vet gedrukt.</translation>
    </message>
    <message>
      <source>Page %1 of %2</source>
      <translation>Pagina %1 van %2</translation>
    </message>
    <message>
      <source>the PDF could not be drawn; nothing was written</source>
      <translation>de PDF kon niet worden opgemaakt; er is niets geschreven</translation>
    </message>
    <message>
      <source>Agreements with employers: progress of %1</source>
      <translation>Afspraken met werkgevers: voortgang van %1</translation>
    </message>
    <message>
      <source>Up to %1 (%2), compared with the end of %3 · knowledge base %4</source>
      <translation>Tot %1 (%2), vergeleken met het einde van %3 · kennisbank %4</translation>
    </message>
    <message>
      <source>What is behind</source>
      <translation>Wat achterloopt</translation>
    </message>
    <message>
      <source>%1 of %2, %3 expected by now</source>
      <translation>%1 van %2, nu %3 verwacht</translation>
    </message>
    <message>
      <source>Nothing is behind.</source>
      <translation>Niets loopt achter.</translation>
    </message>
    <message>
      <source>Progress per commitment</source>
      <translation>Voortgang per toezegging</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>Afspraak</translation>
    </message>
    <message>
      <source>Target group</source>
      <translation>Doelgroep</translation>
    </message>
    <message>
      <source>Realised</source>
      <translation>Gerealiseerd</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>Verwacht</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Previous quarter</source>
      <translation>Vorig kwartaal</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 van %2</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>not yet begun</source>
      <translation>nog niet begonnen</translation>
    </message>
    <message>
      <source>No agreement had begun by then.</source>
      <translation>Toen was nog geen afspraak begonnen.</translation>
    </message>
    <message>
      <source>Per target group</source>
      <translation>Per doelgroep</translation>
    </message>
    <message>
      <source>Committed</source>
      <translation>Toegezegd</translation>
    </message>
    <message>
      <source>A quarter earlier</source>
      <translation>Een kwartaal eerder</translation>
    </message>
    <message>
      <source>none in force</source>
      <translation>geen lopende</translation>
    </message>
    <message>
      <source>The path on the matrix</source>
      <translation>Het pad op de matrix</translation>
    </message>
    <message>
      <source>No recommended start to compare with: there is no baseline scenario, or its advice is a tie or has too little to go on.</source>
      <translation>Geen aangeraden start om mee te vergelijken: er is geen uitgangssituatie, of het advies daarbij is gelijk of heeft te weinig om op te bouwen.</translation>
    </message>
    <message>
      <source>The baseline scenario's advice recommends starting with: %1.</source>
      <translation>Het advies bij de uitgangssituatie raadt aan te beginnen met: %1.</translation>
    </message>
    <message>
      <source>The agreements have broadened since the first quarter, as the source expects after a start.</source>
      <translation>De afspraken zijn sinds het eerste kwartaal breder geworden, zoals de bron na een start verwacht.</translation>
    </message>
    <message>
      <source>The agreements are narrower than in the first quarter.</source>
      <translation>De afspraken zijn smaller dan in het eerste kwartaal.</translation>
    </message>
    <message>
      <source>The agreements are as broad as in the first quarter.</source>
      <translation>De afspraken zijn even breed als in het eerste kwartaal.</translation>
    </message>
    <message>
      <source>Too few quarters with agreements to tell a direction.</source>
      <translation>Te weinig kwartalen met afspraken om een richting te zien.</translation>
    </message>
    <message>
      <source>Each agreement is placed by its kind, scope, parties and visibility as the knowledge base's rules say (each with its basis, see the knowledge audit); weighting by commitments and the progress rules are our own elaboration, the source gives no formula.</source>
      <translation>Elke afspraak staat op de plek die de regels in de kennisbank geven voor haar soort, reikwijdte, partijen en zichtbaarheid (elk met zijn basis, zie de kennisaudit); de weging naar toezeggingen en de voortgangsregels zijn eigen uitwerking, de bron geeft geen formule.</translation>
    </message>
    <message>
      <source>Portfolio</source>
      <translation>Portefeuille</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Soort</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Periode</translation>
    </message>
    <message>
      <source>Parties</source>
      <translation>Partijen</translation>
    </message>
    <message>
      <source>open</source>
      <translation>open</translation>
    </message>
    <message numerus="yes">
      <source>%n employer(s)</source>
      <translation>
        <numerusform>%n werkgever</numerusform>
        <numerusform>%n werkgevers</numerusform>
      </translation>
    </message>
    <message>
      <source>Next reviews</source>
      <translation>Volgende evaluaties</translation>
    </message>
    <message>
      <source>No review is planned.</source>
      <translation>Er is geen evaluatie gepland.</translation>
    </message>
    <message>
      <source>Committed (dashed) and realised (solid) per target group</source>
      <translation>Toegezegd (gestreept) en gerealiseerd (doorgetrokken) per doelgroep</translation>
    </message>
  </context>
  <context>
    <name>akkoord::ScenarioStore</name>
    <message>
      <source>the database is busy in another program; try again in a moment</source>
      <translation>de database is bezig in een ander programma; probeer het zo opnieuw</translation>
    </message>
    <message>
      <source>the database is read-only; nothing was saved. Save a copy elsewhere or ask for write permission</source>
      <translation>de database is alleen-lezen; er is niets opgeslagen. Sla een kopie elders op of vraag om schrijfrechten</translation>
    </message>
    <message>
      <source>the database is damaged (%1); nothing was changed. Run “akkoord-cli check” and restore a backup if needed</source>
      <translation>de database is beschadigd (%1); er is niets veranderd. Voer “akkoord-cli check” uit en zet zo nodig een reservekopie terug</translation>
    </message>
    <message>
      <source>the disk is full; nothing was saved. Free some space and try again</source>
      <translation>de schijf is vol; er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw</translation>
    </message>
    <message>
      <source>this file is not an Akkoord database; nothing was changed</source>
      <translation>dit bestand is geen database van Akkoord; er is niets veranderd</translation>
    </message>
    <message>
      <source>%1 failed: %2</source>
      <translation>%1 is mislukt: %2</translation>
    </message>
    <message>
      <source>this is a folder, not a database file</source>
      <translation>dit is een map, geen databasebestand</translation>
    </message>
    <message>
      <source>the database cannot be read (%1); check its permissions</source>
      <translation>de database kan niet worden gelezen (%1); controleer de rechten</translation>
    </message>
    <message>
      <source>this file is not an Akkoord database; nothing was changed. Choose another file</source>
      <translation>dit bestand is geen database van Akkoord; er is niets veranderd. Kies een ander bestand</translation>
    </message>
    <message>
      <source>the database file is read-only; ask for write permission or open a copy</source>
      <translation>het databasebestand is alleen-lezen; vraag om schrijfrechten of open een kopie</translation>
    </message>
    <message>
      <source>the folder %1 is read-only, and the database needs to write beside its file; move it to a folder you can write to</source>
      <translation>de map %1 is alleen-lezen, en de database moet naast het bestand kunnen schrijven; verplaats het naar een map waarin u kunt schrijven</translation>
    </message>
    <message>
      <source>the database does not exist</source>
      <translation>de database bestaat niet</translation>
    </message>
    <message>
      <source>the folder %1 cannot be created; choose another place</source>
      <translation>de map %1 kan niet worden gemaakt; kies een andere plek</translation>
    </message>
    <message>
      <source>the database cannot be created here (%1); choose another place</source>
      <translation>de database kan hier niet worden gemaakt (%1); kies een andere plek</translation>
    </message>
    <message>
      <source>the database cannot be opened: %1</source>
      <translation>de database kan niet worden geopend: %1</translation>
    </message>
    <message>
      <source>reading the database</source>
      <translation>het lezen van de database</translation>
    </message>
    <message>
      <source>this SQLite file belongs to another program; nothing was changed. Choose an Akkoord database</source>
      <translation>dit SQLite-bestand hoort bij een ander programma; er is niets veranderd. Kies een database van Akkoord</translation>
    </message>
    <message>
      <source>this database was written by a newer Akkoord (schema %1; this version knows up to %2); nothing was changed. Update Akkoord to open it</source>
      <translation>deze database is geschreven door een nieuwere Akkoord (schema %1; deze versie kent tot en met %2); er is niets veranderd. Werk Akkoord bij om hem te openen</translation>
    </message>
    <message>
      <source>preparing the database</source>
      <translation>het voorbereiden van de database</translation>
    </message>
    <message>
      <source>upgrading the database</source>
      <translation>het bijwerken van de database</translation>
    </message>
    <message>
      <source>starting a transaction</source>
      <translation>het starten van een transactie</translation>
    </message>
    <message>
      <source>saving</source>
      <translation>het opslaan</translation>
    </message>
    <message>
      <source>a municipality needs a name</source>
      <translation>een gemeente heeft een naam nodig</translation>
    </message>
    <message>
      <source>saving the municipality</source>
      <translation>het opslaan van de gemeente</translation>
    </message>
    <message>
      <source>municipality %1 does not exist</source>
      <translation>gemeente %1 bestaat niet</translation>
    </message>
    <message>
      <source>reading the municipality</source>
      <translation>het lezen van de gemeente</translation>
    </message>
    <message>
      <source>reading the municipalities</source>
      <translation>het lezen van de gemeenten</translation>
    </message>
    <message>
      <source>municipality “%1” does not exist</source>
      <translation>gemeente “%1” bestaat niet</translation>
    </message>
    <message>
      <source>saving the scenario</source>
      <translation>het opslaan van het scenario</translation>
    </message>
    <message>
      <source>a scenario needs a title</source>
      <translation>een scenario heeft een titel nodig</translation>
    </message>
    <message>
      <source>municipality “%1” is in the trash; restore it first</source>
      <translation>gemeente “%1” staat in de prullenbak; haal haar eerst terug</translation>
    </message>
    <message>
      <source>“%1” was changed elsewhere while you edited it (now at revision %2, your changes start from revision %3); nothing was overwritten. Reload it, or save yours as a copy</source>
      <translation>“%1” is elders gewijzigd terwijl u het bewerkte (nu versie %2, uw wijzigingen gaan uit van versie %3); er is niets overschreven. Laad het opnieuw, of sla uw versie op als kopie</translation>
    </message>
    <message>
      <source>reading the scenario</source>
      <translation>het lezen van het scenario</translation>
    </message>
    <message>
      <source>scenario %1 does not exist</source>
      <translation>scenario %1 bestaat niet</translation>
    </message>
    <message>
      <source>reading the scenarios</source>
      <translation>het lezen van de scenario’s</translation>
    </message>
    <message>
      <source>reading the history</source>
      <translation>het lezen van de geschiedenis</translation>
    </message>
    <message>
      <source>scenario %1 has no revision %2</source>
      <translation>scenario %1 heeft geen versie %2</translation>
    </message>
    <message>
      <source>saving the baseline</source>
      <translation>het opslaan van de uitgangssituatie</translation>
    </message>
    <message>
      <source>a scenario needs at least one revision</source>
      <translation>een scenario heeft minstens één versie nodig</translation>
    </message>
    <message>
      <source>moving to the trash</source>
      <translation>het verplaatsen naar de prullenbak</translation>
    </message>
    <message>
      <source>reading the trash</source>
      <translation>het lezen van de prullenbak</translation>
    </message>
    <message>
      <source>checking the database</source>
      <translation>het controleren van de database</translation>
    </message>
    <message>
      <source>row %1 of %2 refers to a missing %3</source>
      <translation>rij %1 van %2 verwijst naar een ontbrekende %3</translation>
    </message>
    <message>
      <source>%1 exists already; choose another name for the backup</source>
      <translation>%1 bestaat al; kies een andere naam voor de reservekopie</translation>
    </message>
    <message>
      <source>making the backup</source>
      <translation>het maken van de reservekopie</translation>
    </message>
    <message>
      <source>the database is damaged (the file is shorter than it says); nothing was changed. Run “akkoord-cli check” and restore a backup if needed</source>
      <translation>de database is beschadigd (het bestand is korter dan het zelf aangeeft); er is niets veranderd. Voer “akkoord-cli check” uit en zet zo nodig een reservekopie terug</translation>
    </message>
    <message>
      <source>the database driver is not SQLite</source>
      <translation>het databasestuurprogramma is niet SQLite</translation>
    </message>
    <message>
      <source>emptying the trash</source>
      <translation>het legen van de prullenbak</translation>
    </message>
    <message>
      <source>this is not a regular file (a device or pipe), so not a database; nothing was changed</source>
      <translation>dit is geen gewoon bestand (een apparaat of pipe) en dus geen database; er is niets gewijzigd</translation>
    </message>
    <message>
      <source>this file holds no Akkoord data yet; nothing was changed</source>
      <translation>dit bestand bevat nog geen gegevens van Akkoord; er is niets gewijzigd</translation>
    </message>
    <message>
      <source>the database refers to rows that do not exist; nothing was changed. Run “akkoord-cli check” and restore a backup if needed</source>
      <translation>de database verwijst naar rijen die niet bestaan; er is niets gewijzigd. Voer “akkoord-cli check” uit en zet zo nodig een reservekopie terug</translation>
    </message>
    <message>
      <source>“%1” has been removed from the database for good (its trash was emptied, perhaps by another program); nothing was saved. Save yours as a new scenario</source>
      <translation>“%1” is definitief uit de database verwijderd (de prullenbak is geleegd, misschien door een ander programma); er is niets opgeslagen. Sla uw versie op als nieuw scenario</translation>
    </message>
    <message>
      <source>“%1” is in the trash (moved there, perhaps by another program), where a save would not be seen; nothing was saved. Restore it from the trash first, or save yours as a new scenario</source>
      <translation>“%1” staat in de prullenbak (daarheen verplaatst, misschien door een ander programma), waar een opslag niet te zien zou zijn; er is niets opgeslagen. Haal het eerst terug uit de prullenbak, of sla uw versie op als nieuw scenario</translation>
    </message>
    <message>
      <source>the backup cannot be created (%1)</source>
      <translation>de reservekopie kan niet worden gemaakt (%1)</translation>
    </message>
    <message>
      <source>a saved scenario's answers cannot be read (%1)</source>
      <translation>de antwoorden van een opgeslagen scenario zijn onleesbaar (%1)</translation>
    </message>
    <message>
      <source>agreement %1 does not exist</source>
      <translation>afspraak %1 bestaat niet</translation>
    </message>
    <message>
      <source>reading the agreement</source>
      <translation>het lezen van de afspraak</translation>
    </message>
    <message>
      <source>reading the agreements</source>
      <translation>het lezen van de afspraken</translation>
    </message>
    <message>
      <source>saving the agreement</source>
      <translation>het opslaan van de afspraak</translation>
    </message>
    <message>
      <source>“%1” has been removed from the database for good (its trash was emptied, perhaps by another program); nothing was saved</source>
      <translation>“%1” is voorgoed uit de database verwijderd (de prullenbak is geleegd, misschien door een ander programma); er is niets opgeslagen</translation>
    </message>
    <message>
      <source>“%1” is in the trash (moved there, perhaps by another program); nothing was saved. Restore it from the trash first</source>
      <translation>“%1” staat in de prullenbak (misschien door een ander programma); er is niets opgeslagen. Haal het eerst terug uit de prullenbak</translation>
    </message>
    <message>
      <source>“%1” was changed elsewhere while you edited it (now at revision %2, your changes start from revision %3); nothing was overwritten. Reload it and enter yours again</source>
      <translation>“%1” is elders gewijzigd terwijl u het bewerkte (nu versie %2, uw wijzigingen gaan uit van versie %3); er is niets overschreven. Laad het opnieuw en voer de uwe nog eens in</translation>
    </message>
    <message>
      <source>agreement %1 in the database is damaged; run “akkoord-cli check” and restore a backup if needed</source>
      <translation>afspraak %1 in de database is beschadigd; voer “akkoord-cli check” uit en zet zo nodig een reservekopie terug</translation>
    </message>
    <message>
      <source>revision %1 of agreement %2 in the database is damaged; run “akkoord-cli check” and restore a backup if needed</source>
      <translation>versie %1 van afspraak %2 in de database is beschadigd; voer “akkoord-cli check” uit en zet zo nodig een reservekopie terug</translation>
    </message>
    <message>
      <source>“%1” exists already; a backup never overwrites a file</source>
      <translation>“%1” bestaat al; een back-up overschrijft nooit een bestand</translation>
    </message>
    <message>
      <source>“%1” was changed elsewhere while you edited it; nothing was overwritten. Reload it and enter yours again</source>
      <translation>“%1” is elders gewijzigd terwijl u het bewerkte; er is niets overschreven. Laad het opnieuw en voer het uwe nogmaals in</translation>
    </message>
    <message>
      <source>an agreement needs at least one revision</source>
      <translation>een afspraak heeft minstens één versie nodig</translation>
    </message>
    <message>
      <source>“%1” is not a database address: %2 (write postgresql://user@server:5432/database)</source>
      <translation>“%1” is geen databaseadres: %2 (schrijf postgresql://gebruiker@server:5432/database)</translation>
    </message>
    <message>
      <source>it does not start with postgresql://</source>
      <translation>het begint niet met postgresql://</translation>
    </message>
    <message>
      <source>it names no database</source>
      <translation>het noemt geen database</translation>
    </message>
    <message>
      <source>“%1” is not a connection option Akkoord passes on</source>
      <translation>“%1” is geen verbindingsoptie die Akkoord doorgeeft</translation>
    </message>
    <message>
      <source>this installation cannot reach a PostgreSQL database: Qt's PostgreSQL driver is missing (Debian package libqt6sql6-psql)</source>
      <translation>deze installatie kan geen PostgreSQL-database bereiken: het PostgreSQL-stuurprogramma van Qt ontbreekt (Debian-pakket libqt6sql6-psql)</translation>
    </message>
    <message>
      <source>the regional database refused the login of “%1”: the password is wrong or the account has expired (the server does not say which). Check the password in ~/.pgpass or PGPASSWORD, or ask the database's manager</source>
      <translation>de regionale database weigerde de aanmelding van “%1”: het wachtwoord klopt niet of het account is verlopen (de server zegt niet welke van de twee). Controleer het wachtwoord in ~/.pgpass of PGPASSWORD, of vraag het de beheerder van de database</translation>
    </message>
    <message>
      <source>the account “%1” may not log in to the regional database (it was disabled); ask the database's manager</source>
      <translation>het account “%1” mag zich niet aanmelden bij de regionale database (het is uitgeschakeld); vraag het de beheerder van de database</translation>
    </message>
    <message>
      <source>the regional database has no account “%1”; ask the database's manager to create it</source>
      <translation>de regionale database kent geen account “%1”; vraag de beheerder van de database het aan te maken</translation>
    </message>
    <message>
      <source>the server has no database “%1”; check the address</source>
      <translation>de server heeft geen database “%1”; controleer het adres</translation>
    </message>
    <message>
      <source>“%1” has no access to the database “%2”; ask the database's manager (akkoord-cli server grant)</source>
      <translation>“%1” heeft geen toegang tot de database “%2”; vraag het de beheerder van de database (akkoord-cli server grant)</translation>
    </message>
    <message>
      <source>the secure connection to the regional database failed (%1); check sslmode and the server's certificate</source>
      <translation>de beveiligde verbinding met de regionale database mislukte (%1); controleer sslmode en het certificaat van de server</translation>
    </message>
    <message>
      <source>the regional database cannot be reached (%1). Check the network and the address, or work on a local copy (akkoord-cli copy) until it is back</source>
      <translation>de regionale database is niet bereikbaar (%1). Controleer het netwerk en het adres, of werk op een lokale kopie (akkoord-cli copy) tot hij terug is</translation>
    </message>
    <message>
      <source>connecting</source>
      <translation>het verbinden</translation>
    </message>
    <message>
      <source>the connection to the regional database was lost while %1; nothing was half-written (each save is one transaction). Your work is kept; try again when the server is back</source>
      <translation>de verbinding met de regionale database viel weg tijdens %1; er is niets half geschreven (elke opslag is één transactie). Uw werk blijft bewaard; probeer het opnieuw als de server terug is</translation>
    </message>
    <message>
      <source>the regional database refused this change for your account (%1): you can change only the work of your own municipality; nothing was changed</source>
      <translation>de regionale database weigerde deze wijziging voor uw account (%1): u kunt alleen het werk van uw eigen gemeente wijzigen; er is niets gewijzigd</translation>
    </message>
    <message>
      <source>the database was opened read-only; nothing was saved</source>
      <translation>de database is alleen-lezen geopend; er is niets opgeslagen</translation>
    </message>
    <message>
      <source>the regional database's disk is full; nothing was saved. Tell the database's manager</source>
      <translation>de schijf van de regionale database is vol; er is niets opgeslagen. Meld het de beheerder van de database</translation>
    </message>
    <message>
      <source>the regional database is busy with another user's change; try again in a moment</source>
      <translation>de regionale database is bezig met de wijziging van een andere gebruiker; probeer het zo opnieuw</translation>
    </message>
    <message>
      <source>opening the database</source>
      <translation>het openen van de database</translation>
    </message>
    <message>
      <source>the database holds no Akkoord region yet; its owner sets it up with “akkoord-cli server init --db ADDRESS --region NAME”</source>
      <translation>de database bevat nog geen Akkoord-regio; de eigenaar richt die in met “akkoord-cli server init --db ADRES --region NAAM”</translation>
    </message>
    <message>
      <source>this database is not an Akkoord region; nothing was changed</source>
      <translation>deze database is geen Akkoord-regio; er is niets gewijzigd</translation>
    </message>
    <message>
      <source>the regional database was set up by a newer Akkoord (schema %1, this program knows %2); nothing was changed. Install the newer Akkoord</source>
      <translation>de regionale database is ingericht door een nieuwere Akkoord (schema %1, dit programma kent %2); er is niets gewijzigd. Installeer de nieuwere Akkoord</translation>
    </message>
    <message>
      <source>the regional database is of an older Akkoord (schema %1, this program needs %2); nothing was changed. Its owner upgrades it with “akkoord-cli server init”</source>
      <translation>de regionale database is van een oudere Akkoord (schema %1, dit programma heeft %2 nodig); er is niets gewijzigd. De eigenaar werkt hem bij met “akkoord-cli server init”</translation>
    </message>
    <message>
      <source>the regional database refused this change for your account (“%1”): it belongs to another municipality, and you can change only the work of your own; nothing was changed</source>
      <translation>de regionale database weigerde deze wijziging voor uw account (“%1”): het hoort bij een andere gemeente, en u kunt alleen het werk van uw eigen gemeente wijzigen; er is niets gewijzigd</translation>
    </message>
    <message>
      <source>only the regional database's manager adds municipalities (akkoord-cli server add-municipality); nothing was changed</source>
      <translation>alleen de beheerder van de regionale database voegt gemeenten toe (akkoord-cli server add-municipality); er is niets gewijzigd</translation>
    </message>
    <message>
      <source>“%1” was changed elsewhere while you edited it; nothing was overwritten. Reload it, or save yours as a copy</source>
      <translation>“%1” is elders gewijzigd terwijl u het bewerkte; er is niets overschreven. Laad het opnieuw, of sla het uwe op als kopie</translation>
    </message>
    <message>
      <source>“%1” in the target database holds scenarios or agreements copied earlier from “%2” (renamed since?). Give it the name “%2” again, or the same CBS code in both databases, and copy again; nothing was copied.</source>
      <translation>“%1” in de doeldatabase bevat scenario’s of afspraken die eerder uit “%2” zijn gekopieerd (sindsdien hernoemd?). Geef de gemeente weer de naam “%2”, of in beide databases dezelfde CBS-code, en kopieer opnieuw; er is niets gekopieerd.</translation>
    </message>
  </context>
  <context>
    <name>akkoord::ui::AdvicePanel</name>
    <message>
      <source>(choose a starting point)</source>
      <translation>(kies een startpunt)</translation>
    </message>
    <message>
      <source>Target starting point</source>
      <translation>Gewenst startpunt</translation>
    </message>
    <message>
      <source>Advice</source>
      <translation>Advies</translation>
    </message>
    <message>
      <source>Open or start a scenario to see the advice.</source>
      <translation>Open of begin een scenario om het advies te zien.</translation>
    </message>
    <message>
      <source>&amp;Full height</source>
      <translation>&amp;Volle hoogte</translation>
    </message>
    <message>
      <source>Give the advice the whole height of the window, to read it; the matrix comes back when this is switched off</source>
      <translation>Geef het advies de hele hoogte van het venster om het te lezen; de matrix komt terug als u dit weer uitzet</translation>
    </message>
    <message>
      <source>Route to:</source>
      <translation>Route naar:</translation>
    </message>
    <message>
      <source>What would it take to start with another starting point? Choose one, and the advice shows the route there.</source>
      <translation>Wat is er nodig om met een ander startpunt te beginnen? Kies er een, en het advies toont de route erheen.</translation>
    </message>
    <message>
      <source>Practice example %1</source>
      <translation>Praktijkvoorbeeld %1</translation>
    </message>
    <message numerus="yes">
      <source>The advice below reads only what the source states about %1 (%n answer(s)), so it says little; its questions cannot be answered here. Duplicate the example to work with its situation.</source>
      <translation>
        <numerusform>Het advies hieronder leest alleen wat de bron over %1 zegt (%n antwoord), en zegt dus weinig; de vragen zijn hier niet in te vullen. Dupliceer het voorbeeld om met deze situatie te werken.</numerusform>
        <numerusform>Het advies hieronder leest alleen wat de bron over %1 zegt (%n antwoorden), en zegt dus weinig; de vragen zijn hier niet in te vullen. Dupliceer het voorbeeld om met deze situatie te werken.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>akkoord::ui::AgreementForm</name>
    <message>
      <source>&amp;Title:</source>
      <translation>T&amp;itel:</translation>
    </message>
    <message>
      <source>&amp;Visibility:</source>
      <translation>&amp;Zichtbaarheid:</translation>
    </message>
    <message>
      <source>&amp;End:</source>
      <translation>&amp;Einddatum:</translation>
    </message>
    <message>
      <source>names, separated by ;</source>
      <translation>namen, gescheiden door ;</translation>
    </message>
    <message>
      <source>only where public; separated by ;</source>
      <translation>alleen als dat openbaar is; gescheiden door ;</translation>
    </message>
    <message>
      <source>separated by ;</source>
      <translation>gescheiden door ;</translation>
    </message>
    <message>
      <source>Se&amp;ctors:</source>
      <translation>Se&amp;ctoren:</translation>
    </message>
    <message>
      <source>Target &amp;groups:</source>
      <translation>Doelgroe&amp;pen:</translation>
    </message>
    <message>
      <source>Target group</source>
      <translation>Doelgroep</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Eenheid</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Doel</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Uiterlijk</translation>
    </message>
    <message>
      <source>The municipality commits to</source>
      <translation>De gemeente zegt toe</translation>
    </message>
    <message>
      <source>Commitments</source>
      <translation>Toezeggingen</translation>
    </message>
    <message>
      <source>Remove commitment</source>
      <translation>Toezegging verwijderen</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>What was agreed then</source>
      <translation>Wat toen is afgesproken</translation>
    </message>
    <message>
      <source>Review moments</source>
      <translation>Evaluatiemomenten</translation>
    </message>
    <message>
      <source>Remove review moment</source>
      <translation>Evaluatiemoment verwijderen</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <source>Commitments (figures only, never about a person)</source>
      <translation>Toezeggingen (alleen aantallen, nooit over een persoon)</translation>
    </message>
    <message>
      <source>K&amp;ind:</source>
      <translation>Soort afspraa&amp;k:</translation>
    </message>
    <message>
      <source>Stat&amp;us:</source>
      <translation>Stat&amp;us:</translation>
    </message>
    <message>
      <source>&amp;Start:</source>
      <translation>&amp;Begindatum:</translation>
    </message>
    <message>
      <source>Open-ended</source>
      <translation>Zonder einddatum</translation>
    </message>
    <message>
      <source>Emplo&amp;yer organisations:</source>
      <translation>&amp;Werkgeversorganisaties:</translation>
    </message>
    <message>
      <source>Number of e&amp;mployers:</source>
      <translation>Aanta&amp;l werkgevers:</translation>
    </message>
    <message>
      <source>Named emp&amp;loyers:</source>
      <translation>Genoe&amp;mde werkgevers:</translation>
    </message>
    <message>
      <source>Integral (all sectors and target groups)</source>
      <translation>Integraal (alle sectoren en doelgroepen)</translation>
    </message>
    <message>
      <source>Add commitment</source>
      <translation>Toezegging toevoegen</translation>
    </message>
    <message>
      <source>Add review moment</source>
      <translation>Evaluatiemoment toevoegen</translation>
    </message>
  </context>
  <context>
    <name>akkoord::ui::AgreementListModel</name>
    <message>
      <source>%1% · %2</source>
      <translation>%1% · %2</translation>
    </message>
    <message>
      <source>not begun</source>
      <translation>niet begonnen</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>Afspraak</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Soort</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Voortgang</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>Volgende evaluatie</translation>
    </message>
  </context>
  <context>
    <name>akkoord::ui::AgreementsWindow</name>
    <message>
      <source>change to “%1”</source>
      <translation>wijziging van “%1”</translation>
    </message>
    <message>
      <source>New agreement</source>
      <translation>Nieuwe afspraak</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>Alle soorten</translation>
    </message>
    <message>
      <source>Every status</source>
      <translation>Elke status</translation>
    </message>
    <message>
      <source>Only &amp;behind schedule</source>
      <translation>Alleen met &amp;achterstand</translation>
    </message>
    <message>
      <source>Progress &amp;on:</source>
      <translation>Voortgang &amp;op:</translation>
    </message>
    <message>
      <source>Agreements</source>
      <translation>Afspraken</translation>
    </message>
    <message>
      <source>&amp;New agreement</source>
      <translation>&amp;Nieuwe afspraak</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Verwijderen</translation>
    </message>
    <message>
      <source>&amp;Agreement</source>
      <translation>A&amp;fspraak</translation>
    </message>
    <message>
      <source>&amp;Realisations</source>
      <translation>&amp;Realisaties</translation>
    </message>
    <message>
      <source>What is behind, and the next reviews</source>
      <translation>Wat achterloopt, en de volgende evaluaties</translation>
    </message>
    <message>
      <source>&amp;Progress</source>
      <translation>Voort&amp;gang</translation>
    </message>
    <message>
      <source>Pat&amp;h on the matrix</source>
      <translation>Pa&amp;d op de matrix</translation>
    </message>
    <message>
      <source>Agreement changed elsewhere</source>
      <translation>Afspraak elders gewijzigd</translation>
    </message>
    <message>
      <source>Keep my changes open</source>
      <translation>Mijn wijzigingen open houden</translation>
    </message>
    <message>
      <source>Load the stored version</source>
      <translation>De opgeslagen versie laden</translation>
    </message>
    <message>
      <source>The agreement was not saved</source>
      <translation>De afspraak is niet opgeslagen</translation>
    </message>
    <message>
      <source>Saved (revision %1).</source>
      <translation>Opgeslagen (versie %1).</translation>
    </message>
    <message>
      <source>Delete agreement</source>
      <translation>Afspraak verwijderen</translation>
    </message>
    <message>
      <source>Move to the trash</source>
      <translation>Naar de prullenbak</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>The agreement was not deleted</source>
      <translation>De afspraak is niet verwijderd</translation>
    </message>
    <message>
      <source>Moved to the trash.</source>
      <translation>Naar de prullenbak verplaatst.</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
      <source>“%1” has changes that are not saved.</source>
      <translation>“%1” heeft wijzigingen die niet zijn opgeslagen.</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Opslaan</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Weggooien</translation>
    </message>
    <message>
      <source>%1 of %2, %3 expected by now (%4)</source>
      <translation>%1 van %2, nu %3 verwacht (%4)</translation>
    </message>
    <message>
      <source>Behind schedule</source>
      <translation>Achter op schema</translation>
    </message>
    <message>
      <source>Nothing is behind.</source>
      <translation>Niets loopt achter.</translation>
    </message>
    <message>
      <source>Next reviews</source>
      <translation>Volgende evaluaties</translation>
    </message>
    <message>
      <source>No review is planned.</source>
      <translation>Er is geen evaluatie gepland.</translation>
    </message>
    <message>
      <source>The baseline scenario “%1” recommends starting with: %2.</source>
      <translation>De uitgangssituatie “%1” raadt aan te beginnen met: %2.</translation>
    </message>
    <message>
      <source>No recommended start to compare with: mark a scenario of %1 as the baseline, with advice that recommends one.</source>
      <translation>Geen aangeraden start om mee te vergelijken: markeer een scenario van %1 als uitgangssituatie, met een advies dat er een aanraadt.</translation>
    </message>
    <message>
      <source>The agreements have broadened since the first quarter, as the source expects after a start.</source>
      <translation>De afspraken zijn sinds het eerste kwartaal breder geworden, zoals de bron na een start verwacht.</translation>
    </message>
    <message>
      <source>The agreements are as broad as in the first quarter.</source>
      <translation>De afspraken zijn even breed als in het eerste kwartaal.</translation>
    </message>
    <message>
      <source>The agreements are narrower than in the first quarter.</source>
      <translation>De afspraken zijn smaller dan in het eerste kwartaal.</translation>
    </message>
    <message>
      <source>Too few quarters with agreements to tell a direction.</source>
      <translation>Te weinig kwartalen met afspraken om een richting te zien.</translation>
    </message>
    <message>
      <source>Agreements of %1</source>
      <translation>Afspraken van %1</translation>
    </message>
    <message>
      <source>Unsaved agreement</source>
      <translation>Niet-opgeslagen afspraak</translation>
    </message>
    <message>
      <source>Changes to “%1” were not saved when Akkoord last closed. Restore them?</source>
      <translation>Wijzigingen in “%1” waren niet opgeslagen toen Akkoord de vorige keer sloot. Terugzetten?</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Terugzetten</translation>
    </message>
    <message>
      <source>Show &amp;kind:</source>
      <translation>Toon &amp;soort:</translation>
    </message>
    <message>
      <source>Sho&amp;w status:</source>
      <translation>Toon s&amp;tatus:</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Ongedaan maken</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Opnieuw</translation>
    </message>
    <message>
      <source>&amp;Quarterly report…</source>
      <translation>Kwartaalrapport…</translation>
    </message>
    <message>
      <source>The quarterly report for the council or the employers' table, up to the date shown (Ctrl+P)</source>
      <translation>Het kwartaalrapport voor de raad of de werkgeverstafel, tot de getoonde datum (Ctrl+P)</translation>
    </message>
    <message>
      <source>The report was not written</source>
      <translation>Het rapport is niet geschreven</translation>
    </message>
    <message>
      <source>Report written to %1.</source>
      <translation>Rapport geschreven naar %1.</translation>
    </message>
    <message>
      <source>agreements %1 %2.pdf</source>
      <translation>afspraken %1 %2.pdf</translation>
    </message>
    <message>
      <source>Quarterly report</source>
      <translation>Kwartaalrapport</translation>
    </message>
    <message>
      <source>PDF (*.pdf);;Web page (*.html)</source>
      <translation>PDF (*.pdf);;Webpagina (*.html)</translation>
    </message>
    <message>
      <source>Move “%1” to the trash? “akkoord-cli undelete --agreement %2” brings it back.</source>
      <translation>“%1” naar de prullenbak verplaatsen? “akkoord-cli undelete --agreement %2” haalt haar terug.</translation>
    </message>
    <message>
      <source>The agreement and the register's pages</source>
      <translation>De afspraak en de pagina’s van het register</translation>
    </message>
  </context>
  <context>
    <name>akkoord::ui::CaseBrowser</name>
    <message>
      <source>Filter municipalities and scenarios</source>
      <translation>Zoek in gemeenten en scenario’s</translation>
    </message>
    <message>
      <source>Filter</source>
      <translation>Zoeken</translation>
    </message>
    <message>
      <source>Municipalities and scenarios</source>
      <translation>Gemeenten en scenario’s</translation>
    </message>
    <message>
      <source>Reading the scenario titles; the list follows in a moment.</source>
      <translation>De titels van de scenario’s worden gelezen; de lijst volgt zo.</translation>
    </message>
  </context>
  <context>
    <name>akkoord::ui::CaseTreeModel</name>
    <message>
      <source>Baseline: the other scenarios are compared with it.</source>
      <translation>Uitgangssituatie: de andere scenario’s worden ermee vergeleken.</translation>
    </message>
    <message>
      <source>Practice examples</source>
      <translation>Praktijkvoorbeelden</translation>
    </message>
    <message>
      <source>Read only: what the source tells about each. Duplicate one to work with its situation.</source>
      <translation>Alleen-lezen: wat de bron over elk voorbeeld vertelt. Dupliceer er een om met die situatie te werken.</translation>
    </message>
  </context>
  <context>
    <name>akkoord::ui::Command</name>
    <message>
      <source>answer “%1”</source>
      <translation>antwoord “%1”</translation>
    </message>
    <message>
      <source>notes</source>
      <translation>notities</translation>
    </message>
    <message>
      <source>rename to “%1”</source>
      <translation>naam wijzigen in “%1”</translation>
    </message>
    <message>
      <source>delete “%1”</source>
      <translation>“%1” verwijderen</translation>
    </message>
    <message>
      <source>make “%1” the baseline</source>
      <translation>“%1” als uitgangssituatie</translation>
    </message>
    <message>
      <source>rename “%1” to “%2”</source>
      <translation>“%1” hernoemen naar “%2”</translation>
    </message>
    <message>
      <source>change the details of “%1”</source>
      <translation>gegevens van “%1” wijzigen</translation>
    </message>
  </context>
  <context>
    <name>akkoord::ui::CompareDialog</name>
    <message>
      <source>Compare scenarios</source>
      <translation>Scenario’s vergelijken</translation>
    </message>
    <message>
      <source>Answers that differ from the first scenario are highlighted. Arrows on the matrix run from the first scenario to the others.</source>
      <translation>Antwoorden die afwijken van het eerste scenario zijn gemarkeerd. Pijlen op de matrix lopen van het eerste scenario naar de andere.</translation>
    </message>
    <message>
      <source>Answers side by side</source>
      <translation>Antwoorden naast elkaar</translation>
    </message>
    <message>
      <source>Tactics</source>
      <translation>Tactieken</translation>
    </message>
    <message>
      <source>Matrix</source>
      <translation>Matrix</translation>
    </message>
    <message>
      <source>Report as PDF…</source>
      <translation>Rapport als PDF…</translation>
    </message>
    <message>
      <source>Report as HTML…</source>
      <translation>Rapport als HTML…</translation>
    </message>
    <message>
      <source>Save comparison report</source>
      <translation>Vergelijkingsrapport opslaan</translation>
    </message>
    <message>
      <source>comparison</source>
      <translation>vergelijking</translation>
    </message>
    <message>
      <source>PDF document (*.pdf)</source>
      <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
      <source>Web page (*.html)</source>
      <translation>Webpagina (*.html)</translation>
    </message>
    <message>
      <source>The report was not written</source>
      <translation>Het rapport is niet geschreven</translation>
    </message>
    <message>
      <source>Advice</source>
      <translation>Advies</translation>
    </message>
    <message>
      <source>Questions</source>
      <translation>Vragen</translation>
    </message>
    <message>
      <source>No special circumstances</source>
      <translation>Geen bijzondere omstandigheden</translation>
    </message>
    <message>
      <source>Report written to %1.</source>
      <translation>Rapport geschreven naar %1.</translation>
    </message>
  </context>
  <context>
    <name>akkoord::ui::ComparisonChooser</name>
    <message>
      <source>Compare scenarios</source>
      <translation>Scenario’s vergelijken</translation>
    </message>
    <message>
      <source>Tick two or more scenarios and choose the one the others are compared with.</source>
      <translation>Vink twee of meer scenario’s aan en kies het scenario waarmee de andere worden vergeleken.</translation>
    </message>
    <message>
      <source>&amp;Compare with:</source>
      <translation>&amp;Vergelijken met:</translation>
    </message>
    <message>
      <source>Search by title or municipality</source>
      <translation>Zoek op titel of gemeente</translation>
    </message>
    <message>
      <source>Search scenarios</source>
      <translation>Scenario’s zoeken</translation>
    </message>
    <message>
      <source>Scenarios</source>
      <translation>Scenario’s</translation>
    </message>
    <message>
      <source>The first %1 of this municipality's %2 scenarios; search to find others.</source>
      <translation>De eerste %1 van de %2 scenario’s van deze gemeente; zoek om andere te vinden.</translation>
    </message>
    <message>
      <source>This municipality's scenarios; search to find others.</source>
      <translation>De scenario’s van deze gemeente; zoek om andere te vinden.</translation>
    </message>
    <message>
      <source>Reading the scenario titles; the list follows in a moment.</source>
      <translation>De titels van de scenario’s worden gelezen; de lijst volgt zo.</translation>
    </message>
    <message>
      <source>The scenario titles could not be read.</source>
      <translation>De titels van de scenario’s konden niet worden gelezen.</translation>
    </message>
    <message>
      <source>No scenario matches.</source>
      <translation>Geen scenario gevonden.</translation>
    </message>
    <message numerus="yes">
      <source>%n found.</source>
      <translation>
        <numerusform>%n gevonden.</numerusform>
        <numerusform>%n gevonden.</numerusform>
      </translation>
    </message>
    <message>
      <source>More than %1 found; the first %1 are shown. Type more to narrow the search.</source>
      <translation>Meer dan %1 gevonden; de eerste %1 staan hier. Typ meer om de zoekopdracht te verfijnen.</translation>
    </message>
    <message>
      <source>&amp;Search:</source>
      <translation>&amp;Zoeken:</translation>
    </message>
    <message>
      <source>“%1” is a practice example. Examples are not compared: the source states little or nothing about their situations. The matrix shows those it places beside your scenario.</source>
      <translation>“%1” is een praktijkvoorbeeld. Voorbeelden worden niet vergeleken: de bron zegt weinig of niets over hun situatie. De matrix toont de voorbeelden die de bron een plaats geeft naast uw scenario.</translation>
    </message>
  </context>
  <context>
    <name>akkoord::ui::ConnectDialog</name>
    <message>
      <source>Connect to regional database</source>
      <translation>Verbinden met regionale database</translation>
    </message>
    <message>
      <source>The region's shared database, on its PostgreSQL server. You read the work of every municipality in the region and change that of your own.</source>
      <translation>De gedeelde database van de regio, op haar PostgreSQL-server. U leest het werk van elke gemeente in de regio en wijzigt dat van uw eigen gemeente.</translation>
    </message>
    <message>
      <source>for example postgresql://jansen@db.regio.nl/foodvalley?sslmode=verify-full</source>
      <translation>bijvoorbeeld postgresql://jansen@db.regio.nl/foodvalley?sslmode=verify-full</translation>
    </message>
    <message>
      <source>empty: from ~/.pgpass or PGPASSWORD</source>
      <translation>leeg: uit ~/.pgpass of PGPASSWORD</translation>
    </message>
    <message>
      <source>&amp;Address:</source>
      <translation>&amp;Adres:</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
      <source>The address is remembered; the password is not.</source>
      <translation>Het adres wordt onthouden, het wachtwoord niet.</translation>
    </message>
    <message>
      <source>&amp;Connect</source>
      <translation>&amp;Verbinden</translation>
    </message>
  </context>
  <context>
    <name>akkoord::ui::DraftKeeper</name>
    <message>
      <source>Unsaved work found</source>
      <translation>Niet-opgeslagen werk gevonden</translation>
    </message>
    <message>
      <source>Bring those changes back? You can still review them before saving.</source>
      <translation>Die wijzigingen terughalen? U kunt ze nog bekijken voordat u opslaat.</translation>
    </message>
    <message>
      <source>Bring back</source>
      <translation>Terughalen</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Weggooien</translation>
    </message>
    <message>
      <source>Akkoord closed unexpectedly while “%1” had unsaved changes, and that scenario has since been removed from the database.</source>
      <translation>Akkoord werd onverwacht afgesloten terwijl “%1” niet-opgeslagen wijzigingen had, en dat scenario is sindsdien uit de database verwijderd.</translation>
    </message>
    <message>
      <source>Keep those changes as a new scenario?</source>
      <translation>Die wijzigingen bewaren als nieuw scenario?</translation>
    </message>
    <message>
      <source>Keep as new scenario</source>
      <translation>Bewaren als nieuw scenario</translation>
    </message>
    <message>
      <source>Recovered scenario</source>
      <translation>Hersteld scenario</translation>
    </message>
    <message>
      <source>Recovered</source>
      <translation>Hersteld</translation>
    </message>
    <message>
      <source>The changes were not saved; they stay kept for the next start</source>
      <translation>De wijzigingen zijn niet opgeslagen; ze blijven bewaard voor de volgende start</translation>
    </message>
    <message>
      <source>Changes to “%1” were not saved and were kept as a draft (%2): Akkoord closed unexpectedly, or the database could not be reached.</source>
      <translation>Wijzigingen in “%1” zijn niet opgeslagen en als concept bewaard (%2): Akkoord werd onverwacht afgesloten, of de database was niet bereikbaar.</translation>
    </message>
  </context>
  <context>
    <name>akkoord::ui::FileActions</name>
    <message>
      <source>Import scenarios</source>
      <translation>Scenario’s importeren</translation>
    </message>
    <message>
      <source>Akkoord files (*.json);;All files (*)</source>
      <translation>Akkoord-bestanden (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
      <source>The file cannot be imported</source>
      <translation>Het bestand kan niet worden geïmporteerd</translation>
    </message>
    <message>
      <source>Already there</source>
      <translation>Bestaat al</translation>
    </message>
    <message>
      <source>Keep both</source>
      <translation>Beide bewaren</translation>
    </message>
    <message>
      <source>Replace</source>
      <translation>Vervangen</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>Overslaan</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>Nothing was imported</source>
      <translation>Er is niets geïmporteerd</translation>
    </message>
    <message>
      <source>Imported %1 scenario(s).</source>
      <translation>%1 scenario(’s) geïmporteerd.</translation>
    </message>
    <message>
      <source>Export scenario</source>
      <translation>Scenario exporteren</translation>
    </message>
    <message>
      <source>Akkoord scenario (*.json)</source>
      <translation>Akkoord-scenario (*.json)</translation>
    </message>
    <message>
      <source>The file was not written</source>
      <translation>Het bestand is niet geschreven</translation>
    </message>
    <message>
      <source>Save report</source>
      <translation>Rapport opslaan</translation>
    </message>
    <message>
      <source>PDF document (*.pdf)</source>
      <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
      <source>Web page (*.html)</source>
      <translation>Webpagina (*.html)</translation>
    </message>
    <message>
      <source>The report was not written</source>
      <translation>Het rapport is niet geschreven</translation>
    </message>
    <message>
      <source>Report written to %1.</source>
      <translation>Rapport geschreven naar %1.</translation>
    </message>
    <message>
      <source>the printer could not be used; check that it is still available</source>
      <translation>de printer kon niet worden gebruikt; controleer of hij nog beschikbaar is</translation>
    </message>
    <message>
      <source>The report was not printed</source>
      <translation>Het rapport is niet afgedrukt</translation>
    </message>
  </context>
  <context>
    <name>akkoord::ui::GuideDialog</name>
    <message>
      <source>User guide</source>
      <translation>Handleiding</translation>
    </message>
  </context>
  <context>
    <name>akkoord::ui::HistoryDialog</name>
    <message>
      <source>History of “%1”</source>
      <translation>Geschiedenis van “%1”</translation>
    </message>
    <message>
      <source>Revision %1 — %2 — %3</source>
      <translation>Versie %1 — %2 — %3</translation>
    </message>
    <message>
      <source>Make this revision current</source>
      <translation>Deze versie weer de huidige maken</translation>
    </message>
    <message>
      <source>First saved</source>
      <translation>Voor het eerst opgeslagen</translation>
    </message>
    <message>
      <source>Saved without changes</source>
      <translation>Opgeslagen zonder wijzigingen</translation>
    </message>
    <message numerus="yes">
      <source>%1; and %n more</source>
      <translation>
        <numerusform>%1; en nog %n</numerusform>
        <numerusform>%1; en nog %n</numerusform>
      </translation>
    </message>
    <message>
      <source>Saved versions</source>
      <translation>Opgeslagen versies</translation>
    </message>
  </context>
  <context>
    <name>akkoord::ui::MainWindow</name>
    <message>
      <source>Welcome to Akkoord</source>
      <translation>Welkom bij Akkoord</translation>
    </message>
    <message>
      <source>New municipality…</source>
      <translation>Nieuwe gemeente…</translation>
    </message>
    <message>
      <source>Explore a practice example</source>
      <translation>Een praktijkvoorbeeld verkennen</translation>
    </message>
    <message>
      <source>Import a scenario file…</source>
      <translation>Een scenariobestand importeren…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Bestand</translation>
    </message>
    <message>
      <source>New &amp;municipality…</source>
      <translation>Nieuwe &amp;gemeente…</translation>
    </message>
    <message>
      <source>&amp;New scenario…</source>
      <translation>&amp;Nieuw scenario…</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Opslaan</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Importeren…</translation>
    </message>
    <message>
      <source>&amp;Export scenario…</source>
      <translation>Scenario &amp;exporteren…</translation>
    </message>
    <message>
      <source>&amp;Open database…</source>
      <translation>Database o&amp;penen…</translation>
    </message>
    <message>
      <source>&amp;Recent databases</source>
      <translation>&amp;Recente databases</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Afsluiten</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>Be&amp;werken</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>Op&amp;nieuw</translation>
    </message>
    <message>
      <source>Re&amp;name scenario…</source>
      <translation>Naam &amp;wijzigen…</translation>
    </message>
    <message>
      <source>&amp;Duplicate scenario…</source>
      <translation>Scenario &amp;dupliceren…</translation>
    </message>
    <message>
      <source>De&amp;lete scenario</source>
      <translation>Scenario &amp;verwijderen</translation>
    </message>
    <message>
      <source>Make &amp;baseline</source>
      <translation>Als &amp;uitgangssituatie</translation>
    </message>
    <message>
      <source>&amp;History…</source>
      <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
      <source>&amp;Trash…</source>
      <translation>&amp;Prullenbak…</translation>
    </message>
    <message>
      <source>&amp;Find municipality</source>
      <translation>Gemeente &amp;zoeken</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>Beel&amp;d</translation>
    </message>
    <message>
      <source>Export matrix as &amp;PNG…</source>
      <translation>Matrix exporteren als &amp;PNG…</translation>
    </message>
    <message>
      <source>Export matrix as &amp;SVG…</source>
      <translation>Matrix exporteren als &amp;SVG…</translation>
    </message>
    <message>
      <source>&amp;Compare</source>
      <translation>&amp;Vergelijken</translation>
    </message>
    <message>
      <source>Compare &amp;scenarios…</source>
      <translation>&amp;Scenario’s vergelijken…</translation>
    </message>
    <message>
      <source>Compare with the &amp;baseline</source>
      <translation>Vergelijken met de &amp;uitgangssituatie</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;About Akkoord</source>
      <translation>&amp;Over Akkoord</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
      <source>The database cannot be opened</source>
      <translation>De database kan niet worden geopend</translation>
    </message>
    <message>
      <source>Database: %1</source>
      <translation>Database: %1</translation>
    </message>
    <message>
      <source>Open database</source>
      <translation>Database openen</translation>
    </message>
    <message>
      <source>Akkoord database (*.sqlite);;All files (*)</source>
      <translation>Akkoord-database (*.sqlite);;Alle bestanden (*)</translation>
    </message>
    <message>
      <source>About Akkoord</source>
      <translation>Over Akkoord</translation>
    </message>
    <message>
      <source>Akkoord %1%2</source>
      <translation>Akkoord %1%2</translation>
    </message>
    <message>
      <source>Decision support for effective agreements between municipalities and employers.

Knowledge base %1, based on “%2”.

Licence: GNU GPL version 3 or later.</source>
      <translation>Beslisondersteuning voor effectieve afspraken tussen gemeenten en werkgevers.

Kennisbank %1, gebaseerd op “%2”.

Licentie: GNU GPL versie 3 of later.</translation>
    </message>
    <message>
      <source>Report as P&amp;DF…</source>
      <translation>Rapport als P&amp;DF…</translation>
    </message>
    <message>
      <source>Report as &amp;HTML…</source>
      <translation>Rapport als &amp;HTML…</translation>
    </message>
    <message>
      <source>&amp;Print report…</source>
      <translation>Rapport afdr&amp;ukken…</translation>
    </message>
    <message>
      <source>The list of municipalities and scenarios is incomplete</source>
      <translation>De lijst met gemeenten en scenario’s is onvolledig</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Ongedaan maken</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Opnieuw</translation>
    </message>
    <message>
      <source>&amp;User guide</source>
      <translation>&amp;Handleiding</translation>
    </message>
    <message>
      <source>Muni&amp;cipality details…</source>
      <translation>Ge&amp;meentegegevens…</translation>
    </message>
    <message>
      <source>S&amp;ettings…</source>
      <translation>&amp;Instellingen…</translation>
    </message>
    <message>
      <source>A&amp;greements…</source>
      <translation>&amp;Afspraken…</translation>
    </message>
    <message>
      <source>&amp;Connect to regional database…</source>
      <translation>&amp;Verbinden met regionale database…</translation>
    </message>
    <message>
      <source>Another user's changes were loaded.</source>
      <translation>Wijzigingen van een andere gebruiker zijn geladen.</translation>
    </message>
    <message>
      <source>Regional database: %1, as %2</source>
      <translation>Regionale database: %1, als %2</translation>
    </message>
    <message>
      <source>Describe your municipality's situation and see where to start making agreements with employers, beside the source's practice examples.</source>
      <translation>Beschrijf de situatie van uw gemeente en zie waar u het best begint met afspraken met werkgevers, naast de praktijkvoorbeelden uit de bron.</translation>
    </message>
  </context>
  <context>
    <name>akkoord::ui::MatrixPane</name>
    <message>
      <source>Which matrix</source>
      <translation>Welke matrix</translation>
    </message>
    <message>
      <source>Matrix:</source>
      <translation>Matrix:</translation>
    </message>
    <message>
      <source>PNG…</source>
      <translation>PNG…</translation>
    </message>
    <message>
      <source>Save the matrix as a picture</source>
      <translation>Sla de matrix op als afbeelding</translation>
    </message>
    <message>
      <source>SVG…</source>
      <translation>SVG…</translation>
    </message>
    <message>
      <source>Save the matrix as a vector drawing</source>
      <translation>Sla de matrix op als vectortekening</translation>
    </message>
    <message>
      <source>Export matrix</source>
      <translation>Matrix exporteren</translation>
    </message>
    <message>
      <source>SVG drawing (*.svg)</source>
      <translation>SVG-tekening (*.svg)</translation>
    </message>
    <message>
      <source>PNG picture (*.png)</source>
      <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
      <source>the file could not be written</source>
      <translation>het bestand kon niet worden geschreven</translation>
    </message>
    <message>
      <source>The matrix was not exported</source>
      <translation>De matrix is niet geëxporteerd</translation>
    </message>
    <message>
      <source>As a &amp;table</source>
      <translation>Als &amp;tabel</translation>
    </message>
    <message>
      <source>Show the points and the route of the matrix as a table</source>
      <translation>Toon de punten en de route van de matrix als tabel</translation>
    </message>
    <message>
      <source>Matrix as a table</source>
      <translation>Matrix als tabel</translation>
    </message>
    <message>
      <source>Point</source>
      <translation>Punt</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Soort</translation>
    </message>
    <message>
      <source>%1 (centre)</source>
      <translation>%1 (midden)</translation>
    </message>
    <message>
      <source>scenario</source>
      <translation>scenario</translation>
    </message>
    <message>
      <source>practice example</source>
      <translation>praktijkvoorbeeld</translation>
    </message>
    <message>
      <source>starting point</source>
      <translation>startpunt</translation>
    </message>
    <message>
      <source>where the source wants to go</source>
      <translation>waar de bron naartoe wil</translation>
    </message>
    <message>
      <source>recommended starting point</source>
      <translation>aanbevolen startpunt</translation>
    </message>
    <message>
      <source>No route on this matrix.</source>
      <translation>Geen route op deze matrix.</translation>
    </message>
    <message>
      <source>Route: %1</source>
      <translation>Route: %1</translation>
    </message>
    <message>
      <source>actual position from the agreements</source>
      <translation>werkelijke positie uit de afspraken</translation>
    </message>
    <message>
      <source>%1 (−1) ↔ %2 (+1)</source>
      <translation>%1 (−1) ↔ %2 (+1)</translation>
    </message>
    <message>
      <source>practice example, not placed: the source says nothing about its situation that would place it</source>
      <translation>praktijkvoorbeeld, niet geplaatst: de bron zegt over de situatie daar niets waarmee het op de matrix te plaatsen is</translation>
    </message>
  </context>
  <context>
    <name>akkoord::ui::NewMunicipalityDialog</name>
    <message>
      <source>New municipality</source>
      <translation>Nieuwe gemeente</translation>
    </message>
    <message>
      <source>e.g. GM0342 (optional)</source>
      <translation>bijv. GM0342 (niet verplicht)</translation>
    </message>
    <message>
      <source>labour-market region (optional)</source>
      <translation>arbeidsmarktregio (niet verplicht)</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Naam:</translation>
    </message>
    <message>
      <source>&amp;CBS code:</source>
      <translation>&amp;CBS-code:</translation>
    </message>
    <message>
      <source>&amp;Region:</source>
      <translation>&amp;Regio:</translation>
    </message>
    <message>
      <source>Municipality details</source>
      <translation>Gemeentegegevens</translation>
    </message>
  </context>
  <context>
    <name>akkoord::ui::ProgressView</name>
    <message>
      <source>Committed and realised per target group</source>
      <translation>Toegezegd en gerealiseerd per doelgroep</translation>
    </message>
    <message>
      <source>%1: %2 of %3</source>
      <translation>%1: %2 van %3</translation>
    </message>
  </context>
  <context>
    <name>akkoord::ui::Prompt</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Install the newer Akkoord, or open another database.</source>
      <translation>Installeer de nieuwere Akkoord, of open een andere database.</translation>
    </message>
    <message>
      <source>Your other databases and backups are not affected. Restore a backup, or ask your IT department for help.</source>
      <translation>Uw andere databases en reservekopieën zijn niet geraakt. Zet een reservekopie terug, of vraag uw IT-afdeling om hulp.</translation>
    </message>
    <message>
      <source>Open a copy in a folder you can write to, or ask for write permission.</source>
      <translation>Open een kopie in een map waarin u kunt schrijven, of vraag om schrijfrechten.</translation>
    </message>
    <message>
      <source>Free some disk space, then save again. Your changes are still here.</source>
      <translation>Maak ruimte vrij op de schijf en sla opnieuw op. Uw wijzigingen staan er nog.</translation>
    </message>
    <message>
      <source>Another program is saving. Try again in a moment.</source>
      <translation>Een ander programma is aan het opslaan. Probeer het zo opnieuw.</translation>
    </message>
  </context>
  <context>
    <name>akkoord::ui::QuestionnaireWidget</name>
    <message>
      <source>Local situation</source>
      <translation>Lokale situatie</translation>
    </message>
    <message>
      <source>Explanations</source>
      <translation>Toelichting</translation>
    </message>
    <message>
      <source>Show the explanation under every question</source>
      <translation>Toon de toelichting onder elke vraag</translation>
    </message>
    <message>
      <source>Show explanations</source>
      <translation>Toelichting tonen</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <source>Agreements, sources, names of contacts, what to check…</source>
      <translation>Afspraken, bronnen, namen van contactpersonen, wat nog na te gaan…</translation>
    </message>
    <message>
      <source>%1 of %2 answered</source>
      <translation>%1 van %2 beantwoord</translation>
    </message>
    <message>
      <source>None of these yet</source>
      <translation>Nog geen van deze</translation>
    </message>
    <message>
      <source>Questions about the local situation</source>
      <translation>Vragen over de lokale situatie</translation>
    </message>
    <message>
      <source>Practice example %1, read only. The source tells what %1 did, but nothing about its local situation: no question is filled in, and %1 has no place on the matrix.</source>
      <translation>Praktijkvoorbeeld %1, alleen-lezen. De bron vertelt wat %1 deed, maar niets over de lokale situatie: er is geen vraag ingevuld en %1 heeft geen plaats op de matrix.</translation>
    </message>
    <message numerus="yes">
      <source>Practice example %1, read only. Only what the source states about it is filled in: %n question(s).</source>
      <translation>
        <numerusform>Praktijkvoorbeeld %1, alleen-lezen. Alleen wat de bron erover zegt, is ingevuld: %n vraag.</numerusform>
        <numerusform>Praktijkvoorbeeld %1, alleen-lezen. Alleen wat de bron erover zegt, is ingevuld: %n vragen.</numerusform>
      </translation>
    </message>
    <message>
      <source>What we assumed is in the notes, apart. Duplicate the example to work with its situation.</source>
      <translation>Wat wij aannamen, staat apart bij de notities. Dupliceer het voorbeeld om met deze situatie te werken.</translation>
    </message>
  </context>
  <context>
    <name>akkoord::ui::RealisationsTable</name>
    <message>
      <source>Period</source>
      <translation>Periode</translation>
    </message>
    <message>
      <source>Commitment</source>
      <translation>Toezegging</translation>
    </message>
    <message>
      <source>Realised</source>
      <translation>Gerealiseerd</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Bron</translation>
    </message>
    <message>
      <source>Verified</source>
      <translation>Gecontroleerd</translation>
    </message>
    <message>
      <source>Realisations per period</source>
      <translation>Realisaties per periode</translation>
    </message>
  </context>
  <context>
    <name>akkoord::ui::ScenarioSession</name>
    <message>
      <source>The scenario cannot be opened</source>
      <translation>Het scenario kan niet worden geopend</translation>
    </message>
    <message>
      <source>Practice example</source>
      <translation>Praktijkvoorbeeld</translation>
    </message>
    <message>
      <source>Assumed by us, not in the source, and therefore not filled in:</source>
      <translation>Door ons aangenomen, niet uit de bron, en daarom niet ingevuld:</translation>
    </message>
    <message>
      <source>%1 is a practice example: duplicate it to work with its situation.</source>
      <translation>%1 is een praktijkvoorbeeld: dupliceer het om met die situatie te werken.</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
      <source>“%1” has changes that are not saved yet.</source>
      <translation>“%1” heeft wijzigingen die nog niet zijn opgeslagen.</translation>
    </message>
    <message>
      <source>Save them before you continue?</source>
      <translation>Wilt u ze opslaan voordat u verdergaat?</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Opslaan</translation>
    </message>
    <message>
      <source>Discard changes</source>
      <translation>Wijzigingen weggooien</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>The scenario was not saved</source>
      <translation>Het scenario is niet opgeslagen</translation>
    </message>
    <message>
      <source>Changed elsewhere</source>
      <translation>Elders gewijzigd</translation>
    </message>
    <message>
      <source>You can keep your version as a copy beside theirs, or load theirs and drop your changes.</source>
      <translation>U kunt uw versie als kopie naast de andere bewaren, of de andere laden en uw wijzigingen laten vallen.</translation>
    </message>
    <message>
      <source>Save mine as a copy</source>
      <translation>Mijn versie als kopie opslaan</translation>
    </message>
    <message>
      <source>Load theirs</source>
      <translation>De andere versie laden</translation>
    </message>
    <message>
      <source>%1 (my copy)</source>
      <translation>%1 (mijn kopie)</translation>
    </message>
    <message>
      <source>The copy was not saved</source>
      <translation>De kopie is niet opgeslagen</translation>
    </message>
    <message>
      <source>Save as a new scenario</source>
      <translation>Opslaan als nieuw scenario</translation>
    </message>
    <message>
      <source>Restore it and save</source>
      <translation>Terughalen en opslaan</translation>
    </message>
    <message>
      <source>Removed elsewhere</source>
      <translation>Elders verwijderd</translation>
    </message>
    <message>
      <source>Your changes are still here.</source>
      <translation>Uw wijzigingen zijn er nog.</translation>
    </message>
    <message>
      <source>The scenario was not restored</source>
      <translation>Het scenario is niet teruggehaald</translation>
    </message>
    <message>
      <source>Saved as a new scenario.</source>
      <translation>Opgeslagen als nieuw scenario.</translation>
    </message>
    <message>
      <source>The municipality was not added</source>
      <translation>De gemeente is niet toegevoegd</translation>
    </message>
    <message>
      <source>Starting situation %1</source>
      <translation>Startsituatie %1</translation>
    </message>
    <message>
      <source>The scenario was not added</source>
      <translation>Het scenario is niet toegevoegd</translation>
    </message>
    <message>
      <source>New scenario</source>
      <translation>Nieuw scenario</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>Titel:</translation>
    </message>
    <message>
      <source>The municipalities could not be read</source>
      <translation>De gemeenten konden niet worden gelezen</translation>
    </message>
    <message>
      <source>Start from this example</source>
      <translation>Beginnen vanuit dit voorbeeld</translation>
    </message>
    <message>
      <source>From %1's situation</source>
      <translation>Vanuit de situatie van %1</translation>
    </message>
    <message>
      <source>%1 (copy)</source>
      <translation>%1 (kopie)</translation>
    </message>
    <message>
      <source>Duplicate scenario</source>
      <translation>Scenario dupliceren</translation>
    </message>
    <message>
      <source>Title of the copy:</source>
      <translation>Titel van de kopie:</translation>
    </message>
    <message>
      <source>“%1” is a new scenario of %2.</source>
      <translation>“%1” is een nieuw scenario van %2.</translation>
    </message>
    <message>
      <source>Keep as a draft?</source>
      <translation>Als concept bewaren?</translation>
    </message>
    <message>
      <source>The database cannot be reached, so “%1” was not saved.</source>
      <translation>De database is niet bereikbaar, dus “%1” is niet opgeslagen.</translation>
    </message>
    <message>
      <source>Your changes are kept on this computer as a draft and offered again when you connect to this database.</source>
      <translation>Uw wijzigingen blijven als concept op deze computer bewaard en worden opnieuw aangeboden zodra u met deze database verbindt.</translation>
    </message>
    <message>
      <source>Keep as draft</source>
      <translation>Als concept bewaren</translation>
    </message>
    <message numerus="yes">
      <source>Saved. Its history now holds %n version(s).</source>
      <translation>
        <numerusform>Opgeslagen. De geschiedenis bevat nu %n versie.</numerusform>
        <numerusform>Opgeslagen. De geschiedenis bevat nu %n versies.</numerusform>
      </translation>
    </message>
    <message>
      <source>Municipality for the copy of %1’s situation:</source>
      <translation>Gemeente voor de kopie van de situatie van %1:</translation>
    </message>
  </context>
  <context>
    <name>akkoord::ui::SettingsDialog</name>
    <message>
      <source>Settings</source>
      <translation>Instellingen</translation>
    </message>
    <message>
      <source>As the system</source>
      <translation>Zoals het systeem</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Taal:</translation>
    </message>
    <message>
      <source>A new language applies the next time Akkoord starts.</source>
      <translation>Een andere taal gaat in bij de volgende start van Akkoord.</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Licht</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Donker</translation>
    </message>
    <message>
      <source>High contrast</source>
      <translation>Hoog contrast</translation>
    </message>
    <message>
      <source>&amp;Colours:</source>
      <translation>&amp;Kleuren:</translation>
    </message>
  </context>
  <context>
    <name>akkoord::ui::StoreActions</name>
    <message>
      <source>The change could not be made</source>
      <translation>De wijziging kon niet worden doorgevoerd</translation>
    </message>
    <message>
      <source>Rename scenario</source>
      <translation>Naam van scenario wijzigen</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>Titel:</translation>
    </message>
    <message>
      <source>Delete scenario</source>
      <translation>Scenario verwijderen</translation>
    </message>
    <message>
      <source>Move “%1” to the trash?</source>
      <translation>“%1” naar de prullenbak verplaatsen?</translation>
    </message>
    <message>
      <source>You can bring it back with Undo or from the trash.</source>
      <translation>U kunt het terughalen met Ongedaan maken of uit de prullenbak.</translation>
    </message>
    <message>
      <source>Move to trash</source>
      <translation>Naar prullenbak</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>The scenarios could not be read</source>
      <translation>De scenario’s konden niet worden gelezen</translation>
    </message>
    <message>
      <source>The history cannot be read</source>
      <translation>De geschiedenis kan niet worden gelezen</translation>
    </message>
    <message>
      <source>The revision was not restored</source>
      <translation>De versie is niet teruggezet</translation>
    </message>
    <message>
      <source>The trash cannot be read</source>
      <translation>De prullenbak kan niet worden gelezen</translation>
    </message>
    <message>
      <source>The trash was not emptied</source>
      <translation>De prullenbak is niet geleegd</translation>
    </message>
    <message>
      <source>Removed from the trash for good. Scenarios: %1, municipalities: %2.</source>
      <translation>Voorgoed uit de prullenbak verwijderd. Scenario’s: %1, gemeenten: %2.</translation>
    </message>
    <message>
      <source>The scenario cannot be opened</source>
      <translation>Het scenario kan niet worden geopend</translation>
    </message>
    <message>
      <source>Compare scenarios</source>
      <translation>Scenario’s vergelijken</translation>
    </message>
    <message>
      <source>Tick at least two scenarios.</source>
      <translation>Vink minstens twee scenario’s aan.</translation>
    </message>
    <message>
      <source>Compare with the baseline</source>
      <translation>Vergelijken met de uitgangssituatie</translation>
    </message>
    <message>
      <source>%1 has no other scenario marked as the baseline.</source>
      <translation>%1 heeft geen ander scenario dat als uitgangssituatie is gemarkeerd.</translation>
    </message>
    <message>
      <source>Open the scenario that describes the current situation and choose “Make baseline”.</source>
      <translation>Open het scenario dat de huidige situatie beschrijft en kies “Als uitgangssituatie”.</translation>
    </message>
    <message>
      <source>The municipality cannot be changed</source>
      <translation>De gemeente kan niet worden gewijzigd</translation>
    </message>
  </context>
  <context>
    <name>akkoord::ui::StrategyMatrixView</name>
    <message>
      <source>Strategy matrix</source>
      <translation>Strategische matrix</translation>
    </message>
    <message>
      <source>Scenario</source>
      <translation>Scenario</translation>
    </message>
    <message>
      <source>Practice example (click to open)</source>
      <translation>Praktijkvoorbeeld (klik om te openen)</translation>
    </message>
    <message>
      <source>Starting point</source>
      <translation>Startpunt</translation>
    </message>
    <message>
      <source>Where the path leads</source>
      <translation>Waar het pad naartoe leidt</translation>
    </message>
    <message>
      <source>Akkoord strategy matrix</source>
      <translation>Strategische matrix van Akkoord</translation>
    </message>
    <message>
      <source>Actual position from the agreements in force</source>
      <translation>Werkelijke positie uit de lopende afspraken</translation>
    </message>
    <message>
      <source>Practice example, opened (read-only)</source>
      <translation>Praktijkvoorbeeld, geopend (alleen-lezen)</translation>
    </message>
  </context>
  <context>
    <name>akkoord::ui::TrashDialog</name>
    <message>
      <source>Trash</source>
      <translation>Prullenbak</translation>
    </message>
    <message>
      <source>%1 (municipality; scenarios: %2)</source>
      <translation>%1 (gemeente; scenario’s: %2)</translation>
    </message>
    <message>
      <source>The trash is empty.</source>
      <translation>De prullenbak is leeg.</translation>
    </message>
    <message>
      <source>Bring back</source>
      <translation>Terughalen</translation>
    </message>
    <message>
      <source>Empty the trash…</source>
      <translation>Prullenbak legen…</translation>
    </message>
    <message>
      <source>Empty the trash?</source>
      <translation>Prullenbak legen?</translation>
    </message>
    <message>
      <source>Everything in the trash is removed for good, with its earlier versions, and overwritten in the database file. This cannot be undone.</source>
      <translation>Alles in de prullenbak wordt voorgoed verwijderd, met de eerdere versies, en in het databasebestand overschreven. Dit kan niet ongedaan worden.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>Empty the trash</source>
      <translation>Prullenbak legen</translation>
    </message>
    <message>
      <source>Deleted municipalities and scenarios</source>
      <translation>Verwijderde gemeenten en scenario’s</translation>
    </message>
  </context>
</TS>