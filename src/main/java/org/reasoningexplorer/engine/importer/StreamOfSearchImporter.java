package org.reasoningexplorer.engine.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reasoningexplorer.engine.puzzle.Puzzle;

/**
 * Stream-of-Search Countdown data (kanishkg/stream-of-search, countdown_generate.py): per problem
 * the linear text of a depth- or breadth-first search, with dead ends and "Moving to Node"
 * backtracks. The text is replayed into a tree: every "Exploring Operation" creates a node (its id
 * is the "Generated Node #0,1,2" that follows, or the next child index for a final operation),
 * "Moving to Node" up or across gives a backtrack to the common ancestor, "unequal: No Solution"
 * prunes, and "equal: Goal Reached" is the answer the search chose.
 */
public final class StreamOfSearchImporter implements TraceImporter {
    static final String FORMAT = "Stream-of-Search Countdown data (a JSON list of problems, each with \"nums\", \"target\" "
            + "and the \"search_path\" text)";
    private static final String NOUN = "a Stream-of-Search problem record";
    private static final Pattern EXPLORE = Pattern.compile("Exploring Operation: (.*), Resulting Numbers: \\[(.*)\\]");
    private static final Pattern GENERATED = Pattern.compile("Generated Node #([\\d,]+): .*");
    private static final Pattern MOVE = Pattern.compile("Moving to Node #([\\d,]+)");
    private static final Pattern CHECK = Pattern.compile("(-?\\d+),(-?\\d+) (unequal: No Solution|equal: Goal Reached)");

    @Override
    public String id() {
        return "sos-countdown";
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean accepts(Sniff sniff) {
        return sniff.kind() == Sniff.Kind.JSON_LIST && sniff.firstHas("nums", "target", "search_path");
    }

    @Override
    public List<ImportedTrace> read(Path path) throws IOException {
        List<ImportedTrace> out = new ArrayList<>();
        JsonRecords.eachListElement(path, FORMAT, NOUN, "a JSON list of Stream-of-Search problem records",
                (record, at) -> out.add(convert(record, at, path)));
        return out;
    }

    private ImportedTrace convert(JsonNode record, At at, Path path) throws IOException {
        List<Integer> nums = new ArrayList<>();
        for (JsonNode n : at.array(record, "nums")) {
            nums.add(n.asInt());
        }
        int target = at.integer(record, "target");
        String text;
        try {
            text = Puzzle.countdown(nums, target).text();
        } catch (IllegalArgumentException outsideTheEnginesRange) {
            text = "Use " + nums + " and + − × ÷ to make " + target;
        }
        TraceBuilder b = new TraceBuilder();
        b.root(text);
        Replay replay = new Replay(b, target);
        String[] lines = at.text(record, "search_path").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            replay.line(lines[i].strip(), at.within("search_path line " + (i + 1)));
        }
        replay.end(at);
        JsonNode solution = At.optional(record, "solution");
        String gold = solution == null ? null : String.join(", ", JsonRecords.MAPPER.convertValue(solution, String[].class));
        Map<String, Object> problem = Headers.map("id", "countdown-" + at.record(), "text", text, "rules", "countdown",
                "numbers", nums, "target", target, "gold", gold);
        String searchType = At.optionalText(record, "search_type");
        Map<String, Object> options = Headers.map("source", "kanishkg/stream-of-search countdown_generate.py " + path.getFileName(),
                "searchType", searchType, "heuristic", At.optionalText(record, "heuristic"),
                "rating", At.optional(record, "rating") == null ? null : record.get("rating").asDouble(),
                "exploringLines", replay.explored);
        return b.build(Headers.of(problem, "sos-" + (searchType == null ? "search" : searchType), options,
                "stream-of-search generator (symbolic search)", Map.of(), List.of()), null);
    }

    /** Replays the search text line by line. */
    private static final class Replay {
        private final TraceBuilder b;
        private final int target;
        private final Map<String, Integer> nodes = new HashMap<>();
        private final Map<Integer, String> sosIds = new HashMap<>();
        private final Map<Integer, Integer> childCount = new HashMap<>();
        private final Map<Integer, String> operations = new HashMap<>();
        /** The node whose state the search is at. */
        private int position;
        /** The node visited last: the position, or the leaf just checked (a generated child is not visited). */
        private int last;
        private String pendingOperation;
        private String pendingNumbers;
        private boolean goal;
        private int explored;

