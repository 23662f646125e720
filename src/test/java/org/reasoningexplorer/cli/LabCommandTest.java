package org.reasoningexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reasoningexplorer.engine.lab.LabTables;
import org.reasoningexplorer.engine.lab.SampleSetCsv;

class LabCommandTest {
    private static final String SET = "game24:12";

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
        String header() {
            return out.split("\n", 2)[0];
        }
    }

    static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private static String columns(List<String> names) {
        return String.join(",", names);
    }

    @Test
    void everyLabCommandWritesItsDocumentedColumns() {
        Result curves = cli("lab", "curves", "--puzzles", SET, "--n", "8");
        assertEquals(0, curves.code(), curves.err());
        assertEquals(columns(LabTables.CURVE_COLUMNS), curves.header());
        assertEquals(1 + 4 * 8, curves.out().split("\n").length, "four methods, k = 1..8");
        assertTrue(curves.err().contains("[samples]"), "progress on stderr: " + curves.err());

        Result overopt = cli("lab", "overopt", "--puzzles", SET, "--n", "16");
        assertEquals(0, overopt.code(), overopt.err());
        assertEquals(columns(LabTables.OVEROPT_COLUMNS), overopt.header());
        assertEquals(1 + 5, overopt.out().split("\n").length, "N = 1, 2, 4, 8, 16");
        assertTrue(overopt.err().contains("misleading ORM") && overopt.err().contains("peak at N ="), overopt.err());

        Result heatmap = cli("lab", "heatmap", "--puzzles", SET, "--skills", "0,2,4", "--budgets", "1,4,8",
                "--levels", "0.3,0.6");
        assertEquals(0, heatmap.code(), heatmap.err());
        assertEquals(columns(LabTables.HEATMAP_COLUMNS), heatmap.header());
        assertEquals(9, heatmap.out().lines().filter(l -> l.startsWith("cell,")).count());
        assertTrue(heatmap.out().lines().anyMatch(l -> l.startsWith("contour,0.3,")), heatmap.out());
        assertTrue(heatmap.err().contains("accuracy"), "caption on stderr: " + heatmap.err());

        Result bins = cli("lab", "bins", "--puzzles", SET, "--n", "8", "--strategies", "best-of-n,beam", "--budgets", "1,4",
                "--bins", "3");
        assertEquals(0, bins.code(), bins.err());
        assertEquals(columns(LabTables.BIN_COLUMNS), bins.header());
        assertEquals(1 + 3 * 2 * 2, bins.out().split("\n").length);
        assertEquals(3 * 2, bins.out().lines().filter(l -> l.endsWith(",true")).count(), "one best per bin and budget");
    }

    @Test
    void savedSamplesGiveTheSameCurvesAsDrawingAgain() throws IOException {
        Path csv = dir.resolve("s.csv");
        Path json = dir.resolve("s.json");
        Result saved = cli("lab", "samples", "--puzzles", SET, "--n", "8", "--orm", "misleading", "--out", csv.toString());
        assertEquals(0, saved.code(), saved.err());
        assertFalse(Files.exists(dir.resolve("s.csv.tmp")));
        assertEquals(SampleSetCsv.HEADER, Files.readAllLines(csv).get(1));
        assertEquals(0, cli("lab", "samples", "--puzzles", SET, "--n", "8", "--orm", "misleading", "--format", "json",
                "--out", json.toString()).code());
        Result direct = cli("lab", "overopt", "--puzzles", SET, "--n", "8");
        Result fromCsv = cli("lab", "overopt", "--samples", csv.toString());
        Result fromJson = cli("lab", "overopt", "--samples", json.toString());
        assertEquals(0, fromCsv.code(), fromCsv.err());
        assertEquals(direct.out(), fromCsv.out());
        assertEquals(direct.out(), fromJson.out());
    }

    @Test
    void jsonOutputHasASummaryAndRowsNamedByColumn() throws IOException {
        Path out = dir.resolve("o.json");
        Result r = cli("lab", "overopt", "--puzzles", SET, "--n", "8", "--format", "json", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        assertEquals("misleading", root.get("summary").get("verifier").asText());
        assertTrue(root.get("summary").get("measured_peak_n").isInt());
        assertEquals(4, root.get("rows").size());
        for (String c : LabTables.OVEROPT_COLUMNS) {
            assertTrue(root.get("rows").get(0).has(c), c);
        }
    }

    @Test
    void badValuesExitWithTwoAndNameTheOption() {
        String[][] cases = {
            {"--n", "lab", "curves", "--puzzles", SET, "--n", "0"},
            {"--format", "lab", "curves", "--puzzles", SET, "--format", "xml"},
            {"--methods", "lab", "curves", "--puzzles", SET, "--n", "4", "--methods", "majority,telepathy"},
            {"--budgets", "lab", "bins", "--puzzles", SET, "--budgets", "4,1"},
            {"--bins", "lab", "bins", "--puzzles", SET, "--n", "4", "--bins", "0"},
            {"--bins", "lab", "bins", "--puzzles", SET, "--n", "4", "--bins", "13"},
            {"--skills", "lab", "heatmap", "--puzzles", SET, "--skills", "-1,2"},
            {"--skills", "lab", "heatmap", "--puzzles", SET, "--skills", "2,1"},
            {"--levels", "lab", "heatmap", "--puzzles", SET, "--levels", "0.5,1.5"},
            {"--method", "lab", "heatmap", "--puzzles", SET, "--method", "oracle"},
            {"--caption-level", "lab", "heatmap", "--puzzles", SET, "--caption-level", "1"},
            {"--orm", "lab", "overopt", "--puzzles", SET, "--orm", "terrible"},
            {"--puzzles", "lab", "overopt", "--samples", "whatever.csv", "--puzzles", SET},
            {"--threads", "lab", "samples", "--puzzles", SET, "--threads", "0"},
            {"game24:", "lab", "samples", "--puzzles", "game24:0"},
        };
        for (String[] c : cases) {
            String[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
            Result r = cli(args);
            assertEquals(Cli.USAGE, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().contains(c[0]), String.join(" ", args) + " should name " + c[0] + ": " + r.err());
        }
        assertEquals(Cli.USAGE, cli("lab", "curves", "--n", "many").code());
        assertEquals(Cli.USAGE, cli("lab", "frobnicate").code());
    }

    @Test
    void aBadSampleFileExitsWithThreeNamingTheFile() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"something else\"}");
        Result r = cli("lab", "curves", "--samples", bad.toString());
        assertEquals(Cli.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("bad.json"), r.err());
        r = cli("lab", "curves", "--samples", dir.resolve("missing.csv").toString());
        assertEquals(Cli.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("missing.csv"), r.err());
    }

    @Test
    void everyLabCommandHasHelp() {
        for (String c : new String[] {"samples", "curves", "overopt", "heatmap", "bins"}) {
            Result r = cli("lab", c, "--help");
            assertEquals(0, r.code(), c);
            assertTrue(r.out().contains("Usage: reasoning-explorer lab " + c), r.out());
            assertFalse(r.err().contains("WARN"), c + ": " + r.err());
        }
        Result lab = cli("lab");
        assertEquals(0, lab.code());
        assertTrue(lab.out().contains("heatmap"), lab.out());
    }
}
