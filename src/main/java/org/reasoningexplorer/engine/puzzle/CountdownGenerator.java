package org.reasoningexplorer.engine.puzzle;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.reasoningexplorer.engine.random.KeyedRandom;

/**
 * Seeded generator of solvable Countdown puzzles in the Stream-of-Search style: a target drawn
 * uniformly from [minTarget, maxTarget], then numbers drawn uniformly from 1 to maxTarget − 1
 * until the exact solver finds a solution (SoS defaults: 4 numbers, targets 10..100, numbers
 * 1..99). Puzzle {@code i} depends only on the seed and {@code i}, so sweeps can take any slice.
 */
public final class CountdownGenerator {
    /** Draws of numbers tried for one puzzle before giving up. */
    static final int MAX_ATTEMPTS = 100_000;

    private final long seed;
    private final int size;
    private final int minTarget;
    private final int maxTarget;
    private final Solver solver = new Solver();

    /** The SoS setting: 4 numbers from 1..99 and a target from 10..100. */
    public CountdownGenerator(long seed) {
        this(seed, 4, 10, 100);
    }

    /** A generator of {@code size} numbers from 1..maxTarget−1 and targets from minTarget..maxTarget. */
    public CountdownGenerator(long seed, int size, int minTarget, int maxTarget) {
        if (size < Puzzle.MIN_NUMBERS || size > Puzzle.MAX_NUMBERS) {
            throw new IllegalArgumentException("size must be " + Puzzle.MIN_NUMBERS + ".." + Puzzle.MAX_NUMBERS
                    + ", got " + size);
        }
        if (minTarget < 0 || maxTarget < 2 || minTarget > maxTarget || maxTarget > 10_000) {
            throw new IllegalArgumentException("targets must satisfy 0 <= minTarget <= maxTarget <= 10000"
                    + " and maxTarget >= 2, got minTarget=" + minTarget + ", maxTarget=" + maxTarget);
        }
        this.seed = seed;
        this.size = size;
        this.minTarget = minTarget;
        this.maxTarget = maxTarget;
    }

    /** The {@code index}-th puzzle of this seed (index >= 0). */
    public Puzzle puzzle(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("puzzle index must be >= 0, got " + index);
        }
        SplittableRandom rng = KeyedRandom.stream(seed, index, "countdown-generator");
        int target = minTarget + rng.nextInt(maxTarget - minTarget + 1);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            List<Integer> numbers = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                numbers.add(1 + rng.nextInt(maxTarget - 1));
            }
            Puzzle p = Puzzle.countdown(numbers, target);
            if (solver.isSolvable(p)) {
                return p;
            }
        }
        throw new IllegalStateException("no solvable puzzle with target " + target + " after " + MAX_ATTEMPTS
                + " draws (size " + size + ", numbers 1.." + (maxTarget - 1) + ")");
    }

    /** Puzzles 0 .. count−1. */
    public List<Puzzle> first(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
        List<Puzzle> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(puzzle(i));
        }
        return out;
    }
}
