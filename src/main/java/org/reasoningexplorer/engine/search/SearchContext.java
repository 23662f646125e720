package org.reasoningexplorer.engine.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.reasoningexplorer.engine.random.KeyedRandom;
import org.reasoningexplorer.engine.reasoner.Proposal;
import org.reasoningexplorer.engine.reasoner.ReasoningBackend;
import org.reasoningexplorer.engine.reasoner.ReasoningState;
import org.reasoningexplorer.engine.trace.ScoreKind;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceTree;
import org.reasoningexplorer.engine.verify.Judgement;
import org.reasoningexplorer.engine.verify.Verifier;

/**
 * Everything a running strategy touches: the backend, the verifiers, keyed randomness, and the
 * search state, which it changes only by emitting trace events.
 *
 * <p>Each node carries a 64-bit key derived from its path from the root; every random draw made
 * for a node (its next step, its verifier noise) comes from a stream keyed by that key and the
 * seed. Re-running with one branch changed therefore leaves every other branch identical.
 */
public final class SearchContext<S extends ReasoningState> {
    /**
     * Random streams of the verifiers, keyed by the kind of judge rather than its noise settings, so
     * the same node meets the same draws under a noisier or cleaner verifier and its score moves smoothly.
     */
    public static final String PRM_STREAM = "prm";
    public static final String ORM_STREAM = "orm";
    public static final String VALUE_STREAM = "value";

    private final ReasoningBackend<S> backend;
    private final Verifiers<S> verifiers;
    private final long seed;
    private final Consumer<TraceEvent> sink;
    private final BooleanSupplier cancel;
    private final TraceTree tree = new TraceTree();
    private final List<S> states = new ArrayList<>();
    private long[] keys = new long[64];
    private ScoreOverrides overrides = ScoreOverrides.NONE;
    private GenerationCache cache;

    public SearchContext(ReasoningBackend<S> backend, Verifiers<S> verifiers, long seed,
                         Consumer<TraceEvent> sink, BooleanSupplier cancel) {
        this.backend = backend;
        this.verifiers = verifiers;
        this.seed = seed;
        this.sink = sink == null ? e -> { } : sink;
        this.cancel = cancel == null ? () -> false : cancel;
    }

    /** Uses edited scores wherever a verifier would speak (see {@link ScoreOverrides}). Returns this context. */
    public SearchContext<S> withOverrides(ScoreOverrides edits) {
        this.overrides = edits == null ? ScoreOverrides.NONE : edits;
        return this;
    }

    /** Reuses generations from the cache and adds new ones to it. Returns this context. */
    public SearchContext<S> withCache(GenerationCache generations) {
        this.cache = generations;
        return this;
    }

    /** A verifier's value for a node, or the user's edit of it. */
    public double edited(int node, ScoreKind kind, double computed) {
        return overrides.apply(key(node), kind, computed);
    }

    /** One step sampled (purpose "policy") or chosen greedily (any other purpose) from a state, keyed by a draw. */
    public Proposal<S> draw(S state, long drawKey, String purpose) {
        if (cache == null) {
            return generate(state, drawKey, purpose);
        }
        return cache.get(drawKey, purpose, 1, () -> generate(state, drawKey, purpose));
    }

    private Proposal<S> generate(S state, long drawKey, String purpose) {
        SplittableRandom r = rng(drawKey, purpose);
        return purpose.equals("policy") ? backend.sample(state, r) : backend.greedy(state, r);
    }

    /** Applies the event to the search state, then passes it to the trace. */
    public void emit(TraceEvent e) {
        tree.apply(e);
        sink.accept(e);
    }

    public TraceTree tree() {
        return tree;
    }

    public ReasoningBackend<S> backend() {
        return backend;
    }

    public Verifiers<S> verifiers() {
        return verifiers;
    }

    public long seed() {
        return seed;
    }

    /** True once the user asked the search to stop. */
    public boolean stopRequested() {
        return cancel.getAsBoolean();
    }

    public S state(int node) {
        return states.get(node);
    }

    public long key(int node) {
        return keys[node];
    }

    /** A random stream for one purpose, keyed to a node identity. */
    public SplittableRandom rng(long key, String purpose) {
        return KeyedRandom.stream(seed, key, purpose);
    }

    /**
     * Creates the root node: the problem itself. Its key is derived from the problem's text, so two
     * problems searched with one seed draw independent randomness, while one problem always draws the same.
     */
    public int createRoot(String problemText) {
        if (!states.isEmpty()) {
            throw new IllegalStateException("the root exists already");
        }
        return addNode(-1, backend.initialState(), KeyedRandom.rootKey(problemText), problemText, Double.NaN, 0);
    }

    /** Adds the step proposed by a backend as a child of {@code parent}, under the given key. */
    public int addStep(int parent, Proposal<S> p, long key) {
        return addNode(parent, p.next(), key, p.text(), p.probability(), p.tokens());
    }

    private int addNode(int parent, S state, long key, String text, double prior, int tokens) {
        int id = states.size();
        states.add(state);
        if (id == keys.length) {
            keys = Arrays.copyOf(keys, id * 2);
        }
        keys[id] = key;
        emit(new TraceEvent.NodeCreated(id, parent, KeyedRandom.hex(key), text, prior, tokens, state.isTerminal()));
        String thought = parent < 0 ? "" : state.lastReasoning();
        if (thought != null && !thought.isEmpty()) {
            emit(new TraceEvent.Reasoning(id, thought));
        }
        return id;
    }

    /**
     * Samples one step below {@code parent}, drawn from the stream of {@code drawKey}; the child's
     * key is derived from {@code drawKey} and the step's text.
     */
    public int sampleStep(int parent, long drawKey) {
        Proposal<S> p = draw(state(parent), drawKey, "policy");
        return addStep(parent, p, KeyedRandom.childKey(drawKey, p.text()));
    }

