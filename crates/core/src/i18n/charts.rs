//! Texts of the charts: titles, axis names, series names, takeaways, tooltips, tables and the
//! descriptions read out by screen readers. German first, then English; both carry the same
//! `{placeholders}`, which the builders fill with numbers already formatted for the language.

super::texts! { ChartText {
    // The charts' short names (page titles).
    NameShare => "Diagramm: Anteil umgestellt je Behörde", "Chart: share moved per body";
    NameAccounts => "Diagramm: Konten je Behörde", "Chart: accounts per body";
    NamePortfolios => "Diagramm: Konten je Ressort", "Chart: accounts per portfolio";
    NameRemaining => "Diagramm: restliche Exchange-Konten", "Chart: remaining Exchange accounts";
    NameTimeline => "Diagramm: Termine und Pläne", "Chart: dates and plans";
    NameChanges => "Diagramm: Änderungen zur vorigen Antwort", "Chart: changes since the previous answer";

    // Shared by several charts.
    NoBody => "Keine Behörde passt zur Auswahl.", "No body matches the selection.";
    NoData => "Keine Daten: Keine Behörde passt zur Auswahl.", "No data: no body matches the selection.";
    SourceLine =>
        "Quelle: {parliament}, Drucksache {number} vom {date}, Antwort auf Frage {question}",
        "Source: {parliament}, Drucksache {number} of {date}, answer to question {question}";
    SourceLineMany =>
        "Quelle: {parliament}, Drucksache {number} vom {date}, Antworten auf die Fragen {questions}",
        "Source: {parliament}, Drucksache {number} of {date}, answers to questions {questions}";
    And => "und", "and";
    NoAccounts => "keine Konten", "no accounts";
    NoPortfolio => "ohne Ressort", "no portfolio";
    PortfolioName => "Ressort {id}", "Portfolio {id}";
    OneBody => "1 Behörde", "1 body";
    ManyBodies => "{n} Behörden", "{n} bodies";
    ColBody => "Behörde", "Body";
    ColPortfolio => "Ressort", "Portfolio";
    ColBodies => "Behörden", "Bodies";
    ColOx => "Konten auf Open-Xchange (OX)", "Accounts on Open-Xchange (OX)";
    ColRemaining => "noch in Exchange (MSE + MSE Res)", "still on Exchange (MSE + MSE Res)";
    ColMse => "Konten in Exchange (MSE)", "Accounts on Exchange (MSE)";
    ColMseRes => "Ressourcenkonten in Exchange (MSE Res)", "Resource accounts on Exchange (MSE Res)";
    ColAll => "alle Konten", "all accounts";
    ColShare => "Anteil auf Open-Xchange (nachgerechnet)", "Share on Open-Xchange (recomputed)";
    SeriesOx => "Open-Xchange", "Open-Xchange";
    SeriesRemaining => "noch in Exchange (Konten und Ressourcen)", "still on Exchange (accounts and resources)";
    SeriesMse => "Exchange-Konten (MSE)", "Exchange accounts (MSE)";
    SeriesMseRes => "Exchange-Ressourcen (MSE Res)", "Exchange resources (MSE Res)";
    AccountsAxis => "Konten", "accounts";
    PanelsNote =>
        "Die größten stehen oben in einem eigenen Teil: Jeder Teil hat seine eigene Skala, beide beginnen bei null.",
        "The largest are drawn in a panel of their own at the top: each panel has its own scale, both start at zero.";
    PanelLargestBody => "Größte Behörde\nSkala bis {top}", "Largest body\nScale up to {top}";
    PanelLargestBodies => "Die {n} größten Behörden\nSkala bis {top}", "The {n} largest bodies\nScale up to {top}";
    PanelOtherBodies =>
        "Die übrigen {n} Behörden\nvergrößerte Skala bis {top}",
        "The other {n} bodies\nEnlarged scale up to {top}";
    PanelLargestPortfolio => "Größtes Ressort\nSkala bis {top}", "Largest portfolio\nScale up to {top}";
    PanelLargestPortfolios => "Die {n} größten Ressorts\nSkala bis {top}", "The {n} largest portfolios\nScale up to {top}";
    PanelOtherPortfolios =>
        "Die übrigen {n}\nvergrößerte Skala bis {top}",
        "The other {n}\nEnlarged scale up to {top}";

    // Share migrated per body.
    ShareTitle => "Wie weit jede Behörde umgestellt hat", "How far each body has moved";
    ShareAxis => "Anteil der Konten auf Open-Xchange", "Share of accounts on Open-Xchange";
    ShareSeries => "Anteil auf Open-Xchange", "Share on Open-Xchange";
    ShareRest => "noch nicht umgestellt", "not yet moved";
    ShareTip =>
        "{body}: {share} auf Open-Xchange ({ox} von {all} Konten)",
        "{body}: {share} on Open-Xchange ({ox} of {all} accounts)";
    ShareTipNone => "{body}: keine Konten", "{body}: no accounts";
    ShareTipPrinted => "{tip}; in der Drucksache gedruckt: {printed}", "{tip}; printed in the paper: {printed}";
    ShareNote =>
        "Sortiert nach dem Anteil, der höchste oben. Die Balken zeigen den aus der Tabelle nachgerechneten Anteil, OX / (MSE + MSE Res + OX), auf eine Nachkommastelle.",
        "Sorted by share, the highest at the top. The bars show the share recomputed from the table, OX / (MSE + MSE Res + OX), to one decimal.";
    ShareNotePrinted =>
        "* Die Drucksache druckt einen anderen Wert: {list}.",
        "* The paper prints a different value: {list}.";
    ShareMarked => "{share}*", "{share}*";
    ShareSay =>
        "{body}: {ox} von {all} Konten auf Open-Xchange ({share})",
        "{body}: {ox} of {all} accounts on Open-Xchange ({share})";
    ShareTakeaway =>
        "{above} von {n} Behörden haben mehr als {threshold} ihrer Konten umgestellt; am niedrigsten ist der Anteil bei {lowest} ({share}).",
        "{above} of {n} bodies have moved more than {threshold} of their accounts; the share is lowest at {lowest} ({share}).";
    ShareTakeawayAll =>
        "Alle {n} Behörden haben ihre Konten vollständig umgestellt.",
        "All {n} bodies have moved all of their accounts.";
    ShareTakeawayOne =>
        "Bei {body} sind {share} der Konten auf Open-Xchange umgestellt ({ox} von {all}).",
        "{body} has moved {share} of its accounts to Open-Xchange ({ox} of {all}).";
    ShareCaption =>
        "Anteil der Konten auf Open-Xchange je Behörde, nachgerechnet als OX / (MSE + MSE Res + OX)",
        "Share of accounts on Open-Xchange per body, recomputed as OX / (MSE + MSE Res + OX)";
    ShareDescription =>
        "Balkendiagramm: Anteil der Konten auf Open-Xchange je Behörde, {n} Behörden, von {min} ({min_body}) bis {max} ({max_body}). Hervorgehoben sind Behörden mit höchstens {threshold}.",
        "Bar chart: share of accounts on Open-Xchange per body, {n} bodies, from {min} ({min_body}) to {max} ({max_body}). Bodies at or below {threshold} are highlighted.";
    ShareTitleCapped =>
        "Wie weit die Behörden umgestellt haben: die {n} mit dem niedrigsten Anteil (von {all})",
        "How far the bodies have moved: the {n} with the lowest share (of {all})";
    ShareCapped =>
        "Das Diagramm zeigt die {n} von {all} Behörden mit dem niedrigsten Anteil; alle stehen in der Tabelle „Alle Behörden“.",
        "The chart shows the {n} of {all} bodies with the lowest share; all of them are in the table “All bodies”.";
    ShareCaptionCapped =>
        "Anteil der Konten auf Open-Xchange je Behörde, nachgerechnet als OX / (MSE + MSE Res + OX): die {n} von {all} Behörden mit dem niedrigsten Anteil; alle stehen in der Tabelle „Alle Behörden“",
        "Share of accounts on Open-Xchange per body, recomputed as OX / (MSE + MSE Res + OX): the {n} of {all} bodies with the lowest share; all of them are in the table “All bodies”";
    ShareDescriptionCapped =>
        "Balkendiagramm: Anteil der Konten auf Open-Xchange je Behörde, die {n} von {all} Behörden mit dem niedrigsten Anteil, von {min} ({min_body}) bis {max} ({max_body}). Hervorgehoben sind Behörden mit höchstens {threshold}. Alle Behörden stehen in der Tabelle „Alle Behörden“.",
        "Bar chart: share of accounts on Open-Xchange per body, the {n} of {all} bodies with the lowest share, from {min} ({min_body}) to {max} ({max_body}). Bodies at or below {threshold} are highlighted. All bodies are in the table “All bodies”.";

    // Accounts per body.
    AccountsTitle => "Konten je Behörde: Open-Xchange und Exchange", "Accounts per body: Open-Xchange and Exchange";
    AccountsTipOx => "{body} – auf Open-Xchange: {ox}", "{body} – on Open-Xchange: {ox}";
    AccountsTipRest =>
        "noch in Exchange: {rest}; alle Konten: {all}",
        "still on Exchange: {rest}; all accounts: {all}";
    AccountsSay =>
        "{body}: {ox} Konten auf Open-Xchange, {rest} noch in Exchange, zusammen {all}",
        "{body}: {ox} accounts on Open-Xchange, {rest} still on Exchange, {all} in all";
    AccountsTakeaway =>
        "Die meisten Konten auf Open-Xchange: {most} ({most_ox}); die wenigsten: {least} ({least_ox}).",
        "Most accounts on Open-Xchange: {most} ({most_ox}); fewest: {least} ({least_ox}).";
    AccountsTakeawayOne =>
        "{body}: {ox} Konten auf Open-Xchange und {rest} noch in Exchange.",
        "{body}: {ox} accounts on Open-Xchange and {rest} still on Exchange.";
    AccountsCaption =>
        "Konten je Behörde auf Open-Xchange und noch in Exchange",
        "Accounts per body on Open-Xchange and still on Exchange";
    AccountsDescription =>
        "Gestapeltes Balkendiagramm: Konten auf Open-Xchange und noch in Exchange je Behörde, {n} Behörden, zusammen {ox} auf Open-Xchange und {rest} noch in Exchange.",
        "Stacked bar chart: accounts on Open-Xchange and still on Exchange per body, {n} bodies, together {ox} on Open-Xchange and {rest} still on Exchange.";
    AccountsTitleCapped =>
        "Konten je Behörde: die {n} Behörden mit den meisten Konten (von {all})",
        "Accounts per body: the {n} bodies with the most accounts (of {all})";
    AccountsCapped =>
        "Das Diagramm zeigt die {n} von {all} Behörden mit den meisten Konten; alle stehen in der Tabelle „Alle Behörden“.",
        "The chart shows the {n} of {all} bodies with the most accounts; all of them are in the table “All bodies”.";
    AccountsCaptionCapped =>
        "Konten je Behörde auf Open-Xchange und noch in Exchange: die {n} von {all} Behörden mit den meisten Konten; alle stehen in der Tabelle „Alle Behörden“",
        "Accounts per body on Open-Xchange and still on Exchange: the {n} of {all} bodies with the most accounts; all of them are in the table “All bodies”";
    AccountsDescriptionCapped =>
        "Gestapeltes Balkendiagramm: Konten auf Open-Xchange und noch in Exchange je Behörde, die {n} von {all} Behörden mit den meisten Konten. Alle {all} zusammen haben {ox} Konten auf Open-Xchange und {rest} noch in Exchange. Alle Behörden stehen in der Tabelle „Alle Behörden“.",
        "Stacked bar chart: accounts on Open-Xchange and still on Exchange per body, the {n} of {all} bodies with the most accounts. All {all} together have {ox} accounts on Open-Xchange and {rest} still on Exchange. All bodies are in the table “All bodies”.";
    AccountsNote =>
        "Sortiert nach der Zahl aller Konten, die meisten oben. Ein Balken sind alle Konten der Behörde: auf Open-Xchange und noch in Exchange.",
        "Sorted by the number of all accounts, the most at the top. A bar is all of the body's accounts: on Open-Xchange and still on Exchange.";

    // Accounts per Ressort.
    PortfoliosTitle => "Konten je Ressort", "Accounts per portfolio";
    PortfolioCategory => "{portfolio}\n{share}", "{portfolio}\n{share}";
    PortfolioTipOx =>
        "{portfolio} ({bodies}) – auf Open-Xchange: {ox} ({share})",
        "{portfolio} ({bodies}) – on Open-Xchange: {ox} ({share})";
    PortfolioTipMse => "Konten in Exchange (MSE): {mse}", "Accounts on Exchange (MSE): {mse}";
    PortfolioTipRes =>
        "Ressourcenkonten in Exchange (MSE Res): {res}",
        "Resource accounts on Exchange (MSE Res): {res}";
    PortfolioSay =>
        "{portfolio} ({bodies}): {ox} auf Open-Xchange ({share}); noch in Exchange: {mse} und {res}",
        "{portfolio} ({bodies}): {ox} on Open-Xchange ({share}); still on Exchange: {mse} and {res}";
    PortfoliosTakeaway =>
        "Die meisten Konten: {largest} ({all}, davon {largest_share} umgestellt). Niedrigster Anteil: {lowest} ({lowest_share}).",
        "Most accounts: {largest} ({all}, {largest_share} moved). Lowest share: {lowest} ({lowest_share}).";
    PortfoliosTakeawayOne =>
        "{portfolio}: {all} Konten in {bodies}, davon {share} auf Open-Xchange.",
        "{portfolio}: {all} accounts in {bodies}, {share} of them on Open-Xchange.";
    PortfoliosCaption =>
        "Konten je Ressort: Open-Xchange (OX), Exchange (MSE) und Exchange-Ressourcen (MSE Res)",
        "Accounts per portfolio: Open-Xchange (OX), Exchange (MSE) and Exchange resources (MSE Res)";
    PortfoliosDescription =>
        "Gestapeltes Balkendiagramm: Konten auf Open-Xchange, in Exchange und Ressourcenkonten in Exchange je Ressort, {n} Gruppen; Anteil umgestellt (nachgerechnet) von {min} ({min_portfolio}) bis {max} ({max_portfolio}).",
        "Stacked bar chart: accounts on Open-Xchange, on Exchange and resource accounts on Exchange per portfolio, {n} groups; share moved (recomputed) from {min} ({min_portfolio}) to {max} ({max_portfolio}).";
    PortfoliosNote =>
        "In der Reihenfolge der Drucksache. Ein Balken sind alle Konten des Ressorts; der Anteil hinter dem Namen ist aus den Zeilen nachgerechnet.",
        "In the order of the paper. A bar is all of the portfolio's accounts; the share after the name is recomputed from the rows.";
    PortfoliosNoteSplit =>
        "In jedem Teil in der Reihenfolge der Drucksache. Ein Balken sind alle Konten des Ressorts; der Anteil hinter dem Namen ist aus den Zeilen nachgerechnet.",
        "Within each panel in the order of the paper. A bar is all of the portfolio's accounts; the share after the name is recomputed from the rows.";

    // Remaining accounts.
    RemainingTitle => "Wo die restlichen Exchange-Konten sind", "Where the remaining Exchange accounts are";
    RemainingAxis => "verbleibende Konten in Exchange", "accounts remaining on Exchange";
    RemainingTipMse =>
        "{body} – Konten in Exchange (MSE): {mse}",
        "{body} – accounts on Exchange (MSE): {mse}";
    RemainingTipRes =>
        "Ressourcenkonten (MSE Res): {res}; zusammen {total} ({share} aller Restkonten)",
        "Resource accounts (MSE Res): {res}; together {total} ({share} of all remaining)";
    RemainingSay =>
        "{body}: noch in Exchange {total} ({mse} und {res}), {share} aller Restkonten",
        "{body}: still on Exchange {total} ({mse} and {res}), {share} of all remaining";
    CountAccounts => "{n} Konten", "{n} accounts";
    CountAccountsOne => "1 Konto", "1 account";
    CountResources => "{n} Ressourcenkonten", "{n} resource accounts";
    CountResourcesOne => "1 Ressourcenkonto", "1 resource account";
    RemainingTakeaway =>
        "Von {total} verbleibenden Konten entfallen {top} ({share}) auf {body}.",
        "Of {total} remaining accounts, {top} ({share}) are at {body}.";
    RemainingTakeawayNone =>
        "Keine der {n} Behörden hat noch Konten in Exchange.",
        "None of the {n} bodies has accounts left on Exchange.";
    RemainingTakeawayNoneOne =>
        "{body}: keine Konten mehr in Exchange.",
        "{body}: no accounts left on Exchange.";
    RemainingCaption =>
        "Verbleibende Konten in Exchange je Behörde (nur Behörden mit Restkonten)",
        "Accounts remaining on Exchange per body (only bodies with remaining accounts)";
    ColTotalRemaining => "zusammen", "together";
    RemainingNote =>
        "Sortiert nach der Zahl der Restkonten, die meisten oben; Behörden ohne Restkonten fehlen.",
        "Sorted by the number of remaining accounts, the most at the top; bodies with none left are not shown.";
    ColShareOfRemaining => "Anteil an allen Restkonten", "Share of all remaining accounts";
    RemainingDescription =>
        "Gestapeltes Balkendiagramm: verbleibende Konten in Exchange je Behörde, aufgeteilt in Konten (MSE) und Ressourcenkonten (MSE Res); {n} Behörden mit zusammen {total} Konten. {zero} Behörden ohne Restkonten sind nicht abgebildet.",
        "Stacked bar chart: accounts remaining on Exchange per body, split into accounts (MSE) and resource accounts (MSE Res); {n} bodies with {total} accounts in all. {zero} bodies with no remaining accounts are not shown.";
    RemainingTitleCapped =>
        "Wo die restlichen Exchange-Konten sind: die {n} Behörden mit den meisten (von {all} mit Restkonten)",
        "Where the remaining Exchange accounts are: the {n} bodies with the most (of {all} with accounts left)";
    RemainingCapped =>
        "Das Diagramm zeigt von den {all} Behörden mit Restkonten die {n} mit den meisten; alle stehen in der Tabelle „Alle Behörden“.",
        "The chart shows, of the {all} bodies with accounts left, the {n} with the most; all of them are in the table “All bodies”.";
    RemainingCaptionCapped =>
        "Verbleibende Konten in Exchange je Behörde: von den {all} Behörden mit Restkonten die {n} mit den meisten; alle stehen in der Tabelle „Alle Behörden“",
        "Accounts remaining on Exchange per body: of the {all} bodies with accounts left, the {n} with the most; all of them are in the table “All bodies”";
    RemainingDescriptionCapped =>
        "Gestapeltes Balkendiagramm: verbleibende Konten in Exchange je Behörde, aufgeteilt in Konten (MSE) und Ressourcenkonten (MSE Res); von den {all} Behörden mit Restkonten die {n} mit den meisten, zusammen {shown} der {total} verbleibenden Konten. Nicht abgebildet sind {zero} Behörden ohne Restkonten und {others} mit weniger; alle Behörden stehen in der Tabelle „Alle Behörden“.",
        "Stacked bar chart: accounts remaining on Exchange per body, split into accounts (MSE) and resource accounts (MSE Res); of the {all} bodies with accounts left, the {n} with the most, together {shown} of the {total} remaining accounts. Not shown are {zero} bodies with no remaining accounts and {others} with fewer; all bodies are in the table “All bodies”.";

    // Timeline.
    TimelineTitle => "Termine und Pläne", "Dates and plans";
    SeriesMilestone => "Meilenstein", "Milestone";
    SeriesPlan => "Vorhaben", "Plan";
    SeriesAnswer => "Antwort", "Answer";
    EvAnswer => "Antwort der Landesregierung", "Government's answer";
    EvMigrationCompleted => "Migration abgeschlossen", "Migration completed";
    EvLoadProblems => "Lastprobleme behoben", "Load problems fixed";
    EvFollowUp => "Folgeprojekt gestartet", "Follow-up project started";
    EvLinux => "bis zu {n} Arbeitsplätze auf Linux", "up to {n} workstations on Linux";
    EvLinuxMore => "weitere bis zu {n} Arbeitsplätze auf Linux", "up to {n} more workstations on Linux";
    EvIntegrations => "Anbindung an Nextcloud und OpenTalk", "Integration with Nextcloud and OpenTalk";
    RelOn => "am {when}", "on {when}";
    RelIn => "im {when}", "in {when}";
    RelInYear => "im Jahr {when}", "in {when}";
    RelFrom => "ab {when}", "from {when}";
    RelBy => "bis {when}", "by {when}";
    RelDuring => "während {when}", "during {when}";
    RelDuringYear => "im Laufe des Jahres {when}", "during {when}";
    TimelineTip => "{when}: {what}", "{when}: {what}";
    TimelineTipApprox =>
        "{when}: {what} (Datum im Diagramm ungefähr)",
        "{when}: {what} (date in the chart approximate)";
    PlottedApprox =>
        "{date} (ungefähr; die Antwort nennt {when})",
        "{date} (approximate; the answer says {when})";
    TimelineSay => "{what} – {when} ({kind})", "{what} – {when} ({kind})";
    TimelineTakeaway =>
        "{milestone} {when}; {by} sollen bis zu {n} Arbeitsplätze auf Linux umgestellt sein.",
        "{milestone} {when}; {by} up to {n} workstations are to be moved to Linux.";
    TimelineTakeawayMilestone => "{milestone} {when}.", "{milestone} {when}.";
    TimelineTakeawayPlan =>
        "{by} sollen bis zu {n} Arbeitsplätze auf Linux umgestellt sein.",
        "{by} up to {n} workstations are to be moved to Linux.";
    TimelineTakeawayCount =>
        "Die Antwort vom {date} nennt {n} Termine.",
        "The answer of {date} gives {n} dates.";
    TimelineCaption => "Termine und Pläne aus der Antwort", "Dates and plans from the answer";
    TimelineNote =>
        "Nach Datum geordnet, das früheste oben. Wo die Antwort nur Monat oder Jahr nennt, ist der Punkt ungefähr gesetzt.",
        "In order of date, the earliest at the top. Where the answer gives only a month or a year, the point is placed approximately.";
    ColWhen => "Wann (laut Antwort)", "When (as the answer says)";
    ColWhat => "Was", "What";
    ColKind => "Art", "Kind";
    ColPlotted => "Im Diagramm eingezeichnet", "Drawn in the chart at";
    ColQuestion => "Frage", "Question";
    TimelineDescription =>
        "Zeitleiste: {n} Termine aus der Antwort, von {first} bis {last}; {approx} davon nennt die Antwort nur ungefähr (Monat, Jahresmitte, Jahresende oder Jahr).",
        "Timeline: {n} dates from the answer, from {first} to {last}; for {approx} of them the answer gives only an approximate date (month, mid-year, end of year or year).";

    // What changed since the previous answer.
    ChangesTitle =>
        "Was sich seit der vorigen Antwort geändert hat: Konten auf Open-Xchange",
        "What changed since the previous answer: accounts on Open-Xchange";
    ChangesTitleCapped =>
        "Änderungen seit der vorigen Antwort: die {n} größten (von {all})",
        "Changes since the previous answer: the {n} largest (of {all})";
    ChangesCapped =>
        "Gezeigt sind die {n} Behörden mit den größten Änderungen von {all}; alle stehen in der Tabelle zu diesem Diagramm.",
        "Shown are the {n} bodies with the largest changes of {all}; all of them are in this chart's table.";
    ChangesCaption =>
        "Konten je Behörde in der vorigen und in dieser Antwort (nur Behörden, deren Konten auf Open-Xchange sich geändert haben)",
        "Accounts per body in the previous and in this answer (only bodies whose accounts on Open-Xchange changed)";
    ChangesCaptionCapped =>
        "Konten je Behörde in der vorigen und in dieser Antwort: die {n} größten Änderungen von {all}",
        "Accounts per body in the previous and in this answer: the {n} largest changes of {all}";
    ColOxBefore => "Open-Xchange vorher", "Open-Xchange before";
    ColOxAfter => "Open-Xchange jetzt", "Open-Xchange now";
    ColOxChange => "Änderung Open-Xchange", "Change on Open-Xchange";
    ColExBefore => "Exchange vorher (mit Ressourcen)", "Exchange before (with resources)";
    ColExAfter => "Exchange jetzt (mit Ressourcen)", "Exchange now (with resources)";
    SeriesMore => "mehr Konten auf Open-Xchange", "more accounts on Open-Xchange";
    SeriesFewer => "weniger Konten auf Open-Xchange", "fewer accounts on Open-Xchange";
    ChangesAxis => "Änderung in Konten", "change in accounts";
    ChangesNothing =>
        "Keine frühere Antwort in den Daten: Es gibt nichts zu vergleichen.",
        "No earlier answer in the data: there is nothing to compare.";
    ChangesNone =>
        "Seit dem {date} hat sich bei keiner Behörde die Zahl der Konten auf Open-Xchange geändert.",
        "Since {date}, no body's number of accounts on Open-Xchange has changed.";
    ChangesSource =>
        "Quellen: {parliament}, Drucksache {before} vom {before_date} (Antwort auf Frage {before_question}) und Drucksache {after} vom {after_date} (Antwort auf Frage {after_question})",
        "Sources: {parliament}, Drucksache {before} of {before_date} (answer to question {before_question}) and Drucksache {after} of {after_date} (answer to question {after_question})";
    ChangesTakeaway =>
        "Seit dem {date}: {total} Konten auf Open-Xchange insgesamt, am meisten bei {most} ({most_delta}).",
        "Since {date}: {total} accounts on Open-Xchange in all, the most at {most} ({most_delta}).";
    ChangesTakeawayNoGain =>
        "Seit dem {date}: {total} Konten auf Open-Xchange insgesamt; keine Behörde hat mehr als zuvor.",
        "Since {date}: {total} accounts on Open-Xchange in all; no body has more than before.";
    ChangesFewerOne =>
        "Weniger als zuvor hat 1 Behörde: {bodies}.",
        "1 body has fewer than before: {bodies}.";
    ChangesFewer =>
        "Weniger als zuvor haben {n} Behörden: {bodies}.",
        "{n} bodies have fewer than before: {bodies}.";
    ChangesTip =>
        "{body}: {delta} Konten auf Open-Xchange ({before} → {after}); in Exchange {ex_delta} ({ex_before} → {ex_after})",
        "{body}: {delta} accounts on Open-Xchange ({before} → {after}); on Exchange {ex_delta} ({ex_before} → {ex_after})";
    ChangesNote =>
        "Je Behörde die Änderung ihrer Konten auf Open-Xchange seit der Antwort vom {date}, aus den gedruckten Zahlen beider Antworten; sortiert nach der Änderung, der größte Zuwachs oben. Die Achse ist linear, null ist markiert; Behörden ohne Änderung fehlen.",
        "Per body, the change in its accounts on Open-Xchange since the answer of {date}, from the figures printed in both answers; sorted by the change, the largest gain at the top. The axis is linear with zero marked; bodies without a change are left out.";
    ChangesDescription =>
        "Balkendiagramm der Änderungen seit dem {date}: {n} Behörden mit mehr oder weniger Konten auf Open-Xchange, insgesamt {total}.",
        "Bar chart of the changes since {date}: {n} bodies with more or fewer accounts on Open-Xchange, {total} in all.";
    ChangesDescriptionCapped =>
        "Balkendiagramm der Änderungen seit dem {date}: die {n} größten von {all} Änderungen der Konten auf Open-Xchange, insgesamt {total}.",
        "Bar chart of the changes since {date}: the {n} largest of {all} changes in accounts on Open-Xchange, {total} in all.";
}}
