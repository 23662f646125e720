package org.reasoningexplorer.app.forensics;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.reasoningexplorer.app.i18n.Messages;
import org.reasoningexplorer.app.whatif.Cards;
import org.reasoningexplorer.engine.forensics.VoteForensics;

/** The "Why did the vote fail?" side tab: verdict, margins, clusters, every rule's choice and the wrong chains. */
public final class ForensicsView extends ScrollPane {
    /** Wrong chains listed at first, and added by each "show more". */
    static final int CHAIN_PAGE = ForensicsViewModel.CHAIN_PAGE;
    private final javafx.beans.value.ObservableValue<TraceForensics> result;
    private final java.util.function.IntConsumer select;
    private final Messages m;
    private final VBox content = new VBox(14);
    /** Counts rebuilds, so parts meant for a report since replaced are not added. */
    private long rebuilds;

    public ForensicsView(ForensicsViewModel vm, Messages m) {
        this(vm.resultProperty(), vm::select, m);
    }

    /** A view of a report, selecting a wrong chain's node through {@code select}. */
    ForensicsView(javafx.beans.value.ObservableValue<TraceForensics> result, java.util.function.IntConsumer select, Messages m) {
        this.result = result;
        this.select = select;
        this.m = m;
        setId("forensics");
        setFitToWidth(true);
        getStylesheets().add(Cards.STYLESHEET);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.getStyleClass().add("rx-panel-content");
        setContent(content);
        result.addListener((o, a, b) -> rebuild());
        m.languageProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        rebuilds++;
        content.getChildren().clear();
        TraceForensics f = result.getValue();
        if (f == null) {
            Label hint = Cards.muted(m.get("forensics.placeholder"));
            hint.setId("forensics-placeholder");
            content.getChildren().add(hint);
            return;
        }
        VoteForensics.Report r = f.report();
        Label verdict = Cards.value(verdict(r));
        verdict.setId("forensics-verdict");
        Label chosen = r.winner() == null ? Cards.muted(m.get("forensics.noWinner"))
                : Cards.chip(m.get("forensics.chosen", r.winner().answer()) + "  "
                        + m.get(r.winner().correct() ? "whatif.correct" : "whatif.wrong"), r.winner().correct());
        chosen.setId("forensics-chosen");
        content.getChildren().add(Cards.section(m.get("forensics.verdict"), chosen, verdict));
        Label margins = Cards.value(m.get("forensics.margins", fmt(r.voteMargin()), fmt(r.scoreMargin())));
        margins.setId("forensics-margins");
        content.getChildren().add(Cards.section(m.get("forensics.margin"), margins));
        // The rest comes a frame at a time: styling and laying out the whole report in one frame kept the
        // FX thread busy for over 100 ms the first time on a big trace.
        StackPane table = new StackPane();
        content.getChildren().add(Cards.section(m.get("forensics.clusters"), table));
        VBox rules = new VBox(3);
        rules.setId("forensics-rules");
        content.getChildren().add(Cards.section(m.get("forensics.rules"), rules));
        VBox chains = new VBox(3);
        chains.setId("forensics-wrong-chains");
        content.getChildren().add(Cards.section(m.get("forensics.wrongChains"), chains));
        long shown = rebuilds;
        Runnable fillRules = () -> {
            for (VoteForensics.RuleOutcome o : r.rules()) {
                String mark = o.answer() == null ? "–" : o.correct() ? "✓" : "✗";
                Label l = Cards.value(mark + "  " + ruleName(o.rule()) + ":  " + (o.answer() == null ? "(" + o.note() + ")" : o.answer()));
                l.getStyleClass().add(o.answer() == null ? "rx-muted" : o.correct() ? "rx-forensics-good" : "rx-forensics-bad");
                rules.getChildren().add(l);
            }
        };
        Runnable fillChains = () -> {
            if (r.wrongChains().isEmpty()) {
                chains.getChildren().add(Cards.muted(m.get("forensics.noWrongChains")));
            } else {
                showMoreChains(chains, f, 0);
            }
        };
        inFrames(shown, List.of(() -> table.getChildren().add(clusters(r, f.clustersByVotes())), fillRules, fillChains));
    }

    /** The verdict in the reader's language: what it blames, and for a rule the rules that would have been right. */
    private String verdict(VoteForensics.Report r) {
        List<String> right = VoteForensics.rightRules(r.rules()).stream().map(this::ruleName).toList();
        return m.get("forensics.cause." + r.cause().name(), String.join(m.get("forensics.rule.list.separator"), right));
    }

