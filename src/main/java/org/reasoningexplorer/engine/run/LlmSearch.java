package org.reasoningexplorer.engine.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.time.Duration;
import java.util.ArrayList;
import org.reasoningexplorer.engine.answer.AnswerExtractor;
import org.reasoningexplorer.engine.answer.MathAnswers;
import org.reasoningexplorer.engine.llm.LlmBackend;
import org.reasoningexplorer.engine.llm.LlmJudges;
import org.reasoningexplorer.engine.llm.LlmSettings;
import org.reasoningexplorer.engine.llm.LlmState;
import org.reasoningexplorer.engine.llm.OpenAiClient;
import org.reasoningexplorer.engine.llm.PromptTemplates;
import org.reasoningexplorer.engine.llm.ResponseJournal;
import org.reasoningexplorer.engine.search.ScoreOverrides;
import org.reasoningexplorer.engine.search.SearchContext;
import org.reasoningexplorer.engine.search.SearchRunner;
import org.reasoningexplorer.engine.search.SearchStrategy;
import org.reasoningexplorer.engine.search.Strategies;
import org.reasoningexplorer.engine.search.Verifiers;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceHeader;
import org.reasoningexplorer.engine.trace.TraceTree;

/**
 * One search driven by a real language model on an OpenAI-compatible server: a question with an
 * optional gold answer, a strategy, the connection, the judges, and the seed. The trace header
 * records the server, model and sampling settings, never the API key.
 *
 * @param judge settings of the server that judges (ToT values, step and outcome judges); often the same
 * @param poolingPrm settings of a reward model behind vLLM's pooling endpoint, or null to judge steps with the LLM
 * @param stepMarker the step marker the pooling PRM expects (Qwen2.5-Math-PRM: {@code <extra_0>})
 */
