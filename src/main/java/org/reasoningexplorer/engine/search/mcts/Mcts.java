package org.reasoningexplorer.engine.search.mcts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reasoningexplorer.engine.random.KeyedRandom;
import org.reasoningexplorer.engine.reasoner.Proposal;
import org.reasoningexplorer.engine.reasoner.ReasoningState;
import org.reasoningexplorer.engine.search.SearchContext;
import org.reasoningexplorer.engine.search.DeclaredStrategy;
import org.reasoningexplorer.engine.trace.ScoreKind;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceTree;
import org.reasoningexplorer.engine.verify.Verifier;

/**
 * Monte Carlo tree search over reasoning steps (RAP, rStar, AlphaZero style). Each iteration
 * selects a path by UCT or PUCT, expands the leaf into k proposed steps, simulates from the chosen
 * child (a rollout to an answer scored by the reward, or a PRM value estimate), and backpropagates
 * the value, so N counts backpropagations and Q is the mean of the values backed up.
 */
public final class Mcts extends DeclaredStrategy {
    /** How a new node is evaluated. */
    public enum Evaluation { ROLLOUT, VALUE }

    /** What scores a rollout's answer. */
    public enum Reward { ORM, OUTCOME }

    /** Which tree policy selects children. */
    public enum Policy { UCT, PUCT }

    /** How the final answer is read from the tree. */
    public enum FinalChoice { MOST_VISITED, BEST_VALUE }

    private final int iterations;
    private final int maxSteps;
    private final int width;
    private final TreePolicy policy;
    private final Evaluation evaluation;
    private final Reward reward;
    private final boolean dirichlet;
    private final double dirichletAlpha;
    private final double dirichletFraction;
    private final FinalChoice finalChoice;
    private final double unvisitedQ;
    private final MctsStats stats = new MctsStats();
    private double[] rootNoise;
    private long selectNanos;
    private long backpropNanos;
    private long nodeVisits;

    /** Time spent in selection and backpropagation, and the node visits they made (for benchmarks). */
    public record Overhead(long selectNanos, long backpropNanos, long nodeVisits) {
        /** Node visits per second of selection plus backpropagation. */
        public double visitsPerSecond() {
            return nodeVisits / ((selectNanos + backpropNanos) / 1e9);
        }
    }

    public Mcts(Map<String, String> given) {
        super("mcts", given);
        iterations = options.integer("iterations", 64, 1, 10_000_000, "budget: select-expand-simulate-backpropagate rounds");
        maxSteps = options.integer("max-steps", 0, 0, Integer.MAX_VALUE, "budget in generated steps, rollouts included; 0 = no limit");
        width = options.integer("width", 3, 1, 1000, "k: children proposed when a leaf is expanded");
        Policy p = options.choice("policy", Policy.PUCT, Policy.class, "tree policy: uct (Q + c·√(ln N/n)) or puct (AlphaZero, uses the policy's priors)");
        double c = options.real("c", Math.sqrt(2), 0, 100, "UCT exploration constant (√2 classic, 1 in RAP, 2 in rStar)");
        double cBase = options.real("c-base", 19652, 1, 1e9, "PUCT c(s) base");
        double cInit = options.real("c-init", 1.25, 0, 100, "PUCT c(s) initial value");
        unvisitedQ = options.real("unvisited-q", 0.0, -1e6, 1e6, "Q assumed for a child not yet visited (PUCT's first-play value; UCT visits such children first anyway)");
        evaluation = options.choice("evaluation", Evaluation.ROLLOUT, Evaluation.class, "rollout to an answer, or the PRM's value of the new step");
        reward = options.choice("reward", Reward.ORM, Reward.class, "what scores a rollout's answer: the ORM (noisy) or the exact outcome checker");
        dirichlet = options.flag("dirichlet", false, "add Dirichlet noise to the root's priors (PUCT)");
        dirichletAlpha = options.real("dirichlet-alpha", 0.3, 1e-6, 100, "Dirichlet concentration");
        dirichletFraction = options.real("dirichlet-fraction", 0.25, 0, 1, "share of the root prior replaced by noise");
        finalChoice = options.choice("final", FinalChoice.MOST_VISITED, FinalChoice.class,
                "most-visited: follow the most-visited children, then complete greedily; best-value: the finished node with the highest Q");
        options.finish();
        policy = p == Policy.UCT ? new TreePolicy.Uct(c) : new TreePolicy.Puct(cBase, cInit);
    }

