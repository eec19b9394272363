//! Search results for people: each hit with its matching texts, the matching words highlighted
//! like grep, then the matches in the visit's context.

use super::{Found, HIGHLIGHT, MATCHES_SHOWN, SNIPPET_WIDTH, place_label};
use crate::render::Terminal;
use crate::sanitize::for_terminal;
use crate::search::{ContextHit, Hit};
use std::ops::Range;

/// Each hit as a heading line and up to [`MATCHES_SHOWN`] indented snippets, then a count of
/// all that were found.
pub(super) fn text(hits: &[Hit], found: &Found, terminal: Terminal) -> String {
    let (all, query) = (found.hits, found.query);
    // A snippet line is indented 18 columns and may gain an ellipsis at each end.
    let width = terminal
        .width
        .map_or(SNIPPET_WIDTH, |w| usize::from(w).saturating_sub(20).max(20));
    let mut out = String::new();
    for (i, hit) in hits.iter().enumerate() {
        let id = for_terminal(&hit.record.id);
        let id = if terminal.color {
            format!("\u{1b}[1m{id}\u{1b}[0m")
        } else {
            id.into_owned()
        };
        let heading = format!("{:>3}. {}  ", i + 1, hit.record.id);
        let room = terminal.width.map_or(usize::MAX, |w| {
            usize::from(w).saturating_sub(heading.chars().count())
        });
        out.push_str(&format!(
            "{:>3}. {id}  {}\n",
            i + 1,
            fitted(&for_terminal(&hit.record.short_title), room)
        ));
        for found in hit.matches.iter().take(MATCHES_SHOWN) {
            let (piece, ranges) = found.snippet(width);
            out.push_str(&format!(
                "     {:<12} {}\n",
                place_label(found.place),
                highlighted(&piece, &ranges, terminal.color)
            ));
        }
        if hit.matches.len() > MATCHES_SHOWN {
            out.push_str(&format!(
                "     (and {} more)\n",
                hit.matches.len() - MATCHES_SHOWN
            ));
        }
    }
    let every = all.iter().filter(|hit| hit.matched_all).count();
    let query = for_terminal(query);
    let agreements = |n: usize| match n {
        1 => "1 agreement matches".to_string(),
        n => format!("{n} agreements match"),
    };
    out.push_str(&match (all.len(), every) {
        (0, _) => match &found.suggestion {
            Some(better) => format!(
                "No agreement matches '{query}'; did you mean '{}'?",
                for_terminal(better)
            ),
            None => format!("No agreement matches '{query}'"),
        },
        (n, every) if n == every => format!("{} '{query}'", agreements(n)),
        (n, 0) => format!(
            "No agreement matches all of '{query}'; {} some of it",
            agreements(n)
        ),
        (n, every) => format!(
            "{} all of '{query}', {} some of it",
            agreements(every),
            n - every
        ),
    });
    if hits.len() < all.len() {
        out.push_str(&format!("; showing the first {}", hits.len()));
    }
    out.push('\n');
    if found.left_out > 0 {
        let verb = if found.left_out == 1 {
            "matches"
        } else {
            "match"
        };
        let more = found.left_out;
        out.push_str(&format!(
            "{more} more {verb} some of the words: --any shows them\n"
        ));
    }
    out
}

/// The matches in the visit's context, after the records, or nothing.
pub(super) fn context_text(context: &[ContextHit], terminal: Terminal) -> String {
    if context.is_empty() {
        return String::new();
    }
    let width = terminal
        .width
        .map_or(SNIPPET_WIDTH, |w| usize::from(w).saturating_sub(20).max(20));
    let mut out = String::from(
        "In the visit's context (agreements about):
",
    );
    for hit in context {
        let (piece, ranges) = hit.found.snippet(width);
        out.push_str(&format!(
            "     {:<12} {}
     {:<12} {}
",
            place_label(hit.found.place),
            for_terminal(&hit.heading),
            "",
            highlighted(&piece, &ranges, terminal.color)
        ));
    }
    out
}

/// `text` cut to `room` characters, with `…` where it was cut.
fn fitted(text: &str, room: usize) -> String {
    if text.chars().count() <= room {
        return text.to_string();
    }
    let kept: String = text.chars().take(room.saturating_sub(1)).collect();
    format!("{kept}…")
}

/// `piece` safe for a terminal, with the words at `ranges` in bold yellow when colour is on.
/// Multi-line text is kept on one line.
fn highlighted(piece: &str, ranges: &[Range<usize>], color: bool) -> String {
    let safe = |text: &str| for_terminal(text).replace('\n', " ");
    let mut out = String::new();
    let mut at = 0;
    for range in ranges {
        if range.start < at {
            continue;
        }
        out.push_str(&safe(&piece[at..range.start]));
        let word = safe(&piece[range.clone()]);
        if color {
            out.push_str(&format!("{}{word}{}", HIGHLIGHT.0, HIGHLIGHT.1));
        } else {
            out.push_str(&word);
        }
        at = range.end;
    }
    out.push_str(&safe(&piece[at..]));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_only_with_colour_and_never_lets_escapes_through() {
        let piece = "gas \u{1b}]0;x\u{7} gas";
        let ranges = [0..3, 11..14];
        assert_eq!(
            highlighted(piece, &ranges, false),
            "gas \\u{1b}]0;x\\u{7} gas"
        );
        assert_eq!(
            highlighted(piece, &ranges, true),
            "\u{1b}[1;33mgas\u{1b}[0m \\u{1b}]0;x\\u{7} \u{1b}[1;33mgas\u{1b}[0m"
        );
    }
}
