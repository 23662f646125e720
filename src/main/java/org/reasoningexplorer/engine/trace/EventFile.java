package org.reasoningexplorer.engine.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * A trace's events kept in its file rather than in memory: only where each event's line starts is
 * held (2.5 bytes an event), and an event is decoded from the file when asked for. Reading forwards
 * or backwards near the last event asked for is served from a block held in memory, so stepping
 * through a replay costs no system call most of the time.
 *
 * <p>The file is held open from the start, so a file replaced on disk after it was indexed (a rename
 * over it) is still read as it was; a file changed in place is noticed by its size and reported. Filled by {@link #add} on one thread, then read from any; reads are synchronised.
 */
public final class EventFile extends AbstractList<TraceEvent> implements RandomAccess {
    private static final int BLOCK = 1 << 16;
    /** Events per group of {@link #groupStart}: 16 lines of at most 64 MB lie less than 2 GB apart. */
    private static final int GROUP = 16;
    /** How many nodes' events read back are kept (the labels on screen ask for their texts every frame). */
    private static final int CACHED_TEXTS = 8192;
    private static final char FAR = Character.MAX_VALUE;

    private final Path file;
    private final long size;
    /** Where the first event of every {@link #GROUP} starts; the others are held as distances from it. */
    private long[] groupStart = new long[64];
    /**
     * Each event's distance from its group's start, in bytes; {@link #FAR} when it is that far or farther,
     * and then it is kept in {@link #far} (16 lines of over 4 KB on average: rare, and such traces have few events).
     */
    private char[] distance = new char[1024];
    private final java.util.Map<Integer, Integer> far = new java.util.HashMap<>();
    private int count;
    private FileChannel channel;
    private byte[] block = new byte[BLOCK];
    private long blockStart = -1;
    private int blockLength;
    /** The event that created each node, so its step text can be read back. */
    private int[] nodeEvent = new int[1024];
    private final TraceTree.NodeTexts texts = new RecentTexts();

    private EventFile(Path file, FileChannel channel) throws IOException {
        this.file = file;
        this.channel = channel;
        this.size = channel.size();
    }

    /**
     * An empty index of the events in {@code file}, holding the file open from now on, so the events
     * still read as they were if the file is replaced on disk meanwhile.
     */
    public static EventFile open(Path file) throws IOException {
        return new EventFile(file, FileChannel.open(file, StandardOpenOption.READ));
    }

    /** Indexes the next event {@code e}, whose line starts {@code offset} bytes into the file. */
    public void add(long offset, TraceEvent e) {
        if (count == distance.length) {
            distance = Arrays.copyOf(distance, count * 2);
        }
        int group = count / GROUP;
        if (count % GROUP == 0) {
            if (group == groupStart.length) {
                groupStart = Arrays.copyOf(groupStart, group * 2);
            }
            groupStart[group] = offset;
        }
        long d = offset - groupStart[group];
        if (d > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("event " + (count + 1) + " of " + file + " lies over 2 GB after the event "
                    + (count % GROUP) + " lines before it (gigabytes of blank lines?)");
        }
        if (e instanceof TraceEvent.NodeCreated n && n.id() >= 0) {
            if (n.id() >= nodeEvent.length) {
                nodeEvent = Arrays.copyOf(nodeEvent, Math.max(n.id() + 1, nodeEvent.length * 2));
            }
            nodeEvent[n.id()] = count;
        }
        if (d >= FAR) {
            far.put(count, (int) d);
            distance[count++] = FAR;
        } else {
            distance[count++] = (char) d;
        }
        modCount++;
    }

    /** Gives back the room reserved for more events; call once every event is added. */
    public void trim() {
        distance = Arrays.copyOf(distance, count);
        groupStart = Arrays.copyOf(groupStart, (count + GROUP - 1) / GROUP);
    }

    /** The step texts of the nodes these events create, read back from the file (the most recent kept). */
    public TraceTree.NodeTexts texts() {
        return texts;
    }

    /**
     * A new, empty tree to fold {@code events} into: one that reads its step texts back from the file
     * when the events are an {@code EventFile}, else an ordinary tree.
     */
    public static TraceTree newTreeFor(java.util.List<TraceEvent> events) {
        TraceTree t = new TraceTree();
        return events instanceof EventFile f ? t.withLazyTexts(f.texts()) : t;
    }

    /** The nodes asked for most recently, by node: their creating events, read back from the file. */
    private final class RecentTexts implements TraceTree.NodeTexts {
        private final java.util.Map<Integer, TraceEvent.NodeCreated> recent =
                new java.util.LinkedHashMap<>(CACHED_TEXTS * 2, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(java.util.Map.Entry<Integer, TraceEvent.NodeCreated> eldest) {
                        return size() > CACHED_TEXTS;
                    }
                };

        @Override
        public TraceEvent.NodeCreated created(int node) {
            synchronized (EventFile.this) {
                TraceEvent.NodeCreated n = recent.get(node);
                if (n == null) {
                    n = (TraceEvent.NodeCreated) get(nodeEvent[node]);
                    recent.put(node, n);
                }
                return n;
            }
        }
    }

    @Override
    public int size() {
        return count;
    }

    @Override
    public synchronized TraceEvent get(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("event " + index + " of " + count);
        }
        char d = distance[index];
        long at = groupStart[index / GROUP] + (d == FAR ? far.get(index) : d);
        try {
            int start = locate(at);
            int end = start;
            while (end < blockLength && block[end] != '\n') {
                end++;
            }
            int len = end > start && block[end - 1] == '\r' ? end - start - 1 : end - start;
            return EventDecoder.decode(block, start, len);
        } catch (IOException e) {
            throw new UncheckedIOException("reading event " + (index + 1) + " again from " + file + " failed: " + e.getMessage(), e);
        } catch (TraceFormatException e) {
            throw new IllegalStateException("the trace file " + file + " changed after it was opened (event " + (index + 1)
                    + " no longer reads); open it again", e);
        }
    }

    /** Brings the line starting at {@code at} into the block whole; returns where it starts there. */
    private int locate(long at) throws IOException {
        if (blockStart >= 0 && at >= blockStart && at < blockStart + blockLength) {
            int start = (int) (at - blockStart);
            if (hasLineEnd(start) || blockStart + blockLength >= size) {
                return start;
            }
        }
        // Read a block around the line, leaning backwards a little so stepping back is served too.
        long from = Math.max(0, at - BLOCK / 4);
        while (true) {
            fill(from);
            int start = (int) (at - from);
            if (hasLineEnd(start) || from + blockLength >= size) {
                return start;
            }
            if (block.length >= TraceFormat.MAX_LINE_BYTES + BLOCK) {
                throw new IOException("line too long");
            }
            block = new byte[block.length * 2];
            from = at;
        }
    }

    private boolean hasLineEnd(int start) {
        for (int i = start; i < blockLength; i++) {
            if (block[i] == '\n') {
                return true;
            }
        }
        return false;
    }

    private void fill(long from) throws IOException {
        FileChannel ch = channel();
        if (ch.size() != size) {
            throw new IllegalStateException("the trace file " + file + " changed after it was opened (it had "
                    + size + " bytes, now " + ch.size() + "); open it again");
        }
        ByteBuffer buf = ByteBuffer.wrap(block);
        long pos = from;
        while (buf.hasRemaining()) {
            int n = ch.read(buf, pos);
            if (n < 0) {
                break;
            }
            pos += n;
        }
        blockStart = from;
        blockLength = buf.position();
    }

    private FileChannel channel() throws IOException {
        if (!channel.isOpen()) {
            // Closed by an interrupt during a read: the file may have been replaced since, which the size check may catch.
            channel = FileChannel.open(file, StandardOpenOption.READ);
        }
        return channel;
    }

    /**
     * Equal only to itself, unlike other lists: comparing element by element would read the whole
     * file (twice, for two big traces).
     */
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
