package org.reasoningexplorer.app.forensics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reasoningexplorer.app.i18n.Phrase;
import org.reasoningexplorer.engine.trace.TraceReader;

/** Forensics over a folder of traces: the failed votes, narrowest loss first, analysed on a background thread. */
public final class ForensicsBatchViewModel {
    /** One failed trace. */
    public record Failure(Path file, double voteMargin, double scoreMargin, String chosen, String verdict) {
    }

    private final Executor background;
    private final Executor ui;
    private final ObservableList<Failure> failures = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyObjectWrapper<Phrase> summary = new ReadOnlyObjectWrapper<>(this, "summary", Phrase.NONE);
    private AtomicBoolean cancel = new AtomicBoolean();

    public ForensicsBatchViewModel(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /** Analyses every {@code *.trace.jsonl} in the folder (not its subfolders). */
    public void scan(Path folder) {
        cancel.set(true);
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        failures.clear();
        running.set(true);
        progress.set(0);
        summary.set(Phrase.of("batch.scanning", folder));
        background.execute(() -> {
            List<Path> files;
            try (Stream<Path> s = Files.list(folder)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".trace.jsonl")).sorted().toList();
            } catch (IOException e) {
                ui.execute(() -> done(List.of(), Phrase.of("batch.unreadable", folder, e.getMessage())));
                return;
            }
            List<Failure> found = new ArrayList<>();
            int analysed = 0;
            for (int i = 0; i < files.size() && !stop.get(); i++) {
                try {
                    TraceReader.ReadResult r = TraceReader.readAll(files.get(i));
                    TraceForensics f = TraceForensics.of(files.get(i), r.header(), r.events());
                    analysed++;
                    if (f.report().failed()) {
                        var rep = f.report();
                        found.add(new Failure(files.get(i), rep.voteMargin(), rep.scoreMargin(), rep.winner().answer(), rep.verdict()));
                    }
                } catch (IOException | RuntimeException e) {
                    // Not a readable trace of a vote: skipped, counted below.
                }
                double p = (i + 1.0) / files.size();
                ui.execute(() -> progress.set(p));
            }
            found.sort(Comparator.comparingDouble((Failure f) -> Double.isNaN(f.voteMargin()) ? Double.MAX_VALUE : f.voteMargin()));
            int total = analysed;
            Phrase p = stop.get() ? Phrase.of("batch.cancelled") : Phrase.of("batch.summary", found.size(), total);
            ui.execute(() -> {
                if (cancel == stop || stop.get()) {
                    done(found, p);
                }
            });
        });
    }

    private void done(List<Failure> found, Phrase p) {
        failures.setAll(found);
        running.set(false);
        progress.set(1);
        summary.set(p);
    }

    public void cancel() {
        cancel.set(true);
    }

    /** The failures found, narrowest vote margin first. */
    public ObservableList<Failure> failures() {
        return FXCollections.unmodifiableObservableList(failures);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phrase> summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
