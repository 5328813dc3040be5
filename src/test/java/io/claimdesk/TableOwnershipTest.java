package io.claimdesk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.claimdesk.review.domain.archfixture.SecondClaimWriter;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table-ownership rule of {@link ArchitectureTest} against a deliberate second writer of {@code claim}
 * ({@link SecondClaimWriter}, a review class in the test sources): it must fail on every way of writing there,
 * and stay quiet on the review class's write of its own table and on reads.
 */
class TableOwnershipTest {

    @Test
    void a_second_writer_of_claim_fails_the_rule_on_every_path() {
        JavaClasses rogue = new ClassFileImporter().importClasses(SecondClaimWriter.class);
        List<String> details = TableOwnership.RULE.evaluate(rogue).getFailureReport().getDetails();
        String writer = SecondClaimWriter.class.getName();

        assertThat(details).anySatisfy(d -> assertThat(d)
                .contains(writer + ".setVerdict writes (update)").contains("table Claim, owned by io.claimdesk.claim.domain"));
        assertThat(details).anySatisfy(d -> assertThat(d)
                .contains(writer + ".clearRationale writes (update)").contains("table Claim"));
        assertThat(details).anySatisfy(d -> assertThat(d)
                .contains(writer + ".store writes (ClaimRecord.store)").contains("table Claim"));
        assertThat(details).anySatisfy(d -> assertThat(d)
                .contains(writer + ".dropGroups writes (deleteFrom)").contains("table ClaimGroup"));
        assertThat(details).anySatisfy(d -> assertThat(d)
                .contains(writer + ".plainSql runs a plain-SQL statement"));
        assertThat(details).noneSatisfy(d -> assertThat(d).contains(writer + ".comment "));
        assertThat(details).noneSatisfy(d -> assertThat(d).contains(writer + ".claims "));
    }

    @Test
    void every_generated_table_has_an_owning_feature() throws IllegalAccessException {
        for (var field : Arrays.stream(io.claimdesk.db.Tables.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers())).toList()) {
            String table = field.getType().getSimpleName();
            assertThat(TableOwnership.OWNERS).as("owner of " + field.get(null)).containsKey(table);
        }
    }
}
