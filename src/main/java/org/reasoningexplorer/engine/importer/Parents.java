package org.reasoningexplorer.engine.importer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds each ToT child's parent: the frontier entry its text extends. ToT proposes for each frontier
 * entry in turn, so children come in blocks in frontier order; when the frontier holds the same text
 * twice (a duplicate was kept), a block ends where a child repeats one already in it.
 */
final class Parents {
    private Parents() {
    }

    /** For each child, the index of its frontier entry; throws naming the first child that extends none. */
    static int[] assign(List<String> children, List<String> frontier, At at) throws ImportException {
        int[] parent = new int[children.size()];
        int current = 0;
        Set<String> inBlock = new HashSet<>();
        for (int k = 0; k < children.size(); k++) {
            String child = children.get(k);
            int j = -1;
            boolean startsNewDuplicateBlock = current + 1 < frontier.size() && frontier.get(current + 1).equals(frontier.get(current))
                    && inBlock.contains(child);
            if (current < frontier.size() && extendsEntry(child, frontier.get(current)) && !startsNewDuplicateBlock) {
                j = current;
            } else {
                j = find(child, frontier, current + 1, frontier.size());
                if (j < 0) {
                    j = find(child, frontier, 0, Math.min(current + 1, frontier.size()));
                }
            }
            if (j < 0) {
                throw at.error("\"new_ys\"[" + k + "] extends no entry of \"ys\" (each child must be its parent's text plus one line): "
                        + JsonRecords.clip(child));
            }
            if (j != current) {
                current = j;
                inBlock.clear();
            }
            inBlock.add(child);
            parent[k] = j;
        }
        return parent;
    }

    private static int find(String child, List<String> frontier, int from, int to) {
        for (int j = from; j < to; j++) {
            if (extendsEntry(child, frontier.get(j))) {
                return j;
            }
        }
        return -1;
    }

    private static boolean extendsEntry(String child, String entry) {
        return child.length() > entry.length() && child.startsWith(entry);
    }
}
