package org.reasoningexplorer.engine.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.reasoningexplorer.engine.trace.ScoreKind;

/**
 * Result rows of Hugging Face's search-and-learn (huggingface/search-and-learn, written by
 * src/sal/search/best_of_n.py, beam_search.py and diverse_verifier_tree_search.py, then scored by
 * src/sal/utils/score.py): the dataset row ({@code problem}, {@code answer}, …) plus
 * {@code completions}, {@code scores} (one PRM score per "\n\n"-separated step of each completion),
 * {@code pred} (the completion the search returned), {@code completion_tokens} and, after scoring,
 * {@code agg_scores} and {@code pred_weighted@n} / {@code pred_maj@n} / {@code pred_naive@n}.
 * The rows hold final completions only, not the search tree, so each completion is one chain.
 */
public final class SearchAndLearnImporter extends PerLineImporter {
    static final String FORMAT = "search-and-learn result rows (JSON lines, each with \"problem\", \"completions\", "
            + "and optionally \"answer\", \"scores\", \"pred\", \"completion_tokens\", \"agg_scores\")";
    private static final String NOUN = "a search-and-learn row";

    public SearchAndLearnImporter() {
        super("search-and-learn", FORMAT, NOUN);
    }

    @Override
    public boolean accepts(Sniff sniff) {
        return sniff.kind() == Sniff.Kind.JSON_LINES && sniff.firstHas("problem", "completions") && sniff.first().get("completions").isArray();
    }

    @Override
    protected ImportedTrace convert(JsonNode record, At at, Path path) throws IOException {
        String problem = at.text(record, "problem");
        String gold = At.optionalText(record, "answer");
        List<String> completions = at.texts(record, "completions");
        if (completions.isEmpty()) {
            throw at.error(NOUN + "'s \"completions\" is empty");
        }
        JsonNode scores = alignedList(at, record, "scores", completions.size());
        JsonNode tokens = alignedList(at, record, "completion_tokens", completions.size());
        JsonNode agg = alignedList(at, record, "agg_scores", completions.size());
        List<SampleSets.Sample> samples = new ArrayList<>();
        for (int i = 0; i < completions.size(); i++) {
            List<Double> stepScores = scores == null ? null : numbers(at.within("scores[" + i + "]"), scores.get(i));
            samples.add(new SampleSets.Sample(Steps.atBlankLines(completions.get(i)), stepScores,
                    agg == null ? null : agg.get(i).asDouble(), tokens == null ? null : tokens.get(i).asLong(), null, null,
                    completions.get(i)));
        }
        String pred = At.optionalText(record, "pred");
        int chosen = pred == null ? -1 : completions.indexOf(pred);
        Map<String, Object> options = Headers.map("source", "search-and-learn rows " + path.getFileName(), "n", completions.size(),
                "steps", "completions split at \"\\n\\n\", as the PRM scored them");
        for (Iterator<String> it = record.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (f.startsWith("pred_") || f.startsWith("pass@")) {
                options.put(f, At.optionalText(record, f));
            }
        }
        String id = At.optionalText(record, "unique_id");
        Map<String, Object> header = Headers.map("id", id != null ? id : "search-and-learn-" + at.record(), "text", problem, "gold", gold,
                "level", At.optionalText(record, "level"), "subject", At.optionalText(record, "subject"));
        return SampleSets.build(problem, gold, samples, new SampleSets.ChainScore("agg_scores", ScoreKind.AGGREGATE),
                pred == null ? -1 : chosen >= 0 ? chosen : -2,
                chosen >= 0 ? "pred: the completion search-and-learn returned (highest aggregated PRM score)"
                        : "pred names a completion that is not in \"completions\"",
                new SampleSets.HeaderParts(header, "search-and-learn", options, "search-and-learn generator",
                        List.of(Headers.verifier(SampleSets.STEP_VERIFIER, "process", Headers.map("field", "scores")),
                                Headers.verifier("agg_scores", "aggregate", Headers.map("field", "agg_scores")))));
    }

    /** An optional list field that, when present, has one entry per completion. */
    static JsonNode alignedList(At at, JsonNode record, String field, int size) throws ImportException {
        if (At.optional(record, field) == null) {
            return null;
        }
        JsonNode list = at.array(record, field);
        if (list.size() != size) {
            throw at.error("\"" + field + "\" has " + list.size() + " entries but there are " + size + " completions");
        }
        return list;
    }

    /** A list of numbers (or one number) as doubles. */
    static List<Double> numbers(At at, JsonNode node) throws ImportException {
        List<Double> out = new ArrayList<>();
        if (node.isNumber()) {
            out.add(node.asDouble());
            return out;
        }
        if (!node.isArray()) {
            throw at.error("step scores must be a list of numbers, found " + At.describe(node));
        }
        for (JsonNode n : node) {
            if (!n.isNumber()) {
                throw at.error("step scores must be numbers, found " + At.describe(n));
            }
            out.add(n.asDouble());
        }
        return out;
    }
}
