package org.reasoningexplorer.app.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class NodeListTest {
    @Test
    void equalsTheBoxedListItWasMadeFrom() {
        NodeList n = NodeList.copyOf(List.of(4, 8, 15));
        assertEquals(List.of(4, 8, 15), n);
        assertEquals(List.of(4, 8, 15).hashCode(), n.hashCode());
        assertEquals(15, n.getInt(2));
        assertSame(n, NodeList.copyOf(n));
    }

    @Test
    void showsOnlyItsPrefixAndRefusesOthers() {
        NodeList n = new NodeList(new int[] {1, 2, 3, 99}, 3);
        assertEquals(List.of(1, 2, 3), n);
        assertThrows(IndexOutOfBoundsException.class, () -> n.get(3));
        assertThrows(UnsupportedOperationException.class, () -> n.add(5));
    }

    @Test
    void anAnswerGroupKeepsItsNodesAsInts() {
        AnswerGroup g = new AnswerGroup("24", 2, 2, List.of(), List.of(3, 7), true, true, true);
        assertEquals(NodeList.class, g.nodes().getClass());
        assertEquals(List.of(3, 7), g.nodes());
    }
}
