package org.reasoningexplorer.app.notice;

import org.reasoningexplorer.app.i18n.Phrase;

/**
 * Something a person must be told in a dialog: a failed open, a cut-off file, a search that failed.
 * View-models publish notices; the window shows them.
 *
 * @param detail the technical detail (the reader's own words: file, line, what was expected), or empty
 * @param action an offer the dialog makes beside "Close", e.g. "Open the first 120 events", or null
 */
public record Notice(Severity severity, Phrase title, Phrase message, String detail, Offer action) {
    /** How serious the notice is; decides the dialog's icon. */
    public enum Severity { INFO, WARNING, ERROR }

    /** A button the dialog offers, and what it does. */
    public record Offer(Phrase label, Runnable run) {
    }

    public Notice {
        detail = detail == null ? "" : detail;
    }
}
