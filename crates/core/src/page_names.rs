//! Names that the prerendered page, the scripts in `public/` and the app must agree on, in one
//! place. The JavaScript files repeat them; the browser tests check that they still agree.

/// Id of the element that holds the page as rendered at build time; the app removes it once its
/// own view is there (`public/boot.js` looks for it too).
pub const PRERENDERED_ID: &str = "prerendered";

/// The id of the table's last row (the totals). The prerendered page holds its first frame until
/// the parser has reached it, so the key figures and the whole table appear together.
pub const TOTALS_ROW_ID: &str = "summe";

/// The `type` of the message an embedded page posts to its host with its height
/// (`public/embed.js` listens for it).
pub const EMBED_HEIGHT_MESSAGE: &str = "ox-transparenz:height";

/// The `type` of the host's request to report the height again (`public/embed.js` sends it).
pub const EMBED_HEIGHT_REQUEST: &str = "ox-transparenz:request-height";

/// Id of the prerendered page's status line ("loading …"), which `public/boot.js` fills while the
/// app loads and the app empties when it shows its own notice.
pub const APP_STATUS_ID: &str = "app-status";

/// The event `public/boot.js` dispatches on the window once ECharts has loaded.
pub const ECHARTS_READY_EVENT: &str = "ox:echarts";
