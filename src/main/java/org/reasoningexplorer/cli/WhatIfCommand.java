package org.reasoningexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reasoningexplorer.engine.llm.LlmSettings;
import org.reasoningexplorer.engine.llm.ResponseJournal;
import org.reasoningexplorer.engine.run.LlmSearch;
import org.reasoningexplorer.engine.run.PuzzleSearch;
import org.reasoningexplorer.engine.search.GenerationCache;
import org.reasoningexplorer.engine.search.ScoreOverrides;
import org.reasoningexplorer.engine.trace.ScoreKind;
import org.reasoningexplorer.engine.trace.TraceEvent;
import org.reasoningexplorer.engine.trace.TraceReader;
import org.reasoningexplorer.engine.trace.TraceTree;
import org.reasoningexplorer.engine.trace.TraceWriter;
import org.reasoningexplorer.engine.verify.NoiseModel;
import org.reasoningexplorer.engine.verify.PrmAggregation;
import org.reasoningexplorer.engine.whatif.ChainTable;
import org.reasoningexplorer.engine.whatif.Counterfactual;
import org.reasoningexplorer.engine.whatif.EditHistory;
import org.reasoningexplorer.engine.whatif.Overlay;
import org.reasoningexplorer.engine.whatif.Reselection;
import org.reasoningexplorer.engine.whatif.Rescoring;
import org.reasoningexplorer.engine.whatif.ScoreEdit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Edits verifier scores in a trace and shows what the search would have chosen or explored. */
@Command(name = "whatif", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Edits verifier scores and shows the consequence. The trace itself is never modified.",
            "Selection-only strategies (cot, majority, weighted-vote, best-of-n) recompute their choice at once;",
            "search strategies (beam, dvts, tot-*, mcts), or any with --rerun, re-run from the edit with the same budget:",
            "unchanged branches come out identical and only new branches cost generations.",
            "For a language-model trace (backend openai-compatible) the re-run replays generations from a copy of",
            "FILE.responses.jsonl (the original journal is left as it is) and asks the server only for new branches;",
            "the API key comes from RX_API_KEY, OPENAI_API_KEY or DEEPSEEK_API_KEY."},
        footer = {"", "Examples:", "  whatif samples/best-of-n-misleading.trace.jsonl --edit 12:orm=0.99",
            "  whatif samples/beam.trace.jsonl --edit 3:prm=correct --out beam-whatif.trace.jsonl",
            "  whatif samples/weighted-beats-majority.trace.jsonl --orm misleading",
            "  whatif samples/best-of-n-prm-min.trace.jsonl --aggregation last"})
final class WhatIfCommand implements Runnable {
    @Parameters(index = "0", paramLabel = "FILE", description = "a trace of the embedded reasoner or of a model run")
    Path file;

    @Option(names = "--edit", paramLabel = "NODE:KIND=VALUE",
            description = "set a score: KIND is orm, prm, value, outcome or aggregate; VALUE a number, 'correct' or 'wrong'")
    List<String> edits;

    @Option(names = "--orm", paramLabel = "NOISE", description = "rescore every chain with an ORM of this noise (selection-only strategies)")
    String orm;

    @Option(names = "--prm", paramLabel = "NOISE", description = "rescore every step with a PRM of this noise (selection-only strategies)")
    String prm;

    @Option(names = "--aggregation", description = "swap the PRM aggregation: last, min, product or mean")
    String aggregation;

    @Option(names = "--rerun", description = "re-run the search even for a selection-only strategy")
    boolean rerun;

    @Option(names = "--out", paramLabel = "FILE", description = "where a re-run writes its trace (default: FILE with .whatif before .trace.jsonl)")
    Path out;

