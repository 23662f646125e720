package org.reasoningexplorer.app.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static final Path SOURCES = Path.of("src/main/java/org/reasoningexplorer/app");
    /** Key prefixes of the bundles; a string literal starting with one of these is a bundle key. */
    private static final Set<String> PREFIXES = Set.of("about", "action", "answers", "app", "color", "dialog", "empty", "event",
            "export", "file", "find", "header", "help", "inspector", "judgement", "kind", "knob", "language", "menu", "noise",
            "nodeStatus", "open", "option", "phase", "run", "status", "statusbar", "strategy", "tab", "task", "theme", "timeline",
            "toolbar", "tooltip", "verifier", "whatif", "forensics", "batch", "diff", "lab");

    private static Set<String> keys(Language l) {
        ResourceBundle b = Messages.load(l);
        return new TreeSet<>(Collections.list(b.getKeys()));
    }

    @Test
    void everyLanguageHasExactlyTheKeysOfTheEnglishBundle() {
        Set<String> english = keys(Language.ENGLISH);
        for (Language l : Language.values()) {
            Set<String> own = new TreeSet<>(Collections.list(Messages.load(l).getKeys()));
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(own);
            Set<String> extra = new TreeSet<>(own);
            extra.removeAll(english);
            assertTrue(missing.isEmpty() && extra.isEmpty(), l + " is missing " + missing + " and has extra " + extra);
        }
    }

    @Test
    void chineseBundlesAreTranslatedNotCopied() {
        ResourceBundle en = Messages.load(Language.ENGLISH);
        for (Language l : List.of(Language.SIMPLIFIED_CHINESE, Language.TRADITIONAL_CHINESE)) {
            ResourceBundle zh = Messages.load(l);
            long same = Collections.list(en.getKeys()).stream()
                    .filter(k -> !k.startsWith("language.") && en.getString(k).equals(zh.getString(k))).count();
            assertTrue(same < 12, l + " has " + same + " entries identical to English");
        }
        assertNotEquals(Messages.load(Language.SIMPLIFIED_CHINESE).getString("menu.file"),
                Messages.load(Language.TRADITIONAL_CHINESE).getString("menu.file"));
    }

    @Test
    void everyPatternIsAValidMessageFormatWithoutStrayQuotes() {
        for (Language l : Language.values()) {
            ResourceBundle b = Messages.load(l);
            for (String k : Collections.list(b.getKeys())) {
                String p = b.getString(k);
                assertFalse(p.contains("'"), l + " " + k + " has a plain apostrophe, which MessageFormat would swallow: " + p);
                new MessageFormat(p, l.locale()).format(new Object[] {1, 2, 3, 4});
            }
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> english = keys(Language.ENGLISH);
        Pattern literal = Pattern.compile("\"([a-zA-Z]+)\\.([a-zA-Z0-9_.-]+)\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/tree/")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1) + "." + m.group(2);
                    if (PREFIXES.contains(m.group(1)) && !key.endsWith(".") && !key.endsWith(".css") && !key.contains("jsonl")
                            && !english.contains(key)) {
                        missing.add(f.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void bindingsFollowALanguageSwitchAtOnce() {
        Messages m = new Messages(Language.ENGLISH);
        StringBinding menu = m.text("menu.file");
        assertEquals("File", menu.get());
        m.languageProperty().set(Language.SIMPLIFIED_CHINESE);
        assertEquals("文件", menu.get(), "a binding read right after the switch must already be in the new language");
        m.languageProperty().set(Language.TRADITIONAL_CHINESE);
        assertEquals("檔案", menu.get());
    }

    @Test
    void phrasesNestAndRenderInTheCurrentLanguage() {
        Messages m = new Messages(Language.ENGLISH);
        SimpleObjectProperty<Phrase> p = new SimpleObjectProperty<>(Phrase.of("status.runDone",
                Phrase.of("status.answerRight", "8 × 3"), "run.trace.jsonl"));
        StringBinding text = m.text(p);
        assertEquals("Search finished: answer 8 × 3 (correct). Saved as run.trace.jsonl.", text.get());
        m.languageProperty().set(Language.SIMPLIFIED_CHINESE);
        assertEquals("搜索完成：答案 8 × 3（正确）。已保存为 run.trace.jsonl。", text.get());
    }

    @Test
    void nodeIdsReadPlainlyAndPluralsAgree() {
        Messages m = new Messages(Language.ENGLISH);
        assertEquals("Node 12345", m.get("inspector.node", 12345));
        assertEquals("1 vote", m.get("answers.votes", 1));
        assertEquals("4 votes", m.get("answers.votes", 4));
        assertEquals("[no.such.key]", m.get("no.such.key"));
    }

    @Test
    void systemLocalesMapToTheRightLanguage() {
        assertEquals(Language.SIMPLIFIED_CHINESE, Language.forLocale(Locale.SIMPLIFIED_CHINESE));
        assertEquals(Language.TRADITIONAL_CHINESE, Language.forLocale(Locale.TRADITIONAL_CHINESE));
        assertEquals(Language.TRADITIONAL_CHINESE, Language.forLocale(Locale.forLanguageTag("zh-HK")));
        assertEquals(Language.TRADITIONAL_CHINESE, Language.forLocale(Locale.forLanguageTag("zh-Hant-SG")));
        assertEquals(Language.SIMPLIFIED_CHINESE, Language.forLocale(Locale.forLanguageTag("zh-SG")));
        assertEquals(Language.ENGLISH, Language.forLocale(Locale.GERMANY));
        assertEquals(Language.SIMPLIFIED_CHINESE, Language.fromTag("zh-CN"));
        assertEquals(null, Language.fromTag("xx"));
    }
}
