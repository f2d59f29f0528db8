package org.newskg.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newskg.extract.Extraction;
import org.newskg.extract.ExtractionFixture;
import org.newskg.extract.model.EntityType;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleFinderTest {
    private final ExtractionFixture fx = new ExtractionFixture();

    private List<String> roles(String body) {
        Extraction x = fx.extract(body);
        return x.entities().stream().filter(e -> e.type() == EntityType.PERSON)
                .flatMap(e -> e.roles().stream().map(r -> e.name() + ": " + r.title() + " @ " + r.organizationKey().orElse("-")))
                .toList();
    }

    @Test
    void readsARoleAndItsOrganizationInApposition() {
        assertEquals(List.of("Jane Doe: spokeswoman @ organization/federal-bureau-of-investigation"),
                roles("Jane Doe, a spokeswoman for the FBI, said the inquiry goes on."));
        assertEquals(List.of("Mark Tran: executive director @ organization/amnesty-international"),
                roles("Mark Tran, the executive director of Amnesty International said the law was unjust."));
    }

    @Test
    void readsATitleBeforeTheName() {
        assertEquals(List.of("Mark Thompson: director general @ organization/bbc"),
                roles("BBC director general Mark Thompson said the cuts were needed."));
        assertEquals(List.of("Ray Kelly: Police Commissioner @ -"), roles("Police Commissioner Ray Kelly spoke."));
    }

    @Test
    void anAgeIsNoRoleButTheNounAfterItIs() {
        assertEquals(List.of("Sam Joseph: Haitian immigrant @ -"),
                roles("\u201CWe wait,\u201D said Sam Joseph, 26, a Haitian immigrant living in Brooklyn."));
    }

    @Test
    void aPlaceInAppositionIsNoRole() {
        assertEquals(List.of(), roles("Ann Lee went to Portland, Oregon, last week."));
    }
}