public record LlmSearch(String question, String gold, String strategyName, Map<String, String> options, LlmSettings generator,
                        LlmSettings judge, LlmSettings poolingPrm, String stepMarker, PromptTemplates prompts,
                        UnaryOperator<String> answerOf, UnaryOperator<String> normalizer, BiPredicate<String, String> equivalent,
                        long seed) {
    public LlmSearch {
        options = Map.copyOf(options == null ? Map.of() : options);
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("a question is needed");
        }
    }

    public SearchStrategy strategy() {
        return Strategies.create(strategyName, options);
    }

    /** The trace header: question, gold, strategy, server and model, sampling settings; no API key. */
    public TraceHeader header() {
        SearchStrategy s = strategy();
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("id", "q:" + Integer.toHexString(question.hashCode()));
        problem.put("text", question);
        if (gold != null) {
            problem.put("gold", List.of(gold));
        }
        Map<String, Object> strategy = new LinkedHashMap<>();
        strategy.put("name", s.name());
        strategy.put("options", s.options());
        Map<String, Object> backend = new LinkedHashMap<>();
        backend.put("name", "openai-compatible");
        backend.put("options", describe(generator));
        List<Map<String, Object>> verifiers = List.of(
                verifier("llm-outcome-judge", "orm", judge), verifier(poolingPrm == null ? "llm-step-judge" : "pooling-prm", "prm",
                        poolingPrm == null ? judge : poolingPrm), verifier("llm-value", "value", judge));
        return new TraceHeader(TraceHeader.FORMAT, TraceHeader.VERSION, problem, strategy, backend, verifiers, seed, null);
    }

    private static Map<String, Object> verifier(String name, String kind, LlmSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("kind", kind);
        m.put("options", describe(s));
        return m;
    }

    private static Map<String, Object> describe(LlmSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("baseUrl", s.baseUrl());
        m.put("model", s.model());
        m.put("endpoint", s.endpoint().name().toLowerCase());
        m.put("temperature", s.temperature());
        m.put("topP", s.topP());
        m.put("maxTokens", s.maxTokens());
        m.put("stepSeparator", s.stepSeparator());
        m.put("maxSteps", s.maxSteps());
        m.put("logprobs", s.logprobs());
        m.put("samplesPerRequest", s.samplesPerRequest().name().toLowerCase());
        return m;
    }

    /**
     * Rebuilds the search a trace header of a model run describes, so it can be re-run (for example
     * with edited scores, its generations replayed from the run's response journal). The API key is
     * never in a trace: pass the one from the environment or the app's in-memory setting (may be null
     * for a local server). Prompts are the built-in ones and answers are read as maths answers, as in
     * {@code run-llm} without {@code --prompts}; a pooling PRM's step marker is taken to be {@code <extra_0>}.
     */
    public static LlmSearch fromHeader(TraceHeader h, String apiKey) {
        Object backend = h.backend() == null ? null : h.backend().get("name");
        if (!"openai-compatible".equals(backend)) {
            throw new IllegalArgumentException("not a language-model trace: its backend is '" + backend + "'");
        }
        Map<String, Object> p = h.problem();
        String question = String.valueOf(p.get("text"));
        String gold = p.get("gold") instanceof List<?> l && !l.isEmpty() ? String.valueOf(l.get(0)) : null;
        Map<String, String> options = new LinkedHashMap<>();
        if (h.strategy().get("options") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> options.put(String.valueOf(k), String.valueOf(v)));
        }
        LlmSettings generator = settings((Map<?, ?>) h.backend().get("options"), apiKey);
        LlmSettings judge = generator;
        LlmSettings pooling = null;
        for (Map<String, Object> v : h.verifiers() == null ? List.<Map<String, Object>>of() : h.verifiers()) {
            if (!(v.get("options") instanceof Map<?, ?> o) || !o.containsKey("baseUrl")) {
                continue;
            }
            if ("orm".equals(v.get("kind"))) {
                judge = settings(o, apiKey);
            } else if ("prm".equals(v.get("kind")) && "pooling-prm".equals(v.get("name"))) {
                pooling = settings(o, apiKey);
            }
        }
        return new LlmSearch(question, gold, h.strategyName(), options, generator, judge, pooling, "<extra_0>",
                PromptTemplates.builtIn(), AnswerExtractor::stated, MathAnswers::normalize, MathAnswers::equivalent, h.seed());
    }

    private static LlmSettings settings(Map<?, ?> o, String apiKey) {
        if (o == null || o.get("baseUrl") == null || o.get("model") == null) {
            throw new IllegalArgumentException("the trace header does not name the server and model");
        }
        LlmSettings d = LlmSettings.local(String.valueOf(o.get("baseUrl")), String.valueOf(o.get("model")));
        Object spr = o.get("samplesPerRequest");
        return new LlmSettings(d.baseUrl(), d.model(), apiKey,
                o.get("endpoint") == null ? d.endpoint() : LlmSettings.Endpoint.valueOf(String.valueOf(o.get("endpoint")).toUpperCase()),
                num(o, "temperature", d.temperature()), num(o, "topP", d.topP()), (int) num(o, "maxTokens", d.maxTokens()),
                o.get("stepSeparator") == null ? d.stepSeparator() : String.valueOf(o.get("stepSeparator")),
                (int) num(o, "maxSteps", d.maxSteps()),
                o.get("logprobs") == null ? d.logprobs() : Boolean.parseBoolean(String.valueOf(o.get("logprobs"))), false,
                spr == null ? d.samplesPerRequest() : LlmSettings.SamplesPerRequest.valueOf(String.valueOf(spr).toUpperCase()),
                d.concurrency(), Duration.ofSeconds(120), 4);
    }

    private static double num(Map<?, ?> m, String key, double fallback) {
        Object v = m.get(key);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        return v == null ? fallback : Double.parseDouble(String.valueOf(v));
    }

    /**
     * Runs the search, streaming events to the sink. Answers already in the journal are not asked
     * again, so a run that failed halfway resumes where it stopped. The caller closes the clients.
     */
    public TraceTree run(Consumer<TraceEvent> sink, BooleanSupplier cancel, ResponseJournal journal) {
        return run(sink, cancel, journal, ScoreOverrides.NONE, null);
    }

    /**
     * Runs the search as {@link #run(Consumer, BooleanSupplier, ResponseJournal)} does, handing the text of
     * each step to {@code stream} while it streams (when the generator's settings ask for streaming).
     */
    public TraceTree run(Consumer<TraceEvent> sink, BooleanSupplier cancel, ResponseJournal journal, LlmBackend.StepStreamListener stream) {
        return run(sink, cancel, journal, ScoreOverrides.NONE, stream);
    }

    /**
     * Runs the search with edited scores (see {@link SearchContext#withOverrides}). With the original
     * run's journal, every generation the original made is answered from it, so only new branches
     * reach the server.
     */
    public TraceTree run(Consumer<TraceEvent> sink, BooleanSupplier cancel, ResponseJournal journal, ScoreOverrides edits) {
        return run(sink, cancel, journal, edits, null);
    }

    /** Runs the search with edited scores and a listener for streamed text (either may be absent). */
    public TraceTree run(Consumer<TraceEvent> sink, BooleanSupplier cancel, ResponseJournal journal, ScoreOverrides edits,
                         LlmBackend.StepStreamListener stream) {
        OpenAiClient gen = new OpenAiClient(generator);
        OpenAiClient jud = new OpenAiClient(judge);
        OpenAiClient pool = poolingPrm == null ? null : new OpenAiClient(poolingPrm);
        LlmBackend backend = new LlmBackend(gen, prompts, question, answerOf, journal, cancel);
        backend.setStepStreamListener(stream);
        try {
            Verifiers<LlmState> v = new Verifiers<>(s -> gold != null && s.answer() != null && equivalent.test(s.answer(), gold), normalizer,
                    LlmJudges.outcome(jud, prompts), pool == null ? LlmJudges.step(jud, prompts) : LlmJudges.pooling(pool, stepMarker),
                    LlmJudges.value(jud, prompts));
            SearchContext<LlmState> ctx = new SearchContext<>(backend, v, seed, sink, cancel).withOverrides(edits == null ? ScoreOverrides.NONE : edits);
            SearchRunner.run(strategy(), ctx, question);
            return ctx.tree();
        } finally {
            backend.shutdown();
            gen.close();
            jud.close();
            if (pool != null) {
                pool.close();
            }
        }
    }
}
