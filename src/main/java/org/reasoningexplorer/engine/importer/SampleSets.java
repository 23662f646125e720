package org.reasoningexplorer.engine.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reasoningexplorer.engine.answer.AnswerClusters;
import org.reasoningexplorer.engine.answer.AnswerExtractor;
import org.reasoningexplorer.engine.answer.MathAnswers;
import org.reasoningexplorer.engine.trace.ScoreKind;
import org.reasoningexplorer.engine.trace.TraceHeader;

/**
 * The shared shape of sample-set formats (search-and-learn rows, OpenR records, the generic
 * JSONL): independent chains under the root, each with optional step scores, a chain score and a
 * label; answers extracted and checked against the gold with {@link MathAnswers}, one vote each.
 */
final class SampleSets {
    /** A verifier name used for step scores. */
    static final String STEP_VERIFIER = "prm";

    private SampleSets() {
    }

    /**
     * One sampled chain.
     *
     * @param steps the chain's steps (at least one)
     * @param stepScores one PRM score per step, or null; extra scores are ignored, missing ones left out
     * @param score the chain's score (ORM or aggregate), or null
     * @param tokens the chain's completion tokens, or null when unknown
     * @param answer the answer when the source gives it, or null to extract it from the text
     * @param label the source's correctness label, or null
     * @param text the whole chain, for answer extraction
     */
    record Sample(List<String> steps, List<Double> stepScores, Double score, Long tokens, String answer, Boolean label, String text) {
    }

    /** How the chain score is named and what kind it is. */
    record ChainScore(String verifier, ScoreKind kind) {
    }

    /**
     * The trace: root, chains, scores, answers and votes, then the source's choice when it made one.
     *
     * @param chosen the index of the sample the source chose, or -1 for none, or -2 for "it chose, but no sample matches"
     */
    static ImportedTrace build(String question, String gold, List<Sample> samples, ChainScore chainScore, int chosen,
                               String chooseReason, HeaderParts header) {
        TraceBuilder b = new TraceBuilder();
        b.root(question);
        AnswerClusters clusters = new AnswerClusters();
        int mismatched = 0;
        List<Integer> terminals = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        List<Boolean> verdicts = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            int[] tokens = s.tokens() == null ? null : Steps.shareTokens(s.steps(), s.tokens());
            List<Integer> ids = b.chain(0, i, s.steps(), tokens);
            if (s.stepScores() != null) {
                mismatched += s.stepScores().size() == ids.size() ? 0 : 1;
                for (int k = 0; k < Math.min(ids.size(), s.stepScores().size()); k++) {
                    b.score(ids.get(k), STEP_VERIFIER, ScoreKind.PRM, s.stepScores().get(k), 1, List.of());
                }
            }
            int last = ids.get(ids.size() - 1);
            if (s.score() != null) {
                b.score(last, chainScore.verifier(), chainScore.kind(), s.score(), chainScore.kind() == ScoreKind.AGGREGATE ? 0 : 1,
                        List.of());
            }
            if (s.label() != null) {
                b.score(last, "label", ScoreKind.OUTCOME, s.label() ? 1 : 0, 0, List.of());
            }
            String answer = s.answer() != null ? s.answer() : AnswerExtractor.extract(s.text()).answer();
            boolean correct = gold != null ? MathAnswers.equivalent(answer, gold) : Boolean.TRUE.equals(s.label());
            String cluster = clusters.clusterOf(answer);
            b.answer(last, answer, cluster, correct);
            b.vote(last, cluster, 1.0);
            terminals.add(last);
            answers.add(answer);
            verdicts.add(correct);
        }
        if (chosen >= 0) {
            b.choose(terminals.get(chosen), answers.get(chosen), verdicts.get(chosen), chooseReason);
        } else if (chosen == -2) {
            b.choose(-1, null, false, chooseReason);
        }
        String note = mismatched == 0 ? null : mismatched + " of " + samples.size()
                + " samples had a different number of step scores than steps; scores were matched from the first step";
        return b.build(header.header(), note);
    }

    /** What goes into the header besides the chains. */
    record HeaderParts(Map<String, Object> problem, String strategy, Map<String, Object> options, String backend,
                       List<Map<String, Object>> verifiers) {
        TraceHeader header() {
            return Headers.of(problem, strategy, options, backend, Map.of(), verifiers);
        }
    }
}
