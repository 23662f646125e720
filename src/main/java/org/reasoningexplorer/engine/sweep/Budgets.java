package org.reasoningexplorer.engine.sweep;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Maps one sweep budget B onto each strategy's own budget option, so strategies can be swept on a
 * common axis; the table then reports the compute actually spent, which is what to compare.
 *
 * <ul>
 *   <li>majority, weighted-vote, best-of-n: n = B chains;</li>
 *   <li>beam, dvts: n = B candidates per depth, width = min(4, B);</li>
 *   <li>tot-bfs: breadth = B; tot-dfs: max-steps = 4·B;</li>
 *   <li>mcts: iterations = B;</li>
 *   <li>cot: no budget (always one chain).</li>
 * </ul>
 */
public final class Budgets {
    private Budgets() {
    }

    /** The strategy options for budget B, with the user's own options layered on top. */
    public static Map<String, String> options(String strategy, int budget, Map<String, String> extra) {
        Map<String, String> o = new LinkedHashMap<>();
        switch (strategy) {
            case "majority":
            case "weighted-vote":
            case "best-of-n":
                o.put("n", Integer.toString(budget));
                break;
            case "beam":
            case "dvts":
                o.put("n", Integer.toString(budget));
                o.put("width", Integer.toString(Math.min(4, budget)));
                break;
            case "tot-bfs":
                o.put("breadth", Integer.toString(budget));
                break;
            case "tot-dfs":
                o.put("max-steps", Integer.toString(4 * budget));
                break;
            case "mcts":
                o.put("iterations", Integer.toString(budget));
                break;
            default:
                break;
        }
        if (extra != null) {
            o.putAll(extra);
        }
        return o;
    }

    /** Whether the strategy ignores the budget (so one budget suffices). */
    public static boolean isFixed(String strategy) {
        return strategy.equals("cot");
    }
}
