package org.reasoningexplorer.app.tree;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.reasoningexplorer.engine.trace.ScoreKind;
import org.reasoningexplorer.engine.trace.TraceTree;

/**
 * An immutable struct-of-arrays snapshot of a search tree, holding only what the tree view draws.
 *
 * <p>Node ids are dense, node 0 is the root, and every parent id is smaller than its child's id
 * (the order trace ids are created in). Build it off the FX thread; step text is fetched lazily
 * through {@link #text(int)}, so only labelled nodes ever touch it.
 */
public final class TreeModel {
    /** Status: still in play. */
    public static final byte LIVE = 0;
    /** Status: kept in a beam. */
    public static final byte KEPT = 1;
    /** Status: pruned or abandoned. */
    public static final byte PRUNED = 2;

    /** Flag: the step ends its chain. */
    public static final byte TERMINAL = 1;
    /** Flag: an answer was read here and it is correct. */
    public static final byte CORRECT = 2;
    /** Flag: an answer was read here and it is wrong. */
    public static final byte WRONG = 4;
    /** Derived flag: some answer below (or at) this node is correct. */
    public static final byte LEADS_TO_CORRECT = 8;
    /** Derived flag: some answer below (or at) this node is wrong. */
    public static final byte LEADS_TO_WRONG = 16;
    /** Derived flag: this node or an ancestor was pruned. */
    public static final byte IN_PRUNED_BRANCH = 32;

    /** The model with no nodes. */
    public static final TreeModel EMPTY = of(new int[0]);

    private static final int INPUT_FLAGS = TERMINAL | CORRECT | WRONG;

