package org.reasoningexplorer.engine.whatif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reasoningexplorer.engine.trace.Compute;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceTree;

/**
 * What differs between an original search and its counterfactual: nodes matched by identity
 * (their key, derived from the path from the root), the final answers, and the compute spent.
 *
 * @param onlyInOriginal node ids (in the original) whose key the counterfactual never reached
 * @param onlyInCounterfactual node ids (in the counterfactual) that are new
 * @param common pairs {original id, counterfactual id} of nodes present in both
 * @param changedContent common nodes whose step text, prior or tokens differ (must be empty: identity fixes content)
 */
public record TraceDiff(List<Integer> onlyInOriginal, List<Integer> onlyInCounterfactual, List<int[]> common,
                        List<int[]> changedContent, TraceEvent.FinalSelection originalChoice,
                        TraceEvent.FinalSelection counterfactualChoice, Compute originalCompute, Compute counterfactualCompute) {

    public static TraceDiff of(TraceTree original, TraceTree counterfactual) {
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < counterfactual.size(); i++) {
            byKey.put(counterfactual.key(i), i);
        }
        List<Integer> onlyA = new ArrayList<>();
        List<int[]> common = new ArrayList<>();
        List<int[]> changed = new ArrayList<>();
        boolean[] matched = new boolean[counterfactual.size()];
        for (int i = 0; i < original.size(); i++) {
            Integer j = byKey.get(original.key(i));
            if (j == null) {
                onlyA.add(i);
                continue;
            }
            matched[j] = true;
            common.add(new int[] {i, j});
            if (!original.text(i).equals(counterfactual.text(j)) || original.tokens(i) != counterfactual.tokens(j)
                    || Double.compare(original.prior(i), counterfactual.prior(j)) != 0) {
                changed.add(new int[] {i, j});
            }
        }
        List<Integer> onlyB = new ArrayList<>();
        for (int j = 0; j < matched.length; j++) {
            if (!matched[j]) {
                onlyB.add(j);
            }
        }
        return new TraceDiff(onlyA, onlyB, common, changed, original.selection(), counterfactual.selection(),
                original.compute(), counterfactual.compute());
    }

    /** Whether the search chose a different answer. */
    public boolean answerChanged() {
        String a = originalChoice == null ? null : originalChoice.answer();
        String b = counterfactualChoice == null ? null : counterfactualChoice.answer();
        return a == null ? b != null : !a.equals(b);
    }

    /** One line for people: what appeared, what disappeared, and whether the answer changed. */
    public String summary() {
        return String.format("%d nodes kept, %d disappeared, %d new; answer %s; compute %d → %d steps",
                common.size(), onlyInOriginal.size(), onlyInCounterfactual.size(),
                answerChanged() ? "changed from " + quote(originalChoice) + " to " + quote(counterfactualChoice) : "unchanged",
                originalCompute.steps(), counterfactualCompute.steps());
    }

    private static String quote(TraceEvent.FinalSelection s) {
        return s == null || s.node() < 0 ? "none" : "'" + s.answer() + "' (" + (s.correct() ? "correct" : "wrong") + ")";
    }
}
