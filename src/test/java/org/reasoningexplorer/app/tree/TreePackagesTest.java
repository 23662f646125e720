package org.reasoningexplorer.app.tree;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The tree view's implementation package is private to the feature (STYLE.md, custom controls). */
class TreePackagesTest {
    private final JavaClasses classes = importWithoutResolving();

    /** Only our classes: resolving JavaFX from the classpath would cost seconds and check nothing more. */
    private static JavaClasses importWithoutResolving() {
        ArchConfiguration config = ArchConfiguration.get();
        boolean resolve = config.resolveMissingDependenciesFromClassPath();
        config.setResolveMissingDependenciesFromClassPath(false);
        try {
            return new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.reasoningexplorer.app", "org.reasoningexplorer.cli");
        } finally {
            config.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }

    @Test
    void onlyTheTreePackageUsesItsImplementation() {
        noClasses().that().resideOutsideOfPackages("org.reasoningexplorer.app.tree", "org.reasoningexplorer.app.tree.impl")
                .should().dependOnClassesThat().resideInAPackage("org.reasoningexplorer.app.tree.impl")
                .check(classes);
    }

    @Test
    void theModelAndLayoutDoNotNeedJavafx() {
        noClasses().that().haveSimpleNameStartingWith("TreeModel")
                .or().haveSimpleName("TidyLayout").or().haveSimpleName("TreeLayout").or().haveSimpleName("LayerIndex")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }
}
