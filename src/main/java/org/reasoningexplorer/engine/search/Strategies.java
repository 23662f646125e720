package org.reasoningexplorer.engine.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.reasoningexplorer.engine.search.beam.BeamSearch;
import org.reasoningexplorer.engine.search.beam.Dvts;
import org.reasoningexplorer.engine.search.mcts.Mcts;
import org.reasoningexplorer.engine.search.sampling.BestOfN;
import org.reasoningexplorer.engine.search.sampling.ChainOfThought;
import org.reasoningexplorer.engine.search.sampling.SelfConsistency;
import org.reasoningexplorer.engine.search.tot.TotBfs;
import org.reasoningexplorer.engine.search.tot.TotDfs;

/** Every strategy by name, with a one-line description, for the command line and the app. */
public final class Strategies {
    /** A strategy's name, what it does, and how to make one from options. */
    public record Entry(String name, String summary, Function<Map<String, String>, SearchStrategy> factory) {
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        add("cot", "chain of thought: one sampled chain", ChainOfThought::new);
        add("majority", "self-consistency: N chains, most frequent normalised answer", m -> new SelfConsistency(m, false));
        add("weighted-vote", "N chains, answer with the largest summed verifier score", m -> new SelfConsistency(m, true));
        add("best-of-n", "N chains, the one the ORM or aggregated PRM scores highest", BestOfN::new);
        add("beam", "beam search with a PRM: N candidates, width M, optional lookahead", BeamSearch::new);
        add("dvts", "diverse verifier tree search: N/M independent greedy PRM subtrees", Dvts::new);
        add("tot-bfs", "Tree of Thoughts breadth-first: propose, value (sure/likely/impossible), keep b", TotBfs::new);
        add("tot-dfs", "Tree of Thoughts depth-first: prune below a value threshold, backtrack", TotDfs::new);
        add("mcts", "Monte Carlo tree search with UCT or PUCT, rollouts or value estimates", Mcts::new);
    }

    private Strategies() {
    }

    private static void add(String name, String summary, Function<Map<String, String>, SearchStrategy> f) {
        ENTRIES.put(name, new Entry(name, summary, f));
    }

    public static List<Entry> all() {
        return List.copyOf(ENTRIES.values());
    }

    /** Creates a strategy; unknown names and options give an error that lists what is allowed. */
    public static SearchStrategy create(String name, Map<String, String> options) {
        Entry e = ENTRIES.get(name);
        if (e == null) {
            throw new IllegalArgumentException("unknown strategy '" + name + "'; expected one of " + String.join(", ", ENTRIES.keySet()));
        }
        return e.factory().apply(options == null ? Map.of() : options);
    }
}