    /** Samples the i-th independent continuation below {@code parent} down to a terminal step. */
    public int sampleChain(int parent, int index) {
        int node = sampleStep(parent, KeyedRandom.sampleKey(key(parent), index));
        while (!state(node).isTerminal() && !stopRequested()) {
            node = sampleStep(node, key(node));
        }
        return node;
    }

    /** Samples the i-th independent single step below {@code parent}. */
    public int sampleChild(int parent, int index) {
        return sampleStep(parent, KeyedRandom.sampleKey(key(parent), index));
    }

    /** Proposes up to k distinct children of a node and adds them; emits the expansion. */
    public List<Integer> expand(int parent, int k) {
        List<Proposal<S>> proposals = cache == null ? backend.propose(state(parent), k, rng(key(parent), "propose"))
                : cache.get(key(parent), "propose", k, () -> backend.propose(state(parent), k, rng(key(parent), "propose")));
        List<Integer> children = new ArrayList<>(proposals.size());
        for (Proposal<S> p : proposals) {
            children.add(addStep(parent, p, KeyedRandom.childKey(key(parent), p.text())));
        }
        emit(new TraceEvent.Expanded(parent, List.copyOf(children)));
        return children;
    }

    /** Scores a node's last step with the PRM (once; later calls reuse the score) and returns it. */
    public double prm(int node) {
        double seen = tree.latestScore(node, ScoreKind.PRM);
        if (!Double.isNaN(seen)) {
            return seen;
        }
        Verifier.ProcessRewardModel<S> prm = require(verifiers.prm(), "a process reward model");
        Verifier.Score s = prm.scoreStep(state(node), rng(key(node), PRM_STREAM));
        double v = edited(node, ScoreKind.PRM, s.value());
        emit(new TraceEvent.Scored(node, prm.name(), ScoreKind.PRM, v, s.truth(), 1, List.of()));
        return v;
    }

    /** Scores a terminal chain with the ORM (once) and returns the score. */
    public double orm(int node) {
        double seen = tree.latestScore(node, ScoreKind.ORM);
        if (!Double.isNaN(seen)) {
            return seen;
        }
        Verifier.OutcomeRewardModel<S> orm = require(verifiers.orm(), "an outcome reward model");
        Verifier.Score s = orm.scoreChain(state(node), rng(key(node), ORM_STREAM));
        double v = edited(node, ScoreKind.ORM, s.value());
        emit(new TraceEvent.Scored(node, orm.name(), ScoreKind.ORM, v, s.truth(), 1, List.of()));
        return v;
    }

    /** Tree-of-Thoughts value: sums the weights of {@code samples} sampled judgements of a node. */
    public double value(int node, int samples) {
        double seen = tree.latestScore(node, ScoreKind.VALUE);
        if (!Double.isNaN(seen)) {
            return seen;
        }
        Verifier.ValueJudge<S> judge = require(verifiers.judge(), "a value judge");
        List<Judgement> js = judge.judge(state(node), samples, rng(key(node), VALUE_STREAM));
        double sum = 0;
        List<String> labels = new ArrayList<>(js.size());
        for (Judgement j : js) {
            sum += j.weight();
            labels.add(j.label());
        }
        double v = edited(node, ScoreKind.VALUE, sum);
        emit(new TraceEvent.Scored(node, judge.name(), ScoreKind.VALUE, v, Double.NaN, samples, List.copyOf(labels)));
        return v;
    }

    /**
     * The score of a whole chain under a scorer: the ORM's, or the PRM's step scores along the path
     * aggregated; recorded as an aggregate score on the terminal node.
     */
    public double chainScore(int node, ChainScorer scorer) {
        if (scorer.aggregation() == null) {
            return orm(node);
        }
        double seen = tree.latestScore(node, ScoreKind.AGGREGATE);
        if (!Double.isNaN(seen)) {
            return seen;
        }
        List<Integer> path = tree.pathTo(node);
        double[] steps = new double[path.size() - 1];
        for (int i = 1; i < path.size(); i++) {
            steps[i - 1] = prm(path.get(i));
        }
        double v = edited(node, ScoreKind.AGGREGATE, scorer.aggregation().aggregate(steps));
        emit(new TraceEvent.Scored(node, scorer.tag(), ScoreKind.AGGREGATE, v, Double.NaN, 0, List.of()));
        return v;
    }

    /** Reads, normalises and checks a terminal node's answer, recording it once. */
    public TraceTree.Answer answer(int node) {
        TraceTree.Answer seen = tree.answer(node);
        if (seen != null) {
            return seen;
        }
        S s = state(node);
        String raw = s.answer() == null ? "" : s.answer();
        String norm = verifiers.normalizer() == null ? raw.trim() : verifiers.normalizer().apply(raw);
        boolean ok = s.isTerminal() && verifiers.checker() != null && verifiers.checker().isCorrect(s);
        emit(new TraceEvent.AnswerExtracted(node, raw, norm, ok));
        return tree.answer(node);
    }

    /** Records the search's choice; {@code node} -1 means no answer could be chosen. */
    public void select(int node, String reason) {
        if (node < 0) {
            emit(new TraceEvent.FinalSelection(-1, "", false, reason));
            return;
        }
        TraceTree.Answer a = answer(node);
        emit(new TraceEvent.FinalSelection(node, a.normalized(), a.correct(), reason));
    }

    private static <T> T require(T verifier, String what) {
        if (verifier == null) {
            throw new IllegalStateException("this strategy needs " + what + ", but none is configured");
        }
        return verifier;
    }
}
