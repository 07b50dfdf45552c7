package org.perfbook;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering the package names promise, pinned so that a wrong import fails the build. */
@AnalyzeClasses(packages = "org.perfbook", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] SPREADSHEETS_AND_CHARTS = {
        "org.apache.poi..", "org.openxmlformats..", "org.apache.xmlbeans..", "org.jfree..", "com.pngencoder.."};

    @ArchTest
    static final ArchRule modelKnowsNoExcelNorCharts = noClasses()
            .that().resideInAPackage("org.perfbook.model..")
            .should().dependOnClassesThat().resideInAnyPackage(SPREADSHEETS_AND_CHARTS);

    @ArchTest
    static final ArchRule calcKnowsNoExcelNorCharts = noClasses()
            .that().resideInAPackage("org.perfbook.calc..")
            .should().dependOnClassesThat().resideInAnyPackage(SPREADSHEETS_AND_CHARTS);

    @ArchTest
    static final ArchRule modelDependsOnNoStage = noClasses()
            .that().resideInAPackage("org.perfbook.model..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.perfbook.model..", "java..");

    @ArchTest
    static final ArchRule calcDependsOnlyOnTheModel = noClasses()
            .that().resideInAPackage("org.perfbook.calc..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.perfbook.catalogue..", "org.perfbook.returns..", "org.perfbook.template..",
                    "org.perfbook.xlsx..", "org.perfbook.book..", "org.perfbook.charts..",
                    "org.perfbook.pipeline..", "org.perfbook.sample..", "org.perfbook.stats..",
                    "org.perfbook.cli..", "org.perfbook.text..", "org.perfbook.files..", "org.perfbook.risks..");

    @ArchTest
    static final ArchRule writersKnowNothingOfReadingReturns = noClasses()
            .that().resideInAnyPackage("org.perfbook.book..", "org.perfbook.charts..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.perfbook.returns..", "org.perfbook.catalogue..", "org.perfbook.template..");

    /** The committee report is written from the Book, as the book is: it reads nothing and draws nothing itself. */
    @ArchTest
    static final ArchRule reportKnowsNothingOfReadingNorDrawing = noClasses()
            .that().resideInAPackage("org.perfbook.report..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.perfbook.returns..", "org.perfbook.catalogue..", "org.perfbook.template..",
                    "org.perfbook.xlsx..", "org.perfbook.charts..", "org.perfbook.pipeline..", "org.perfbook.cli..",
                    "org.perfbook.sample..", "org.perfbook.stats..", "org.jfree..", "org.apache.poi.ss..",
                    "org.apache.poi.xssf..");

    @ArchTest
    static final ArchRule registersAreReadWithoutTheReturnsOrTheWriters = noClasses()
            .that().resideInAPackage("org.perfbook.risks..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.perfbook.returns..", "org.perfbook.catalogue..", "org.perfbook.template..",
                    "org.perfbook.calc..", "org.perfbook.book..", "org.perfbook.charts..", "org.perfbook.report..",
                    "org.perfbook.pipeline..", "org.perfbook.sample..", "org.perfbook.cli..");

    @ArchTest
    static final ArchRule writersKnowNothingOfReadingRegisters = noClasses()
            .that().resideInAnyPackage("org.perfbook.book..", "org.perfbook.charts..", "org.perfbook.report..",
                    "org.perfbook.calc..")
            .should().dependOnClassesThat().resideInAPackage("org.perfbook.risks..");

    @ArchTest
    static final ArchRule chartsStayInCharts = noClasses()
            .that().resideOutsideOfPackage("org.perfbook.charts..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jfree..", "com.pngencoder..");

    @ArchTest
    static final ArchRule picocliStaysInTheCommandLine = noClasses()
            .that().resideOutsideOfPackage("org.perfbook.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.perfbook.(*)..").should().beFreeOfCycles();
}
