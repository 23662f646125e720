package org.reasoningexplorer.app.run;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceHeader;

/**
 * How much of its budget a running search has spent, from the events it has emitted so far: MCTS
 * iterations, sampled chains, generated steps for depth-first ToT, or depth reached for beam and
 * breadth-first ToT (a puzzle of k numbers needs k − 1 steps and an answer line).
 */
public final class BudgetGauge {
    private final String strategy;
    private final long iterations;
    private final long maxSteps;
    private final long chains;
    private final int depthNeeded;
    private int[] depth = new int[64];
    private int selects;
    private int answers;
    private long steps;
    private int deepest;
    private boolean ended;

    public BudgetGauge(TraceHeader header) {
        strategy = header.strategyName();
        Map<?, ?> options = header.strategy() != null && header.strategy().get("options") instanceof Map<?, ?> m ? m : Map.of();
        iterations = number(options, "iterations", 64);
        maxSteps = number(options, "max-steps", strategy.equals("tot-dfs") ? 200 : 0);
        chains = strategy.equals("cot") ? 1 : number(options, "n", 16);
        Object numbers = header.problem() == null ? null : header.problem().get("numbers");
        depthNeeded = numbers instanceof Collection<?> c ? Math.max(1, c.size()) : 4;
    }

    public void see(TraceEvent e) {
        if (e instanceof TraceEvent.Selected) {
            selects++;
        } else if (e instanceof TraceEvent.AnswerExtracted) {
            answers++;
        } else if (e instanceof TraceEvent.NodeCreated n) {
            if (n.id() >= depth.length) {
                depth = Arrays.copyOf(depth, Math.max(n.id() + 1, depth.length * 2));
            }
            if (n.parent() >= 0) {
                steps++;
                depth[n.id()] = depth[n.parent()] + 1;
                deepest = Math.max(deepest, depth[n.id()]);
            }
        } else if (e instanceof TraceEvent.Simulated s) {
            steps += s.steps().size();
        } else if (e instanceof TraceEvent.Ended) {
            ended = true;
        }
    }

    /** The share of the budget spent, from 0 to 1 (1 only once the search has ended). */
    public double fraction() {
        if (ended) {
            return 1;
        }
        double f = switch (strategy) {
            case "mcts" -> Math.max((double) selects / Math.max(1, iterations), maxSteps > 0 ? (double) steps / maxSteps : 0);
            case "cot", "majority", "weighted-vote", "best-of-n" -> (double) answers / Math.max(1, chains);
            case "tot-dfs" -> (double) steps / Math.max(1, maxSteps);
            default -> (double) deepest / depthNeeded;
        };
        return Math.max(0, Math.min(0.99, f));
    }

    private static long number(Map<?, ?> options, String key, long def) {
        Object v = options.get(key);
        return v instanceof Number n ? n.longValue() : def;
    }
}
