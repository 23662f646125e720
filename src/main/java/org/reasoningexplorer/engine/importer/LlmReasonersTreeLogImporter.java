package org.reasoningexplorer.engine.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reasoningexplorer.engine.trace.ScoreKind;

/**
 * llm-reasoners tree logs (maitrix-org/llm-reasoners, reasoners/visualization: {@code TreeLog}
 * written with {@code TreeLogEncoder}): {@code {"logs": [snapshot, …]}}, one snapshot of the search
 * tree per MCTS iteration, each {@code {"nodes": {id: {id, data, selected_edge}}, "edges": {id:
 * {id, source, target, data}}}} with the edge's {@code Q} in its data. Nodes are created in the
 * snapshot where they first appear, a Q that changes becomes a VALUE score, and each snapshot's path
 * of selected edges (the highest Q) becomes a "select" event. The log does not say which answer is
 * right, so nothing is chosen.
 */
public final class LlmReasonersTreeLogImporter implements TraceImporter {
    static final String FORMAT = "an llm-reasoners tree log (a JSON object {\"logs\": [{\"nodes\": {…}, \"edges\": {…}}, …]})";
    private static final String NOUN = "an llm-reasoners tree snapshot";

    @Override
    public String id() {
        return "llm-reasoners";
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean accepts(Sniff sniff) {
        if (!sniff.firstHas("logs") || !sniff.first().get("logs").isArray()) {
            return false;
        }
        JsonNode logs = sniff.first().get("logs");
        return logs.isEmpty() || logs.get(0).has("nodes") && logs.get(0).has("edges");
    }

    @Override
    public List<ImportedTrace> read(Path path) throws IOException {
        JsonNode root = JsonRecords.readObject(path, FORMAT, FORMAT);
        At top = new At(path, FORMAT, NOUN, 0, 0);
        JsonNode logs = top.array(root, "logs");
        if (logs.isEmpty()) {
            throw top.error("\"logs\" is empty: the tree log holds no snapshot");
        }
        TraceBuilder b = new TraceBuilder();
        Map<Integer, Integer> ids = new HashMap<>();
        Map<Integer, Double> lastQ = new HashMap<>();
        String rootText = null;
        for (int k = 0; k < logs.size(); k++) {
            At at = new At(path, FORMAT, NOUN, k + 1, 0);
            JsonNode snapshot = logs.get(k);
            Map<Integer, JsonNode> nodes = byId(at, at.object(snapshot, "nodes"));
            Map<Integer, JsonNode> edges = byId(at, at.object(snapshot, "edges"));
            Map<Integer, JsonNode> incoming = new HashMap<>();
            Map<Integer, List<Integer>> children = new TreeMap<>();
            for (JsonNode e : edges.values()) {
                int source = at.integer(e, "source");
                int target = at.integer(e, "target");
                if (!nodes.containsKey(source) || !nodes.containsKey(target)) {
                    throw at.error("edge " + e.path("id").asText() + " joins " + source + " and " + target + ", which are not both nodes");
                }
                incoming.put(target, e);
                children.computeIfAbsent(source, s -> new ArrayList<>()).add(target);
            }
            int rootId = root(at, nodes, incoming);
            if (ids.isEmpty()) {
                String text = render(At.optional(nodes.get(rootId), "data"));
                rootText = text.isBlank() ? "llm-reasoners search tree (" + path.getFileName() + ")" : text;
                ids.put(rootId, b.root(rootText));
            } else if (!ids.containsKey(rootId)) {
                throw at.error("the snapshot's root " + rootId + " is not the root of the snapshots before it");
            }
            createNew(b, ids, nodes, incoming, children, rootId);
            for (JsonNode e : edges.values()) {
                JsonNode q = At.optional(e, "data", "Q");
                int target = e.get("target").asInt();
                if (q != null && q.isNumber() && !Double.valueOf(q.asDouble()).equals(lastQ.get(target))) {
                    lastQ.put(target, q.asDouble());
                    b.score(ids.get(target), "Q", ScoreKind.VALUE, q.asDouble(), 0, details(e.get("data")));
                }
            }
            List<Integer> selected = selectedPath(nodes, edges, rootId, ids);
            if (selected.size() > 1) {
                b.select(selected);
            }
        }
        Map<String, Object> problem = Headers.map("id", "llm-reasoners-" + path.getFileName(), "text", rootText);
        return List.of(b.build(Headers.of(problem, "llm-reasoners", Headers.map("source", "llm-reasoners TreeLog " + path.getFileName(),
                "snapshots", logs.size()), "llm-reasoners world model", Map.of(),
                List.of(Headers.verifier("Q", "value", Headers.map("field", "edges[].data.Q", "judgement", "the edge's other numbers")))),
                null));
    }

    private static Map<Integer, JsonNode> byId(At at, JsonNode map) throws ImportException {
        Map<Integer, JsonNode> out = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            try {
                out.put(Integer.parseInt(e.getKey()), e.getValue());
            } catch (NumberFormatException notAnId) {
                throw at.error("node and edge ids must be whole numbers, found \"" + e.getKey() + "\"");
            }
        }
        return out;
    }

