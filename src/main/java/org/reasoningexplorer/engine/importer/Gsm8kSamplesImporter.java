package org.reasoningexplorer.engine.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.reasoningexplorer.engine.answer.AnswerClusters;
import org.reasoningexplorer.engine.answer.AnswerExtractor;
import org.reasoningexplorer.engine.answer.MathAnswers;
import org.reasoningexplorer.engine.trace.ScoreKind;

/**
 * GSM8K-style sample sets such as OpenAI's grade-school-math example_model_solutions.jsonl: per
 * problem a {@code question}, a {@code ground_truth} solution and, under any other field, a
 * system's {@code {"solution", "is_correct"}}. Each solution becomes a chain (one step per line, as
 * GSM8K writes them; calculator annotations {@code <<…>>} are kept as written),
 * its answer is extracted and checked against the gold with {@link MathAnswers}, and a vote is cast;
 * the file's own {@code is_correct} is kept as an outcome score.
 */
public final class Gsm8kSamplesImporter extends PerLineImporter {
    static final String FORMAT = "GSM8K sample sets (JSON lines, each with \"question\", \"ground_truth\" and one "
            + "{\"solution\", \"is_correct\"} object per system)";
    private static final String NOUN = "a GSM8K sample-set row";

    public Gsm8kSamplesImporter() {
        super("gsm8k-samples", FORMAT, NOUN);
    }
    private static final String LABEL = "is_correct";

    @Override
    public boolean accepts(Sniff sniff) {
        return sniff.kind() == Sniff.Kind.JSON_LINES && sniff.firstHas("question", "ground_truth") && !systems(sniff.first()).isEmpty();
    }

    /** The fields holding a system's solution, in file order. */
    static List<String> systems(JsonNode record) {
        List<String> names = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isObject() && e.getValue().has("solution")) {
                names.add(e.getKey());
            }
        }
        return names;
    }

    @Override
    protected ImportedTrace convert(JsonNode record, At at, Path path) throws IOException {
        String question = at.text(record, "question");
        String truth = at.text(record, "ground_truth");
        String gold = AnswerExtractor.extract(truth).answer();
        List<String> systems = systems(record);
        if (systems.isEmpty()) {
            throw at.error(NOUN + " needs at least one system's {\"solution\", \"is_correct\"}");
        }
        TraceBuilder b = new TraceBuilder();
        b.root(question);
        AnswerClusters clusters = new AnswerClusters();
        for (int i = 0; i < systems.size(); i++) {
            String system = systems.get(i);
            String solution = at.text(record, system, "solution");
            List<Integer> ids = b.chain(0, i, Steps.lines(solution), null);
            int last = ids.get(ids.size() - 1);
            String answer = AnswerExtractor.extract(solution).answer();
            String cluster = clusters.clusterOf(answer);
            JsonNode label = At.optional(record, system, "is_correct");
            if (label != null) {
                if (!label.isBoolean()) {
                    throw at.error(NOUN + "'s \"" + system + "\".\"is_correct\" must be true or false, found " + At.describe(label));
                }
                b.score(last, LABEL, ScoreKind.OUTCOME, label.asBoolean() ? 1 : 0, 0, List.of(system));
            }
            b.answer(last, answer, cluster, MathAnswers.equivalent(answer, gold));
            b.vote(last, cluster, 1.0);
        }
        Map<String, Object> problem = Headers.map("id", "gsm8k-" + at.record(), "text", question, "gold", gold, "solution", truth);
        Map<String, Object> options = Headers.map("source", path.getFileName() + " (openai/grade-school-math)",
                "chains", systems, "steps", "one per line");
        return b.build(Headers.of(problem, "gsm8k-samples", options, "gsm8k systems: " + String.join(", ", systems), Map.of(),
                List.of(Headers.verifier(LABEL, "outcome", Headers.map("field", "<system>.is_correct", "judgement", "the system")))),
                null);
    }
}
