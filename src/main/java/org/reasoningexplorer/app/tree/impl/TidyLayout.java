package org.reasoningexplorer.app.tree.impl;

import java.util.Arrays;
import java.util.BitSet;
import org.reasoningexplorer.app.tree.TreeModel;

/**
 * Buchheim–Jünger–Leipert (2002) tidy tree layout in linear time, without recursion.
 *
 * <p>Walker's two walks are run as plain loops over ids: because every parent id is smaller than its
 * children's, descending ids visit children before parents (the first walk) and ascending ids visit
 * parents before children (the second walk), so a 5,000-deep chain needs no stack at all. The one
 * sibling-dependent part of the first walk (placing a node next to its left sibling) is done by the
 * parent, child by child, interleaved with apportion, which keeps the paper's order of operations.
 */
public final class TidyLayout {
    private final double siblingGap;
    private final double subtreeGap;
    private final double levelGap;

    private TreeModel model;
    private BitSet collapsed;
    private boolean[] shown;
    private double[] prelim;
    private double[] mod;
    private double[] shift;
    private double[] change;
    private int[] thread;
    /** Each node's last child (children are in id order), only while laying out. */
    private int[] lastChild;
    private int[] ancestor;
    private int[] number;

    /**
     * @param siblingGap the distance between adjacent siblings
     * @param subtreeGap the least distance between neighbouring nodes of different parents
     * @param levelGap the distance from one depth to the next
     */
    public TidyLayout(double siblingGap, double subtreeGap, double levelGap) {
        if (!(siblingGap > 0) || !(subtreeGap > 0) || !(levelGap > 0)) {
            throw new IllegalArgumentException("gaps must be positive: siblingGap " + siblingGap
                    + ", subtreeGap " + subtreeGap + ", levelGap " + levelGap);
        }
        this.siblingGap = siblingGap;
        this.subtreeGap = subtreeGap;
        this.levelGap = levelGap;
    }

    /** Lays out one gap per sibling slot and one per level. */
    public TidyLayout() {
        this(1, 1, 1);
    }

    /** Lays out the model; descendants of nodes in {@code collapsed} (may be null) are hidden and take no space. */
    public TreeLayout layout(TreeModel tree, BitSet collapsedNodes) {
        int n = tree.size();
        if (n == 0) {
            return new TreeLayout(tree, new float[0], 0, -1, 0, levelGap);
        }
        model = tree;
        collapsed = collapsedNodes != null ? collapsedNodes : new BitSet();
        allocate(n);
        int shownCount = markShown(n);
        firstWalk(n);
        TreeLayout result = secondWalk(n, shownCount);
        model = null;
        collapsed = null;
        shown = null;
        prelim = mod = shift = change = null;
        thread = ancestor = number = lastChild = null;
        return result;
    }

    private void allocate(int n) {
        shown = new boolean[n];
        prelim = new double[n];
        mod = new double[n];
        shift = new double[n];
        change = new double[n];
        thread = new int[n];
        ancestor = new int[n];
        number = new int[n];
        lastChild = new int[n];
        Arrays.fill(thread, -1);
        for (int i = 0; i < n; i++) {
            ancestor[i] = i;
        }
    }

    private int markShown(int n) {
        shown[0] = true;
        int count = 1;
        for (int i = 1; i < n; i++) {
            int p = model.parent(i);
            lastChild[p] = i;
            shown[i] = shown[p] && !collapsed.get(p);
            count += shown[i] ? 1 : 0;
        }
        return count;
    }

    /** Whether a shown node shows children: it has some and is not collapsed. */
    private boolean isOpen(int v) {
        return model.firstChild(v) >= 0 && !collapsed.get(v);
    }

    private void firstWalk(int n) {
        int[] kids = new int[16];
        for (int v = n - 1; v >= 0; v--) {
            if (!shown[v] || !isOpen(v)) {
                continue;
            }
            int k = 0;
            for (int c = model.firstChild(v); c >= 0; c = model.nextSibling(c)) {
                if (k == kids.length) {
                    kids = Arrays.copyOf(kids, k * 2);
                }
                kids[k++] = c;
                number[c] = k;
            }
            int defaultAncestor = kids[0];
            for (int j = 0; j < k; j++) {
                int left = j > 0 ? kids[j - 1] : -1;
                place(kids[j], left);
                defaultAncestor = apportion(kids[j], left, kids[0], defaultAncestor);
            }
            executeShifts(kids, k);
            prelim[v] = (prelim[kids[0]] + prelim[kids[k - 1]]) / 2;
        }
    }

