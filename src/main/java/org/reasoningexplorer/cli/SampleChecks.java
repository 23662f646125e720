package org.reasoningexplorer.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reasoningexplorer.engine.puzzle.Op;
import org.reasoningexplorer.engine.puzzle.Rational;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceTree;

/** What makes a sample trace instructive, checked on its events and final state. */
final class SampleChecks {
    private SampleChecks() {
    }

    static double correctShare(TraceTree t) {
        int n = 0;
        int ok = 0;
        for (TraceTree.Answer a : t.answers().values()) {
            n++;
            ok += a.correct() ? 1 : 0;
        }
        return n == 0 ? 0 : ok / (double) n;
    }

    static int winnerCount(TraceTree t) {
        TraceTree.Tally w = t.tally().get(t.selection().answer());
        return w == null ? 0 : w.count();
    }

    /** Some cluster holds answers written differently that normalisation made one. */
    static boolean mergedByNormalisation(TraceTree t) {
        Map<String, Set<String>> raw = new HashMap<>();
        for (TraceTree.Answer a : t.answers().values()) {
            raw.computeIfAbsent(a.normalized(), k -> new HashSet<>()).add(a.raw());
        }
        return raw.values().stream().anyMatch(s -> s.size() > 1);
    }

    static boolean majorityDiffersFromWeighted(TraceTree t) {
        String byCount = null;
        String byWeight = null;
        for (Map.Entry<String, TraceTree.Tally> e : t.tally().entrySet()) {
            if (byCount == null || e.getValue().count() > t.tally().get(byCount).count()) {
                byCount = e.getKey();
            }
            if (byWeight == null || e.getValue().weight() > t.tally().get(byWeight).weight()) {
                byWeight = e.getKey();
            }
        }
        return byCount != null && !byCount.equals(byWeight) && t.tally().get(byCount).count() > t.tally().get(byWeight).count();
    }

    private static final java.util.regex.Pattern STEP =
            java.util.regex.Pattern.compile("^(\\d+(?:/\\d+)?) (.) (\\d+(?:/\\d+)?) = (\\d+(?:/\\d+)?) ");

    /** A step whose written result differs from the true result of its operation. */
    static boolean hasSlip(TraceTree t) {
        for (int i = 1; i < t.size(); i++) {
            java.util.regex.Matcher m = STEP.matcher(t.text(i));
            if (m.find()) {
                Rational a = Rational.parse(m.group(1));
                Rational b = Rational.parse(m.group(3));
                Op op = Op.ofSymbol(m.group(2).charAt(0));
                if (!op.apply(a, b).equals(Rational.parse(m.group(4)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The chosen chain claims the target although its expression does not make it. */
    static boolean claimsTargetFalsely(TraceTree t) {
        TraceEvent.FinalSelection f = t.selection();
        return f != null && f.node() >= 0 && !f.correct() && t.text(f.node()).trim().endsWith("= 24");
    }

    static long count(List<TraceEvent> events, Class<? extends TraceEvent> type) {
        return events.stream().filter(type::isInstance).count();
    }

    /** The root child with the best Q after the 10th backpropagation is not the final most-visited root child. */
    static boolean overturned(List<TraceEvent> events, TraceTree finalTree) {
        TraceTree replay = new TraceTree();
        int backprops = 0;
        int early = -1;
        for (TraceEvent e : events) {
            replay.apply(e);
            if (e instanceof TraceEvent.Backpropagated && ++backprops == 10) {
                double best = Double.NEGATIVE_INFINITY;
                for (int c : replay.children(0)) {
                    if (replay.visits(c) >= 2 && replay.mean(c) > best) {
                        best = replay.mean(c);
                        early = c;
                    }
                }
                break;
            }
        }
        int fin = -1;
        for (int c : finalTree.children(0)) {
            if (fin < 0 || finalTree.visits(c) > finalTree.visits(fin)) {
                fin = c;
            }
        }
        return early >= 0 && fin != early && finalTree.selection().correct() && finalTree.visits(fin) >= 2 * finalTree.visits(early);
    }
}
