package org.reasoningexplorer.engine.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.reasoningexplorer.engine.answer.MathAnswers;
import org.reasoningexplorer.engine.trace.ScoreKind;

/**
 * Long chain-of-thought traces in the layout of the Thought Anchors site data
 * (interp-reasoning/thought-anchors.com): one folder per problem with problem.json,
 * base_solution.json and chunks_labeled.json (and, for some, chunks_resampled.json). The trace is
 * one chain whose steps are the chunks; each chunk's measured resampling accuracy is a PRM score
 * named "resampling-accuracy" whose judgements are the chunk's function tags. Resampled
 * alternatives, where present, are siblings of the chunk they replace.
 */
public final class ThoughtAnchorsImporter implements TraceImporter {
    static final String FORMAT = "a Thought Anchors problem folder (problem.json, base_solution.json, chunks_labeled.json), "
            + "or a folder holding such folders";
    static final String BASE = "base_solution.json";
    static final String CHUNKS = "chunks_labeled.json";
    private static final String ACCURACY = "resampling-accuracy";
    private static final String LABEL = "is_correct";

    @Override
    public String id() {
        return "thought-anchors";
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean accepts(Sniff sniff) {
        if (sniff.kind() == Sniff.Kind.DIRECTORY) {
            try {
                return !problemFolders(sniff.path()).isEmpty();
            } catch (IOException unreadable) {
                return false;
            }
        }
        boolean base = sniff.firstHas("prompt", "solution", "full_cot");
        boolean chunks = sniff.kind() == Sniff.Kind.JSON_LIST && sniff.firstHas("chunk", "chunk_idx", "function_tags");
        return (base || chunks) && Files.exists(sniff.path().toAbsolutePath().resolveSibling(CHUNKS))
                && Files.exists(sniff.path().toAbsolutePath().resolveSibling(BASE));
    }

    @Override
    public List<ImportedTrace> read(Path path) throws IOException {
        Path dir = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
        List<Path> folders = problemFolders(dir);
        if (folders.isEmpty()) {
            throw new ImportException(path, null, FORMAT, "expected " + FORMAT + ", found no folder holding both " + BASE + " and " + CHUNKS);
        }
        List<ImportedTrace> out = new ArrayList<>();
        for (Path folder : folders) {
            out.add(convert(folder));
        }
        return out;
    }

    /** Folders (the given one, or up to three levels below it) that hold a base solution and labelled chunks, sorted. */
    static List<Path> problemFolders(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir, 3)) {
            return s.filter(Files::isDirectory)
                    .filter(d -> Files.isRegularFile(d.resolve(BASE)) && Files.isRegularFile(d.resolve(CHUNKS)))
                    .sorted().toList();
        }
    }

    private ImportedTrace convert(Path dir) throws IOException {
        JsonNode problem = object(dir.resolve("problem.json"), "a Thought Anchors problem.json");
        JsonNode base = object(dir.resolve(BASE), "a Thought Anchors base_solution.json");
        Path chunksFile = dir.resolve(CHUNKS);
        JsonNode chunks = tree(chunksFile);
        At top = new At(chunksFile, FORMAT, "a labelled chunk", 0, 0);
        if (!chunks.isArray() || chunks.isEmpty()) {
            throw top.error("expected a non-empty JSON list of labelled chunks, found " + At.describe(chunks));
        }
        At problemAt = new At(dir.resolve("problem.json"), FORMAT, "a Thought Anchors problem.json", 0, 0);
        String text = problemAt.text(problem, "problem");
        String gold = problemAt.text(problem, "gt_answer");
        TraceBuilder b = new TraceBuilder();
        b.root(text);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            At at = new At(chunksFile, FORMAT, "a labelled chunk", i + 1, 0);
            texts.add(at.text(chunks.get(i), "chunk"));
            JsonNode idx = At.optional(chunks.get(i), "chunk_idx");
            if (idx != null && idx.asInt(-1) != i) {
                throw at.error("\"chunk_idx\" is " + idx.asText() + " but the chunk is number " + i + " in the list");
            }
        }
        List<Integer> chain = b.chain(0, 0, texts, null);
        for (int i = 0; i < chunks.size(); i++) {
            JsonNode accuracy = At.optional(chunks.get(i), "accuracy");
            if (accuracy != null) {
                b.score(chain.get(i), ACCURACY, ScoreKind.PRM, accuracy.asDouble(), 0, tags(chunks.get(i)));
            }
        }
        int resamples = resamples(b, dir, chain);
        int last = chain.get(chain.size() - 1);
        At baseAt = new At(dir.resolve(BASE), FORMAT, "a Thought Anchors base_solution.json", 0, 0);
        String answer = baseAt.text(base, "answer");
        boolean correct = MathAnswers.equivalent(answer, gold);
        JsonNode label = At.optional(base, "is_correct");
        if (label != null) {
            b.score(last, LABEL, ScoreKind.OUTCOME, Boolean.parseBoolean(label.asText()) ? 1 : 0, 0, List.of());
        }
        b.answer(last, answer, MathAnswers.normalize(answer), correct);
        b.choose(last, answer, correct, "the single base trace");
        String variant = dir.getParent() == null ? "" : dir.getParent().getFileName().toString();
        Path modelDir = dir.getParent() == null ? null : dir.getParent().getParent();
        String model = modelDir == null || modelDir.getFileName() == null ? "r1-style model" : modelDir.getFileName().toString();
        Map<String, Object> header = Headers.map("id", "math-" + dir.getFileName().toString().replace("problem_", "") + "-" + variant,
                "text", text, "gold", gold, "level", At.optionalText(problem, "level"), "type", At.optionalText(problem, "type"),
                "nickname", At.optionalText(problem, "nickname"));
        Map<String, Object> options = Headers.map("source", "interp-reasoning/thought-anchors.com " + variant + "/" + dir.getFileName(),
                "chunks", chunks.size(), "resampledAlternatives", resamples);
        return b.build(Headers.of(header, "long-cot", options, model + " (thought-anchors)", Map.of(),
                List.of(Headers.verifier(ACCURACY, "process", Headers.map("meaning",
                                "share of about 100 continuations resampled from this chunk that reach the gold answer",
                                "judgement", "the chunk's function tags")),
                        Headers.verifier(LABEL, "outcome", Headers.map("field", "base_solution.is_correct")))), null);
    }

    private static List<String> tags(JsonNode chunk) {
        List<String> tags = new ArrayList<>();
        JsonNode t = At.optional(chunk, "function_tags");
        if (t != null && t.isArray()) {
            t.forEach(tag -> tags.add(tag.asText()));
        }
        return tags;
    }

    /** chunks_resampled.json: for chunk i, alternatives as siblings of the chunk (children of the step before it). */
    private static int resamples(TraceBuilder b, Path dir, List<Integer> chain) throws IOException {
        Path file = dir.resolve("chunks_resampled.json");
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        JsonNode all = tree(file);
        At at = new At(file, FORMAT, "a resampled-chunks file", 0, 0);
        if (!all.isObject()) {
            throw at.error("expected a JSON object from chunk index to resampled texts, found " + At.describe(all));
        }
        int count = 0;
        for (int i = 0; i < chain.size(); i++) {
            JsonNode list = At.optional(all, String.valueOf(i));
            if (list == null) {
                continue;
            }
            int parent = i == 0 ? 0 : chain.get(i - 1);
            List<Integer> ids = new ArrayList<>();
            for (JsonNode alt : at.within("chunk " + i).array(all, String.valueOf(i))) {
                ids.add(b.sampleNode(parent, ids.size() + 1, alt.asText(), 0, false));
            }
            b.expand(parent, ids);
            count += ids.size();
        }
        return count;
    }

    private static JsonNode tree(Path file) throws IOException {
        try {
            return JsonRecords.MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new ImportException(file, e.getLocation() == null ? null : "line " + e.getLocation().getLineNr(), FORMAT,
                    "not valid JSON (" + e.getOriginalMessage() + "); expected " + FORMAT, e);
        }
    }

    private static JsonNode object(Path file, String noun) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file, null, FORMAT, "missing: " + FORMAT + " needs " + file.getFileName());
        }
        JsonNode n = tree(file);
        if (!n.isObject()) {
            throw new ImportException(file, null, FORMAT, "expected " + noun + " (a JSON object), found " + At.describe(n));
        }
        return n;
    }
}