    /** A selection rule's name in the reader's language, its scorer (in brackets) as it is. */
    private String ruleName(String rule) {
        String[][] families = {{"majority vote", "majority"}, {"weighted vote", "weighted"}, {"best-of-n", "best"}, {"top-50% vote", "top"}};
        for (String[] f : families) {
            if (rule.startsWith(f[0])) {
                return m.get("forensics.rule." + f[1]) + rule.substring(f[0].length());
            }
        }
        return rule;
    }

    /** Runs the steps one a frame while the report they belong to is still the one shown. */
    private void inFrames(long shown, List<Runnable> steps) {
        if (steps.isEmpty() || rebuilds != shown) {
            return;
        }
        nextFrame(() -> {
            if (rebuilds == shown) {
                steps.get(0).run();
                inFrames(shown, steps.subList(1, steps.size()));
            }
        });
    }

    /** Runs {@code r} at the start of the next frame, after this one has been styled, laid out and drawn. */
    private static void nextFrame(Runnable r) {
        new javafx.animation.AnimationTimer() {
            private boolean skipped;

            @Override
            public void handle(long now) {
                // The first call can come in the frame being built; the one after it is the next frame.
                if (!skipped) {
                    skipped = true;
                    return;
                }
                stop();
                r.run();
            }
        }.start();
    }

    /**
     * Lists the wrong chains from {@code from} on, a page at a time: a search can leave thousands, and a
     * wrapped link each would take seconds to lay out (and slow every later frame).
     */
    private void showMoreChains(VBox chains, TraceForensics f, int from) {
        List<VoteForensics.WrongChain> all = f.report().wrongChains();
        int to = Math.min(all.size(), from + CHAIN_PAGE);
        for (VoteForensics.WrongChain w : all.subList(from, to)) {
            int target = w.firstWrongStep() >= 0 ? w.firstWrongStep() : w.leaf();
            String step = w.firstWrongStep() < 0 ? m.get("forensics.notFound") : shorten(f.tree().text(w.firstWrongStep()));
            Hyperlink link = new Hyperlink(m.get("forensics.wrongChain", w.leaf(), step));
            link.setWrapText(true);
            link.setOnAction(e -> select.accept(target));
            chains.getChildren().add(link);
        }
        if (to < all.size()) {
            Hyperlink more = new Hyperlink(m.get("forensics.moreChains", Math.min(CHAIN_PAGE, all.size() - to), all.size() - to));
            more.setId("forensics-more-chains");
            more.getStyleClass().add("rx-muted");
            more.setOnAction(e -> {
                chains.getChildren().remove(more);
                showMoreChains(chains, f, to);
            });
            chains.getChildren().add(more);
        }
    }

    private TableView<VoteForensics.Cluster> clusters(VoteForensics.Report r, List<VoteForensics.Cluster> sorted) {
        TableView<VoteForensics.Cluster> t = new TableView<>();
        t.setId("forensics-clusters");
        t.getItems().setAll(sorted);
        t.getColumns().add(column("forensics.col.answer", c -> c.answer() + (c == r.winner() ? "  ◀" : "")));
        t.getColumns().add(column("forensics.col.votes", c -> Integer.toString(c.votes())));
        t.getColumns().add(column("forensics.col.weight", c -> fmt(c.weight())));
        t.getColumns().add(column("forensics.col.correct", c -> c.correct() ? "✓" : ""));
        t.getColumns().add(column("forensics.col.merged", c -> c.merged() ? m.get("forensics.mergedForms", c.writtenForms().size()) : ""));
        double[] share = {0.28, 0.13, 0.23, 0.16, 0.20};
        for (int i = 0; i < share.length; i++) {
            t.getColumns().get(i).prefWidthProperty().bind(t.widthProperty().subtract(20).multiply(share[i]));
        }
        t.setFixedCellSize(26);
        t.setPrefHeight(30 + 26 * Math.min(8, Math.max(1, r.clusters().size())) + 4);
        return t;
    }

    private TableColumn<VoteForensics.Cluster, String> column(String key, java.util.function.Function<VoteForensics.Cluster, String> f) {
        TableColumn<VoteForensics.Cluster, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    private static String shorten(String s) {
        String t = s == null ? "" : s.strip();
        return t.length() > 60 ? t.substring(0, 59) + "…" : t;
    }

    static String fmt(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.3f", v);
    }
}
