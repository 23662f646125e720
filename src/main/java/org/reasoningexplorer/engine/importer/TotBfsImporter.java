package org.reasoningexplorer.engine.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reasoningexplorer.engine.trace.ScoreKind;

/**
 * Tree of Thoughts' breadth-first Game-of-24 log (princeton-nlp/tree-of-thought-llm,
 * logs/game24/*_propose*_value*_greedy*.json): per puzzle, the frontier, every proposed child with
 * its summed value, and the children kept at each depth; one trace per puzzle.
 *
 * <p>Every entry of {@code new_ys} becomes a node (duplicates included, so a depth has exactly
 * {@code len(new_ys)} nodes); its parent is the frontier entry it extends. The values become VALUE
 * scores, the selections BeamStep events, and the final candidates answers checked by ToT's {@code r}.
 */
public final class TotBfsImporter implements TraceImporter {
    static final String FORMAT = "a Tree-of-Thoughts Game-of-24 BFS log (a JSON list of puzzles, each with \"idx\", "
            + "\"steps\" [{\"ys\", \"new_ys\", \"values\", \"select_new_ys\"}], \"ys\" and \"infos\")";
    private static final String NOUN = "a ToT BFS puzzle record";
    private static final String VALUE_VERIFIER = "tot-value";
    private static final String CHECK_VERIFIER = "tot-sympy-check";

