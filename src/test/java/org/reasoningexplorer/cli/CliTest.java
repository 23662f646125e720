package org.reasoningexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    /** Exit code and the two streams of one command. */
    record Result(int code, String out, String err) {
    }

    static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void runWritesATraceThatInspectSummarises() {
        Path trace = dir.resolve("m.trace.jsonl");
        Result run = cli("run", "4 9 10 13", "-s", "mcts", "-o", "iterations=50", "--out", trace.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("answer:") && run.out().contains("trace: " + trace), run.out());
        assertTrue(Files.exists(trace));
        assertFalse(Files.exists(dir.resolve("m.trace.jsonl.part")), "the partial file is renamed at the end");
        Result inspect = cli("inspect", trace.toString());
        assertEquals(0, inspect.code(), inspect.err());
        assertTrue(inspect.out().contains("backprop=50") && inspect.out().contains("select=50"), inspect.out());
        assertTrue(inspect.out().contains("strategy: mcts"), inspect.out());
        assertFalse(inspect.out().contains("warning"), inspect.out());
    }

    @Test
    void theSameSeedWritesByteIdenticalTraces() throws IOException {
        Path a = dir.resolve("a.trace.jsonl");
        Path b = dir.resolve("b.trace.jsonl");
        Path c = dir.resolve("c.trace.jsonl");
        assertEquals(0, cli("run", "3 3 8 8", "-s", "beam", "--seed", "5", "--out", a.toString()).code());
        assertEquals(0, cli("run", "3 3 8 8", "-s", "beam", "--seed", "5", "--out", b.toString()).code());
        assertEquals(0, cli("run", "3 3 8 8", "-s", "beam", "--seed", "6", "--out", c.toString()).code());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c)));
    }

    @Test
    void badOptionsExitWithTwoAndNameTheAllowedValues() {
        Result r = cli("run", "4 9 10 13", "-s", "mcts", "-o", "policy=ucb");
        assertEquals(Cli.USAGE, r.code());
        assertTrue(r.err().contains("uct, puct"), r.err());
        r = cli("run", "4 9 x 13");
        assertEquals(Cli.USAGE, r.code());
        assertTrue(r.err().contains("4 9 x 13") || r.err().toLowerCase().contains("number"), r.err());
        r = cli("run", "4 9 10 13", "--orm", "terrible");
        assertEquals(Cli.USAGE, r.code());
        assertTrue(r.err().contains("--orm"), r.err());
        r = cli("run", "4 9 10 13", "--frobnicate");
        assertEquals(Cli.USAGE, r.code());
    }

    @Test
    void aMalformedTraceExitsWithThreeNamingTheLine() throws IOException {
        Path good = dir.resolve("g.trace.jsonl");
        assertEquals(0, cli("run", "4 9 10 13", "-s", "majority", "-o", "n=4", "--out", good.toString()).code());
        List<String> lines = Files.readAllLines(good);
        lines.set(5, "{\"ev\":\"node\",\"id\":");
        Path bad = dir.resolve("bad.trace.jsonl");
        Files.write(bad, lines);
        Result r = cli("inspect", bad.toString());
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("line 6") && r.err().contains("bad.trace.jsonl"), r.err());
        Result missing = cli("inspect", dir.resolve("nope.trace.jsonl").toString());
        assertEquals(Cli.BAD_INPUT, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }

    @Test
    void aTruncatedTraceIsReadUpToItsLastWholeEventWithAWarning() throws IOException {
        Path good = dir.resolve("t.trace.jsonl");
        assertEquals(0, cli("run", "4 9 10 13", "-s", "majority", "-o", "n=4", "--out", good.toString()).code());
        byte[] bytes = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.trace.jsonl");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 40));
        Result r = cli("inspect", cut.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("truncated"), r.out());
        assertTrue(r.out().contains("no end event"), r.out());
    }

    @Test
    void puzzlesCountsTheSolvableGameOf24Set() {
        Result r = cli("puzzles", "--count");
        assertEquals(0, r.code());
        assertEquals("1362", r.out().trim());
        assertEquals(Cli.USAGE, cli("puzzles", "--level", "9").code());
    }

    @Test
    void sweepWritesOneRowPerStrategyAndBudget() throws IOException {
        Path csv = dir.resolve("s.csv");
        Result r = cli("sweep", "--puzzles", "game24:12", "--strategies", "majority,beam,cot", "--budgets", "1,4", "--out", csv.toString());
        assertEquals(0, r.code(), r.err());
        List<String> rows = Files.readAllLines(csv);
        assertTrue(rows.get(0).startsWith("strategy,budget,problems,accuracy,ci_low,ci_high"), rows.get(0));
        assertEquals(1 + 2 + 2 + 1, rows.size(), String.join("\n", rows));
        assertTrue(r.err().contains("[sweep]"), "progress goes to stderr");
        Result json = cli("sweep", "--puzzles", "4 9 10 13;1 5 5 5", "--strategies", "best-of-n", "--budgets", "2", "--format", "json");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().trim().startsWith("[") && json.out().contains("\"strategy\": \"best-of-n\""), json.out());
        assertEquals(Cli.USAGE, cli("sweep", "--strategies", "magic").code());
    }

    @Test
    void strategiesListsEveryStrategyWithItsOptions() {
        Result r = cli("strategies");
        for (String s : new String[] {"cot", "majority", "weighted-vote", "best-of-n", "beam", "dvts", "tot-bfs", "tot-dfs", "mcts"}) {
            assertTrue(r.out().contains(s + "\n"), s);
        }
        assertTrue(r.out().contains("dirichlet-fraction") && r.out().contains("lookahead"), r.out());
    }

    @Test
    void forensicsExplainsALostVoteAndListsBatchFailuresNarrowestFirst() {
        Result one = cli("forensics", "samples/majority-wrong.trace.jsonl");
        assertEquals(0, one.code(), one.err());
        assertTrue(one.out().contains("verdict:") && one.out().contains("majority vote") && one.out().contains("best-of-n (prm-min)"), one.out());
        assertTrue(one.out().contains("first wrong step"), one.out());
        Result batch = cli("forensics", "samples/majority-wrong.trace.jsonl", "samples/majority-right.trace.jsonl",
                "samples/best-of-n-misleading.trace.jsonl");
        assertEquals(0, batch.code(), batch.err());
        assertTrue(batch.out().startsWith("2 of 3 traces chose a wrong answer"), batch.out());
        assertTrue(batch.out().indexOf("best-of-n-misleading") < batch.out().indexOf("majority-wrong"), batch.out());
    }

    @Test
    void whatIfRecomputesASelectionAndReRunsASearchWithoutTouchingTheTrace() throws IOException {
        Path copy = dir.resolve("bon.trace.jsonl");
        Files.copy(Path.of("samples/best-of-n-misleading.trace.jsonl"), copy);
        byte[] before = Files.readAllBytes(copy);
        Result r = cli("whatif", copy.toString(), "--orm", "perfect", "--save-overlay", "--edit", "1:prm=0.5");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("before:") && r.out().contains("after:") && r.out().contains("[correct]"), r.out());
        assertArrayEquals(before, Files.readAllBytes(copy));
        assertTrue(Files.exists(org.reasoningexplorer.engine.whatif.Overlay.pathFor(copy)));
        Path rerun = dir.resolve("mcts-whatif.trace.jsonl");
        Result m = cli("whatif", "samples/mcts-overturned.trace.jsonl", "--edit", "2:orm=1", "--out", rerun.toString());
        assertEquals(0, m.code(), m.err());
        assertTrue(m.out().contains("fork:") && m.out().contains("generations"), m.out());
        assertEquals(0, cli("inspect", rerun.toString()).code());
        assertEquals(Cli.USAGE, cli("whatif", copy.toString(), "--edit", "5=orm").code());
    }

    @Test
    void importDetectsAToTLogAndWritesOneTraceAPuzzleThatInspectReads() throws IOException {
        Path log = org.reasoningexplorer.engine.shared.SharedData.require("tot-game24/gpt-4_0.7_propose1_value3_greedy5_start900_end950.json");
        Path out = dir.resolve("imported");
        Result r = cli("import", log.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("50 traces imported") && r.out().contains("Tree-of-Thoughts"), r.out());
        try (Stream<Path> files = Files.list(out)) {
            Path first = files.sorted().findFirst().orElseThrow();
            Result inspect = cli("inspect", first.toString());
            assertEquals(0, inspect.code(), inspect.err());
            assertTrue(inspect.out().contains("imported:tot-bfs") && inspect.out().contains("beam=4"), inspect.out());
        }
        Result csv = cli("import", org.reasoningexplorer.engine.shared.SharedData.require("tot-game24/24.csv").toString(), "--out", out.toString());
        assertEquals(Cli.BAD_INPUT, csv.code());
        assertTrue(csv.err().contains("not a format") && csv.err().contains("24.csv"), csv.err());
    }

    @Test
    void everySubcommandHasHelp() {
        for (String c : new String[] {"run", "sweep", "inspect", "puzzles", "strategies", "samples", "bench", "forensics", "whatif", "import", "run-llm", "lab"}) {
            Result r = cli(c, "--help");
            assertEquals(0, r.code(), c);
            assertTrue(r.out().contains("Usage:"), c);
        }
    }

    @Test
    void theCommittedSamplesAreExactlyWhatTheSamplesCommandRegenerates() throws IOException {
        Path fresh = dir.resolve("samples");
        Result r = cli("samples", "--out", fresh.toString());
        assertEquals(0, r.code(), r.err());
        Path committed = Path.of("samples");
        try (Stream<Path> files = Files.list(fresh)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path old = committed.resolve(f.getFileName());
                assertTrue(Files.exists(old), "samples/" + f.getFileName() + " is missing: run 'samples' and commit");
                assertEquals(new String(Files.readAllBytes(old), StandardCharsets.UTF_8), new String(Files.readAllBytes(f), StandardCharsets.UTF_8),
                        "samples/" + f.getFileName() + " is stale: run 'samples' and commit");
            }
        }
    }
}
