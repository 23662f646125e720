package org.reasoningexplorer.engine.reasoner.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.reasoningexplorer.engine.puzzle.Move;
import org.reasoningexplorer.engine.puzzle.Op;
import org.reasoningexplorer.engine.puzzle.Rational;
import org.reasoningexplorer.engine.puzzle.Rules;

/**
 * Plausible arithmetic mistakes. A product may land on a neighbouring times-table value
 * (8 × 7 → 48, 64, 49 or 63) or be off by one; other results are off by ±1 or ±2; a fraction's
 * numerator is off by one. The wrong value never equals the truth, is never negative, and under
 * Countdown rules is a whole number.
 */
final class Slips {
    private Slips() {
    }

    static Rational wrongValue(Move move, Rules rules, SplittableRandom rng) {
        List<Rational> options = options(move, rules);
        return options.get(rng.nextInt(options.size()));
    }

    static List<Rational> options(Move move, Rules rules) {
        Rational truth = move.result();
        List<Rational> raw = new ArrayList<>();
        if (!truth.isInteger()) {
            raw.add(Rational.of(truth.num() - 1, truth.den()));
            raw.add(Rational.of(truth.num() + 1, truth.den()));
        } else if (move.op() == Op.MUL && move.left().isInteger() && move.right().isInteger()) {
            raw.add(move.left().mul(move.right().sub(Rational.ONE)));
            raw.add(move.left().mul(move.right().add(Rational.ONE)));
            raw.add(move.left().sub(Rational.ONE).mul(move.right()));
            raw.add(move.left().add(Rational.ONE).mul(move.right()));
            raw.add(truth.sub(Rational.ONE));
            raw.add(truth.add(Rational.ONE));
        } else {
            for (int d : new int[] {-2, -1, 1, 2}) {
                raw.add(truth.add(Rational.of(d)));
            }
        }
        List<Rational> out = new ArrayList<>();
        for (Rational r : raw) {
            boolean legal = !r.equals(truth) && r.signum() >= 0 && (rules != Rules.COUNTDOWN || r.isInteger());
            if (legal && !out.contains(r)) {
                out.add(r);
            }
        }
        if (out.isEmpty()) {
            out.add(truth.add(Rational.ONE));
        }
        return out;
    }
}
