package org.reasoningexplorer.engine.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of a search as folded from its events: the tree, scores, MCTS statistics, beams,
 * answers, the vote tally and the compute spent.
 *
 * <p>Live searches keep their state here and change it only through {@link #apply}, so replaying a
 * trace's events reproduces the live state exactly. Per-node data is stored as parallel arrays
 * (struct of arrays) indexed by node id; ids are dense and assigned in creation order.
 */
public final class TraceTree {
    /** A node's status in the search. */
    public enum Status { LIVE, KEPT, PRUNED }

    /** One score given to a node. */
    public record ScoreEntry(String verifier, ScoreKind kind, double value, double truth, List<String> judgements) {
    }

    /** The answer read from a terminal node. */
    public record Answer(String raw, String normalized, boolean correct) {
    }

    /** One answer cluster's tally: votes, summed weight, and the nodes that voted for it. */
    public record Tally(int count, double weight, List<Integer> nodes) {
    }

    private int size;
    private int[] parent = new int[16];
    private int[] depth = new int[16];
    private int[] firstChild = new int[16];
    private int[] lastChild = new int[16];
    private int[] nextSibling = new int[16];
    private int[] visits = new int[16];
    private double[] mean = new double[16];
    private double[] prior = new double[16];
    private int[] tokens = new int[16];
    private boolean[] terminal = new boolean[16];
    private byte[] status = new byte[16];
    private String[] keys = new String[16];
    private String[] texts = new String[16];
    private final Map<Integer, List<ScoreEntry>> scores = new LinkedHashMap<>();
    private final Map<Integer, Answer> answers = new LinkedHashMap<>();
    private final Map<Integer, String> reasoning = new java.util.HashMap<>();
    private final Map<String, Tally> tally = new LinkedHashMap<>();
    private final Map<String, List<Integer>> voters = new LinkedHashMap<>();
    private static final Status[] STATUSES = Status.values();
    private long steps;
    private long tokenTotal;
    private long verifierCalls;
    private long events;
    private TraceEvent lastEvent;
    private TraceEvent.FinalSelection selection;
    private TraceEvent.Ended ended;
    private java.util.ArrayDeque<Runnable> undoLog;

    /**
     * Keeps an undo record for every event applied from now on, so {@link #undoLast} can step a
     * replay backwards without folding from the start. Returns this tree.
     */
    public TraceTree withUndo() {
        if (undoLog == null) {
            undoLog = new java.util.ArrayDeque<>();
        }
        return this;
    }

    /** Whether an applied event can be undone. */
    public boolean canUndo() {
        return undoLog != null && !undoLog.isEmpty();
    }

    /** Reverts the last applied event exactly; requires {@link #withUndo} before it was applied. */
    public void undoLast() {
        if (!canUndo()) {
            throw new IllegalStateException("no event to undo: enable withUndo() before applying events");
        }
        undoLog.pop().run();
    }

    /** Applies one event; throws IllegalArgumentException naming the problem when it does not fit the tree. */
    public void apply(TraceEvent e) {
        Runnable undo = undoLog == null ? null : undoFor(e);
        if (e instanceof TraceEvent.NodeCreated n) {
            addNode(n);
        } else if (e instanceof TraceEvent.Scored s) {
            checkNode(s.node(), "score");
            scores.computeIfAbsent(s.node(), k -> new ArrayList<>(2))
                    .add(new ScoreEntry(s.verifier(), s.kind(), s.value(), s.truth(), s.judgements()));
            verifierCalls += s.calls();
        } else if (e instanceof TraceEvent.Reasoning r) {
            checkNode(r.node(), "reasoning");
            reasoning.merge(r.node(), r.text(), (a, b) -> a + b);
        } else if (e instanceof TraceEvent.Simulated s) {
            checkNode(s.node(), "simulate");
            steps += s.steps().size();
            tokenTotal += s.tokens();
        } else if (e instanceof TraceEvent.Backpropagated b) {
            applyBackprop(b);
        } else if (e instanceof TraceEvent.BeamStep b) {
            b.kept().forEach(id -> checkNode(id, "beam"));
            b.pruned().forEach(id -> checkNode(id, "beam"));
            for (int id : b.kept()) {
                status[id] = (byte) Status.KEPT.ordinal();
            }
            for (int id : b.pruned()) {
                status[id] = (byte) Status.PRUNED.ordinal();
            }
        } else if (e instanceof TraceEvent.Pruned p) {
            checkNode(p.node(), "prune");
            status[p.node()] = (byte) Status.PRUNED.ordinal();
        } else if (e instanceof TraceEvent.AnswerExtracted a) {
            checkNode(a.node(), "answer");
            answers.put(a.node(), new Answer(a.answer(), a.normalized(), a.correct()));
        } else if (e instanceof TraceEvent.VoteCast v) {
            checkNode(v.node(), "vote");
            // The nodes list is a live view, so a vote costs O(1) however popular the answer.
            List<Integer> nodes = voters.computeIfAbsent(v.answer(), k -> new ArrayList<>());
            nodes.add(v.node());
            tally.put(v.answer(), new Tally(v.count(), v.totalWeight(), Collections.unmodifiableList(nodes)));
        } else if (e instanceof TraceEvent.FinalSelection f) {
            if (f.node() >= 0) {
                checkNode(f.node(), "final");
            }
            selection = f;
        } else if (e instanceof TraceEvent.Ended end) {
            ended = end;
        } else if (e instanceof TraceEvent.Selected s) {
            for (int id : s.path()) {
                checkNode(id, "select");
            }
        } else if (e instanceof TraceEvent.Expanded x) {
            checkNode(x.node(), "expand");
            for (int id : x.children()) {
                checkNode(id, "expand");
            }
        } else if (e instanceof TraceEvent.Backtracked b) {
            checkNode(b.from(), "backtrack");
            checkNode(b.to(), "backtrack");
        }
        if (undo != null) {
            TraceEvent previous = lastEvent;
            undoLog.push(() -> {
                undo.run();
                lastEvent = previous;
                events--;
            });
        }
        lastEvent = e;
        events++;
    }

    /** Captures what the event will overwrite, as a restoring action; runs before the event is applied. */
    private Runnable undoFor(TraceEvent e) {
        if (e instanceof TraceEvent.NodeCreated n) {
            int p = n.parent();
            int previousLast = p >= 0 && p < size ? lastChild[p] : -1;
            return () -> {
                int id = --size;
                if (p >= 0) {
                    if (previousLast < 0) {
                        firstChild[p] = -1;
                    } else {
                        nextSibling[previousLast] = -1;
                    }
                    lastChild[p] = previousLast;
                    steps--;
                    tokenTotal -= tokens[id];
                }
                texts[id] = null;
                keys[id] = null;
                visits[id] = 0;
                mean[id] = 0;
                status[id] = 0;
            };
        }
        if (e instanceof TraceEvent.Scored s) {
            return () -> {
                List<ScoreEntry> list = scores.get(s.node());
                list.remove(list.size() - 1);
                if (list.isEmpty()) {
                    scores.remove(s.node());
                }
                verifierCalls -= s.calls();
            };
        }
        if (e instanceof TraceEvent.Reasoning r) {
            String old = reasoning.get(r.node());
            return () -> {
                if (old == null) {
                    reasoning.remove(r.node());
                } else {
                    reasoning.put(r.node(), old);
                }
            };
        }
        if (e instanceof TraceEvent.Simulated s) {
            return () -> {
                steps -= s.steps().size();
                tokenTotal -= s.tokens();
            };
        }
        if (e instanceof TraceEvent.Backpropagated b) {
            int[] oldVisits = new int[b.path().size()];
            double[] oldMeans = new double[b.path().size()];
            for (int i = 0; i < oldVisits.length; i++) {
                int id = b.path().get(i);
                oldVisits[i] = id >= 0 && id < size ? visits[id] : 0;
                oldMeans[i] = id >= 0 && id < size ? mean[id] : 0;
            }
            return () -> {
                for (int i = oldVisits.length - 1; i >= 0; i--) {
                    visits[b.path().get(i)] = oldVisits[i];
                    mean[b.path().get(i)] = oldMeans[i];
                }
            };
        }
        if (e instanceof TraceEvent.BeamStep || e instanceof TraceEvent.Pruned) {
            List<Integer> ids = new ArrayList<>();
            if (e instanceof TraceEvent.BeamStep b) {
                ids.addAll(b.kept());
                ids.addAll(b.pruned());
            } else {
                ids.add(((TraceEvent.Pruned) e).node());
            }
            byte[] old = new byte[ids.size()];
            for (int i = 0; i < old.length; i++) {
                int id = ids.get(i);
                old[i] = id >= 0 && id < size ? status[id] : 0;
            }
            return () -> {
                for (int i = old.length - 1; i >= 0; i--) {
                    status[ids.get(i)] = old[i];
                }
            };
        }
        if (e instanceof TraceEvent.AnswerExtracted a) {
            Answer old = answers.get(a.node());
            return () -> {
                if (old == null) {
                    answers.remove(a.node());
                } else {
                    answers.put(a.node(), old);
                }
            };
        }
        if (e instanceof TraceEvent.VoteCast v) {
            Tally old = tally.get(v.answer());
            return () -> {
                List<Integer> nodes = voters.get(v.answer());
                nodes.remove(nodes.size() - 1);
                if (old == null) {
                    tally.remove(v.answer());
                    voters.remove(v.answer());
                } else {
                    tally.put(v.answer(), old);
                }
            };
        }
        if (e instanceof TraceEvent.FinalSelection) {
            TraceEvent.FinalSelection old = selection;
            return () -> selection = old;
        }
        if (e instanceof TraceEvent.Ended) {
            TraceEvent.Ended old = ended;
            return () -> ended = old;
        }
        return () -> { };
    }

    private void addNode(TraceEvent.NodeCreated n) {
        if (n.id() != size) {
            throw new IllegalArgumentException("node id " + n.id() + " out of order: expected " + size);
        }
        if (size == 0 ? n.parent() != -1 : (n.parent() < 0 || n.parent() >= size)) {
            throw new IllegalArgumentException("node " + n.id() + " has parent " + n.parent()
                    + (size == 0 ? "; the first node must be the root with parent -1" : "; no such node yet"));
        }
        grow();
        int id = size++;
        parent[id] = n.parent();
        depth[id] = n.parent() < 0 ? 0 : depth[n.parent()] + 1;
        firstChild[id] = -1;
        lastChild[id] = -1;
        nextSibling[id] = -1;
        prior[id] = n.prior();
        tokens[id] = n.tokens();
        terminal[id] = n.terminal();
        keys[id] = n.key();
        texts[id] = n.text();
        if (n.parent() >= 0) {
            int p = n.parent();
            if (lastChild[p] < 0) {
                firstChild[p] = id;
            } else {
                nextSibling[lastChild[p]] = id;
            }
            lastChild[p] = id;
            steps++;
            tokenTotal += n.tokens();
        }
    }

    private void applyBackprop(TraceEvent.Backpropagated b) {
        if (b.path().size() != b.visits().size() || b.path().size() != b.means().size()) {
            throw new IllegalArgumentException("backprop path, visits and means differ in length");
        }
        b.path().forEach(id -> checkNode(id, "backprop"));
        for (int i = 0; i < b.path().size(); i++) {
            int id = b.path().get(i);
            visits[id] = b.visits().get(i);
            mean[id] = b.means().get(i);
        }
    }

    private void checkNode(int id, String what) {
        if (id < 0 || id >= size) {
            throw new IllegalArgumentException(what + " event names node " + id + ", but only nodes 0.." + (size - 1) + " exist");
        }
    }

    private void grow() {
        if (size < parent.length) {
            return;
        }
        int n = parent.length * 2;
        parent = Arrays.copyOf(parent, n);
        depth = Arrays.copyOf(depth, n);
        firstChild = Arrays.copyOf(firstChild, n);
        lastChild = Arrays.copyOf(lastChild, n);
        nextSibling = Arrays.copyOf(nextSibling, n);
        visits = Arrays.copyOf(visits, n);
        mean = Arrays.copyOf(mean, n);
        prior = Arrays.copyOf(prior, n);
        tokens = Arrays.copyOf(tokens, n);
        terminal = Arrays.copyOf(terminal, n);
        status = Arrays.copyOf(status, n);
        keys = Arrays.copyOf(keys, n);
        texts = Arrays.copyOf(texts, n);
    }

    public int size() {
        return size;
    }

    public int parent(int id) {
        return parent[id];
    }

    public int depth(int id) {
        return depth[id];
    }

    /** The node's children in creation order. */
    public List<Integer> children(int id) {
        List<Integer> out = new ArrayList<>();
        for (int c = firstChild[id]; c >= 0; c = nextSibling[c]) {
            out.add(c);
        }
        return out;
    }

    public int firstChild(int id) {
        return firstChild[id];
    }

    public int nextSibling(int id) {
        return nextSibling[id];
    }

    /** The path from the root to the node, root first. */
    public List<Integer> pathTo(int id) {
        List<Integer> path = new ArrayList<>();
        for (int n = id; n >= 0; n = parent[n]) {
            path.add(n);
        }
        Collections.reverse(path);
        return path;
    }

    public int visits(int id) {
        return visits[id];
    }

    public double mean(int id) {
        return mean[id];
    }

    public double prior(int id) {
        return prior[id];
    }

    public int tokens(int id) {
        return tokens[id];
    }

    public boolean isTerminal(int id) {
        return terminal[id];
    }

    public Status status(int id) {
        return STATUSES[status[id]];
    }

    public String key(int id) {
        return keys[id];
    }

    public String text(int id) {
        return texts[id];
    }

    public List<ScoreEntry> scores(int id) {
        return scores.getOrDefault(id, List.of());
    }

    /** The most recent score of this kind on the node, or NaN. */
    public double latestScore(int id, ScoreKind kind) {
        List<ScoreEntry> list = scores.get(id);
        if (list != null) {
            for (int i = list.size() - 1; i >= 0; i--) {
                if (list.get(i).kind() == kind) {
                    return list.get(i).value();
                }
            }
        }
        return Double.NaN;
    }

    /** The reasoning a model wrote behind the node's step, or "" when none was recorded. */
    public String reasoning(int id) {
        return reasoning.getOrDefault(id, "");
    }

    public Answer answer(int id) {
        return answers.get(id);
    }

    /** Every answered node, in the order answers were extracted. */
    public Map<Integer, Answer> answers() {
        return Collections.unmodifiableMap(answers);
    }

    /** The vote tally by normalised answer, in the order clusters first received a vote. */
    public Map<String, Tally> tally() {
        return Collections.unmodifiableMap(tally);
    }

    public TraceEvent.FinalSelection selection() {
        return selection;
    }

    public TraceEvent.Ended ended() {
        return ended;
    }

    public TraceEvent lastEvent() {
        return lastEvent;
    }

    public long eventCount() {
        return events;
    }

    public Compute compute() {
        return new Compute(steps, tokenTotal, verifierCalls);
    }

    /**
     * A canonical text of the whole state, for checking that a replay equals a live run.
     * Linear in the size of the tree.
     */
    public String digest() {
        StringBuilder sb = new StringBuilder(64 + size * 48);
        sb.append(events).append('|').append(compute()).append('\n');
        for (int i = 0; i < size; i++) {
            sb.append(i).append(',').append(parent[i]).append(',').append(keys[i]).append(',').append(texts[i])
                    .append(',').append(prior[i]).append(',').append(tokens[i]).append(',').append(terminal[i])
                    .append(',').append(status[i]).append(',').append(visits[i]).append(',').append(mean[i])
                    .append(',').append(scores.getOrDefault(i, List.of())).append(',').append(answers.get(i))
                    .append(',').append(reasoning.getOrDefault(i, "")).append('\n');
        }
        sb.append(tally).append('\n').append(selection).append('\n').append(ended);
        return sb.toString();
    }
}