        Replay(TraceBuilder b, int target) {
            this.b = b;
            this.target = target;
            nodes.put("0", 0);
            sosIds.put(0, "0");
        }

        void line(String line, At at) throws ImportException {
            Matcher m;
            if (line.isEmpty() || line.startsWith("Current State:") || line.startsWith("No solution found")) {
                requireNoPending(line, at);
                return;
            }
            if ((m = EXPLORE.matcher(line)).matches()) {
                requireNoPending(line, at);
                pendingOperation = m.group(1);
                pendingNumbers = m.group(2);
                explored++;
            } else if ((m = GENERATED.matcher(line)).matches()) {
                String id = m.group(1);
                int parent = parentOf(id, at);
                if (pendingOperation == null) {
                    throw at.error("\"Generated Node #" + id + "\" must follow an \"Exploring Operation\" line");
                }
                create(parent, id, false);
            } else if ((m = CHECK.matcher(line)).matches()) {
                if (pendingOperation == null) {
                    throw at.error("a goal check must follow an \"Exploring Operation\" line");
                }
                int leaf = create(position, sosIds.get(position) + "," + childCount.getOrDefault(position, 0), true);
                if (m.group(3).startsWith("equal")) {
                    boolean correct = Integer.parseInt(m.group(1)) == target;
                    String answer = path(leaf);
                    b.answer(leaf, answer, answer, correct);
                    b.choose(leaf, answer, correct, "Goal Reached");
                    goal = true;
                } else {
                    b.prune(leaf, line);
                }
                last = leaf;
            } else if ((m = MOVE.matcher(line)).matches()) {
                requireNoPending(line, at);
                Integer to = nodes.get(m.group(1));
                if (to == null) {
                    throw at.error("\"Moving to Node #" + m.group(1) + "\", which no earlier line created");
                }
                int common = commonAncestor(last, to);
                if (common != last) {
                    b.backtrack(last, common);
                }
                position = to;
                last = to;
            } else {
                throw at.error("unexpected line in a Stream-of-Search trace: " + JsonRecords.clip(line));
            }
        }

        private int create(int parent, String sosId, boolean leaf) {
            String op = pendingOperation;
            int id = b.node(parent, op + " (left: " + pendingNumbers.replace(",", "") + ")", 0, leaf);
            pendingOperation = null;
            nodes.put(sosId, id);
            sosIds.put(id, sosId);
            operations.put(id, op);
            int index = Integer.parseInt(sosId.substring(sosId.lastIndexOf(',') + 1));
            childCount.merge(parent, index + 1, Math::max);
            b.expand(parent, List.of(id));
            return id;
        }

        private int parentOf(String sosId, At at) throws ImportException {
            int comma = sosId.lastIndexOf(',');
            Integer parent = comma < 0 ? null : nodes.get(sosId.substring(0, comma));
            if (parent == null || parent != position) {
                throw at.error("\"Generated Node #" + sosId + "\" is not a child of the current node #" + sosIds.get(position));
            }
            return parent;
        }

        private void requireNoPending(String line, At at) throws ImportException {
            if (pendingOperation != null) {
                throw at.error("an \"Exploring Operation\" line must be followed by \"Generated Node\" or a goal check, found "
                        + JsonRecords.clip(line));
            }
        }

        private int commonAncestor(int a, int c) {
            int x = a;
            while (!b.isAncestor(x, c)) {
                x = b.parent(x);
            }
            return x;
        }

        /** The operations from the root to the node, e.g. "90+95=185, 11*185=2035, 2035/37=55". */
        private String path(int node) {
            List<String> ops = new ArrayList<>();
            for (int n = node; n > 0; n = b.parent(n)) {
                ops.add(0, operations.get(n));
            }
            return String.join(", ", ops);
        }

        void end(At at) throws ImportException {
            if (pendingOperation != null) {
                throw at.error("the search text ends right after an \"Exploring Operation\" line");
            }
            if (!goal) {
                b.choose(-1, null, false, "no solution found");
            }
        }
    }
}
