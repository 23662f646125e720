package org.reasoningexplorer.engine.trace;

import java.util.List;
import java.util.Map;

/**
 * One line of a trace after the header: the complete, ordered story of a search.
 *
 * <p>Folding the events up to index i with {@link TraceTree#apply} gives exactly the state the live
 * search had after event i, because the live search keeps its state in a {@code TraceTree} and
 * changes it only by emitting events. See docs/TRACE_FORMAT.md for the JSON form of each type.
 */
public sealed interface TraceEvent {

    /** The JSON "ev" tag of this event type. */
    String type();

    /**
     * A node was written: the root (parent -1, the problem) or one reasoning step.
     *
     * @param key the node's identity as 16 hex digits, derived from its path from the root
     * @param prior the policy's probability for this step (the PUCT prior), NaN when unknown
     * @param tokens tokens spent writing this step
     * @param terminal whether this step ends the chain (an answer line)
     */
    record NodeCreated(int id, int parent, String key, String text, double prior, int tokens, boolean terminal)
            implements TraceEvent {
        public String type() {
            return "node";
        }
    }

    /**
     * A verifier scored a node.
     *
     * @param verifier the verifier's name, e.g. "prm" or "orm"
     * @param kind what was scored: see {@link ScoreKind}
     * @param value the score the search saw
     * @param truth the honest ground truth the verifier estimates, NaN when unknown
     * @param calls verifier calls spent (a ToT value of 3 sampled judgements costs 3)
     * @param judgements ToT judgements behind a value score ("sure", "likely", "impossible"), else empty
     */
    record Scored(int node, String verifier, ScoreKind kind, double value, double truth, int calls,
                  List<String> judgements) implements TraceEvent {
        public String type() {
            return "score";
        }
    }

    /**
     * The reasoning a language model wrote behind a step, kept apart from the step itself
     * ({@code reasoning_content}, or a {@code <think>} block). Added in version 1.1.
     */
    record Reasoning(int node, String text) implements TraceEvent {
        public String type() {
            return "reasoning";
        }
    }

    /** MCTS select phase: the path walked down from the root by the tree policy. */
    record Selected(List<Integer> path) implements TraceEvent {
        public String type() {
            return "select";
        }
    }

    /** MCTS expand phase (or a ToT/beam expansion): a node's new children, created just before. */
    record Expanded(int node, List<Integer> children) implements TraceEvent {
        public String type() {
            return "expand";
        }
    }

    /**
     * MCTS simulate phase: a rollout from a node (steps not added to the tree) or a value estimate
     * (no steps), with the value it produced.
     */
    record Simulated(int node, List<String> steps, int tokens, double value, String answer) implements TraceEvent {
        public String type() {
            return "simulate";
        }
    }

    /** MCTS backpropagate phase: the value added along the path, with each node's new N and Q. */
    record Backpropagated(List<Integer> path, double value, List<Integer> visits, List<Double> means)
            implements TraceEvent {
        public String type() {
            return "backprop";
        }
    }

    /** Beam search or ToT breadth-first: which candidates survived at a depth, and which were pruned. */
    record BeamStep(int depth, List<Integer> kept, List<Integer> pruned) implements TraceEvent {
        public String type() {
            return "beam";
        }
    }

    /** A branch was abandoned (ToT depth-first pruning, a dead end), with the reason. */
    record Pruned(int node, String reason) implements TraceEvent {
        public String type() {
            return "prune";
        }
    }

    /** Depth-first search returned from one node to an ancestor to try another branch. */
    record Backtracked(int from, int to) implements TraceEvent {
        public String type() {
            return "backtrack";
        }
    }

    /** A final answer was read from a terminal node, normalised, and checked against the truth. */
    record AnswerExtracted(int node, String answer, String normalized, boolean correct) implements TraceEvent {
        public String type() {
            return "answer";
        }
    }

    /** A chain's answer was counted in a vote; count and total weight are the cluster's tally after it. */
    record VoteCast(int node, String answer, double weight, int count, double totalWeight) implements TraceEvent {
        public String type() {
            return "vote";
        }
    }

    /** The search chose its result. */
    record FinalSelection(int node, String answer, boolean correct, String reason) implements TraceEvent {
        public String type() {
            return "final";
        }
    }

    /**
     * The search ended: "completed", "cancelled", "failed" or "budget". The totals repeat what folding
     * the events gives, so a reader can check a trace's integrity.
     */
    record Ended(String status, Compute compute, String message) implements TraceEvent {
        public String type() {
            return "end";
        }
    }

    /**
     * An event of a type this reader does not know (from a newer minor version); kept verbatim so
     * nothing is lost, and ignored by the fold.
     */
    record Unknown(String type, Map<String, Object> fields) implements TraceEvent {
    }
}
