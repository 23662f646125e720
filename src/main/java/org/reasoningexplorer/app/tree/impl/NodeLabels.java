package org.reasoningexplorer.app.tree.impl;

import org.reasoningexplorer.app.tree.TreeModel;

/** The words shown for a node: short labels, the stats line, answer marks and the default tooltip. */
public final class NodeLabels {
    private static final int SHORT_CHARS = 12;

    private NodeLabels() {
    }

    /** N and Q for MCTS trees, else the first dozen characters of the step. */
    static String shortLabel(TreeModel m, int v) {
        String mark = answerMark(m, v);
        String body;
        if (m.hasVisits()) {
            body = Float.isNaN(m.meanQ(v)) ? "N" + m.visits(v) : "N" + m.visits(v) + " Q" + shortDecimal(m.meanQ(v));
        } else {
            String t = m.text(v).strip();
            body = t.length() <= SHORT_CHARS ? t : t.substring(0, SHORT_CHARS).stripTrailing() + "…";
        }
        return mark.isEmpty() ? body : mark + " " + body;
    }

    /** "✓" for a correct answer, "✗" for a wrong one, else empty. */
    static String answerMark(TreeModel m, int v) {
        if (m.hasFlag(v, TreeModel.CORRECT)) {
            return "✓";
        }
        return m.hasFlag(v, TreeModel.WRONG) ? "✗" : "";
    }

    /** The node's numbers on one line, e.g. "score 0.82 · N 31 · Q 0.42"; empty when it has none. */
    static String stats(TreeModel m, int v) {
        StringBuilder sb = new StringBuilder();
        boolean scoreIsQ = m.visits(v) > 0 && m.score(v) == Math.max(0, Math.min(1, m.meanQ(v)));
        if (!Float.isNaN(m.score(v)) && !scoreIsQ) {
            sb.append("score ").append(decimal(m.score(v)));
        }
        if (m.visits(v) > 0) {
            sb.append(sb.length() > 0 ? " · " : "").append("N ").append(m.visits(v));
            if (!Float.isNaN(m.meanQ(v))) {
                sb.append(" · Q ").append(decimal(m.meanQ(v)));
            }
        }
        return sb.toString();
    }

    /** The default tooltip: the full step text, then its numbers and status. */
    public static String tooltip(TreeModel m, int v) {
        StringBuilder sb = new StringBuilder(m.text(v));
        String stats = stats(m, v);
        if (!stats.isEmpty()) {
            sb.append('\n').append(stats);
        }
        if (m.answerCluster(v) >= 0 && m.clusterAnswer(m.answerCluster(v)) != null) {
            sb.append("\nanswer ").append(m.clusterAnswer(m.answerCluster(v)));
        }
        String mark = answerMark(m, v);
        if (!mark.isEmpty()) {
            sb.append('\n').append(mark).append(m.hasFlag(v, TreeModel.CORRECT) ? " correct answer" : " wrong answer");
        }
        if (m.status(v) == TreeModel.PRUNED) {
            sb.append("\npruned");
        } else if (m.status(v) == TreeModel.KEPT) {
            sb.append("\nkept in the beam");
        }
        sb.append("\nnode ").append(v).append(" · depth ").append(m.depth(v));
        if (m.firstChild(v) >= 0) {
            sb.append(" · ").append(m.subtreeSize(v) - 1).append(" below");
        }
        return sb.toString();
    }

    /** Two decimals without the leading zero, e.g. .42, or 1 and 0 at the ends. */
    static String shortDecimal(double x) {
        String s = decimal(x);
        if (s.endsWith(".00")) {
            return s.substring(0, s.length() - 3);
        }
        return s.startsWith("0.") ? s.substring(1) : s.startsWith("-0.") ? "-" + s.substring(2) : s;
    }

    /** Two decimals, e.g. 0.42 or 1.00. */
    static String decimal(double x) {
        long hundredths = Math.round(x * 100);
        String sign = hundredths < 0 ? "-" : "";
        hundredths = Math.abs(hundredths);
        long frac = hundredths % 100;
        return sign + hundredths / 100 + "." + (frac < 10 ? "0" : "") + frac;
    }
}
