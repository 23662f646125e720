package org.reasoningexplorer.engine.puzzle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CountdownRulesTest {
    private static final Pattern OPERATION = Pattern.compile("(\\d+)([-+*/])(\\d+)=(\\d+)");

    private static JsonNode rows() throws IOException {
        return new ObjectMapper().readTree(SharedData.require(
                "stream-of-search-countdown/generated_train_seed4_n50_b4_t100_random.json").toFile());
    }

    private static Puzzle puzzle(JsonNode row) {
        List<Integer> nums = new ArrayList<>();
        row.get("nums").forEach(n -> nums.add(n.asInt()));
        return Puzzle.countdown(nums, row.get("target").asInt());
    }

    @Test
    void everyStreamOfSearchRowIsSolvableUnderCountdownRules() throws IOException {
        Solver solver = new Solver();
        JsonNode rows = rows();
        assertEquals(50, rows.size());
        for (JsonNode row : rows) {
            Puzzle p = puzzle(row);
            assertTrue(solver.isSolvable(p), p.id());
            assertTrue(solver.solutions(p).count() > 0, p.id());
        }
    }

    @Test
    void everyStreamOfSearchSolutionReplaysAsLegalCountdownMoves() throws IOException {
        for (JsonNode row : rows()) {
            Puzzle p = puzzle(row);
            List<Rational> left = new ArrayList<>(p.values());
            for (JsonNode op : row.get("solution")) {
                Matcher m = OPERATION.matcher(op.asText());
                assertTrue(m.matches(), op.asText());
                Rational a = Rational.of(Long.parseLong(m.group(1)));
                Rational b = Rational.of(Long.parseLong(m.group(3)));
                Op o = Op.ofSymbol(m.group(2).charAt(0));
                Rational written = Rational.of(Long.parseLong(m.group(4)));
                assertTrue(left.remove(a), op.asText() + " uses " + a + " not in " + left);
                assertTrue(left.remove(b), op.asText() + " uses " + b + " not in " + left);
                assertTrue(Rules.COUNTDOWN.allows(o, a, b), op.asText() + " is not a legal Countdown move");
                assertEquals(o.apply(a, b), written, op.asText());
                left.add(written);
            }
            assertEquals(List.of(p.targetValue()), left, p.id());
        }
    }

    @Test
    void countdownMovesFollowStreamOfSearch() {
        List<Move> moves = Rules.COUNTDOWN.moves(Rational.of(3), Rational.of(12));
        assertEquals(List.of("12 + 3 = 15", "12 × 3 = 36", "12 − 3 = 9", "12 ÷ 3 = 4"),
                moves.stream().map(Move::equation).toList());
        assertEquals(3, Rules.COUNTDOWN.moves(Rational.of(5), Rational.of(7)).size(), "no inexact division");
        assertEquals(3, Rules.COUNTDOWN.moves(Rational.of(0), Rational.of(7)).size(), "no division by zero");
        assertEquals(List.of("5 + 5 = 10", "5 × 5 = 25", "5 − 5 = 0", "5 ÷ 5 = 1"),
                Rules.COUNTDOWN.moves(Rational.of(5), Rational.of(5)).stream().map(Move::equation).toList());
    }

    @Test
    void game24MovesAllowFractionsInBothDirectionsButNoNegativeDifference() {
        assertEquals(List.of("8 + 3 = 11", "8 × 3 = 24", "8 − 3 = 5", "8 ÷ 3 = 8/3", "3 ÷ 8 = 3/8"),
                Rules.GAME24.moves(Rational.of(3), Rational.of(8)).stream().map(Move::equation).toList());
        assertTrue(Rules.GAME24.allows(Op.MUL, Rational.of(3), Rational.of(8)), "× may be written either way");
        assertTrue(!Rules.GAME24.allows(Op.SUB, Rational.of(3), Rational.of(8)));
    }
}
