//! Every text of the interface, German first and English second, in one place.
//!
//! Each entry holds both languages, so a missing translation does not compile; the tests check that
//! none is empty and that both carry the same placeholders.

use crate::model::{DataError, ErrorKind, Expected, Location};

pub use crate::lang::Lang;

/// Declares a table of texts: an enum whose every entry holds its German and English text.
macro_rules! texts {
    ($name:ident { $($key:ident => $de:expr, $en:expr;)* }) => {
        /// A text of the interface, in German and English.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name { $($key),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$key),*];

            pub fn pair(self) -> (&'static str, &'static str) {
                match self { $($name::$key => ($de, $en)),* }
            }

            pub fn get(self, lang: $crate::i18n::Lang) -> &'static str {
                let (de, en) = self.pair();
                lang.pick(de, en)
            }

            /// The text with each `{name}` replaced by its value. In debug builds (the tests)
            /// a placeholder left without a value panics.
            pub fn fill(self, lang: $crate::i18n::Lang, values: &[(&str, &str)]) -> String {
                let template = self.get(lang);
                debug_assert!(
                    $crate::i18n::fits(template, values),
                    "{self:?}: the values {:?} leave placeholders of {:?} unfilled",
                    values.iter().map(|(name, _)| name).collect::<Vec<_>>(),
                    $crate::i18n::placeholders(template),
                );
                $crate::i18n::fill(template, values)
            }
        }
    };
}
pub(crate) use texts;

mod charts;
mod pages;
pub use charts::ChartText;
pub use pages::{easy_numbers, PageText, STATEMENT_DATE};