    /** Puts a node next to its left sibling; an inner node's prelim holds its children's midpoint until now. */
    private void place(int w, int left) {
        if (isOpen(w)) {
            double mid = prelim[w];
            if (left >= 0) {
                prelim[w] = prelim[left] + siblingGap;
                mod[w] = prelim[w] - mid;
            }
        } else {
            prelim[w] = left >= 0 ? prelim[left] + siblingGap : 0;
        }
    }

    private int nextLeft(int v) {
        return isOpen(v) ? model.firstChild(v) : thread[v];
    }

    private int nextRight(int v) {
        return isOpen(v) ? lastChild[v] : thread[v];
    }

    private int apportion(int v, int leftSibling, int leftmost, int defaultAncestor) {
        if (leftSibling < 0) {
            return defaultAncestor;
        }
        int vip = v;
        int vop = v;
        int vim = leftSibling;
        int vom = leftmost;
        double sip = mod[vip];
        double sop = mod[vop];
        double sim = mod[vim];
        double som = mod[vom];
        int right = nextRight(vim);
        int left = nextLeft(vip);
        while (right >= 0 && left >= 0) {
            vim = right;
            vip = left;
            vom = nextLeft(vom);
            vop = nextRight(vop);
            ancestor[vop] = v;
            double gap = (prelim[vim] + sim) - (prelim[vip] + sip) + subtreeGap;
            if (gap > 0) {
                moveSubtree(ancestorOf(vim, v, defaultAncestor), v, gap);
                sip += gap;
                sop += gap;
            }
            sim += mod[vim];
            sip += mod[vip];
            som += mod[vom];
            sop += mod[vop];
            right = nextRight(vim);
            left = nextLeft(vip);
        }
        if (right >= 0 && nextRight(vop) < 0) {
            thread[vop] = right;
            mod[vop] += sim - sop;
        }
        if (left >= 0 && nextLeft(vom) < 0) {
            thread[vom] = left;
            mod[vom] += sip - som;
            defaultAncestor = v;
        }
        return defaultAncestor;
    }

    private int ancestorOf(int vim, int v, int defaultAncestor) {
        int a = ancestor[vim];
        return model.parent(a) == model.parent(v) ? a : defaultAncestor;
    }

    private void moveSubtree(int wm, int wp, double amount) {
        double perSubtree = amount / (number[wp] - number[wm]);
        change[wp] -= perSubtree;
        shift[wp] += amount;
        change[wm] += perSubtree;
        prelim[wp] += amount;
        mod[wp] += amount;
    }

    private void executeShifts(int[] kids, int k) {
        double total = 0;
        double rate = 0;
        for (int j = k - 1; j >= 0; j--) {
            int w = kids[j];
            prelim[w] += total;
            mod[w] += total;
            rate += change[w];
            total += shift[w] + rate;
        }
    }

    private TreeLayout secondWalk(int n, int shownCount) {
        double[] modSum = shift;
        double[] x = prelim;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int deepest = 0;
        // The walk's numbering is done with: it holds the depths now.
        int[] depth = number;
        depth[0] = 0;
        modSum[0] = 0;
        for (int i = 0; i < n; i++) {
            if (!shown[i]) {
                x[i] = Double.NaN;
                continue;
            }
            if (i > 0) {
                int p = model.parent(i);
                modSum[i] = modSum[p] + mod[p];
                depth[i] = depth[p] + 1;
            }
            x[i] = prelim[i] + modSum[i];
            int d = depth[i];
            min = Math.min(min, x[i]);
            max = Math.max(max, x[i]);
            deepest = Math.max(deepest, d);
        }
        float[] fx = new float[n];
        for (int i = 0; i < n; i++) {
            fx[i] = (float) (x[i] - min);
        }
        return new TreeLayout(model, fx, shownCount, deepest, max - min, levelGap);
    }
}
