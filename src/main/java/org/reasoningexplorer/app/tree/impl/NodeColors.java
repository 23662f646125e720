package org.reasoningexplorer.app.tree.impl;

import org.reasoningexplorer.app.tree.ColorMode;
import org.reasoningexplorer.app.tree.TreeModel;

/**
 * Per-node colours as opaque ARGB ints, from lookup tables built once per palette, so a million nodes
 * are coloured without allocating. Not thread-safe: used on the FX thread.
 */
final class NodeColors {
    private static final int STEPS = 256;

    private final int[] scoreLut = new int[STEPS];
    private final int[] visitsLut = new int[STEPS];
    private final int[] clusters = new int[Swatch.CLUSTER_COLORS];
    private final int background;
    private final int neutral;
    private final int correct;
    private final int wrong;
    private final int leansCorrect;
    private final int leansWrong;
    private final int paletteRevision;
    private int[] byVisits;
    private int byVisitsMax;

    NodeColors(TreePalette p) {
        background = p.argb(Swatch.BACKGROUND);
        neutral = p.argb(Swatch.NODE);
        correct = p.argb(Swatch.CORRECT);
        wrong = p.argb(Swatch.WRONG);
        leansCorrect = blend(correct, neutral, 0.45);
        leansWrong = blend(wrong, neutral, 0.45);
        int low = p.argb(Swatch.SCORE_LOW);
        int mid = p.argb(Swatch.SCORE_MID);
        int high = p.argb(Swatch.SCORE_HIGH);
        for (int i = 0; i < STEPS; i++) {
            double t = i / (STEPS - 1.0);
            scoreLut[i] = t < 0.5 ? blend(low, mid, t * 2) : blend(mid, high, (t - 0.5) * 2);
            visitsLut[i] = blend(p.argb(Swatch.VISITS_LOW), p.argb(Swatch.VISITS_HIGH), t);
        }
        for (int c = 0; c < clusters.length; c++) {
            clusters[c] = p.argb(Swatch.cluster(c));
        }
        paletteRevision = p.revision();
    }

    int paletteRevision() {
        return paletteRevision;
    }

    /** The node's colour under a mode, before fading for pruned branches. */
    int color(TreeModel m, int v, ColorMode mode) {
        switch (mode) {
            case SCORE: {
                float s = m.score(v);
                return Float.isNaN(s) ? neutral : scoreLut[(int) (s * (STEPS - 1) + 0.5f)];
            }
            case VISITS: {
                int n = m.visits(v);
                if (n <= 0) {
                    return neutral;
                }
                if (byVisits == null || byVisitsMax != m.maxVisits()) {
                    byVisitsMax = m.maxVisits();
                    byVisits = new int[Math.min(byVisitsMax, 1 << 16) + 1];
                    for (int k = 1; k < byVisits.length; k++) {
                        byVisits[k] = visitsColor(k, byVisitsMax);
                    }
                }
                return n < byVisits.length ? byVisits[n] : visitsColor(n, byVisitsMax);
            }
            case CORRECTNESS: {
                byte f = m.flags(v);
                if ((f & TreeModel.CORRECT) != 0) {
                    return correct;
                }
                if ((f & TreeModel.WRONG) != 0) {
                    return wrong;
                }
                if ((f & TreeModel.LEADS_TO_CORRECT) != 0) {
                    return leansCorrect;
                }
                return (f & TreeModel.LEADS_TO_WRONG) != 0 ? leansWrong : neutral;
            }
            default: {
                int c = m.answerCluster(v);
                return c >= 0 ? clusters[c % clusters.length] : neutral;
            }
        }
    }

    /** Visits on a log scale up to the most visited node; small counts are looked up, as logs are slow. */
    private int visitsColor(int n, int max) {
        double t = Math.log1p(n) / Math.log1p(Math.max(1, max));
        return visitsLut[(int) (Math.min(1, t) * (STEPS - 1))];
    }

    /** The colour a pruned branch is drawn in: most of the way to the background. */
    int faded(int argb) {
        return blend(argb, background, 0.6);
    }

    int cluster(int c) {
        return clusters[Math.floorMod(c, clusters.length)];
    }

    /** {@code a} moved a fraction {@code t} of the way to {@code b}, channel by channel. */
    static int blend(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - t) + ((b >> 16) & 0xFF) * t);
        int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - t) + ((b >> 8) & 0xFF) * t);
        int bl = (int) Math.round((a & 0xFF) * (1 - t) + (b & 0xFF) * t);
        return 0xFF000000 | r << 16 | g << 8 | bl;
    }
}
