package org.reasoningexplorer.engine.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups answers into vote clusters: an answer joins the first earlier cluster whose answer it is
 * {@link MathAnswers#equivalent equivalent} to, or starts a new cluster named by its
 * {@link MathAnswers#normalize normalised} key. So "2\sqrt{3}" and "\sqrt{12}", whose keys differ,
 * still share a cluster, named after whichever came first. Not thread-safe.
 */
public final class AnswerClusters {
    private final Map<String, String> byKey = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<String> firstAnswers = new ArrayList<>();

    /** The cluster the answer belongs to (its name), creating it when no earlier cluster matches. */
    public String clusterOf(String answer) {
        String key = MathAnswers.normalize(answer);
        String known = byKey.get(key);
        if (known != null) {
            return known;
        }
        if (!key.isEmpty()) {
            for (int i = 0; i < names.size(); i++) {
                if (MathAnswers.equivalent(answer, firstAnswers.get(i))) {
                    byKey.put(key, names.get(i));
                    return names.get(i);
                }
            }
        }
        byKey.put(key, key);
        names.add(key);
        firstAnswers.add(answer);
        return key;
    }

    /** The cluster names in order of first appearance. */
    public List<String> names() {
        return List.copyOf(names);
    }
}
