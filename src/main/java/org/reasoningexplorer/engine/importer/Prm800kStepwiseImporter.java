package org.reasoningexplorer.engine.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reasoningexplorer.engine.answer.MathAnswers;
import org.reasoningexplorer.engine.trace.ScoreKind;

/**
 * PRM800K as step candidates (the "stepwise critique" export of scottlogic-alex/prm800k-denorm):
 * one JSON line per candidate next step, with the problem ({@code instruction}), the accepted steps
 * before it ({@code responses}), the candidate ({@code next_response}) and its human rating. Rows
 * sharing a problem and prefix are siblings, so each problem becomes one tree. Rows with the same
 * path (the problem labelled twice) are one node with one score per row.
 */
public final class Prm800kStepwiseImporter implements TraceImporter {
    static final String FORMAT = "PRM800K step candidates (JSON lines, each with \"instruction\", \"responses\", "
            + "\"next_response\", \"rating\", \"is_preferred_response\", \"answer\", \"is_solution\")";
    private static final String NOUN = "a PRM800K step-candidate row";

    @Override
    public String id() {
        return "prm800k-stepwise";
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean accepts(Sniff sniff) {
        return sniff.kind() == Sniff.Kind.JSON_LINES && sniff.firstHas("instruction", "responses", "next_response");
    }

    /** One candidate step: its text, the rows that name it, and its children in first-seen order. */
    private static final class Candidate {
        final String text;
        final List<JsonNode> rows = new ArrayList<>();
        final Map<String, Candidate> children = new LinkedHashMap<>();
        int id = -1;

        Candidate(String text) {
            this.text = text;
        }

        boolean preferred() {
            return rows.stream().anyMatch(r -> r.path("is_preferred_response").asBoolean());
        }

        String answer() {
            return rows.stream().map(r -> At.optionalText(r, "answer")).filter(a -> a != null).findFirst().orElse(null);
        }

        boolean solution() {
            return rows.stream().anyMatch(r -> r.path("is_solution").asBoolean());
        }
    }

    private record Row(JsonNode node, At at) {
    }

    @Override
    public List<ImportedTrace> read(Path path) throws IOException {
        Map<String, List<Row>> byProblem = new LinkedHashMap<>();
        JsonRecords.eachLine(path, FORMAT, NOUN, (record, at) -> {
            String problem = at.text(record, "instruction");
            at.array(record, "responses");
            at.text(record, "next_response");
            if (At.optional(record, "rating") != null) {
                int r = at.integer(record, "rating");
                if (r < -1 || r > 1) {
                    throw at.error("\"rating\" must be -1, 0, 1 or null, found " + r);
                }
            }
            byProblem.computeIfAbsent(problem, p -> new ArrayList<>()).add(new Row(record, at));
        });
        List<ImportedTrace> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<Row>> e : byProblem.entrySet()) {
            out.add(convert(e.getKey(), e.getValue(), ++n, path));
        }
        return out;
    }

    private ImportedTrace convert(String problemText, List<Row> rows, int number, Path path) throws IOException {
        Candidate root = new Candidate(problemText);
        Map<List<String>, Candidate> byPath = new HashMap<>();
        byPath.put(List.of(), root);
        for (Row row : rows) {
            List<String> prefix = row.at().texts(row.node(), "responses");
            List<String> full = new ArrayList<>(prefix);
            full.add(row.at().text(row.node(), "next_response"));
            Candidate c = byPath.computeIfAbsent(full, p -> new Candidate(p.get(p.size() - 1)));
            c.rows.add(row.node());
        }
        for (Map.Entry<List<String>, Candidate> e : byPath.entrySet()) {
            List<String> p = e.getKey();
            if (!p.isEmpty()) {
                Candidate parent = byPath.get(p.subList(0, p.size() - 1));
                if (parent == null) {
                    throw rowOf(rows, e.getValue()).error("its \"responses\" continue a path that no row offers as a candidate");
                }
            }
        }
        for (Row row : rows) {
            List<String> prefix = row.at().texts(row.node(), "responses");
            List<String> full = new ArrayList<>(prefix);
            full.add(row.node().get("next_response").asText());
            Candidate c = byPath.get(full);
            byPath.get(prefix).children.putIfAbsent(c.text, c);
        }
        TraceBuilder b = new TraceBuilder();
        b.root(problemText);
        root.id = 0;
        Candidate[] chosen = new Candidate[1];
        String gold = emit(b, root, chosen);
        if (chosen[0] != null) {
            b.choose(chosen[0].id, chosen[0].answer(), chosen[0].solution(), "the labeller's preferred final step");
        }
        Map<String, Object> problem = Headers.map("id", "prm800k-stepwise-" + number, "text", problemText, "gold", gold);
        Map<String, Object> options = Headers.map("source", "PRM800K phase-1 step candidates " + path.getFileName(),
                "rows", rows.size(), "goldFrom", gold == null ? null : "the answer of the first row with is_solution");
        return b.build(Headers.of(problem, "prm800k-stepwise", options, "prm800k generator (OpenAI)", Map.of(),
                List.of(Headers.verifier(Prm800kImporter.HUMAN, "process", Headers.map("map", "-1 -> 0, 0 -> 0.5, +1 -> 1")))), null);
    }

    /**
     * Creates every candidate, parents first, each family together; returns the first correct answer
     * seen (the gold) and puts the first preferred final step in {@code chosen[0]}.
     */
    private static String emit(TraceBuilder b, Candidate root, Candidate[] chosen) {
        String gold = null;
        Deque<Candidate> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Candidate parent = stack.pop();
            if (parent.children.isEmpty()) {
                continue;
            }
            List<Integer> ids = new ArrayList<>();
            List<Integer> kept = new ArrayList<>();
            List<Integer> pruned = new ArrayList<>();
            for (Candidate c : parent.children.values()) {
                c.id = b.node(parent.id, c.text, 0, c.answer() != null);
                ids.add(c.id);
                (c.preferred() ? kept : pruned).add(c.id);
            }
            b.expand(parent.id, ids);
            for (Candidate c : parent.children.values()) {
                for (JsonNode row : c.rows) {
                    JsonNode rating = At.optional(row, "rating");
                    if (rating != null) {
                        int r = rating.asInt();
                        List<String> j = row.path("is_preferred_response").asBoolean()
                                ? List.of(Prm800kImporter.ratingJudgement(r), "preferred") : List.of(Prm800kImporter.ratingJudgement(r));
                        b.score(c.id, Prm800kImporter.HUMAN, ScoreKind.PRM, Prm800kImporter.prmValue(r), 1, j);
                    }
                }
                String answer = c.answer();
                if (answer != null) {
                    b.answer(c.id, answer, MathAnswers.normalize(answer), c.solution());
                    gold = gold == null && c.solution() ? answer : gold;
                    if (chosen[0] == null && c.preferred()) {
                        chosen[0] = c;
                    }
                }
            }
            if (!kept.isEmpty()) {
                b.beam(b.depth(ids.get(0)), kept, pruned);
            }
            List<Candidate> children = new ArrayList<>(parent.children.values());
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        return gold;
    }

    private static At rowOf(List<Row> rows, Candidate c) {
        for (Row r : rows) {
            if (c.rows.contains(r.node())) {
                return r.at();
            }
        }
        return rows.get(0).at();
    }
}