texts! { UiText {
    SiteTitle => "Umstieg auf Open-Xchange", "Moving to Open-Xchange";
    SkipLink => "Zum Inhalt springen", "Skip to content";
    SiteTitleSuffix => "Landesverwaltung Schleswig-Holstein", "Schleswig-Holstein state administration";
    Footer =>
        "Unabhängige Aufbereitung der Landtagsdrucksache 20/4245. Alle Zahlen mit Quelle; Summen und Anteile sind nachgerechnet. Diese Seite setzt keine Cookies und lädt nichts von Dritten.",
        "Independent presentation of Landtag paper 20/4245. Every figure with its source; totals and shares are recomputed. This site sets no cookies and loads nothing from third parties.";
    SectionsNav => "Abschnitte", "Sections";
    KeyFiguresHeading => "Kennzahlen", "Key figures";
    ChartsHeading => "Diagramme", "Charts";
    FactsHeading => "Weitere Angaben der Antwort", "Other statements of the answer";
    KeyFiguresAll => "Alle {n} Behörden der Tabelle.", "All {n} bodies of the table.";
    KeyFiguresSelection => "Ihre Auswahl – {what}: {n} von {all} Behörden.", "Your selection – {what}: {n} of {all} bodies.";
    FigOx => "Konten auf Open-Xchange", "Accounts on Open-Xchange";
    FigShare => "Anteil umgestellt (nachgerechnet)", "Share migrated (recomputed)";
    FigExchange => "Konten noch in Exchange, dazu {res} Ressourcenkonten", "Accounts still on Exchange, plus {res} resource accounts";
    FigFully => "Behörden vollständig umgestellt (kein Konto mehr in Exchange)", "Bodies fully migrated (no account left on Exchange)";
    FigFullyValue => "{n} von {all}", "{n} of {all}";
    FigSource => "Quelle: Drucksache {number} vom {date}, Antwort auf Frage {question}.", "Source: Drucksache {number} of {date}, answer to question {question}.";
    FigSourceFull => "vollständige Quellenangabe", "full reference";
    AnswerAll =>
        "Die Landesverwaltung hat {share} ihrer Konten auf Open-Xchange umgestellt ({ox} von {all}). Noch in Exchange sind {left}, davon {res} Ressourcenkonten. Stand: {date}, Drucksache {number}.",
        "The state administration has moved {share} of its accounts to Open-Xchange ({ox} of {all}). Still on Exchange: {left}, of them {res} resource accounts. As of {date}, Drucksache {number}.";
    AnswerSelection =>
        "In Ihrer Auswahl sind {share} der Konten auf Open-Xchange umgestellt ({ox} von {all}). Noch in Exchange sind {left}, davon {res} Ressourcenkonten. Stand: {date}, Drucksache {number}.",
        "In your selection, {share} of the accounts have moved to Open-Xchange ({ox} of {all}). Still on Exchange: {left}, of them {res} resource accounts. As of {date}, Drucksache {number}.";
    AnswerNoAccounts =>
        "In Ihrer Auswahl gibt es keine Konten. Stand: {date}, Drucksache {number}.",
        "Your selection has no accounts. As of {date}, Drucksache {number}.";
    AnswerNone => "Keine Behörde passt zur Auswahl.", "No body matches the selection.";
    WholeBarOx => "auf Open-Xchange: {n} ({share})", "on Open-Xchange: {n} ({share})";
    WholeBarLeft => "noch in Exchange: {n} ({share})", "still on Exchange: {n} ({share})";
    WholeBarLabel => "Alle Konten als ein Balken – {parts}", "All accounts as one bar – {parts}";
    PortfolioOption => "Ressort {p}", "Portfolio {p}";
    AllPortfolios => "Alle Ressorts", "All portfolios";
    FilterPortfolio => "Ressort", "Portfolio";
    FilterSearch => "Behörde suchen (Name oder Abkürzung)", "Search a body (name or abbreviation)";
    SelectedBody => "Behörde: {body}", "Body: {body}";
    ResetFilters => "Filter zurücksetzen", "Reset filters";
    RowCount => "{n} von {all} Behörden angezeigt", "Showing {n} of {all} bodies";
    NoRows => "Keine Behörde passt zu Ihrer Auswahl.", "No body matches your selection.";
    TableHint =>
        "Spaltenköpfe sortieren die Tabelle. Ein Klick auf ein Ressort oder eine Behörde filtert auch Kennzahlen und Diagramme.",
        "Column headers sort the table. Choosing a portfolio or a body also filters the key figures and charts.";
    TableHintNarrow =>
        "Sortieren Sie mit „Sortieren nach“. Ein Tipp auf ein Ressort oder eine Behörde filtert auch Kennzahlen und Diagramme.",
        "Sort with “Sort by”. Tapping a portfolio or a body also filters the key figures and charts.";
    SortBy => "Sortieren nach", "Sort by";
    SortDirection => "Richtung", "Direction";
    SortAscending => "aufsteigend", "ascending";
    SortDescending => "absteigend", "descending";
    SortTable => "Reihenfolge der Drucksache", "Order of the paper";
    ShowOnlyPortfolio => "Nur Ressort {p} zeigen", "Show only portfolio {p}";
    ShowOnlyNoPortfolio => "Nur Behörden ohne Ressort zeigen", "Show only bodies with no portfolio";
    SelectBody => "Nur {body} zeigen", "Show only {body}";
    ChartRedrawing => "Das Diagramm wird für diese Auswahl gezeichnet …", "Drawing the chart for this selection …";
    ChartFailed =>
        "Das Diagramm kann in diesem Browser nicht gezeichnet werden. Seine Daten stehen in der Tabelle darunter.",
        "The chart cannot be drawn in this browser. Its data is in the table below.";
    ChartKeys =>
        "Tastatur: Pfeiltasten gehen die Werte einzeln durch, Pos1 und Ende springen zum ersten und letzten; die Eingabetaste wählt einen Wert aus, und unter dem Diagramm erscheint eine Schaltfläche, die alle Ansichten darauf filtert.",
        "Keyboard: the arrow keys step through the values, Home and End go to the first and the last; Enter chooses a value, and a button below the chart filters every view to it.";
    ChartKeysNoSelect =>
        "Tastatur: Pfeiltasten gehen die Werte einzeln durch, Pos1 und Ende springen zum ersten und letzten.",
        "Keyboard: the arrow keys step through the values, Home and End go to the first and the last.";
    ChartPicked =>
        "{what} ausgewählt. Die Schaltfläche unter dem Diagramm filtert alle Ansichten darauf.",
        "{what} chosen. The button below the chart filters every view to it.";
    PickFilter => "Alle Ansichten auf {what} filtern", "Filter every view to {what}";
    PickClose => "Auswahl schließen", "Close the selection";
    ChartFiltered => "Gefiltert: {what}.", "Filtered: {what}.";
    ClearFilter => "Filter aufheben", "Clear the filter";
    ExportScheme => "Bild", "Image";
    ShowData => "Daten des Diagramms als Tabelle", "Chart data as a table";
    FactCite => "Antwort auf Frage {question}, Seite {page}.", "Answer to question {question}, page {page}.";
    SeeAlso => "Siehe auch:", "See also:";
    EmbedUnknown => "Dieses Diagramm gibt es nicht. Bitte prüfen Sie den eingebetteten Link.", "There is no such chart. Please check the embedded link.";
    EmbedFullSite => "Alle Zahlen und Quellen auf der vollständigen Seite", "All figures and sources on the full site";
    EmbedFrameTitle => "{title} – Diagramm zum Umstieg auf Open-Xchange", "{title} – chart on the move to Open-Xchange";
    CiteSource =>
        "{parliament}, Drucksache {number} vom {date}, Antwort der Landesregierung auf Frage {question}",
        "{parliament}, Drucksache {number} of {date}, government answer to question {question}";
    CiteDataset =>
        "{publisher}: Umstieg auf Open-Xchange: Konten je Behörde der Landesverwaltung Schleswig-Holstein. Datensatz, Version {version}. Quelle: {source}.{official} Lizenz: CC BY 4.0. {url}",
        "{publisher}: Moving to Open-Xchange: accounts per body of Schleswig-Holstein's state administration. Dataset, version {version}. Source: {source}.{official} Licence: CC BY 4.0. {url}";
    CiteChart =>
        "{publisher}: „{title}“. Diagramm, Datenversion {version}. Quelle: {source}.{official} {url}",
        "{publisher}: “{title}”. Chart, data version {version}. Source: {source}.{official} {url}";
    CiteSharePrinted => "{share}, in der Drucksache gedruckt: {printed}", "{share}; printed in the paper: {printed}";
    CiteBody =>
        "{body}: {ox} von {all} Konten auf Open-Xchange ({share}); noch in MS Exchange: {mse} und {res}. Quelle: {source}, S. {page}.{official} {url}",
        "{body}: {ox} of {all} accounts on Open-Xchange ({share}); still on MS Exchange: {mse} and {res}. Source: {source}, p. {page}.{official} {url}";
    CiteTotals =>
        "{scope}: {ox} von {all} Konten auf Open-Xchange ({share}); noch in MS Exchange: {mse} und {res} (Summen aus der Tabelle nachgerechnet). Quelle: {source}, {pages}.{official} {url}",
        "{scope}: {ox} of {all} accounts on Open-Xchange ({share}); still on MS Exchange: {mse} and {res} (totals recomputed from the table). Source: {source}, {pages}.{official} {url}";
    CiteOfficial => " Amtliche Fassung: {url}.", " Official version: {url}.";
    CiteScopeAll => "Alle {n} Behörden der Tabelle", "All {n} bodies of the table";
    CiteScopeSelection => "Auswahl {what} ({n} von {all} Behörden)", "Selection {what} ({n} of {all} bodies)";
    CitePages => "S. {pages}", "p. {pages}";
    ScopeNoPortfolio => "Behörden ohne Ressort", "bodies with no portfolio";
    ScopeBody => "Behörde {body}", "body {body}";
    ScopeSearch => "Suche „{q}“", "search “{q}”";
    Copy => "Kopieren", "Copy";
    Copied => "Kopiert.", "Copied.";
    CopyFailed => "Kopieren nicht möglich – bitte den Text markieren und kopieren.", "Could not copy – please select the text and copy it.";
    Close => "Schließen", "Close";
    Cite => "Zitieren", "Cite";
    CiteWhat => "Zitieren: {what}", "Cite: {what}";
    CitationLabel => "Zitat mit Quelle und Link", "Citation with source and link";
    ShareEmbed => "Teilen und einbetten", "Share and embed";
    ShareEmbedTitle => "Teilen und einbetten: {title}", "Share and embed: {title}";
    ShareLink => "Link zu diesem Diagramm (mit Ihren Filtern)", "Link to this chart (with your filters)";
    EmbedOptions => "Einstellungen für die Einbettung", "Embed settings";
    EmbedLanguage => "Sprache", "Language";
    EmbedTheme => "Farbschema", "Colour scheme";
    ThemeAuto => "wie am Gerät der Lesenden eingestellt", "as set on the reader's device";
    ThemeLight => "hell", "light";
    ThemeDark => "dunkel", "dark";
    EmbedPin => "Datenstand vom {date} festhalten (auch wenn neuere Zahlen erscheinen)", "Keep the data of {date} (even when newer figures appear)";
    EmbedKeepFilter => "Aktuellen Ressort-Filter übernehmen", "Keep the current portfolio filter";
    EmbedIframe => "Einbettungscode (iframe mit Skript für die passende Höhe)", "Embed code (iframe with a script for the right height)";
    EmbedIframeHint =>
        "Das Skript embed.js passt die Höhe des iframes an seinen Inhalt an; ohne Skript gilt die angegebene Höhe.",
        "The script embed.js fits the iframe's height to its content; without it the given height applies.";
    EmbedStatic => "Ohne Skripte: statisches HTML mit den Daten als Tabelle", "Without scripts: static HTML with the data as a table";
    CiteChartLabel => "So zitieren Sie dieses Diagramm", "How to cite this chart";
    ExportPng => "PNG", "PNG";
    ExportSvg => "SVG", "SVG";
    ExportPngLabel => "Diagramm „{title}“ als PNG-Bild herunterladen", "Download chart “{title}” as a PNG image";
    ExportSvgLabel => "Diagramm „{title}“ als SVG-Grafik herunterladen", "Download chart “{title}” as an SVG graphic";
    ExportFooter => "{source} · Datenversion {version} · {url}", "{source} · data version {version} · {url}";
    ExportFailed => "Das Bild konnte nicht erstellt werden: {error}", "The image could not be made: {error}";
    DownloadsHeading => "Daten herunterladen und zitieren", "Download and cite the data";
    DownloadsIntro =>
        "Alle Zahlen dieser Seite zum Weiterverwenden, erzeugt aus demselben Datensatz (Datenversion {version}). Lizenz der Zusammenstellung: CC BY 4.0.",
        "Every figure on this site for reuse, generated from the same dataset (data version {version}). Licence of the compilation: CC BY 4.0.";
    DlKit => "Pressekit (ZIP)", "Press kit (ZIP)";
    DlKitNote =>
        "Daten als JSON und CSV, jedes Diagramm als SVG und PNG (mit Titel, Quelle, Datum und Version im Bild), die Zitierweise (Text, CITATION.cff, BibTeX, CSL-JSON), Lizenz und Prüfsummen",
        "data as JSON and CSV, every chart as SVG and PNG (with title, source, date and version in the image), the citation (text, CITATION.cff, BibTeX, CSL-JSON), licence and checksums";
    DlKitVersioned => "Pressekit dieses Datenstands", "Press kit of this data version";
    DlJson => "Datensatz (JSON)", "Dataset (JSON)";
    DlJsonNote => "immer der neueste Stand", "always the newest";
    DlJsonVersioned => "Datensatz dieser Version (JSON)", "Dataset of this version (JSON)";
    DlJsonVersionedNote => "ändert sich nie", "never changes";
    DlCsv => "Tabelle (CSV)", "Table (CSV)";
    DlCsvNote =>
        "UTF-8, Semikolon als Trennzeichen, Komma als Dezimalzeichen – öffnet sich so in Tabellenprogrammen mit deutscher Einstellung",
        "UTF-8, semicolon as separator, comma as decimal mark – opens as is in spreadsheets set to German";
    DlCsvVersioned => "Tabelle dieser Version (CSV)", "Table of this version (CSV)";
    DlPackage => "Datenpaket (Frictionless)", "Data package (Frictionless)";
    DlPackageNote => "beschreibt Felder, Lizenz und Quelle", "describes fields, licence and source";
    DlSchema => "JSON-Schema", "JSON Schema";
    DlSchemaNote => "Feldbeschreibungen auf Deutsch und Englisch", "field descriptions in German and English";
    DlOfficialNote => "die Drucksache, wie der Landtag sie veröffentlicht", "the paper as the Landtag publishes it";
    DlSource => "Quelle im Volltext", "Full text of the source";
    DlSourceNote => "Drucksache 20/4245 als Text", "paper 20/4245 as text";
    CiteDatasetLabel => "So zitieren Sie den Datensatz", "How to cite the dataset";
    PrintMeta =>
        "Quelle: Schleswig-Holsteinischer Landtag, Drucksache {number} vom {date} · Datenversion {version} · {url}",
        "Source: Schleswig-Holstein Landtag, Drucksache {number} of {date} · data version {version} · {url}";
    PageAbout => "Über diese Website", "About this website";
    PageAccessibility => "Erklärung zur Barrierefreiheit", "Accessibility statement";
    PageEasyLanguage => "Leichte Sprache", "Easy to read";
    PagePrivacy => "Datenschutz", "Privacy";
    PageImprint => "Impressum", "Legal notice";
    OperatedBy => "Herausgeber: {name}.", "Published by {name}.";
    ChangesHeading => "Was sich seit der vorigen Antwort geändert hat", "What changed since the previous answer";
    ChangesNav => "Änderungen", "Changes";
    ChangesIntro =>
        "Verglichen werden die Tabellen zweier Antworten: Drucksache {before} vom {before_date} und Drucksache {after} vom {after_date}. Alle Zahlen wie gedruckt; Umbenennungen und Zusammenlegungen stehen so in den Daten, wie die Antwort sie nennt.",
        "This compares the tables of two answers: Drucksache {before} of {before_date} and Drucksache {after} of {after_date}. All figures as printed; renamings and mergers are recorded as the answer names them.";
    ChangesSince =>
        "Seit der vorigen Antwort ({date}): {ox} Konten auf Open-Xchange, {exchange} in Exchange; {complete} Behörden neu vollständig umgestellt.",
        "Since the previous answer ({date}): {ox} accounts on Open-Xchange, {exchange} on Exchange; {complete} bodies newly complete.";
    ChangesComplete => "Neu vollständig umgestellt", "Newly complete";
    ChangesBackwards => "Mit kleinerem Anteil als zuvor", "With a smaller share than before";
    ChangesNone => "keine", "none";
    ChangesTableCaption =>
        "Behörden, deren Zahlen sich geändert haben, nach der Änderung der Konten auf Open-Xchange geordnet (größte zuerst)",
        "Bodies whose figures changed, ordered by the change in Open-Xchange accounts (largest first)";
    ChangesBody => "Behörde", "Body";
    ChangesOxBefore => "OX vorher", "OX before";
    ChangesOxAfter => "OX jetzt", "OX now";
    ChangesOxDelta => "Änderung OX", "Change OX";
    ChangesExBefore => "Exchange vorher", "Exchange before";
    ChangesExAfter => "Exchange jetzt", "Exchange now";
    ChangesLink => "vorher: {names}", "before: {names}";
    ChangesGone => "nicht mehr in der Tabelle", "no longer in the table";
    CorrectionsHeading => "Korrekturen", "Corrections";
    CorrectionWhy => "Warum: {why} Betrifft die Datenversion {version}.", "Why: {why} Concerns data version {version}.";
    CorrectionValue => "{body}, {field}: vorher {before}, jetzt {after}", "{body}, {field}: before {before}, now {after}";
    OlderSnapshot =>
        "Sie sehen einen älteren Stand: Drucksache {number} vom {date}. Neuer ist Drucksache {newest} vom {newest_date}.",
        "You are looking at an older state: Drucksache {number} of {date}. Newer: Drucksache {newest} of {newest_date}.";
    OlderSnapshotLink => "Zum neuesten Stand", "Go to the newest state";
    SnapshotPick => "Stand", "As of";
    SnapshotNewest => "{number} vom {date} (neuester Stand)", "{number} of {date} (newest)";
    SnapshotOption => "{number} vom {date}", "{number} of {date}";
    FooterNav => "Informationen zur Website", "Information about this website";
    NoScript =>
        "Ohne JavaScript zeigt diese Seite alle Zahlen, die Tabelle und die Diagramme; zum Filtern, Sortieren und Teilen braucht sie JavaScript. Die Daten gibt es auch als Datei:",
        "Without JavaScript this page shows every figure, the table and the charts; filtering, sorting and sharing need JavaScript. The data is also available as files:";
    DescDashboard =>
        "Wie weit die Landesverwaltung Schleswig-Holstein von Microsoft Exchange auf Open-Xchange umgestellt hat: {share} der Konten (nachgerechnet), {fully} von {all} Behörden vollständig. Alle Zahlen mit Quelle: Landtagsdrucksache {number} vom {date}.",
        "How far Schleswig-Holstein's state administration has moved from Microsoft Exchange to Open-Xchange: {share} of the accounts (recomputed), {fully} of {all} bodies completely. Every figure with its source: Landtag paper {number} of {date}.";
    DescEmbed =>
        "{title} – Diagramm zum Umstieg der Landesverwaltung Schleswig-Holstein auf Open-Xchange, nach Landtagsdrucksache {number} vom {date}.",
        "{title} – chart on the Schleswig-Holstein state administration's move to Open-Xchange, from Landtag paper {number} of {date}.";
    DescAbout =>
        "Über diese Website: woher die Zahlen kommen, wie sie nachgerechnet werden, wie man sie herunterlädt und zitiert, und was die Seite lädt.",
        "About this website: where the figures come from, how they are recomputed, how to download and cite them, and what the page loads.";
    DescAccessibility =>
        "Erklärung zur Barrierefreiheit dieser Website nach BITV 2.0: wie weit sie barrierefrei ist, was noch nicht, wie Sie Barrieren melden und wo Sie sich beschweren können.",
        "Accessibility statement of this website (BITV 2.0): how far it is accessible, what is not yet, how to report a barrier and where to complain.";
    DescEasyLanguage =>
        "Die Ergebnisse in Leichter Sprache: wie viele Konten der Landesverwaltung schon auf Open-Xchange sind.",
        "The findings in easy-to-read German (Leichte Sprache): how many accounts of the state administration are on Open-Xchange.";
    DescImprint =>
        "Impressum: wer diese Website anbietet und wie Sie ihn erreichen.",
        "Legal notice (Impressum): who provides this website and how to reach them.";
    DescPrivacy =>
        "Datenschutz auf dieser Website: keine Cookies, keine Dienste Dritter, und was der Server protokollieren kann.",
        "Privacy on this website: no cookies, no third-party services, and what the server may log.";
    LoadingInteractive => "Filter, Sortierung und Diagramme werden geladen …", "Loading filters, sorting and charts …";
    AppMissing =>
        "Filter, Sortierung und Diagramme können in diesem Browser nicht starten (WebAssembly fehlt oder wurde blockiert). Alle Zahlen und die Tabelle stehen trotzdem auf dieser Seite; die Daten gibt es unter „Daten herunterladen“.",
        "Filters, sorting and charts cannot start in this browser (WebAssembly is missing or was blocked). All figures and the table are still on this page; the data is under “Download the data”.";
    ShowMoreRows => "{next} weitere Behörden zeigen ({shown} von {total} angezeigt)", "Show {next} more bodies ({shown} of {total} shown)";
    Loading => "Daten werden geladen …", "Loading data …";
    LoadFailed => "Die Daten konnten nicht geladen werden.", "The data could not be loaded.";
    DataInvalid => "Die Datei mit den Daten ist fehlerhaft.", "The data file is invalid.";
    Retry => "Erneut versuchen", "Try again";
    InteractiveUnavailable =>
        "Filtern, Sortieren und Suchen sind gerade nicht möglich. Alle Zahlen auf dieser Seite gelten.",
        "Filtering, sorting and searching are not available right now. Every figure on this page stands.";
    HideNotice => "Ausblenden", "Hide";
    NetworkError => "Keine Verbindung zum Server: {detail}", "No connection to the server: {detail}";
    HttpError => "Der Server antwortete mit Status {status}.", "The server answered with status {status}.";
    Source => "Quelle", "Source";
    SourceOfficial => "Amtliche Fassung (PDF, Landtag)", "Official version (PDF, Landtag)";
    SourceLine =>
        "{parliament}, Drucksache {number} vom {date}: {title}. Antwort der {answered_by} auf die Kleine Anfrage von {asked_by}.",
        "{parliament}, Drucksache {number} of {date}: {title}. Answer of the {answered_by} to the minor interpellation by {asked_by}.";
    TableSource => "Tabelle in der Antwort auf Frage {question}, Seiten {pages}.", "Table in the answer to question {question}, pages {pages}.";
    TableHeading => "Alle Behörden", "All bodies";
    ColPortfolio => "Ressort", "Portfolio";
    ColBody => "Behörde", "Body";
    ColExchange => "MSE", "MSE";
    ColExchangeLong => "Restkonten in MS Exchange", "Accounts left on MS Exchange";
    ColResources => "MSE Res", "MSE Res";
    ColResourcesLong => "Ressourcenkonten in MS Exchange", "Resource accounts on MS Exchange";
    ColOx => "OX", "OX";
    ColOxLong => "Konten in Open-Xchange", "Accounts on Open-Xchange";
    ColSharePrinted => "OX % (gedruckt)", "OX % (printed)";
    ColShareRecomputed => "OX % (nachgerechnet)", "OX % (recomputed)";
    NoPortfolio => "ohne Ressort", "no portfolio";
    TotalRow => "Summe ({n} Behörden)", "Total ({n} bodies)";
    TotalRowOne => "Summe (1 Behörde)", "Total (1 body)";
    EditorialName => "Vollständiger Name ergänzt, nicht in der Quelle", "Full name added by this site, not in the source";
    PrintedAs => "gedruckt: „{text}“", "printed: “{text}”";
    NoteMarker => "Datenhinweis {n}", "Data note {n}";
    NotesHeading => "Datenhinweise", "Data notes";
    NotesIntro =>
        "Wo die gedruckte Tabelle unregelmäßig ist, zeigen wir, was gedruckt ist, und sagen hier, was wir daraus machen. Nichts wird stillschweigend korrigiert.",
        "Where the printed table is irregular, we show what was printed and say here what we make of it. Nothing is corrected silently.";
    NoteShareMismatch =>
        "Gedruckt sind {printed}, aus der Zeile ergeben sich {recomputed} ({ox} von {all} Konten). Der Unterschied ist größer, als sich durch Rundung erklären lässt. Wir zeigen beide Werte.",
        "The paper prints {printed}; the row gives {recomputed} ({ox} of {all} accounts). The difference is larger than rounding explains. We show both values.";
    ChecksHeading => "Automatische Prüfungen", "Automatic checks";
    CheckShares =>
        "Anteil für {checked} Behörden nachgerechnet als OX / (MSE + MSE Res + OX): Bei {ok} ergibt sich der gedruckte Wert durch Rundung aus der Zeile, bei {mismatches} nicht.",
        "Share recomputed for {checked} bodies as OX / (MSE + MSE Res + OX): for {ok} the printed value follows from the row by rounding, for {mismatches} it does not.";
    EditorialNote =>
        "* Vollständiger Name von dieser Website ergänzt; die Drucksache nennt nur die Abkürzung.",
        "* Full name added by this site; the paper gives only the abbreviation.";
    CheckClaim =>
        "Die Antwort nennt „deutlich über {claimed}“ migrierte Konten; die Summe der Spalte OX ist {sum}.",
        "The answer speaks of “well over {claimed}” migrated accounts; the OX column sums to {sum}.";
    CheckPassed => "stimmt", "agrees";
    CheckFailed => "Abweichung, siehe Datenhinweise", "differs, see the data notes";
    ErrorWhere => "Fundstelle: {where}", "Location: {where}";
    LocSnapshot => "Stand {id}", "snapshot {id}";
    LocRow => "Zeile {n}", "row {n}";
    LocRowNamed => "Zeile {n} ({name})", "row {n} ({name})";
    LocField => "Feld „{field}“", "field “{field}”";
    ErrEmpty => "Die Datei ist leer.", "The file is empty.";
    ErrTooBig => "Die Datei ist mit {bytes} Bytes größer als die erlaubten {limit} Bytes.", "The file is {bytes} bytes, more than the allowed {limit} bytes.";
    ErrSyntax => "Die Datei ist kein gültiges JSON (Zeile {line}, Spalte {column}).", "The file is not valid JSON (line {line}, column {column}).";
    ErrTruncated => "Die Datei endet mitten im Inhalt (Zeile {line}, Spalte {column}); sie ist vermutlich abgeschnitten.", "The file ends in the middle of its content (line {line}, column {column}); it was probably cut off.";
    ErrSchema => "Unbekannte Schema-Version {found}; diese Seite liest Version {supported}.", "Unknown schema version {found}; this site reads version {supported}.";
    ErrMissing => "Ein Pflichtfeld fehlt.", "A required field is missing.";
    ErrWrongType => "Der Wert hat den falschen Typ, erwartet: {expected}.", "The value has the wrong type; expected: {expected}.";
    ErrNegative => "Der Wert ist negativ ({value}).", "The value is negative ({value}).";
    ErrNotWhole => "Der Wert ist keine ganze Zahl ({value}).", "The value is not a whole number ({value}).";
    ErrTooLarge => "Der Wert ist unplausibel groß ({value}; Obergrenze {limit}).", "The value is implausibly large ({value}; limit {limit}).";
    ErrShareRange => "Der Anteil liegt nicht zwischen 0 und 100 ({value}).", "The share is not between 0 and 100 ({value}).";
    ErrEmptyText => "Der Text ist leer.", "The text is empty.";
    ErrNoSnapshot => "Die Datei enthält keinen Datenstand.", "The file holds no snapshot.";
    ErrDuplicateSnapshot => "Dieser Datenstand kommt doppelt vor.", "This snapshot appears twice.";
    ErrNoBodies => "Die Tabelle hat keine Zeilen.", "The table has no rows.";
    ErrDuplicateBody => "Diese Behörde kommt doppelt vor (zuerst in Zeile {first}).", "This body appears twice (first in row {first}).";
    ErrUnknownPortfolio => "Unbekanntes Ressort „{value}“.", "Unknown portfolio “{value}”.";
    ErrUnknownBody => "Unbekannte Behörde „{value}“.", "Unknown body “{value}”.";
    ErrSnapshotOrder =>
        "Dieser Stand ist nicht neuer als der vorige („{value}“); die Stände müssen nach Datum geordnet sein.",
        "This snapshot is not newer than the previous one (“{value}”); snapshots must be in order of their dates.";
    ErrBodyGone =>
        "Die Behörde „{body}“ aus dem Stand {previous} fehlt hier; es ist nicht angegeben, was aus ihr wurde.",
        "The body “{body}” of snapshot {previous} is missing here; nothing says what became of it.";
    ErrBodyUnexplained =>
        "Die Behörde „{body}“ war im Stand {previous} nicht enthalten; es ist nicht angegeben, woher sie kommt.",
        "The body “{body}” was not in snapshot {previous}; nothing says where it comes from.";
    ErrBadLink => "Eine Zuordnung von Behörden passt nicht: {value}.", "A mapping of bodies does not fit: {value}.";
    ErrUnknownReference => "Unbekannter Verweis „{value}“.", "Unknown reference “{value}”.";
    ErrBadDate => "Kein gültiges Datum ({value}).", "Not a valid date ({value}).";
    ErrInvalid => "Ungültiger Wert: {value}.", "Invalid value: {value}.";
    ExpWhole => "eine ganze Zahl", "a whole number";
    ExpNumber => "eine Zahl", "a number";
    ExpText => "ein Text", "text";
    ExpList => "eine Liste", "a list";
    ExpObject => "ein Objekt", "an object";
    ExpYesNo => "wahr oder falsch", "true or false";
    ExpOther => "ein anderer Wert", "another kind of value";
}}

