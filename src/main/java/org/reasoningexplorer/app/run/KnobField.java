package org.reasoningexplorer.app.run;

import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reasoningexplorer.app.i18n.Phrase;

/** One of the embedded reasoner's knobs in the run dialog: a number within a range. */
public final class KnobField {
    private final String name;
    private final double defaultValue;
    private final double min;
    private final double max;
    private final StringProperty value;
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(this, "problem", Phrase.NONE);

    KnobField(String name, double defaultValue, double min, double max) {
        this.name = name;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.value = new SimpleStringProperty(this, name, format(defaultValue));
    }

    /** The knob's name; its label and explanation are the bundle keys knob.{name} and knob.{name}.tip. */
    public String name() {
        return name;
    }

    public String defaultText() {
        return format(defaultValue);
    }

    public String rangeText() {
        return format(min) + "–" + format(max);
    }

    public StringProperty valueProperty() {
        return value;
    }

    public ReadOnlyObjectProperty<Phrase> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void check() {
        double v = number();
        problem.set(v >= min && v <= max ? Phrase.NONE : Phrase.of("run.knob.invalid", Phrase.of("knob." + name), rangeText()));
    }

    /** The value typed, NaN when it is not a number. */
    double number() {
        try {
            return Double.parseDouble(value.get() == null ? "" : value.get().strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String format(double d) {
        return d == Math.rint(d) ? String.format(Locale.ROOT, "%.1f", d) : String.format(Locale.ROOT, "%s", d);
    }
}
