package org.reasoningexplorer.engine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceTree;

/** REFERENCE.md's MCTS invariants, checked on real runs of the embedded reasoner. */
class MctsInvariantsTest {
    @ParameterizedTest
    @CsvSource({"uct,rollout,orm,60", "puct,rollout,outcome,80", "puct,value,orm,50", "uct,value,orm,120"})
    void visitsCountBackpropagationsAndQIsTheMeanOfBackedUpValues(String policy, String evaluation, String reward, int iterations) {
        var spec = Runs.spec("mcts", Map.of("policy", policy, "evaluation", evaluation, "reward", reward,
                "iterations", Integer.toString(iterations), "dirichlet", "true"), 21);
        List<TraceEvent> events = Runs.events(spec);
        TraceTree tree = new TraceTree();
        events.forEach(tree::apply);
        int[] visits = new int[tree.size()];
        double[] sums = new double[tree.size()];
        int backprops = 0;
        String phase = "";
        for (TraceEvent e : events) {
            if (e instanceof TraceEvent.Backpropagated b) {
                backprops++;
                for (int id : b.path()) {
                    visits[id]++;
                    sums[id] += b.value();
                }
                assertEquals(0, b.path().get(0), "backpropagation ends at the root");
            }
            if (e instanceof TraceEvent.Selected || e instanceof TraceEvent.Simulated || e instanceof TraceEvent.Backpropagated) {
                String next = e.type();
                assertTrue(!next.equals(phase) || next.equals("select") && phase.isEmpty(), "phases alternate: " + phase + " → " + next);
                phase = next;
            }
        }
        assertEquals(iterations, backprops);
        assertEquals(iterations, tree.visits(0), "the root's count equals the number of iterations");
        for (int i = 0; i < tree.size(); i++) {
            assertEquals(visits[i], tree.visits(i), "N of node " + i);
            if (visits[i] > 0) {
                assertEquals(sums[i] / visits[i], tree.mean(i), 1e-12, "Q of node " + i);
            }
            int childVisits = 0;
            for (int c : tree.children(i)) {
                childVisits += tree.visits(c);
            }
            assertTrue(childVisits <= tree.visits(i), "children of " + i + " are visited no more than it");
        }
    }

    @ParameterizedTest
    @CsvSource({"uct", "puct"})
    void everyIterationShowsSelectExpandOrTerminalSimulateAndBackpropagate(String policy) {
        List<TraceEvent> events = Runs.events(Runs.spec("mcts", Map.of("policy", policy, "iterations", "30"), 8));
        int selects = 0;
        int simulates = 0;
        for (TraceEvent e : events) {
            if (e instanceof TraceEvent.Selected) {
                selects++;
            }
            if (e instanceof TraceEvent.Simulated) {
                simulates++;
            }
        }
        assertEquals(30, selects);
        assertEquals(30, simulates);
    }
}
