package org.reasoningexplorer.engine.longcot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reasoningexplorer.engine.shared.SharedData;

class LongChainTest {
    @Test
    void reflectionMomentsAreMarkedInEnglishAndChinese() {
        LongChain.Analysis a = LongChain.analyse("""
                48 in April, so 24 in May.

                Wait, let me double-check: half of 48 is 24. Yes.

                Alternatively, add them directly: 72.

                等等，我算错了。让我检查一下：48 + 24 = 72。""");
        assertEquals(4, a.steps().size());
        assertTrue(a.steps().get(0).reflections().isEmpty());
        assertEquals(List.of(Reflection.Kind.PAUSE, Reflection.Kind.CHECK),
                a.steps().get(1).reflections().stream().map(Reflection.Marker::kind).toList());
        assertEquals(Reflection.Kind.ALTERNATIVE, a.steps().get(2).reflections().get(0).kind());
        List<Reflection.Kind> zh = a.steps().get(3).reflections().stream().map(Reflection.Marker::kind).toList();
        assertTrue(zh.containsAll(List.of(Reflection.Kind.PAUSE, Reflection.Kind.CORRECTION, Reflection.Kind.CHECK)), zh.toString());
        assertEquals(Languages.Language.CHINESE, a.steps().get(3).language());
        assertTrue(a.mixedLanguage(), "English and Chinese steps in one chain");
        assertEquals(6, a.stats().reflections().values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void mathInAChineseStepDoesNotMakeItMixedButAnEnglishSentenceDoes() {
        assertEquals(Languages.Language.CHINESE, Languages.of("所以 x = \\frac{1}{2}，代入得 y = 3。"));
        assertEquals(Languages.Language.MIXED, Languages.of("所以答案是 72, because forty-eight plus twenty-four is seventy-two."));
        assertEquals(Languages.Language.ENGLISH, Languages.of("So the answer is 72."));
        assertFalse(LongChain.analyse("One.\n\nTwo.").mixedLanguage());
    }

    @Test
    void theValueCurveNamesItsLargestRiseAndFall() {
        LongChain.Analysis a = LongChain.analyse(List.of("a", "b", "c", "d", "e"), new double[] {0.5, 0.55, Double.NaN, 0.1, 0.9}, 1);
        assertEquals(4, a.ahaMoments().get(0).step());
        assertEquals(0.8, a.ahaMoments().get(0).change(), 1e-12);
        assertEquals(3, a.wrongTurns().get(0).step());
        assertEquals(-0.45, a.wrongTurns().get(0).change(), 1e-12);
    }

    private record Chunk(String text, List<String> tags, double accuracy) {
    }

    private static List<List<Chunk>> thoughtAnchors() throws IOException {
        Path root = SharedData.require("thought-anchors-r1distill/deepseek-r1-distill-qwen-14b");
        List<List<Chunk>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.getFileName().toString().equals("chunks_labeled.json")).sorted()::iterator) {
                List<Chunk> chunks = new ArrayList<>();
                for (JsonNode c : new ObjectMapper().readTree(f.toFile())) {
                    List<String> tags = new ArrayList<>();
                    c.path("function_tags").forEach(t -> tags.add(t.asText()));
                    chunks.add(new Chunk(c.path("chunk").asText(), tags, c.path("accuracy").asDouble(Double.NaN)));
                }
                out.add(chunks);
            }
        }
        return out;
    }

    @Test
    void onRealR1TracesReflectionMarkersConcentrateInChunksTaggedAsUncertaintyOrChecking() throws IOException {
        int tagged = 0;
        int taggedMarked = 0;
        int other = 0;
        int otherMarked = 0;
        int traces = 0;
        for (List<Chunk> chunks : thoughtAnchors()) {
            traces++;
            double[] values = chunks.stream().mapToDouble(Chunk::accuracy).toArray();
            LongChain.Analysis a = LongChain.analyse(chunks.stream().map(Chunk::text).toList(), values, 3);
            assertEquals(chunks.size(), a.steps().size());
            assertEquals(3, a.ahaMoments().size());
            for (int i = 0; i < chunks.size(); i++) {
                boolean reflective = chunks.get(i).tags().contains("uncertainty_management") || chunks.get(i).tags().contains("self_checking");
                boolean marked = !a.steps().get(i).reflections().isEmpty();
                if (reflective) {
                    tagged++;
                    taggedMarked += marked ? 1 : 0;
                } else {
                    other++;
                    otherMarked += marked ? 1 : 0;
                }
            }
        }
        assertEquals(20, traces);
        double inTagged = taggedMarked / (double) tagged;
        double inOther = otherMarked / (double) other;
        assertTrue(inTagged > 2 * inOther, String.format("markers in %.2f of reflective chunks vs %.2f of others", inTagged, inOther));
    }
}
