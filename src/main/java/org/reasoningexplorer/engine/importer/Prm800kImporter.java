package org.reasoningexplorer.engine.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reasoningexplorer.engine.answer.AnswerExtractor;
import org.reasoningexplorer.engine.answer.MathAnswers;
import org.reasoningexplorer.engine.trace.ScoreKind;

/**
 * PRM800K labels in OpenAI's original schema (openai/prm800k, data/phase{1,2}_*.jsonl): one
 * labelled solution per line. Each step's completions (the alternatives a labeller saw) and any
 * human-written completion become sibling nodes; human ratings −1/0/+1 become PRM scores 0/0.5/1
 * with the rating kept as a judgement; the chosen completion (or the human one) continues the path.
 * A phase-2 solution's unlabelled remainder follows the last labelled step, with OpenAI's PRM score.
 */
public final class Prm800kImporter extends PerLineImporter {
    static final String FORMAT = "PRM800K labels in the original schema (JSON lines, each with \"question\" {\"problem\", "
            + "\"ground_truth_answer\", …} and \"label\" {\"steps\": [{\"completions\": [{\"text\", \"rating\"}], "
            + "\"chosen_completion\", \"human_completion\"}], \"finish_reason\"})";
    static final String NOUN = "a PRM800K record";

    public Prm800kImporter() {
        super("prm800k", FORMAT, NOUN);
    }
    static final String HUMAN = "human-rating";
    private static final String GENERATOR_PRM = "openai-prm";

    @Override
    public boolean accepts(Sniff sniff) {
        return sniff.kind() == Sniff.Kind.JSON_LINES && sniff.firstHas("question", "label")
                && sniff.first().get("label").has("steps");
    }

    /** A rating −1, 0 or +1 as a PRM score 0, 0.5 or 1. */
    static double prmValue(int rating) {
        return (rating + 1) / 2.0;
    }

    /** The judgement that keeps the original rating: "rating -1", "rating 0" or "rating +1". */
    static String ratingJudgement(int rating) {
        return "rating " + (rating > 0 ? "+" : "") + rating;
    }

