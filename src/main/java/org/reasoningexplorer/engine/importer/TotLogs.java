package org.reasoningexplorer.engine.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reasoningexplorer.engine.puzzle.Puzzle;
import org.reasoningexplorer.engine.run.PuzzleAnswers;

/** What the two Tree-of-Thoughts Game-of-24 logs share: the puzzle header, the run settings in the file name, answers. */
final class TotLogs {
    /** ToT's value map: sure = 20, likely = 1, impossible = 0.001 (Yao et al. 2023). */
    static final String VALUE_MAP = "sure=20, likely=1, impossible=0.001";
    private static final Pattern RUN_NAME = Pattern.compile(
            "(.+?)_([\\d.]+)_(?:(propose|sample)(\\d+)_(value|vote)(\\d+)_(greedy|sample)(\\d+)|naive_(cot|standard)_sample_(\\d+))"
            + "_start(\\d+)_end(\\d+)\\.json");

    private TotLogs() {
    }

    /** The problem header of a Game-of-24 puzzle given as "4 5 6 10" (the log's "x"), or just its text when it does not parse. */
    static Map<String, Object> problem(int idx, String numbers) {
        Map<String, Object> p = Headers.map("id", "game24-" + idx);
        try {
            List<Integer> list = new ArrayList<>();
            for (String n : numbers.trim().split("\\s+")) {
                list.add(Integer.parseInt(n));
            }
            Puzzle puzzle = Puzzle.of(list, Puzzle.TWENTY_FOUR);
            p.put("text", puzzle.text());
            p.put("numbers", list);
            p.put("target", Puzzle.TWENTY_FOUR);
            p.put("rules", puzzle.rules().label());
        } catch (IllegalArgumentException notFourNumbers) {
            p.put("text", "Use " + numbers.trim() + " and + − × ÷ to make 24");
        }
        p.put("index", idx);
        return p;
    }

    /**
     * The run settings ToT writes into its log names, e.g. "gpt-4_0.7_propose1_value3_greedy5_start900_end1000.json":
     * model, temperature, generation and evaluation methods with their sample counts; empty when the name differs.
     */
    static Map<String, Object> runSettings(Path file) {
        Matcher m = RUN_NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Map.of();
        }
        if (m.group(9) != null) {
            return Headers.map("model", m.group(1), "temperature", Double.parseDouble(m.group(2)), "prompt", m.group(9),
                    "n_generate_sample", Integer.parseInt(m.group(10)));
        }
        return Headers.map("model", m.group(1), "temperature", Double.parseDouble(m.group(2)), "method_generate", m.group(3),
                "n_generate_sample", Integer.parseInt(m.group(4)), "method_evaluate", m.group(5),
                "n_evaluate_sample", Integer.parseInt(m.group(6)), "method_select", m.group(7),
                "n_select_sample", Integer.parseInt(m.group(8)));
    }

    /** The answer in a chain's last line: the text after "Answer:" (or the whole line). */
    static String answerOf(String lastLine) {
        String t = lastLine.strip();
        return t.regionMatches(true, 0, "Answer:", 0, 7) ? t.substring(7).strip() : t;
    }

    /** The voting key of a Game-of-24 answer: the canonical expression when it parses, else the text. */
    static String normalized(String answer) {
        return PuzzleAnswers.normalize(answer);
    }

    /** The cumulative usage the log records, as plain values. */
    static Object usage(JsonNode record) {
        JsonNode u = At.optional(record, "usage_so_far");
        return u == null ? null : JsonRecords.MAPPER.convertValue(u, Map.class);
    }

    /**
     * The judgements behind a ToT value, when the sum determines them: with n samples, v = 20·sure +
     * 1·likely + 0.001·impossible, and samples without a verdict add 0. Empty for 0 (no verdict at all
     * or ToT's "4 lines without an answer" rule) and for any value that no combination gives.
     */
    static List<String> judgements(double value, int samples) {
        List<String> found = null;
        for (int sure = 0; sure <= samples; sure++) {
            for (int likely = 0; sure + likely <= samples; likely++) {
                for (int impossible = 0; sure + likely + impossible <= samples; impossible++) {
                    if (sure + likely + impossible > 0 && Math.abs(20.0 * sure + likely + 0.001 * impossible - value) < 1e-6) {
                        if (found != null) {
                            return List.of();
                        }
                        found = new ArrayList<>();
                        add(found, "sure", sure);
                        add(found, "likely", likely);
                        add(found, "impossible", impossible);
                        add(found, "no verdict", samples - sure - likely - impossible);
                    }
                }
            }
        }
        return found == null ? List.of() : List.copyOf(found);
    }

    private static void add(List<String> out, String word, int times) {
        for (int i = 0; i < times; i++) {
            out.add(word);
        }
    }
}
