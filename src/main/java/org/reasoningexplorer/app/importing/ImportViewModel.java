package org.reasoningexplorer.app.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.reasoningexplorer.app.i18n.Phrase;
import org.reasoningexplorer.app.notice.Notice;
import org.reasoningexplorer.app.replay.ReplayViewModel;
import org.reasoningexplorer.app.replay.TraceDocument;
import org.reasoningexplorer.engine.importer.ImportException;
import org.reasoningexplorer.engine.importer.ImportProgress;
import org.reasoningexplorer.engine.importer.ImportedTrace;
import org.reasoningexplorer.engine.importer.Importers;
import org.reasoningexplorer.engine.trace.TraceFormat;
import org.reasoningexplorer.engine.trace.TraceTree;
import org.reasoningexplorer.engine.trace.TraceWriter;

/**
 * Opens files made by other tools: reads them on a background thread, offers the problems a file
 * holds, and opens the chosen one as a trace in memory (it can be saved as {@code .trace.jsonl}).
 * A file that is a trace after all goes to the normal opener.
 */
public final class ImportViewModel {
    /** Where the outcome goes, on the UI thread. */
    public interface Listener {
        /** The file is a trace: open it the normal way. */
        void openTrace(Path file);

        void notice(Notice n);

        void status(Phrase p);
    }

    /** The problems read from one file, for the person to choose from. */
    public record Choice(Path file, List<Summary> problems) {
    }

    private final ReplayViewModel replay;
    private final Executor background;
    private final Executor ui;
    private final Listener listener;
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(this, "reading");
    private final ReadOnlyObjectWrapper<Choice> choice = new ReadOnlyObjectWrapper<>(this, "choice");
    private final ReadOnlyObjectWrapper<ImportedTrace> opened = new ReadOnlyObjectWrapper<>(this, "opened");
    private final AtomicLong generation = new AtomicLong();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyIntegerWrapper records = new ReadOnlyIntegerWrapper(this, "records");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private volatile AtomicBoolean cancelled = new AtomicBoolean();

    public ImportViewModel(ReplayViewModel replay, Executor background, Executor ui, Listener listener) {
        this.replay = replay;
        this.background = background;
        this.ui = ui;
        this.listener = listener;
    }

    /** Opens a trace the normal way, or imports anything else; {@code forceImport} skips the trace check. */
    public void open(Path file, boolean forceImport) {
        long gen = generation.incrementAndGet();
        cancelled.set(true);
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        this.file.set(file);
        progress.set(-1);
        records.set(0);
        reading.set(true);
        listener.status(Phrase.of("import.reading", file.getFileName()));
        Coalescer report = new Coalescer(gen);
        background.execute(() -> {
            if (!forceImport && Files.isRegularFile(file) && TraceFormat.isTrace(file)) {
                ui.execute(() -> finish(gen, () -> listener.openTrace(file)));
                return;
            }
            try {
                List<Summary> problems = Importers.read(file, report, stop::get).stream().map(ImportViewModel::summarize).toList();
                ui.execute(() -> finish(gen, () -> offer(file, problems)));
            } catch (CancellationException e) {
                // Cancelled: the trace shown stays; cancel() has already said so.
            } catch (ImportException e) {
                ui.execute(() -> finish(gen, () -> fail(file, e.getMessage())));
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> finish(gen, () -> fail(file, file + ": " + e.getMessage())));
            }
        });
    }

    /** Stops waiting for a file being read (its result is then ignored). */
    public void cancel() {
        if (reading.get()) {
            generation.incrementAndGet();
            cancelled.set(true);
            progress.set(-1);
            reading.set(false);
            listener.status(Phrase.of("import.cancelled"));
        }
    }

    private void finish(long gen, Runnable r) {
        if (gen == generation.get()) {
            reading.set(false);
            r.run();
        }
    }

    private void offer(Path file, List<Summary> problems) {
        if (problems.isEmpty()) {
            fail(file, file + ": no problems in the file");
            return;
        }
        choice.set(null);
        choice.set(new Choice(file, problems));
    }

    private void fail(Path file, String detail) {
        listener.notice(new Notice(Notice.Severity.ERROR, Phrase.of("import.failed.title"),
                Phrase.of("import.failed", file.getFileName()), detail, null));
        listener.status(Phrase.of("import.failed", file.getFileName()));
    }

    /** Opens one imported problem as a trace in memory. */
    public void choose(ImportedTrace trace) {
        TraceTree folded = new TraceTree().withUndo();
        trace.events().forEach(folded::apply);
        replay.open(new TraceDocument(null, trace.header(), trace.events(), List.of(), false), folded);
        opened.set(trace);
        listener.status(Phrase.of("import.opened", trace.problemId(), trace.events().size()));
    }

    /** Writes the problem shown as a trace file. */
    public void save(ImportedTrace trace, Path out) throws IOException {
        try (TraceWriter w = new TraceWriter(out, trace.header())) {
            trace.events().forEach(w::accept);
        }
        listener.status(Phrase.of("import.saved", out));
    }

    /** One line describing a problem for the chooser: nodes and the answer chosen or most voted. */
    public static Summary summarize(ImportedTrace t) {
        TraceTree tree = t.fold();
        String answer = "";
        var sel = tree.selection();
        if (sel != null && sel.answer() != null) {
            answer = sel.answer();
        } else {
            int best = -1;
            for (var e : tree.tally().entrySet()) {
                if (e.getValue().count() > best) {
                    best = e.getValue().count();
                    answer = e.getKey();
                }
            }
        }
        return new Summary(t.problemId(), tree.size(), answer == null ? "" : answer, t);
    }

    /** A row of the chooser. */
    public record Summary(String problemId, int nodes, String answer, ImportedTrace trace) {
    }

    /** Hands the importer's progress to the UI thread, at most one hand-over waiting at a time. */
    private final class Coalescer implements ImportProgress {
        private final long gen;
        private final AtomicReference<long[]> latest = new AtomicReference<>();
        private long lastPost;

        Coalescer(long gen) {
            this.gen = gen;
            this.lastPost = System.nanoTime() - PROGRESS_NANOS;
        }

        @Override
        public void progress(long bytesRead, long totalBytes, int count) {
            latest.set(new long[] {bytesRead, totalBytes, count});
            long t = System.nanoTime();
            boolean last = totalBytes > 0 && bytesRead >= totalBytes;
            if (last || t - lastPost >= PROGRESS_NANOS) {
                lastPost = t;
                ui.execute(() -> {
                    long[] v = latest.getAndSet(null);
                    if (v != null && gen == generation.get()) {
                        progress.set(v[1] > 0 ? Math.min(1.0, (double) v[0] / v[1]) : -1);
                        records.set((int) v[2]);
                    }
                });
            }
        }
    }

    /** How often progress reaches the UI thread, at most. */
    private static final long PROGRESS_NANOS = 50_000_000L;

    /** Whether a file is being read. */
    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** The share of the file read, 0 to 1, or -1 while unknown (ProgressBar shows it as indeterminate). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Records (problems) read so far. */
    public ReadOnlyIntegerProperty recordsProperty() {
        return records.getReadOnlyProperty();
    }

    /** The file being (or last) read. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The problems of the file just read (set anew for each file). */
    public ReadOnlyObjectProperty<Choice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    /** The imported problem shown, or null. */
    public ReadOnlyObjectProperty<ImportedTrace> openedProperty() {
        return opened.getReadOnlyProperty();
    }
}
