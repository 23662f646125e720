package org.reasoningexplorer.engine.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.reasoningexplorer.engine.verify.Judgement;
import org.reasoningexplorer.engine.verify.Verifier;

/**
 * Language models as verifiers: the Tree-of-Thoughts value prompt (sampled sure/likely/impossible
 * judgements), and Yes/No judges of a step (a PRM) or of a whole solution (an ORM) whose probability
 * comes from the log-probability of the answer word. Their truth is unknown (NaN).
 */
public final class LlmJudges {
    private LlmJudges() {
    }

    /** ToT value: samples the value prompt and reads the last line's word; anything else counts as impossible. */
    public static Verifier.ValueJudge<LlmState> value(OpenAiClient client, PromptTemplates prompts) {
        return new Verifier.ValueJudge<>() {
            @Override
            public String name() {
                return "llm-value(" + client.settings().model() + ")";
            }

            @Override
            public List<Judgement> judge(LlmState state, int samples, SplittableRandom rng) {
                String prompt = prompts.render("tot-value", state.question(), state.steps(), client.settings().stepSeparator());
                Completion c = client.complete(new OpenAiClient.Ask(prompt, null, samples, 0.7, List.of(), rng.nextLong() & 0x7fffffffL), null, null);
                List<Judgement> out = new ArrayList<>();
                for (Completion.Choice ch : c.choices()) {
                    out.add(parseJudgement(ch.text()));
                }
                while (out.size() < samples) {
                    out.add(Judgement.IMPOSSIBLE);
                }
                return out;
            }
        };
    }

    static Judgement parseJudgement(String text) {
        String[] lines = text.strip().split("\n");
        String last = lines[lines.length - 1].toLowerCase(Locale.ROOT);
        if (last.contains("sure")) {
            return Judgement.SURE;
        }
        if (last.contains("likely")) {
            return Judgement.LIKELY;
        }
        return Judgement.IMPOSSIBLE;
    }

    /** A step judge: the probability that the last step is right. */
    public static Verifier.ProcessRewardModel<LlmState> step(OpenAiClient client, PromptTemplates prompts) {
        return new Verifier.ProcessRewardModel<>() {
            @Override
            public String name() {
                return "llm-step-judge(" + client.settings().model() + ")";
            }

            @Override
            public Verifier.Score scoreStep(LlmState state, SplittableRandom rng) {
                return new Verifier.Score(yesProbability(client, prompts.render("step-judge", state.question(), state.steps(),
                        client.settings().stepSeparator()), rng), Double.NaN);
            }
        };
    }

    /** An outcome judge: the probability that the whole solution's answer is right. */
    public static Verifier.OutcomeRewardModel<LlmState> outcome(OpenAiClient client, PromptTemplates prompts) {
        return new Verifier.OutcomeRewardModel<>() {
            @Override
            public String name() {
                return "llm-outcome-judge(" + client.settings().model() + ")";
            }

            @Override
            public Verifier.Score scoreChain(LlmState state, SplittableRandom rng) {
                return new Verifier.Score(yesProbability(client, prompts.render("outcome-judge", state.question(), state.steps(),
                        client.settings().stepSeparator()), rng), Double.NaN);
            }
        };
    }

    /**
     * P(Yes) from one greedy answer: e^logprob of the answer word when it says Yes, 1 − that when No;
     * without log-probabilities, 1 or 0.
     */
    static double yesProbability(OpenAiClient client, String prompt, SplittableRandom rng) {
        Completion c = client.complete(new OpenAiClient.Ask(prompt, null, 1, 0.0, List.of(), rng.nextLong() & 0x7fffffffL), null, null);
        Completion.Choice ch = c.choices().get(0);
        String word = ch.text().strip().toLowerCase(Locale.ROOT);
        boolean yes = word.startsWith("yes");
        if (!yes && !word.startsWith("no")) {
            return 0.5;
        }
        double p = Double.isNaN(ch.logprob()) ? 1.0 : Math.exp(ch.logprob());
        return yes ? p : 1 - p;
    }

    /**
     * A PRM served behind vLLM's pooling endpoint (e.g. Qwen2.5-Math-PRM): the solution is sent with
     * the step marker after every step, and the score is the model's probability for the last step.
     */
    public static Verifier.ProcessRewardModel<LlmState> pooling(OpenAiClient client, String stepMarker) {
        return new Verifier.ProcessRewardModel<>() {
            @Override
            public String name() {
                return "pooling-prm(" + client.settings().model() + ")";
            }

            @Override
            public Verifier.Score scoreStep(LlmState state, SplittableRandom rng) {
                StringBuilder input = new StringBuilder(state.question()).append("\n\n");
                for (String step : state.steps()) {
                    input.append(step).append(stepMarker);
                }
                double[] scores = client.pool(input.toString());
                if (scores.length == 0) {
                    throw new LlmException(LlmException.Kind.MALFORMED, 200, "the reward model returned no step scores; is the step marker '"
                            + stepMarker + "' the one the model was trained with?", null);
                }
                return new Verifier.Score(scores[scores.length - 1], Double.NaN);
            }
        };
    }
}