    @Override
    protected ImportedTrace convert(JsonNode record, At at, Path path) throws IOException {
        String problemText = at.text(record, "question", "problem");
        String gold = At.optionalText(record, "question", "ground_truth_answer");
        JsonNode steps = at.array(record, "label", "steps");
        JsonNode generation = At.optional(record, "generation");
        String phase = generation == null ? "phase1" : "phase2";
        TraceBuilder b = new TraceBuilder();
        b.root(problemText);
        int current = 0;
        List<List<Integer>> candidates = new ArrayList<>();
        List<List<String>> candidateTexts = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            At here = at.within("step " + (i + 1));
            if (current < 0) {
                throw here.error("step " + i + " continued with no completion (no \"chosen_completion\" and no \"human_completion\"), "
                        + "yet more steps follow");
            }
            JsonNode step = steps.get(i);
            JsonNode completions = here.array(step, "completions");
            List<Integer> ids = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (int j = 0; j < completions.size(); j++) {
                ids.add(candidate(b, current, completions.get(j), here.within("completion " + j), gold));
                texts.add(completions.get(j).path("text").asText());
            }
            JsonNode human = At.optional(step, "human_completion");
            int humanNode = human == null ? -1 : candidate(b, current, human, here.within("human_completion"), gold);
            List<Integer> all = new ArrayList<>(ids);
            if (humanNode >= 0) {
                all.add(humanNode);
            }
            if (!all.isEmpty()) {
                b.expand(current, all);
            }
            candidates.add(ids);
            candidateTexts.add(texts);
            JsonNode chosen = At.optional(step, "chosen_completion");
            int next = -1;
            if (chosen != null) {
                int c = here.integer(step, "chosen_completion");
                if (c < 0 || c >= ids.size()) {
                    throw here.error("\"chosen_completion\" " + c + " is out of range: the step has " + ids.size() + " completions");
                }
                next = ids.get(c);
            } else if (humanNode >= 0) {
                next = humanNode;
            }
            if (next >= 0) {
                List<Integer> pruned = new ArrayList<>(all);
                pruned.remove(Integer.valueOf(next));
                b.beam(i + 1, List.of(next), pruned);
            }
            current = next;
        }
        String finish = At.optionalText(record, "label", "finish_reason");
        int pre = preGenerated(b, at, record, candidates, candidateTexts, gold);
        if ("solution".equals(finish) && current >= 0) {
            String answer = b.answerText(current);
            b.choose(current, answer, answer != null && gold != null && MathAnswers.equivalent(answer, gold),
                    "the labeller's chosen path ends in a solution");
        } else if (pre >= 0 && b.answerText(pre) != null) {
            String answer = b.answerText(pre);
            b.choose(pre, answer, answer != null && gold != null && MathAnswers.equivalent(answer, gold),
                    "the pre-generated solution (labelling ended: " + finish + ")");
        } else {
            b.choose(-1, null, false, "no solution chosen (finish_reason " + finish + ")");
        }
        Map<String, Object> problem = Headers.map("id", "prm800k-" + phase + "-" + at.record(), "text", problemText, "gold", gold,
                "groundTruthSolution", At.optionalText(record, "question", "ground_truth_solution"),
                "labeler", At.optionalText(record, "labeler"), "timestamp", At.optionalText(record, "timestamp"),
                "generation", generation == null ? null : generation.asInt());
        Map<String, Object> options = Headers.map("source", "openai/prm800k " + path.getFileName() + " line " + at.line(),
                "phase", phase, "finishReason", finish, "totalTimeMs", At.optional(record, "label", "total_time") == null ? null
                        : At.optional(record, "label", "total_time").asLong());
        return b.build(Headers.of(problem, "prm800k-labelling", options, "prm800k generator (OpenAI)", Map.of(),
                List.of(Headers.verifier(HUMAN, "process", Headers.map("map", "-1 -> 0, 0 -> 0.5, +1 -> 1",
                                "judgement", "the original rating, and \"flagged\" when the labeller flagged the step")),
                        Headers.verifier(GENERATOR_PRM, "orm", Headers.map("field", "question.pre_generated_verifier_score")))),
                null);
    }

    /** One completion as a node under the parent, with its rating as a PRM score and its answer when it gives one. */
    private static int candidate(TraceBuilder b, int parent, JsonNode completion, At at, String gold) throws ImportException {
        String text = at.text(completion, "text");
        int id = b.node(parent, text, 0, text.contains("# Answer"));
        JsonNode rating = At.optional(completion, "rating");
        if (rating != null) {
            int r = at.integer(completion, "rating");
            if (r < -1 || r > 1) {
                throw at.error("\"rating\" must be -1, 0 or 1, found " + r);
            }
            List<String> judgements = new ArrayList<>(List.of(ratingJudgement(r)));
            if (At.optional(completion, "flagged") != null && completion.get("flagged").asBoolean()) {
                judgements.add("flagged");
            }
            b.score(id, HUMAN, ScoreKind.PRM, prmValue(r), 1, judgements);
        }
        if (text.contains("# Answer")) {
            String answer = AnswerExtractor.extract(text).answer();
            b.answer(id, answer, MathAnswers.normalize(answer), gold != null && MathAnswers.equivalent(answer, gold));
        }
        return id;
    }

    /**
     * Phase 2: the pre-generated solution's steps after the labelled ones, below the labelled step that
     * matches it, ending in its answer with OpenAI's PRM score. Returns its last node, or -1.
     */
    private static int preGenerated(TraceBuilder b, At at, JsonNode record, List<List<Integer>> candidates,
                                    List<List<String>> candidateTexts, String gold) throws ImportException {
        JsonNode pre = At.optional(record, "question", "pre_generated_steps");
        int labelled = candidates.size();
        if (pre == null || !pre.isArray() || labelled == 0 || pre.size() < labelled) {
            return -1;
        }
        int at0 = candidateTexts.get(labelled - 1).indexOf(pre.get(labelled - 1).asText());
        if (at0 < 0) {
            return -1;
        }
        int node = candidates.get(labelled - 1).get(at0);
        for (int i = labelled; i < pre.size(); i++) {
            String text = pre.get(i).asText();
            node = b.node(node, text, 0, i == pre.size() - 1);
        }
        JsonNode score = At.optional(record, "question", "pre_generated_verifier_score");
        if (score != null && score.isNumber()) {
            b.score(node, GENERATOR_PRM, ScoreKind.ORM, score.asDouble(), 1, List.of());
        }
        if (pre.size() > labelled) {
            String answer = At.optionalText(record, "question", "pre_generated_answer");
            if (answer == null) {
                answer = AnswerExtractor.extract(pre.get(pre.size() - 1).asText()).answer();
            }
            b.answer(node, answer, MathAnswers.normalize(answer), gold != null && MathAnswers.equivalent(answer, gold));
        }
        return node;
    }
}
