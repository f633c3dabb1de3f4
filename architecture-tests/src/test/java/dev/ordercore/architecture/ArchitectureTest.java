package dev.ordercore.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the architecture over the compiled main classes of every module. */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.ordercore");
    }

    @Test
    void domain_uses_only_the_jdk() {
        ArchitectureRules.domainUsesOnlyTheJdk("dev.ordercore.domain..").check(production);
    }

    @Test
    void domain_never_reads_the_clock() {
        ArchitectureRules.domainNeverReadsTheClock("dev.ordercore.domain..").check(production);
    }

    @Test
    void application_uses_only_the_domain_the_jdk_and_jakarta_validation() {
        ArchitectureRules.applicationUsesOnlyTheDomainTheJdkAndJakartaValidation("dev.ordercore.application..", "dev.ordercore.domain..")
                .check(production);
    }

    @Test
    void adapters_never_depend_on_each_other() {
        ArchitectureRules.adaptersNeverDependOnEachOther("dev.ordercore.adapter.(*)..").check(production);
    }

    @Test
    void dependencies_point_inwards() {
        ArchitectureRules.dependenciesPointInwards().check(production);
    }

    @Test
    void nothing_depends_on_the_server() {
        ArchitectureRules.nothingDependsOnTheServer("dev.ordercore.server..").check(production);
    }

    @Test
    void incoming_ports_are_use_case_interfaces() {
        ArchitectureRules.incomingPortsAreUseCaseInterfaces("dev.ordercore.application.port.in..").check(production);
    }

    @Test
    void R26_orders_and_cases_never_reference_each_other() {
        ArchitectureRules.ordersAndCasesNeverReferenceEachOther().check(production);
        ArchitectureRules.casesNeverReferenceOrders().check(production);
    }

    @Test
    void the_rules_see_every_module() {
        org.assertj.core.api.Assertions.assertThat(production.containPackage("dev.ordercore.domain.order")).isTrue();
        org.assertj.core.api.Assertions.assertThat(production.containPackage("dev.ordercore.application.service")).isTrue();
        org.assertj.core.api.Assertions.assertThat(production.containPackage("dev.ordercore.adapter.inmemory")).isTrue();
        org.assertj.core.api.Assertions.assertThat(production.containPackage("dev.ordercore.adapter.postgres")).isTrue();
        org.assertj.core.api.Assertions.assertThat(production.containPackage("dev.ordercore.adapter.http")).isTrue();
        org.assertj.core.api.Assertions.assertThat(production.containPackage("dev.ordercore.server")).isTrue();
    }
}
