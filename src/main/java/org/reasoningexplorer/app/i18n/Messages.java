package org.reasoningexplorer.app.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The user interface's words in the chosen language. Every visible string comes from the bundles
 * {@code org/reasoningexplorer/app/i18n/messages*.properties}; bindings made here follow a language
 * switch at once. Patterns are {@link MessageFormat}s, so apostrophes in them are written ’.
 */
public final class Messages {
    /** The bundle base name. */
    public static final String BUNDLE = "org.reasoningexplorer.app.i18n.messages";

    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language");
    private ResourceBundle bundle;
    private Language bundleLanguage;

    public Messages(Language initial) {
        language.set(initial == null ? Language.ENGLISH : initial);
    }

    /**
     * The bundle of the current language, reloaded on first use after a switch. Loading lazily
     * (not in a change listener) matters: bindings are invalidated, and may be read again, before
     * any change listener runs.
     */
    private ResourceBundle bundle() {
        Language l = language.get() == null ? Language.ENGLISH : language.get();
        if (l != bundleLanguage) {
            bundle = load(l);
            bundleLanguage = l;
        }
        return bundle;
    }

    /** The bundle of one language, without falling back to the system locale's. */
    public static ResourceBundle load(Language l) {
        return ResourceBundle.getBundle(BUNDLE, l.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language language() {
        return language.get();
    }

    public Locale locale() {
        return language.get().locale();
    }

    /** The text of a key with its arguments filled in; a missing key shows as the key in brackets. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
        Object[] rendered = new Object[args == null ? 0 : args.length];
        for (int i = 0; i < rendered.length; i++) {
            Object a = args[i];
            if (a instanceof Phrase p) {
                rendered[i] = format(p);
            } else if ((a instanceof Integer || a instanceof Long) && !pattern.contains("{" + i + ",")) {
                // Node ids and counts read plainly ("node 1234"), unless the pattern asks for a number format.
                rendered[i] = a.toString();
            } else {
                rendered[i] = a;
            }
        }
        return new MessageFormat(pattern, locale()).format(rendered);
    }

    /** Whether the bundle has the key (for optional texts, such as a translated option meaning). */
    public boolean has(String key) {
        return bundle().containsKey(key);
    }

    /** A phrase in words; the empty phrase is the empty string. */
    public String format(Phrase p) {
        return p == null || p.isEmpty() ? "" : get(p.key(), p.args());
    }

    /** A text that follows language switches. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), language);
    }

    /** A phrase that may change, in words that follow language switches. */
    public StringBinding text(ObservableValue<Phrase> phrase) {
        return Bindings.createStringBinding(() -> format(phrase.getValue()), language, phrase);
    }
}