    @Override
    public String id() {
        return "tot-bfs";
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean accepts(Sniff sniff) {
        if (sniff.kind() != Sniff.Kind.JSON_LIST || !sniff.firstHas("steps", "ys", "infos")) {
            return false;
        }
        JsonNode steps = sniff.first().get("steps");
        return steps.isArray() && steps.size() > 0 && steps.get(0).has("new_ys");
    }

    @Override
    public List<ImportedTrace> read(Path path) throws IOException {
        Map<String, Object> settings = TotLogs.runSettings(path);
        int samples = settings.get("n_evaluate_sample") instanceof Integer n ? n : 3;
        List<ImportedTrace> out = new ArrayList<>();
        JsonRecords.eachListElement(path, FORMAT, NOUN, "a JSON list of ToT BFS puzzle records",
                (record, at) -> out.add(convert(record, at, settings, samples, path)));
        return out;
    }

    private ImportedTrace convert(JsonNode record, At at, Map<String, Object> settings, int samples, Path path) throws IOException {
        int idx = at.integer(record, "idx");
        JsonNode steps = at.array(record, "steps");
        if (steps.isEmpty()) {
            throw at.error(NOUN + " needs at least one entry in \"steps\"");
        }
        TraceBuilder b = new TraceBuilder();
        Map<String, Object> problem = TotLogs.problem(idx, at.text(steps.get(0), "x"));
        b.root((String) problem.get("text"));
        List<Integer> frontier = List.of(0);
        List<String> frontierTexts = List.of("");
        for (int s = 0; s < steps.size(); s++) {
            At here = at.within("step " + s);
            JsonNode step = steps.get(s);
            List<String> ys = here.texts(step, "ys");
            if (s > 0 && !ys.equals(frontierTexts)) {
                throw here.error("\"ys\" differs from the previous step's \"select_new_ys\"; a ToT BFS log carries the kept candidates forward");
            }
            if (s == 0) {
                if (ys.size() != 1) {
                    throw here.error("the first step's \"ys\" must hold the one empty trajectory the search starts from, found "
                            + ys.size() + " entries");
                }
                frontierTexts = ys;
            }
            Depth depth = expand(b, here, step, frontier, frontierTexts, s == steps.size() - 1, samples);
            frontier = depth.kept;
            frontierTexts = here.texts(step, "select_new_ys");
            b.beam(s + 1, depth.kept, depth.pruned);
        }
        finish(b, at, record, frontier, frontierTexts);
        Map<String, Object> options = Headers.map("source", "princeton-nlp/tree-of-thought-llm " + path.getFileName(),
                "depths", steps.size(), "n_evaluate_sample", samples);
        options.putAll(settings);
        return b.build(Headers.of(problem, "tot-bfs", options, settings.getOrDefault("model", "gpt-4") + " (ToT log)",
                Headers.map("temperature", settings.get("temperature"), "usageSoFar", TotLogs.usage(record)),
                List.of(Headers.verifier(VALUE_VERIFIER, "value", Headers.map("samples", samples, "map", TotLogs.VALUE_MAP)),
                        Headers.verifier(CHECK_VERIFIER, "outcome", Headers.map("rule", "ToT's sympy check of the last line (r)")))),
                null);
    }

    /** The nodes of one depth: every new_ys entry under the frontier entry it extends. */
    private record Depth(List<Integer> kept, List<Integer> pruned) {
    }

    private static Depth expand(TraceBuilder b, At here, JsonNode step, List<Integer> frontier, List<String> frontierTexts,
                                boolean last, int samples) throws ImportException {
        List<String> children = here.texts(step, "new_ys");
        JsonNode values = here.array(step, "values");
        if (values.size() != children.size()) {
            throw here.error("\"values\" has " + values.size() + " entries but \"new_ys\" has " + children.size()
                    + "; a ToT BFS log gives one value per candidate");
        }
        int[] parentIndex = Parents.assign(children, frontierTexts, here);
        List<Integer> ids = new ArrayList<>(children.size());
        List<List<Integer>> byParent = new ArrayList<>();
        frontier.forEach(f -> byParent.add(new ArrayList<>()));
        for (int k = 0; k < children.size(); k++) {
            String line = children.get(k).substring(frontierTexts.get(parentIndex[k]).length()).strip();
            boolean terminal = last || line.regionMatches(true, 0, "Answer", 0, 6);
            int id = b.node(frontier.get(parentIndex[k]), line, 0, terminal);
            ids.add(id);
            byParent.get(parentIndex[k]).add(id);
        }
        for (int f = 0; f < frontier.size(); f++) {
            if (!byParent.get(f).isEmpty()) {
                b.expand(frontier.get(f), byParent.get(f));
            }
        }
        Set<String> evaluated = new HashSet<>();
        for (int k = 0; k < children.size(); k++) {
            JsonNode v = values.get(k);
            if (!v.isNumber()) {
                throw here.error("\"values\"[" + k + "] must be a number, found " + At.describe(v));
            }
            boolean first = evaluated.add(children.get(k));
            b.score(ids.get(k), VALUE_VERIFIER, ScoreKind.VALUE, v.asDouble(), first ? samples : 0,
                    first ? TotLogs.judgements(v.asDouble(), samples) : List.of());
        }
        List<Integer> kept = new ArrayList<>();
        boolean[] used = new boolean[children.size()];
        for (String selected : here.texts(step, "select_new_ys")) {
            int k = firstUnused(children, used, selected);
            if (k < 0) {
                throw here.error("a \"select_new_ys\" entry is not among \"new_ys\": " + JsonRecords.clip(selected));
            }
            used[k] = true;
            kept.add(ids.get(k));
        }
        List<Integer> pruned = new ArrayList<>();
        for (int k = 0; k < children.size(); k++) {
            if (!used[k]) {
                pruned.add(ids.get(k));
            }
        }
        return new Depth(kept, pruned);
    }

    /** ToT sorts by value stably and keeps indices, so a selected text is the earliest candidate with it not yet kept. */
    private static int firstUnused(List<String> children, boolean[] used, String text) {
        for (int k = 0; k < children.size(); k++) {
            if (!used[k] && children.get(k).equals(text)) {
                return k;
            }
        }
        return -1;
    }

    private static void finish(TraceBuilder b, At at, JsonNode record, List<Integer> kept, List<String> keptTexts) throws ImportException {
        List<String> finals = at.texts(record, "ys");
        JsonNode infos = at.array(record, "infos");
        if (infos.size() != finals.size()) {
            throw at.error("\"infos\" has " + infos.size() + " entries but \"ys\" has " + finals.size() + "; ToT gives one {\"r\"} per final candidate");
        }
        boolean[] used = new boolean[kept.size()];
        for (int k = 0; k < finals.size(); k++) {
            int j = firstUnused(keptTexts, used, finals.get(k));
            if (j < 0) {
                throw at.error("final candidate " + k + " in \"ys\" is not among the last step's \"select_new_ys\"");
            }
            used[j] = true;
            int node = kept.get(j);
            boolean correct = at.within("infos " + k).integer(infos.get(k), "r") == 1;
            String[] lines = finals.get(k).strip().split("\n");
            String answer = TotLogs.answerOf(lines[lines.length - 1]);
            b.score(node, CHECK_VERIFIER, ScoreKind.OUTCOME, correct ? 1 : 0, 0, List.of());
            b.answer(node, answer, TotLogs.normalized(answer), correct);
            if (k == 0) {
                b.choose(node, answer, correct, "the first final candidate: ToT keeps the best-valued candidates first");
            }
        }
    }
}
