package dev.ordercore.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules that keep ordercore hexagonal (DESIGN.md §1), as functions of the packages they
 * guard, so a test can run the very same rule over a deliberately bad class and see it fail.
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** order-domain depends on nothing but the JDK. */
    static ArchRule domainUsesOnlyTheJdk(String domain) {
        return classes().that().resideInAPackage(domain)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", domain)
                .as("the domain (" + domain + ") uses only the JDK");
    }

    /** The domain never reads the time itself; time comes in through a Clock or an argument. */
    static ArchRule domainNeverReadsTheClock(String domain) {
        return noClasses().that().resideInAPackage(domain)
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .as("the domain (" + domain + ") never reads the clock itself");
    }

    /** order-application depends on the domain, the JDK and Jakarta Validation only. */
    static ArchRule applicationUsesOnlyTheDomainTheJdkAndJakartaValidation(String application, String domain) {
        return classes().that().resideInAPackage(application)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jakarta.validation..", domain, application)
                .as("the application (" + application + ") uses only the domain, the JDK and jakarta.validation");
    }

    /** No adapter depends on another: each plugs into the ports on its own. */
    static ArchRule adaptersNeverDependOnEachOther(String adapterSlices) {
        return slices().matching(adapterSlices).should().notDependOnEachOther()
                .as("adapters never depend on each other");
    }

    /** The dependency direction domain ← application ← adapters ← server, with ArchUnit's onion architecture. */
    static ArchRule dependenciesPointInwards() {
        return onionArchitecture()
                .domainModels("dev.ordercore.domain..")
                .applicationServices("dev.ordercore.application..")
                .adapter("in-memory", "dev.ordercore.adapter.inmemory..")
                .adapter("postgres", "dev.ordercore.adapter.postgres..")
                .adapter("http", "dev.ordercore.adapter.http..")
                .withOptionalLayers(true) // the domain has no separate domain-service layer
                // the composition root sits outside the onion and wires every layer together
                .ignoreDependency(JavaClass.Predicates.resideInAPackage("dev.ordercore.server.."), DescribedPredicate.alwaysTrue())
                .as("dependencies point inwards: domain ← application ← adapters");
    }

    /** The server is the composition root: it depends on the adapters, and nothing depends on it. */
    static ArchRule nothingDependsOnTheServer(String server) {
        return noClasses().that().resideOutsideOfPackage(server)
                .should().dependOnClassesThat().resideInAPackage(server)
                .as("nothing depends on the server (" + server + "), the composition root");
    }

    /** Use cases are interfaces named VerbNounUseCase with one method; everything else in port.in is a record. */
    static ArchRule incomingPortsAreUseCaseInterfaces(String portIn) {
        return classes().that().resideInAPackage(portIn).and().areTopLevelClasses()
                .should(new ArchCondition<>("be an interface named *UseCase with one method, or a record") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        boolean useCase = type.isInterface() && type.getSimpleName().endsWith("UseCase")
                                && type.getMethods().stream().filter(m -> !m.getModifiers().contains(JavaModifier.STATIC)).count() == 1;
                        boolean record = type.isRecord();
                        if (!useCase && !record) {
                            events.add(SimpleConditionEvent.violated(type, type.getName()
                                    + " is neither an interface named *UseCase with one method nor a record"));
                        }
                    }
                })
                .as("port.in types (" + portIn + ") are interfaces named *UseCase, or the records they take and return");
    }

    /** R26: orders and cases never reference each other; relations link them. */
    static ArchRule ordersAndCasesNeverReferenceEachOther() {
        return noClasses().that().resideInAPackage("dev.ordercore.domain.order..")
                .should().dependOnClassesThat().resideInAPackage("dev.ordercore.domain.cases..")
                .andShould().dependOnClassesThat().resideInAPackage("dev.ordercore.domain.relation..")
                .as("R26 orders never refer to cases or relations");
    }

    static ArchRule casesNeverReferenceOrders() {
        return noClasses().that().resideInAPackage("dev.ordercore.domain.cases..")
                .should().dependOnClassesThat().resideInAPackage("dev.ordercore.domain.order..")
                .as("R26 cases never refer to orders");
    }
}
