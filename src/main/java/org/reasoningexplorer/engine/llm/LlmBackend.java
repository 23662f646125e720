package org.reasoningexplorer.engine.llm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.reasoningexplorer.engine.reasoner.Proposal;
import org.reasoningexplorer.engine.reasoner.ReasoningBackend;

/**
 * A language model as a writer of reasoning steps: each step is generated up to the step separator
 * (a blank line by default), so beam search, Tree of Thoughts and MCTS can drive a real model.
 * Several samples come from one request with {@code n} where the server supports it, else from
 * parallel requests under a concurrency limit. Log-probabilities, where given, become the PUCT
 * priors. Every answer is journalled, so a failed or cancelled run can resume.
 */
public final class LlmBackend implements ReasoningBackend<LlmState> {
    private final OpenAiClient client;
    private final PromptTemplates prompts;
    private final String question;
    private final UnaryOperator<String> answerOf;
    private final ResponseJournal journal;
    private final BooleanSupplier cancel;
    private final ExecutorService pool;
    private volatile OpenAiClient.StreamListener listener;
    private volatile StepStreamListener stepListener;

    /** Hears a step's text as it streams, knowing which solution it extends. */
    @FunctionalInterface
    public interface StepStreamListener {
        /**
         * Called on request threads, in arrival order per sample.
         *
         * @param parentSteps the steps of the solution being extended (empty: the first step under the question)
         * @param sample which of the samples being drawn for this solution (0, 1, …)
         * @param text the new piece of text
         * @param reasoning whether the piece is the model's reasoning rather than its answer
         */
        void delta(List<String> parentSteps, int sample, String text, boolean reasoning);
    }

    /**
     * @param answerOf extracts the final answer from a step's text, or returns null when the step states none
     */
    public LlmBackend(OpenAiClient client, PromptTemplates prompts, String question, UnaryOperator<String> answerOf,
                      ResponseJournal journal, BooleanSupplier cancel) {
        this.client = client;
        this.prompts = prompts;
        this.question = question;
        this.answerOf = answerOf;
        this.journal = journal == null ? ResponseJournal.inMemory() : journal;
        this.cancel = cancel == null ? () -> false : cancel;
        this.pool = Executors.newFixedThreadPool(client.settings().concurrency(), r -> {
            Thread t = new Thread(r, "llm-request");
            t.setDaemon(true);
            return t;
        });
    }

    /** Streams generated text to this listener as it arrives (when the settings ask for streaming). */
    public void setStreamListener(OpenAiClient.StreamListener l) {
        this.listener = l;
    }

    /** Streams generated text, with the solution it extends, to this listener (when the settings ask for streaming). */
    public void setStepStreamListener(StepStreamListener l) {
        this.stepListener = l;
    }

    public ResponseJournal journal() {
        return journal;
    }

    @Override
    public LlmState initialState() {
        return LlmState.start(question);
    }

    @Override
    public Proposal<LlmState> sample(LlmState state, SplittableRandom rng) {
        List<Proposal<LlmState>> ps = generate(state, 1, client.settings().temperature(), rng.nextLong() & 0x7fffffffL);
        return ps.get(0);
    }

    @Override
    public List<Proposal<LlmState>> propose(LlmState state, int k, SplittableRandom rng) {
        List<Proposal<LlmState>> all = generate(state, k, client.settings().temperature(), rng.nextLong() & 0x7fffffffL);
        Map<String, Proposal<LlmState>> distinct = new LinkedHashMap<>();
        for (Proposal<LlmState> p : all) {
            distinct.putIfAbsent(p.text(), p);
        }
        return priors(new ArrayList<>(distinct.values()));
    }

    @Override
    public Proposal<LlmState> greedy(LlmState state, SplittableRandom rng) {
        return generate(state, 1, 0.0, rng.nextLong() & 0x7fffffffL).get(0);
    }

    @Override
    public String describe() {
        return "openai-compatible(" + client.settings().describe() + ")";
    }

