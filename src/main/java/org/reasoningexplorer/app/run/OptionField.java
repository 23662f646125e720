package org.reasoningexplorer.app.run;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reasoningexplorer.app.i18n.Phrase;
import org.reasoningexplorer.engine.search.OptionSet;

/** One strategy option in the run dialog: its documentation, the value typed, and what is wrong with it. */
public final class OptionField {
    /** Which control edits the option. */
    public enum Kind { NUMBER, FLAG, CHOICE }

    private final String strategy;
    private final OptionSet.Doc doc;
    private final boolean whole;
    private final StringProperty value;
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(this, "problem", Phrase.NONE);

    /**
     * @param whole whether a number option takes whole numbers only
     */
    OptionField(String strategy, OptionSet.Doc doc, String initial, boolean whole) {
        this.strategy = strategy;
        this.doc = doc;
        this.whole = whole;
        this.value = new SimpleStringProperty(this, doc.name(), initial == null ? doc.defaultValue() : initial);
    }

    public String name() {
        return doc.name();
    }

    public OptionSet.Doc doc() {
        return doc;
    }

    public Kind kind() {
        if ("true, false".equals(doc.allowed())) {
            return Kind.FLAG;
        }
        return doc.allowed().contains("..") ? Kind.NUMBER : Kind.CHOICE;
    }

    /** The values a choice allows, in order. */
    public List<String> choices() {
        return kind() == Kind.CHOICE ? Arrays.asList(doc.allowed().split(",\\s*")) : List.of();
    }

    /** The bundle keys that may translate the meaning, most specific first; the engine's English is the fallback. */
    public List<String> meaningKeys() {
        return List.of("option." + strategy + "." + doc.name(), "option." + doc.name());
    }

    public StringProperty valueProperty() {
        return value;
    }

    public String value() {
        return value.get();
    }

    /** What is wrong with the value, or {@link Phrase#NONE}. */
    public ReadOnlyObjectProperty<Phrase> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void setProblem(Phrase p) {
        problem.set(p);
    }

    /**
     * What is wrong with the value on its own, judged by the documented range or choices (whether
     * it fits with the other options is the engine's to say).
     */
    Phrase check() {
        String v = value.get() == null ? "" : value.get().strip();
        if (v.isEmpty()) {
            return Phrase.of("run.option.empty", doc.allowed());
        }
        boolean ok = switch (kind()) {
            case FLAG -> v.equals("true") || v.equals("false");
            case CHOICE -> choices().contains(v);
            default -> inRange(v);
        };
        return ok ? Phrase.NONE : Phrase.of("run.option.invalid", doc.allowed());
    }

    private boolean inRange(String v) {
        String[] bounds = doc.allowed().split("\\.\\.");
        try {
            double x = whole ? Long.parseLong(v) : Double.parseDouble(v);
            return x >= Double.parseDouble(bounds[0]) && x <= Double.parseDouble(bounds[1]);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
