package org.reasoningexplorer.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TraceCodecTest {

    @Test
    void everyEventTypeRoundTripsThroughOneLine() {
        for (TraceEvent e : TraceSamples.oneOfEach()) {
            String line = TraceCodec.encode(e);
            assertFalse(line.contains("\n"), "one line per event: " + line);
            assertTrue(line.startsWith("{\"ev\":\"" + e.type() + "\","), line);
            assertEquals(e, TraceCodec.decode(line), line);
        }
    }

    @Test
    void nodeLineUsesShortNamesAndLeavesOutUnknownPrior() {
        var node = new TraceEvent.NodeCreated(3, 1, "00000000000000ab", "8 × 3 = 24 (left: 1 4 24)", 0.31, 12, false);
        assertEquals("{\"ev\":\"node\",\"id\":3,\"parent\":1,\"key\":\"00000000000000ab\",\"text\":\"8 × 3 = 24 (left: 1 4 24)\","
                + "\"p\":0.31,\"tokens\":12,\"terminal\":false}", TraceCodec.encode(node));
        var root = new TraceEvent.NodeCreated(0, -1, "0000000000000000", "q", Double.NaN, 0, false);
        assertFalse(TraceCodec.encode(root).contains("\"p\""), TraceCodec.encode(root));
        assertTrue(Double.isNaN(((TraceEvent.NodeCreated) TraceCodec.decode(TraceCodec.encode(root))).prior()));
    }

    @Test
    void scoreLineUsesKindTagAndLeavesOutUnknownTruthAndEmptyJudgements() {
        String line = TraceCodec.encode(new TraceEvent.Scored(4, "orm", ScoreKind.AGGREGATE, 0.5, Double.NaN, 1, List.of()));
        assertEquals("{\"ev\":\"score\",\"node\":4,\"verifier\":\"orm\",\"kind\":\"aggregate\",\"value\":0.5,\"calls\":1}", line);
    }

    @Test
    void endLineCarriesComputeAsAnObject() {
        String line = TraceCodec.encode(new TraceEvent.Ended("budget", new Compute(3, 40, 2), null));
        assertEquals("{\"ev\":\"end\",\"status\":\"budget\",\"compute\":{\"steps\":3,\"tokens\":40,\"verifierCalls\":2}}", line);
    }

    @Test
    void doublesRoundTripBitForBit() {
        double[] values = {0.1 + 0.2, 1e-300, -0.0, 0.0, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 1.0 / 3.0,
            Math.PI, 1e23, 9007199254740993.0, -123456.789e-200, 2.2250738585072011e-308, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NaN, 4.35, 0.30000000000000004, 5e-324};
        for (double v : values) {
            var vote = new TraceEvent.VoteCast(1, "a", v, 1, v);
            var back = (TraceEvent.VoteCast) TraceCodec.decode(TraceCodec.encode(vote));
            assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(back.weight()), "weight " + v);
            assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(back.totalWeight()), "total " + v);
            var bp = new TraceEvent.Backpropagated(List.of(0), v, List.of(1), List.of(v));
            var bpBack = (TraceEvent.Backpropagated) TraceCodec.decode(TraceCodec.encode(bp));
            assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(bpBack.means().get(0)), "mean " + v);
        }
    }

    @Test
    void writesShortestDecimalForDoubles() {
        String line = TraceCodec.encode(new TraceEvent.Backpropagated(List.of(0), 0.1 + 0.2, List.of(1), List.of(0.1, -0.0)));
        assertEquals("{\"ev\":\"backprop\",\"path\":[0],\"value\":0.30000000000000004,\"visits\":[1],\"means\":[0.1,-0.0]}", line);
    }

    @Test
    void nonFiniteNumbersTravelAsStrings() {
        String line = TraceCodec.encode(new TraceEvent.Simulated(2, List.of(), 0, Double.NaN, null));
        assertTrue(line.contains("\"value\":\"NaN\""), line);
        var back = (TraceEvent.Simulated) TraceCodec.decode(line);
        assertTrue(Double.isNaN(back.value()));
    }

    @Test
    void unicodeQuotesNewlinesAndBackslashesRoundTrip() {
        String text = "8 × 3 − 1 ÷ 2 “smart” \"plain\" \\ back\nnew\ttab 二十四点 😀 \u0000 \u2028";
        var node = new TraceEvent.NodeCreated(1, 0, "k", text, 0.5, 1, false);
        String line = TraceCodec.encode(node);
        assertFalse(line.contains("\n"), line);
        assertEquals(node, TraceCodec.decode(line));
    }

    @Test
    void unknownFieldsOfKnownEventsAreIgnored() {
        var e = TraceCodec.decode("{\"ev\":\"expand\",\"node\":2,\"future\":{\"a\":[1,{\"b\":null}]},\"children\":[3,4],\"x\":\"y\"}");
        assertEquals(new TraceEvent.Expanded(2, List.of(3, 4)), e);
    }

    @Test
    void reservedLanguageModelFieldsOnNodesAreAcceptedAndIgnored() {
        var e = TraceCodec.decode("{\"ev\":\"node\",\"id\":1,\"parent\":0,\"key\":\"k\",\"text\":\"t\",\"tokens\":5,\"terminal\":false,"
                + "\"usage\":{\"prompt\":120,\"completion\":5},\"logprobs\":[-0.1,-2.5],\"reasoning\":\"think…\"}");
        assertEquals(new TraceEvent.NodeCreated(1, 0, "k", "t", Double.NaN, 5, false), e);
    }

    @Test
    void eventTagNeedNotComeFirstInHandEditedLines() {
        var e = TraceCodec.decode("{\"from\":3,\"to\":1,\"ev\":\"backtrack\"}");
        assertEquals(new TraceEvent.Backtracked(3, 1), e);
    }

    @Test
    void unknownEventTypeIsKeptVerbatimAndWrittenBackTheSame() {
        String line = "{\"ev\":\"hint\",\"node\":3,\"text\":\"try 8 / (3 - 8 / 3)\",\"weights\":[0.5,1],\"meta\":{\"z\":1,\"a\":true}}";
        TraceEvent e = TraceCodec.decode(line);
        var u = assertInstanceOf(TraceEvent.Unknown.class, e);
        assertEquals("hint", u.type());
        assertEquals(List.of("node", "text", "weights", "meta"), List.copyOf(u.fields().keySet()));
        assertEquals(List.of(0.5, 1), u.fields().get("weights"));
        assertEquals(line, TraceCodec.encode(u));
    }

    @Test
    void missingFieldIsNamed() {
        var ex = assertThrows(TraceFormatException.class,
                () -> TraceCodec.decode("{\"ev\":\"backprop\",\"value\":1.0,\"visits\":[1],\"means\":[1.0]}"));
        assertEquals("event \"backprop\" lacks field \"path\"", ex.getMessage());
    }

    @Test
    void wrongTypeNamesFieldExpectedAndFound() {
        var ex = assertThrows(TraceFormatException.class, () -> TraceCodec.decode(
                "{\"ev\":\"node\",\"id\":\"three\",\"parent\":0,\"key\":\"k\",\"text\":\"t\",\"tokens\":1,\"terminal\":false}"));
        assertEquals("event \"node\" field \"id\" must be a 32-bit integer, found a string \"three\"", ex.getMessage());
        var list = assertThrows(TraceFormatException.class, () -> TraceCodec.decode("{\"ev\":\"select\",\"path\":[0,1.5]}"));
        assertEquals("event \"select\" field \"path\" must be an array of 32-bit integers, found the number 1.5 at index 1",
                list.getMessage());
        var kind = assertThrows(TraceFormatException.class, () -> TraceCodec.decode(
                "{\"ev\":\"score\",\"node\":1,\"verifier\":\"v\",\"kind\":\"vibes\",\"value\":1,\"calls\":1}"));
        assertTrue(kind.getMessage().contains("unknown score kind 'vibes'"), kind.getMessage());
    }

    @Test
    void nonObjectsAndObjectsWithoutTagAreRejected() {
        assertTrue(assertThrows(TraceFormatException.class, () -> TraceCodec.decode("[1,2]")).getMessage()
                .contains("expected a JSON object holding one event, found an array"));
        assertTrue(assertThrows(TraceFormatException.class, () -> TraceCodec.decode("{\"node\":1}")).getMessage()
                .contains("without \"ev\""));
        assertTrue(assertThrows(TraceFormatException.class, () -> TraceCodec.decode("{\"ev\":7}")).getMessage()
                .contains("field \"ev\" must be a string"));
        assertTrue(assertThrows(TraceFormatException.class, () -> TraceCodec.decode("{\"ev\":\"backtrack\",\"from\":1,\"to\":0} {}"))
                .getMessage().contains("one event per line"));
    }

    @Test
    void brokenJsonIsReportedAsSyntaxError() {
        var ex = assertThrows(TraceFormatException.class, () -> TraceCodec.decode("{\"ev\":\"backtrack\",\"from\":1,,}"));
        assertTrue(ex.isJsonSyntaxError());
        assertTrue(ex.getMessage().startsWith("not valid JSON: "), ex.getMessage());
    }

    @Test
    void headerRoundTripsWithKeyOrderAndFork() {
        TraceHeader h = TraceSamples.header();
        Map<String, Object> fork = new LinkedHashMap<>();
        fork.put("trace", "run-1.trace.jsonl");
        fork.put("event", 57);
        TraceHeader forked = new TraceHeader(h.format(), h.version(), h.problem(), h.strategy(), h.backend(), h.verifiers(),
                h.seed(), fork);
        for (TraceHeader header : List.of(h, forked)) {
            String line = TraceCodec.encodeHeader(header);
            assertTrue(line.startsWith("{\"format\":\"reasoning-explorer-trace\",\"version\":\"" + TraceHeader.VERSION + "\",\"problem\":{\"id\""), line);
            TraceHeader back = TraceCodec.decodeHeader(line);
            assertEquals(header, back);
            assertEquals(List.copyOf(header.problem().keySet()), List.copyOf(back.problem().keySet()));
        }
    }

    @Test
    void headerOfAnotherMajorVersionCannotBeWritten() {
        TraceHeader h = TraceSamples.header();
        var v2 = new TraceHeader(h.format(), "2.0", h.problem(), h.strategy(), h.backend(), h.verifiers(), 1, null);
        assertThrows(IllegalArgumentException.class, () -> TraceCodec.encodeHeader(v2));
    }
}
