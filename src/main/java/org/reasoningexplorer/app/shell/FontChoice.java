package org.reasoningexplorer.app.shell;

import java.util.List;
import java.util.Set;
import javafx.scene.Parent;
import javafx.scene.text.Font;
import org.reasoningexplorer.app.i18n.Language;

/**
 * Picks the first installed font family that renders the chosen language well and sets it on the
 * window's root, so Chinese shows in a proper Chinese face (SC or TC glyph shapes) and never as boxes.
 * app.css declares the same fallback list per language ({@code .root.lang-zh-cn}); JavaFX CSS uses only
 * its first family, so the installed one is chosen here.
 */
final class FontChoice {
    private static final List<String> SIMPLIFIED = List.of("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei",
            "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans SC");
    private static final List<String> TRADITIONAL = List.of("Noto Sans CJK TC", "Source Han Sans TC", "Microsoft JhengHei",
            "PingFang TC", "Noto Sans TC", "Noto Sans CJK SC", "Microsoft YaHei");

    private static Set<String> installed;

    private FontChoice() {
    }

    /** The family used for a language: the first installed of its list, or null for JavaFX's default. */
    static String familyFor(Language l) {
        if (installed == null) {
            installed = Set.copyOf(Font.getFamilies());
        }
        List<String> wanted = switch (l) {
            case SIMPLIFIED_CHINESE -> SIMPLIFIED;
            case TRADITIONAL_CHINESE -> TRADITIONAL;
            // JavaFX's own "System" font reads best for Latin text and falls back to CJK fonts for Chinese in data.
            default -> List.of();
        };
        return wanted.stream().filter(installed::contains).findFirst().orElse(null);
    }

    static void apply(Parent root, Language l) {
        for (Language each : Language.values()) {
            root.getStyleClass().remove("lang-" + each.tag().toLowerCase(java.util.Locale.ROOT));
        }
        root.getStyleClass().add("lang-" + l.tag().toLowerCase(java.util.Locale.ROOT));
        String family = familyFor(l);
        root.setStyle(family == null ? "" : "-fx-font-family: \"" + family + "\";");
    }
}
