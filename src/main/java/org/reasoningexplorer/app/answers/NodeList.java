package org.reasoningexplorer.app.answers;

import java.util.AbstractList;
import java.util.Collection;
import java.util.RandomAccess;

/**
 * An immutable list of node ids kept as ints: a big search has a hundred thousand answered nodes,
 * and a boxed list holds each id as an object of its own, three times over in a live tally.
 */
public final class NodeList extends AbstractList<Integer> implements RandomAccess {
    private final int[] ids;
    private final int size;

    /** The first {@code size} ids of {@code ids}, which the caller never changes there again. */
    NodeList(int[] ids, int size) {
        this.ids = ids;
        this.size = size;
    }

    /** The ids as an immutable int list (the same instance when it already is one). */
    public static NodeList copyOf(Collection<Integer> ids) {
        if (ids instanceof NodeList n) {
            return n;
        }
        int[] a = new int[ids.size()];
        int k = 0;
        for (int id : ids) {
            a[k++] = id;
        }
        return new NodeList(a, k);
    }

    @Override
    public Integer get(int index) {
        return getInt(index);
    }

    /** The id at {@code index}, unboxed. */
    public int getInt(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " is outside 0.." + (size - 1));
        }
        return ids[index];
    }

    @Override
    public int size() {
        return size;
    }
}
