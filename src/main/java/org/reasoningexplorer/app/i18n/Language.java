package org.reasoningexplorer.app.i18n;

import java.util.Locale;

/** A language the user interface is offered in. */
public enum Language {
    /** English, the base bundle. */
    ENGLISH("en", Locale.ENGLISH),
    /** Simplified Chinese (mainland China, Singapore). */
    SIMPLIFIED_CHINESE("zh-CN", Locale.SIMPLIFIED_CHINESE),
    /** Traditional Chinese (Taiwan, Hong Kong, Macau). */
    TRADITIONAL_CHINESE("zh-TW", Locale.TRADITIONAL_CHINESE);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The tag stored in settings, e.g. "zh-CN". */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The bundle key of the language's own name, e.g. "简体中文" for Simplified Chinese. */
    public String nameKey() {
        return "language." + tag;
    }

    /** The language for a settings tag, or null when the tag is unknown or absent. */
    public static Language fromTag(String tag) {
        for (Language l : values()) {
            if (l.tag.equalsIgnoreCase(tag == null ? "" : tag.strip())) {
                return l;
            }
        }
        return null;
    }

    /**
     * The best language for a system locale: Traditional Chinese for Hant script or Taiwan, Hong
     * Kong and Macau; Simplified Chinese for any other Chinese; English otherwise.
     */
    public static Language forLocale(Locale locale) {
        if (locale == null || !"zh".equals(locale.getLanguage())) {
            return ENGLISH;
        }
        String script = locale.getScript();
        String country = locale.getCountry();
        if ("Hant".equals(script) || country.equals("TW") || country.equals("HK") || country.equals("MO")) {
            return "Hans".equals(script) ? SIMPLIFIED_CHINESE : TRADITIONAL_CHINESE;
        }
        return SIMPLIFIED_CHINESE;
    }
}