    private List<Proposal<LlmState>> generate(LlmState state, int k, double temperature, long seed) {
        if (state.isTerminal()) {
            throw new IllegalStateException("the solution has already stated its answer");
        }
        LlmSettings s = client.settings();
        String prefix = state.steps().isEmpty() ? "" : String.join(s.stepSeparator(), state.steps()) + s.stepSeparator();
        String prompt = prompts.render("step", question, List.of(), s.stepSeparator());
        List<String> steps = List.copyOf(state.steps());
        List<Completion.Choice> choices = new ArrayList<>(ask(prompt, prefix, k, temperature, seed, steps, 0));
        int top = 1;
        while (choices.size() < k) {
            // The server returned fewer samples than n asked for (llama.cpp ignores n): top up in parallel.
            int missing = k - choices.size();
            List<Future<List<Completion.Choice>>> futures = new ArrayList<>();
            for (int i = 0; i < missing; i++) {
                long sub = seed + 7919L * (top + i);
                int slot = choices.size() + i;
                futures.add(pool.submit(() -> ask(prompt, prefix, 1, temperature, sub, steps, slot)));
            }
            top += missing;
            for (Future<List<Completion.Choice>> f : futures) {
                choices.addAll(await(f));
            }
        }
        List<Proposal<LlmState>> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            out.add(toProposal(state, choices.get(i)));
        }
        return out;
    }

    private List<Completion.Choice> ask(String prompt, String prefix, int n, double temperature, long seed, List<String> steps,
                                        int slot) {
        LlmSettings s = client.settings();
        int asked = s.samplesPerRequest() == LlmSettings.SamplesPerRequest.PARALLEL ? 1 : n;
        String key = s.model() + "|" + s.endpoint() + "|" + temperature + "|" + s.topP() + "|" + s.maxTokens() + "|" + asked + "|" + seed
                + "|" + prompt.hashCode() + ":" + prompt.length() + "|" + prefix;
        Completion c = journal.get(key);
        if (c == null) {
            c = client.complete(new OpenAiClient.Ask(prompt, prefix, asked, temperature, List.of(s.stepSeparator()), seed),
                    streamTo(steps, slot), cancel);
            journal.put(key, c);
        }
        List<Completion.Choice> out = new ArrayList<>(c.choices().subList(0, Math.min(n, c.choices().size())));
        if (c.completionTokens() > 0 && !c.choices().isEmpty()) {
            // Where the server gave no per-token log-probabilities, share its usage figure among the choices.
            int share = Math.max(1, c.completionTokens() / c.choices().size());
            for (int i = 0; i < out.size(); i++) {
                Completion.Choice ch = out.get(i);
                if (ch.tokens() <= 0) {
                    out.set(i, new Completion.Choice(ch.text(), ch.reasoning(), ch.finishReason(), ch.stopReason(), ch.logprob(), share,
                            ch.complete()));
                }
            }
        }
        return out;
    }

    private OpenAiClient.StreamListener streamTo(List<String> steps, int slot) {
        OpenAiClient.StreamListener plain = listener;
        StepStreamListener step = stepListener;
        if (step == null) {
            return plain;
        }
        return (choice, text, reasoning) -> {
            if (plain != null) {
                plain.delta(choice, text, reasoning);
            }
            step.delta(steps, slot + choice, text, reasoning);
        };
    }

    private static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException(LlmException.Kind.CANCELLED, 0, "interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }

    private Proposal<LlmState> toProposal(LlmState state, Completion.Choice c) {
        LlmSettings s = client.settings();
        String text = c.text().strip();
        String answer = answerOf.apply(text);
        // A solution ends when a step states the answer, when the model writes nothing more, or at the step limit.
        boolean end = answer != null || text.isEmpty() || state.depth() + 1 >= s.maxSteps();
        int tokens = c.tokens() > 0 ? c.tokens() : Math.max(1, text.length() / 4);
        double p = Double.isNaN(c.logprob()) ? Double.NaN : Math.exp(c.logprob());
        return new Proposal<>(state.extend(text, c.reasoning(), end, answer), text, p, tokens);
    }

    /** Normalises the proposals' sequence probabilities among themselves, so they can serve as PUCT priors. */
    private static List<Proposal<LlmState>> priors(List<Proposal<LlmState>> ps) {
        double sum = 0;
        for (Proposal<LlmState> p : ps) {
            if (Double.isNaN(p.probability())) {
                return ps;
            }
            sum += p.probability();
        }
        if (sum <= 0) {
            return ps;
        }
        List<Proposal<LlmState>> out = new ArrayList<>();
        for (Proposal<LlmState> p : ps) {
            out.add(new Proposal<>(p.next(), p.text(), p.probability() / sum, p.tokens()));
        }
        return out;
    }

    /** Stops the worker threads. */
    public void shutdown() {
        pool.shutdownNow();
    }
}
