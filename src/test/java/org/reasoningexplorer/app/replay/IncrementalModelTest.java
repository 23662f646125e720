package org.reasoningexplorer.app.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.reasoningexplorer.app.tree.TreeModel;
import org.reasoningexplorer.engine.trace.TraceEvent;

/** Replay steps patch the tree snapshot instead of rebuilding it; the patched one must equal a fresh build. */
class IncrementalModelTest {
    static Stream<String> samples() {
        return Stream.of("mcts-overturned.trace.jsonl", "beam.trace.jsonl", "dvts.trace.jsonl", "majority-wrong.trace.jsonl",
                "best-of-n-prm-min.trace.jsonl", "beam-lookahead-countdown.trace.jsonl");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySnapshotReachedBySteppingEqualsAFreshBuild(String sample) {
        ReplayViewModel replay = Replays.of(sample);
        int total = replay.totalProperty().get();
        for (int p = total; p > 0; p--) {
            replay.stepBack();
            assertModelMatchesTree(replay, sample + " back to " + (p - 1));
        }
        for (int p = 0; p < total; p++) {
            replay.stepForward();
            assertModelMatchesTree(replay, sample + " forward to " + (p + 1));
        }
        // Jumps of several events at once, both ways.
        for (int p = total; p >= 0; p -= 7) {
            replay.jumpTo(p);
            assertModelMatchesTree(replay, sample + " jump to " + p);
        }
        for (int p = 0; p <= total; p += 5) {
            replay.jumpTo(p);
            assertModelMatchesTree(replay, sample + " jump to " + p);
        }
    }

    @Test
    void openingUsesTheSnapshotTheLoaderBuiltOffTheUiThread() {
        var l = (org.reasoningexplorer.app.open.LoadOutcome.Loaded) new org.reasoningexplorer.app.open.TraceLoader()
                .load(java.nio.file.Path.of("samples", "mcts-overturned.trace.jsonl"), f -> { }, () -> false);
        ReplayViewModel replay = new ReplayViewModel(Runnable::run, Runnable::run);
        replay.open(l.document(), l.folded(), l.snapshot());
        assertSame(l.snapshot(), replay.treeModelProperty().get());
        assertModelMatchesTree(replay, "opened");
        replay.stepBack();
        replay.stepBack();
        assertModelMatchesTree(replay, "two steps back");
    }

    @Test
    void steppingOverAnEventThatChangesNothingDrawnKeepsTheSnapshot() {
        ReplayViewModel replay = Replays.of("mcts-overturned.trace.jsonl");
        List<TraceEvent> events = replay.documentProperty().get().events();
        int checked = 0;
        for (int p = events.size(); p > 0; p--) {
            TreeModel before = replay.treeModelProperty().get();
            TraceEvent undone = events.get(p - 1);
            replay.stepBack();
            if (!TraceCursor.changesModel(undone)) {
                assertSame(before, replay.treeModelProperty().get(), "stepping back over " + undone.type());
                checked++;
            }
        }
        assertEquals(true, checked > 0, "the sample has selections or other events that draw nothing");
    }

    @Test
    void patchingASnapshotThatWasAlreadyPatchedFromStillMatchesAFreshBuild() {
        ReplayViewModel replay = Replays.of("majority-wrong.trace.jsonl");
        List<TraceEvent> events = replay.documentProperty().get().events();
        org.reasoningexplorer.engine.trace.TraceTree tree = new org.reasoningexplorer.engine.trace.TraceTree();
        TreeModel base = TreeModel.from(tree, 0);
        TreeModel latest = base;
        for (TraceEvent e : events) {
            tree.apply(e);
            int[] every = java.util.stream.IntStream.range(0, tree.size()).toArray();
            // The newest snapshot carries the cluster counts on; an older one, patched again, counts afresh.
            TreeModel older = latest;
            latest = TreeModel.updated(latest, tree, tree.size(), every);
            assertSameModel(TreeModel.from(tree, tree.size()), latest, "patched step by step after " + e.type());
            assertSameModel(TreeModel.from(tree, tree.size()), TreeModel.updated(older, tree, tree.size(), every),
                    "patched again from the one before after " + e.type());
            assertSameModel(TreeModel.from(tree, tree.size()), TreeModel.updated(base, tree, tree.size(), every),
                    "patched from the first after " + e.type());
        }
    }

    private static void assertModelMatchesTree(ReplayViewModel replay, String where) {
        assertSameModel(TreeModel.from(replay.tree(), replay.tree().size()), replay.treeModelProperty().get(), where);
    }

    static void assertSameModel(TreeModel want, TreeModel got, String where) {
        assertEquals(want.size(), got.size(), where + ": size");
        assertEquals(want.maxDepth(), got.maxDepth(), where + ": max depth");
        assertEquals(want.maxVisits(), got.maxVisits(), where + ": max visits");
        assertEquals(want.clusterCount(), got.clusterCount(), where + ": clusters");
        assertEquals(want.answerNodeCount(), got.answerNodeCount(), where + ": answer nodes");
        for (int c = 0; c < want.clusterCount(); c++) {
            assertEquals(want.clusterAnswer(c), got.clusterAnswer(c), where + ": cluster " + c);
            assertEquals(want.isClusterCorrect(c), got.isClusterCorrect(c), where + ": cluster " + c + " correct");
        }
        for (int i = 0; i < want.size(); i++) {
            String at = where + ", node " + i;
            assertEquals(want.parent(i), got.parent(i), at + ": parent");
            assertEquals(want.subtreeSize(i), got.subtreeSize(i), at + ": subtree");
            assertEquals(want.firstChild(i), got.firstChild(i), at + ": first child");
            assertEquals(want.lastChild(i), got.lastChild(i), at + ": last child");
            assertEquals(want.nextSibling(i), got.nextSibling(i), at + ": next sibling");
            assertEquals(want.depth(i), got.depth(i), at + ": depth");
            assertEquals(Float.floatToIntBits(want.score(i)), Float.floatToIntBits(got.score(i)), at + ": score");
            assertEquals(want.visits(i), got.visits(i), at + ": visits");
            assertEquals(Float.floatToIntBits(want.meanQ(i)), Float.floatToIntBits(got.meanQ(i)), at + ": meanQ");
            assertEquals(want.status(i), got.status(i), at + ": status");
            assertEquals(want.flags(i), got.flags(i), at + ": flags");
            assertEquals(want.answerCluster(i), got.answerCluster(i), at + ": cluster");
            assertEquals(want.text(i), got.text(i), at + ": text");
        }
    }
}