    private static int root(At at, Map<Integer, JsonNode> nodes, Map<Integer, JsonNode> incoming) throws ImportException {
        List<Integer> roots = new ArrayList<>();
        for (int id : nodes.keySet()) {
            if (!incoming.containsKey(id)) {
                roots.add(id);
            }
        }
        if (roots.size() != 1) {
            throw at.error("a tree snapshot needs exactly one node without a parent, found " + roots.size());
        }
        return roots.get(0);
    }

    /** Creates the nodes not seen before, parents first (breadth-first from the root). */
    private static void createNew(TraceBuilder b, Map<Integer, Integer> ids, Map<Integer, JsonNode> nodes, Map<Integer, JsonNode> incoming,
                                  Map<Integer, List<Integer>> children, int rootId) {
        Deque<Integer> queue = new ArrayDeque<>(List.of(rootId));
        while (!queue.isEmpty()) {
            int n = queue.poll();
            List<Integer> created = new ArrayList<>();
            for (int c : children.getOrDefault(n, List.of())) {
                if (!ids.containsKey(c)) {
                    String text = render(At.optional(nodes.get(c), "data"));
                    if (text.isBlank()) {
                        text = render(At.optional(incoming.get(c), "data"));
                    }
                    int id = b.node(ids.get(n), text, 0, false);
                    ids.put(c, id);
                    created.add(id);
                }
                queue.add(c);
            }
            if (!created.isEmpty()) {
                b.expand(ids.get(n), created);
            }
        }
    }

    private static List<Integer> selectedPath(Map<Integer, JsonNode> nodes, Map<Integer, JsonNode> edges, int rootId,
                                              Map<Integer, Integer> ids) {
        List<Integer> path = new ArrayList<>(List.of(ids.get(rootId)));
        int at = rootId;
        while (path.size() <= nodes.size()) {
            JsonNode sel = At.optional(nodes.get(at), "selected_edge");
            JsonNode edge = sel == null ? null : edges.get(sel.asInt());
            if (edge == null) {
                break;
            }
            at = edge.get("target").asInt();
            path.add(ids.get(at));
        }
        return path;
    }

    /** A node's data as text: a single value as itself, several as "key: value" lines; numbers in edge data are left out. */
    static String render(JsonNode data) {
        if (data == null || !data.isObject()) {
            return data == null ? "" : data.isTextual() ? data.asText() : data.toString();
        }
        List<String> parts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNumber() || e.getValue().isNull()) {
                continue;
            }
            String v = e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString();
            parts.add(data.size() == 1 ? v : e.getKey() + ": " + v);
        }
        return String.join("\n", parts);
    }

    /** The edge's numbers besides Q, e.g. "r_useful=0.8", kept as judgements. */
    private static List<String> details(JsonNode data) {
        List<String> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("Q") && e.getValue().isValueNode() && !e.getValue().isNull()) {
                out.add(e.getKey() + "=" + e.getValue().asText());
            }
        }
        return out;
    }
}
