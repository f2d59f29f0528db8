package org.newskg;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** STYLE.md's dependency direction: cli → (api →) app → (eval | remote | server → view →) store → rdf → extract → article. */
class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.newskg");

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy("org.newskg.cli..")
                .layer("api").definedBy("org.newskg.api..")
                .layer("app").definedBy("org.newskg.app..")
                .layer("eval").definedBy("org.newskg.eval..")
                .layer("remote").definedBy("org.newskg.remote..")
                .layer("server").definedBy("org.newskg.server..")
                .layer("view").definedBy("org.newskg.view..")
                .layer("store").definedBy("org.newskg.store..")
                .layer("rdf").definedBy("org.newskg.rdf..")
                .layer("extract").definedBy("org.newskg.extract..")
                .layer("article").definedBy("org.newskg.article..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("api").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("app").mayOnlyBeAccessedByLayers("cli", "api")
                .whereLayer("eval").mayOnlyBeAccessedByLayers("app")
                .whereLayer("remote").mayOnlyBeAccessedByLayers("app")
                .whereLayer("server").mayOnlyBeAccessedByLayers("app")
                .whereLayer("view").mayOnlyBeAccessedByLayers("app", "server")
                .whereLayer("store").mayOnlyBeAccessedByLayers("app", "remote", "server", "view")
                .whereLayer("rdf").mayOnlyBeAccessedByLayers("store", "remote", "app", "api")
                .whereLayer("extract").mayOnlyBeAccessedByLayers("rdf", "store", "app", "api")
                .check(classes);
    }

    @Test
    void extractionStagesDependOnlyOnEarlierOnes() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("pipeline").definedBy("org.newskg.extract")
                .layer("attribution").definedBy("org.newskg.extract.attribution..")
                .layer("count").definedBy("org.newskg.extract.count..")
                .layer("mention").definedBy("org.newskg.extract.mention..")
                .layer("lexicon").definedBy("org.newskg.extract.lexicon..")
                .layer("model").definedBy("org.newskg.extract.model..")
                .layer("text").definedBy("org.newskg.extract.text..")
                .whereLayer("pipeline").mayNotBeAccessedByAnyLayer()
                .whereLayer("attribution").mayOnlyBeAccessedByLayers("pipeline")
                .whereLayer("count").mayOnlyBeAccessedByLayers("pipeline")
                .whereLayer("mention").mayOnlyBeAccessedByLayers("pipeline")
                .whereLayer("lexicon").mayOnlyBeAccessedByLayers("pipeline", "mention", "count", "attribution")
                .whereLayer("model").mayOnlyBeAccessedByLayers("pipeline", "mention", "count", "attribution", "lexicon")
                .check(classes);
    }

    @Test
    void onlyRdfStoreAndRemoteUseJena() {
        noClasses().that().resideOutsideOfPackages("org.newskg.rdf..", "org.newskg.store..", "org.newskg.remote..",
                        "org.newskg.server..", "org.newskg.api..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.jena..")
                .check(classes);
    }

    @Test
    void extractionIsPlainJava() {
        noClasses().that().resideInAPackage("org.newskg.extract..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.jena..", "com.fasterxml..", "picocli..",
                        "java.nio.file..", "java.net..", "java.sql..")
                .check(classes);
    }

    @Test
    void onlyTheTextStageUsesTheTagger() {
        noClasses().that().resideOutsideOfPackage("org.newskg.extract.text..")
                .should().dependOnClassesThat().resideInAPackage("opennlp..")
                .check(classes);
    }

    @Test
    void evaluationIsPlainJavaWithJackson() {
        noClasses().that().resideInAPackage("org.newskg.eval..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.jena..", "picocli..", "org.newskg.extract..",
                        "org.newskg.rdf..", "org.newskg.store..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineUsesPicocli() {
        noClasses().that().resideOutsideOfPackage("org.newskg.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(classes);
    }

    @Test
    void theArticlePackageStandsAlone() {
        noClasses().that().resideInAPackage("org.newskg.article..")
                .should().dependOnClassesThat().resideInAnyPackage("org.newskg.extract..", "org.newskg.rdf..",
                        "org.newskg.store..", "org.newskg.app..", "org.newskg.cli..")
                .check(classes);
    }
}