    public TreePolicy treePolicy() {
        return policy;
    }

    @Override
    public <S extends ReasoningState> void run(SearchContext<S> ctx) {
        TraceTree tree = ctx.tree();
        for (int it = 0; it < iterations && !ctx.stopRequested(); it++) {
            if (maxSteps > 0 && tree.compute().steps() >= maxSteps) {
                break;
            }
            long t0 = System.nanoTime();
            List<Integer> path = new ArrayList<>();
            int node = 0;
            path.add(node);
            while (tree.firstChild(node) >= 0 && !tree.isTerminal(node)) {
                node = bestChild(tree, node);
                path.add(node);
            }
            ctx.emit(new TraceEvent.Selected(List.copyOf(path)));
            selectNanos += System.nanoTime() - t0;
            nodeVisits += path.size();
            double value;
            if (tree.isTerminal(node)) {
                value = terminalReward(ctx, node);
                ctx.emit(new TraceEvent.Simulated(node, List.of(), 0, value, ctx.state(node).answer()));
            } else {
                List<Integer> children = ctx.expand(node, width);
                if (node == 0 && dirichlet) {
                    rootNoise = Dirichlet.sample(children.size(), dirichletAlpha, ctx.rng(ctx.key(0), "dirichlet"));
                }
                if (children.isEmpty()) {
                    value = 0;
                    ctx.emit(new TraceEvent.Pruned(node, "no step can follow"));
                } else {
                    int child = bestChild(tree, node);
                    path.add(child);
                    value = simulate(ctx, child);
                }
            }
            long t1 = System.nanoTime();
            backpropagate(ctx, path, value);
            backpropNanos += System.nanoTime() - t1;
            nodeVisits += path.size();
        }
        choose(ctx);
    }

    /** Selection and backpropagation cost so far. */
    public Overhead overhead() {
        return new Overhead(selectNanos, backpropNanos, nodeVisits);
    }

