package org.reasoningexplorer.engine.trace;

import java.util.List;
import java.util.Map;

/**
 * The first line of a trace: what was searched, how, and with which seed.
 *
 * @param format always {@link #FORMAT}
 * @param version "major.minor"; readers accept any minor of a major they know
 * @param problem the puzzle or question: at least "id" and "text"; puzzles add "numbers", "target", "rules", "gold"
 * @param strategy "name" and "options" (every option with its effective value)
 * @param backend "name" and "options"
 * @param verifiers each with "name", "kind" and "options"
 * @param fork where a counterfactual continuation came from ("trace", "event"), or null
 */
public record TraceHeader(String format, String version, Map<String, Object> problem, Map<String, Object> strategy,
                          Map<String, Object> backend, List<Map<String, Object>> verifiers, long seed,
                          Map<String, Object> fork) {
    public static final String FORMAT = "reasoning-explorer-trace";
    public static final int MAJOR = 1;
    public static final String VERSION = "1.1";

    public String strategyName() {
        Object n = strategy == null ? null : strategy.get("name");
        return n == null ? "?" : n.toString();
    }

    public String problemText() {
        Object n = problem == null ? null : problem.get("text");
        return n == null ? "" : n.toString();
    }
}