/// Replaces `{name}` placeholders; values are inserted as they are (the view escapes them).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// True when `values` give every placeholder of `template`: a typo in a name, in the text or in
/// the code, would otherwise leave `{bdy}` in the page. Values a text does not use are allowed,
/// so one list can fill a title and its caption.
pub fn fits(template: &str, values: &[(&str, &str)]) -> bool {
    placeholders(template)
        .iter()
        .all(|p| values.iter().any(|(name, _)| name == p))
}

/// The placeholders a text uses, in order of appearance.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        out.push(&rest[start + 1..start + len]);
        rest = &rest[start + len + 1..];
    }
    out
}

/// Where an error is, in the reader's language: "Stand 2026-03-24, Zeile 12 (LfU), Feld „ox_accounts“".
pub fn location(loc: &Location, lang: Lang) -> String {
    let mut parts = Vec::new();
    if let Some(id) = &loc.snapshot {
        parts.push(UiText::LocSnapshot.fill(lang, &[("id", id)]));
    }
    if let Some((n, name)) = &loc.row {
        let n = n.to_string();
        parts.push(match name {
            Some(name) => UiText::LocRowNamed.fill(lang, &[("n", &n), ("name", name)]),
            None => UiText::LocRow.fill(lang, &[("n", &n)]),
        });
    }
    if let Some(field) = &loc.field {
        parts.push(UiText::LocField.fill(lang, &[("field", field)]));
    }
    parts.join(", ")
}

