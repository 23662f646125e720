package org.reasoningexplorer.engine.lab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Contour lines of a function sampled on a rectilinear grid, by marching squares with linear
 * interpolation along cell edges. A corner counts as inside when its value is ≥ the level.
 * Saddle cells (diagonal corners alike, the others not) are resolved by the mean of the four
 * corners. Cells with a NaN corner are skipped. Segments are joined into polylines through the
 * edges they share, so each line is open (ends on the grid's border or a skipped cell) or closed
 * (first point repeated at the end).
 */
public final class IsoLines {
    /** One polyline at one level; x and y have equal lengths. */
    public record Line(double level, double[] x, double[] y) {
    }

    private final double[] xs;
    private final double[] ys;
    private final double[][] z;

    private IsoLines(double[] xs, double[] ys, double[][] z) {
        this.xs = xs;
        this.ys = ys;
        this.z = z;
    }

    /**
     * The polylines where z = level; z[i][j] is the value at (xs[j], ys[i]). The coordinates must
     * be strictly increasing, with at least two of each.
     */
    public static List<Line> extract(double[] xs, double[] ys, double[][] z, double level) {
        requireIncreasing("x", xs);
        requireIncreasing("y", ys);
        if (z.length != ys.length) {
            throw new IllegalArgumentException("z has " + z.length + " rows but there are " + ys.length + " y values");
        }
        for (int i = 0; i < z.length; i++) {
            if (z[i].length != xs.length) {
                throw new IllegalArgumentException("z row " + i + " has " + z[i].length + " values but there are "
                        + xs.length + " x values");
            }
        }
        if (!Double.isFinite(level)) {
            throw new IllegalArgumentException("the contour level must be a finite number but was " + level);
        }
        return new IsoLines(xs, ys, z).trace(level);
    }

    private List<Line> trace(double level) {
        List<int[]> segments = new ArrayList<>();
        for (int i = 0; i + 1 < ys.length; i++) {
            for (int j = 0; j + 1 < xs.length; j++) {
                cell(i, j, level, segments);
            }
        }
        Map<Integer, List<Integer>> byEdge = new HashMap<>();
        for (int s = 0; s < segments.size(); s++) {
            for (int e : segments.get(s)) {
                byEdge.computeIfAbsent(e, k -> new ArrayList<>(2)).add(s);
            }
        }
        boolean[] used = new boolean[segments.size()];
        List<Line> lines = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {  // open lines from their ends first, then closed loops
            for (int s = 0; s < segments.size(); s++) {
                for (int end = 0; end < 2 && !used[s]; end++) {
                    int edge = segments.get(s)[end];
                    if (pass == 1 || byEdge.get(edge).size() == 1) {
                        lines.add(walk(s, edge, segments, byEdge, used, level));
                    }
                }
            }
        }
        return lines;
    }

    private Line walk(int start, int fromEdge, List<int[]> segments, Map<Integer, List<Integer>> byEdge,
            boolean[] used, double level) {
        List<Integer> edges = new ArrayList<>();
        edges.add(fromEdge);
        int s = start;
        int edge = fromEdge;
        while (s >= 0 && !used[s]) {
            used[s] = true;
            int[] seg = segments.get(s);
            edge = seg[0] == edge ? seg[1] : seg[0];
            edges.add(edge);
            int next = -1;
            for (int t : byEdge.get(edge)) {
                if (!used[t]) {
                    next = t;
                }
            }
            s = next;
        }
        // A corner exactly at the level puts the crossings of its edges on one point: keep it once.
        double[] x = new double[edges.size()];
        double[] y = new double[edges.size()];
        int count = 0;
        for (int edgeId : edges) {
            double[] p = crossing(edgeId, level);
            if (count == 0 || p[0] != x[count - 1] || p[1] != y[count - 1]) {
                x[count] = p[0];
                y[count] = p[1];
                count++;
            }
        }
        return new Line(level, Arrays.copyOf(x, count), Arrays.copyOf(y, count));
    }

    /** Adds the cell's segments as pairs of edge ids. */
    private void cell(int i, int j, double level, List<int[]> segments) {
        double v00 = z[i][j];
        double v01 = z[i][j + 1];
        double v11 = z[i + 1][j + 1];
        double v10 = z[i + 1][j];
        if (Double.isNaN(v00) || Double.isNaN(v01) || Double.isNaN(v11) || Double.isNaN(v10)) {
            return;
        }
        boolean a = v00 >= level;
        boolean b = v01 >= level;
        boolean c = v11 >= level;
        boolean d = v10 >= level;
        int bottom = horizontal(i, j);
        int top = horizontal(i + 1, j);
        int left = vertical(i, j);
        int right = vertical(i, j + 1);
        if (a == c && b == d && a != b) {
            boolean centre = (v00 + v01 + v11 + v10) / 4 >= level;
            if (centre == a) {
                segments.add(new int[] {bottom, right});
                segments.add(new int[] {top, left});
            } else {
                segments.add(new int[] {left, bottom});
                segments.add(new int[] {right, top});
            }
            return;
        }
        List<Integer> cut = new ArrayList<>(2);
        if (a != b) {
            cut.add(bottom);
        }
        if (b != c) {
            cut.add(right);
        }
        if (c != d) {
            cut.add(top);
        }
        if (d != a) {
            cut.add(left);
        }
        if (cut.size() == 2) {
            segments.add(new int[] {cut.get(0), cut.get(1)});
        }
    }

    private int horizontal(int i, int j) {
        return i * (xs.length - 1) + j;
    }

    private int vertical(int i, int j) {
        return ys.length * (xs.length - 1) + i * xs.length + j;
    }

    /** Where the level crosses an edge, by linear interpolation between its two corners. */
    private double[] crossing(int edge, double level) {
        int horizontalEdges = ys.length * (xs.length - 1);
        int i0;
        int j0;
        int i1;
        int j1;
        if (edge < horizontalEdges) {
            i0 = edge / (xs.length - 1);
            j0 = edge % (xs.length - 1);
            i1 = i0;
            j1 = j0 + 1;
        } else {
            int v = edge - horizontalEdges;
            i0 = v / xs.length;
            j0 = v % xs.length;
            i1 = i0 + 1;
            j1 = j0;
        }
        double za = z[i0][j0];
        double zb = z[i1][j1];
        double t = za == zb ? 0.5 : (level - za) / (zb - za);
        return new double[] {xs[j0] + t * (xs[j1] - xs[j0]), ys[i0] + t * (ys[i1] - ys[i0])};
    }

    private static void requireIncreasing(String axis, double[] v) {
        if (v.length < 2) {
            throw new IllegalArgumentException("the " + axis + " axis needs at least 2 grid values but has " + v.length);
        }
        for (int k = 1; k < v.length; k++) {
            if (!(v[k] > v[k - 1])) {
                throw new IllegalArgumentException("the " + axis + " grid values must increase strictly, but value "
                        + k + " (" + v[k] + ") follows " + v[k - 1]);
            }
        }
    }
}