    @Option(names = "--save-overlay", description = "also keep the edits in FILE's overlay (.overlay.json beside it)")
    boolean saveOverlay;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter o = spec.commandLine().getOut();
        TraceReader.ReadResult r = TraceFiles.read(file);
        TraceTree tree = new TraceTree();
        r.events().forEach(tree::apply);
        boolean model = "openai-compatible".equals(r.header().backend() == null ? null : r.header().backend().get("name"));
        PuzzleSearch search = model ? null : PuzzleSearch.fromHeader(r.header());
        EditHistory history = new EditHistory();
        for (String e : edits == null ? List.<String>of() : edits) {
            history.apply(parseEdit(e, tree));
        }
        if (saveOverlay) {
            try {
                Overlay.save(file, history.edits());
            } catch (IOException e) {
                throw new IllegalStateException("cannot save the overlay: " + e.getMessage(), e);
            }
        }
        if (!rerun && Reselection.isSelectionOnly(r.header().strategyName())) {
            reselect(o, search, r, tree, history);
        } else if (model) {
            rerunModel(o, r, tree, history);
        } else {
            rerun(o, search, r, tree, history);
        }
    }

    private void reselect(PrintWriter o, PuzzleSearch search, TraceReader.ReadResult r, TraceTree tree, EditHistory history) {
        ChainTable table = new ChainTable(tree);
        Reselection sel = new Reselection(r.header(), table);
        ChainTable.Edits scores = history.byNode();
        if ((orm != null || prm != null) && search == null) {
            throw new IllegalArgumentException("--orm and --prm rescore with the embedded verifiers; a model run's trace cannot be rescored so");
        }
        if (orm != null || prm != null) {
            NoiseModel om = orm == null ? search.ormNoise() : NoiseModel.parse(orm);
            NoiseModel pm = prm == null ? search.prmNoise() : NoiseModel.parse(prm);
            scores = Rescoring.rescore(search, tree, om, pm);
            for (ScoreEdit e : history.edits()) {
                scores = scores.with(e.node(), e.kind(), e.value());
            }
        }
        PrmAggregation agg = aggregation == null ? sel.aggregation() : PrmAggregation.parse(aggregation);
        Reselection.Choice before = sel.choose(ChainTable.Edits.NONE);
        Reselection.Choice after = sel.choose(scores, agg);
        o.printf("before: %s  [%s]  (%s)%n", before.answer(), before.correct() ? "correct" : "wrong", before.reason());
        o.printf("after:  %s  [%s]  (%s)%n", after.answer(), after.correct() ? "correct" : "wrong", after.reason());
        o.println(before.node() == after.node() ? "the choice is unchanged" : "the choice changed");
    }

    private void rerun(PrintWriter o, PuzzleSearch search, TraceReader.ReadResult r, TraceTree tree, EditHistory history) {
        if (orm != null || prm != null || aggregation != null) {
            throw new IllegalArgumentException("--orm, --prm and --aggregation apply to selection-only strategies; "
                    + "for a search, give --edit and it is re-run");
        }
        GenerationCache cache = new GenerationCache();
        List<TraceEvent> original = new ArrayList<>();
        search.run(original::add, null, ScoreOverrides.NONE, cache);
        if (!original.equals(r.events())) {
            o.println("note: re-running the header does not reproduce this trace exactly (made by another version?);"
                    + " the comparison is with the file");
        }
        long originalCalls = cache.misses();
        ScoreOverrides edits = history.byKey();
        Counterfactual.Result cf = Counterfactual.run(search, r.events(), tree, edits, cache, file.getFileName().toString(), null, null);
        Path target = out != null ? out : file.resolveSibling(file.getFileName().toString().replace(".trace.jsonl", "") + ".whatif.trace.jsonl");
        try {
            TraceWriter.writeAtomically(target, cf.header(), cf.events());
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + target + ": " + e.getMessage(), e);
        }
        o.printf("fork:     event %d of %d (everything before it is identical)%n", cf.forkEvent(), r.events().size());
        o.printf("diff:     %s%n", cf.diff().summary());
        o.printf("cost:     %d generations for the re-run (%d reused from the original's %d)%n", cf.backendCalls(),
                cf.reusedGenerations(), originalCalls);
        o.printf("trace:    %s%n", target);
    }

    private void rerunModel(PrintWriter o, TraceReader.ReadResult r, TraceTree tree, EditHistory history) {
        if (orm != null || prm != null || aggregation != null) {
            throw new IllegalArgumentException("--orm, --prm and --aggregation do not apply to a re-run; give --edit");
        }
        LlmSearch search = LlmSearch.fromHeader(r.header(), LlmSettings.keyFromEnvironment());
        Path target = out != null ? out : file.resolveSibling(file.getFileName().toString().replace(".trace.jsonl", "") + ".whatif.trace.jsonl");
        Path source = file.resolveSibling(file.getFileName() + ".responses.jsonl");
        Path copy = target.resolveSibling(target.getFileName() + ".responses.jsonl");
        Counterfactual.Result cf;
        int journalled;
        try (ResponseJournal journal = ResponseJournal.openCopy(source, copy)) {
            journalled = journal.size();
            cf = Counterfactual.run(search, r.events(), tree, history.byKey(), journal, file.getFileName().toString(), null, null);
            TraceWriter.writeAtomically(target, cf.header(), cf.events());
        } catch (IOException e) {
            throw new IllegalStateException("cannot re-run " + file + ": " + e.getMessage(), e);
        }
        o.printf("fork:     event %d of %d (everything before it is identical)%n", cf.forkEvent(), r.events().size());
        o.printf("diff:     %s%n", cf.diff().summary());
        o.printf("cost:     %d generation requests to the server (%d answered from the %d in %s)%n", cf.backendCalls(),
                cf.reusedGenerations(), journalled, source.getFileName());
        o.printf("trace:    %s%n", target);
    }

    private static ScoreEdit parseEdit(String text, TraceTree tree) {
        String expected = "; expected NODE:KIND=VALUE, e.g. 12:orm=0.9 or 5:prm=wrong";
        int colon = text.indexOf(':');
        int eq = text.indexOf('=');
        if (colon <= 0 || eq <= colon + 1) {
            throw new IllegalArgumentException("--edit '" + text + "' is malformed" + expected);
        }
        int node;
        try {
            node = Integer.parseInt(text.substring(0, colon).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--edit '" + text + "': '" + text.substring(0, colon) + "' is not a node id" + expected);
        }
        if (node < 1 || node >= tree.size()) {
            throw new IllegalArgumentException("--edit '" + text + "': node " + node + " does not exist; nodes are 1.." + (tree.size() - 1));
        }
        ScoreKind kind = ScoreKind.parse(text.substring(colon + 1, eq).trim());
        String v = text.substring(eq + 1).trim();
        double value;
        if (v.equals("correct")) {
            value = kind == ScoreKind.VALUE ? 60.0 : 1.0;
        } else if (v.equals("wrong")) {
            value = kind == ScoreKind.VALUE ? 0.003 : 0.0;
        } else {
            try {
                value = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--edit '" + text + "': '" + v + "' is not a number, 'correct' or 'wrong'");
            }
        }
        return new ScoreEdit(node, tree.key(node), kind, tree.latestScore(node, kind), value);
    }
}
