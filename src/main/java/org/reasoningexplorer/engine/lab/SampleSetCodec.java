package org.reasoningexplorer.engine.lab;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.reasoningexplorer.engine.reasoner.embedded.PolicyKnobs;

/**
 * Saves and loads a {@link SampleSet} as JSON:
 * {"format": "reasoning-explorer-samples", "version": 1, "provenance": {skill, temperature,
 * slipRate, unfaithfulRate, orm, seed}, "n": 64, "problems": [{"puzzle", "cluster", "correct",
 * "orm", "steps", "tokens", "answers", "answerCorrect"}]}, arrays indexed by sample except the
 * last two, indexed by cluster. Scores are written in full, so a loaded set equals the saved one.
 * {@link SampleSetCsv} offers the same content as one CSV row per sample.
 */
public final class SampleSetCodec {
    public static final String FORMAT = "reasoning-explorer-samples";
    public static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SampleSetCodec() {
    }

    public static void writeJson(SampleSet set, Writer out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ObjectNode prov = root.putObject("provenance");
        PolicyKnobs k = set.provenance().knobs();
        prov.put("skill", k.skill());
        prov.put("temperature", k.temperature());
        prov.put("slipRate", k.slipRate());
        prov.put("unfaithfulRate", k.unfaithfulRate());
        prov.put("orm", set.provenance().orm());
        prov.put("seed", set.provenance().seed());
        root.put("n", set.n());
        ArrayNode problems = root.putArray("problems");
        for (ProblemSamples p : set.problems()) {
            ObjectNode o = problems.addObject();
            o.put("puzzle", p.puzzle());
            ArrayNode cluster = o.putArray("cluster");
            ArrayNode correct = o.putArray("correct");
            ArrayNode orm = o.putArray("orm");
            ArrayNode steps = o.putArray("steps");
            ArrayNode tokens = o.putArray("tokens");
            for (int i = 0; i < p.n(); i++) {
                cluster.add(p.cluster()[i]);
                correct.add(p.correct()[i]);
                orm.add(p.ormScore()[i]);
                steps.add(p.steps()[i]);
                tokens.add(p.tokens()[i]);
            }
            ArrayNode answers = o.putArray("answers");
            ArrayNode answerCorrect = o.putArray("answerCorrect");
            for (int g = 0; g < p.clusterAnswers().size(); g++) {
                answers.add(p.clusterAnswers().get(g));
                answerCorrect.add(p.clusterCorrect()[g]);
            }
        }
        JSON.writeValue(new NonClosing(out), root);
        out.write('\n');
        out.flush();
    }

    /**
     * Reads a set written by {@link #writeJson}; {@code source} names the file in error messages.
     * Throws IllegalArgumentException naming the source, the problem and the field when the content is wrong.
     */
    public static SampleSet readJson(Reader in, String source) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            String line = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new IllegalArgumentException(source + ": not valid JSON" + line + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException(source + ": not a sample set; expected a JSON object with \"format\": \""
                    + FORMAT + "\"");
        }
        if (root.path("version").asInt(-1) != VERSION) {
            throw new IllegalArgumentException(source + ": sample-set version " + root.path("version")
                    + " is not supported; expected " + VERSION);
        }
        try {
            JsonNode prov = field(root, "provenance", "the file");
            PolicyKnobs knobs = new PolicyKnobs(number(prov, "skill"), number(prov, "temperature"),
                    number(prov, "slipRate"), number(prov, "unfaithfulRate"));
            SampleSet.Provenance provenance = new SampleSet.Provenance(knobs, field(prov, "orm", "provenance").asText(),
                    field(prov, "seed", "provenance").asLong());
            List<ProblemSamples> problems = new ArrayList<>();
            JsonNode list = field(root, "problems", "the file");
            for (int p = 0; p < list.size(); p++) {
                problems.add(problem(list.get(p), "problem " + p));
            }
            return new SampleSet(provenance, problems);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    private static ProblemSamples problem(JsonNode o, String where) {
        JsonNode cluster = array(o, "cluster", where);
        int n = cluster.size();
        int[] c = new int[n];
        boolean[] correct = new boolean[n];
        double[] orm = new double[n];
        int[] steps = new int[n];
        int[] tokens = new int[n];
        JsonNode correctNode = sized(o, "correct", where, n);
        JsonNode ormNode = sized(o, "orm", where, n);
        JsonNode stepsNode = sized(o, "steps", where, n);
        JsonNode tokensNode = sized(o, "tokens", where, n);
        for (int i = 0; i < n; i++) {
            c[i] = integer(cluster.get(i), where, "cluster", i);
            correct[i] = bool(correctNode.get(i), where, "correct", i);
            if (!ormNode.get(i).isNumber()) {
                throw new IllegalArgumentException(where + ", orm[" + i + "]: expected a number but found " + ormNode.get(i));
            }
            orm[i] = ormNode.get(i).asDouble();
            steps[i] = integer(stepsNode.get(i), where, "steps", i);
            tokens[i] = integer(tokensNode.get(i), where, "tokens", i);
        }
        JsonNode answers = array(o, "answers", where);
        JsonNode answerCorrect = sized(o, "answerCorrect", where, answers.size());
        List<String> a = new ArrayList<>();
        boolean[] ac = new boolean[answers.size()];
        for (int g = 0; g < ac.length; g++) {
            a.add(answers.get(g).asText());
            ac[g] = bool(answerCorrect.get(g), where, "answerCorrect", g);
        }
        return new ProblemSamples(field(o, "puzzle", where).asText(), c, correct, orm, steps, tokens, a, ac);
    }

    private static JsonNode field(JsonNode o, String name, String where) {
        JsonNode v = o.get(name);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(where + ": missing field \"" + name + "\"");
        }
        return v;
    }

    private static double number(JsonNode o, String name) {
        JsonNode v = field(o, name, "provenance");
        if (!v.isNumber()) {
            throw new IllegalArgumentException("provenance." + name + ": expected a number but found " + v);
        }
        return v.asDouble();
    }

    private static JsonNode array(JsonNode o, String name, String where) {
        JsonNode v = field(o, name, where);
        if (!v.isArray()) {
            throw new IllegalArgumentException(where + ", \"" + name + "\": expected an array but found " + v.getNodeType());
        }
        return v;
    }

    private static JsonNode sized(JsonNode o, String name, String where, int n) {
        JsonNode v = array(o, name, where);
        if (v.size() != n) {
            throw new IllegalArgumentException(where + ", \"" + name + "\": " + v.size() + " entries; expected " + n);
        }
        return v;
    }

    private static int integer(JsonNode v, String where, String name, int i) {
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new IllegalArgumentException(where + ", " + name + "[" + i + "]: expected a whole number but found " + v);
        }
        return v.asInt();
    }

    private static boolean bool(JsonNode v, String where, String name, int i) {
        if (!v.isBoolean()) {
            throw new IllegalArgumentException(where + ", " + name + "[" + i + "]: expected true or false but found " + v);
        }
        return v.asBoolean();
    }

    /** Keeps Jackson from closing the caller's writer. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
