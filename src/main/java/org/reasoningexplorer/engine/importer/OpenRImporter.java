package org.reasoningexplorer.engine.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reasoningexplorer.engine.answer.AnswerExtractor;
import org.reasoningexplorer.engine.trace.ScoreKind;

/**
 * OpenR evaluation records (openreasoner/openr, reason/evaluation/evaluate.py writes record.jsonl):
 * {@code question}, {@code groundtruth}, {@code result} (per aggregation method, whether its answer
 * was right) and {@code output}, a list of {@code {path_idx, text, value, completion_tokens}} where
 * {@code value} is the reward model's list of step values. Values line up with the text's
 * "\n\n"-separated steps when the counts agree; otherwise the last value scores the whole chain.
 */
public final class OpenRImporter extends PerLineImporter {
    static final String FORMAT = "OpenR evaluation records (JSON lines, each with \"question\", \"groundtruth\", \"result\" and "
            + "\"output\" [{\"path_idx\", \"text\", \"value\", \"completion_tokens\"}])";
    private static final String NOUN = "an OpenR record";

    public OpenRImporter() {
        super("openr", FORMAT, NOUN);
    }

    @Override
    public boolean accepts(Sniff sniff) {
        return sniff.kind() == Sniff.Kind.JSON_LINES && sniff.firstHas("question", "groundtruth", "output")
                && sniff.first().get("output").isArray();
    }

    @Override
    protected ImportedTrace convert(JsonNode record, At at, Path path) throws IOException {
        String question = at.text(record, "question");
        String truth = at.text(record, "groundtruth");
        AnswerExtractor.Extraction e = AnswerExtractor.extract(truth);
        boolean marked = e.rule() == AnswerExtractor.Rule.BOXED || e.rule() == AnswerExtractor.Rule.GSM8K_HASHES
                || e.rule() == AnswerExtractor.Rule.ANSWER_HEADING;
        String gold = marked ? e.answer() : truth.strip();
        JsonNode output = at.array(record, "output");
        if (output.isEmpty()) {
            throw at.error(NOUN + "'s \"output\" is empty");
        }
        List<SampleSets.Sample> samples = new ArrayList<>();
        for (int i = 0; i < output.size(); i++) {
            At here = at.within("output " + i);
            JsonNode o = output.get(i);
            String text = here.text(o, "text");
            List<String> steps = Steps.atBlankLines(text);
            JsonNode value = At.optional(o, "value");
            List<Double> values = value == null ? null : SearchAndLearnImporter.numbers(here, value);
            boolean perStep = values != null && values.size() == steps.size();
            Double chainValue = values == null || values.isEmpty() || perStep ? null : values.get(values.size() - 1);
            JsonNode tokens = At.optional(o, "completion_tokens");
            samples.add(new SampleSets.Sample(steps, perStep ? values : null, chainValue, tokens == null ? null : tokens.asLong(),
                    null, null, text));
        }
        Map<String, Object> options = Headers.map("source", "OpenR record " + path.getFileName(), "n", output.size(),
                "result", At.optional(record, "result") == null ? null : JsonRecords.MAPPER.convertValue(record.get("result"), Map.class));
        Map<String, Object> problem = Headers.map("id", "openr-" + at.record(), "text", question, "gold", gold);
        return SampleSets.build(question, gold, samples, new SampleSets.ChainScore("rm-value (last)", ScoreKind.ORM), -1, null,
                new SampleSets.HeaderParts(problem, "openr", options, "OpenR policy model",
                        List.of(Headers.verifier(SampleSets.STEP_VERIFIER, "process", Headers.map("field", "output[].value")))));
    }
}
