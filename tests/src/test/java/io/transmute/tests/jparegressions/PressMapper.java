package io.transmute.tests.jparegressions;

import io.transmute.Converter;
import io.transmute.Into;
import io.transmute.tests.jparegressions.Press.Basket;
import io.transmute.tests.jparegressions.Press.IssueKey;
import io.transmute.tests.jparegressions.Press.Magazine;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;

/** Findings 6 and 7: collections with setters updated in place; an @EmbeddedId key becomes a reference. */
public interface PressMapper {

    record MagazineForm(String title, Long publisherId, List<Long> writerIds, IssueKey featuredId,
            List<String> topics) {
    }

    @Converter
    Magazine create(MagazineForm form, EntityManager entityManager);

    @Converter
    void update(MagazineForm form, @Into Magazine magazine, EntityManager entityManager);

    record ItemEdit(Long id, String name) {
    }

    record BasketEdit(List<ItemEdit> items, Set<String> labels) {
    }

    @Converter
    void update(BasketEdit edit, @Into Basket basket);
}
