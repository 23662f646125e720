package org.reasoningexplorer.engine.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reasoningexplorer.engine.trace.ScoreKind;

/**
 * Tree of Thoughts' chain-of-thought sampling log for Game of 24 (logs/game24/*_naive_cot_sample_*.json):
 * per puzzle, independent chains ("Steps:" then one line per step and "Answer: …"), each labelled by
 * ToT's check {@code r}. Each chain hangs under the root, its answer is voted for by canonical
 * expression, and nothing is chosen (the log chose nothing).
 *
 * <p>The log names puzzles only by index; their numbers come from ToT's 24.csv when it lies beside
 * the log, as it does in ToT's repository layout and in shared/data/tot-game24.
 */
public final class TotCotImporter implements TraceImporter {
    static final String FORMAT = "a Tree-of-Thoughts chain-of-thought sample log (a JSON list of puzzles, each with \"idx\", "
            + "\"ys\" (sampled chains) and \"infos\" [{\"r\"}], and no \"steps\")";
    private static final String NOUN = "a ToT sample-log puzzle record";
    private static final String CHECK_VERIFIER = "tot-sympy-check";

    @Override
    public String id() {
        return "tot-cot";
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean accepts(Sniff sniff) {
        return sniff.kind() == Sniff.Kind.JSON_LIST && sniff.firstHas("idx", "ys", "infos") && !sniff.first().has("steps");
    }

    @Override
    public List<ImportedTrace> read(Path path) throws IOException {
        Map<Integer, String> puzzles = puzzlesBeside(path);
        Map<String, Object> settings = TotLogs.runSettings(path);
        List<ImportedTrace> out = new ArrayList<>();
        JsonRecords.eachListElement(path, FORMAT, NOUN, "a JSON list of ToT sample-log puzzle records",
                (record, at) -> out.add(convert(record, at, puzzles, settings, path)));
        return out;
    }

    private ImportedTrace convert(JsonNode record, At at, Map<Integer, String> puzzles, Map<String, Object> settings, Path path)
            throws IOException {
        int idx = at.integer(record, "idx");
        List<String> chains = at.texts(record, "ys");
        JsonNode infos = at.array(record, "infos");
        if (infos.size() != chains.size()) {
            throw at.error("\"infos\" has " + infos.size() + " entries but \"ys\" has " + chains.size()
                    + "; the log gives one {\"r\"} per sampled chain");
        }
        Map<String, Object> problem = puzzles.containsKey(idx) ? TotLogs.problem(idx, puzzles.get(idx))
                : Headers.map("id", "game24-" + idx, "text", "Game of 24, puzzle " + idx + " of ToT's 24.csv (its numbers are not in the log)",
                        "target", 24, "index", idx);
        TraceBuilder b = new TraceBuilder();
        b.root((String) problem.get("text"));
        int correctCount = 0;
        for (int i = 0; i < chains.size(); i++) {
            List<String> steps = stepsOf(chains.get(i));
            List<Integer> ids = b.chain(0, i, steps, null);
            int last = ids.get(ids.size() - 1);
            boolean correct = at.within("infos " + i).integer(infos.get(i), "r") == 1;
            correctCount += correct ? 1 : 0;
            String answer = TotLogs.answerOf(steps.get(steps.size() - 1));
            String normalized = TotLogs.normalized(answer);
            b.score(last, CHECK_VERIFIER, ScoreKind.OUTCOME, correct ? 1 : 0, 0, List.of());
            b.answer(last, answer, normalized, correct);
            b.vote(last, normalized, 1.0);
        }
        Map<String, Object> options = Headers.map("source", "princeton-nlp/tree-of-thought-llm " + path.getFileName(),
                "samples", chains.size(), "labelledCorrect", correctCount);
        options.putAll(settings);
        return b.build(Headers.of(problem, "tot-cot-samples", options, settings.getOrDefault("model", "gpt-4") + " (ToT log)",
                Headers.map("temperature", settings.get("temperature"), "usageSoFar", TotLogs.usage(record)),
                List.of(Headers.verifier(CHECK_VERIFIER, "outcome", Headers.map("rule", "ToT's sympy check of the last line (r)")))),
                null);
    }

    /** A chain's steps: its lines without the "Steps:" heading; a chain with no lines is one empty step. */
    static List<String> stepsOf(String chain) {
        List<String> steps = new ArrayList<>();
        for (String line : chain.strip().split("\n")) {
            String t = line.strip();
            if (!t.isEmpty() && !(steps.isEmpty() && t.equalsIgnoreCase("Steps:"))) {
                steps.add(t);
            }
        }
        if (steps.isEmpty()) {
            steps.add("");
        }
        return steps;
    }

    /** ToT's 24.csv beside the log: puzzle index (0-based row after the header) to its numbers, or empty. */
    private static Map<Integer, String> puzzlesBeside(Path log) throws IOException {
        Path csv = log.toAbsolutePath().resolveSibling("24.csv");
        Map<Integer, String> out = new HashMap<>();
        if (!Files.isRegularFile(csv)) {
            return out;
        }
        List<String> lines = Files.readAllLines(csv);
        for (int i = 1; i < lines.size(); i++) {
            String[] cols = lines.get(i).split(",");
            if (cols.length > 1) {
                out.put(i - 1, cols[1].strip());
            }
        }
        return out;
    }
}
