package dev.ordercore.adapter.postgres.usecases;

import dev.ordercore.application.usecases.IntentBatchProperties;
import dev.ordercore.application.usecases.ScenarioStores;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

import java.time.Clock;
import java.util.List;

/** The batch property on PostgreSQL, with fewer tries: each try runs its submissions twice on emptied tables. */
class PostgresIntentBatchPropertiesIT extends IntentBatchProperties {

    @Override
    protected ScenarioStores newStores(Clock clock) {
        return PostgresScenarioStores.create(getClass(), clock);
    }

    @Override
    @Property(tries = 10)
    @Label("R21 R22 R25 a batch answers and stores exactly what its intents submitted one by one would")
    protected void R21_R22_R25_a_batch_is_its_intents_submitted_one_after_the_other(@ForAll("submissions") List<Submission> before,
                                                                               @ForAll("batches") List<Submission> batch) {
        super.R21_R22_R25_a_batch_is_its_intents_submitted_one_after_the_other(before, batch);
    }
}
