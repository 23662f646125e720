package org.reasoningexplorer.engine.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reasoningexplorer.engine.trace.ScoreKind;

/**
 * The generic sample-set format, for anything else: JSON lines of
 * {@code {"question": …, "gold": …, "samples": ["…", …]}}, where a sample may instead be an object
 * {@code {"text": …, "score": …, "correct": …, "answer": …, "steps": […]}}. See docs/IMPORT_FORMATS.md.
 */
public final class GenericSamplesImporter extends PerLineImporter {
    static final String FORMAT = "generic sample sets (JSON lines, each with \"question\", \"samples\" (texts or "
            + "{\"text\", \"score\", \"correct\", \"answer\", \"steps\"}) and optionally \"gold\" and \"id\")";
    private static final String NOUN = "a sample-set row";

    public GenericSamplesImporter() {
        super("samples", FORMAT, NOUN);
    }

    @Override
    public boolean accepts(Sniff sniff) {
        return sniff.kind() == Sniff.Kind.JSON_LINES && sniff.firstHas("question", "samples") && sniff.first().get("samples").isArray();
    }

    @Override
    protected ImportedTrace convert(JsonNode record, At at, Path path) throws IOException {
        String question = at.text(record, "question");
        String gold = At.optionalText(record, "gold");
        JsonNode list = at.array(record, "samples");
        if (list.isEmpty()) {
            throw at.error(NOUN + "'s \"samples\" is empty");
        }
        List<SampleSets.Sample> samples = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            samples.add(sample(list.get(i), at.within("sample " + i)));
        }
        String id = At.optionalText(record, "id");
        Map<String, Object> problem = Headers.map("id", id != null ? id : "samples-" + at.record(), "text", question, "gold", gold);
        return SampleSets.build(question, gold, samples, new SampleSets.ChainScore("score", ScoreKind.ORM), -1, null,
                new SampleSets.HeaderParts(problem, "samples", Headers.map("source", path.getFileName().toString(), "n", list.size()),
                        At.optionalText(record, "model") != null ? At.optionalText(record, "model") : "unknown model",
                        List.of(Headers.verifier("score", "orm", Headers.map("field", "samples[].score")))));
    }

    private static SampleSets.Sample sample(JsonNode s, At at) throws ImportException {
        if (s.isTextual()) {
            return new SampleSets.Sample(Steps.of(s.asText()), null, null, null, null, null, s.asText());
        }
        if (!s.isObject()) {
            throw at.error("a sample must be text or an object with \"text\", found " + At.describe(s));
        }
        String text = at.text(s, "text");
        List<String> steps = At.optional(s, "steps") == null ? Steps.of(text) : at.texts(s, "steps");
        if (steps.isEmpty()) {
            steps = List.of("");
        }
        Double score = At.optional(s, "score") == null ? null : at.number(s, "score");
        JsonNode correct = At.optional(s, "correct");
        if (correct != null && !correct.isBoolean()) {
            throw at.error("a sample's \"correct\" must be true or false, found " + At.describe(correct));
        }
        return new SampleSets.Sample(steps, null, score, null, At.optionalText(s, "answer"), correct == null ? null : correct.asBoolean(),
                text);
    }
}
