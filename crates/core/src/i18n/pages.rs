//! Texts of the pages every public site needs: the accessibility statement (following the EU model
//! statement of Implementing Decision (EU) 2018/1523), the summary in Leichte Sprache and the
//! privacy notice. German first, then English; both carry the same `{placeholders}`.
//!
//! What the statement says was tested must stay true: it names the browser tests in
//! `tests/browser/a11y.test.mjs` and `tests/browser/keyboard.test.mjs` and the palette test in
//! `tests/charts.rs`. Change the statement when they change.

/// The day the accessibility statement was prepared (by self-assessment), as `YYYY-MM-DD`. A fixed
/// date, not the build date: the statement is only as current as the review behind it.
pub const STATEMENT_DATE: &str = "2026-11-27";

use super::Lang;
use crate::format;
use crate::model::Totals;

super::texts! { PageText {
    BackToDashboard => "Zurück zur Übersicht mit allen Zahlen", "Back to the overview with all figures";
    ContactHeading => "Kontakt", "Contact";
    ContactEmail => "E-Mail:", "E-mail:";
    ContactPostal => "Post:", "Post:";
    ContactPhone => "Telefon:", "Telephone:";
    ContactForm => "Kontaktformular", "Contact form";
    ContactExample =>
        "Beispielangaben: Diese Ausgabe der Website ist für Probeläufe gebaut, ohne die Angaben ihres Betreibers. Sie ist nicht zur Veröffentlichung bestimmt; niemand ist unter dieser Adresse zu erreichen.",
        "Example details: this copy of the website was built for trial runs, without its operator's details. It is not meant to be published; nobody can be reached at this address.";
    ContactMissing =>
        "Die Angaben zum Betreiber dieser Website konnten nicht geladen werden. Bitte laden Sie die Seite neu.",
        "The details of this website's operator could not be loaded. Please reload the page.";

    // Impressum (§ 5 DDG, § 18 MStV).
    ImprintTitle => "Impressum", "Legal notice (Impressum)";
    ImprintProviderHeading => "Anbieter", "Provider";
    ImprintProvider =>
        "Diese Website wird angeboten von (Angaben nach § 5 Digitale-Dienste-Gesetz):",
        "This website is provided by (details under section 5 of the German Digital Services Act, DDG):";
    ImprintResponsibleHeading => "Verantwortlich für den Inhalt", "Responsible for the content";
    ImprintResponsible =>
        "Verantwortlich nach § 18 Abs. 2 Medienstaatsvertrag: {name}, Anschrift wie oben.",
        "Responsible under section 18 (2) of the German Interstate Media Treaty (MStV): {name}, address as above.";
    ImprintContentHeading => "Inhalt und Daten", "Content and data";
    ImprintContent =>
        "Die Zahlen stammen aus der Antwort der Landesregierung Schleswig-Holstein, Landtagsdrucksache {number} vom {date}; jede ist mit ihrer Fundstelle angegeben. Die Aufbereitung (Datensatz, Tabellen, Diagramme) gibt {name} unter der Lizenz CC BY 4.0 heraus: Sie dürfen sie weiterverwenden, wenn Sie die Quelle und den Herausgeber nennen.",
        "The figures come from the answer of the government of Schleswig-Holstein, Landtag paper {number} of {date}; each is given with its reference. The compilation (dataset, tables, charts) is published by {name} under the CC BY 4.0 licence: you may reuse it if you name the source and the publisher.";
    ImprintLiability =>
        "Für Inhalte fremder Websites, auf die diese Website verlinkt, sind deren Anbieter verantwortlich.",
        "The providers of other websites this site links to are responsible for their content.";

    // Accessibility statement (EU model statement).
    A11yTitle => "Erklärung zur Barrierefreiheit", "Accessibility statement";
    A11yIntro =>
        "Der Betreiber dieser Website ist bemüht, sie im Einklang mit der Richtlinie (EU) 2016/2102 barrierefrei zugänglich zu machen, die in Schleswig-Holstein das Landesbehindertengleichstellungsgesetz (LBGG) umsetzt. Maßstab sind die Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und die Web Content Accessibility Guidelines (WCAG) 2.1 auf Stufe AA.",
        "The operator of this site endeavours to make it accessible in accordance with Directive (EU) 2016/2102, which Schleswig-Holstein implements in its Disability Equality Act (Landesbehindertengleichstellungsgesetz, LBGG). The yardstick is the German Barrier-free Information Technology Ordinance (BITV 2.0) and the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA.";
    A11yScope =>
        "Diese Erklärung gilt für die ganze Website „Umstieg auf Open-Xchange“: die Übersicht, die einbettbaren Diagramme und die Seiten „Über diese Website“, „Erklärung zur Barrierefreiheit“, „Leichte Sprache“, „Datenschutz“ und „Impressum“, jede auf Deutsch und auf Englisch. Sie folgt dem Mustertext der Europäischen Union (Durchführungsbeschluss (EU) 2018/1523).",
        "This statement applies to the whole site “Moving to Open-Xchange”: the overview, the embeddable charts and the pages “About this website”, “Accessibility statement”, “Easy to read”, “Privacy” and “Legal notice”, each in German and in English. It follows the European Union's model statement (Implementing Decision (EU) 2018/1523).";
    A11yStatusHeading => "Stand der Vereinbarkeit mit den Anforderungen", "Compliance status";
    A11yStatus =>
        "Diese Website ist mit den Anforderungen teilweise vereinbar. Welche Inhalte nicht oder nur eingeschränkt barrierefrei sind, steht im nächsten Abschnitt.",
        "This site is partially compliant with the requirements. The content that is not, or only partly, accessible is listed in the next section.";
    A11yTestedIntro =>
        "Geprüft haben wir selbst, mit automatischen Tests im Browser Chromium, die bei jeder Änderung der Website laufen:",
        "We tested the site ourselves, with automated tests in the Chromium browser that run on every change to the site:";
    A11yTestedAxe =>
        "Prüfung mit dem Werkzeug axe-core nach allen seinen Regeln für WCAG 2.0 und 2.1, Stufen A und AA, ohne gefundenen Verstoß: die Übersicht auf Deutsch und auf Englisch, im hellen und im dunklen Farbschema und 360 Pixel breit; mit geöffnetem Dialog „Teilen und einbetten“ jedes Diagramms; mit sortierter und mit gefilterter Tabelle (Ressort und Suche); die Datenhinweise; jedes der fünf einbettbaren Diagramme; diese Erklärung, die Seite in Leichter Sprache, die Datenschutzhinweise und das Impressum, jede auch auf Englisch.",
        "Checked with the axe-core tool against all its rules for WCAG 2.0 and 2.1, levels A and AA, with no violation found: the overview in German and in English, in the light and the dark colour scheme and 360 pixels wide; with the “Share and embed” dialog of each chart open; with the table sorted and filtered (portfolio and search); the data notes; each of the five embeddable charts; this statement, the easy-to-read page, the privacy notice and the legal notice, each in English too.";
    A11yTestedKeyboard =>
        "Bedienung mit der Tastatur: der Link „Zum Inhalt springen“, Sortieren der Tabelle und Filtern nach Ressort, Öffnen und Schließen der Dialoge (der Fokus kehrt zur Schaltfläche zurück), und das Durchgehen der Diagrammwerte mit den Pfeiltasten, die dabei angesagt werden.",
        "Keyboard use: the “Skip to content” link, sorting the table and filtering by portfolio, opening and closing the dialogs (focus returns to the button), and stepping through the chart values with the arrow keys, which are announced as they go.";
    A11yTestedScreenReader =>
        "Für Screenreader: jedes Diagramm hat eine Textbeschreibung, die aus den Daten berechnet wird, in der Sprache der Seite; seine Daten stehen in einer Tabelle mit Beschriftung und Kopfzellen.",
        "For screen readers: each chart has a text description computed from the data, in the language of the page; its data is in a table with a caption and header cells.";
    A11yTestedContrast =>
        "Kontrast und Farbe: Text mindestens 4,5 : 1, Diagrammfarben mindestens 3 : 1 gegen den Hintergrund, im hellen und im dunklen Farbschema. Farbe ist nie der einzige Träger einer Information: Die Diagramme haben Muster, Formen, Beschriftungen und eine Linie an der Schwelle von 90 %.",
        "Contrast and colour: text at least 4.5 : 1, chart colours at least 3 : 1 against the background, in the light and the dark colour scheme. Colour never carries information alone: the charts have patterns, shapes, labels and a line at the 90% threshold.";
    A11yTestedReflow =>
        "Vergrößern: 320 Pixel breit und mit doppelter Schriftgröße ohne waagerechtes Scrollen der Seite und ohne Verlust von Inhalten (breite Tabellen scrollen in ihrem eigenen Bereich).",
        "Zoom: 320 pixels wide and with text at twice the size, without horizontal scrolling of the page and without loss of content (wide tables scroll inside their own area).";
    A11yTestedLimits =>
        "Automatische Tests finden nicht alle Barrieren. Eine Prüfung durch eine unabhängige Prüfstelle und Tests mit Menschen, die assistive Technik nutzen, gab es bisher nicht.",
        "Automated tests do not find every barrier. There has been no audit by an independent body and no testing with people who use assistive technology so far.";
    A11yLimitsHeading => "Nicht barrierefreie Inhalte", "Non-accessible content";
    A11yLimitsIntro =>
        "Folgende Inhalte sind nicht oder nur eingeschränkt barrierefrei:",
        "The following content is not, or only partly, accessible:";
    A11yLimitCharts =>
        "Die Diagramme sind Grafiken. Jedes hat eine Textbeschreibung aus den Daten, und alle Werte stehen unter dem Diagramm in einer Tabelle („Daten des Diagramms als Tabelle“). Das Durchgehen der Werte mit den Pfeiltasten funktioniert im Lesemodus von Screenreadern nicht; dort ist die Tabelle der bessere Weg.",
        "The charts are graphics. Each has a text description computed from the data, and every value is in a table below the chart (“Chart data as a table”). Stepping through the values with the arrow keys does not work in a screen reader's browse mode; there, the table is the better way.";
    A11yLimitExports =>
        "Die Bilddateien, die man von einem Diagramm herunterladen kann (PNG und SVG), haben keine Textalternative. Dieselben Daten gibt es als CSV- und JSON-Datei.",
        "The image files that can be downloaded from a chart (PNG and SVG) have no text alternative. The same data is available as CSV and JSON files.";
    A11yLimitSource =>
        "Die Quelle, die Drucksache, bieten wir als reinen Text an, so wie wir sie erhalten haben: ohne Überschriften- und Tabellenstruktur.",
        "The source document is offered as plain text, as we received it: without structure for headings and tables.";
    A11yLimitSignLanguage =>
        "Es gibt keine Erläuterungen in Deutscher Gebärdensprache. Die Zusammenfassung in Leichter Sprache ist kurz und wurde nicht von Prüferinnen und Prüfern aus der Zielgruppe geprüft.",
        "There are no explanations in German Sign Language. The easy-to-read summary is short and has not been checked by reviewers from its target group.";
    A11yPreparedHeading => "Erstellung dieser Erklärung", "Preparation of this statement";
    A11yPrepared =>
        "Diese Erklärung wurde am {date} erstellt. Sie beruht auf einer Selbstbewertung: den oben beschriebenen Tests und eigenen Prüfungen im Browser.",
        "This statement was prepared on {date}. It is based on a self-assessment: the tests described above and our own checks in the browser.";
    A11yFeedbackHeading => "Feedback und Kontakt", "Feedback and contact";
    A11yFeedback =>
        "Sind Ihnen Barrieren auf dieser Website aufgefallen, oder brauchen Sie einen Inhalt in einer anderen Form? Dann schreiben Sie uns bitte. Sagen Sie uns, welche Seite oder welches Diagramm Sie meinen.",
        "Have you come across barriers on this site, or do you need some content in another form? Then please write to us, and tell us which page or chart you mean.";
    A11yEnforcementHeading => "Durchsetzungsverfahren", "Enforcement procedure";
    A11yEnforcement =>
        "Wenn Sie uns eine Barriere gemeldet und keine zufriedenstellende Antwort erhalten haben, können Sie sich an die Beschwerdestelle für barrierefreie Informationstechnik Schleswig-Holstein wenden. Sie ist bei der oder dem Landesbeauftragten für Menschen mit Behinderung Schleswig-Holstein eingerichtet (§§ 12e und 12f LBGG) und ist für die Websites öffentlicher Stellen in Schleswig-Holstein zuständig. Sie nimmt Kontakt mit der Stelle auf und wirkt auf eine Lösung hin.",
        "If you have reported a barrier to us and have not received a satisfactory answer, you can turn to the Complaints Office for Accessible Information Technology of Schleswig-Holstein (Beschwerdestelle für barrierefreie Informationstechnik). It is attached to the State Commissioner for People with Disabilities of Schleswig-Holstein (sections 12e and 12f LBGG) and handles the websites of public bodies in Schleswig-Holstein. It contacts the body concerned and works towards a solution.";
    A11yEnforcementLink =>
        "Website der Beschwerdestelle für barrierefreie Informationstechnik",
        "Website of the Complaints Office for Accessible Information Technology (in German)";

    // Leichte Sprache: short sentences, one statement each, words explained.
    EasyTitle => "Leichte Sprache: Das steht auf dieser Seite", "Easy to read: what this site is about";
    EasyAboutHeading => "Worum geht es?", "What is it about?";
    EasyAbout1 =>
        "Das Land Schleswig-Holstein hat viele Ämter.",
        "The state of Schleswig-Holstein has many offices.";
    EasyAbout2 => "Die Menschen in den Ämtern schreiben E-Mails.", "The people in these offices write e-mails.";
    EasyAbout3 => "Für E-Mails braucht man ein Programm.", "You need a program for e-mails.";
    EasyAbout4 =>
        "Früher hatten die Ämter das Programm Microsoft Exchange.",
        "The offices used to have the program Microsoft Exchange.";
    EasyAbout5 =>
        "Jetzt wechseln die Ämter zu einem anderen Programm.",
        "Now the offices are changing to another program.";
    EasyAbout6 => "Das neue Programm heißt Open-Xchange.", "The new program is called Open-Xchange.";
    EasyAbout7 =>
        "Auf dieser Seite steht: Wie weit sind die Ämter mit dem Wechsel?",
        "This site shows: how far have the offices got with the change?";
    EasyWordsHeading => "Wichtige Wörter", "Important words";
    EasyWordAccount => "Konto", "Account";
    EasyWordAccount1 => "Ein Konto ist der Zugang zum E-Mail-Programm.", "An account is the way into the e-mail program.";
    EasyWordAccount2 => "Jeder Mensch im Amt hat ein eigenes Konto.", "Every person in an office has their own account.";
    EasyWordAccount3 =>
        "Manche Konten sind für Räume oder Geräte. Zum Beispiel für einen Raum für Besprechungen.",
        "Some accounts are for rooms or equipment. For example, for a meeting room.";
    EasyWordOx => "Open-Xchange", "Open-Xchange";
    EasyWordOx1 => "Open-Xchange ist ein Programm für E-Mails und Termine.", "Open-Xchange is a program for e-mails and appointments.";
    EasyWordOx2 => "Es ist das neue Programm.", "It is the new program.";
    EasyWordExchange => "Microsoft Exchange", "Microsoft Exchange";
    EasyWordExchange1 =>
        "Microsoft Exchange ist auch ein Programm für E-Mails und Termine.",
        "Microsoft Exchange is also a program for e-mails and appointments.";
    EasyWordExchange2 => "Es ist das alte Programm.", "It is the old program.";
    EasyNumbersHeading => "Die Zahlen", "The numbers";
    EasyBodies => "Es geht um {n} Ämter.", "This is about {n} offices.";
    EasyAll => "Diese Ämter haben zusammen {n} Konten.", "Together these offices have {n} accounts.";
    EasyOx => "{n} Konten sind schon bei Open-Xchange.", "{n} accounts are already on Open-Xchange.";
    EasyPer100 =>
        "Das heißt: Von 100 Konten sind ungefähr {n} schon bei Open-Xchange.",
        "This means: of every 100 accounts, about {n} are already on Open-Xchange.";
    EasyRest => "{n} Konten sind noch bei Microsoft Exchange.", "{n} accounts are still on Microsoft Exchange.";
    EasyRestNone => "Kein Konto ist mehr bei Microsoft Exchange.", "No account is left on Microsoft Exchange.";
    EasyFully => "{n} Ämter sind schon ganz fertig.", "{n} offices have finished completely.";
    EasyFullyOne => "1 Amt ist schon ganz fertig.", "1 office has finished completely.";
    EasyFullyNone => "Noch kein Amt ist ganz fertig.", "No office has finished completely yet.";
    EasyFullyMeans =>
        "Ganz fertig heißt: Das Amt hat kein Konto mehr bei Microsoft Exchange.",
        "Finished completely means: the office has no account left on Microsoft Exchange.";
    EasySourceHeading => "Woher kommen die Zahlen?", "Where do the numbers come from?";
    EasySource1 =>
        "Im Landtag hat ein Abgeordneter Fragen zu dem Wechsel gestellt.",
        "In the state parliament, a member asked questions about the change.";
    EasySource2 =>
        "Der Landtag ist das Parlament von Schleswig-Holstein.",
        "The Landtag is the parliament of Schleswig-Holstein.";
    EasySource3 =>
        "Die Landes-Regierung hat die Fragen beantwortet.",
        "The state government answered the questions.";
    EasySource4 => "Die Antwort ist vom {date}.", "The answer is dated {date}.";
    EasySource5 =>
        "Die Antwort ist ein Papier vom Landtag. Es hat die Nummer {number}.",
        "The answer is a paper of the Landtag. It has the number {number}.";
    EasyMoreHeading => "Mehr wissen", "Find out more";
    EasyMore =>
        "Auf der Haupt-Seite stehen alle Zahlen für jedes Amt. Dort gibt es auch Tabellen und Bilder. Der Text dort ist nicht in Leichter Sprache.",
        "The main page has all the numbers for every office. It also has tables and charts. The text there is not easy to read.";

    // About the site.
    AboutTitle => "Über diese Website", "About this website";
    AboutIntro =>
        "Diese Website zeigt, wie weit die Landesverwaltung Schleswig-Holstein ihre E-Mail-Konten von Microsoft Exchange auf Open-Xchange umgestellt hat. Alle Zahlen stammen aus der Antwort der Landesregierung auf eine Kleine Anfrage im Landtag: Drucksache {number} vom {date}.",
        "This website shows how far Schleswig-Holstein's state administration has moved its e-mail accounts from Microsoft Exchange to Open-Xchange. Every figure comes from the state government's answer to a minor interpellation in the Landtag: paper (Drucksache) {number} of {date}.";
    AboutDataHeading => "Die Daten", "The data";
    AboutData =>
        "Die Tabelle der Antwort ist Zeile für Zeile abgeschrieben; ein automatischer Test vergleicht jede Zeile mit dem Text der Drucksache. Summen und Anteile rechnet die Website selbst nach. Wo die Quelle sich widerspricht oder ungewöhnlich ist, steht das offen in den Datenhinweisen; nichts wird stillschweigend korrigiert. Alle Daten können Sie herunterladen (JSON und CSV, Lizenz CC BY 4.0).",
        "The answer's table is transcribed row by row; an automated test compares every row with the text of the paper. The site recomputes totals and shares itself. Where the source contradicts itself or is unusual, the data notes say so openly; nothing is corrected silently. You can download all data (JSON and CSV, licence CC BY 4.0).";
    AboutChartsHeading => "So lesen Sie die Diagramme", "How to read the charts";
    AboutCharts =>
        "Alle Achsen sind linear und beginnen bei null; ihre Striche sind beschriftet. Wo wenige Behörden oder Ressorts alle anderen um ein Vielfaches übertreffen (die Polizei hat 13.793 Konten, die meisten Behörden einige hundert), zeigt das Diagramm sie in einem eigenen Teil mit eigener Skala; die Überschrift jedes Teils nennt seine Skala. Unter jedem Titel steht, wie das Diagramm sortiert ist. Anteile sind aus der Tabelle nachgerechnet, immer auf eine Nachkommastelle; ein Anteil, der gerundet 100 % wäre, ohne es zu sein, steht als „> 99,9 %“. Wo die Drucksache einen anderen Anteil druckt, ist der Balken mit * markiert, und der gedruckte Wert steht darunter. Ein Ressort heißt nach seinem federführenden Ministerium, der ersten Zeile des Ressorts in der Tabelle der Drucksache (etwa „IV – MIKWS“). Ein Klick oder Tippen auf einen Balken zeigt seine Werte; erst die Schaltfläche darunter filtert die Seite.",
        "Every axis is linear and starts at zero; its ticks are numbered. Where a few bodies or portfolios exceed all others many times over (the police have 13,793 accounts, most bodies a few hundred), the chart shows them in a panel of their own with its own scale; each panel's heading names its scale. Under each title the chart says how it is sorted. Shares are recomputed from the table, always to one decimal; a share that would round to 100 % without being it is written “> 99.9%”. Where the paper prints a different share, the bar is marked with * and the printed value is given below it. A portfolio is named after its lead ministry, the portfolio's first row in the paper's table (e.g. “IV – MIKWS”). A click or tap on a bar shows its values; only the button below it filters the page.";
    AboutBuiltHeading => "Wie die Website gebaut ist", "How the website is built";
    AboutBuilt =>
        "Die Website ist in Rust geschrieben (mit Leptos, als WebAssembly); die Diagramme zeichnet Apache ECharts. Beim Bau entstehen alle Seiten fertig als HTML, mit Zahlen, Diagrammen und Tabelle: Sie sind sofort lesbar, auch ohne JavaScript. Das Programm für Filter, Sortierung, Tooltips und Teilen holt Ihr Browser erst, wenn die Seite schon angezeigt wird, mit niedriger Priorität, während Sie lesen; es startet, wenn Sie die Seite bedienen (Maus, Tastatur oder Berührung). Haben Sie in Ihrem Browser oder Betriebssystem das Datensparen eingeschaltet, lädt er es erst dann. Alles kommt vom Server dieser Website: keine fremden Dienste, keine Cookies.",
        "The website is written in Rust (with Leptos, as WebAssembly); Apache ECharts draws the charts. The build writes every page as finished HTML, with figures, charts and table: they can be read at once, even without JavaScript. Your browser fetches the program for filters, sorting, tooltips and sharing only once the page is on screen, at low priority, while you read; it starts when you use the page (mouse, keyboard or touch). If you have turned on data saving in your browser or operating system, it loads it only then. Everything comes from this website's own server: no third-party services, no cookies.";
    AboutWeightHeading => "Seitengewicht", "Page weight";
    AboutWeightIntro =>
        "So viel lädt Ihr Browser für die Übersicht, gemessen beim Bau dieser Fassung der Website am {date}. „Übertragen“ ist die Größe, die der Server mit Brotli komprimiert sendet; 1 kB sind 1.000 Byte.",
        "This is what your browser loads for the overview, measured when this version of the website was built on {date}. “Transferred” is the size the server sends, compressed with Brotli; 1 kB is 1,000 bytes.";
    AboutWeightCaption => "Seitengewicht der Übersicht", "Page weight of the overview";
    AboutWeightPart => "Teil", "Part";
    AboutWeightFiles => "Dateien", "Files";
    AboutWeightSent => "übertragen", "transferred";
    AboutWeightStored => "unkomprimiert", "uncompressed";
    AboutWeightFirst =>
        "Erste Ansicht: Seite mit Zahlen, Diagrammen und Tabelle",
        "First view: page with figures, charts and table";
    AboutWeightLater =>
        "Weiter unten, beim Scrollen: die übrigen Diagramme als Bilder",
        "Further down, as you scroll: the other charts as images";
    AboutWeightApp =>
        "Danach, während Sie lesen (mit Datensparen erst beim ersten Bedienen): Programm, Diagramm-Bibliothek, Datensatz",
        "Then, while you read (with data saving on, only on first use): program, chart library, dataset";
    AboutWeightAll => "Zusammen", "Total";
    AboutWeightGzip =>
        "Browser ohne Brotli erhalten gzip: zusammen {all}, davon {first} für die erste Ansicht. Ist das Programm geladen, zeichnet es die Diagramme selbst; noch nicht geladene Bilder lädt der Browser dann nicht mehr.",
        "Browsers without Brotli receive gzip: {all} in total, {first} of it for the first view. Once the program has loaded, it draws the charts itself; images not yet loaded are then no longer needed.";
    AboutWeightEachFile => "Alle Dateien einzeln", "Every file";
    AboutWeightFile => "Datei", "File";
    AboutWeightMissing =>
        "Für diese Fassung der Website wurde kein Seitengewicht gemessen.",
        "No page weight was measured for this version of the website.";
    AboutSpeedHeading => "Geschwindigkeit", "Speed";
    AboutSpeed =>
        "Wie schnell Zahlen, Tabelle und das erste Diagramm erscheinen, misst ein Benchmark im Quelltext des Projekts (Ordner bench): mit vierfach verlangsamtem Prozessor und im Vergleich mit einer schlichten HTML-Seite und mit einer üblichen JavaScript-Seite mit ECharts. Die Ergebnisse und wie man sie nachmisst, stehen in der README-Datei des Projekts.",
        "How quickly the figures, the table and the first chart appear is measured by a benchmark in the project's source code (folder bench): with the processor slowed down four times, and compared with a plain HTML page and with a typical JavaScript page using ECharts. The results and how to reproduce them are in the project's README file.";
    AboutCheckHeading => "Downloads prüfen", "Checking a download";
    AboutCheck =>
        "Jeder Datenstand hat einen eigenen Ordner, der sich nach der Veröffentlichung nicht mehr ändert, etwa data/versions/{id}/. Darin liegen der Datensatz (dataset.json), die Tabelle (behoerden.csv) und die Datei SHA256SUMS mit der SHA-256-Prüfsumme jeder der beiden Dateien. Stimmt die Prüfsumme einer heruntergeladenen Datei mit ihrer Zeile in SHA256SUMS überein, ist die Datei unverändert.",
        "Each data version has a folder of its own that never changes once published, e.g. data/versions/{id}/. It holds the dataset (dataset.json), the table (behoerden.csv) and the file SHA256SUMS with the SHA-256 checksum of each of the two files. If the checksum of a file you downloaded matches its line in SHA256SUMS, the file is unchanged.";
    AboutCheckLinux =>
        "Unter Linux legen Sie die Dateien und SHA256SUMS in einen Ordner und führen dort diesen Befehl aus; jede Datei sollte „OK“ melden:",
        "On Linux, put the files and SHA256SUMS in one folder and run this command there; each file should report “OK”:";
    AboutCheckWindows =>
        "Unter macOS lautet der Befehl shasum -a 256 -c SHA256SUMS. Haben Sie nur eine der Dateien heruntergeladen, ergänzen Sie --ignore-missing. Unter Windows zeigt dieser Befehl in der Eingabeaufforderung die Prüfsumme einer Datei; vergleichen Sie sie mit der Zeile der Datei in SHA256SUMS:",
        "On macOS, the command is shasum -a 256 -c SHA256SUMS. If you downloaded only one of the files, add --ignore-missing. On Windows, this command in the command prompt shows a file's checksum; compare it with the file's line in SHA256SUMS:";
    AboutCheckFeed =>
        "Jeden neuen Datenstand und jede Korrektur veröffentlichter Zahlen meldet ein Feed im Format Atom, mit den Zahlen und Links zu den Dateien des Datenstands. Sie können ihn in einem Feedreader abonnieren:",
        "Each new data version and each correction of published figures is announced in a feed in the Atom format, with the figures and links to the data version's files. You can subscribe to it in a feed reader:";
    AboutCheckFeedLink => "Datenstände und Korrekturen (Atom-Feed)", "Data versions and corrections (Atom feed)";

    // The feed of data versions and corrections (data/feed.xml), which the about page names. The
    // build writes both languages into each entry, German first.
    AboutFeedTitle =>
        "Umstieg auf Open-Xchange: Datenstände und Korrekturen",
        "Moving to Open-Xchange: data versions and corrections";
    AboutFeedSnapshotTitle =>
        "Datenstand der Drucksache {number} vom {date}",
        "Data version of paper (Drucksache) {number} of {date}";
    AboutFeedSnapshot =>
        "{ox} von {all} Konten der {bodies} Behörden sind auf Open-Xchange umgestellt, ein Anteil von {share} (nachgerechnet aus der Tabelle der Drucksache {number} vom {date}).",
        "{ox} of the {all} accounts of the {bodies} bodies have moved to Open-Xchange, a share of {share} (recomputed from the table of paper {number} of {date}).";
    AboutFeedCorrectionTitle =>
        "Korrektur am Datenstand vom {date}",
        "Correction of the data version of {date}";
    AboutFeedCorrection => "{what} Grund: {why}", "{what} Reason: {why}";
    AboutFeedCorrectedValues => "Geänderte Werte: {values}.", "Changed values: {values}.";
    AboutFeedDataset => "Datensatz (JSON)", "Dataset (JSON)";
    AboutFeedTable => "Tabelle (CSV)", "Table (CSV)";
    AboutFeedChecksums => "Prüfsummen (SHA256SUMS)", "Checksums (SHA256SUMS)";
    AboutFeedOverview => "Übersicht mit diesem Datenstand", "Overview with this data version";

    // Privacy.
    PrivacyTitle => "Datenschutz", "Privacy";
    PrivacyIntro =>
        "Diese Website ist so gebaut, dass sie möglichst wenig über Sie erfährt.",
        "This site is built to learn as little about you as possible.";
    PrivacyNotHeading => "Was diese Website nicht tut", "What this site does not do";
    PrivacyNoCookies => "Sie setzt keine Cookies.", "It sets no cookies.";
    PrivacyNoStorage =>
        "Sie speichert nichts in Ihrem Browser: kein Local Storage, kein Session Storage, keine IndexedDB.",
        "It stores nothing in your browser: no local storage, no session storage, no IndexedDB.";
    PrivacyNoThirdParty =>
        "Sie lädt nichts von anderen Websites. Skripte, Stile, Daten und Bilder kommen vom selben Server wie die Seite. Eigene Schriften lädt sie nicht; sie nutzt die Schriften Ihres Geräts.",
        "It loads nothing from other sites. Scripts, styles, data and images come from the same server as the page. It loads no fonts of its own; it uses the fonts of your device.";
    PrivacyNoTracking =>
        "Sie misst keine Reichweite, nutzt keine Analysewerkzeuge und zeigt keine Werbung.",
        "It does no audience measurement, uses no analytics tools and shows no advertising.";
    PrivacyUrl =>
        "Ihre Auswahl (Filter, Sortierung, Sprache) steht nur in der Adresse der Seite. Sie wird erst dann an den Server geschickt, wenn Sie die Seite mit dieser Adresse neu laden oder einen solchen Link öffnen.",
        "Your choices (filters, sorting, language) are kept only in the page's address. They reach the server only when you reload the page with that address or open such a link.";
    PrivacyClipboard =>
        "Die Schaltflächen „Kopieren“ legen nur auf Ihren Klick einen Text in die Zwischenablage Ihres Geräts.",
        "The “Copy” buttons put text on your device's clipboard only when you click them.";
    PrivacyLinks =>
        "Links zu anderen Websites werden erst aufgerufen, wenn Sie ihnen folgen. Dann gelten dort deren Datenschutzhinweise.",
        "Links to other sites are only opened when you follow them; their own privacy notices apply there.";
    PrivacyLogsHeading => "Protokolle des Servers", "Server logs";
    PrivacyLogs =>
        "Wie fast jeder Webserver kann auch der Server, der diese Seite ausliefert, jeden Abruf protokollieren. Ob er das tut und wie lange er die Protokolle aufbewahrt, hängt vom Betreiber des Servers ab. Üblich sind in solchen Protokollen:",
        "Like almost any web server, the server that delivers this site may log every request. Whether it does, and how long it keeps the logs, depends on the operator of the server. Such logs usually hold:";
    PrivacyLogIp => "die IP-Adresse Ihres Geräts,", "the IP address of your device,";
    PrivacyLogTime => "Datum und Uhrzeit des Abrufs,", "the date and time of the request,";
    PrivacyLogUrl =>
        "die abgerufene Adresse (mit einer Auswahl, die darin steht),",
        "the address requested (with any choices in it),";
    PrivacyLogStatus =>
        "den Statuscode der Antwort und die übertragene Datenmenge,",
        "the status code of the response and the amount of data sent,";
    PrivacyLogReferrer =>
        "die Seite, von der Sie kamen (Referrer), wenn Ihr Browser sie mitschickt,",
        "the page you came from (referrer), if your browser sends it,";
    PrivacyLogAgent =>
        "die Kennung Ihres Browsers und Betriebssystems (User-Agent).",
        "the identifier of your browser and operating system (user agent).";
    PrivacyEmbedsHeading => "Eingebettete Diagramme", "Embedded charts";
    PrivacyEmbeds =>
        "Bettet eine andere Website ein Diagramm von hier ein, lädt Ihr Browser das Diagramm von diesem Server. Für das Diagramm gilt dann diese Erklärung, für die einbettende Seite deren eigene.",
        "When another site embeds a chart from here, your browser loads the chart from this server. This notice then applies to the chart; the embedding site's own notice applies to that site.";
    PrivacyRightsHeading => "Ihre Rechte", "Your rights";
    PrivacyRights =>
        "Nach der Datenschutz-Grundverordnung haben Sie das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung Ihrer Daten sowie das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren.",
        "Under the General Data Protection Regulation you have the right of access, rectification, erasure and restriction of processing of your data, and the right to lodge a complaint with a data protection supervisory authority.";
    PrivacyControllerHeading => "Verantwortlich", "Controller";
}}