/// What is wrong with a dataset, in the reader's language, with where it is.
pub fn error_message(err: &DataError, lang: Lang) -> String {
    let what = error_kind(&err.kind, lang);
    let at = location(&err.location, lang);
    if at.is_empty() {
        what
    } else {
        format!(
            "{what} {}",
            UiText::ErrorWhere.fill(lang, &[("where", &at)])
        )
    }
}

fn error_kind(kind: &ErrorKind, lang: Lang) -> String {
    use ErrorKind as K;
    let num = |n: usize| crate::format::int(n as u64, lang);
    match kind {
        K::Empty => UiText::ErrEmpty.get(lang).into(),
        K::TooBig { bytes, limit } => {
            UiText::ErrTooBig.fill(lang, &[("bytes", &num(*bytes)), ("limit", &num(*limit))])
        }
        K::Syntax { line, column, .. } => UiText::ErrSyntax.fill(
            lang,
            &[("line", &line.to_string()), ("column", &column.to_string())],
        ),
        K::Truncated { line, column } => UiText::ErrTruncated.fill(
            lang,
            &[("line", &line.to_string()), ("column", &column.to_string())],
        ),
        K::UnknownSchemaVersion { found, supported } => UiText::ErrSchema.fill(
            lang,
            &[("found", found), ("supported", &supported.to_string())],
        ),
        K::MissingField => UiText::ErrMissing.get(lang).into(),
        K::WrongType { expected } => {
            let e = match expected {
                Expected::WholeNumber => UiText::ExpWhole,
                Expected::Number => UiText::ExpNumber,
                Expected::Text => UiText::ExpText,
                Expected::List => UiText::ExpList,
                Expected::Object => UiText::ExpObject,
                Expected::YesNo => UiText::ExpYesNo,
                Expected::Other => UiText::ExpOther,
            };
            UiText::ErrWrongType.fill(lang, &[("expected", e.get(lang))])
        }
        K::Negative { value } => UiText::ErrNegative.fill(lang, &[("value", value)]),
        K::NotWhole { value } => UiText::ErrNotWhole.fill(lang, &[("value", value)]),
        K::TooLarge { value, limit } => UiText::ErrTooLarge.fill(
            lang,
            &[
                ("value", value),
                ("limit", &crate::format::int(*limit, lang)),
            ],
        ),
        K::ShareOutOfRange { value } => {
            UiText::ErrShareRange.fill(lang, &[("value", &value.to_string())])
        }
        K::EmptyText => UiText::ErrEmptyText.get(lang).into(),
        K::NoSnapshot => UiText::ErrNoSnapshot.get(lang).into(),
        K::DuplicateSnapshot => UiText::ErrDuplicateSnapshot.get(lang).into(),
        K::NoBodies => UiText::ErrNoBodies.get(lang).into(),
        K::DuplicateBody { first_row } => {
            UiText::ErrDuplicateBody.fill(lang, &[("first", &first_row.to_string())])
        }
        K::UnknownPortfolio(v) => UiText::ErrUnknownPortfolio.fill(lang, &[("value", v)]),
        K::UnknownBody(v) => UiText::ErrUnknownBody.fill(lang, &[("value", v)]),
        K::UnknownReference(v) => UiText::ErrUnknownReference.fill(lang, &[("value", v)]),
        K::BadDate(v) => UiText::ErrBadDate.fill(lang, &[("value", v)]),
        K::Invalid(v) => UiText::ErrInvalid.fill(lang, &[("value", v)]),
        K::SnapshotOrder(v) => UiText::ErrSnapshotOrder.fill(lang, &[("value", v)]),
        K::BodyGone(b) => {
            UiText::ErrBodyGone.fill(lang, &[("body", &b.body), ("previous", &b.previous)])
        }
        K::BodyUnexplained(b) => {
            UiText::ErrBodyUnexplained.fill(lang, &[("body", &b.body), ("previous", &b.previous)])
        }
        K::BadLink(v) => UiText::ErrBadLink.fill(lang, &[("value", v)]),
    }
}

