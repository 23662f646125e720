package org.reasoningexplorer.engine.longcot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A long chain of thought (an R1-style {@code <think>} trace) read as steps: reflection moments
 * marked, language switches flagged, length statistics, and — where per-step values exist, such as
 * the accuracy of resampling from each step — the value curve with its largest rises ("aha"
 * moments) and falls (wrong turns).
 */
public final class LongChain {
    /** One step of the chain. {@code value} is NaN where none is known. */
    public record Step(int index, String text, List<Reflection.Marker> reflections, Languages.Language language, int tokens,
                       double value) {
    }

    /** Length statistics of the chain. */
    public record Stats(int steps, int tokens, int characters, double meanStepTokens, int medianStepTokens, int longestStepTokens,
                        Map<Reflection.Kind, Integer> reflections, double reflectionsPerThousandTokens) {
    }

    /** A notable change in the value curve: the step where it happened and by how much. */
    public record Turn(int step, double change) {
    }

    /** The analysed chain. {@code mixedLanguage}: it has mixed steps, or steps in more than one language. */
    public record Analysis(List<Step> steps, Stats stats, boolean mixedLanguage, List<Turn> ahaMoments, List<Turn> wrongTurns) {
    }

    private LongChain() {
    }

    /** Splits text into steps at blank lines (paragraphs), dropping empty ones. */
    public static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    /** Analyses the thinking of one chain, split into paragraphs. */
    public static Analysis analyse(String thinking) {
        List<String> steps = paragraphs(thinking);
        double[] none = new double[steps.size()];
        Arrays.fill(none, Double.NaN);
        return analyse(steps, none, 3);
    }

    /**
     * Analyses given steps with optional per-step values (NaN where unknown), reporting the
     * {@code top} largest rises and falls between consecutive known values.
     */
    public static Analysis analyse(List<String> texts, double[] values, int top) {
        if (values.length != texts.size()) {
            throw new IllegalArgumentException(values.length + " values for " + texts.size() + " steps; give one per step (NaN if unknown)");
        }
        List<Step> steps = new ArrayList<>();
        Map<Reflection.Kind, Integer> counts = new EnumMap<>(Reflection.Kind.class);
        for (Reflection.Kind k : Reflection.Kind.values()) {
            counts.put(k, 0);
        }
        int tokens = 0;
        int chars = 0;
        boolean zh = false;
        boolean en = false;
        boolean mixed = false;
        int[] lengths = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            List<Reflection.Marker> marks = Reflection.find(t);
            marks.forEach(m -> counts.merge(m.kind(), 1, Integer::sum));
            Languages.Language lang = Languages.of(t);
            zh |= lang == Languages.Language.CHINESE;
            en |= lang == Languages.Language.ENGLISH;
            mixed |= lang == Languages.Language.MIXED;
            lengths[i] = Languages.tokens(t);
            tokens += lengths[i];
            chars += t.length();
            steps.add(new Step(i, t, List.copyOf(marks), lang, lengths[i], values[i]));
        }
        int[] sorted = lengths.clone();
        Arrays.sort(sorted);
        int reflections = counts.values().stream().mapToInt(Integer::intValue).sum();
        Stats stats = new Stats(steps.size(), tokens, chars, steps.isEmpty() ? 0 : tokens / (double) steps.size(),
                sorted.length == 0 ? 0 : sorted[sorted.length / 2], sorted.length == 0 ? 0 : sorted[sorted.length - 1], counts,
                tokens == 0 ? 0 : 1000.0 * reflections / tokens);
        List<Turn> changes = new ArrayList<>();
        double previous = Double.NaN;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                if (!Double.isNaN(previous)) {
                    changes.add(new Turn(i, values[i] - previous));
                }
                previous = values[i];
            }
        }
        List<Turn> rises = new ArrayList<>(changes.stream().filter(c -> c.change() > 0).toList());
        rises.sort((a, b) -> Double.compare(b.change(), a.change()));
        List<Turn> falls = new ArrayList<>(changes.stream().filter(c -> c.change() < 0).toList());
        falls.sort((a, b) -> Double.compare(a.change(), b.change()));
        return new Analysis(steps, stats, mixed || (zh && en), rises.subList(0, Math.min(top, rises.size())),
                falls.subList(0, Math.min(top, falls.size())));
    }
}