/// The sentences with numbers, one statement each, from the totals of all bodies.
pub fn easy_numbers(totals: &Totals, lang: Lang) -> Vec<String> {
    let n = |v: u64| format::int(v, lang);
    let mut out = vec![
        PageText::EasyBodies.fill(lang, &[("n", &totals.bodies.to_string())]),
        PageText::EasyAll.fill(lang, &[("n", &n(totals.all_accounts()))]),
        PageText::EasyOx.fill(lang, &[("n", &n(totals.ox_accounts))]),
    ];
    if let Some(share) = totals.ox_share() {
        // "98 von 100" is easier than "97,8 %"; never rounded up to all of them.
        let per100 = if share < 100.0 {
            share.round().min(99.0)
        } else {
            100.0
        };
        out.push(PageText::EasyPer100.fill(lang, &[("n", &format!("{per100:.0}"))]));
    }
    out.push(match totals.remaining() {
        0 => PageText::EasyRestNone.get(lang).to_string(),
        rest => PageText::EasyRest.fill(lang, &[("n", &n(rest))]),
    });
    out.push(match totals.fully_migrated {
        0 => PageText::EasyFullyNone.get(lang).to_string(),
        1 => PageText::EasyFullyOne.get(lang).to_string(),
        k => PageText::EasyFully.fill(lang, &[("n", &k.to_string())]),
    });
    if totals.fully_migrated > 0 {
        out.push(PageText::EasyFullyMeans.get(lang).to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn totals(ox: u64, mse: u64, res: u64, bodies: usize, fully: usize) -> Totals {
        Totals {
            bodies,
            exchange_accounts: mse,
            exchange_resources: res,
            ox_accounts: ox,
            fully_migrated: fully,
        }
    }

    #[test]
    fn easy_numbers_come_from_the_totals() {
        let t = totals(43_051, 516, 444, 40, 6);
        assert_eq!(
            easy_numbers(&t, Lang::De),
            vec![
                "Es geht um 40 Ämter.",
                "Diese Ämter haben zusammen 44.011 Konten.",
                "43.051 Konten sind schon bei Open-Xchange.",
                "Das heißt: Von 100 Konten sind ungefähr 98 schon bei Open-Xchange.",
                "960 Konten sind noch bei Microsoft Exchange.",
                "6 Ämter sind schon ganz fertig.",
                "Ganz fertig heißt: Das Amt hat kein Konto mehr bei Microsoft Exchange.",
            ]
        );
        let en = easy_numbers(&t, Lang::En);
        assert_eq!(en[2], "43,051 accounts are already on Open-Xchange.");
        // Almost all is not all: 99.96 % stays "99 of 100".
        let nearly = easy_numbers(&totals(4_998, 2, 0, 1, 0), Lang::De);
        assert!(nearly[3].contains("ungefähr 99 schon"), "{nearly:?}");
        assert_eq!(nearly[5], "Noch kein Amt ist ganz fertig.");
        let done = easy_numbers(&totals(10, 0, 0, 1, 1), Lang::De);
        assert!(done[3].contains("ungefähr 100 schon"));
        assert_eq!(done[4], "Kein Konto ist mehr bei Microsoft Exchange.");
        assert_eq!(done[5], "1 Amt ist schon ganz fertig.");
    }
}
