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
    private final StringProperty value;
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(this, "problem", Phrase.NONE);

    OptionField(String strategy, OptionSet.Doc doc, String initial) {
        this.strategy = strategy;
        this.doc = doc;
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
}
