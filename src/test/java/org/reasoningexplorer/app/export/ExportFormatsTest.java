package org.reasoningexplorer.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reasoningexplorer.app.answers.AnswerGroup;
import org.reasoningexplorer.app.answers.AnswerTally;
import org.reasoningexplorer.app.answers.AnswersViewModel;
import org.reasoningexplorer.app.files.SafeWrite;
import org.reasoningexplorer.app.replay.ReplayViewModel;
import org.reasoningexplorer.app.replay.Replays;
import org.reasoningexplorer.app.tree.ColorMode;
import org.reasoningexplorer.app.tree.TreeModel;
import org.reasoningexplorer.engine.trace.TraceTree;

class ExportFormatsTest {
    @TempDir
    Path dir;

    @Test
    void theNodeTableHasOneRowPerNodeWithStatsScoresAndText() throws IOException {
        ReplayViewModel replay = Replays.of("mcts-overturned.trace.jsonl");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NodeTableCsv.write(replay.tree(), out);
        List<String> lines = Arrays.asList(out.toString(StandardCharsets.UTF_8).substring(1).split("\r\n"));
        TraceTree t = replay.tree();
        assertEquals(t.size() + 1, lines.size());
        assertTrue(lines.get(0).startsWith("node,parent,depth,status,terminal,visits,q,prior,tokens,answer,normalized,correct,score:"),
                lines.get(0));
        assertTrue(lines.get(0).endsWith(",text"));
        String row5 = lines.get(6);
        assertTrue(row5.startsWith("5," + t.parent(5) + "," + t.depth(5) + "," + t.status(5).name().toLowerCase() + ","
                + t.isTerminal(5) + "," + t.visits(5) + ","), row5);
        assertTrue(row5.endsWith("," + t.text(5)), row5);
    }

    @Test
    void csvQuotesFieldsThatNeedIt() {
        assertEquals("\"a,b\"", Csv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.field("say \"hi\""));
        assertEquals("0.333333", Csv.field(1.0 / 3));
        assertEquals("", Csv.field(Double.NaN));
        assertEquals("x,1\r\n", Csv.line(List.of("x", 1)));
    }

    @Test
    void theTallyListsEveryAnswerWithItsVerdicts() throws IOException {
        ReplayViewModel replay = Replays.of("majority-wrong.trace.jsonl");
        AnswerTally tally = new AnswersViewModel(replay, new SimpleObjectProperty<>(new int[0])).tallyProperty().get();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TallyCsv.write(tally, out);
        String[] lines = out.toString(StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertEquals(tally.groups().size() + 1, lines.length);
        AnswerGroup top = tally.groups().get(0);
        assertTrue(lines[1].startsWith(top.normalized() + "," + top.count() + ","), lines[1]);
        assertTrue(lines[1].contains(",false,false,true,"), "wrong, not gold, the winner: " + lines[1]);
    }

    @Test
    void theSvgIsWellFormedAndDrawsEveryShownNodeAndEdge() throws Exception {
        ReplayViewModel replay = Replays.of("beam.trace.jsonl");
        TreeModel m = replay.treeModelProperty().get();
        double[] x = new double[m.size()];
        double[] y = new double[m.size()];
        for (int i = 0; i < m.size(); i++) {
            x[i] = i * 3.0;
            y[i] = m.depth(i) * 2.0;
        }
        x[5] = Double.NaN;
        y[5] = Double.NaN;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TreeSvg.write(m, x, y, ColorMode.CORRECTNESS, new int[] {0, 1}, 1, out);
        org.w3c.dom.Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(out.toByteArray()));
        assertEquals(m.size() - 1, doc.getElementsByTagName("circle").getLength(), "every shown node, not the hidden one");
        int edges = 0;
        for (int i = 1; i < m.size(); i++) {
            edges += !Double.isNaN(x[i]) && !Double.isNaN(x[m.parent(i)]) ? 1 : 0;
        }
        assertEquals(edges, doc.getElementsByTagName("line").getLength());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(TreeSvg.escape(m.text(0))), "the full text is kept as a tooltip");
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("table.csv");
        Files.writeString(target, "old");
        try {
            SafeWrite.write(target, out -> {
                out.write("new, half".getBytes(StandardCharsets.UTF_8));
                throw new IOException("disk full");
            });
        } catch (IOException expected) {
            assertEquals("disk full", expected.getMessage());
        }
        assertEquals("old", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
        SafeWrite.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(target));
    }
}
