package org.reasoningexplorer.app.open;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.reasoningexplorer.app.tree.TreeModel;
import org.reasoningexplorer.app.i18n.Phrase;
import org.reasoningexplorer.app.notice.Notice;

/**
 * Opens trace files in the background with progress and cancel, and turns every way it can go wrong
 * into a notice for people: the file, the line and what was expected; for a file with a bad line
 * in the middle, an offer to open the events before it. The trace shown so far stays until a new
 * one has been read, so a failed open loses nothing.
 */
public final class TraceOpener {
    /** Where the outcomes go; called on the UI thread. */
    public interface Listener {
        /** A trace was read (perhaps only its readable prefix). */
        void opened(LoadOutcome.Loaded loaded);

        void notice(Notice notice);

        void status(Phrase status);

        /** The file could not be found, so it should leave the recent list. */
        void missing(Path file);
    }

    private final TraceLoader loader;
    private final Executor background;
    private final Executor ui;
    private final Listener listener;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyObjectWrapper<TreeModel> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private AtomicBoolean cancelled = new AtomicBoolean();
    private long generation;

    public TraceOpener(TraceLoader loader, Executor background, Executor ui, Listener listener) {
        this.loader = loader;
        this.background = background;
        this.ui = ui;
        this.listener = listener;
    }

    /** Starts reading a file; a load already running is cancelled first. */
    public void open(Path file) {
        cancel();
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        long gen = ++generation;
        loading.set(true);
        progress.set(0);
        listener.status(Phrase.of("status.opening", file.getFileName()));
        TraceLoader.Progress told = new TraceLoader.Progress() {
            @Override
            public void fraction(double done) {
                ui.execute(() -> {
                    if (gen == generation) {
                        progress.set(done);
                    }
                });
            }

            @Override
            public void preview(TreeModel soFar) {
                ui.execute(() -> {
                    if (gen == generation && loading.get()) {
                        preview.set(soFar);
                    }
                });
            }
        };
        background.execute(() -> {
            LoadOutcome outcome = loader.load(file, told, stop::get);
            ui.execute(() -> {
                if (gen == generation) {
                    loading.set(false);
                    // The trace opened (or the old one stays) before the preview goes, so the view swaps once.
                    handle(outcome);
                    preview.set(null);
                }
            });
        });
    }

    /** Stops the load in progress, if any; the trace shown stays. */
    public void cancel() {
        cancelled.set(true);
        preview.set(null);
    }

    /**
     * The tree read so far while a long load runs (shown growing in place of the trace open before),
     * or null: before the load shows anything, and once it ended, however it ended.
     */
    public ReadOnlyObjectProperty<TreeModel> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    private void handle(LoadOutcome outcome) {
        String name = outcome.file().getFileName().toString();
        if (outcome instanceof LoadOutcome.Cancelled) {
            listener.status(Phrase.of("status.openCancelled", name));
        } else if (outcome instanceof LoadOutcome.Loaded l) {
            listener.opened(l);
            if (l.document().truncated()) {
                listener.notice(new Notice(Notice.Severity.WARNING, Phrase.of("open.truncated.title"),
                        Phrase.of("open.truncated", name, l.document().events().size()),
                        String.join("\n", l.document().warnings()), null));
            } else if (!l.document().warnings().isEmpty()) {
                listener.status(Phrase.of("status.openedWithWarnings", name, l.document().warnings().size()));
            }
        } else if (outcome instanceof LoadOutcome.Failed f) {
            listener.notice(noticeFor(f, name));
            if (f.problem() == LoadOutcome.Problem.UNREADABLE && "no such file".equals(f.detail())) {
                listener.missing(f.file());
            }
            listener.status(Phrase.of("status.openFailed", name));
        }
    }

    private Notice noticeFor(LoadOutcome.Failed f, String name) {
        String where = f.file() + (f.line() > 0 ? ", line " + f.line() : "") + ":\n" + f.detail();
        switch (f.problem()) {
            case UNREADABLE:
                return new Notice(Notice.Severity.ERROR, Phrase.of("open.unreadable.title"),
                        Phrase.of("open.unreadable", name), where, null);
            case NOT_A_TRACE:
                return new Notice(Notice.Severity.ERROR, Phrase.of("open.notTrace.title"),
                        Phrase.of("open.notTrace", name, f.line()), where, null);
            case TOO_LARGE:
                return new Notice(Notice.Severity.ERROR, Phrase.of("open.tooLarge.title"),
                        Phrase.of("open.tooLarge", name), where, null);
            default:
                LoadOutcome.Loaded prefix = f.prefix();
                Notice.Offer offer = prefix == null ? null : new Notice.Offer(
                        Phrase.of("open.malformed.openPrefix", prefix.document().events().size()),
                        () -> listener.opened(prefix));
                return new Notice(Notice.Severity.ERROR, Phrase.of("open.malformed.title"),
                        Phrase.of(prefix == null ? "open.malformed" : "open.malformed.prefix", name, f.line(),
                                prefix == null ? 0 : prefix.document().events().size()), where, offer);
        }
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The share of the file read, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