    private final int size;
    private final int[] parent;
    private final int[] firstChild;
    private final int[] nextSibling;
    /** Subtree sizes asked for lately (labels of a few nodes at a time): counted when asked, not kept per node. */
    private final Map<Integer, Integer> subtreeSizes = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Integer> eldest) {
            return size() > 1024;
        }
    };
    private final float[] score;
    private final int[] visits;
    private final float[] meanQ;
    private final byte[] status;
    private final byte[] flags;
    private final int[] answerCluster;
    private final int[] answerNodes;
    private final String[] clusterAnswers;
    private final boolean[] clusterCorrect;
    private final IntFunction<String> text;
    /** The step texts of a model built from a trace (so {@link #updated} can reuse them), else null. */
    private String[] traceTexts;
    /** Whether the model was built from a trace (so {@link #updated} can patch it). */
    private boolean fromTrace;
    /** Where a trace too big to keep its texts reads them, else null. */
    private TraceTree.NodeTexts lazyTexts;
    /**
     * The answer clusters' bookkeeping for {@link #updated}, handed on from each snapshot to the one
     * patched from it, so a replay step need not count every answer again; null until needed, and
     * after it was handed on. Touched only by {@code updated}, on one thread.
     */
    private ClusterIndex clusterIndex;
    private final int maxDepth;
    private final int maxVisits;

    private TreeModel(int[] parent, float[] score, int[] visits, float[] meanQ, byte[] status, byte[] flags,
                      int[] answerCluster, String[] clusterAnswers, IntFunction<String> text) {
        this(parent, score, visits, meanQ, status, flags, answerCluster, clusterAnswers, text, null, null);
    }

    /**
     * @param sameShape a model with this very {@code parent} array, whose child links and greatest depth
     *     are taken instead of computed again (a replay step that added no node); or null
     * @param links the child links of {@code parent} (first child, next sibling, children in id order)
     *     to keep instead of computing them, or null
     */
    private TreeModel(int[] parent, float[] score, int[] visits, float[] meanQ, byte[] status, byte[] flags,
                      int[] answerCluster, String[] clusterAnswers, IntFunction<String> text, TreeModel sameShape,
                      TraceTree.Structure links) {
        this.size = parent.length;
        this.parent = parent;
        this.score = score;
        this.visits = visits;
        this.meanQ = meanQ;
        this.status = status;
        this.flags = flags;
        this.answerCluster = answerCluster;
        this.text = text;
        boolean shared = sameShape != null && sameShape.parent == parent;
        if (shared) {
            firstChild = sameShape.firstChild;
            nextSibling = sameShape.nextSibling;
        } else if (links != null) {
            firstChild = links.firstChild();
            nextSibling = links.nextSibling();
        } else {
            firstChild = new int[size];
            nextSibling = new int[size];
            Arrays.fill(firstChild, -1);
            Arrays.fill(nextSibling, -1);
        }
        boolean linked = shared || links != null;
        // Only while linking children and finding the deepest node: a million-node tree need not keep 8 MB for them.
        int[] lastChild = linked ? null : new int[size];
        int[] depth = shared ? null : new int[size];
        if (lastChild != null) {
            Arrays.fill(lastChild, -1);
        }
        int deepest = shared ? sameShape.maxDepth : 0;
        int busiest = 0;
        int answered = 0;
        int clusters = 0;
        for (int i = 0; i < size; i++) {
            int p = parent[i];
            if (p >= 0) {
                if (!shared) {
                    depth[i] = depth[p] + 1;
                }
                if (!linked) {
                    if (lastChild[p] < 0) {
                        firstChild[p] = i;
                    } else {
                        nextSibling[lastChild[p]] = i;
                    }
                    lastChild[p] = i;
                }
                if (status[p] == PRUNED || (flags[p] & IN_PRUNED_BRANCH) != 0) {
                    flags[i] |= IN_PRUNED_BRANCH;
                }
            }
            if (status[i] == PRUNED) {
                flags[i] |= IN_PRUNED_BRANCH;
            }
            if (!shared) {
                deepest = Math.max(deepest, depth[i]);
            }
            busiest = Math.max(busiest, visits[i]);
            if (answerCluster[i] >= 0) {
                answered++;
                clusters = Math.max(clusters, answerCluster[i] + 1);
            }
        }
        answerNodes = new int[answered];
        clusterCorrect = new boolean[clusters];
        for (int i = size - 1, k = answered; i >= 0; i--) {
            if ((flags[i] & CORRECT) != 0) {
                flags[i] |= LEADS_TO_CORRECT;
            }
            if ((flags[i] & WRONG) != 0) {
                flags[i] |= LEADS_TO_WRONG;
            }
            if (answerCluster[i] >= 0) {
                answerNodes[--k] = i;
                clusterCorrect[answerCluster[i]] |= (flags[i] & CORRECT) != 0;
            }
            int p = parent[i];
            if (p >= 0) {
                flags[p] |= (byte) (flags[i] & (LEADS_TO_CORRECT | LEADS_TO_WRONG));
            }
        }
        this.clusterAnswers = clusterAnswers != null ? clusterAnswers : new String[clusters];
        maxDepth = deepest;
        maxVisits = busiest;
    }

    /** A model of the bare shape: every node live, unscored and unvisited, labelled "node i". */
    public static TreeModel of(int[] parent) {
        return of(parent, null, null, null, null, null, null, null);
    }

    /**
     * A model from raw per-node arrays, which are copied. Any array but {@code parent} may be null for
     * "absent" (NaN scores, no visits, all live, no flags, no answers).
     *
     * @param parent the parent of each node; -1 for node 0, else an id smaller than the node's own
     * @param score the score in [0, 1] used for colouring, NaN when unscored
     * @param flags {@link #TERMINAL}, {@link #CORRECT} and {@link #WRONG} bits; derived bits are recomputed
     * @param answerCluster the answer cluster of each node (0, 1, ...), -1 where no answer was read
     * @param text the step text of a node, called lazily; null labels nodes "node i"
     */
    public static TreeModel of(int[] parent, float[] score, int[] visits, float[] meanQ, byte[] status, byte[] flags,
                               int[] answerCluster, IntFunction<String> text) {
        int n = parent.length;
        checkLength("score", score, n);
        checkLength("visits", visits, n);
        checkLength("meanQ", meanQ, n);
        checkLength("status", status, n);
        checkLength("flags", flags, n);
        checkLength("answerCluster", answerCluster, n);
        checkShape(parent);
        float[] s = score != null ? score.clone() : filled(n, Float.NaN);
        float[] q = meanQ != null ? meanQ.clone() : filled(n, Float.NaN);
        byte[] st = status != null ? status.clone() : new byte[n];
        byte[] f = new byte[n];
        int[] clusters = answerCluster != null ? answerCluster.clone() : new int[n];
        if (answerCluster == null) {
            Arrays.fill(clusters, -1);
        }
        for (int i = 0; i < n; i++) {
            if (st[i] < LIVE || st[i] > PRUNED) {
                throw new IllegalArgumentException("status[" + i + "] is " + st[i] + "; expected LIVE (0), KEPT (1) or PRUNED (2)");
            }
            if (clusters[i] < -1) {
                throw new IllegalArgumentException("answerCluster[" + i + "] is " + clusters[i] + "; expected -1 or a cluster number >= 0");
            }
            f[i] = flags != null ? (byte) (flags[i] & INPUT_FLAGS) : 0;
        }
        IntFunction<String> t = text != null ? text : id -> "node " + id;
        return new TreeModel(parent.clone(), s, visits != null ? visits.clone() : new int[n], q, st, f, clusters, null, t);
    }

    /**
     * A snapshot of the first {@code nodeCount} nodes of a folded trace (a replay shows a prefix).
     * Clusters are numbered by the first node, in id order, that gave each normalised answer, so
     * colours stay put as a replay grows.
     */
    public static TreeModel from(TraceTree tree, int nodeCount) {
        if (nodeCount < 0 || nodeCount > tree.size()) {
            throw new IllegalArgumentException("nodeCount " + nodeCount + " is outside 0.." + tree.size() + ", the nodes in the trace");
        }
        int n = nodeCount;
        // The tree's own structure when the snapshot is of all of it (16 bytes a node), else copies.
        TraceTree.Structure lent = n == tree.size() ? tree.shareStructure() : null;
        int[] parent = lent != null ? lent.parent() : new int[n];
        float[] score = new float[n];
        int[] visits = lent != null ? lent.visits() : new int[n];
        float[] meanQ = new float[n];
        byte[] status = new byte[n];
        byte[] flags = new byte[n];
        int[] cluster = new int[n];
        TraceTree.NodeTexts lazy = tree.lazyTexts();
        String[] texts = lazy == null ? new String[n] : null;
        Map<String, Integer> clusterIds = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (lent == null) {
                parent[i] = tree.parent(i);
                visits[i] = tree.visits(i);
            }
            readDrawn(tree, i, visits[i], score, meanQ, status, flags);
            if (texts != null) {
                texts[i] = tree.text(i);
            }
            TraceTree.Answer a = tree.answer(i);
            if (a == null) {
                cluster[i] = -1;
            } else {
                flags[i] |= a.correct() ? CORRECT : WRONG;
                cluster[i] = clusterIds.computeIfAbsent(a.normalized(), k -> clusterIds.size());
            }
        }
        String[] names = clusterIds.keySet().toArray(new String[0]);
        return fromTrace(parent, score, visits, meanQ, status, flags, cluster, names, texts, lazy, null, lent);
    }

    /** Reads what is drawn of node {@code i} but its parent, visits, text and answer: mean, score, status, terminal flag. */
    private static void readDrawn(TraceTree tree, int i, int visits, float[] score, float[] meanQ, byte[] status, byte[] flags) {
        meanQ[i] = visits > 0 ? (float) tree.mean(i) : Float.NaN;
        score[i] = (float) primaryScore(tree, i);
        status[i] = (byte) tree.status(i).ordinal();
        flags[i] = tree.isTerminal(i) ? TERMINAL : 0;
    }

    private static TreeModel fromTrace(int[] parent, float[] score, int[] visits, float[] meanQ, byte[] status,
                                       byte[] flags, int[] cluster, String[] names, String[] texts, TraceTree.NodeTexts lazy,
                                       TreeModel sameShape, TraceTree.Structure links) {
        IntFunction<String> text = texts != null ? id -> texts[id] != null ? texts[id] : "" : lazy::text;
        TreeModel m = new TreeModel(parent, score, visits, meanQ, status, flags, cluster, names, text, sameShape, links);
        m.traceTexts = texts;
        m.lazyTexts = lazy;
        m.fromTrace = true;
        return m;
    }

    /**
     * The same snapshot as {@link #from from(tree, nodeCount)}, built by copying {@code previous} (a
     * snapshot of the same trace at another position) and reading anew only the nodes in {@code changed}
     * and those {@code previous} lacks. Far cheaper than {@code from} when a replay step touched a few
     * nodes. Falls back to {@code from} when it cannot be sure to match it: {@code previous} was not built
     * from a trace, or an answer was read, dropped or changed on a node involved (cluster numbers).
     *
     * @param changed the ids of every node whose drawn values may differ from {@code previous}
     */
    public static TreeModel updated(TreeModel previous, TraceTree tree, int nodeCount, int[] changed) {
        if (nodeCount < 0 || nodeCount > tree.size()) {
            throw new IllegalArgumentException("nodeCount " + nodeCount + " is outside 0.." + tree.size() + ", the nodes in the trace");
        }
        if (previous == null || !previous.fromTrace || previous.lazyTexts != tree.lazyTexts()) {
            return from(tree, nodeCount);
        }
        int[] ids = changed.clone();
        Arrays.sort(ids);
        int n = nodeCount;
        int old = previous.size;
        int kept = Math.min(n, old);
        Clusters clusters = new Clusters(previous);
        // Dropped nodes lose their answers, the newest first.
        for (int i = old - 1; i >= n; i--) {
            if (previous.answerCluster[i] >= 0 && !clusters.remove(previous.answerCluster[i], i)) {
                return from(tree, nodeCount);
            }
        }
        // The same nodes keep their parents and texts: a step that added none shares those arrays.
        boolean sameNodes = n == old;
        int[] parent = sameNodes ? previous.parent : Arrays.copyOf(previous.parent, n);
        float[] score = Arrays.copyOf(previous.score, n);
        int[] visits = Arrays.copyOf(previous.visits, n);
        float[] meanQ = Arrays.copyOf(previous.meanQ, n);
        byte[] status = Arrays.copyOf(previous.status, n);
        byte[] flags = Arrays.copyOf(previous.flags, n);
        int[] cluster = Arrays.copyOf(previous.answerCluster, n);
        String[] texts = previous.traceTexts == null || sameNodes ? previous.traceTexts : Arrays.copyOf(previous.traceTexts, n);
        for (int i = 0; i < kept; i++) {
            flags[i] &= INPUT_FLAGS;
        }
        // In id order, so each cluster change is judged against the numbering of the nodes before it.
        for (int id : ids) {
            if (id >= 0 && id < kept && !clusters.read(tree, id, false, parent, score, visits, meanQ, status, flags, cluster, texts)) {
                return from(tree, nodeCount);
            }
        }
        for (int id = kept; id < n; id++) {
            if (!clusters.read(tree, id, true, parent, score, visits, meanQ, status, flags, cluster, texts)) {
                return from(tree, nodeCount);
            }
        }
        TreeModel next = fromTrace(parent, score, visits, meanQ, status, flags, cluster, clusters.names(), texts,
                previous.lazyTexts, sameNodes ? previous : null, null);
        next.clusterIndex = clusters.handOn();
        return next;
    }

    /** Which cluster each answer names, and each cluster's first node and size; grows and shrinks only at the end. */
    private record ClusterIndex(java.util.ArrayList<String> names, Map<String, Integer> byName, int[] first, int[] members) {
    }

    /**
     * The answer clusters as {@link #from} numbers them (by first node, in id order), kept up to date
     * while {@link #updated} adds and removes answers; it gives up on any change that would renumber.
     * Clusters are numbered in the order of their first nodes, so only the last can appear or vanish.
     */
    private static final class Clusters {
        private java.util.ArrayList<String> names;
        private Map<String, Integer> byName = new java.util.HashMap<>();
        private int[] first;
        private int[] members;

        private final TreeModel previous;
        private boolean ready;

        Clusters(TreeModel previous) {
            this.previous = previous;
        }

        /** Counts the clusters' members, only once an answer is involved (or takes the counts {@code previous} was handed). */
        private void init() {
            if (ready) {
                return;
            }
            ready = true;
            ClusterIndex handed = previous.clusterIndex;
            if (handed != null) {
                // Taken, not shared: it is changed below, and only the newest snapshot may hold it.
                previous.clusterIndex = null;
                names = handed.names();
                byName = handed.byName();
                first = handed.first();
                members = handed.members();
                return;
            }
            names = new java.util.ArrayList<>(Arrays.asList(previous.clusterAnswers));
            int k = names.size();
            first = new int[k + 16];
            members = new int[k + 16];
            Arrays.fill(first, Integer.MAX_VALUE);
            for (int i : previous.answerNodes) {
                int c = previous.answerCluster[i];
                first[c] = Math.min(first[c], i);
                members[c]++;
            }
            for (int c = 0; c < k; c++) {
                byName.putIfAbsent(names.get(c), c);
            }
        }

        /** The bookkeeping for the snapshot built from this one: taken over when counted, else {@code previous}'s passed on. */
        ClusterIndex handOn() {
            if (!ready) {
                ClusterIndex unchanged = previous.clusterIndex;
                previous.clusterIndex = null;
                return unchanged;
            }
            return new ClusterIndex(names, byName, first, members);
        }

        String[] names() {
            return ready ? names.toArray(new String[0]) : previous.clusterAnswers;
        }

        /** Node {@code id} loses its answer of cluster {@code c}; false when that would renumber. */
        boolean remove(int c, int id) {
            init();
            if (first[c] < id) {
                members[c]--;
                return true;
            }
            if (first[c] == id && c == names.size() - 1 && members[c] == 1) {
                byName.remove(names.remove(c));
                first[c] = Integer.MAX_VALUE;
                members[c] = 0;
                return true;
            }
            return false;
        }

        /** Node {@code id} gains an answer normalised to {@code name}: its cluster, or -1 when that would renumber. */
        int add(String name, int id) {
            init();
            Integer known = byName.get(name);
            if (known != null) {
                if (first[known] < id) {
                    members[known]++;
                    return known;
                }
                return -1;
            }
            int c = names.size();
            if (c > 0 && first[c - 1] > id) {
                return -1;
            }
            if (c >= first.length) {
                first = Arrays.copyOf(first, c * 2 + 16);
                members = Arrays.copyOf(members, c * 2 + 16);
            }
            names.add(name);
            byName.put(name, c);
            first[c] = id;
            members[c] = 1;
            return c;
        }

        /** Reads one node's drawn values as {@link #from} does; false when its answer would renumber clusters. */
        boolean read(TraceTree tree, int i, boolean fresh, int[] parent, float[] score, int[] visits, float[] meanQ,
                     byte[] status, byte[] flags, int[] cluster, String[] texts) {
            TraceTree.Answer a = tree.answer(i);
            int was = fresh ? -1 : cluster[i];
            if (a != null || was >= 0) {
                init();
            }
            int c;
            if (a != null && was >= 0 && a.normalized().equals(names.get(was))) {
                c = was;
            } else {
                if (was >= 0 && !remove(was, i)) {
                    return false;
                }
                c = a == null ? -1 : add(a.normalized(), i);
                if (a != null && c < 0) {
                    return false;
                }
            }
            if (fresh) {
                // A node's parent and text never change once it exists; arrays shared with older snapshots stay as they are.
                parent[i] = tree.parent(i);
                if (texts != null) {
                    texts[i] = tree.text(i);
                }
            }
            visits[i] = tree.visits(i);
            readDrawn(tree, i, visits[i], score, meanQ, status, flags);
            if (a != null) {
                flags[i] |= a.correct() ? CORRECT : WRONG;
            }
            cluster[i] = c;
            return true;
        }
    }

    /** The score a node is coloured by: its own step score first, then chain scores, then MCTS Q. */
    private static double primaryScore(TraceTree tree, int id) {
        double v = tree.latestScore(id, ScoreKind.PRM);
        if (Double.isNaN(v)) {
            v = valueScore(tree, id);
        }
        for (ScoreKind k : new ScoreKind[] {ScoreKind.AGGREGATE, ScoreKind.ORM, ScoreKind.OUTCOME}) {
            if (Double.isNaN(v)) {
                v = tree.latestScore(id, k);
            }
        }
        if (Double.isNaN(v) && tree.visits(id) > 0) {
            v = tree.mean(id);
        }
        return Double.isNaN(v) ? Double.NaN : Math.max(0, Math.min(1, v));
    }

    /** A ToT value (summed sure=20 / likely=1 / impossible=0.001 weights) on a log scale: sure 1, likely 0.7, impossible 0. */
    private static double valueScore(TraceTree tree, int id) {
        for (int i = tree.scores(id).size() - 1; i >= 0; i--) {
            TraceTree.ScoreEntry e = tree.scores(id).get(i);
            if (e.kind() == ScoreKind.VALUE) {
                double perSample = e.value() / Math.max(1, e.judgements().size());
                return Math.log(Math.max(perSample, 0.001) / 0.001) / Math.log(20 / 0.001);
            }
        }
        return Double.NaN;
    }

    private static void checkShape(int[] parent) {
        if (parent.length > 0 && parent[0] != -1) {
            throw new IllegalArgumentException("parent[0] is " + parent[0] + "; node 0 must be the root, with parent -1");
        }
        for (int i = 1; i < parent.length; i++) {
            if (parent[i] < 0 || parent[i] >= i) {
                throw new IllegalArgumentException("parent[" + i + "] is " + parent[i] + "; expected an id in 0.." + (i - 1)
                        + " (parents come before their children)");
            }
        }
    }

    private static void checkLength(String name, Object array, int n) {
        if (array != null && java.lang.reflect.Array.getLength(array) != n) {
            throw new IllegalArgumentException(name + " has " + java.lang.reflect.Array.getLength(array)
                    + " entries but parent has " + n + "; all arrays need one entry per node");
        }
    }

    private static float[] filled(int n, float v) {
        float[] a = new float[n];
        Arrays.fill(a, v);
        return a;
    }

    public int size() {
        return size;
    }

    /**
     * Whether this model has the nodes of {@code before} under the same parents, perhaps with nodes
     * added: a replay step that keeps the shape lets the view keep its layout.
     */
    public boolean extendsShapeOf(TreeModel before) {
        return size >= before.size && (parent == before.parent
                || Arrays.equals(parent, 0, before.size, before.parent, 0, before.size));
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int parent(int id) {
        return parent[id];
    }

    public int firstChild(int id) {
        return firstChild[id];
    }

    /** The node's last child, -1 if none; walks the siblings (children are in id order). */
    public int lastChild(int id) {
        int last = -1;
        for (int c = firstChild[id]; c >= 0; c = nextSibling[c]) {
            last = c;
        }
        return last;
    }

    public int nextSibling(int id) {
        return nextSibling[id];
    }

    /** How many steps below the root the node is: walks up to the root (no array kept: 4 MB at 1M nodes). */
    public int depth(int id) {
        int d = 0;
        for (int v = parent[id]; v >= 0; v = parent[v]) {
            d++;
        }
        return d;
    }

    /** The number of nodes in the subtree rooted here, the node included. */
    public int subtreeSize(int id) {
        if (id < 0 || id >= size) {
            throw new IndexOutOfBoundsException("node " + id + " of " + size);
        }
        synchronized (subtreeSizes) {
            Integer known = subtreeSizes.get(id);
            if (known != null) {
                return known;
            }
        }
        // Depth first with a stack of our own: a 5,000-deep chain must not overflow the thread's.
        int count = 0;
        int[] stack = new int[64];
        int top = 0;
        stack[top++] = id;
        while (top > 0) {
            int v = stack[--top];
            count++;
            for (int c = firstChild[v]; c >= 0; c = nextSibling[c]) {
                if (top == stack.length) {
                    stack = Arrays.copyOf(stack, top * 2);
                }
                stack[top++] = c;
            }
        }
        synchronized (subtreeSizes) {
            subtreeSizes.put(id, count);
        }
        return count;
    }

    public int maxDepth() {
        return maxDepth;
    }

    /** The score in [0, 1] a node is coloured by, NaN when unscored. */
    public float score(int id) {
        return score[id];
    }

    public int visits(int id) {
        return visits[id];
    }

    public int maxVisits() {
        return maxVisits;
    }

    /** MCTS mean value Q, NaN when unvisited. */
    public float meanQ(int id) {
        return meanQ[id];
    }

    /** Whether any node carries MCTS statistics, so short labels show N and Q. */
    public boolean hasVisits() {
        return maxVisits > 0;
    }

    /** {@link #LIVE}, {@link #KEPT} or {@link #PRUNED}. */
    public byte status(int id) {
        return status[id];
    }

    /** Input and derived flag bits, e.g. {@link #CORRECT} or {@link #IN_PRUNED_BRANCH}. */
    public byte flags(int id) {
        return flags[id];
    }

    public boolean hasFlag(int id, byte flag) {
        return (flags[id] & flag) != 0;
    }

    /** The node's answer cluster, numbered by first appearance, or -1 when no answer was read here. */
    public int answerCluster(int id) {
        return answerCluster[id];
    }

    public int clusterCount() {
        return clusterCorrect.length;
    }

    /** The normalised answer of a cluster, or null when the model was built from raw arrays. */
    public String clusterAnswer(int cluster) {
        return clusterAnswers[cluster];
    }

    /** Whether the cluster's answer is correct. */
    public boolean isClusterCorrect(int cluster) {
        return clusterCorrect[cluster];
    }

    /** The ids of nodes that gave an answer, ascending. */
    public int answerNodeCount() {
        return answerNodes.length;
    }

    public int answerNode(int index) {
        return answerNodes[index];
    }

    /** The node's step text, fetched lazily (for the root, the problem). */
    public String text(int id) {
        String s = text.apply(id);
        return s != null ? s : "";
    }
}