/// What the reader is told when the dataset could not be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadErrorMessage {
    /// What went wrong, in a few words: "Die Daten konnten nicht geladen werden."
    pub headline: String,
    /// Why, with where in the file when it is the data.
    pub detail: String,
}

/// Headline and detail for a dataset that could not be shown, in the reader's language.
pub fn load_error_message(err: &crate::load::LoadError, lang: Lang) -> LoadErrorMessage {
    use crate::load::LoadError as E;
    let (headline, detail) = match err {
        E::Network(detail) => (
            UiText::LoadFailed,
            UiText::NetworkError.fill(lang, &[("detail", detail)]),
        ),
        E::Http(status) => (
            UiText::LoadFailed,
            UiText::HttpError.fill(lang, &[("status", &status.to_string())]),
        ),
        E::Data(e) => (UiText::DataInvalid, error_message(e, lang)),
    };
    LoadErrorMessage {
        headline: headline.get(lang).into(),
        detail,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_must_fit_the_placeholders() {
        assert!(fits("{n} von {total}", &[("total", "2"), ("n", "1")]));
        assert!(fits("ohne", &[]));
        assert!(!fits("{n} von {total}", &[("n", "1")]));
        assert!(!fits("{body}", &[("bdy", "LfU")]));
        assert!(fits("{n}", &[("n", "1"), ("m", "2")]));
    }

    #[test]
    #[should_panic(expected = "unfilled")]
    fn a_misnamed_value_fails_in_tests() {
        UiText::LocRow.fill(Lang::De, &[("m", "1")]);
    }

    #[test]
    fn every_text_exists_in_both_languages_with_the_same_placeholders() {
        let ui = UiText::ALL.iter().map(|t| (format!("{t:?}"), t.pair()));
        let charts = ChartText::ALL.iter().map(|t| (format!("{t:?}"), t.pair()));
        let pages = PageText::ALL.iter().map(|t| (format!("{t:?}"), t.pair()));
        for (t, (de, en)) in ui.chain(charts).chain(pages) {
            assert!(!de.trim().is_empty(), "{t:?} has no German text");
            assert!(!en.trim().is_empty(), "{t:?} has no English text");
            let mut p_de = placeholders(de);
            let mut p_en = placeholders(en);
            p_de.sort();
            p_en.sort();
            assert_eq!(p_de, p_en, "{t:?}: placeholders differ between languages");
        }
    }
}
