package org.reasoningexplorer.app.i18n;

import java.util.Arrays;
import java.util.Objects;

/**
 * A sentence to show a person, not yet put into words: a bundle key and its arguments. View-models
 * hand these out so that views can render them in whatever language is chosen, even after a switch.
 */
public final class Phrase {
    /** The phrase that renders as nothing. */
    public static final Phrase NONE = new Phrase("", new Object[0]);

    private final String key;
    private final Object[] args;

    private Phrase(String key, Object[] args) {
        this.key = Objects.requireNonNull(key, "key");
        this.args = args;
    }

    /**
     * A phrase; an argument that is itself a Phrase is rendered in the same language first, so
     * phrases nest.
     */
    public static Phrase of(String key, Object... args) {
        return new Phrase(key, args == null ? new Object[0] : args.clone());
    }

    public String key() {
        return key;
    }

    /** The arguments (a copy). */
    public Object[] args() {
        return args.clone();
    }

    public Object arg(int i) {
        return args[i];
    }

    public boolean isEmpty() {
        return key.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Phrase p && p.key.equals(key) && Arrays.equals(p.args, args);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return args.length == 0 ? key : key + Arrays.toString(args);
    }
}
