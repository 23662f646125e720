package org.reasoningexplorer.engine.importer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Hears how far an import has got: bytes of the file read so far out of its size, and the records
 * (problems) converted. Called on the importing thread, after every record; keep it cheap.
 */
@FunctionalInterface
public interface ImportProgress {
    /** Reports nothing. */
    ImportProgress NONE = (bytes, total, records) -> { };

    /**
     * @param bytesRead bytes of the file read so far
     * @param totalBytes the file's size, or -1 when unknown (a folder)
     * @param records records converted so far
     */
    void progress(long bytesRead, long totalBytes, int records);

    /** The progress listener and cancel check of the import running on this thread (set by {@link Importers#read(java.nio.file.Path, ImportProgress, BooleanSupplier)}). */
    class Context {
        private static final ThreadLocal<Context> CURRENT = new ThreadLocal<>();
        final ImportProgress progress;
        final BooleanSupplier cancelled;
        long bytes;
        long total = -1;
        int records;

        Context(ImportProgress progress, BooleanSupplier cancelled) {
            this.progress = progress == null ? NONE : progress;
            this.cancelled = cancelled == null ? () -> false : cancelled;
        }

        static Context current() {
            Context c = CURRENT.get();
            return c == null ? IDLE : c;
        }

        static void set(Context c) {
            if (c == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(c);
            }
        }

        private static final Context IDLE = new Context(NONE, () -> false) {
            @Override
            void record() {
            }

            @Override
            InputStream counting(InputStream in, long size) {
                return in;
            }
        };

        /** One more record read: reports it, and stops the import when it was cancelled. */
        void record() {
            records++;
            progress.progress(bytes, total, records);
            checkCancelled();
        }

        void checkCancelled() {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("the import was cancelled");
            }
        }

        /** Counts the bytes read through {@code in} for this import. */
        InputStream counting(InputStream in, long size) {
            total = size;
            bytes = 0;
            return new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        bytes++;
                    }
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = super.read(buf, off, len);
                    if (n > 0) {
                        bytes += n;
                    }
                    return n;
                }
            };
        }
    }
}
