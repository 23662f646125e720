package org.reasoningexplorer.engine.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Named, documented options of one strategy, read from text (the command line or a dialog).
 *
 * <p>Each getter declares the option's name, default, range and meaning; the set then knows every
 * option for help texts, the effective values for trace headers, and rejects unknown names.
 */
public final class OptionSet {
    /** One declared option, for help texts and dialogs. */
    public record Doc(String name, String defaultValue, String allowed, String meaning) {
    }

    private final String owner;
    private final Map<String, String> given;
    private final Map<String, Object> effective = new LinkedHashMap<>();
    private final List<Doc> docs = new ArrayList<>();

    public OptionSet(String owner, Map<String, String> given) {
        this.owner = owner;
        this.given = given == null ? Map.of() : given;
    }

    public int integer(String name, int def, int min, int max, String meaning) {
        docs.add(new Doc(name, Integer.toString(def), min + ".." + max, meaning));
        int v = def;
        String text = given.get(name);
        if (text != null) {
            try {
                v = Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                throw bad(name, text, "a whole number from " + min + " to " + max);
            }
        }
        if (v < min || v > max) {
            throw bad(name, text == null ? Integer.toString(v) : text, "a whole number from " + min + " to " + max);
        }
        effective.put(name, v);
        return v;
    }

    public double real(String name, double def, double min, double max, String meaning) {
        docs.add(new Doc(name, fmt(def), fmt(min) + ".." + fmt(max), meaning));
        double v = def;
        String text = given.get(name);
        if (text != null) {
            try {
                v = Double.parseDouble(text.trim());
            } catch (NumberFormatException e) {
                throw bad(name, text, "a number from " + fmt(min) + " to " + fmt(max));
            }
        }
        if (!(v >= min && v <= max)) {
            throw bad(name, text == null ? fmt(v) : text, "a number from " + fmt(min) + " to " + fmt(max));
        }
        effective.put(name, v);
        return v;
    }

    public boolean flag(String name, boolean def, String meaning) {
        docs.add(new Doc(name, Boolean.toString(def), "true, false", meaning));
        boolean v = def;
        String text = given.get(name);
        if (text != null) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            if (t.equals("true") || t.equals("yes") || t.equals("on") || t.equals("1")) {
                v = true;
            } else if (t.equals("false") || t.equals("no") || t.equals("off") || t.equals("0")) {
                v = false;
            } else {
                throw bad(name, text, "true or false");
            }
        }
        effective.put(name, v);
        return v;
    }

    public <E extends Enum<E>> E choice(String name, E def, Class<E> type, String meaning) {
        StringBuilder allowed = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append(tag(e));
        }
        docs.add(new Doc(name, tag(def), allowed.toString(), meaning));
        E v = def;
        String text = given.get(name);
        if (text != null) {
            v = null;
            for (E e : type.getEnumConstants()) {
                if (tag(e).equals(text.trim().toLowerCase(Locale.ROOT).replace('_', '-'))) {
                    v = e;
                }
            }
            if (v == null) {
                throw bad(name, text, "one of " + allowed);
            }
        }
        effective.put(name, tag(v));
        return v;
    }

    /** Rejects any given option that no getter declared, listing the allowed names. */
    public void finish() {
        for (String name : given.keySet()) {
            if (!effective.containsKey(name)) {
                throw new IllegalArgumentException(owner + " has no option '" + name + "'; its options are "
                        + String.join(", ", new TreeSet<>(effective.keySet())));
            }
        }
    }

    /** Every option with the value in force, in declaration order, for the trace header. */
    public Map<String, Object> effective() {
        return new LinkedHashMap<>(effective);
    }

    public List<Doc> docs() {
        return List.copyOf(docs);
    }

    /** The lower-case, hyphenated name of an enum constant as used in options and traces. */
    public static String tag(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private IllegalArgumentException bad(String name, String text, String expected) {
        return new IllegalArgumentException(owner + " option '" + name + "' is '" + text + "'; expected " + expected);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
