package org.reasoningexplorer.app.run;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reasoningexplorer.app.i18n.Phrase;
import org.reasoningexplorer.app.notice.Notice;
import org.reasoningexplorer.app.replay.ReplayViewModel;
import org.reasoningexplorer.engine.trace.TraceEvent;

/**
 * A search started from the app, shown as it runs: events flow into the replay in batches, the budget
 * spent is tracked, and when it ends people are told the answer and where the trace was saved.
 */
public final class LiveRunViewModel {
    /** Where the run's news goes; called on the UI thread. */
    public interface Listener {
        void status(Phrase status);

        void notice(Notice notice);

        /** The trace was saved (so it can go on the recent list). */
        void saved(Path file);
    }

    private final ReplayViewModel replay;
    private final Executor ui;
    private final Listener listener;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper budget = new ReadOnlyDoubleWrapper(this, "budget");
    private final ObservableList<LiveSearch.Draft> drafts = FXCollections.observableArrayList();
    private final ObservableList<LiveSearch.Draft> draftsView = FXCollections.unmodifiableObservableList(drafts);
    private LiveSearch current;

    public LiveRunViewModel(ReplayViewModel replay, Executor ui, Listener listener) {
        this.replay = replay;
        this.ui = ui;
        this.listener = listener;
    }

    /** Starts a search, cancelling one still running; the replay switches to it at once. */
    public void start(RunRequest request) {
        cancel();
        LiveSearch[] self = new LiveSearch[1];
        LiveSearch search = new LiveSearch(request, ui, new LiveSearch.Listener() {
            @Override
            public void events(List<TraceEvent> batch, double budgetSpent) {
                if (current == self[0]) {
                    replay.append(batch);
                    budget.set(budgetSpent);
                    settle(batch);
                }
            }

            @Override
            public void drafts(List<LiveSearch.Draft> now) {
                if (current == self[0]) {
                    drafts.setAll(now);
                }
            }

            @Override
            public void finished(LiveSearch.Result result) {
                if (current == self[0]) {
                    current = null;
                    drafts.clear();
                    running.set(false);
                    budget.set(1);
                    replay.endLive(result.file());
                    report(result, request);
                }
            }
        });
        self[0] = search;
        current = search;
        drafts.clear();
        replay.openLive(search.header());
        budget.set(0);
        running.set(true);
        listener.status(Phrase.of("status.running", search.header().strategyName(), search.header().problemText()));
        search.start();
    }

    /** Drafts under a parent that now has its new node give way to it (the real node replaces the provisional one). */
    private void settle(List<TraceEvent> batch) {
        if (drafts.isEmpty()) {
            return;
        }
        java.util.Set<Integer> parents = new java.util.HashSet<>();
        for (TraceEvent e : batch) {
            if (e instanceof TraceEvent.NodeCreated n && n.parent() >= 0) {
                parents.add(n.parent());
            }
        }
        if (!parents.isEmpty()) {
            drafts.removeIf(d -> parents.contains(d.parent()));
        }
    }

    /**
     * The steps being written right now by a model that streams, each with its parent node, text and
     * reasoning so far; updated on the UI thread at most every {@link LiveSearch#BATCH_MILLIS} ms, and a
     * draft leaves the list when its node arrives.
     */
    public ObservableList<LiveSearch.Draft> drafts() {
        return draftsView;
    }

    /** Asks the running search to stop; it still saves what it did. */
    public void cancel() {
        LiveSearch s = current;
        if (s != null) {
            s.cancel();
        }
    }

    private void report(LiveSearch.Result r, RunRequest request) {
        String file = r.file() == null ? "" : r.file().toString();
        if (r.file() != null && r.status() != LiveSearch.Status.FAILED) {
            listener.saved(r.file());
        }
        switch (r.status()) {
            case FAILED:
                listener.notice(new Notice(Notice.Severity.ERROR, Phrase.of("run.failed.title"),
                        Phrase.of(r.file() == null ? "run.failed" : "run.failed.partial", file), r.error(),
                        request.job().resumable() ? new Notice.Offer(Phrase.of("llm.run.resume"), () -> start(request)) : null));
                listener.status(Phrase.of("status.runFailed"));
                break;
            case CANCELLED:
                listener.status(Phrase.of("status.runCancelled", file));
                break;
            default:
                TraceEvent.FinalSelection f = finalSelection();
                Phrase verdict = f == null || f.node() < 0 ? Phrase.of("status.noAnswer")
                        : Phrase.of(f.correct() ? "status.answerRight" : "status.answerWrong", f.answer());
                listener.status(Phrase.of("status.runDone", verdict, file));
        }
    }

    private TraceEvent.FinalSelection finalSelection() {
        List<TraceEvent> events = replay.documentProperty().get().events();
        for (int i = events.size() - 1; i >= 0 && i >= events.size() - 4; i--) {
            if (events.get(i) instanceof TraceEvent.FinalSelection f) {
                return f;
            }
        }
        return null;
    }

    /** Whether a search is running. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The share of the running search's budget spent, 0 to 1. */
    public ReadOnlyDoubleProperty budgetProperty() {
        return budget.getReadOnlyProperty();
    }
}