    private int bestChild(TraceTree tree, int node) {
        int nParent = tree.visits(node);
        double priorSum = 0;
        for (int c = tree.firstChild(node); c >= 0; c = tree.nextSibling(c)) {
            priorSum += prior(tree, c);
        }
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        int i = 0;
        for (int c = tree.firstChild(node); c >= 0; c = tree.nextSibling(c), i++) {
            double p = priorSum > 0 ? prior(tree, c) / priorSum : 0;
            if (node == 0 && rootNoise != null && i < rootNoise.length) {
                p = (1 - dirichletFraction) * p + dirichletFraction * rootNoise[i];
            }
            double q = tree.visits(c) == 0 ? unvisitedQ : tree.mean(c);
            double s = policy.terms(q, p, Math.max(1, nParent), tree.visits(c)).total();
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        return best;
    }

    private static double prior(TraceTree tree, int c) {
        double p = tree.prior(c);
        return Double.isNaN(p) ? 1.0 : p;
    }

    private <S extends ReasoningState> double simulate(SearchContext<S> ctx, int node) {
        if (evaluation == Evaluation.VALUE || ctx.state(node).isTerminal()) {
            double v = ctx.state(node).isTerminal() ? terminalReward(ctx, node) : ctx.prm(node);
            ctx.emit(new TraceEvent.Simulated(node, List.of(), 0, v, ctx.state(node).answer()));
            return v;
        }
        S state = ctx.state(node);
        long key = KeyedRandom.combine(ctx.key(node), 0x7011L + ctx.tree().visits(node));
        List<String> steps = new ArrayList<>();
        int tokens = 0;
        while (!state.isTerminal() && !ctx.stopRequested()) {
            Proposal<S> p = ctx.draw(state, key, "policy");
            steps.add(p.text());
            tokens += p.tokens();
            state = p.next();
            key = KeyedRandom.childKey(key, p.text());
        }
        Verifier.Score s = rolloutReward(ctx, state, key);
        ScoreKind kind = reward == Reward.OUTCOME ? ScoreKind.OUTCOME : ScoreKind.ORM;
        double value = ctx.edited(node, kind, s.value());
        ctx.emit(new TraceEvent.Simulated(node, List.copyOf(steps), tokens, value, state.answer()));
        String verifier = reward == Reward.OUTCOME ? "outcome" : ctx.verifiers().orm().name();
        ctx.emit(new TraceEvent.Scored(node, verifier, kind, value, s.truth(), 1, List.of()));
        return value;
    }

    private <S extends ReasoningState> Verifier.Score rolloutReward(SearchContext<S> ctx, S terminal, long key) {
        if (!terminal.isTerminal()) {
            return new Verifier.Score(0, 0);
        }
        if (reward == Reward.OUTCOME) {
            double ok = ctx.verifiers().checker().isCorrect(terminal) ? 1 : 0;
            return new Verifier.Score(ok, ok);
        }
        Verifier.OutcomeRewardModel<S> orm = ctx.verifiers().orm();
        if (orm == null) {
            throw new IllegalStateException("MCTS with reward 'orm' needs an outcome reward model, but none is configured");
        }
        return orm.scoreChain(terminal, ctx.rng(key, SearchContext.ORM_STREAM));
    }

    private <S extends ReasoningState> double terminalReward(SearchContext<S> ctx, int node) {
        ctx.answer(node);
        if (reward == Reward.ORM) {
            return ctx.orm(node);
        }
        double seen = ctx.tree().latestScore(node, ScoreKind.OUTCOME);
        if (!Double.isNaN(seen)) {
            return seen;
        }
        double ok = ctx.verifiers().checker().isCorrect(ctx.state(node)) ? 1 : 0;
        double value = ctx.edited(node, ScoreKind.OUTCOME, ok);
        ctx.emit(new TraceEvent.Scored(node, "outcome", ScoreKind.OUTCOME, value, ok, 1, List.of()));
        return value;
    }

    private <S extends ReasoningState> void backpropagate(SearchContext<S> ctx, List<Integer> path, double value) {
        List<Integer> visits = new ArrayList<>(path.size());
        List<Double> means = new ArrayList<>(path.size());
        for (int id : path) {
            stats.add(id, value);
            visits.add(stats.visits(id));
            means.add(stats.mean(id));
        }
        ctx.emit(new TraceEvent.Backpropagated(List.copyOf(path), value, List.copyOf(visits), List.copyOf(means)));
    }

    private <S extends ReasoningState> void choose(SearchContext<S> ctx) {
        TraceTree tree = ctx.tree();
        if (finalChoice == FinalChoice.BEST_VALUE) {
            int best = -1;
            for (int i = 0; i < tree.size(); i++) {
                if (tree.isTerminal(i) && tree.visits(i) > 0 && (best < 0 || tree.mean(i) > tree.mean(best))) {
                    best = i;
                }
            }
            if (best >= 0) {
                ctx.select(best, String.format("MCTS: finished node with the highest Q (%.3f over %d visits)",
                        tree.mean(best), tree.visits(best)));
                return;
            }
        }
        int node = 0;
        while (tree.firstChild(node) >= 0) {
            int best = tree.firstChild(node);
            for (int c = tree.nextSibling(best); c >= 0; c = tree.nextSibling(c)) {
                if (tree.visits(c) > tree.visits(best) || (tree.visits(c) == tree.visits(best) && tree.mean(c) > tree.mean(best))) {
                    best = c;
                }
            }
            node = best;
        }
        int depth = tree.depth(node);
        while (!ctx.state(node).isTerminal() && !ctx.stopRequested()) {
            Proposal<S> p = ctx.draw(ctx.state(node), ctx.key(node), "greedy");
            node = ctx.addStep(node, p, KeyedRandom.childKey(ctx.key(node), p.text()));
        }
        if (!ctx.state(node).isTerminal()) {
            ctx.select(-1, "MCTS: stopped before an answer");
            return;
        }
        String tail = tree.depth(node) > depth ? String.format(", completed greedily from depth %d", depth) : "";
        ctx.select(node, String.format("MCTS: most-visited path (root N=%d)%s", tree.visits(0), tail));
    }
}
