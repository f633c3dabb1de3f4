package dev.ordercore.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.ordercore.architecture.badexamples.adapter.ReachesIntoTheServer;
import dev.ordercore.architecture.badexamples.domain.LeakyDomainType;
import dev.ordercore.architecture.badexamples.domain.NotAUseCase;
import dev.ordercore.architecture.badexamples.server.Wiring;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules are not vacuous: run over deliberately bad classes, they fail. */
class RulesCatchBadClassesTest {

    private static final String BAD = "dev.ordercore.architecture.badexamples.domain..";
    private final JavaClasses bad = new ClassFileImporter().importClasses(LeakyDomainType.class, NotAUseCase.class);

    @Test
    void a_domain_class_that_uses_a_library_breaks_domain_uses_only_the_jdk() {
        var result = ArchitectureRules.domainUsesOnlyTheJdk(BAD).evaluate(bad);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(d -> assertThat(d).contains("org.assertj"));
    }

    @Test
    void a_domain_class_that_reads_the_clock_breaks_domain_never_reads_the_clock() {
        var result = ArchitectureRules.domainNeverReadsTheClock(BAD).evaluate(bad);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(d -> assertThat(d).contains("Instant.now()"));
    }

    @Test
    void a_class_in_port_in_that_is_no_use_case_breaks_the_naming_rule() {
        var result = ArchitectureRules.incomingPortsAreUseCaseInterfaces(BAD).evaluate(bad);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(d -> assertThat(d).contains("NotAUseCase"));
    }

    @Test
    void an_adapter_that_calls_into_the_server_breaks_nothing_depends_on_the_server() {
        JavaClasses reaching = new ClassFileImporter().importClasses(ReachesIntoTheServer.class, Wiring.class);

        var result = ArchitectureRules.nothingDependsOnTheServer("dev.ordercore.architecture.badexamples.server..").evaluate(reaching);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(d -> assertThat(d).contains("ReachesIntoTheServer"));
    }
}
