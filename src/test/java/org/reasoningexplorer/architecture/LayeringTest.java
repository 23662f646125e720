package org.reasoningexplorer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine stays free of JavaFX and of the layers above it (STYLE.md, "The shape"). */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.reasoningexplorer");
    }

    @Test
    void engineImportsNothingFromJavafx() {
        noClasses().that().resideInAPackage("org.reasoningexplorer.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void engineDoesNotDependOnTheAppOrTheCommandLine() {
        noClasses().that().resideInAPackage("org.reasoningexplorer.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.reasoningexplorer.app..", "org.reasoningexplorer.cli..")
                .check(classes);
    }

    @Test
    void commandLineDoesNotDependOnTheApp() {
        noClasses().that().resideInAPackage("org.reasoningexplorer.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.reasoningexplorer.app..", "javafx..")
                .check(classes);
    }
}
