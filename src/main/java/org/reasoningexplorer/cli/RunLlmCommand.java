package org.reasoningexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.reasoningexplorer.engine.answer.AnswerExtractor;
import org.reasoningexplorer.engine.answer.MathAnswers;
import org.reasoningexplorer.engine.llm.LlmException;
import org.reasoningexplorer.engine.llm.LlmSettings;
import org.reasoningexplorer.engine.llm.PromptTemplates;
import org.reasoningexplorer.engine.llm.ResponseJournal;
import org.reasoningexplorer.engine.run.LlmSearch;
import org.reasoningexplorer.engine.trace.TraceTree;
import org.reasoningexplorer.engine.trace.TraceWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs one strategy with a real language model on an OpenAI-compatible server. */
@Command(name = "run-llm", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs one strategy with a language model on any OpenAI-compatible server (vLLM, SGLang, llama.cpp,",
            "Ollama, LM Studio, DeepSeek, OpenAI). The API key is read from the environment (RX_API_KEY, OPENAI_API_KEY",
            "or DEEPSEEK_API_KEY) and is never written to the trace. Every answer the server gives is kept in a journal",
            "beside the trace, so a run that fails or is interrupted resumes where it stopped when run again."},
        footer = {"", "Example (a local vLLM server):",
            "  run-llm --base-url http://localhost:8000/v1 --model Qwen/Qwen2.5-Math-1.5B-Instruct \\",
            "          --question \"What is 48 + 48/2?\" --gold 72 -s majority -o n=8"})
final class RunLlmCommand implements Runnable {
    @Option(names = "--base-url", required = true, description = "the server's OpenAI base URL, e.g. http://localhost:8000/v1")
    String baseUrl;

    @Option(names = "--model", required = true, description = "the model name the server serves (GET /v1/models lists them)")
    String model;

    @Option(names = "--question", required = true, description = "the problem to solve")
    String question;

    @Option(names = "--gold", description = "the correct final answer, to mark answers right or wrong")
    String gold;

    @Option(names = {"-s", "--strategy"}, defaultValue = "majority", description = "strategy (default ${DEFAULT-VALUE})")
    String strategy;

    @Option(names = {"-o", "--option"}, paramLabel = "NAME=VALUE", description = "a strategy option, repeatable or comma-separated")
    List<String> options;

    @Option(names = "--endpoint", defaultValue = "chat", description = "chat or completions (default ${DEFAULT-VALUE})")
    String endpoint;

    @Option(names = "--temperature", defaultValue = "0.7", description = "sampling temperature (default ${DEFAULT-VALUE})")
    double temperature;

    @Option(names = "--top-p", defaultValue = "0.95", description = "nucleus sampling (default ${DEFAULT-VALUE})")
    double topP;

    @Option(names = "--max-tokens", defaultValue = "512", description = "tokens per step at most (default ${DEFAULT-VALUE})")
    int maxTokens;

    @Option(names = "--max-steps", defaultValue = "40", description = "steps per solution at most (default ${DEFAULT-VALUE})")
    int maxSteps;

    @Option(names = "--separator", defaultValue = "\\n\\n", description = "step separator, with \\n for a newline (default: a blank line)")
    String separator;

    @Option(names = "--parallel", description = "get several samples by parallel requests instead of n (for servers without n)")
    boolean parallel;

    @Option(names = "--concurrency", defaultValue = "4", description = "parallel requests at most (default ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--timeout", defaultValue = "120", description = "seconds per request (default ${DEFAULT-VALUE})")
    int timeout;

    @Option(names = "--stream", description = "stream generations (server-sent events)")
    boolean stream;

    @Option(names = "--prm-url", description = "a reward model behind vLLM's pooling endpoint, e.g. http://localhost:8001/v1")
    String prmUrl;

    @Option(names = "--prm-model", description = "the reward model's name, e.g. Qwen/Qwen2.5-Math-PRM-7B")
    String prmModel;

    @Option(names = "--step-marker", defaultValue = "<extra_0>", description = "the PRM's step marker (default ${DEFAULT-VALUE})")
    String stepMarker;

    @Option(names = "--prompts", description = "a folder of prompt templates overriding the built-in ones")
    Path prompts;

    @Option(names = "--seed", defaultValue = "1", description = "seed, sent to the server per request (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", defaultValue = "llm.trace.jsonl", description = "trace file (default ${DEFAULT-VALUE})")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter stdout = spec.commandLine().getOut();
        String sep = separator.replace("\\n", "\n");
        LlmSettings s = new LlmSettings(baseUrl, model, LlmSettings.keyFromEnvironment(), LlmSettings.Endpoint.valueOf(endpoint.toUpperCase()),
                temperature, topP, maxTokens, sep, maxSteps, true, stream,
                parallel ? LlmSettings.SamplesPerRequest.PARALLEL : LlmSettings.SamplesPerRequest.AUTO, concurrency,
                Duration.ofSeconds(timeout), 4);
        LlmSettings prm = prmUrl == null ? null : new LlmSettings(prmUrl, prmModel == null ? model : prmModel, s.apiKey(),
                LlmSettings.Endpoint.CHAT, 0, 1, 1, sep, 1, false, false, LlmSettings.SamplesPerRequest.AUTO, 1, Duration.ofSeconds(timeout), 4);
        LlmSearch search = new LlmSearch(question, gold, strategy, SearchOptions.parseOptions(options), s, s, prm, stepMarker,
                new PromptTemplates(prompts), AnswerExtractor::stated, MathAnswers::normalize, MathAnswers::equivalent, seed);
        Path part = out.resolveSibling(out.getFileName() + ".part");
        Path journalFile = out.resolveSibling(out.getFileName() + ".responses.jsonl");
        AtomicBoolean interrupted = new AtomicBoolean();
        Thread hook = new Thread(() -> interrupted.set(true));
        Runtime.getRuntime().addShutdownHook(hook);
        TraceTree tree;
        try (ResponseJournal journal = ResponseJournal.open(journalFile); TraceWriter writer = new TraceWriter(part, search.header())) {
            if (journal.size() > 0) {
                spec.commandLine().getErr().printf("resuming: %d answers from %s will not be asked again%n", journal.size(), journalFile);
            }
            tree = search.run(writer, interrupted::get, journal);
        } catch (LlmException e) {
            throw new IllegalStateException(e.getMessage() + " (the partial trace is in " + part + "; run the same command again to resume)", e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + part + ": " + e.getMessage(), e);
        } finally {
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        try {
            Files.move(part, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("the trace is complete in " + part + " but could not be renamed: " + e.getMessage(), e);
        }
        Summary.print(stdout, tree);
        stdout.printf("trace: %s%n", out);
    }
}
