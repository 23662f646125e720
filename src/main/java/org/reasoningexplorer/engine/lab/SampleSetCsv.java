package org.reasoningexplorer.engine.lab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reasoningexplorer.engine.reasoner.embedded.PolicyKnobs;

/**
 * A {@link SampleSet} as CSV, one row per sample, after a comment line with the provenance:
 * {@code # reasoning-explorer-samples v1 skill=2.0 temperature=1.0 slip=0.05 unfaithful=0.1 seed=1 orm=mediocre}
 * and the header {@value #HEADER}. Rows are grouped by problem with samples in order; cluster
 * ids are dense per problem; {@code answer} is the cluster's normalised answer.
 */
public final class SampleSetCsv {
    public static final String HEADER = "problem,puzzle,sample,cluster,answer,correct,orm_score,steps,tokens";

    private SampleSetCsv() {
    }

    public static void write(SampleSet set, Writer out) throws IOException {
        PolicyKnobs k = set.provenance().knobs();
        out.write("# " + SampleSetCodec.FORMAT + " v" + SampleSetCodec.VERSION + " skill=" + k.skill() + " temperature="
                + k.temperature() + " slip=" + k.slipRate() + " unfaithful=" + k.unfaithfulRate() + " seed="
                + set.provenance().seed() + " orm=" + set.provenance().orm() + "\n");
        out.write(HEADER + "\n");
        for (int p = 0; p < set.size(); p++) {
            ProblemSamples s = set.problems().get(p);
            for (int i = 0; i < s.n(); i++) {
                out.write(p + "," + LabTable.csvCell(s.puzzle()) + "," + i + "," + s.cluster()[i] + ","
                        + LabTable.csvCell(s.clusterAnswers().get(s.cluster()[i])) + "," + s.correct()[i] + ","
                        + s.ormScore()[i] + "," + s.steps()[i] + "," + s.tokens()[i] + "\n");
            }
        }
        out.flush();
    }

    /** Reads a set written by {@link #write}; errors name {@code source} and the line. */
    public static SampleSet read(Reader in, String source) throws IOException {
        BufferedReader r = new BufferedReader(in);
        String first = r.readLine();
        String prefix = "# " + SampleSetCodec.FORMAT + " v" + SampleSetCodec.VERSION + " ";
        if (first == null || !first.startsWith(prefix)) {
            throw new IllegalArgumentException(source + ", line 1: expected '" + prefix.trim() + " skill=... seed=... orm=...'");
        }
        Map<String, String> meta = new HashMap<>();
        for (String kv : first.substring(prefix.length()).trim().split(" +")) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                meta.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        SampleSet.Provenance provenance;
        try {
            provenance = new SampleSet.Provenance(new PolicyKnobs(Double.parseDouble(meta.get("skill")),
                    Double.parseDouble(meta.get("temperature")), Double.parseDouble(meta.get("slip")),
                    Double.parseDouble(meta.get("unfaithful"))), meta.get("orm"), Long.parseLong(meta.get("seed")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(source + ", line 1: bad provenance (" + e.getMessage()
                    + "); expected skill, temperature, slip, unfaithful, seed and orm", e);
        }
        if (!HEADER.equals(r.readLine())) {
            throw new IllegalArgumentException(source + ", line 2: expected the header " + HEADER);
        }
        List<ProblemSamples> problems = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        int lineNo = 2;
        int firstLine = 3;
        for (String line = r.readLine(); ; line = r.readLine()) {
            lineNo++;
            String[] cells = line == null || line.isBlank() ? null : split(line, source, lineNo);
            if (!rows.isEmpty() && (cells == null || !cells[0].equals(rows.get(0)[0]))) {
                problems.add(problem(rows, source, firstLine, problems.size()));
                rows.clear();
            }
            if (line == null) {
                break;
            }
            if (cells != null) {
                firstLine = rows.isEmpty() ? lineNo : firstLine;
                rows.add(cells);
            }
        }
        try {
            return new SampleSet(provenance, problems);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    private static ProblemSamples problem(List<String[]> rows, String source, int firstLine, int index) {
        int n = rows.size();
        int[] cluster = new int[n];
        boolean[] correct = new boolean[n];
        double[] orm = new double[n];
        int[] steps = new int[n];
        int[] tokens = new int[n];
        Map<Integer, String> answers = new HashMap<>();
        Map<Integer, Boolean> verdicts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String[] c = rows.get(i);
            String where = source + ", line " + (firstLine + i);
            try {
                if (Integer.parseInt(c[0]) != index || Integer.parseInt(c[2]) != i) {
                    throw new IllegalArgumentException("expected problem " + index + ", sample " + i + " but found problem "
                            + c[0] + ", sample " + c[2]);
                }
                cluster[i] = Integer.parseInt(c[3]);
                correct[i] = bool(c[5]);
                orm[i] = Double.parseDouble(c[6]);
                steps[i] = Integer.parseInt(c[7]);
                tokens[i] = Integer.parseInt(c[8]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + ": expected a number: " + e.getMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
            answers.putIfAbsent(cluster[i], c[4]);
            verdicts.putIfAbsent(cluster[i], correct[i]);
        }
        List<String> a = new ArrayList<>();
        boolean[] ac = new boolean[answers.size()];
        for (int g = 0; g < ac.length; g++) {
            if (!answers.containsKey(g)) {
                throw new IllegalArgumentException(source + ", problem " + index + " (from line " + firstLine
                        + "): cluster ids must be 0.." + (ac.length - 1) + " but " + g + " is missing");
            }
            a.add(answers.get(g));
            ac[g] = verdicts.get(g);
        }
        try {
            return new ProblemSamples(rows.get(0)[1], cluster, correct, orm, steps, tokens, a, ac);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + " (from line " + firstLine + "): " + e.getMessage(), e);
        }
    }

    private static boolean bool(String s) {
        if (s.equals("true") || s.equals("false")) {
            return s.equals("true");
        }
        throw new IllegalArgumentException("expected true or false in column correct but found '" + s + "'");
    }

    /** Splits one CSV line with RFC 4180 quoting into exactly 9 cells. */
    private static String[] split(String line, String source, int lineNo) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        if (cells.size() != 9) {
            throw new IllegalArgumentException(source + ", line " + lineNo + ": " + cells.size()
                    + " cells; expected 9 (" + HEADER + ")");
        }
        return cells.toArray(new String[0]);
    }
}
