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

    /**
     * Reads back, when asked, the event that created a node: for trees that keep no step texts, keys,
     * priors or token counts (see {@link #withLazyTexts}).
     */
    @FunctionalInterface
    public interface NodeTexts {
        TraceEvent.NodeCreated created(int node);

        default String text(int node) {
            return created(node).text();
        }
    }

    private static final Status[] STATUSES = Status.values();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private int size;
    private int[] parent = new int[16];
    private int[] firstChild = new int[16];
    private int[] lastChild = new int[16];
    private int[] nextSibling = new int[16];
    private int[] visits = new int[16];
    private double[] mean = new double[16];
    private double[] prior = new double[16];
    private int[] tokens = new int[16];
    private boolean[] terminal = new boolean[16];
    private byte[] status = new byte[16];
    /** Keys of 16 lowercase hex digits, as numbers; any other key is kept in {@link #otherKeys}. */
    private long[] keyBits = new long[16];
    private final Map<Integer, String> otherKeys = new java.util.HashMap<>();
    /** Step texts, or null when they are read lazily from {@link #lazyTexts}. */
    private String[] texts = new String[16];
    private NodeTexts lazyTexts;
    /** Whether a snapshot holds {@link #parent}, {@link #firstChild}, {@link #nextSibling} and {@link #visits}. */
    private boolean structureShared;
    /** Per node: its newest score in {@link #scoreStore}, -1 when it has none. */
    private int[] newestScore = new int[16];
    private final Scores scoreStore = new Scores();
    /** Per node: its answer, or null. */
    private Answer[] answerOf = new Answer[16];
    /** Answered nodes in the order their answers were extracted (first time only). */
    private int[] answerOrder = new int[16];
    private int answerCount;
    /** One copy of each normal form and verifier name, however many events repeat it. */
    private final Map<String, String> normalForms = new java.util.HashMap<>();
    private final Map<Integer, String> reasoning = new java.util.HashMap<>();
    private final Map<String, Tally> tally = new LinkedHashMap<>();
    private final Map<String, List<Integer>> voters = new LinkedHashMap<>();
    private long steps;
    private long tokenTotal;
    private long verifierCalls;
    private long events;
    private TraceEvent.FinalSelection selection;
    private TraceEvent.Ended ended;
    /** What applying events overwrote, so they can be undone; null when undo is off. */
    private UndoLog undo;

    /** How many of the latest events {@link #withUndo()} keeps undo records for. */
    public static final int UNDO_WINDOW = 65_536;

    /**
     * Keeps undo records for the latest {@link #UNDO_WINDOW} (or more) events applied from now on,
     * so {@link #undo} can step a replay backwards without folding from the start. The records are
     * a few numbers per event (the values an event overwrites), not the events. Returns this tree.
     */
    public TraceTree withUndo() {
        return withUndo(UNDO_WINDOW);
    }

    /**
     * Keeps undo records for at least the latest {@code window} events applied from now on (and at
     * most twice as many): older records are forgotten, so memory stays bounded however long the
     * trace. Returns this tree.
     */
    public TraceTree withUndo(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("the undo window must hold at least 1 event, got " + window);
        }
        if (undo == null) {
            undo = new UndoLog(window);
        }
        return this;
    }

    /** How many of the latest events can be undone, one by one, from here. */
    public int undoDepth() {
        return undo == null ? 0 : undo.depth();
    }

    /**
     * Keeps no step texts, keys, priors or token counts from now on: {@link #text}, {@link #key},
     * {@link #prior} and {@link #tokens} ask {@code source}, which must answer for every node this tree
     * holds. For traces too big to keep every step in memory (20 bytes a node besides the texts).
     * Call it on an empty tree. Returns this tree.
     */
    public TraceTree withLazyTexts(NodeTexts source) {
        if (size > 0) {
            throw new IllegalStateException("a tree reads its texts lazily from its first node on; this one has " + size);
        }
        lazyTexts = java.util.Objects.requireNonNull(source, "source");
        texts = null;
        prior = null;
        tokens = null;
        keyBits = null;
        return this;
    }

    /** Where this tree reads its step texts when it keeps none (see {@link #withLazyTexts}), else null. */
    public NodeTexts lazyTexts() {
        return lazyTexts;
    }

    /** Whether an applied event can be undone. */
    public boolean canUndo() {
        return undo != null && undo.depth() > 0;
    }

    /**
     * Reverts the last applied event exactly; {@code last} must be that event, and {@link #withUndo}
     * must have been on when it was applied.
     */
    public void undo(TraceEvent last) {
        if (!canUndo()) {
            throw new IllegalStateException("no event to undo: enable withUndo() before applying events");
        }
        undo.revert(last);
        events--;
    }

    /** Applies one event; throws IllegalArgumentException naming the problem when it does not fit the tree. */
    public void apply(TraceEvent e) {
        if (e instanceof TraceEvent.NodeCreated n) {
            int p = n.parent();
            int previousLast = p >= 0 && p < size ? lastChild[p] : -1;
            addNode(n);
            if (undo != null) {
                undo.ints.push(previousLast);
            }
        } else if (e instanceof TraceEvent.Scored s) {
            checkNode(s.node(), "score");
            newestScore[s.node()] = scoreStore.add(newestScore[s.node()], s.verifier(), s.kind(), s.value(), s.truth(),
                    s.judgements());
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
            if (undo != null) {
                b.kept().forEach(id -> undo.ints.push(status[id]));
                b.pruned().forEach(id -> undo.ints.push(status[id]));
            }
            for (int id : b.kept()) {
                status[id] = (byte) Status.KEPT.ordinal();
            }
            for (int id : b.pruned()) {
                status[id] = (byte) Status.PRUNED.ordinal();
            }
        } else if (e instanceof TraceEvent.Pruned p) {
            checkNode(p.node(), "prune");
            if (undo != null) {
                undo.ints.push(status[p.node()]);
            }
            status[p.node()] = (byte) Status.PRUNED.ordinal();
        } else if (e instanceof TraceEvent.AnswerExtracted a) {
            checkNode(a.node(), "answer");
            if (undo != null) {
                undo.objects.add(answerOf[a.node()]);
            }
            putAnswer(a.node(), new Answer(a.answer(), normalForms.computeIfAbsent(a.normalized(), k -> k), a.correct()));
        } else if (e instanceof TraceEvent.VoteCast v) {
            checkNode(v.node(), "vote");
            if (undo != null) {
                undo.objects.add(tally.get(v.answer()));
            }
            // The nodes list is a live view, so a vote costs O(1) however popular the answer.
            List<Integer> nodes = voters.computeIfAbsent(v.answer(), k -> new ArrayList<>());
            nodes.add(v.node());
            tally.put(v.answer(), new Tally(v.count(), v.totalWeight(), Collections.unmodifiableList(nodes)));
        } else if (e instanceof TraceEvent.FinalSelection f) {
            if (f.node() >= 0) {
                checkNode(f.node(), "final");
            }
            if (undo != null) {
                undo.objects.add(selection);
            }
            selection = f;
        } else if (e instanceof TraceEvent.Ended end) {
            if (undo != null) {
                undo.objects.add(ended);
            }
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
            undo.applied(e);
        }
        events++;
    }

    /**
     * The undo records: one tag per applied event (its type, to catch undoing the wrong event) and
     * stacks of the values events overwrote. Undoing pops in the reverse order of pushing.
     */
    private final class UndoLog {
        private final int window;
        private byte[] tags = new byte[64];
        /** Per event, the sizes of the three stacks once its records were pushed. */
        private int[] ends = new int[3 * 64];
        private int depth;
        final IntStack ints = new IntStack();
        final DoubleStack doubles = new DoubleStack();
        final ArrayList<Object> objects = new ArrayList<>();

        UndoLog(int window) {
            this.window = window;
        }

        int depth() {
            return depth;
        }

        void applied(TraceEvent e) {
            if (depth == tags.length) {
                tags = Arrays.copyOf(tags, depth * 2);
                ends = Arrays.copyOf(ends, depth * 6);
            }
            tags[depth] = tag(e);
            ends[3 * depth] = ints.n;
            ends[3 * depth + 1] = doubles.n;
            ends[3 * depth + 2] = objects.size();
            depth++;
            if (depth >= 2 * window) {
                forgetOldest(depth - window);
            }
        }

        /** Drops the records of the oldest {@code k} events (amortised O(1) per event: done once every window events). */
        private void forgetOldest(int k) {
            int ni = ends[3 * (k - 1)];
            int nd = ends[3 * (k - 1) + 1];
            int no = ends[3 * (k - 1) + 2];
            ints.dropFirst(ni);
            doubles.dropFirst(nd);
            objects.subList(0, no).clear();
            System.arraycopy(tags, k, tags, 0, depth - k);
            for (int i = k; i < depth; i++) {
                ends[3 * (i - k)] = ends[3 * i] - ni;
                ends[3 * (i - k) + 1] = ends[3 * i + 1] - nd;
                ends[3 * (i - k) + 2] = ends[3 * i + 2] - no;
            }
            depth -= k;
        }

        void revert(TraceEvent e) {
            if (tags[depth - 1] != tag(e)) {
                throw new IllegalArgumentException("cannot undo a \"" + e.type() + "\" event: it is not the last one applied");
            }
            depth--;
            if (e instanceof TraceEvent.NodeCreated n) {
                undoNode(n, ints.pop());
            } else if (e instanceof TraceEvent.Scored s) {
                removeLastScore(s.node());
                verifierCalls -= s.calls();
            } else if (e instanceof TraceEvent.Reasoning r) {
                String now = reasoning.get(r.node());
                if (now.length() == r.text().length()) {
                    reasoning.remove(r.node());
                } else {
                    reasoning.put(r.node(), now.substring(0, now.length() - r.text().length()));
                }
            } else if (e instanceof TraceEvent.Simulated s) {
                steps -= s.steps().size();
                tokenTotal -= s.tokens();
            } else if (e instanceof TraceEvent.Backpropagated b) {
                unshare();
                for (int i = 0; i < b.path().size(); i++) {
                    int id = b.path().get(i);
                    mean[id] = doubles.pop();
                    visits[id] = ints.pop();
                }
            } else if (e instanceof TraceEvent.BeamStep b) {
                for (int i = b.pruned().size() - 1; i >= 0; i--) {
                    status[b.pruned().get(i)] = (byte) ints.pop();
                }
                for (int i = b.kept().size() - 1; i >= 0; i--) {
                    status[b.kept().get(i)] = (byte) ints.pop();
                }
            } else if (e instanceof TraceEvent.Pruned p) {
                status[p.node()] = (byte) ints.pop();
            } else if (e instanceof TraceEvent.AnswerExtracted a) {
                Answer old = (Answer) pop();
                if (old == null) {
                    answerOf[a.node()] = null;
                    answerCount--;
                } else {
                    answerOf[a.node()] = old;
                }
            } else if (e instanceof TraceEvent.VoteCast v) {
                Tally old = (Tally) pop();
                List<Integer> nodes = voters.get(v.answer());
                nodes.remove(nodes.size() - 1);
                if (old == null) {
                    tally.remove(v.answer());
                    voters.remove(v.answer());
                } else {
                    tally.put(v.answer(), old);
                }
            } else if (e instanceof TraceEvent.FinalSelection) {
                selection = (TraceEvent.FinalSelection) pop();
            } else if (e instanceof TraceEvent.Ended) {
                ended = (TraceEvent.Ended) pop();
            }
        }

        private Object pop() {
            return objects.remove(objects.size() - 1);
        }

        private byte tag(TraceEvent e) {
            return (byte) e.type().hashCode();
        }
    }

    private void undoNode(TraceEvent.NodeCreated n, int previousLast) {
        unshare();
        int p = n.parent();
        int id = --size;
        if (p >= 0) {
            if (previousLast < 0) {
                firstChild[p] = -1;
            } else {
                nextSibling[previousLast] = -1;
            }
            lastChild[p] = previousLast;
            steps--;
            tokenTotal -= n.tokens();
        }
        if (texts != null) {
            texts[id] = null;
        }
        otherKeys.remove(id);
        visits[id] = 0;
        mean[id] = 0;
        status[id] = 0;
        newestScore[id] = -1;
        answerOf[id] = null;
    }

    /** A growable stack of ints. */
    private static final class IntStack {
        private int[] a = new int[64];
        private int n;

        void dropFirst(int k) {
            System.arraycopy(a, k, a, 0, n - k);
            n -= k;
        }

        void push(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int pop() {
            return a[--n];
        }
    }

    /** A growable stack of doubles. */
    private static final class DoubleStack {
        private double[] a = new double[64];
        private int n;

        void dropFirst(int k) {
            System.arraycopy(a, k, a, 0, n - k);
            n -= k;
        }

        void push(double v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        double pop() {
            return a[--n];
        }
    }

    private void removeLastScore(int id) {
        newestScore[id] = scoreStore.removeLast(newestScore[id]);
    }

    /**
     * Every score given, in parallel arrays rather than an object each (a big search gives hundreds
     * of thousands): entry k is chained to the node's score before it. Entries are added and removed
     * last in, first out, as events are applied and undone.
     */
    private static final class Scores {
        private int count;
        private int[] previous = new int[64];
        private double[] value = new double[64];
        private double[] truth = new double[64];
        /** Index into {@link #sources}: the verifier and the kind of score. */
        private short[] source = new short[64];
        private final List<Source> sources = new ArrayList<>();
        private final Map<Source, Short> sourceIds = new java.util.HashMap<>();
        /** The verifier's judgements, for the few entries that have any. */
        private final Map<Integer, List<String>> judgements = new java.util.HashMap<>();

        /** Adds a score to a node whose newest entry is {@code newest}; returns the new entry. */
        int add(int newest, String verifier, ScoreKind kind, double v, double t, List<String> said) {
            if (count == value.length) {
                resize(count * 2);
            }
            Source src = new Source(verifier, kind);
            Short id = sourceIds.get(src);
            if (id == null) {
                if (sources.size() > Short.MAX_VALUE) {
                    throw new IllegalArgumentException("over " + Short.MAX_VALUE + " verifiers score this trace");
                }
                id = (short) sources.size();
                sources.add(src);
                sourceIds.put(src, id);
            }
            int k = count++;
            previous[k] = newest;
            value[k] = v;
            truth[k] = t;
            source[k] = id;
            if (!said.isEmpty()) {
                judgements.put(k, said);
            }
            return k;
        }

        void trim() {
            resize(Math.max(64, count));
        }

        private void resize(int n) {
            previous = Arrays.copyOf(previous, n);
            value = Arrays.copyOf(value, n);
            truth = Arrays.copyOf(truth, n);
            source = Arrays.copyOf(source, n);
        }

        /** Removes the last entry added, which must be {@code newest}; returns the node's entry before it. */
        int removeLast(int newest) {
            if (newest != count - 1) {
                throw new IllegalStateException("scores are undone last first: entry " + newest + " is not the last of " + count);
            }
            count--;
            judgements.remove(newest);
            return previous[newest];
        }

        ScoreKind kind(int k) {
            return sources.get(source[k]).kind();
        }

        ScoreEntry entry(int k) {
            Source src = sources.get(source[k]);
            return new ScoreEntry(src.verifier(), src.kind(), value[k], truth[k], judgements.getOrDefault(k, List.of()));
        }

        /** Who gave a score, and of what kind. */
        private record Source(String verifier, ScoreKind kind) {
        }
    }

    private void putAnswer(int id, Answer a) {
        if (answerOf[id] == null) {
            if (answerCount == answerOrder.length) {
                answerOrder = Arrays.copyOf(answerOrder, answerCount * 2);
            }
            answerOrder[answerCount++] = id;
        }
        answerOf[id] = a;
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
        unshare();
        int id = size++;
        parent[id] = n.parent();
        firstChild[id] = -1;
        lastChild[id] = -1;
        nextSibling[id] = -1;
        newestScore[id] = -1;
        terminal[id] = n.terminal();
        if (lazyTexts == null) {
            prior[id] = n.prior();
            tokens[id] = n.tokens();
            setKey(id, n.key());
            texts[id] = n.text();
        }
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

    private void setKey(int id, String key) {
        long bits = 0;
        boolean hex = key != null && key.length() == 16;
        for (int i = 0; hex && i < 16; i++) {
            char c = key.charAt(i);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            hex = d >= 0;
            bits = bits << 4 | d;
        }
        if (hex) {
            keyBits[id] = bits;
        } else {
            otherKeys.put(id, key);
        }
    }

    private void applyBackprop(TraceEvent.Backpropagated b) {
        if (b.path().size() != b.visits().size() || b.path().size() != b.means().size()) {
            throw new IllegalArgumentException("backprop path, visits and means differ in length");
        }
        b.path().forEach(id -> checkNode(id, "backprop"));
        unshare();
        for (int i = b.path().size() - 1; undo != null && i >= 0; i--) {
            int id = b.path().get(i);
            undo.ints.push(visits[id]);
            undo.doubles.push(mean[id]);
        }
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
        resize(Math.max(16, parent.length * 2));
    }

    /**
     * Gives back the room held for nodes and scores not yet added (up to half of what the arrays hold
     * after a long fold); call when a fold is done. Adding more afterwards works as before.
     */
    public void trim() {
        resize(Math.max(16, size));
        scoreStore.trim();
        answerOrder = Arrays.copyOf(answerOrder, Math.max(16, answerCount));
    }

    private void resize(int n) {
        // Fresh arrays: any lent to a snapshot stay with it.
        structureShared = false;
        parent = Arrays.copyOf(parent, n);
        firstChild = Arrays.copyOf(firstChild, n);
        lastChild = Arrays.copyOf(lastChild, n);
        nextSibling = Arrays.copyOf(nextSibling, n);
        visits = Arrays.copyOf(visits, n);
        mean = Arrays.copyOf(mean, n);
        if (lazyTexts == null) {
            prior = Arrays.copyOf(prior, n);
            tokens = Arrays.copyOf(tokens, n);
            keyBits = Arrays.copyOf(keyBits, n);
        }
        terminal = Arrays.copyOf(terminal, n);
        status = Arrays.copyOf(status, n);
        if (texts != null) {
            texts = Arrays.copyOf(texts, n);
        }
        newestScore = Arrays.copyOf(newestScore, n);
        answerOf = Arrays.copyOf(answerOf, n);
    }

    public int size() {
        return size;
    }

    public int parent(int id) {
        return parent[id];
    }

    /** A tree's own arrays, lent to a snapshot: see {@link #shareStructure()}. Read only. */
    public record Structure(int[] parent, int[] firstChild, int[] nextSibling, int[] visits) {
    }

    /**
     * The tree's own parent, first-child, next-sibling and visit-count arrays, exactly {@link #size()}
     * long, for a snapshot to keep instead of copies (16 bytes a node); null while they hold spare room
     * (until {@link #trim()}). The tree copies them before it next changes any of them, so what the
     * snapshot holds stays as it was.
     */
    public Structure shareStructure() {
        if (parent.length != size) {
            return null;
        }
        structureShared = true;
        return new Structure(parent, firstChild, nextSibling, visits);
    }

    /** Takes copies of the arrays lent by {@link #shareStructure()} before changing them. */
    private void unshare() {
        if (structureShared) {
            parent = parent.clone();
            firstChild = firstChild.clone();
            nextSibling = nextSibling.clone();
            visits = visits.clone();
            structureShared = false;
        }
    }

    /** How many steps below the root the node is: walks up to the root (no array kept: 4 MB at 1M nodes). */
    public int depth(int id) {
        checkNode(id, "depth");
        int d = 0;
        for (int v = parent[id]; v >= 0; v = parent[v]) {
            d++;
        }
        return d;
    }

    /** The deepest node, the first of equals; -1 for an empty tree. One pass over the nodes. */
    public int deepest() {
        if (size == 0) {
            return -1;
        }
        int[] depth = new int[size];
        int best = 0;
        for (int i = 1; i < size; i++) {
            depth[i] = depth[parent[i]] + 1;
            if (depth[i] > depth[best]) {
                best = i;
            }
        }
        return best;
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
        if (lazyTexts != null) {
            checkNode(id, "prior");
            return lazyTexts.created(id).prior();
        }
        return prior[id];
    }

    public int tokens(int id) {
        if (lazyTexts != null) {
            checkNode(id, "tokens");
            return lazyTexts.created(id).tokens();
        }
        return tokens[id];
    }

    public boolean isTerminal(int id) {
        return terminal[id];
    }

    public Status status(int id) {
        return STATUSES[status[id]];
    }

    public String key(int id) {
        if (lazyTexts != null) {
            checkNode(id, "key");
            return lazyTexts.created(id).key();
        }
        if (!otherKeys.isEmpty() && otherKeys.containsKey(id)) {
            return otherKeys.get(id);
        }
        char[] c = new char[16];
        long bits = keyBits[id];
        for (int i = 15; i >= 0; i--) {
            c[i] = HEX[(int) (bits & 15)];
            bits >>>= 4;
        }
        return new String(c);
    }

    public String text(int id) {
        if (texts == null) {
            checkNode(id, "text");
            return lazyTexts.text(id);
        }
        return texts[id];
    }

    /** Every score given to the node, in the order given. */
    public List<ScoreEntry> scores(int id) {
        int newest = id < size ? newestScore[id] : -1;
        int n = 0;
        for (int k = newest; k >= 0; k = scoreStore.previous[k]) {
            n++;
        }
        ScoreEntry[] out = new ScoreEntry[n];
        for (int k = newest; k >= 0; k = scoreStore.previous[k]) {
            out[--n] = scoreStore.entry(k);
        }
        return List.of(out);
    }

    /** The most recent score of this kind on the node, or NaN. */
    public double latestScore(int id, ScoreKind kind) {
        for (int k = id < size ? newestScore[id] : -1; k >= 0; k = scoreStore.previous[k]) {
            if (scoreStore.kind(k) == kind) {
                return scoreStore.value[k];
            }
        }
        return Double.NaN;
    }

    /** The reasoning a model wrote behind the node's step, or "" when none was recorded. */
    public String reasoning(int id) {
        return reasoning.getOrDefault(id, "");
    }

    public Answer answer(int id) {
        return id >= 0 && id < size ? answerOf[id] : null;
    }

    /** Every answered node, in the order answers were extracted: a read-only view. */
    public Map<Integer, Answer> answers() {
        return new AnswerMap();
    }

    /** The answers as a map from node id, backed by the per-node array and the extraction order. */
    private final class AnswerMap extends java.util.AbstractMap<Integer, Answer> {
        @Override
        public int size() {
            return answerCount;
        }

        @Override
        public Answer get(Object key) {
            return key instanceof Integer id ? answer(id) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public java.util.Set<Entry<Integer, Answer>> entrySet() {
            return new java.util.AbstractSet<>() {
                @Override
                public int size() {
                    return answerCount;
                }

                @Override
                public java.util.Iterator<Entry<Integer, Answer>> iterator() {
                    return new java.util.Iterator<>() {
                        private int i;

                        @Override
                        public boolean hasNext() {
                            return i < answerCount;
                        }

                        @Override
                        public Entry<Integer, Answer> next() {
                            if (i >= answerCount) {
                                throw new java.util.NoSuchElementException();
                            }
                            int id = answerOrder[i++];
                            return new SimpleImmutableEntry<>(id, answerOf[id]);
                        }
                    };
                }
            };
        }
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
            sb.append(i).append(',').append(parent[i]).append(',').append(key(i)).append(',').append(text(i))
                    .append(',').append(prior(i)).append(',').append(tokens(i)).append(',').append(terminal[i])
                    .append(',').append(status[i]).append(',').append(visits[i]).append(',').append(mean[i])
                    .append(',').append(scores(i)).append(',').append(answerOf[i])
                    .append(',').append(reasoning.getOrDefault(i, "")).append('\n');
        }
        sb.append(tally).append('\n').append(selection).append('\n').append(ended);
        return sb.toString();
    }
}
